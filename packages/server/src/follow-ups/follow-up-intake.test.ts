import { describe, expect, it } from 'vitest';
import { followUpDueBy, parseBusinessHours, type Submission } from '@mv-feedback/scoring';
import { contactKeys, openContact } from './contact-cipher.js';
import { followUpIntake } from './follow-up-intake.js';

const calendar = {
  hours: parseBusinessHours('Mon-Fri 08:00-17:00'),
  timeZone: 'America/Los_Angeles',
  holidays: new Set<string>(),
};
const keys = contactKeys('test secret');
const intake = followUpIntake({ keys: async () => keys, calendar, recipient: () => undefined });
const submission = {
  id: '3f0c6a4e-8f1b-4c57-9a4e-2b1d6c7e9f10',
  survey: 'quick',
  answers: { listened: 2 },
  comment: null,
  context: { department: 'permits', channel: 'phone' },
  locale: 'es',
  followUp: { email: 'ana@example.org', language: 'es' },
} satisfies Submission;

describe('followUpIntake', () => {
  it('gives each request the due time of the rule, across a closing minute and a weekend with a clock change', async () => {
    // Friday 2027-03-12 in Los Angeles; clocks go forward on Sunday the 14th.
    for (const [at, due] of [
      ['2027-03-13T00:59:00.000Z', '2027-03-13T01:00:00.000Z'], // 16:59:00, before closing: that day at 17:00 PST
      ['2027-03-13T00:59:59.999Z', '2027-03-13T01:00:00.000Z'], // 16:59:59.999, same minute
      ['2027-03-13T01:00:00.000Z', '2027-03-16T00:00:00.000Z'], // 17:00: Monday at 17:00 PDT
      ['2027-03-13T01:00:30.000Z', '2027-03-16T00:00:00.000Z'],
      ['2027-03-12T16:00:00.000Z', '2027-03-13T01:00:00.000Z'], // 08:00 opening, a minute seen before
    ] as const) {
      const { followUp } = await intake(submission, new Date(at));
      expect(followUp.dueBy, at).toBe(due);
      expect(followUp.dueBy).toBe(followUpDueBy(new Date(at), calendar).toISOString());
    }
  });

  it('makes time-ordered version 7 ids, unique, and seals the details under each one', async () => {
    const made = [];
    for (let i = 0; i < 2_000; i += 1)
      made.push(await intake(submission, new Date(Date.UTC(2027, 2, 12, 16, 0, 0, i))));
    const ids = made.map((m) => m.followUp.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    // Ids of later milliseconds sort after earlier ones.
    const apart = ids.filter((_, i) => i % 10 === 0);
    expect(apart).toEqual([...apart].sort());
    expect(new Set(made.map((m) => m.followUp.nonce)).size).toBe(made.length);
    const { id, contact, nonce } = made[7]!.followUp;
    expect(openContact(keys, id, Buffer.from(contact, 'base64'), Buffer.from(nonce, 'base64'))).toEqual({
      name: null,
      email: 'ana@example.org',
      phone: null,
      language: 'es',
    });
    expect(openContact(keys, ids[8]!, Buffer.from(contact, 'base64'), Buffer.from(nonce, 'base64'))).toBeNull();
  });
});

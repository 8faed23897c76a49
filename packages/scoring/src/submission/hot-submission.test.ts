import { describe, expect, it } from 'vitest';
import { defaultCatalogue } from '../catalogue/default-catalogue.js';
import { hotSubmissionParser } from './hot-submission.js';
import { submissionSchema } from './submission-schema.js';

const schema = submissionSchema(defaultCatalogue);
const hot = hotSubmissionParser(defaultCatalogue);
const id = '3F0C6A4E-8f1b-4c57-9a4e-2b1d6c7e9f10';
const widget = {
  id,
  survey: 'quick',
  answers: { listened: 5, positive: 4, accurate: null },
  comment: 'Clear answers, thank you.',
  context: { department: 'permits', channel: 'in-person' },
  locale: 'en',
};

const contact = { name: 'Ana Ruiz', email: 'ana.ruiz@example.org', phone: '+1 555 010 4477', language: 'es' };

// Each a small change to the widget's body: some the schema takes, some it refuses.
const variants: Record<string, unknown>[] = [
  widget,
  { ...widget, answers: { listened: 5, 'did-best': 4 } },
  { ...widget, answers: { listened: 5, 'did-best': 4, 'at-ease': 3 } },
  { ...widget, answers: { listened: 6 } },
  { ...widget, answers: { listened: 4.5 } },
  { ...widget, answers: { listened: '5' } },
  { ...widget, answers: { unknown: 5 } },
  { ...widget, answers: JSON.parse('{"__proto__":5,"listened":5}') },
  { ...widget, answers: [] },
  { ...widget, answers: { listened: null }, comment: '   ' },
  { ...widget, answers: { listened: null }, comment: 'only a comment' },
  { ...widget, answers: undefined, comment: 'only a comment' },
  { ...widget, comment: null },
  { ...widget, comment: undefined },
  { ...widget, comment: 'x'.repeat(2000) },
  { ...widget, comment: 'x'.repeat(2001) },
  { ...widget, comment: 'nul \0 inside' },
  { ...widget, comment: 'lone \uD800 surrogate' },
  { ...widget, comment: 5 },
  { ...widget, context: {} },
  { ...widget, context: undefined },
  { ...widget, context: { channel: 'web', department: 'library', interaction: 'TKT-1' } },
  { ...widget, context: { department: 'Permits' } },
  { ...widget, context: { channel: 'fax' } },
  { ...widget, context: { interaction: 'x'.repeat(101) } },
  { ...widget, context: { page: 'https://user:pw@city.example.gov/permits?email=a@b#t' } },
  { ...widget, context: { extra: 1 } },
  { ...widget, context: null },
  { ...widget, locale: 'es' },
  { ...widget, locale: 'fr' },
  { ...widget, locale: undefined },
  { ...widget, survey: 'full', answers: { 'same-day': 'yes', professional: 3 } },
  { ...widget, survey: 'full', answers: { 'same-day': 'maybe' } },
  { ...widget, survey: 'nope' },
  { ...widget, survey: 5 },
  { ...widget, id: 'not-a-uuid' },
  { ...widget, id: '00000000-0000-0000-0000-000000000000' },
  { ...widget, extra: true },
  { ...widget, invitation: 'token' },
  JSON.parse(`{"__proto__":{"x":1},"id":"${id}","survey":"quick","answers":{"listened":5}}`),
  ...[
    contact,
    { email: ' ana.ruiz@example.org ', language: 'es' },
    { phone: '(555) 010-4477', language: 'ar' },
    { name: '   ', email: 'ana@example.org', language: 'en' },
    { name: '', email: '', phone: '+1 555 010 4477', language: 'vi' },
    { name: 'Ana', language: 'en' },
    { email: '  ', phone: '', language: 'en' },
    { email: 'not an address', language: 'en' },
    { phone: '12345', language: 'en' },
    { phone: '1'.repeat(41), language: 'en' },
    { name: 'x'.repeat(101), email: 'ana@example.org', language: 'en' },
    { name: 'nul \0 inside', email: 'ana@example.org', language: 'en' },
    { name: 5, email: 'ana@example.org', language: 'en' },
    { name: null, email: 'ana@example.org', language: 'en' },
    { email: 'ana@example.org', language: 'fr' },
    { email: 'ana@example.org' },
    { email: 'ana@example.org', language: 'en', extra: 1 },
    JSON.parse('{"__proto__":{"x":1},"email":"ana@example.org","language":"en"}'),
    null,
    [],
    'ana@example.org',
  ].map((followUp) => ({ ...widget, followUp })),
  { ...widget, context: {}, followUp: contact },
];

describe('hotSubmissionParser', () => {
  it('gives what the schema gives, or leaves the body to it', () => {
    for (const body of [...variants, null, [], 'text', 5]) {
      const fast = hot(body);
      if (fast === null) continue;
      const parsed = schema.safeParse(body);
      expect(parsed.success, JSON.stringify(body)).toBe(true);
      expect(fast).toStrictEqual(parsed.data);
    }
  });

  it('takes the bodies the widget and the hosted form send', () => {
    const taken = [widget, variants[1], variants[10], variants[21], variants[31], { ...widget, followUp: contact }].map(
      hot,
    );
    expect(taken.every((submission) => submission !== null)).toBe(true);
    expect(taken[0]?.id).toBe(id.toLowerCase());
  });

  it('leaves every refused body to the schema, for its messages', () => {
    for (const body of variants) {
      if (!schema.safeParse(body).success) expect(hot(body), JSON.stringify(body)).toBeNull();
    }
  });
});

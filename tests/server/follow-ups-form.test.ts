// The hosted page's plain form (no JavaScript) asks to be contacted through
// the same ingest path as the JSON API (docs/design.md §12): a ticked box
// with good details stores the follow-up; a bad one is refused, nothing stored.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startFollowUpServer, type FollowUpServer } from './follow-ups-fixture.js';

let fixture: FollowUpServer;
beforeAll(async () => {
  fixture = await startFollowUpServer();
});
afterAll(() => fixture?.close());

/** The hidden fields of a fresh survey page (its nonce, context and language), as a browser would send them back. */
async function pageFields(query: string): Promise<Record<string, string>> {
  const html = await (await fetch(`${fixture.server.url}/r/quick?${query}`)).text();
  const fields: Record<string, string> = {};
  for (const [, name, value] of html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)) {
    fields[name!] = value!;
  }
  expect(fields.nonce).toBeTruthy();
  return fields;
}

const postForm = (fields: Record<string, string>) =>
  fetch(`${fixture.server.url}/r/quick`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  });

const followUps = async () => Number((await fixture.server.db.execute('SELECT count(*) FROM follow_ups')).rows[0]?.[0]);

it('stores a follow-up asked for on the plain form, in the language chosen', async () => {
  const fields = await pageFields('department=permits&channel=web&lang=es');
  const answer = await postForm({
    ...fields,
    'q.listened': '2',
    'follow-up': 'yes',
    'follow-up-name': '',
    'follow-up-email': 'form.resident@example.org',
    'follow-up-phone': '',
    'follow-up-language': 'en',
  });
  expect(answer.status).toBe(303);
  expect(await followUps()).toBe(1);
  const { rows } = await fixture.server.db.execute('SELECT department, channel FROM follow_ups');
  expect({ ...rows[0] }).toEqual({ department: 'permits', channel: 'web' });
});

it('refuses a ticked box without a way to reach the resident, or without a department, storing nothing', async () => {
  const withDepartment = await pageFields('department=permits&lang=en');
  const noContact = await postForm({ ...withDepartment, 'q.listened': '2', 'follow-up': 'yes', 'follow-up-email': '' });
  expect(noContact.status).toBe(400);
  const noDepartment = await pageFields('lang=en');
  const refused = await postForm({
    ...noDepartment,
    'q.listened': '2',
    'follow-up': 'yes',
    'follow-up-email': 'form.resident@example.org',
  });
  expect(refused.status).toBe(400);
  expect(await followUps()).toBe(1);
});

// The demo's follow-ups (serve --demo): enough of every kind for the
// follow-ups view to be alive, sealed like real ones.
import { loadConfig } from '@mv-feedback/server';
import type { FollowUpsPage, FollowUpSummary } from '@mv-feedback/scoring';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { seedDemoData } from '../../packages/server/src/seed/demo-data.js';
import { seedDemoFollowUps } from '../../packages/server/src/seed/demo-follow-ups.js';
import { startFollowUpServer, type FollowUpServer } from './follow-ups-fixture.js';

const NOW = new Date('2027-06-16T17:00:00Z');
let fixture: FollowUpServer;

beforeAll(async () => {
  fixture = await startFollowUpServer({}, NOW);
  const config = loadConfig({ env: {}, flags: { db: `file:${fixture.file}` } });
  await seedDemoData(fixture.server.db, config, { count: 3000, now: NOW });
  expect(await seedDemoFollowUps(fixture.server.db, config, NOW)).toBe(40);
});
afterAll(() => fixture?.close());

it('gives the demo requests acknowledged on time and late, closed, open and overdue', async () => {
  const admin = await fixture.token('admin');
  const summary = (await (await fixture.get('/api/v1/follow-ups/summary', admin)).json()) as FollowUpSummary;
  expect(summary.requested).toBe(40);
  expect(summary.acknowledgedOnTime).toBeGreaterThan(0);
  expect(summary.acknowledged - summary.acknowledgedOnTime).toBeGreaterThan(0);
  expect(summary.open).toBeGreaterThan(0);
  expect(summary.overdue).toBeGreaterThan(0);
  const closed = (await (
    await fixture.get('/api/v1/follow-ups?status=closed&contact=true', admin)
  ).json()) as FollowUpsPage;
  expect(closed.items.length).toBeGreaterThan(0);
  expect(closed.items.every((item) => (item.contact?.email ?? item.contact?.phone ?? '').length > 0)).toBe(true);
});

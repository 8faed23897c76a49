// A real server with the public report on, over a temp libSQL file holding
// a known quarter (FY2027-Q1, for disclosure control), two random ones
// (FY2026-Q3 and Q4, for the equality with the staff scores) and answers
// in the quarter still running, all with "today" fixed at 2026-12-04.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Submission } from '@mv-feedback/scoring';
import { loadConfig } from '../../packages/server/src/config/load-config.js';
import { startServer, type RunningServer } from '../../packages/server/src/start-server.js';
import { prng, randomOffers, randomRows, storeOffers, storeRows, type StoredRow } from './staff-fixture.js';

/** 2026-12-04 in Moreno Valley: FY2027-Q2 (October–December 2026) is still running. */
export const NOW = new Date('2026-12-04T20:00:00Z');
export const CITY_NAME = 'City of Moreno Valley';

/** What residents wrote and the references they carried: none of it may ever reach the public answers. */
export const PRIVATE_COMMENT = 'Call me on 951-555-0199, Jane Roe, 12 Elm Street';
export const PRIVATE_INTERACTION = 'CASE-PRIVATE-0042';

const quick = (
  department: string | undefined,
  answers: Submission['answers'],
  receivedAt: string,
  extra: Partial<Submission> = {},
): StoredRow => ({
  submission: {
    id: crypto.randomUUID(),
    survey: 'quick',
    answers,
    context: { ...(department ? { department } : {}), channel: 'in-person', interaction: PRIVATE_INTERACTION },
    locale: 'en',
    ...extra,
  },
  receivedAt: new Date(receivedAt),
});

/**
 * FY2027-Q1, every response answering listened, positive and accurate:
 * library 12 (all favourable), permits 40 (30 favourable), utilities 70
 * (56 favourable). In "accurate" 15 of permits' say "does not apply", so
 * permits has 25 there.
 */
export function knownQuarter(): StoredRow[] {
  const rows: StoredRow[] = [];
  const day = (i: number) => `2026-08-${String(1 + (i % 28)).padStart(2, '0')}T18:00:00Z`;
  for (let i = 0; i < 12; i++) {
    rows.push(quick('library', { listened: 5, positive: 5, accurate: 5 }, day(i), { comment: PRIVATE_COMMENT }));
  }
  for (let i = 0; i < 40; i++) {
    const value = i < 30 ? 4 : 2;
    rows.push(quick('permits', { listened: value, positive: value, accurate: i < 15 ? null : value }, day(i)));
  }
  for (let i = 0; i < 70; i++) {
    const value = i < 56 ? 5 : 1;
    rows.push(quick('utilities', { listened: value, positive: value, accurate: value }, day(i)));
  }
  return rows;
}

export interface PublicReportServer {
  server: RunningServer;
  url: string;
  close(): Promise<void>;
}

/** Starts the server with `env` over the seeded database; MV_PUBLIC_REPORT is on unless `env` says otherwise. */
export async function startPublicReportServer(env: Record<string, string> = {}): Promise<PublicReportServer> {
  const dir = mkdtempSync(join(tmpdir(), 'mv-public-'));
  const config = loadConfig({
    env: { MV_PUBLIC_REPORT: 'on', MV_CITY_NAME: CITY_NAME, MV_RATE_LIMIT: '0', ...env },
    flags: { db: `file:${join(dir, 'feedback.db')}` },
  });
  const server = await startServer(config, { port: 0, now: () => NOW, writerThread: false, demo: true });
  const random = prng(18);
  const spring = new Date('2026-06-30T12:00:00Z');
  await storeRows(server.db, config, [
    ...knownQuarter(),
    ...randomRows(random, 1500, spring, 175),
    ...randomRows(random, 60, new Date('2026-12-03T12:00:00Z'), 60),
  ]);
  await storeOffers(server.db, config, [
    ...randomOffers(random, 400, spring, 175),
    { survey: 'quick', department: 'library', channel: 'in-person', at: new Date('2026-08-10T18:00:00Z'), count: 48 },
    { survey: 'quick', department: 'permits', channel: 'in-person', at: new Date('2026-08-10T18:00:00Z'), count: 190 },
    {
      survey: 'quick',
      department: 'utilities',
      channel: 'in-person',
      at: new Date('2026-08-10T18:00:00Z'),
      count: 310,
    },
  ]);
  return {
    server,
    url: server.url,
    async close() {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

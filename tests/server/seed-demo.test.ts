import { CHANNELS, rotatingAnswers, type Channel } from '@mv-feedback/scoring';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Client } from '@libsql/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../packages/server/src/db/schema/migrate.js';
import { openDatabase } from '../../packages/server/src/db/connection/open-database.js';
import { seedDemoData } from '../../packages/server/src/seed/demo-data.js';
import { computeScores } from '../../packages/server/src/staff/scores-query.js';
import { testConfig } from './staff-fixture.js';

const NOW = new Date('2026-06-15T19:00:00Z');
let dir: string;
let db: Client;
const config = () => testConfig(`file:${join(dir, 'seed.db')}`);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mv-seed-'));
  db = await openDatabase(config());
  await migrate(db);
  expect(await seedDemoData(db, config(), { count: 6000, now: NOW, seed: 42 })).toBe(6000);
});
afterAll(() => {
  db?.close();
  rmSync(dir, { recursive: true, force: true });
});

const scalar = async (sql: string) => Number((await db.execute(sql)).rows[0]![0]);

describe('seed --demo data', () => {
  it('covers a year up to now, every channel, several departments and both surveys', async () => {
    expect(await scalar('SELECT count(*) FROM responses')).toBe(6000);
    const { rows } = await db.execute(
      'SELECT min(day) AS first, max(day) AS last, max(received_at) AS latest FROM responses',
    );
    expect(rows[0]!.first).toBe('2025-06-16');
    expect(rows[0]!.last).toBe('2026-06-15');
    expect(String(rows[0]!.latest) <= NOW.toISOString()).toBe(true);
    const channels = (await db.execute('SELECT DISTINCT channel FROM responses')).rows.map((r) => r.channel);
    expect([...channels].sort()).toEqual([...CHANNELS].sort());
    expect(await scalar('SELECT count(DISTINCT department) FROM responses')).toBeGreaterThanOrEqual(10);
    const full = await scalar("SELECT count(*) FROM responses WHERE survey = 'full'");
    expect(full).toBeGreaterThan(300);
    expect(full).toBeLessThan(1500);
  });

  it("uses the catalogue's departments, and gives every standard answers through the quick survey's rotation", async () => {
    const departments = (await db.execute('SELECT DISTINCT department FROM responses')).rows.map((r) => r.department);
    expect([...departments].sort()).toEqual(
      config()
        .catalogue.departments!.map((d) => d.id)
        .sort(),
    );
    const year = await computeScores(
      db,
      { catalogue: config().catalogue, minN: 10 },
      { from: '2025-06-16', to: NOW.toISOString().slice(0, 10) },
    );
    const share = Object.fromEntries(year.standards.map((s) => [s.id, s.n / year.responses]));
    // The three fixed questions reach nearly everyone; each rotating one about 0.85 / 8 + 0.15 of the responses.
    for (const id of ['asking-and-listening', 'positive-experience', 'knowing-our-business'])
      expect(share[id]).toBeGreaterThan(0.8);
    for (const [id, value] of Object.entries(share)) expect(value, id).toBeGreaterThan(0.18);
    // Every stored quick response is one a widget could have sent: at most one rotating question.
    const quick = config().catalogue.surveys.find((survey) => survey.id === 'quick')!;
    const { rows } = await db.execute("SELECT answers FROM responses WHERE survey = 'quick'");
    const rotating = rows.map((r) => rotatingAnswers(quick, JSON.parse(String(r.answers))).length);
    expect(Math.max(...rotating)).toBe(1);
    expect(rotating.filter((n) => n === 1).length / rows.length).toBeGreaterThan(0.85);
  });

  it('is about 30 % Spanish, with comments in both languages, and markup kept as text', async () => {
    const spanish = await scalar("SELECT count(*) FROM responses WHERE locale = 'es'");
    expect(spanish / 6000).toBeGreaterThan(0.25);
    expect(spanish / 6000).toBeLessThan(0.35);
    expect(await scalar("SELECT count(*) FROM responses WHERE locale = 'es' AND comment LIKE '%ó%'")).toBeGreaterThan(
      10,
    );
    expect(await scalar("SELECT count(*) FROM responses WHERE comment LIKE '%<script>%'")).toBeGreaterThan(0);
    expect(
      await scalar("SELECT count(*) FROM responses WHERE comment LIKE '%,%' AND comment LIKE '%\"%'"),
    ).toBeGreaterThan(0);
    expect(await scalar("SELECT count(*) FROM responses WHERE answers LIKE '%null%'")).toBeGreaterThan(100);
  });

  it('has a weekly rhythm: each weekday busier than a weekend day', async () => {
    const { rows } = await db.execute(
      "SELECT strftime('%w', day) AS weekday, count(*) AS n FROM responses GROUP BY weekday",
    );
    const by = Object.fromEntries(rows.map((r) => [Number(r.weekday), Number(r.n)]));
    for (const weekday of [1, 2, 3, 4, 5]) expect(by[weekday]).toBeGreaterThan(2 * Math.max(by[0]!, by[6]!));
  });

  it('shows listening improving and accuracy dipping then recovering', async () => {
    const options = { catalogue: config().catalogue, minN: 10 };
    const score = async (from: string, to: string, id: string) =>
      (await computeScores(db, options, { from, to })).standards.find((s) => s.id === id)!.score!;
    expect(await score('2026-03-17', '2026-06-15', 'asking-and-listening')).toBeGreaterThan(
      (await score('2025-06-16', '2025-09-13', 'asking-and-listening')) + 10,
    );
    const accuracy = [
      await score('2025-06-16', '2025-08-15', 'knowing-our-business'),
      await score('2025-11-15', '2026-02-15', 'knowing-our-business'),
      await score('2026-04-15', '2026-06-15', 'knowing-our-business'),
    ];
    expect(accuracy[1]).toBeLessThan(accuracy[0]! - 8);
    expect(accuracy[1]).toBeLessThan(accuracy[2]! - 8);
  });

  it('counts offers around the responses: a response rate of 10–25 % for every department and channel', async () => {
    const options = { catalogue: config().catalogue, minN: 10 };
    const year = { from: '2025-06-16', to: '2026-06-15' };
    const city = await computeScores(db, options, year);
    expect(city.responseRate).toBeGreaterThan(0.1);
    expect(city.responseRate).toBeLessThan(0.25);
    const { rows } = await db.execute('SELECT DISTINCT department, channel FROM responses');
    expect(rows.length).toBeGreaterThan(40);
    for (const row of rows) {
      const slice = { ...year, department: String(row.department), channel: String(row.channel) as Channel };
      const { responses, offered, responseRate } = await computeScores(db, options, slice);
      expect({ ...slice, responses, rateInRange: responseRate! >= 0.1 && responseRate! <= 0.25 }).toMatchObject({
        rateInRange: true,
      });
      expect(offered).toBeGreaterThan(responses);
    }
    // A single day of one department keeps within the bounds too: each response carries its own offers.
    const day = await computeScores(db, options, { from: '2026-06-15', to: '2026-06-15', department: 'permits' });
    expect(day.responseRate).toBeGreaterThanOrEqual(0.1);
    expect(day.responseRate).toBeLessThanOrEqual(0.25);
  });

  it('is deterministic for a seed', async () => {
    const other = await openDatabase(testConfig(`file:${join(dir, 'again.db')}`));
    await migrate(other);
    await seedDemoData(other, config(), { count: 200, now: NOW, seed: 42 });
    const ids = async (client: Client) =>
      (await client.execute('SELECT id FROM responses ORDER BY id')).rows.map((r) => r.id);
    const again = await openDatabase(testConfig(`file:${join(dir, 'again2.db')}`));
    await migrate(again);
    await seedDemoData(again, config(), { count: 200, now: NOW, seed: 42 });
    expect(await ids(other)).toEqual(await ids(again));
    other.close();
    again.close();
  });
});

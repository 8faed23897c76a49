// Staff queries built to hang the server (docs/design.md §11): each must be refused at
// the edge, quickly, while /healthz keeps answering. The server runs in its
// own process, so a hang shows as a timeout here instead of freezing the test.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_TREND_BUCKETS, trendBuckets } from '../../packages/server/src/staff/trend-query.js';
import { runCli, spawnCliServer, type CliServer } from '../support/cli-process.js';

let dir: string;
let dbUrl: string;
let server: CliServer;
let token: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mv-hostile-'));
  dbUrl = `file:${join(dir, 'feedback.db')}`;
  // The weakest token there is: a viewer scoped to one department.
  const created = await runCli(['token', 'create', '--name', 'Permits desk', '--department', 'permits', '--db', dbUrl]);
  token = created.stdout.trim();
  server = await spawnCliServer(['--db', dbUrl]);
});

afterAll(async () => {
  await server?.kill();
  rmSync(dir, { recursive: true, force: true });
});

const get = (path: string) =>
  fetch(`${server.url}${path}`, {
    headers: { Authorization: `Bearer ${token}` },
    signal: AbortSignal.timeout(3_000),
  });

describe('staff queries that would run for ever', () => {
  it.each([
    ['/api/v1/scores/trend?from=0000-01-01&to=0000-01-31', 'from'],
    ['/api/v1/scores/trend?interval=month&from=9999-12-01&to=9999-12-31', 'from'],
    ['/api/v1/scores/trend?interval=week&from=2099-12-01&to=2100-01-31', 'to'],
    ['/api/v1/scores?from=1999-12-31&to=2000-01-05', 'from'],
    ['/api/v1/comments?from=0001-01-01&to=0001-02-01', 'from'],
    ['/api/v1/export.csv?to=9999-12-31', 'to'],
  ])('%s answers 400 at once and the server keeps answering', async (path, field) => {
    const response = await get(path);
    expect(response.status).toBe(400);
    const { error } = await response.json();
    expect(error.code).toBe('invalid_filters');
    expect(error.issues).toContainEqual({ path: field, message: 'must be a day from 2000-01-01 to 2099-12-31' });
    expect((await fetch(`${server.url}/healthz`, { signal: AbortSignal.timeout(3_000) })).status).toBe(200);
  });

  it.each([
    ['/api/v1/comments?limit=0', 'limit'],
    ['/api/v1/comments?limit=201', 'limit'],
    ['/api/v1/comments?offset=-1', 'offset'],
    ['/api/v1/comments?offset=10000001', 'offset'],
    ['/api/v1/comments?q=' + 'x'.repeat(201), 'q'],
    ['/api/v1/scores/trend?interval=day', 'interval'],
    ['/api/v1/scores?departement=permits', 'departement'],
    ['/api/v1/scores?from=2026-01-01&from=2026-02-01', 'from'],
    ['/api/v1/export.csv?limit=5', 'limit'],
  ])('%s answers 400 naming the parameter', async (path, field) => {
    const response = await get(path);
    expect(response.status).toBe(400);
    const { error } = await response.json();
    expect(error.issues.map((issue: { path: string }) => issue.path)).toContain(field);
  });

  it('keeps the widest range that is allowed working: ten years by week and by month', async () => {
    for (const interval of ['week', 'month']) {
      const response = await get(`/api/v1/scores/trend?interval=${interval}&from=2089-12-31&to=2099-12-31`);
      expect(response.status).toBe(200);
      const { series } = await response.json();
      expect(series[0].points.length).toBe(interval === 'week' ? 523 : 121);
    }
  });

  it('report refuses a date out of range with one line and exit status 2', async () => {
    const { code, stdout, stderr } = await runCli([
      'report',
      '--from',
      '0000-01-01',
      '--to',
      '0000-01-31',
      '--db',
      dbUrl,
    ]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('mv-feedback: --from must be a day from 2000-01-01 to 2099-12-31\n');
  });

  it('bucketing counts its buckets first: a range the edge refuses throws, never loops', () => {
    expect(() => trendBuckets('0000-01-01', '0000-01-31', 'week')).toThrow(RangeError);
    expect(() => trendBuckets('9999-12-01', '9999-12-31', 'month')).toThrow(RangeError);
    expect(() => trendBuckets('2026-02-01', '2026-01-01', 'month')).toThrow(RangeError);
    expect(() => trendBuckets('2000-01-01', '2099-12-31', 'week')).toThrow(RangeError);
    expect(trendBuckets('2089-12-31', '2099-12-31', 'week').length).toBeLessThanOrEqual(MAX_TREND_BUCKETS);
  });
});

import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaffToken } from '../../packages/server/src/auth/tokens.js';
import { get, startStaffServer, storeRows, type StaffServer, type StoredRow } from './staff-fixture.js';

const NOW = new Date('2026-06-15T19:00:00Z');
const RANGE = 'from=2026-06-01&to=2026-06-15';
const row = (n: number, invitation?: string): StoredRow => ({
  submission: {
    id: `00000000-0000-4000-8000-00000000000${n}`,
    survey: 'quick',
    answers: { listened: 4 },
    context: { department: 'permits', channel: 'in-person' },
    locale: 'en',
  },
  receivedAt: new Date(NOW.getTime() - n * 3_600_000),
  ...(invitation ? { invitation } : {}),
});

const rowsOf = (text: string): string[][] => parse(text.replace(/^\uFEFF/, ''));

let server: StaffServer;
let token: string;

beforeAll(async () => {
  server = await startStaffServer({ now: () => NOW });
  await storeRows(server.db, server.config, [row(1, 'signature-of-an-invitation'), row(2)]);
  token = await createStaffToken(server.db, { name: 'Export', role: 'viewer' });
});
afterAll(() => server?.close());

const records = async (query: string): Promise<string[][]> => {
  const response = await get(`${server.url}/api/v1/export.csv?${RANGE}${query}`, token);
  expect(response.status).toBe(200);
  return rowsOf(await response.text());
};

describe('GET /api/v1/export.csv for spreadsheet readers', () => {
  it('keeps the column ids as the header and adds a verified column last', async () => {
    const [header, ...rows] = await records('');
    expect(header!.slice(0, 2)).toEqual(['id', 'receivedAt']);
    expect(header!.slice(-2)).toEqual(['comment', 'verified']);
    const verified = Object.fromEntries(rows.map((r) => [r[0], r.at(-1)]));
    expect(verified).toEqual({
      '00000000-0000-4000-8000-000000000001': 'true',
      '00000000-0000-4000-8000-000000000002': 'false',
    });
  });

  it('names the columns in words with labels=1, each question by its text, in English or Spanish', async () => {
    const [header, ...rows] = await records('&labels=1');
    expect(header!.slice(0, 2)).toEqual(['Response id', 'Received at (UTC)']);
    expect(header).toContain('Verified (answered an invitation)');
    const listened = header!.find((cell) => cell.endsWith('(listened)'));
    expect(listened).toMatch(/^[A-Z].{10,} \(listened\)$/);
    expect(rows).toHaveLength(2);
    const [spanish] = await records('&labels=1&lang=es');
    expect(spanish!.slice(0, 2)).toEqual(['Id de la respuesta', 'Recibida (UTC)']);
    expect(spanish!.find((cell) => cell.endsWith('(listened)'))).not.toBe(listened);
  });

  it('gives only the verified rows with verified=true, and says so in the file name', async () => {
    const response = await get(`${server.url}/api/v1/export.csv?${RANGE}&verified=true`, token);
    expect(response.headers.get('content-disposition')).toContain('-verified.csv');
    const [, ...rows] = rowsOf(await response.text());
    expect(rows.map((r) => r[0])).toEqual(['00000000-0000-4000-8000-000000000001']);
  });

  it('refuses a labels or lang value it does not know, with a 400 naming it', async () => {
    for (const [query, path] of [
      ['&labels=yes', 'labels'],
      ['&labels=1&lang=fr', 'lang'],
    ] as const) {
      const response = await get(`${server.url}/api/v1/export.csv?${RANGE}${query}`, token);
      expect(response.status).toBe(400);
      expect(JSON.stringify(await response.json())).toContain(path);
    }
  });
});

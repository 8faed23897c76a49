import { parse } from 'csv-parse/sync';
import type { Answers, Submission } from '@mv-feedback/scoring';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvCell } from '../../packages/server/src/csv/csv-cell.js';
import { csvHeader, responsesCsvStream } from '../../packages/server/src/csv/responses-csv.js';
import { createStaffToken } from '../../packages/server/src/auth/tokens.js';
import { get, startStaffServer, storeRows, type StaffServer, type StoredRow } from './staff-fixture.js';

/** A strict RFC 4180 reader: CRLF records, quoted fields with doubled quotes; throws on anything else. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] === '"') {
      i++;
      for (;;) {
        const quote = text.indexOf('"', i);
        if (quote < 0) throw new Error('unterminated quoted field');
        field += text.slice(i, quote);
        i = quote + 1;
        if (text[i] === '"') {
          field += '"';
          i++;
        } else break;
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
        if (text[i] === '"') throw new Error('quote inside an unquoted field');
        field += text[i++];
      }
    }
    if (text[i] === ',') {
      record.push(field);
      field = '';
      i++;
    } else if (text.startsWith('\r\n', i)) {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i += 2;
    } else if (i < text.length) throw new Error(`bare ${JSON.stringify(text[i])} at ${i}`);
  }
  if (field || record.length) throw new Error('last record does not end in CRLF');
  return records;
}

/**
 * Whether a spreadsheet would read a cell as a formula: = + - @ (or their
 * full-width forms) first, after any white space or quotation marks, or a
 * leading tab, CR or LF (OWASP CSV injection). A leading ' makes it text.
 */
const runsAsFormula = (cell: string) => /^[\s"]*[=+\-@＝＋－＠]/u.test(cell) || /^[\t\r\n]/.test(cell);

const NOW = new Date('2026-06-15T19:00:00Z');
const tricky = [
  'Plain text',
  'Commas, everywhere, really',
  'She said "call back tomorrow"',
  'Line one\nline two\r\nline three',
  'Great service 👍🏽 ¡gracias! 🎉',
  'La atención fue excelente; el trámite, rápido. Año, niño, acción.',
  '<script>alert("x")</script><b>bold</b>',
  '=HYPERLINK("http://evil.example","click")',
  '+1 555 0100',
  '-negative feelings',
  '@SUM(A1:A9)',
  '\tTabbed start',
  ' =1+2 after a space',
  '\n=1+2 after a line feed',
  '\r=cmd|"/c calc"!A1',
  '＝HYPERLINK("http://evil.example") in full width',
  '＋1',
  '－1',
  '＠SUM(A1)',
  '\u3000=1+2 after an ideographic space',
  'Fine; =HYPERLINK("http://evil.example","in a ; locale")',
  'Two lines\n  -then a formula on the second',
  'quoted;""=cmd""',
  'a plain; semicolon',
];

let server: StaffServer;
let token: string;
const rows: StoredRow[] = tricky.map((comment, i) => ({
  submission: {
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    survey: i % 2 ? 'full' : 'quick',
    answers: (i % 2
      ? { 'same-day': 'yes', listened: 4, 'simple-process': null }
      : { listened: 5, positive: 2 }) as Answers,
    comment,
    context: { department: 'permits', channel: 'in-person', interaction: i === 3 ? '=cmd|"/c calc"!A1' : `case-${i}` },
    locale: i % 3 ? 'en' : 'es',
  } satisfies Submission,
  // Pairs share a timestamp, so keyset pages must break ties on id.
  receivedAt: new Date(NOW.getTime() - 3_600_000 * Math.floor(i / 2)),
}));

// 23:30 on June 15 in Los Angeles is already June 16 in UTC: the city day decides.
rows.push({
  submission: {
    id: '00000000-0000-4000-8000-999999999999',
    survey: 'quick',
    answers: { listened: 4 },
    comment: 'Late evening, city time',
    context: {},
    locale: 'en',
  },
  receivedAt: new Date('2026-06-16T06:30:00Z'),
});

beforeAll(async () => {
  server = await startStaffServer({ now: () => NOW });
  await storeRows(server.db, server.config, rows);
  token = await createStaffToken(server.db, { name: 'Export', role: 'admin' });
});
afterAll(() => server?.close());

describe('GET /api/v1/export.csv', () => {
  it('round-trips quotes, commas, newlines, emoji, markup and accents, with a BOM and neutralised formulas', async () => {
    // As written (reveal=true): '+1 555 0100' is a formula to neutralise here, and a phone number to mask otherwise.
    const response = await get(`${server.url}/api/v1/export.csv?from=2026-06-01&to=2026-06-15&reveal=true`, token);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="mv-feedback-2026-06-01-to-2026-06-15.csv"',
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    const [header, ...records] = parseCsv(text.slice(1));
    expect(header).toEqual(csvHeader(server.config.catalogue));
    expect(header!.slice(0, 7)).toEqual([
      'id',
      'receivedAt',
      'survey',
      'locale',
      'department',
      'channel',
      'interaction',
    ]);
    expect(header!.slice(-2)).toEqual(['comment', 'verified']);
    expect(new Set(header).size).toBe(header!.length);
    expect(records).toHaveLength(rows.length);
    const column = (name: string) => header!.indexOf(name);
    const byId = new Map(records.map((r) => [r[0], r]));
    for (const { submission, receivedAt } of rows) {
      const record = byId.get(submission.id)!;
      const comment = submission.comment!;
      // Neutralising only ever adds an apostrophe before what would start a formula.
      expect(record[column('comment')]!.replaceAll("'", '')).toBe(comment);
      expect(record[column('receivedAt')]).toBe(receivedAt.toISOString());
      expect(record[column('locale')]).toBe(submission.locale);
      expect(record[column('listened')]).toBe(String(submission.answers.listened));
    }
    expect(byId.get(rows[3]!.submission.id)![column('interaction')]).toBe(`'=cmd|"/c calc"!A1`);
    expect(byId.get(rows[0]!.submission.id)![column('comment')]).toBe('Plain text');
    expect(byId.get(rows[1]!.submission.id)![column('same-day')]).toBe('yes');
    expect(byId.get(rows[1]!.submission.id)![column('simple-process')]).toBe('');
    const order = records.map((r) => `${r[1]} ${r[0]}`);
    expect([...order].sort()).toEqual(order);
  });

  it('has no cell a spreadsheet would run as a formula, split on commas or, as in ; locales, on semicolons', async () => {
    const response = await get(`${server.url}/api/v1/export.csv?from=2026-06-01&to=2026-06-15`, token);
    const text = (await response.text()).replace(/^\uFEFF/, '');
    const cells = [
      // RFC 4180, as a spreadsheet in a , locale reads it.
      ...parse(text, { delimiter: ',' }).flat(),
      // A ; locale: quotes count only at the start of a field.
      ...parse(text, { delimiter: ';', relax_quotes: true, relax_column_count: true }).flat(),
      // And a reader that splits on every ;, tab and line break, quotes or not.
      ...text.split(/[;\t\r\n]/),
    ] as string[];
    expect(cells.length).toBeGreaterThan(rows.length * 20);
    expect(cells.filter(runsAsFormula)).toEqual([]);
  });

  it('counts a row on its city day, not its UTC day', async () => {
    const june15 = await (await get(`${server.url}/api/v1/export.csv?from=2026-06-15&to=2026-06-15`, token)).text();
    expect(june15).toContain('Late evening, city time');
    const june16 = await (await get(`${server.url}/api/v1/export.csv?from=2026-06-16&to=2026-06-16`, token)).text();
    expect(parseCsv(june16.slice(1))).toHaveLength(1);
  });

  it('filters like the other staff queries and gives a header alone for an empty range', async () => {
    const response = await get(`${server.url}/api/v1/export.csv?from=2025-01-01&to=2025-01-31&channel=phone`, token);
    expect(response.headers.get('content-disposition')).toContain('mv-feedback-2025-01-01-to-2025-01-31-phone.csv');
    expect(parseCsv((await response.text()).replace(/^\uFEFF/, ''))).toHaveLength(1);
  });

  it('streams page by page in (receivedAt, id) order without losing ties at page edges', async () => {
    const stream = await responsesCsvStream(
      server.db,
      server.config.catalogue,
      { from: '2026-06-01', to: '2026-06-15' },
      { pageSize: 3 },
    );
    const reader = stream.getReader();
    const chunks: string[] = [];
    const decoder = new TextDecoder();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(decoder.decode(value, { stream: true }));
    }
    // The header, then one chunk per page of 3 (the last may be short or, on an exact multiple, absent).
    expect(chunks.length).toBe(1 + Math.ceil(rows.length / 3));
    const records = parseCsv(chunks.join('').slice(1)).slice(1);
    expect(records.map((r) => r[0]).sort()).toEqual(rows.map((r) => r.submission.id).sort());
  });
});

describe('csvCell', () => {
  it.each([
    [null, ''],
    [4, '4'],
    ['a,b', '"a,b"'],
    ['a;b', '"a;b"'],
    ['a\tb', '"a\tb"'],
    ['say "hi"', '"say ""hi"""'],
    ['=1+2', "'=1+2"],
    ['-2', "'-2"],
    ['\rx', '"\'\rx"'],
    ['\nx', '"\'\nx"'],
    ['\tx', '"\'\tx"'],
    ['  =1+2', "'  =1+2"],
    ['＝1+2', "'＝1+2"],
    ['＠A1', "'＠A1"],
    ['ok; =1+2', `"ok; '=1+2"`],
    ['ok;"=1+2"', `"ok;""'=1+2"""`],
    ['one\n- two', `"one\n'- two"`],
    ['a - b = c', 'a - b = c'],
    ['ñandú', 'ñandú'],
  ])('encodes %j as %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });
});

describe('an export when the database cannot be read', () => {
  it('fails before the first byte, so the client gets an error status rather than a 200 cut short', async () => {
    const broken = await startStaffServer();
    try {
      broken.db.close();
      await expect(
        responsesCsvStream(broken.db, broken.config.catalogue, { from: '2026-06-01', to: '2026-06-15' }),
      ).rejects.toThrow(/CLIENT_CLOSED/);
    } finally {
      await broken.close();
    }
  });
});

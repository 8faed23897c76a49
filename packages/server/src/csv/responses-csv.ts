import type { Client, InValue } from '@libsql/client';
import type { Catalogue, CatalogueLocale } from '@mv-feedback/scoring';
import { responseFilterSql } from '../filters/response-filter-sql.js';
import type { StaffFilters } from '../filters/staff-filters.js';
import { maskPersonalData } from '../privacy/personal-data-mask.js';
import { UTF8_BOM, csvRow, type CsvValue } from './csv-cell.js';
import { labelledHeader } from './csv-labels.js';

const FIXED_COLUMNS = ['id', 'receivedAt', 'survey', 'locale', 'department', 'channel', 'interaction'] as const;
export const DEFAULT_CSV_PAGE_SIZE = 1000;

/**
 * Every question id of the catalogue's surveys, in catalogue order, once each:
 * the answer columns of the export.
 *
 * @example
 * questionColumns(defaultCatalogue) // → ['listened', 'positive', 'accurate', 'same-day', ...]
 */
export function questionColumns(catalogue: Catalogue): string[] {
  const ids = new Set<string>();
  for (const survey of catalogue.surveys) for (const question of survey.questions) ids.add(question.id);
  return [...ids];
}

/** The export's header row: column ids, for programs; `verified` last, so earlier columns keep their places. */
export const csvHeader = (catalogue: Catalogue): string[] => [
  ...FIXED_COLUMNS,
  ...questionColumns(catalogue),
  'comment',
  'verified',
];

/**
 * The responses of a range (comments masked unless `reveal`) as a streamed CSV (UTF-8 with BOM, CRLF, RFC
 * 4180): pages of rows are read in (received_at, id) order by keyset, one page
 * per pull, so memory stays one page whatever the export's size. The first
 * page is read before the stream is returned, so a database that cannot be
 * read gives an error status rather than a 200 cut short after the header.
 *
 * @example
 * return new Response(await responsesCsvStream(db, catalogue, filters), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
 */
export async function responsesCsvStream(
  db: Client,
  catalogue: Catalogue,
  filters: StaffFilters,
  {
    pageSize = DEFAULT_CSV_PAGE_SIZE,
    reveal = false,
    labels,
  }: {
    pageSize?: number;
    /** A header in this language's words for spreadsheet readers, instead of the column ids. */
    labels?: CatalogueLocale | undefined;
    /** Comments as written; otherwise personal data in them is masked (docs/design.md §15). */
    reveal?: boolean;
  } = {},
): Promise<ReadableStream<Uint8Array>> {
  const encoder = new TextEncoder();
  const questions = questionColumns(catalogue);
  const { where, args } = responseFilterSql(filters);

  /** The page after a (received_at, id) key, as CSV text, and the key of its last row; null after the last page. */
  const readPage = async (after: [string, string] | null) => {
    const keyset = after ? ' AND (received_at, id) > (?, ?)' : '';
    const pageArgs: InValue[] = after ? [...args, ...after, pageSize] : [...args, pageSize];
    const { rows } = await db.execute({
      sql: `SELECT id, received_at, survey, locale, department, channel, interaction, answers, comment, verified
        FROM responses INDEXED BY ${filters.verified ? 'responses_verified' : 'responses_by_received_at_id'}
        WHERE ${where}${keyset} ORDER BY received_at, id LIMIT ?`,
      args: pageArgs,
    });
    let text = '';
    for (const row of rows) {
      const answers = JSON.parse(String(row.answers)) as Record<string, CsvValue>;
      text += csvRow([
        String(row.id),
        String(row.received_at),
        String(row.survey),
        String(row.locale),
        stringOrNull(row.department),
        stringOrNull(row.channel),
        stringOrNull(row.interaction),
        ...questions.map((id) => answers[id] ?? null),
        reveal ? stringOrNull(row.comment) : maskedOrNull(row.comment),
        Number(row.verified) === 1 ? 'true' : 'false',
      ]);
    }
    const last = rows[rows.length - 1];
    const next: [string, string] | null =
      rows.length < pageSize || !last ? null : [String(last.received_at), String(last.id)];
    return { text, next };
  };

  const header = labels ? labelledHeader(csvHeader(catalogue), catalogue, labels) : csvHeader(catalogue);
  const first = await readPage(null);
  let next = first.next;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(UTF8_BOM + csvRow(header)));
      if (first.text) controller.enqueue(encoder.encode(first.text));
      if (!next) controller.close();
    },
    async pull(controller) {
      if (!next) return;
      const page = await readPage(next);
      if (page.text) controller.enqueue(encoder.encode(page.text));
      next = page.next;
      if (!next) controller.close();
    },
  });
}

const stringOrNull = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

const maskedOrNull = (value: unknown): string | null => {
  const text = stringOrNull(value);
  return text === null ? null : maskPersonalData(text);
};

import type { Client, InValue } from '@libsql/client';
import type { Catalogue } from '@mv-feedback/scoring';
import { responseFilterSql } from '../staff/response-filter-sql.js';
import type { StaffFilters } from '../staff/staff-filters.js';
import { UTF8_BOM, csvRow, type CsvValue } from './csv-cell.js';

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

/** The export's header row. */
export const csvHeader = (catalogue: Catalogue): string[] => [...FIXED_COLUMNS, ...questionColumns(catalogue), 'comment'];

/**
 * The raw responses of a range as a streamed CSV (UTF-8 with BOM, CRLF, RFC
 * 4180): pages of rows are read in (received_at, id) order by keyset, one page
 * per pull, so memory stays one page whatever the export's size.
 *
 * @example
 * return new Response(responsesCsvStream(db, catalogue, filters), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
 */
export function responsesCsvStream(
  db: Client,
  catalogue: Catalogue,
  filters: StaffFilters,
  { pageSize = DEFAULT_CSV_PAGE_SIZE }: { pageSize?: number } = {},
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const questions = questionColumns(catalogue);
  const { where, args } = responseFilterSql(filters);
  let after: [string, string] | null = null;
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(UTF8_BOM + csvRow(csvHeader(catalogue))));
        return;
      }
      const keyset = after ? ' AND (received_at, id) > (?, ?)' : '';
      const pageArgs: InValue[] = after ? [...args, ...after, pageSize] : [...args, pageSize];
      const { rows } = await db.execute({
        sql: `SELECT id, received_at, survey, locale, department, channel, interaction, answers, comment
          FROM responses INDEXED BY responses_by_received_at_id
          WHERE ${where}${keyset} ORDER BY received_at, id LIMIT ?`,
        args: pageArgs,
      });
      let chunk = '';
      for (const row of rows) {
        const answers = JSON.parse(String(row.answers)) as Record<string, CsvValue>;
        chunk += csvRow([
          String(row.id),
          String(row.received_at),
          String(row.survey),
          String(row.locale),
          stringOrNull(row.department),
          stringOrNull(row.channel),
          stringOrNull(row.interaction),
          ...questions.map((id) => answers[id] ?? null),
          stringOrNull(row.comment),
        ]);
      }
      if (chunk) controller.enqueue(encoder.encode(chunk));
      const last = rows[rows.length - 1];
      if (rows.length < pageSize || !last) controller.close();
      else after = [String(last.received_at), String(last.id)];
    },
  });
}

const stringOrNull = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

import type { Client, InValue, Row } from '@libsql/client';
import {
  responseContributions,
  type Answers,
  type Catalogue,
  type CommentItem,
  type CommentTone,
  type CommentsPage,
} from '@mv-feedback/scoring';
import { ALL } from '../db/store/cube-cells.js';
import { overVerified } from '../db/schema/verified-twin.js';
import { readCounts } from './cube-reader.js';
import { localeCommentDays } from './locale-comment-days.js';
import { localeCommentTotal } from './locale-comment-total.js';
import { responseFilterSql } from '../filters/response-filter-sql.js';
import type { StaffFilters } from '../filters/staff-filters.js';
import { countersSettled } from './settled-counters.js';

export const DEFAULT_COMMENTS_LIMIT = 50;
export const MAX_COMMENTS_LIMIT = 200;
/** SQLite steps over every skipped row: a bound keeps a page's cost bounded too. */
export const MAX_COMMENTS_OFFSET = 10_000_000;

export interface CommentsQuery {
  limit: number;
  offset: number;
  /** Text to look for in the comment, case-insensitive for ASCII letters. */
  q?: string | undefined;
  /** Only comments of responses that count for this standard… */
  standard?: string | undefined;
  /** …and were favourable for it, or not. */
  tone?: CommentTone | undefined;
  /** Only comments written in this language (docs/design.md §14). */
  locale?: string | undefined;
}

// LIKE treats % and _ as wildcards; a resident's search text is taken literally.
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;

const COLUMNS = 'r.id, r.received_at, r.survey, r.locale, r.department, r.channel, r.answers, r.comment';

/**
 * One page of comments, newest first, with the total that match, each with
 * its answers and whether it was favourable for each standard it counts for.
 * A standard (and tone) filter reads the comments filed under it (migration 3).
 *
 * @example
 * const page = await listComments(db, catalogue, filters, { limit: 50, offset: 0, standard: 'knowing-our-business', tone: 'unfavourable' });
 */
export async function listComments(
  db: Client,
  catalogue: Catalogue,
  filters: StaffFilters,
  query: CommentsQuery,
): Promise<CommentsPage> {
  await countersSettled(db, catalogue);
  const [total, rows] = await Promise.all([commentTotal(db, filters, query), commentPage(db, filters, query)]);
  const surveys = new Map(catalogue.surveys.map((s) => [s.id, s]));
  const items = rows.map((row): CommentItem => {
    const answers = JSON.parse(String(row.answers)) as Answers;
    const survey = surveys.get(String(row.survey));
    const standards = Object.fromEntries(
      survey ? responseContributions(catalogue, survey, answers).map((c) => [c.standard, c.favorable]) : [],
    );
    return {
      id: String(row.id),
      receivedAt: String(row.received_at),
      survey: String(row.survey),
      locale: String(row.locale),
      department: row.department === '' ? null : String(row.department),
      channel: row.channel === '' ? null : (String(row.channel) as CommentItem['channel']),
      comment: String(row.comment),
      answers,
      standards,
    };
  });
  return { from: filters.from, to: filters.to, total, limit: query.limit, offset: query.offset, items };
}

/** The FROM and WHERE of the matching comments, as `r` (responses) and, by standard, `cs` (comment_standards). */
function matching(
  filters: StaffFilters,
  { q, standard, tone, locale }: CommentsQuery,
): { from: string; where: string; args: InValue[] } {
  let from: string;
  let sql: { where: string; args: InValue[] };
  if (standard) {
    // Newest first off the (standard, favourable, received_at, id) key of the filed comments (migration 10).
    // Verified comments are filed in the twin: its rows are verified already.
    from = overVerified('comment_standards AS cs', filters.verified) + ' JOIN responses AS r ON r.id = cs.id';
    sql = responseFilterSql({ ...filters, verified: false }, 'cs');
    // A comment the retention purge erased stays counted but is no longer listed.
    sql.where = `cs.standard = ? AND ${tone ? 'cs.favorable = ? AND ' : ''}${sql.where} AND r.comment IS NOT NULL`;
    sql.args.unshift(standard, ...(tone ? [tone === 'favourable' ? 1 : 0] : []));
  } else {
    // Newest first straight off the partial index of commented rows: no sort of the whole range.
    from = `responses AS r INDEXED BY ${filters.verified ? 'responses_verified_with_comment' : 'responses_with_comment'}`;
    sql = responseFilterSql(filters, 'r');
    sql.where += ' AND r.comment IS NOT NULL';
  }
  if (locale) {
    sql.where += ' AND r.locale = ?';
    sql.args.push(locale);
  }
  if (q) {
    sql.where += ` AND r.comment LIKE ? ESCAPE '\\'`;
    sql.args.push(likePattern(q));
  }
  return { from, ...sql };
}

async function commentPage(db: Client, filters: StaffFilters, query: CommentsQuery): Promise<Row[]> {
  if (query.locale && query.locale !== 'en' && !query.standard && !query.q)
    return localePage(db, filters, query, query.locale);
  const { from, where, args } = matching(filters, query);
  const page = [query.limit, query.offset];
  if (query.standard && !query.tone) {
    // Both tones newest first: the two ranges of the key merged as they are read, nothing sorted.
    const tone = (favorable: 0 | 1) =>
      `SELECT ${COLUMNS}, cs.received_at AS filed_at, cs.id AS filed_id FROM ${from} WHERE cs.favorable = ${favorable} AND ${where}`;
    const { rows } = await db.execute({
      sql: `${tone(1)} UNION ALL ${tone(0)} ORDER BY filed_at DESC, filed_id DESC LIMIT ? OFFSET ?`,
      args: [...args, ...args, ...page],
    });
    return rows;
  }
  const order = query.standard ? 'cs.received_at DESC, cs.id DESC' : 'r.received_at DESC, r.id DESC';
  const { rows } = await db.execute({
    sql: `SELECT ${COLUMNS} FROM ${from} WHERE ${where} ORDER BY ${order} LIMIT ? OFFSET ?`,
    args: [...args, ...page],
  });
  return rows;
}

/**
 * A page of one language's comments but English's, off the days that hold
 * them (locale-comment-days.ts) rather than newest first through every
 * commented row; English, most of them, is found at once that way.
 */
async function localePage(db: Client, filters: StaffFilters, query: CommentsQuery, locale: string): Promise<Row[]> {
  const days = await localeCommentDays(db, filters, locale, query.offset + query.limit);
  if (days.length === 0) return [];
  const sql = responseFilterSql(filters, 'r');
  const { rows } = await db.execute({
    sql: `SELECT ${COLUMNS} FROM responses AS r INDEXED BY responses_by_day_locale
      WHERE ${sql.where} AND r.day IN (${days.map(() => '?').join(', ')}) AND r.comment IS NOT NULL AND r.locale = ?
      ORDER BY r.received_at DESC, r.id DESC LIMIT ? OFFSET ?`,
    args: [...sql.args, ...days, locale, query.limit, query.offset],
  });
  return rows;
}

async function commentTotal(db: Client, filters: StaffFilters, query: CommentsQuery): Promise<number> {
  // A text search, or a language with a standard, counts the matching rows; otherwise the cubes hold the total.
  if (query.q || (query.locale && query.standard)) {
    const { from, where, args } = matching(filters, query);
    const { rows } = await db.execute({ sql: `SELECT count(*) AS total FROM ${from} WHERE ${where}`, args });
    return Number(rows[0]?.total ?? 0);
  }
  if (query.locale) return localeCommentTotal(db, filters, query.locale);
  if (!query.standard) return (await readCounts(db, filters)).comments;
  const { rows } = await db.execute({
    sql: overVerified(
      `SELECT SUM(comments) AS total FROM comment_cube
      WHERE department = ? AND channel = ? AND survey = ? AND standard = ? AND day BETWEEN ? AND ?
      ${query.tone ? 'AND favorable = ?' : ''}`,
      filters.verified,
    ),
    args: [
      filters.department ?? ALL,
      filters.channel ?? ALL,
      filters.survey ?? ALL,
      query.standard,
      filters.from,
      filters.to,
      ...(query.tone ? [query.tone === 'favourable' ? 1 : 0] : []),
    ],
  });
  return Number(rows[0]?.total ?? 0);
}

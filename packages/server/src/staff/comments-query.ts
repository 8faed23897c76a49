import type { Client, InValue, Row } from '@libsql/client';
import {
  responseContributions,
  type Answers,
  type Catalogue,
  type CommentItem,
  type CommentTone,
  type CommentsPage,
} from '@mv-feedback/scoring';
import { toneToken } from '../db/store/comment-tones.js';
import { readCounts } from './cube-reader.js';
import { localeCommentDays } from './locale-comment-days.js';
import { standardCommentDays } from './standard-comment-days.js';
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
 * A standard (and tone) filter reads the days that hold its comments (standard-comment-days.ts).
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
  const [total, rows] =
    query.standard && !query.q && !query.locale
      ? await standardComments(db, filters, query, query.standard)
      : await Promise.all([commentTotal(db, filters, query), commentPage(db, filters, query)]);
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

/** The comments about `standard` (of one tone, when given), by their tones (migration 13). */
function tonesMatch(standard: string, tone: CommentTone | undefined): { where: string; args: InValue[] } {
  const tones = tone ? [tone === 'favourable'] : [true, false];
  return {
    where: `(${tones.map(() => 'instr(r.tones, ?) > 0').join(' OR ')})`,
    args: tones.map((favorable) => toneToken(standard, favorable)),
  };
}

/** The commented rows of `filters`, as `r` (responses), newest first off the partial index of commented rows. */
function commented(filters: StaffFilters): { from: string; where: string; args: InValue[] } {
  const from = `responses AS r INDEXED BY ${filters.verified ? 'responses_verified_with_comment' : 'responses_with_comment'}`;
  const sql = responseFilterSql(filters, 'r');
  return { from, where: `${sql.where} AND r.comment IS NOT NULL`, args: sql.args };
}

/** The FROM and WHERE of the matching comments (`commented`). */
function matching(
  filters: StaffFilters,
  { q, standard, tone, locale }: CommentsQuery,
): { from: string; where: string; args: InValue[] } {
  const sql = commented(filters);
  if (standard) {
    const tones = tonesMatch(standard, tone);
    sql.where += ` AND ${tones.where}`;
    sql.args.push(...tones.args);
  }
  if (locale) {
    sql.where += ' AND r.locale = ?';
    sql.args.push(locale);
  }
  if (q) {
    sql.where += ` AND r.comment LIKE ? ESCAPE '\\'`;
    sql.args.push(likePattern(q));
  }
  return sql;
}

async function commentPage(db: Client, filters: StaffFilters, query: CommentsQuery): Promise<Row[]> {
  if (query.locale && query.locale !== 'en' && !query.standard && !query.q)
    return localePage(db, filters, query, query.locale);
  const { from, where, args } = matching(filters, query);
  const { rows } = await db.execute({
    sql: `SELECT ${COLUMNS} FROM ${from} WHERE ${where} ORDER BY r.received_at DESC, r.id DESC LIMIT ? OFFSET ?`,
    args: [...args, query.limit, query.offset],
  });
  return rows;
}

/**
 * The total and a page of the comments about one standard, off the days
 * that hold them (standard-comment-days.ts) and picked there by their
 * tones, rather than newest first through every commented row: a standard
 * few comments count for is found as fast as any.
 */
async function standardComments(
  db: Client,
  filters: StaffFilters,
  query: CommentsQuery,
  standard: string,
): Promise<[number, Row[]]> {
  const { total, days } = await standardCommentDays(db, filters, standard, query.tone, query.offset + query.limit);
  return [total, await daysPage(db, filters, query, days, tonesMatch(standard, query.tone))];
}

/**
 * A page of one language's comments but English's, off the days that hold
 * them (locale-comment-days.ts) rather than newest first through every
 * commented row; English, most of them, is found at once that way.
 */
async function localePage(db: Client, filters: StaffFilters, query: CommentsQuery, locale: string): Promise<Row[]> {
  const days = await localeCommentDays(db, filters, locale, query.offset + query.limit);
  return daysPage(db, filters, query, days, { where: 'r.locale = ?', args: [locale] });
}

const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / 86_400_000;

/**
 * The page of the commented rows of `days` (newest first, each holding
 * some that match `picked`) that match `picked`, newest first. When most
 * days between the oldest and the newest hold some, newest first through
 * those days' commented rows stops soonest; when they are scattered, only
 * their own rows are read, and sorted.
 */
async function daysPage(
  db: Client,
  filters: StaffFilters,
  query: CommentsQuery,
  days: readonly string[],
  picked: { where: string; args: InValue[] },
): Promise<Row[]> {
  const [newest, oldest] = [days[0], days.at(-1)];
  if (newest === undefined || oldest === undefined) return [];
  const page = [query.limit, query.offset];
  if (dayNumber(newest) - dayNumber(oldest) < 2 * days.length) {
    const { from, where, args } = commented({ ...filters, from: oldest, to: newest });
    const { rows } = await db.execute({
      sql: `SELECT ${COLUMNS} FROM ${from} WHERE ${where} AND ${picked.where}
        ORDER BY r.received_at DESC, r.id DESC LIMIT ? OFFSET ?`,
      args: [...args, ...picked.args, ...page],
    });
    return rows;
  }
  const sql = responseFilterSql(filters, 'r');
  const { rows } = await db.execute({
    sql: `SELECT ${COLUMNS} FROM responses AS r INDEXED BY responses_by_day_locale
      WHERE ${sql.where} AND r.day IN (${days.map(() => '?').join(', ')}) AND r.comment IS NOT NULL AND ${picked.where}
      ORDER BY r.received_at DESC, r.id DESC LIMIT ? OFFSET ?`,
    args: [...sql.args, ...days, ...picked.args, ...page],
  });
  return rows;
}

async function commentTotal(db: Client, filters: StaffFilters, query: CommentsQuery): Promise<number> {
  // A text search, or a language with a standard, counts the matching rows; otherwise the cubes hold the total.
  if (query.q || query.standard) {
    const { from, where, args } = matching(filters, query);
    const { rows } = await db.execute({ sql: `SELECT count(*) AS total FROM ${from} WHERE ${where}`, args });
    return Number(rows[0]?.total ?? 0);
  }
  if (query.locale) return localeCommentTotal(db, filters, query.locale);
  return (await readCounts(db, filters)).comments;
}

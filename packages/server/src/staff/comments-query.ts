import type { Client } from '@libsql/client';
import { CommentItemSchema, type CommentItem, type CommentsPage } from '@mv-feedback/scoring';
import { readCounts } from './cube-reader.js';
import { responseFilterSql } from '../filters/response-filter-sql.js';
import type { StaffFilters } from '../filters/staff-filters.js';

export const DEFAULT_COMMENTS_LIMIT = 50;
export const MAX_COMMENTS_LIMIT = 200;

export interface CommentsQuery {
  limit: number;
  offset: number;
  /** Text to look for in the comment, case-insensitive for ASCII letters. */
  q?: string;
}

// LIKE treats % and _ as wildcards; a resident's search text is taken literally.
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;

/**
 * One page of comments, newest first, with the total that match.
 *
 * @example
 * const page = await listComments(db, filters, { limit: 50, offset: 0, q: 'parking' });
 */
export async function listComments(
  db: Client,
  filters: StaffFilters,
  { limit, offset, q }: CommentsQuery,
): Promise<CommentsPage> {
  const { where, args } = responseFilterSql(filters);
  let condition = `${where} AND comment IS NOT NULL`;
  if (q) {
    condition += ` AND comment LIKE ? ESCAPE '\\'`;
    args.push(likePattern(q));
  }
  const [total, page] = await Promise.all([
    // Without a search the count cube already holds the total.
    q
      ? db
          .execute({ sql: `SELECT count(*) AS total FROM responses WHERE ${condition}`, args })
          .then((r) => Number(r.rows[0]?.total ?? 0))
      : readCounts(db, filters).then((counts) => counts.comments),
    // Newest first straight off the partial index of commented rows: no sort of the whole range.
    db.execute({
      sql: `SELECT id, received_at, survey, locale, department, channel, comment FROM responses INDEXED BY responses_with_comment
        WHERE ${condition} ORDER BY received_at DESC, id DESC LIMIT ? OFFSET ?`,
      args: [...args, limit, offset],
    }),
  ]);
  const items: CommentItem[] = page.rows.map((row) =>
    CommentItemSchema.parse({
      id: row.id,
      receivedAt: row.received_at,
      survey: row.survey,
      locale: row.locale,
      department: row.department === '' ? null : row.department,
      channel: row.channel === '' ? null : row.channel,
      comment: row.comment,
    }),
  );
  return { from: filters.from, to: filters.to, total, limit, offset, items };
}

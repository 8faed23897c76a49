import type { Client } from '@libsql/client';
import { CommentItemSchema, type CommentItem, type CommentsPage } from '@mv-feedback/scoring';
import { responseFilterSql } from './response-filter-sql.js';
import type { StaffFilters } from './staff-filters.js';

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
export async function listComments(db: Client, filters: StaffFilters, { limit, offset, q }: CommentsQuery): Promise<CommentsPage> {
  const { where, args } = responseFilterSql(filters);
  let condition = `${where} AND comment IS NOT NULL AND comment <> ''`;
  if (q) {
    condition += ` AND comment LIKE ? ESCAPE '\\'`;
    args.push(likePattern(q));
  }
  const [total, page] = await db.batch(
    [
      { sql: `SELECT count(*) AS total FROM responses WHERE ${condition}`, args },
      {
        sql: `SELECT id, received_at, survey, locale, department, channel, comment FROM responses
          WHERE ${condition} ORDER BY received_at DESC, id DESC LIMIT ? OFFSET ?`,
        args: [...args, limit, offset],
      },
    ],
    'read',
  );
  const items: CommentItem[] = (page?.rows ?? []).map((row) =>
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
  return { from: filters.from, to: filters.to, total: Number(total?.rows[0]?.total ?? 0), limit, offset, items };
}

import type { InValue } from '@libsql/client';
import { addDays } from '@mv-feedback/scoring';
import type { StaffFilters } from './staff-filters.js';

/**
 * The WHERE clause over raw `responses` rows for a set of filters. `day` (the
 * city day fixed when each row was stored) decides; a `received_at` window
 * that surely contains those days (every zone lies within a day of UTC) lets
 * the (received_at, id) indexes serve ordered pages without sorting the range.
 *
 * The columns are named through `alias` when given, for a table beside others in a join.
 *
 * @example
 * const { where, args } = responseFilterSql(filters);
 * db.execute({ sql: `SELECT count(*) FROM responses WHERE ${where}`, args });
 */
export function responseFilterSql(filters: StaffFilters, alias?: string): { where: string; args: InValue[] } {
  const column = (name: string) => (alias ? `${alias}.${name}` : name);
  const clauses = [`${column('received_at')} >= ?`, `${column('received_at')} < ?`, `${column('day')} BETWEEN ? AND ?`];
  const args: InValue[] = [
    `${addDays(filters.from, -1)}T00:00:00.000Z`,
    `${addDays(filters.to, 2)}T00:00:00.000Z`,
    filters.from,
    filters.to,
  ];
  for (const key of ['department', 'channel', 'survey'] as const) {
    const value = filters[key];
    if (value !== undefined) {
      clauses.push(`${column(key)} = ?`);
      args.push(value);
    }
  }
  if (filters.verified) clauses.push(`${column('verified')} = 1`);
  return { where: clauses.join(' AND '), args };
}

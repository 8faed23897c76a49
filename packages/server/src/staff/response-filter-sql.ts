import type { InValue } from '@libsql/client';
import type { StaffFilters } from './staff-filters.js';

/**
 * The WHERE clause over raw `responses` rows for a set of filters; `day` is the
 * city day fixed when each row was stored.
 *
 * @example
 * const { where, args } = responseFilterSql(filters);
 * db.execute({ sql: `SELECT count(*) FROM responses WHERE ${where}`, args });
 */
export function responseFilterSql(filters: StaffFilters): { where: string; args: InValue[] } {
  const clauses = ['day BETWEEN ? AND ?'];
  const args: InValue[] = [filters.from, filters.to];
  for (const key of ['department', 'channel', 'survey'] as const) {
    const value = filters[key];
    if (value !== undefined) {
      clauses.push(`${key} = ?`);
      args.push(value);
    }
  }
  return { where: clauses.join(' AND '), args };
}

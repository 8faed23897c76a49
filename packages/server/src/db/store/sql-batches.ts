import type { InValue } from '@libsql/client';

/**
 * Rows per statement. @libsql/client prepares every statement afresh, so one
 * multi-row statement per chunk costs a fraction of one statement per row
 * (12 × 200 parameters stay far below SQLite's limit of 32,766).
 */
export const ROWS_PER_STATEMENT = 200;

export const placeholders = (rows: number, columns: number) =>
  Array.from({ length: rows }, () => `(${Array(columns).fill('?').join(', ')})`).join(', ');

/** A statement with its arguments, as the batches here are made. */
export interface SqlStatement {
  sql: string;
  args: InValue[];
}

/** One statement per chunk of rows; `sql(n)` writes the statement for n rows. */
export const chunked = (rows: readonly InValue[][], sql: (rows: number) => string): SqlStatement[] => {
  const statements: SqlStatement[] = [];
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(i, i + ROWS_PER_STATEMENT);
    statements.push({ sql: sql(chunk.length), args: chunk.flat() });
  }
  return statements;
};

/**
 * A multi-row upsert that adds `sums` to the row of the same `key`. Rows of
 * one statement must have distinct keys (sum them first), so none meets
 * another in ON CONFLICT.
 *
 * @example
 * chunked(rows, upsertSums('month_count_cube', ['channel', 'survey', 'month', 'department'], ['responses', 'comments']))
 */
export const upsertSums =
  (table: string, key: readonly string[], sums: readonly string[]) =>
  (rows: number): string =>
    `INSERT INTO ${table} (${[...key, ...sums].join(', ')})
  VALUES ${placeholders(rows, key.length + sums.length)}
  ON CONFLICT (${key.join(', ')}) DO UPDATE SET ${sums.map((c) => `${c} = ${table}.${c} + excluded.${c}`).join(', ')}`;

/** Sums of number columns per key, for one upsert row per key. */
export class SummedRows {
  private readonly rows = new Map<string, { key: InValue[]; sums: number[] }>();

  add(key: readonly InValue[], sums: readonly number[]): void {
    const id = key.join('\u0000');
    const row = this.rows.get(id);
    if (row) sums.forEach((value, i) => (row.sums[i]! += value));
    else this.rows.set(id, { key: [...key], sums: [...sums] });
  }

  values(): InValue[][] {
    return [...this.rows.values()].map(({ key, sums }) => [...key, ...sums]);
  }
}

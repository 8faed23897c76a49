import type { InValue } from '@libsql/client';

/**
 * Rows per statement: a batch's rows go in statements of these sizes only,
 * largest first (a batch of 87 rows: 64 + 16 + 4 + 1 + 1 + 1). A multi-row
 * statement costs a fraction of one statement per row, but each distinct
 * row count is a distinct statement to compile: with any count up to 200,
 * a writer's kept statements (prepared-write-connection.ts) never sufficed
 * for diverse contexts and compiling was a fifth of its CPU. Four sizes
 * keep every table's statements prepared (12 × 64 parameters stay far
 * below SQLite's limit of 32,766).
 */
export const ROWS_PER_STATEMENT = [64, 16, 4, 1] as const;

export const placeholders = (rows: number, columns: number) =>
  Array.from({ length: rows }, () => `(${Array(columns).fill('?').join(', ')})`).join(', ');

/** A statement with its arguments, as the batches here are made. */
export interface SqlStatement {
  sql: string;
  args: InValue[];
}

/**
 * Among a fold's statements, the end of a piece of work that took a few
 * milliseconds (a cube spread): a step of the fold ends there, so no step
 * holds the writer much longer than its statements take (counter-fold.ts).
 * Where the pauses fall depends on the data only, so every process cuts a
 * fold into the same steps.
 */
export const PAUSE = Symbol('pause');

/** A statement of a fold, or a place where its step may end. */
export type FoldItem = SqlStatement | typeof PAUSE;

/** The statements of `items` with their pauses dropped, for one transaction. */
export const withoutPauses = (items: Iterable<FoldItem>): SqlStatement[] => {
  const statements: SqlStatement[] = [];
  for (const item of items) if (item !== PAUSE) statements.push(item);
  return statements;
};

/** Each builder's text per row count, built once: the sizes are few. */
const texts = new WeakMap<(rows: number) => string, Map<number, string>>();

const statementText = (sql: (rows: number) => string, rows: number): string => {
  let bySize = texts.get(sql);
  if (!bySize) texts.set(sql, (bySize = new Map<number, string>()));
  let text = bySize.get(rows);
  if (text === undefined) bySize.set(rows, (text = sql(rows)));
  return text;
};

/** Statements of the sizes of ROWS_PER_STATEMENT; `sql(n)` writes the statement for n rows (keep it one function, so its texts are kept). */
export const chunked = (rows: readonly InValue[][], sql: (rows: number) => string): SqlStatement[] => {
  const statements: SqlStatement[] = [];
  let i = 0;
  for (const size of ROWS_PER_STATEMENT) {
    for (; rows.length - i >= size; i += size) {
      const args: InValue[] = [];
      for (let r = i; r < i + size; r++) for (const value of rows[r]!) args.push(value);
      statements.push({ sql: statementText(sql, size), args });
    }
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

type SummedRow = { key: InValue[]; sums: number[] };
type KeyTrie = Map<InValue, KeyTrie | SummedRow>;

/**
 * Sums of number columns per key, for one upsert row per key. The keys are
 * looked up value by value in nested maps: joining each key into a string
 * made `add` a fifth of a fold's JavaScript profile (9.6 % since), with the
 * garbage collector a third. Keys compare value by value, so 1 and '1' are
 * two keys.
 */
export class SummedRows {
  private readonly root: KeyTrie = new Map();
  private readonly rows: SummedRow[] = [];

  /** Adds `sums` to the row of `key` (every key of one SummedRows has the same length). */
  add(key: readonly InValue[], sums: readonly number[]): void {
    let node = this.root;
    const last = key.length - 1;
    for (let i = 0; i < last; i++) {
      let next = node.get(key[i]!) as KeyTrie | undefined;
      if (next === undefined) node.set(key[i]!, (next = new Map()));
      node = next;
    }
    const row = node.get(key[last]!) as SummedRow | undefined;
    if (row === undefined) {
      const added = { key: key.slice(), sums: sums.slice() };
      node.set(key[last]!, added);
      this.rows.push(added);
    } else for (let i = 0; i < sums.length; i++) row.sums[i]! += sums[i]!;
  }

  /** Each distinct key with its sums so far, in the order first added. */
  entries(): IterableIterator<SummedRow> {
    return this.rows.values();
  }

  values(): InValue[][] {
    const values: InValue[][] = [];
    for (const { key, sums } of this.rows) values.push(key.concat(sums));
    return values;
  }
}

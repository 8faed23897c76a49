import { describe, expect, it } from 'vitest';
import { ROWS_PER_STATEMENT, chunked, placeholders } from './sql-batches.js';

const insert = (rows: number) => `INSERT INTO t (a, b) VALUES ${placeholders(rows, 2)}`;

describe('chunked', () => {
  it('writes every row once, in order, in statements of the few kept sizes only', () => {
    for (const count of [0, 1, 3, 63, 87, 200, 1001]) {
      const rows = Array.from({ length: count }, (_, i) => [i, `r${i}`]);
      const statements = chunked(rows, insert);
      expect(statements.flatMap((s) => s.args)).toEqual(rows.flat());
      const sizes = statements.map((s) => s.args.length / 2);
      expect(sizes.every((size) => (ROWS_PER_STATEMENT as readonly number[]).includes(size))).toBe(true);
      expect(statements.every((s) => s.sql === insert(s.args.length / 2))).toBe(true);
    }
  });

  it('gives a batch of any size at most a few distinct statements to prepare', () => {
    const texts = new Set<string>();
    for (let count = 1; count <= 300; count++) {
      for (const s of chunked(
        Array.from({ length: count }, () => [1, 'x']),
        insert,
      ))
        texts.add(s.sql);
    }
    expect(texts.size).toBe(ROWS_PER_STATEMENT.length);
  });
});

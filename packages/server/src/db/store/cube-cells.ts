import type { InValue } from '@libsql/client';
import { SummedRows } from './sql-batches.js';

/** The cubes' marker for "every value" of a dimension (migration 2). */
export const ALL = '*';

/**
 * The 8 cells of a cube a row of (department, channel, survey) counts in:
 * each dimension either its own value or `*`, as migration 2's triggers write them.
 *
 * @example
 * cubeCells('permits', 'web', 'quick').length // → 8
 */
export function cubeCells(department: string, channel: string, survey: string): [string, string, string][] {
  const cells: [string, string, string][] = [];
  for (const d of [department, ALL])
    for (const c of [channel, ALL]) for (const s of [survey, ALL]) cells.push([d, c, s]);
  return cells;
}

/**
 * The rows of `base`, keyed (department, channel, survey, …rest), summed
 * into the 8 cells of a cube whose key `cellKey` lays out. Summing by the
 * given cell first spreads each distinct one once, rather than each
 * response 8 times: what a fold of diverse contexts spends its JavaScript on.
 *
 * @example
 * cubeSums(byCell, (d, c, s, [standard, day]) => [d, c, s, standard, day]) // → one row per cube cell
 */
export function cubeSums(
  base: SummedRows,
  cellKey: (department: string, channel: string, survey: string, rest: InValue[]) => InValue[],
): InValue[][] {
  const cube = new SummedRows();
  for (const { key, sums } of base.entries()) {
    const rest = key.slice(3);
    for (const [d, c, s] of cubeCells(String(key[0]), String(key[1]), String(key[2])))
      cube.add(cellKey(d, c, s, rest), sums);
  }
  return cube.values();
}

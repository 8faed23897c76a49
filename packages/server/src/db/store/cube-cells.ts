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

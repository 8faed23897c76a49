/** The department of the whole city in the open data. */
export const WHOLE_CITY = '*';

/** One cell of a published table: the responses counted for a standard by a department in a period. */
export interface DisclosureCell {
  period: string;
  /** A department's slug, or `*` for the whole city. */
  department: string;
  standard: string;
  n: number;
}

export interface DisclosureOptions {
  /** Cells with fewer responses are withheld (MV_PUBLIC_MIN_N). */
  minN: number;
}

/** Default of MV_PUBLIC_MIN_N: public tables withhold more than staff views do (docs/design.md §13). */
export const DEFAULT_PUBLIC_MIN_N = 30;

/**
 * Which cells of a published table to withhold, in the cells' order.
 *
 * Primary: every cell with fewer than `minN` responses. Complementary: within
 * one period and standard the city's cell is the sum of its departments' and
 * of the responses that named none (never published on their own), so when
 * exactly one withheld part of that sum has responses, subtracting the
 * published ones from the city would give it back; the department with the
 * next fewest responses is withheld too. Responses that named no department
 * are such a part when there are any: when they are the only one left and
 * are themselves few, a department is withheld to cover them as well.
 * Each standard is a table of its own, so a department withheld in one may
 * be published in another.
 *
 * @example
 * suppressedCells([
 *   { period: 'FY2027-Q1', department: '*', standard: 'connecting', n: 120 },
 *   { period: 'FY2027-Q1', department: 'library', standard: 'connecting', n: 12 },
 *   { period: 'FY2027-Q1', department: 'permits', standard: 'connecting', n: 48 },
 *   { period: 'FY2027-Q1', department: 'utilities', standard: 'connecting', n: 60 },
 * ], { minN: 30 }) // → [false, true, true, false]
 */
export function suppressedCells(cells: readonly DisclosureCell[], { minN }: DisclosureOptions): boolean[] {
  const suppressed = cells.map((cell) => cell.n < minN);
  const tables = new Map<string, number[]>();
  cells.forEach((cell, index) => {
    const key = `${cell.period}\u0000${cell.standard}`;
    const table = tables.get(key);
    if (table) table.push(index);
    else tables.set(key, [index]);
  });
  for (const indexes of tables.values()) {
    const city = indexes.find((index) => cells[index]!.department === WHOLE_CITY);
    // Without a published total nothing can be subtracted from it.
    if (city === undefined || suppressed[city]) continue;
    const departments = indexes.filter((index) => index !== city);
    const named = departments.reduce((sum, index) => sum + cells[index]!.n, 0);
    const unnamed = cells[city]!.n - named;
    const hidden = departments.filter((index) => suppressed[index] && cells[index]!.n > 0);
    const hiddenParts = hidden.length + (unnamed > 0 ? 1 : 0);
    // One hidden part with responses: the city minus the published departments is that part.
    const lonePartIsSmall = hidden.length === 1 || (hidden.length === 0 && unnamed > 0 && unnamed < minN);
    if (hiddenParts !== 1 || !lonePartIsSmall) continue;
    const next = departments
      .filter((index) => !suppressed[index])
      .sort((a, b) => cells[a]!.n - cells[b]!.n || cells[a]!.department.localeCompare(cells[b]!.department))[0];
    if (next !== undefined) suppressed[next] = true;
  }
  return suppressed;
}

import { describe, expect, it } from 'vitest';
import { suppressedCells, type DisclosureCell } from './disclosure-control.js';

/** One period's table for one standard: the city's n, then each department's. */
const table = (standard: string, city: number, departments: Record<string, number>): DisclosureCell[] => [
  { period: 'FY2027-Q1', department: '*', standard, n: city },
  ...Object.entries(departments).map(([department, n]) => ({ period: 'FY2027-Q1', department, standard, n })),
];

/** The departments withheld, by standard. */
const withheld = (cells: DisclosureCell[], minN = 30) => {
  const suppressed = suppressedCells(cells, { minN });
  return cells.filter((_, i) => suppressed[i]).map((cell) => `${cell.standard}:${cell.department}`);
};

describe('suppressedCells', () => {
  it('withholds nothing when every cell has enough responses', () => {
    expect(withheld(table('s', 150, { a: 40, b: 50, c: 60 }))).toEqual([]);
  });

  it('withholds the next smallest department beside a lone small one, so the city minus the rest gives neither', () => {
    expect(withheld(table('s', 132, { library: 12, permits: 48, utilities: 72 }))).toEqual(['s:library', 's:permits']);
  });

  it('adds nothing when two departments are already withheld', () => {
    expect(withheld(table('s', 150, { a: 10, b: 20, c: 60, d: 60 }))).toEqual(['s:a', 's:b']);
  });

  it('withholds every cell, the city included, when all are small', () => {
    expect(withheld(table('s', 25, { a: 10, b: 15 }))).toEqual(['s:*', 's:a', 's:b']);
  });

  it('withholds every department and publishes the city when each department is small but the city is not', () => {
    expect(withheld(table('s', 60, { a: 20, b: 20, c: 20 }))).toEqual(['s:a', 's:b', 's:c']);
  });

  it('withholds no second department when the city itself is withheld', () => {
    expect(withheld(table('s', 29, { a: 5, b: 24 }))).toEqual(['s:*', 's:a', 's:b']);
  });

  it('chooses the complement per standard: a department covering a small one in one standard stays published in another', () => {
    const cells = [
      ...table('connecting', 140, { library: 20, permits: 50, utilities: 70 }),
      ...table('accurate', 140, { library: 40, permits: 31, utilities: 69 }),
    ];
    // In "connecting" the city minus utilities minus permits would reveal the library; permits is the next smallest.
    // In "accurate" no one is small, so nothing is withheld, permits included.
    expect(withheld(cells)).toEqual(['connecting:library', 'connecting:permits']);
  });

  it('picks the smallest remaining department as the complement, not the first one named', () => {
    expect(withheld(table('s', 200, { a: 90, b: 5, c: 40, d: 65 }))).toEqual(['s:b', 's:c']);
  });

  it('counts responses that named no department as a hidden part: with them, one withheld department needs no complement', () => {
    // 150 − 60 − 60 = 30 is the library's 10 plus 20 without a department: neither is revealed.
    expect(withheld(table('s', 150, { library: 10, permits: 60, utilities: 60 }))).toEqual(['s:library']);
  });

  it('covers a few responses without a department when every department is published', () => {
    // 130 − 60 − 60 = 10 answers with no department would be revealed: the smallest department is withheld too.
    expect(withheld(table('s', 130, { permits: 60, utilities: 60 }))).toEqual(['s:permits']);
  });

  it('ignores departments without responses: an empty cell reveals nothing', () => {
    expect(withheld(table('s', 100, { a: 0, b: 50, c: 50 }))).toEqual(['s:a']);
  });

  it('keeps periods apart', () => {
    const cells = [
      ...table('s', 100, { a: 10, b: 90 }),
      ...table('s', 100, { a: 50, b: 50 }).map((cell) => ({ ...cell, period: 'FY2027-Q2' })),
    ];
    expect(withheld(cells)).toEqual(['s:a', 's:b']);
  });
});

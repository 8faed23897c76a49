import { describe, expect, it } from 'vitest';
import type { Catalogue } from '../catalogue/catalogue-schema.js';
import type { StandardCounters } from './counters.js';
import { buildDepartmentComparison, type GroupCounters } from './department-comparison.js';

const catalogue: Catalogue = {
  standards: ['s', 't'].map((id) => ({ id, title: { en: id, es: id }, description: { en: id, es: id } })),
  surveys: [
    {
      id: 'q',
      title: { en: 'Q', es: 'Q' },
      comment: null,
      questions: [
        { id: 'qs', type: 'agree5', text: { en: 'qs', es: 'qs' }, standards: [{ standard: 's', weight: 1 }] },
        { id: 'qt', type: 'agree5', text: { en: 'qt', es: 'qt' }, standards: [{ standard: 't', weight: 1 }] },
      ],
    },
  ],
  departments: [
    { id: 'parks', title: { en: 'Parks', es: 'Parques' } },
    { id: 'clerk', title: { en: 'Clerk', es: 'Secretaría' } },
  ],
};

const counts = (n: number, favorable: number): StandardCounters => ({
  n,
  favorable,
  sumV: favorable,
  sumV2: favorable,
  alpha: null,
});

describe('each department against the rest of the city', () => {
  // s: clerk 18/20, parks 15/30, harbor 6/8, no department 5/10 → city 44/68. t: only parks has enough.
  const result = buildDepartmentComparison({
    catalogue,
    from: '2026-04-01',
    to: '2026-04-30',
    minN: 10,
    city: { responses: 70, counters: { s: counts(68, 44), t: counts(40, 30) } },
    departments: new Map<string, GroupCounters>([
      ['harbor', { responses: 8, counters: { s: counts(8, 6) } }],
      ['clerk', { responses: 20, counters: { s: counts(20, 18), t: counts(5, 5) } }],
      ['parks', { responses: 32, counters: { s: counts(30, 15), t: counts(35, 25) } }],
    ]),
  });

  it('lists departments in catalogue order, then unlisted slugs named by themselves', () => {
    expect(result.departments.map((d) => [d.id, d.title.es ?? d.title.en, d.responses])).toEqual([
      ['parks', 'Parques', 32],
      ['clerk', 'Secretaría', 20],
      ['harbor', 'harbor', 8],
    ]);
    expect(result.city.standards.map((s) => [s.id, s.n, s.favorable, s.title.en])).toEqual([
      ['s', 68, 44, 's'],
      ['t', 40, 30, 't'],
    ]);
  });

  it('tests a department against the city minus the department (clerk 18/20 against 26/48)', () => {
    const clerk = result.departments[1]!.standards[0]!;
    expect(clerk).toMatchObject({ id: 's', n: 20, favorable: 18, score: 90, suppressed: false });
    // statsmodels proportions_ztest([18, 26], [20, 48]): z = 2.817379, p = 0.0048417.
    expect(clerk.vsRest.test).toBe('z');
    expect(clerk.vsRest.delta).toBeCloseTo(100 * (18 / 20 - 26 / 48), 10);
    expect(clerk.vsRest.pValue).toBeCloseTo(0.0048417, 7);
  });

  it('tests nothing where the department or the rest of the city is suppressed', () => {
    const harbor = result.departments[2]!.standards[0]!;
    expect(harbor).toMatchObject({ n: 8, favorable: null, score: null, suppressed: true });
    expect(harbor.vsRest).toEqual({ delta: null, pValue: null, test: null, significant: false });
    // Parks gives 35 of the city's 40 t answers: the rest (5) is below minN.
    expect(result.departments[0]!.standards[1]!.vsRest).toEqual({
      delta: null,
      pValue: null,
      test: null,
      significant: false,
    });
  });

  it('marks significant after Benjamini–Hochberg', () => {
    const tested = result.departments.flatMap((d) => d.standards.filter((s) => s.vsRest.pValue !== null));
    // p = 0.0242 (parks, s) and 0.0048 (clerk, s): within their bounds 2/2 · 0.05 and 1/2 · 0.05.
    expect(tested.map((s) => s.vsRest.pValue)).toEqual([expect.closeTo(0.024151, 6), expect.closeTo(0.0048417, 7)]);
    expect(tested.map((s) => s.vsRest.significant)).toEqual([true, true]);
  });

  it('corrects over every department × standard cell at once, not department by department', () => {
    // parks 31/40 (p = 0.0296) and clerk 30/40 (p = 0.0723) against the rest, with 40/80 without a department.
    // Alone, parks would pass 0.05; of two tests, 0.0296 > 1/2 · 0.05 and 0.0723 > 0.05: neither is significant.
    const two = buildDepartmentComparison({
      catalogue,
      from: '2026-04-01',
      to: '2026-04-30',
      city: { responses: 160, counters: { s: counts(160, 101) } },
      departments: new Map<string, GroupCounters>([
        ['parks', { responses: 40, counters: { s: counts(40, 31) } }],
        ['clerk', { responses: 40, counters: { s: counts(40, 30) } }],
      ]),
    });
    const cells = two.departments.map((d) => d.standards[0]!.vsRest);
    expect(cells.map((c) => c.pValue)).toEqual([expect.closeTo(0.029562, 6), expect.closeTo(0.072258, 6)]);
    expect(cells.map((c) => c.significant)).toEqual([false, false]);
  });
});

// Every published figure of @mv-feedback/scoring against an independent
// implementation: scipy and statsmodels (Debian's python3-scipy and
// python3-statsmodels, which .ci/run installs), to 1e-6 relative (docs/design.md
// §4). Without them this test fails: it never passes by skipping.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  benjaminiHochberg,
  countersFromResponses,
  meanInterval,
  proportionChange,
  summarizeStandard,
  wilsonInterval,
  type Catalogue,
  type Question,
} from '@mv-feedback/scoring';
import { mulberry32 } from '../../packages/server/src/seed/prng.js';

const PYTHON = '/usr/bin/python3';
const SCRIPT = fileURLToPath(new URL('./scipy_reference.py', import.meta.url));
const RELATIVE = 1e-6;
/** Below this, a figure is zero: where the exact value is 0, statsmodels too leaves rounding of ~1e-15. */
const ZERO = 1e-12;

const random = mulberry32(20_260_601);
const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
/** Sizes from 1 to max, as many small as large, so both tests and both ends of every interval are reached. */
const size = (max: number) => Math.max(1, Math.round(Math.exp(random() * Math.log(max))));

interface WilsonCase {
  favorable: number;
  n: number;
}
interface MeanCase {
  values: number[];
}
interface ChangeCase {
  f1: number;
  n1: number;
  f2: number;
  n2: number;
}
interface AlphaCase {
  items: number[][];
  /** Responses that do not count for α: incomplete ones, and the one-item survey's. */
  incomplete: Record<string, number | null>[];
  short: number[];
}
interface BhCase {
  p: (number | null)[];
}

function wilsonCases(): WilsonCase[] {
  const cases = [0, 1, 2, 10, 4999, 5000].map((favorable) => ({ favorable, n: 5000 }));
  for (let i = 0; i < 3000; i++) {
    const n = size(20_000);
    cases.push({ favorable: int(0, n), n });
  }
  return cases;
}

function meanCases(): MeanCase[] {
  const cases: MeanCase[] = [];
  for (let i = 0; i < 1500; i++) {
    const n = int(30, 600);
    // Agreement answers on [0, 1] in quarters, or the mean of three items (in twelfths), leaning to one side.
    const lean = random();
    const grain = random() < 0.5 ? 4 : 12;
    const values = Array.from(
      { length: n },
      () => Math.round(Math.min(1, random() * 0.6 + lean * 0.6) * grain) / grain,
    );
    if (values.every((v) => v === values[0])) values[0] = values[0] === 1 ? 0.75 : 1;
    cases.push({ values });
  }
  return cases;
}

function changeCases(): ChangeCase[] {
  const cases: ChangeCase[] = [
    { f1: 15, n1: 17, f2: 9, n2: 17 },
    { f1: 13, n1: 19, f2: 11, n2: 24 },
  ];
  // An expected count of exactly 5: equal groups of m with 10 unfavourable answers between them.
  for (let m = 10; m < 210; m++) {
    const u1 = int(0, 10);
    cases.push({ f1: m - u1, n1: m, f2: m - (10 - u1), n2: m });
  }
  for (let i = 0; i < 5000; i++) {
    const n1 = size(4000);
    const n2 = size(4000);
    const share = random();
    const drift = (random() - 0.5) * 0.3;
    const draw = (n: number, p: number) => Math.round(n * Math.min(1, Math.max(0, p + (random() - 0.5) * 0.1)));
    cases.push({ f1: draw(n1, share + drift), n1, f2: draw(n2, share), n2 });
  }
  return cases;
}

/** A standard with k items in a long survey and one of them in a short survey. */
function alphaCatalogue(k: number): Catalogue {
  const item = (id: string): Question => ({
    id,
    type: 'agree5',
    text: { en: id, es: id },
    standards: [{ standard: 's', weight: 1 }],
  });
  const ids = Array.from({ length: k }, (_, i) => `i${i}`);
  return {
    standards: [{ id: 's', title: { en: 's', es: 's' }, description: { en: 's', es: 's' } }],
    surveys: [
      { id: 'long', title: { en: 'L', es: 'L' }, comment: null, questions: ids.map(item) },
      { id: 'short', title: { en: 'S', es: 'S' }, comment: null, questions: [item('i0')] },
    ],
  };
}

function alphaCases(): AlphaCase[] {
  const cases: AlphaCase[] = [];
  for (let i = 0; i < 400; i++) {
    const k = int(2, 5);
    const m = int(30, 300);
    const noise = 0.3 + random() * 1.5;
    const answer = (trait: number) => Math.min(5, Math.max(1, Math.round(trait + (random() - 0.5) * 2 * noise)));
    const items = Array.from({ length: m }, () => {
      const trait = 1 + random() * 4;
      return Array.from({ length: k }, () => answer(trait));
    });
    const incomplete = Array.from({ length: int(0, 40) }, () => {
      const answers: Record<string, number | null> = {};
      for (let j = 0; j < k; j++) if (random() < 0.6) answers[`i${j}`] = random() < 0.3 ? null : int(1, 5);
      if (Object.keys(answers).length === k) delete answers[`i${k - 1}`];
      return answers;
    });
    const short = Array.from({ length: int(0, 60) }, () => int(1, 5));
    cases.push({ items, incomplete, short });
  }
  return cases;
}

function bhCases(): BhCase[] {
  const cases: BhCase[] = [{ p: [0.045, null, 0.01, 0.04] }, { p: [0.01, 0.02, 0.03, 0.04, 0.05] }, { p: [] }];
  for (let i = 0; i < 1500; i++) {
    const m = int(1, 60);
    const p = Array.from({ length: m }, () => {
      const r = random();
      if (r < 0.1) return null;
      if (r < 0.5) return random() ** 3 * 0.1;
      if (r < 0.6) return (int(1, m) / m) * 0.05; // exactly on a bound
      return random();
    });
    cases.push({ p });
  }
  return cases;
}

const cases = {
  wilson: wilsonCases(),
  mean: meanCases(),
  change: changeCases(),
  alpha: alphaCases(),
  bh: bhCases(),
};

interface Reference {
  wilson: { low: number; high: number }[];
  mean: { mean: number; low: number; high: number }[];
  change: { test: 'z' | 'fisher'; delta: number; z: number | null; p: number }[];
  alpha: { alpha: number }[];
  bh: { significant: boolean[] }[];
}

function reference(): Reference {
  const run = spawnSync(PYTHON, [SCRIPT], { input: JSON.stringify(cases), encoding: 'utf8', maxBuffer: 64 << 20 });
  if (run.error || run.status !== 0) {
    throw new Error(
      `${PYTHON} ${SCRIPT} failed (${run.error?.message ?? `exit ${run.status}`}): ${run.stderr}\n` +
        'This test needs Python 3 with scipy and statsmodels: apt-get install python3-scipy python3-statsmodels',
    );
  }
  return JSON.parse(run.stdout) as Reference;
}

/** One figure of ours beside the reference's. */
interface Figure {
  label: string;
  ours: number | string | boolean | null | undefined;
  theirs: number | string | boolean | null | undefined;
}

/** The figures that disagree beyond 1e-6 relative, the first 20 of them, as lines a failure can show. */
function disagreements(figures: Figure[]): string[] {
  const agree = ({ ours, theirs }: Figure) =>
    ours === theirs ||
    (typeof ours === 'number' &&
      typeof theirs === 'number' &&
      Math.abs(ours - theirs) <= Math.max(ZERO, RELATIVE * Math.max(Math.abs(ours), Math.abs(theirs))));
  return figures
    .filter((figure) => !agree(figure))
    .slice(0, 20)
    .map(({ label, ours, theirs }) => `${label}: ours ${ours}, scipy/statsmodels ${theirs}`);
}

/**
 * Each family of figures is its own test with its own expectation, so a failure names what broke; the
 * minimum count keeps a family from passing by comparing nothing.
 */
function expectAgreement(figures: Figure[], atLeast: number): void {
  expect(disagreements(figures)).toEqual([]);
  expect(figures.length).toBeGreaterThanOrEqual(atLeast);
}

describe('the statistics against scipy and statsmodels', () => {
  const ref = reference();

  /** Our test, change and p-value for each pair of periods, beside the reference's. */
  const changes = () =>
    cases.change.map(({ f1, n1, f2, n2 }, i) => ({
      label: `${f1}/${n1} vs ${f2}/${n2}`,
      ours: proportionChange({ favorable: f1, n: n1 }, { favorable: f2, n: n2 })!,
      theirs: ref.change[i]!,
    }));

  /** The mean and its interval from the sums the rollups keep, as the server computes them. */
  const means = () =>
    cases.mean.map(({ values }) => {
      const sum = values.reduce((a, b) => a + b, 0);
      const squares = values.reduce((a, b) => a + b * b, 0);
      return meanInterval(values.length, sum, squares);
    });

  it('Wilson score intervals', () => {
    const figures = cases.wilson.flatMap(({ favorable, n }, i) => {
      const { low, high } = wilsonInterval(favorable, n);
      return [
        { label: `wilson ${favorable}/${n} low`, ours: 100 * low, theirs: ref.wilson[i]!.low },
        { label: `wilson ${favorable}/${n} high`, ours: 100 * high, theirs: ref.wilson[i]!.high },
      ];
    });
    expectAgreement(figures, 2 * cases.wilson.length);
  });

  it('the mean, from the sums the rollups keep', () => {
    const figures = means().map((ours, i) => ({
      label: `mean #${i}`,
      ours: 100 * ours.mean!,
      theirs: ref.mean[i]!.mean,
    }));
    expectAgreement(figures, cases.mean.length);
  });

  it("Student's t-interval of the mean", () => {
    const figures = means().flatMap((ours, i) => [
      { label: `mean #${i} low`, ours: 100 * ours.low!, theirs: ref.mean[i]!.low },
      { label: `mean #${i} high`, ours: 100 * ours.high!, theirs: ref.mean[i]!.high },
    ]);
    expectAgreement(figures, 2 * cases.mean.length);
  });

  it('the choice of test, z or Fisher, made in integers', () => {
    const figures = changes().map(({ label, ours, theirs }) => ({
      label: `${label} test`,
      ours: ours.test,
      theirs: theirs.test,
    }));
    expectAgreement(figures, cases.change.length);
  });

  it('the change in percentage points', () => {
    const figures = changes().map(({ label, ours, theirs }) => ({
      label: `${label} delta`,
      ours: 100 * ours.delta,
      theirs: theirs.delta,
    }));
    expectAgreement(figures, cases.change.length);
  });

  it('the pooled two-proportion z-test: z and its p-value', () => {
    const figures = changes()
      .filter(({ theirs }) => theirs.test === 'z')
      .flatMap(({ label, ours, theirs }) => [
        { label: `${label} z`, ours: ours.z, theirs: theirs.z },
        { label: `${label} p`, ours: ours.pValue, theirs: theirs.p },
      ]);
    // About 2,050 of the 5,202 pairs have every expected count at least 5.
    expectAgreement(figures, 4_000);
  });

  it("Fisher's exact test: its two-sided p-value, and no z", () => {
    const figures = changes()
      .filter(({ theirs }) => theirs.test === 'fisher')
      .flatMap(({ label, ours, theirs }) => [
        { label: `${label} p`, ours: ours.pValue, theirs: theirs.p },
        { label: `${label} z`, ours: ours.z, theirs: theirs.z },
      ]);
    // The other 3,150, the near-boundary ones included.
    expectAgreement(figures, 6_000);
  });

  it("Cronbach's α over complete respondents, whichever survey they took", () => {
    const figures = cases.alpha.flatMap(({ items, incomplete, short }, i) => {
      const complete = items.map((row) => ({
        survey: 'long',
        answers: Object.fromEntries(row.map((value, j) => [`i${j}`, value])),
      }));
      const counters = countersFromResponses(alphaCatalogue(items[0]!.length), [
        ...short.map((value) => ({ survey: 'short', answers: { i0: value } })),
        ...complete,
        ...incomplete.map((answers) => ({ survey: 'long', answers })),
      ]).s!;
      return [
        { label: `alpha #${i} complete respondents`, ours: counters.alpha?.complete, theirs: items.length },
        { label: `alpha #${i}`, ours: summarizeStandard(counters).reliability, theirs: ref.alpha[i]!.alpha },
      ];
    });
    expectAgreement(figures, 2 * cases.alpha.length);
  });

  it('Benjamini–Hochberg at q = 0.05', () => {
    const figures = cases.bh.flatMap(({ p }, i) =>
      benjaminiHochberg(p).map((flag, j) => ({
        label: `bh #${i} [${p.join(', ')}] at ${j}`,
        ours: flag,
        theirs: ref.bh[i]!.significant[j],
      })),
    );
    // About 46,000 flags from 1,503 families of up to 60 p-values.
    expectAgreement(figures, 40_000);
  });
});

// Scores over a year of 1,000,000 responses in 30 departments: the staff
// API's computation (rollup cube, this period and the previous one, all 11
// standards) against a plain GROUP BY over the raw rows that computes only this
// period's n and favourable counts with json_extract. Target: scores under
// 20 ms. The department comparison (month cubes) against the same counts
// summed from the day cube. Target: under 50 ms. The open data's CSV
// (four fiscal quarters × 31 groups × 11 standards, from the month cubes,
// through the route). Target: under 50 ms. The languages compared and one
// language's scores (Spanish; English, the totals less the rest), from the
// language cube (docs/design.md §14). Target: under 100 ms.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultCatalogue } from '../packages/scoring/dist/index.js';
import { loadConfig, migrate, openDatabase } from '../packages/server/dist/index.js';
// Modules of the built package (rollup keeps one file per module).
import { seedDemoData } from '../packages/server/dist/seed/demo-data.js';
import { listComments } from '../packages/server/dist/staff/comments-query.js';
import { computeDepartmentComparison } from '../packages/server/dist/staff/departments-query.js';
import { computeLanguageComparison } from '../packages/server/dist/staff/languages-query.js';
import { computeLocaleScores } from '../packages/server/dist/staff/locale-scores-query.js';
import { computeScores } from '../packages/server/dist/staff/scores-query.js';
import { computeTrend } from '../packages/server/dist/staff/trend-query.js';
import { publicReportRoutes } from '../packages/server/dist/public/public-report-routes.js';

const COUNT = Number(process.env.MV_BENCH_RESPONSES ?? 1_000_000);
const CALLS = 50;
const NOW = new Date('2026-06-30T23:00:00Z');
const RANGE = { from: '2025-07-01', to: '2026-06-30' };
/** A year that starts and ends mid-month: the ragged ends come from the day cubes. */
const RAGGED = { from: '2025-07-16', to: '2026-06-15' };

/** The default departments and 16 more: 30, as a large city has. */
const catalogue = {
  ...defaultCatalogue,
  departments: [
    ...defaultCatalogue.departments,
    ...Array.from({ length: 30 - defaultCatalogue.departments.length }, (_, i) => ({
      id: `district-office-${i + 1}`,
      title: { en: `District office ${i + 1}`, es: `Oficina de distrito ${i + 1}` },
    })),
  ],
};

/**
 * The median time of `GET /api/v1/public/scores.csv` for the fiscal year of
 * RANGE, answered by the route in-process (no socket), and its body.
 */
export async function publicScoresCsv(db, config, calls = CALLS) {
  const app = publicReportRoutes({
    db,
    catalogue: config.catalogue,
    cityName: config.cityName,
    timezone: config.timezone,
    report: { enabled: true, minN: 30, fiscalYearStart: 7 },
    health: { corrupt: null, note: () => undefined },
    root: () => '',
    // The day after RANGE: its four quarters have ended.
    now: () => new Date('2026-07-01T19:00:00Z'),
  });
  const path = `/api/v1/public/scores.csv?from=${RANGE.from}&to=${RANGE.to}`;
  return timed(calls, async () => {
    const answer = await app.request(path);
    if (answer.status !== 200) throw new Error(`${path} answered ${answer.status}`);
    return answer.text();
  });
}

/** The department comparison's counts summed from the day cube: one GROUP BY over every department's days. */
async function dayCubeComparison(db, range) {
  const departments = catalogue.departments.map((d) => d.id);
  return db.execute({
    sql: `SELECT department, standard, SUM(n) AS n, SUM(favorable) AS favorable FROM rollup_cube
      WHERE department IN (${departments.map(() => '?').join(', ')}) AND channel = '*' AND survey = '*' AND day BETWEEN ? AND ?
      GROUP BY department, standard`,
    args: [...departments, range.from, range.to],
  });
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

async function timed(times, fn) {
  const samples = [];
  let result;
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    result = await fn();
    samples.push(performance.now() - start);
  }
  return { ms: median(samples), result };
}

/** SQL that scores each standard straight from the answers JSON: n and favourable, top-two box (or "yes"). */
export function rawGroupBySql(catalogue) {
  const columns = catalogue.standards.map((standard, i) => {
    const questions = new Map();
    for (const survey of catalogue.surveys) {
      for (const question of survey.questions) {
        if (question.standards.some((s) => s.standard === standard.id)) questions.set(question.id, question.type);
      }
    }
    const value = [...questions].map(([id]) => `json_extract(answers, '$."${id}"')`);
    const answered = value.length > 1 ? `coalesce(${value.join(', ')})` : (value[0] ?? 'NULL');
    const favorable = [...questions]
      .map(([id, type]) =>
        type === 'yesno' ? `json_extract(answers, '$."${id}"') = 'yes'` : `json_extract(answers, '$."${id}"') >= 4`,
      )
      .join(' OR ');
    return `SUM(${answered} IS NOT NULL) AS n${i}, SUM(coalesce(${favorable || '0'}, 0)) AS f${i}`;
  });
  return `SELECT survey, ${columns.join(', ')} FROM responses WHERE day BETWEEN ? AND ? GROUP BY survey`;
}

export async function run() {
  const dir = mkdtempSync(join(tmpdir(), 'mv-bench-scores-'));
  try {
    const config = { ...loadConfig({ env: {}, flags: { db: `file:${join(dir, 'bench.db')}` } }), catalogue };
    const db = await openDatabase(config);
    await migrate(db, { catalogue: config.catalogue });
    let started = performance.now();
    await seedDemoData(db, config, { count: COUNT, now: NOW, seed: 1, batchSize: 5000 });
    process.stderr.write(`  seeded ${COUNT} responses in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
    const options = { catalogue: config.catalogue, minN: config.minN };
    await computeScores(db, options, RANGE); // warm the page cache and the statements
    const scores = await timed(CALLS, () => computeScores(db, options, RANGE));
    const permits = await timed(CALLS, () =>
      computeScores(db, options, { ...RANGE, department: 'permits', channel: 'in-person' }),
    );
    const trend = await timed(CALLS, () => computeTrend(db, options, RANGE, 'week'));
    const comments = await timed(CALLS, () => listComments(db, config.catalogue, RANGE, { limit: 50, offset: 0 }));
    // What residents said about "Knowing our business" when they were not satisfied (its one item, "accurate", below Agree).
    const byStandard = { limit: 50, offset: 0, standard: 'knowing-our-business', tone: 'unfavourable' };
    const unfavourable = await timed(CALLS, () => listComments(db, config.catalogue, RANGE, byStandard));
    const scoredPage = await timed(5, () =>
      db.execute({
        sql: `SELECT id, (SELECT count(*) FROM responses INDEXED BY responses_by_day_locale WHERE day BETWEEN ?1 AND ?2
            AND comment IS NOT NULL AND json_extract(answers, '$.accurate') BETWEEN 1 AND 3) AS total
          FROM responses INDEXED BY responses_by_day_locale
          WHERE day BETWEEN ?1 AND ?2 AND comment IS NOT NULL AND json_extract(answers, '$.accurate') BETWEEN 1 AND 3
          ORDER BY received_at DESC, id DESC LIMIT 50`,
        args: [RANGE.from, RANGE.to],
      }),
    );
    if (
      scoredPage.result.rows.map((r) => r.id).join() !== unfavourable.result.items.map((c) => c.id).join() ||
      Number(scoredPage.result.rows[0].total) !== unfavourable.result.total
    ) {
      throw new Error('the pages of unfavourable comments differ');
    }
    // The same newest-first page, sorted from the day index instead of read off the comment index.
    const sortedPage = await timed(5, () =>
      db.execute({
        sql: `SELECT id, received_at, comment FROM responses INDEXED BY responses_by_day_locale
          WHERE day BETWEEN ? AND ? AND comment IS NOT NULL ORDER BY received_at DESC, id DESC LIMIT 50`,
        args: [RANGE.from, RANGE.to],
      }),
    );
    if (sortedPage.result.rows.map((r) => r.id).join() !== comments.result.items.map((c) => c.id).join()) {
      throw new Error('the comment pages differ');
    }
    // Both tones of one standard: off the days that hold them, against the plain query through every commented row.
    const eitherTone = { limit: 50, offset: 0, standard: 'knowing-our-business' };
    const bothTones = await timed(CALLS, () => listComments(db, config.catalogue, RANGE, eitherTone));
    const scannedTones = await timed(5, () =>
      db.execute({
        sql: `SELECT id FROM responses INDEXED BY responses_with_comment
          WHERE day BETWEEN ? AND ? AND comment IS NOT NULL AND (instr(tones, ?) > 0 OR instr(tones, ?) > 0)
          ORDER BY received_at DESC, id DESC LIMIT 50`,
        args: [RANGE.from, RANGE.to, ` ${eitherTone.standard}+ `, ` ${eitherTone.standard}- `],
      }),
    );
    if (scannedTones.result.rows.map((r) => r.id).join() !== bothTones.result.items.map((c) => c.id).join()) {
      throw new Error('the pages of comments about one standard differ');
    }
    const comparison = await timed(CALLS, () => computeDepartmentComparison(db, options, RANGE));
    const ragged = await timed(CALLS, () => computeDepartmentComparison(db, options, RAGGED));
    const dayCube = await timed(5, () => dayCubeComparison(db, RANGE));
    const raggedDayCube = await timed(5, () => dayCubeComparison(db, RAGGED));
    for (const [api, sums] of [
      [comparison.result, dayCube.result],
      [ragged.result, raggedDayCube.result],
    ]) {
      if (api.departments.length !== 30) throw new Error(`${api.departments.length} departments compared, not 30`);
      for (const row of sums.rows) {
        const cell = api.departments.find((d) => d.id === row.department).standards.find((s) => s.id === row.standard);
        if (cell.n !== Number(row.n) || (!cell.suppressed && cell.favorable !== Number(row.favorable))) {
          throw new Error(`${row.department} ${row.standard}: month cubes ${cell.n}, day cube ${row.n}`);
        }
      }
    }
    // The languages compared from the language cube: a year, and the last 30 days; one language's scores for the year.
    const languages = await timed(5, () => computeLanguageComparison(db, options, RANGE));
    const lastMonth = { from: '2026-06-01', to: '2026-06-30' };
    const languagesMonth = await timed(5, () => computeLanguageComparison(db, options, lastMonth));
    const byLanguage = languages.result.languages.reduce((sum, language) => sum + language.responses, 0);
    if (byLanguage !== scores.result.responses) throw new Error(`${byLanguage} responses by language, not ${COUNT}`);
    const spanish = await timed(5, () => computeLocaleScores(db, options, RANGE, 'es'));
    const english = await timed(5, () => computeLocaleScores(db, options, RANGE, 'en'));
    if (spanish.result.responses + english.result.responses !== scores.result.responses) {
      throw new Error('the scores by language do not add up to every response');
    }
    const publicCsv = await publicScoresCsv(db, config);
    // 4 quarters × (the city and 30 departments) × 11 standards, and the header.
    if (publicCsv.result.trim().split('\r\n').length !== 4 * 31 * 11 + 1) throw new Error('the open data lacks rows');
    const sql = rawGroupBySql(config.catalogue);
    const raw = await timed(3, () => db.execute({ sql, args: [RANGE.from, RANGE.to] }));
    // The two must agree, or the comparison means nothing.
    config.catalogue.standards.forEach((standard, i) => {
      const n = raw.result.rows.reduce((sum, row) => sum + Number(row[`n${i}`]), 0);
      const favorable = raw.result.rows.reduce((sum, row) => sum + Number(row[`f${i}`]), 0);
      const fromApi = scores.result.standards[i];
      if (fromApi.n !== n || fromApi.favorable !== favorable) {
        throw new Error(`${standard.id}: rollups give ${fromApi.n}/${fromApi.favorable}, raw rows ${n}/${favorable}`);
      }
    });
    db.close();
    const label = `${COUNT.toLocaleString('en-US')} responses / 1 year`;
    return [
      {
        benchmark: `scores, ${label}, all standards + previous period (median of ${CALLS})`,
        value: scores.ms,
        unit: 'ms',
        baseline: 'plain GROUP BY over raw rows, json_extract (median of 3)',
        baselineValue: raw.ms,
      },
      {
        benchmark: `scores, ${label}, department + channel filter (median of ${CALLS})`,
        value: permits.ms,
        unit: 'ms',
        baseline: 'plain GROUP BY over raw rows, json_extract (median of 3)',
        baselineValue: raw.ms,
      },
      {
        benchmark: `trend by ISO week, ${label}, 11 standards × 53 weeks (median of ${CALLS})`,
        value: trend.ms,
        unit: 'ms',
        baseline: 'plain GROUP BY over raw rows, json_extract (median of 3)',
        baselineValue: raw.ms,
      },
      {
        benchmark: `department comparison, 30 departments × 11 standards, ${label} (median of ${CALLS})`,
        value: comparison.ms,
        unit: 'ms',
        baseline: 'the same counts summed from the day cube (median of 5)',
        baselineValue: dayCube.ms,
      },
      {
        benchmark: `department comparison, a year from mid-month to mid-month, ${label} (median of ${CALLS})`,
        value: ragged.ms,
        unit: 'ms',
        baseline: 'the same counts summed from the day cube (median of 5)',
        baselineValue: raggedDayCube.ms,
      },
      {
        benchmark: `languages compared (language cube), a year, ${label} (median of 5)`,
        value: languages.ms,
        unit: 'ms',
        baseline: `department comparison, a year (median of ${CALLS})`,
        baselineValue: comparison.ms,
      },
      {
        benchmark: `languages compared (language cube), the last 30 days, ${label} (median of 5)`,
        value: languagesMonth.ms,
        unit: 'ms',
        baseline: `department comparison, a year (median of ${CALLS})`,
        baselineValue: comparison.ms,
      },
      {
        benchmark: `scores in Spanish (locale=es, language cube), a year + previous period, ${label} (median of 5)`,
        value: spanish.ms,
        unit: 'ms',
        baseline: `scores, all responses (median of ${CALLS})`,
        baselineValue: scores.ms,
      },
      {
        benchmark: `scores in English (locale=en, totals less the rest), a year + previous period, ${label} (median of 5)`,
        value: english.ms,
        unit: 'ms',
        baseline: `scores, all responses (median of ${CALLS})`,
        baselineValue: scores.ms,
      },
      {
        benchmark: `open data: GET /api/v1/public/scores.csv, 4 fiscal quarters × 31 groups × 11 standards, ${label} (median of ${CALLS})`,
        value: publicCsv.ms,
        unit: 'ms',
        baseline: 'plain GROUP BY over raw rows, json_extract (median of 3)',
        baselineValue: raw.ms,
      },
      {
        benchmark: `comments, newest 50 of a year and the total, ${label} (median of ${CALLS})`,
        value: comments.ms,
        unit: 'ms',
        baseline: 'the same page sorted from the day index (median of 5)',
        baselineValue: sortedPage.ms,
      },
      {
        benchmark: `comments about one standard, unfavourable, newest 50 and the total, ${label} (median of ${CALLS})`,
        value: unfavourable.ms,
        unit: 'ms',
        baseline: 'the same page and total scored from the answers, json_extract (median of 5)',
        baselineValue: scoredPage.ms,
      },
      {
        benchmark: `comments about one standard, either tone, newest 50 and the total, ${label} (median of ${CALLS})`,
        value: bothTones.ms,
        unit: 'ms',
        baseline: 'the same page newest first through every commented row, by its tones (median of 5)',
        baselineValue: scannedTones.ms,
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

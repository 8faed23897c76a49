import type { InValue } from '@libsql/client';
import {
  contributionCounters,
  mergeAlphaCounters,
  responseContributions,
  type Catalogue,
  type StandardContribution,
  type StandardCounters,
  type Submission,
  type Survey,
} from '@mv-feedback/scoring';
import { CommentStandardSums, type CommentCounts } from './comment-standards.js';
import { cubeCells } from './cube-cells.js';
import { LanguageCubeSums, MAJORITY_LOCALE } from './language-cube.js';
import { mergedAlphaSql } from './merged-alpha-sql.js';
import { verifiedTwin } from '../schema/verified-twin.js';
import { PAUSE, SummedRows, chunked, placeholders, upsertSums, type FoldItem } from './sql-batches.js';

/** What the counters take of a stored response. */
export interface CountedResponse {
  id: string;
  survey: string;
  locale: string;
  department: string;
  channel: string;
  answers: Submission['answers'];
  /** It has a comment (the text itself is not needed to count it). */
  commented: boolean;
  /** As stored: ISO 8601 in UTC. */
  receivedAt: string;
  /** The city's day it counts on, as stored. */
  day: string;
  /** It answers an invitation: counted again in the verified twins. */
  verified: boolean;
}

// Keys within one batch are distinct after aggregation, so no two rows of one
// statement meet in ON CONFLICT; `excluded` is the row being inserted.
const upsertRollups = (rows: number) => `INSERT INTO daily_rollups
  (day, department, channel, survey, standard, n, favorable, sum_v, sum_v2, alpha)
  VALUES ${placeholders(rows, 10)}
  ON CONFLICT (day, department, channel, survey, standard) DO UPDATE SET
    n = daily_rollups.n + excluded.n,
    favorable = daily_rollups.favorable + excluded.favorable,
    sum_v = daily_rollups.sum_v + excluded.sum_v,
    sum_v2 = daily_rollups.sum_v2 + excluded.sum_v2,
    alpha = ${mergedAlphaSql('daily_rollups')}`;

const upsertCounts = upsertSums('daily_counts', ['day', 'department', 'channel', 'survey'], ['responses', 'comments']);
const ROLLUP_SUMS = ['n', 'favorable', 'sum_v', 'sum_v2'];
const CUBE_ROLLUP_KEY = ['department', 'channel', 'survey', 'day', 'standard'];
const upsertCubeRollups = upsertSums('rollup_cube', CUBE_ROLLUP_KEY, [
  ...ROLLUP_SUMS,
  'comments_favorable',
  'comments_unfavorable',
]);
// As releases before migration 14 wrote the day cube: its comment counts in statements of their own.
const upsertCubeRollupsOnly = upsertSums('rollup_cube', CUBE_ROLLUP_KEY, ROLLUP_SUMS);
const upsertCubeCounts = upsertSums(
  'count_cube',
  ['department', 'channel', 'day', 'survey'],
  ['responses', 'comments'],
);
const upsertMonthRollups = upsertSums(
  'month_rollup_cube',
  ['channel', 'survey', 'month', 'department', 'standard'],
  ROLLUP_SUMS,
);
const upsertMonthCounts = upsertSums(
  'month_count_cube',
  ['channel', 'survey', 'month', 'department'],
  ['responses', 'comments'],
);

/** A standard's counters in one group, and its commented responses' count, favourable and not. */
type SummedRollup = { key: string[]; counters: StandardCounters; comments: [number, number] };
type SummedCount = { key: string[]; responses: number; comments: number };
type Counted = { standard: string; counters: StandardCounters; favorable: boolean };

/**
 * How a fold an older release began writes the comments' counts, so that
 * its steps are cut as that release cut them (counter-fold.ts): filed by
 * standard too before migration 13, and counted in statements of their own
 * (into the comment cube's table, or the rollup cube that holds the counts
 * since migration 14) before migration 14.
 */
export interface OlderCommentCounts {
  fileComments: boolean;
  into: CommentCounts;
}

/**
 * The counters of stored responses, their verified twins included, added
 * up one response at a time: the daily rollups and counts, the day and
 * month cubes (the day cube with the comments per standard) and the language cube. Its
 * statements are multi-row upserts of one row per key with the counters
 * already summed; run them once per response, in one write transaction or
 * (a fold, counter-fold.ts) in steps cut at their pauses.
 *
 * @example
 * const sums = new CounterSums(catalogue);
 * for (const response of responses) sums.add(response);
 * await tx.batch(withoutPauses(sums.statements()));
 */
export class CounterSums {
  private readonly surveys: Map<string, Survey>;
  private readonly all: TableSums;
  private readonly verified: TableSums;

  /** `older`: the comments counted as a fold an older release began counts them. */
  constructor(
    private readonly catalogue: Catalogue,
    older?: OlderCommentCounts,
  ) {
    this.surveys = new Map(catalogue.surveys.map((s) => [s.id, s]));
    this.all = new TableSums(older);
    this.verified = new TableSums(older);
  }

  add(response: CountedResponse): void {
    const survey = this.surveys.get(response.survey);
    if (!survey) throw new Error(`unknown survey "${response.survey}"`);
    const contributions = responseContributions(this.catalogue, survey, response.answers);
    const counted = contributions.map((contribution): Counted => ({
      standard: contribution.standard,
      counters: contributionCounters(contribution),
      favorable: contribution.favorable,
    }));
    this.all.add(response, survey, contributions, counted);
    if (response.verified) this.verified.add(response, survey, contributions, counted);
  }

  *statements(): Generator<FoldItem> {
    yield* this.all.statements();
    yield PAUSE;
    for (const item of this.verified.statements())
      yield item === PAUSE ? item : { sql: verifiedTwin(item.sql), args: item.args };
  }
}

/** One set of counter tables: all responses, or the verified ones for the twins. */
class TableSums {
  // By group, then by standard: no key string per contribution.
  private readonly rollups = new Map<string, Map<string, SummedRollup>>();
  private readonly counts = new Map<string, SummedCount>();
  /** The comments' counts in statements of their own, as an older release wrote them; null: in the rollup cube's upserts. */
  private readonly comments: CommentStandardSums | null;
  private readonly languages = new LanguageCubeSums();

  constructor(older: OlderCommentCounts | undefined) {
    this.comments = older ? new CommentStandardSums(older.fileComments, older.into) : null;
  }

  add(
    response: CountedResponse,
    survey: Survey,
    contributions: readonly StandardContribution[],
    counted: readonly Counted[],
  ): void {
    const { receivedAt, day, department, channel, commented } = response;
    const groupKey = `${day}\u0000${department}\u0000${channel}\u0000${response.survey}`;
    let count = this.counts.get(groupKey);
    if (count === undefined) {
      count = { key: [day, department, channel, response.survey], responses: 0, comments: 0 };
      this.counts.set(groupKey, count);
    }
    count.responses += 1;
    if (commented) {
      count.comments += 1;
      this.comments?.add({ id: response.id, receivedAt, day, department, channel, survey }, contributions);
    }
    let byStandard = this.rollups.get(groupKey);
    if (byStandard === undefined) this.rollups.set(groupKey, (byStandard = new Map<string, SummedRollup>()));
    for (const { standard, counters, favorable } of counted) {
      let rollup = byStandard.get(standard);
      if (rollup === undefined) {
        rollup = { key: [...count.key, standard], counters: { ...counters }, comments: [0, 0] };
        byStandard.set(standard, rollup);
      } else addCounters(rollup.counters, counters);
      if (commented) rollup.comments[favorable ? 0 : 1] += 1;
    }
    if (response.locale !== MAJORITY_LOCALE) {
      this.languages.add({
        locale: response.locale,
        day,
        department,
        channel,
        survey: response.survey,
        commented,
        counters: counted,
      });
    }
  }

  /** Rollups and counts, then each cube: a pause after each spread, the few milliseconds of work a fold's step may hold. */
  *statements(): Generator<FoldItem> {
    const summed: SummedRollup[] = [];
    for (const byStandard of this.rollups.values()) for (const rollup of byStandard.values()) summed.push(rollup);
    yield* chunked(
      summed.map(({ key, counters }): InValue[] => [
        ...key,
        counters.n,
        counters.favorable,
        counters.sumV,
        counters.sumV2,
        counters.alpha ? JSON.stringify(counters.alpha) : null,
      ]),
      upsertRollups,
    );
    yield* chunked(
      [...this.counts.values()].map(({ key, responses, comments }): InValue[] => [...key, responses, comments]),
      upsertCounts,
    );
    yield PAUSE;
    const withComments = this.comments === null;
    const days = cubeRows(
      summed,
      this.counts.values(),
      (d, c, s, day, standard) => [d, c, s, day, standard],
      (d, c, s, day) => [d, c, day, s],
      withComments,
    );
    yield* chunked(days.rollups, withComments ? upsertCubeRollups : upsertCubeRollupsOnly);
    yield* chunked(days.counts, upsertCubeCounts);
    yield PAUSE;
    const months = cubeRows(
      summed,
      this.counts.values(),
      (d, c, s, day, standard) => [c, s, day.slice(0, 7), d, standard],
      (d, c, s, day) => [c, s, day.slice(0, 7), d],
      false,
    );
    yield* chunked(months.rollups, upsertMonthRollups);
    yield* chunked(months.counts, upsertMonthCounts);
    yield PAUSE;
    if (this.comments) {
      yield* this.comments.statements();
      yield PAUSE;
    }
    yield* this.languages.statements();
  }
}

/** Adds `more` to `sums` in place: a fold merges thousands of contributions, and a new object for each merge was garbage to collect. */
function addCounters(sums: StandardCounters, more: StandardCounters): void {
  sums.n += more.n;
  sums.favorable += more.favorable;
  sums.sumV += more.sumV;
  sums.sumV2 += more.sumV2;
  sums.alpha = mergeAlphaCounters(sums.alpha, more.alpha);
}

/**
 * The rollups and counts summed into the 8 cells of a cube, the day cubes
 * (migration 2, kept by the writer since migration 6) or the month cubes
 * (migration 3), whose keys `rollupCell` and `countCell` lay out: one row
 * per distinct cell, however many responses share it. `withComments`: each
 * rollup row also with its comments, favourable and not (the day cube since
 * migration 14).
 */
function cubeRows(
  rollups: Iterable<SummedRollup>,
  counts: Iterable<SummedCount>,
  rollupCell: (department: string, channel: string, survey: string, day: string, standard: string) => InValue[],
  countCell: (department: string, channel: string, survey: string, day: string) => InValue[],
  withComments: boolean,
): { rollups: InValue[][]; counts: InValue[][] } {
  const summedRollups = new SummedRows();
  for (const { key, counters, comments } of rollups) {
    const [day, department, channel, survey, standard] = key as [string, string, string, string, string];
    const sums = [counters.n, counters.favorable, counters.sumV, counters.sumV2];
    if (withComments) sums.push(...comments);
    for (const [d, c, s] of cubeCells(department, channel, survey))
      summedRollups.add(rollupCell(d, c, s, day, standard), sums);
  }
  const summedCounts = new SummedRows();
  for (const { key, responses, comments } of counts) {
    const [day, department, channel, survey] = key as [string, string, string, string];
    for (const [d, c, s] of cubeCells(department, channel, survey))
      summedCounts.add(countCell(d, c, s, day), [responses, comments]);
  }
  return { rollups: summedRollups.values(), counts: summedCounts.values() };
}

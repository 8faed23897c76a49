import type { InStatement, InValue } from '@libsql/client';
import {
  contributionCounters,
  mergeAlphaCounters,
  responseContributions,
  cityDay,
  type Catalogue,
  type StandardCounters,
  type Submission,
} from '@mv-feedback/scoring';
import { commentStandardStatements, type CommentedResponse } from './comment-standards.js';
import { cubeCells } from './cube-cells.js';
import { MAJORITY_LOCALE, languageCubeStatements, type LanguageCubeEntry } from './language-cube.js';
import { mergedAlphaSql } from './merged-alpha-sql.js';
import { verifiedTwin } from '../schema/verified-twin.js';
import { SummedRows, chunked, placeholders, upsertSums, type SqlStatement } from './sql-batches.js';

/** A validated submission ready to store. */
export interface StoredResponseInput {
  submission: Submission;
  receivedAt: Date;
  contentHash: string;
  /** The invitation it answers (its token's signature), checked already: the response is verified. */
  invitation?: string | undefined;
}

export interface ResponseStoreOptions {
  catalogue: Catalogue;
  /** IANA zone that decides the `day` a response counts on. */
  timezone: string;
}

const insertResponses = (rows: number) =>
  `INSERT INTO responses
  (id, received_at, day, survey, locale, department, channel, interaction, page, answers, comment, content_hash)
  VALUES ${placeholders(rows, 12)}`;
const insertUsedInvitations = (rows: number) =>
  `INSERT INTO used_invitations (invitation, response_id) VALUES ${placeholders(rows, 2)}`;

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
const upsertCubeRollups = upsertSums(
  'rollup_cube',
  ['department', 'channel', 'survey', 'day', 'standard'],
  ['n', 'favorable', 'sum_v', 'sum_v2'],
);
const upsertCubeCounts = upsertSums(
  'count_cube',
  ['department', 'channel', 'day', 'survey'],
  ['responses', 'comments'],
);
const upsertMonthRollups = upsertSums(
  'month_rollup_cube',
  ['channel', 'survey', 'month', 'department', 'standard'],
  ['n', 'favorable', 'sum_v', 'sum_v2'],
);
const upsertMonthCounts = upsertSums(
  'month_count_cube',
  ['channel', 'survey', 'month', 'department'],
  ['responses', 'comments'],
);

/**
 * The statements that store a batch of new responses and add them to the
 * daily rollups and counts, the day and month cubes, the comments by standard and the language cube:
 * multi-row INSERTs of the responses, then multi-row upserts of one row per
 * key with the batch's counters already summed. A verified response (one
 * answering an invitation) also marks its invitation used and is counted
 * again in the verified twins of those tables.
 * Run them in one write transaction; ids and invitations must be new (check first).
 * The ingest writer counts later instead (responseRowStatements, counter-fold.ts).
 *
 * @example
 * await db.batch(responseWriteStatements([{ submission, receivedAt: new Date(), contentHash: contentHash(submission) }],
 *   { catalogue, timezone: 'America/Los_Angeles' }), 'write');
 */
export function responseWriteStatements(
  items: readonly StoredResponseInput[],
  options: ResponseStoreOptions,
): InStatement[] {
  return [
    ...responseRowStatements(items, options),
    ...counterWriteStatements(
      items.map((item) => countedResponse(item, options.timezone)),
      options,
    ),
  ];
}

/** The rows of a batch of new responses and their used invitations, without their counters. */
export function responseRowStatements(
  items: readonly StoredResponseInput[],
  options: ResponseStoreOptions,
): InStatement[] {
  const rows = items.map(({ submission, receivedAt, contentHash }): InValue[] => [
    submission.id,
    receivedAt.toISOString(),
    cityDay(receivedAt, options.timezone),
    submission.survey,
    submission.locale,
    submission.context.department ?? '',
    submission.context.channel ?? '',
    submission.context.interaction ?? null,
    submission.context.page ?? null,
    JSON.stringify(submission.answers),
    submission.comment ?? null,
    contentHash,
  ]);
  return [
    ...chunked(rows, insertResponses),
    // After the rows: a trigger of migration 4 marks each one verified.
    ...chunked(
      items.flatMap(({ invitation, submission }) => (invitation === undefined ? [] : [[invitation, submission.id]])),
      insertUsedInvitations,
    ),
  ];
}

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

const countedResponse = (
  { submission, receivedAt, invitation }: StoredResponseInput,
  timezone: string,
): CountedResponse => ({
  id: submission.id,
  survey: submission.survey,
  locale: submission.locale,
  department: submission.context.department ?? '',
  channel: submission.context.channel ?? '',
  answers: submission.answers,
  commented: (submission.comment ?? null) !== null,
  receivedAt: receivedAt.toISOString(),
  day: cityDay(receivedAt, timezone),
  verified: invitation !== undefined,
});

/** The counters of stored responses, their verified twins included: run in one write transaction, once per response. */
export function counterWriteStatements(
  items: readonly CountedResponse[],
  options: Pick<ResponseStoreOptions, 'catalogue'>,
): SqlStatement[] {
  return [
    ...counterStatements(items, options),
    ...counterStatements(
      items.filter((item) => item.verified),
      options,
    ).map(({ sql, args }) => ({ sql: verifiedTwin(sql), args })),
  ];
}

type SummedRollup = { key: string[]; counters: StandardCounters };

/** The counters of a batch of responses: rollups, counts, day and month cubes, comments by standard, the language cube. */
function counterStatements(
  items: readonly CountedResponse[],
  options: Pick<ResponseStoreOptions, 'catalogue'>,
): SqlStatement[] {
  const surveys = new Map(options.catalogue.surveys.map((s) => [s.id, s]));
  // By group, then by standard: no key string per contribution.
  const rollups = new Map<string, Map<string, SummedRollup>>();
  const counts = new Map<string, { key: string[]; responses: number; comments: number }>();
  const commented: CommentedResponse[] = [];
  const languages: LanguageCubeEntry[] = [];
  for (const response of items) {
    const { receivedAt, day, department, channel, commented: hasComment } = response;
    const survey = surveys.get(response.survey);
    if (!survey) throw new Error(`unknown survey "${response.survey}"`);
    const groupKey = `${day}\u0000${department}\u0000${channel}\u0000${response.survey}`;
    let count = counts.get(groupKey);
    if (count === undefined) {
      count = { key: [day, department, channel, response.survey], responses: 0, comments: 0 };
      counts.set(groupKey, count);
    }
    count.responses += 1;
    if (hasComment) count.comments += 1;
    const contributions = responseContributions(options.catalogue, survey, response.answers);
    if (hasComment) {
      const { id, answers } = response;
      commented.push({ id, receivedAt, day, department, channel, survey, answers, contributions });
    }
    const counted = contributions.map((contribution) => ({
      standard: contribution.standard,
      counters: contributionCounters(contribution),
    }));
    let byStandard = rollups.get(groupKey);
    if (byStandard === undefined) rollups.set(groupKey, (byStandard = new Map<string, SummedRollup>()));
    for (const { standard, counters } of counted) {
      const rollup = byStandard.get(standard);
      if (rollup === undefined) byStandard.set(standard, { key: [...count.key, standard], counters: { ...counters } });
      else addCounters(rollup.counters, counters);
    }
    if (response.locale !== MAJORITY_LOCALE) {
      const { locale } = response;
      languages.push({
        locale,
        day,
        department,
        channel,
        survey: response.survey,
        commented: hasComment,
        counters: counted,
      });
    }
  }
  const summed = [...rollups.values()].flatMap((byStandard) => [...byStandard.values()]);
  const rollupRows = summed.map(({ key, counters }): InValue[] => [
    ...key,
    counters.n,
    counters.favorable,
    counters.sumV,
    counters.sumV2,
    counters.alpha ? JSON.stringify(counters.alpha) : null,
  ]);
  const countRows = [...counts.values()].map(({ key, responses, comments }): InValue[] => [
    ...key,
    responses,
    comments,
  ]);
  const cubes = cubeRows(summed, counts.values());
  return [
    ...chunked(rollupRows, upsertRollups),
    ...chunked(countRows, upsertCounts),
    ...chunked(cubes.days.rollups, upsertCubeRollups),
    ...chunked(cubes.days.counts, upsertCubeCounts),
    ...chunked(cubes.months.rollups, upsertMonthRollups),
    ...chunked(cubes.months.counts, upsertMonthCounts),
    ...commentStandardStatements(options.catalogue, commented),
    ...languageCubeStatements(languages),
  ];
}

/** Adds `more` to `sums` in place: a fold merges thousands of contributions, and a new object for each merge was garbage to collect. */
function addCounters(sums: StandardCounters, more: StandardCounters): void {
  sums.n += more.n;
  sums.favorable += more.favorable;
  sums.sumV += more.sumV;
  sums.sumV2 += more.sumV2;
  sums.alpha = mergeAlphaCounters(sums.alpha, more.alpha);
}

type CubeRows = { rollups: InValue[][]; counts: InValue[][] };

/**
 * The batch's rollups and counts summed into the 8 cells of the day cubes
 * (migration 2, kept by the writer since migration 6) and of the month cubes
 * (migration 3): one row per distinct cell, however many responses share it.
 */
function cubeRows(
  rollups: Iterable<{ key: string[]; counters: StandardCounters }>,
  counts: Iterable<{ key: string[]; responses: number; comments: number }>,
): { days: CubeRows; months: CubeRows } {
  const dayRollups = new SummedRows();
  const monthRollups = new SummedRows();
  for (const { key, counters } of rollups) {
    const [day, department, channel, survey, standard] = key as [string, string, string, string, string];
    const sums = [counters.n, counters.favorable, counters.sumV, counters.sumV2];
    for (const [d, c, s] of cubeCells(department, channel, survey)) {
      dayRollups.add([d, c, s, day, standard], sums);
      monthRollups.add([c, s, day.slice(0, 7), d, standard], sums);
    }
  }
  const dayCounts = new SummedRows();
  const monthCounts = new SummedRows();
  for (const { key, responses, comments } of counts) {
    const [day, department, channel, survey] = key as [string, string, string, string];
    for (const [d, c, s] of cubeCells(department, channel, survey)) {
      dayCounts.add([d, c, day, s], [responses, comments]);
      monthCounts.add([c, s, day.slice(0, 7), d], [responses, comments]);
    }
  }
  return {
    days: { rollups: dayRollups.values(), counts: dayCounts.values() },
    months: { rollups: monthRollups.values(), counts: monthCounts.values() },
  };
}

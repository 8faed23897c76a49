import type { InStatement, InValue } from '@libsql/client';
import {
  contributionCounters,
  emptyCounters,
  mergeCounters,
  responseContributions,
  cityDay,
  type Catalogue,
  type StandardCounters,
  type Submission,
} from '@mv-feedback/scoring';

/** A validated submission ready to store. */
export interface StoredResponseInput {
  submission: Submission;
  receivedAt: Date;
  contentHash: string;
}

export interface ResponseStoreOptions {
  catalogue: Catalogue;
  /** IANA zone that decides the `day` a response counts on. */
  timezone: string;
}

/**
 * Rows per statement. @libsql/client prepares every statement afresh, and each
 * rollup upsert also compiles the cube triggers of migration 2, so one
 * multi-row statement per chunk costs a fraction of one statement per row
 * (12 × 200 parameters stay far below SQLite's limit of 32,766).
 */
const ROWS_PER_STATEMENT = 200;

const placeholders = (rows: number, columns: number) =>
  Array.from({ length: rows }, () => `(${Array(columns).fill('?').join(', ')})`).join(', ');

/** One statement per chunk of rows; `sql(n)` writes the statement for n rows. */
const chunked = (rows: readonly InValue[][], sql: (rows: number) => string): InStatement[] => {
  const statements: InStatement[] = [];
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(i, i + ROWS_PER_STATEMENT);
    statements.push({ sql: sql(chunk.length), args: chunk.flat() });
  }
  return statements;
};

const insertResponses = (rows: number) =>
  `INSERT INTO responses
  (id, received_at, day, survey, locale, department, channel, interaction, page, answers, comment, content_hash)
  VALUES ${placeholders(rows, 12)}`;

// Element-wise sum of two JSON number arrays of equal length, in index order.
const sumArrays = (field: string) =>
  `(SELECT json_group_array(a.value + b.value ORDER BY a.key)
     FROM json_each(daily_rollups.alpha, '$.${field}') AS a
     JOIN json_each(excluded.alpha, '$.${field}') AS b ON a.key = b.key)`;

// The SQL twin of scoring's mergeCounters for α: sums while both sides share
// the same item set, null as soon as either side has none or they differ.
const MERGED_ALPHA = `CASE
  WHEN daily_rollups.alpha IS NULL OR excluded.alpha IS NULL
    OR json_extract(daily_rollups.alpha, '$.items') IS NOT json_extract(excluded.alpha, '$.items') THEN NULL
  ELSE json_object(
    'items', json(json_extract(daily_rollups.alpha, '$.items')),
    'complete', json_extract(daily_rollups.alpha, '$.complete') + json_extract(excluded.alpha, '$.complete'),
    'itemSums', json(${sumArrays('itemSums')}),
    'itemSquares', json(${sumArrays('itemSquares')}),
    'totalSum', json_extract(daily_rollups.alpha, '$.totalSum') + json_extract(excluded.alpha, '$.totalSum'),
    'totalSquares', json_extract(daily_rollups.alpha, '$.totalSquares') + json_extract(excluded.alpha, '$.totalSquares'))
  END`;

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
    alpha = ${MERGED_ALPHA}`;

const upsertCounts = (rows: number) => `INSERT INTO daily_counts (day, department, channel, survey, responses, comments)
  VALUES ${placeholders(rows, 6)}
  ON CONFLICT (day, department, channel, survey) DO UPDATE SET
    responses = daily_counts.responses + excluded.responses,
    comments = daily_counts.comments + excluded.comments`;

/**
 * The statements that store a batch of new responses and add them to the
 * daily rollups and counts: multi-row INSERTs of the responses, then multi-row upserts of one row per
 * (day, department, channel, survey[, standard]) with the batch's counters
 * already summed.
 * Run them in one write transaction; ids must be new (check first).
 *
 * @example
 * await db.batch(responseWriteStatements([{ submission, receivedAt: new Date(), contentHash: contentHash(submission) }],
 *   { catalogue, timezone: 'America/Los_Angeles' }), 'write');
 */
export function responseWriteStatements(
  items: readonly StoredResponseInput[],
  options: ResponseStoreOptions,
): InStatement[] {
  const surveys = new Map(options.catalogue.surveys.map((s) => [s.id, s]));
  const rollups = new Map<string, { key: string[]; counters: StandardCounters }>();
  const counts = new Map<string, { key: string[]; responses: number; comments: number }>();
  const rows: InValue[][] = [];
  for (const { submission, receivedAt, contentHash } of items) {
    const survey = surveys.get(submission.survey);
    if (!survey) throw new Error(`unknown survey "${submission.survey}"`);
    const day = cityDay(receivedAt, options.timezone);
    const department = submission.context.department ?? '';
    const channel = submission.context.channel ?? '';
    const comment = submission.comment ?? null;
    rows.push([
      submission.id,
      receivedAt.toISOString(),
      day,
      submission.survey,
      submission.locale,
      department,
      channel,
      submission.context.interaction ?? null,
      submission.context.page ?? null,
      JSON.stringify(submission.answers),
      comment,
      contentHash,
    ]);
    const group = [day, department, channel, submission.survey];
    const groupKey = group.join('\u0000');
    const count = counts.get(groupKey) ?? { key: group, responses: 0, comments: 0 };
    count.responses += 1;
    if (comment !== null) count.comments += 1;
    counts.set(groupKey, count);
    for (const contribution of responseContributions(survey, submission.answers)) {
      const rollupKey = `${groupKey}\u0000${contribution.standard}`;
      const rollup = rollups.get(rollupKey) ?? { key: [...group, contribution.standard], counters: emptyCounters() };
      rollup.counters = mergeCounters(rollup.counters, contributionCounters(contribution));
      rollups.set(rollupKey, rollup);
    }
  }
  const rollupRows = [...rollups.values()].map(({ key, counters }): InValue[] => [
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
  return [
    ...chunked(rows, insertResponses),
    ...chunked(rollupRows, upsertRollups),
    ...chunked(countRows, upsertCounts),
  ];
}

import type { InStatement, InValue } from '@libsql/client';
import { cityDay, type Catalogue, type Submission } from '@mv-feedback/scoring';
import { commentTones } from './comment-tones.js';
import { CounterSums, type CountedResponse } from './counter-sums.js';
import { chunked, placeholders, withoutPauses, type SqlStatement } from './sql-batches.js';

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
  (id, received_at, day, survey, locale, department, channel, interaction, page, answers, comment, content_hash, tones)
  VALUES ${placeholders(rows, 13)}`;
const insertUsedInvitations = (rows: number) =>
  `INSERT INTO used_invitations (invitation, response_id) VALUES ${placeholders(rows, 2)}`;

/**
 * The statements that store a batch of new responses and add them to the
 * daily rollups and counts, the day and month cubes, the comment cube and the language cube:
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

/**
 * The rows of a batch of new responses and their used invitations, without
 * their counters. A commented response's row has its tones (comment-tones.ts).
 */
export function responseRowStatements(
  items: readonly StoredResponseInput[],
  options: ResponseStoreOptions,
): InStatement[] {
  const surveys = new Map(options.catalogue.surveys.map((s) => [s.id, s]));
  const tones = (submission: Submission): string | null => {
    const survey = surveys.get(submission.survey);
    return (submission.comment ?? null) === null || !survey
      ? null
      : commentTones(options.catalogue, survey, submission.answers);
  };
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
    tones(submission),
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

/** What the counters take of a new response (CounterSums). */
export const countedResponse = (
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

/** The counters of stored responses, their verified twins included (CounterSums). */
function counterWriteStatements(
  items: readonly CountedResponse[],
  options: Pick<ResponseStoreOptions, 'catalogue'>,
): SqlStatement[] {
  const sums = new CounterSums(options.catalogue);
  for (const item of items) sums.add(item);
  return withoutPauses(sums.statements());
}

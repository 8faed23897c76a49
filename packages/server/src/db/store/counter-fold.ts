import { randomUUID } from 'node:crypto';
import type { WriteConnection, WriteTransaction } from '../connection/write-connection.js';
import { CounterSums, type CountedResponse, type OlderCommentCounts } from './counter-sums.js';
import type { ResponseStoreOptions } from './response-store.js';
import { PAUSE, chunked, placeholders, type FoldItem, type SqlStatement } from './sql-batches.js';

/** Most responses one fold takes: enough that their cells mostly collapse; its sums stay in memory until its last step. */
export const FOLD_LIMIT = 2_000;

/**
 * Most statement arguments one step of a fold writes: about 500 upserted
 * rows, a few milliseconds of the write lock, which a response's commit
 * may wait for (docs/design.md, "The HTTP API").
 */
export const STEP_ARGUMENTS = 4_096;

/** Responses a step of a fold reads back and adds up: about as long as a step of upserts. */
export const READ_CHUNK = 250;

const insertBacklog = (rows: number) => `INSERT INTO counter_backlog (id) VALUES ${placeholders(rows, 1)}`;

/** The statements that put new responses in the backlog (migration 9): run them with the responses' rows. */
export const backlogStatements = (ids: readonly string[]): SqlStatement[] =>
  chunked(
    ids.map((id) => [id]),
    insertBacklog,
  );

/** What one step did: nothing to fold; a step of a fold with more to come; a fold's last step, with how many responses it counted. */
export type FoldStep = { state: 'idle' } | { state: 'folding' } | { state: 'folded'; responses: number };

/** A step's statements, and whether it is the fold's last. */
interface CutStep {
  statements: SqlStatement[];
  last: boolean;
}

/** A fold under way in this process: how far its responses are added up, and its statements cut into steps so far. */
interface FoldPlan {
  fold: string;
  /** The last backlog number it covers. */
  upto: number;
  stepArguments: number;
  /** Its steps also end at the sums' pauses: not so in a fold read in one step, or one an older release began (migration 12). */
  cutAtPauses: boolean;
  /** The backlog number its responses are read up to. */
  readTo: number;
  responses: number;
  sums: CounterSums;
  /** Its statements, once every response is added up. */
  items: Iterator<FoldItem> | null;
  /** A statement pulled that did not fit in the step before. */
  held: SqlStatement | null;
  /** Steps cut so far; the last one kept until a step records it done. */
  cut: number;
  lastCut: CutStep | null;
}

export interface CounterFolder {
  /**
   * In the open write transaction: the next step of the fold under way
   * (whichever process began it), or the first of a new fold of up to
   * `limit` responses of the backlog. Commit unless it says `idle`.
   */
  step(tx: WriteTransaction): Promise<FoldStep>;
}

/**
 * Folds the backlog into every counter (migration 11) in steps, each a
 * transaction of its own of a few milliseconds, so a response's commit
 * never waits long behind a fold. A fold takes the oldest responses of the
 * backlog and is recorded in `counter_fold`; its first steps read them back
 * from `responses` (so whichever process stored them, and whether or not it
 * lived on, they are counted once), READ_CHUNK at a time, and add them up
 * (CounterSums). The next ones write the summed upserts, at most
 * STEP_ARGUMENTS of arguments each and ending where the sums pause for a
 * cube's spread, and record how many are done; the last one also takes the
 * fold's responses out of the backlog. Where steps end depends only on the
 * responses, in backlog order: after a crash, or with a fold another process
 * began, the sums are worked out again and cut into the same steps, and the
 * fold goes on from the step recorded. Each process that folds keeps one
 * folder.
 *
 * @example
 * const folder = counterFolder({ catalogue });
 * while ((await stepInTransaction(connection, folder)).state !== 'idle');
 */
export function counterFolder(
  options: Pick<ResponseStoreOptions, 'catalogue'>,
  limit = FOLD_LIMIT,
  stepArguments = STEP_ARGUMENTS,
): CounterFolder {
  let plan: FoldPlan | null = null;

  /** `older`: a fold an older release began, which counts comments as it did (migrations 13 and 14). */
  const newPlan = (
    fold: string,
    upto: number,
    most: number,
    cutAtPauses: boolean,
    older?: OlderCommentCounts,
  ): FoldPlan => ({
    fold,
    upto,
    stepArguments: most,
    cutAtPauses,
    readTo: Number.MIN_SAFE_INTEGER,
    responses: 0,
    sums: new CounterSums(options.catalogue, older),
    items: null,
    held: null,
    cut: 0,
    lastCut: null,
  });

  /** Reads the fold's next READ_CHUNK responses, in backlog order, and adds them up. */
  async function readChunk(tx: WriteTransaction, fold: FoldPlan): Promise<void> {
    const rows = await tx.query({
      sql: `SELECT b.seq, r.id, r.received_at, r.day, r.survey, r.locale, r.department, r.channel, r.answers,
          r.comment IS NOT NULL, r.verified
        FROM counter_backlog b JOIN responses r ON r.id = b.id WHERE b.seq > ? AND b.seq <= ? ORDER BY b.seq LIMIT ?`,
      args: [fold.readTo, fold.upto, READ_CHUNK],
    });
    for (const [, id, receivedAt, day, survey, locale, department, channel, answers, commented, verified] of rows) {
      fold.sums.add({
        id: String(id),
        receivedAt: String(receivedAt),
        day: String(day),
        survey: String(survey),
        locale: String(locale),
        department: String(department),
        channel: String(channel),
        answers: JSON.parse(String(answers)) as CountedResponse['answers'],
        commented: Number(commented) === 1,
        verified: Number(verified) === 1,
      });
    }
    fold.responses += rows.length;
    // Fewer rows than asked for: the scan reached `upto` (a response purged since has no row to join).
    fold.readTo = rows.length < READ_CHUNK ? fold.upto : Number(rows[rows.length - 1]![0]);
    if (fold.readTo === fold.upto) fold.items = fold.sums.statements();
  }

  return {
    async step(tx) {
      const [current] = await tx.query(
        'SELECT fold, upto, step_arguments, steps_done, cut_at_pauses, files_comments, comment_cube FROM counter_fold',
      );
      let done = 0;
      let firstRead = false;
      if (current) {
        const [fold, upto, most, stepsDone, cutAtPauses, filesComments, commentCube] = current;
        done = Number(stepsDone);
        // Another process's fold, or this one's with a step lost: add it up again from the start.
        if (plan?.fold !== String(fold) || done < plan.cut - 1)
          plan = newPlan(
            String(fold),
            Number(upto),
            Number(most),
            Number(cutAtPauses) === 1,
            Number(commentCube) === 1 ? { fileComments: Number(filesComments) === 1, into: 'rollup_cube' } : undefined,
          );
      } else {
        const [[upto, backlog] = [null, 0]] = await tx.query({
          sql: 'SELECT max(seq), count(*) FROM (SELECT seq FROM counter_backlog ORDER BY seq LIMIT ?)',
          args: [limit],
        });
        if (upto === null) {
          plan = null;
          return { state: 'idle' };
        }
        // A fold read in one go has small spreads: cut by size alone, its few statements take one or two steps.
        plan = newPlan(randomUUID(), Number(upto), stepArguments, Number(backlog) > READ_CHUNK);
        await tx.run([
          {
            sql: `INSERT INTO counter_fold
                (one, fold, upto, step_arguments, steps_done, cut_at_pauses, files_comments, comment_cube)
              VALUES (1, ?, ?, ?, 0, ?, 0, 0)`,
            args: [plan.fold, plan.upto, plan.stepArguments, plan.cutAtPauses ? 1 : 0],
          },
        ]);
        firstRead = true;
      }
      if (plan.items === null) {
        await readChunk(tx, plan);
        // A fold read in one go (a quiet backlog's) is written in the same step.
        if (plan.items === null || !firstRead) return { state: 'folding' };
      }
      while (plan.cut < done) cutStep(plan);
      const step = plan.cut === done + 1 && plan.lastCut !== null ? plan.lastCut : cutStep(plan);
      const record: SqlStatement[] = step.last
        ? [
            { sql: 'DELETE FROM counter_backlog WHERE seq <= ?', args: [plan.upto] },
            { sql: 'DELETE FROM counter_fold', args: [] },
          ]
        : [{ sql: 'UPDATE counter_fold SET steps_done = ?', args: [done + 1] }];
      await tx.run([...step.statements, ...record]);
      if (!step.last) return { state: 'folding' };
      const { responses } = plan;
      plan = null;
      return { state: 'folded', responses };
    },
  };
}

/**
 * The fold's next step: its statements up to `stepArguments` of arguments
 * (a longer statement alone), ending early where the sums pause after one
 * piece of work, so the next piece starts a step of its own. The pauses
 * aside, the statements come in the order an older release cut by size
 * alone, so a fold it left half done is finished as it began.
 */
function cutStep(plan: FoldPlan): CutStep {
  const items = plan.items!;
  const statements: SqlStatement[] = [];
  let size = 0;
  const cut = (last: boolean): CutStep => {
    plan.cut += 1;
    plan.lastCut = { statements, last };
    return plan.lastCut;
  };
  if (plan.held) {
    statements.push(plan.held);
    size = plan.held.args.length;
    plan.held = null;
  }
  for (;;) {
    const next = items.next();
    if (next.done === true) return cut(true);
    const item = next.value;
    if (item === PAUSE) {
      if (plan.cutAtPauses && statements.length > 0) return cut(false);
    } else if (statements.length > 0 && size + item.args.length > plan.stepArguments) {
      plan.held = item;
      return cut(false);
    } else {
      statements.push(item);
      size += item.args.length;
    }
  }
}

/**
 * One step of `folder` in a write transaction of `connection` of its own,
 * committed unless there was nothing to fold.
 *
 * @example
 * while ((await stepInTransaction(connection, folder)).state !== 'idle');
 */
export async function stepInTransaction(connection: WriteConnection, folder: CounterFolder): Promise<FoldStep> {
  const tx = await connection.transaction();
  try {
    const step = await folder.step(tx);
    if (step.state !== 'idle') await tx.commit();
    return step;
  } finally {
    tx.close();
  }
}

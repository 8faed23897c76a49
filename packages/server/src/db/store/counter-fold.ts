import { randomUUID } from 'node:crypto';
import type { WriteConnection, WriteTransaction } from '../connection/write-connection.js';
import { counterWriteStatements, type CountedResponse, type ResponseStoreOptions } from './response-store.js';
import { chunked, placeholders, type SqlStatement } from './sql-batches.js';

/** Most responses one fold takes: enough that a batch's cells mostly collapse, few enough to plan it in milliseconds. */
export const FOLD_LIMIT = 2_000;

/**
 * Most statement arguments one step of a fold writes: about 500 upserted
 * rows, a few milliseconds of the write lock, which a response's commit
 * may wait for (docs/design.md, "The HTTP API").
 */
export const STEP_ARGUMENTS = 4_096;

const insertBacklog = (rows: number) => `INSERT INTO counter_backlog (id) VALUES ${placeholders(rows, 1)}`;

/** The statements that put new responses in the backlog (migration 9): run them with the responses' rows. */
export const backlogStatements = (ids: readonly string[]): SqlStatement[] =>
  chunked(
    ids.map((id) => [id]),
    insertBacklog,
  );

/** What one step did: nothing to fold; a step of a fold with more to come; a fold's last step, with how many responses it counted. */
export type FoldStep = { state: 'idle' } | { state: 'folding' } | { state: 'folded'; responses: number };

/** A fold worked out: its name, the last backlog number it covers, its upserts in steps of at most `stepArguments`. */
interface FoldPlan {
  fold: string;
  upto: number;
  stepArguments: number;
  steps: SqlStatement[][];
  responses: number;
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
 * Folds the backlog into every counter (migration 11): a fold takes the
 * oldest responses of the backlog, reads them back from `responses` (so
 * whichever process stored them, and whether or not it lived on, they are
 * counted once), sums their upserts per cell and splits them into steps of
 * at most STEP_ARGUMENTS. Each step is a transaction of its own that
 * records in `counter_fold` how many are done; the last one also takes the
 * fold's responses out of the backlog. Responses commit between steps, so
 * none waits for a whole fold. After a crash, or with a fold another
 * process began, the plan is worked out again from the same rows in the
 * same order (so the same steps) and goes on from the step recorded.
 * Each process that folds keeps one folder.
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

  async function planFold(tx: WriteTransaction, fold: string, upto: number, most: number): Promise<FoldPlan> {
    const rows = await tx.query({
      sql: `SELECT r.id, r.received_at, r.day, r.survey, r.locale, r.department, r.channel, r.answers, r.comment IS NOT NULL, r.verified
        FROM counter_backlog b JOIN responses r ON r.id = b.id WHERE b.seq <= ? ORDER BY b.seq`,
      args: [upto],
    });
    const counted = rows.map(
      ([id, receivedAt, day, survey, locale, department, channel, answers, commented, verified]): CountedResponse => ({
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
      }),
    );
    const steps = inSteps(counterWriteStatements(counted, options), most);
    return { fold, upto, stepArguments: most, steps, responses: rows.length };
  }

  return {
    async step(tx) {
      const [current] = await tx.query('SELECT fold, upto, step_arguments, steps_done FROM counter_fold');
      let done = 0;
      if (current) {
        const [fold, upto, most, stepsDone] = current;
        done = Number(stepsDone);
        if (plan?.fold !== String(fold)) plan = await planFold(tx, String(fold), Number(upto), Number(most));
      } else {
        const [[upto] = [null]] = await tx.query({
          sql: 'SELECT max(seq) FROM (SELECT seq FROM counter_backlog ORDER BY seq LIMIT ?)',
          args: [limit],
        });
        if (upto === null) return { state: 'idle' };
        plan = await planFold(tx, randomUUID(), Number(upto), stepArguments);
      }
      const last = done + 1 >= plan.steps.length;
      const record: SqlStatement[] = last
        ? [
            { sql: 'DELETE FROM counter_backlog WHERE seq <= ?', args: [plan.upto] },
            { sql: 'DELETE FROM counter_fold', args: [] },
          ]
        : [
            {
              sql: `INSERT INTO counter_fold (one, fold, upto, step_arguments, steps_done) VALUES (1, ?, ?, ?, ?)
                ON CONFLICT (one) DO UPDATE SET steps_done = excluded.steps_done`,
              args: [plan.fold, plan.upto, plan.stepArguments, done + 1],
            },
          ];
      await tx.run([...(plan.steps[done] ?? []), ...record]);
      if (!last) return { state: 'folding' };
      const { responses } = plan;
      plan = null;
      return { state: 'folded', responses };
    },
  };
}

/** Statements in order, cut into runs of at most `most` arguments (a longer statement alone). */
function inSteps(statements: readonly SqlStatement[], most: number): SqlStatement[][] {
  const steps: SqlStatement[][] = [];
  let step: SqlStatement[] = [];
  let size = 0;
  for (const statement of statements) {
    if (step.length > 0 && size + statement.args.length > most) {
      steps.push(step);
      step = [];
      size = 0;
    }
    step.push(statement);
    size += statement.args.length;
  }
  if (step.length > 0) steps.push(step);
  return steps;
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

import type { Client } from '@libsql/client';

/** A notice waiting in the outbox, with what its mail says: never the resident's details, which it has none of. */
export interface PendingNotice {
  followUpId: string;
  recipient: string;
  attempts: number;
  department: string;
  dueBy: string;
}

/**
 * The notices due to be sent at `now`: unsent, and past the time their last
 * failure set for the next attempt; oldest first.
 */
export async function dueNotices(db: Client, now: Date, limit: number): Promise<PendingNotice[]> {
  const { rows } = await db.execute({
    sql: `SELECT n.follow_up_id, n.recipient, n.attempts, f.department, f.due_by
      FROM follow_up_notices n JOIN follow_ups f ON f.id = n.follow_up_id
      WHERE n.sent_at IS NULL AND n.next_attempt_at <= ? ORDER BY n.next_attempt_at LIMIT ?`,
    args: [now.toISOString(), limit],
  });
  return rows.map((row) => ({
    followUpId: String(row.follow_up_id),
    recipient: String(row.recipient),
    attempts: Number(row.attempts),
    department: String(row.department),
    dueBy: String(row.due_by),
  }));
}

export async function markNoticeSent(db: Client, followUpId: string, at: Date): Promise<void> {
  await db.execute({
    sql: 'UPDATE follow_up_notices SET sent_at = ?, attempts = attempts + 1, last_error = NULL WHERE follow_up_id = ?',
    args: [at.toISOString(), followUpId],
  });
}

/** Notes a failed attempt and when to try again; the error is the mailer's, about the SMTP server, never the resident. */
export async function markNoticeFailed(db: Client, followUpId: string, next: Date, error: string): Promise<void> {
  await db.execute({
    sql: 'UPDATE follow_up_notices SET attempts = attempts + 1, next_attempt_at = ?, last_error = ? WHERE follow_up_id = ?',
    args: [next.toISOString(), error.slice(0, 500), followUpId],
  });
}

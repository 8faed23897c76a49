import type { InValue } from '@libsql/client';
import { chunked, placeholders, type SqlStatement } from './sql-batches.js';

/** A follow-up on its way to the writer: only ciphertext, never the details themselves (JSON-safe for its thread). */
export interface SealedFollowUp {
  id: string;
  department: string;
  channel: string;
  dueBy: string;
  /** Base64 of the ciphertext with its GCM tag. */
  contact: string;
  /** Base64 of the 12-byte nonce. */
  nonce: string;
  /** The department's address to notify, when notices are sent. */
  notify?: string | undefined;
}

const insertFollowUps = (rows: number) =>
  `INSERT INTO follow_ups (id, response_id, department, channel, requested_at, due_by, contact, contact_nonce)
  VALUES ${placeholders(rows, 8)}`;
const insertNotices = (rows: number) =>
  `INSERT INTO follow_up_notices (follow_up_id, recipient, next_attempt_at) VALUES ${placeholders(rows, 3)}`;

/**
 * The statements that store the follow-ups of a batch of new responses, and
 * a notice in the outbox for each one with an address to notify: run them in
 * the responses' transaction, after their rows (docs/design.md §12).
 *
 * @example
 * await tx.run(followUpWriteStatements(freshItems));
 */
export function followUpWriteStatements(
  items: readonly { submission: { id: string }; receivedAt: Date; followUp?: SealedFollowUp | undefined }[],
): SqlStatement[] {
  const rows: InValue[][] = [];
  const notices: InValue[][] = [];
  for (const { submission, receivedAt, followUp } of items) {
    if (!followUp) continue;
    const requestedAt = receivedAt.toISOString();
    rows.push([
      followUp.id,
      submission.id,
      followUp.department,
      followUp.channel,
      requestedAt,
      followUp.dueBy,
      Buffer.from(followUp.contact, 'base64'),
      Buffer.from(followUp.nonce, 'base64'),
    ]);
    if (followUp.notify !== undefined) notices.push([followUp.id, followUp.notify, requestedAt]);
  }
  return [...chunked(rows, insertFollowUps), ...chunked(notices, insertNotices)];
}

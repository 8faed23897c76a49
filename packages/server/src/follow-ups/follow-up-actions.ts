import type { Client } from '@libsql/client';
import type { FollowUpItem } from '@mv-feedback/scoring';
import { recordAudit } from '../audit/audit-log.js';
import { readFollowUp } from './follow-up-reads.js';

export type FollowUpActionName = 'acknowledge' | 'close';

export type FollowUpActionResult =
  { ok: true; item: FollowUpItem } | { ok: false; status: 404 } | { ok: false; status: 409; state: string };

/**
 * Moves a follow-up forward (docs/design.md §12): `acknowledge` an open one,
 * `close` one open or acknowledged (closing acknowledges too, at the same
 * instant, when it was not yet). The change and its audit entry are one
 * transaction; a request already in that state or later changes nothing (409).
 *
 * @example
 * await changeFollowUp(db, { id, action: 'close', note: 'Called back, permit issued', actor: 'Permits desk', department: undefined, now: new Date() });
 */
export async function changeFollowUp(
  db: Client,
  change: {
    id: string;
    action: FollowUpActionName;
    note?: string | undefined;
    actor: string;
    department?: string | undefined;
    now: Date;
  },
): Promise<FollowUpActionResult> {
  const at = change.now.toISOString();
  const note = change.note === undefined || change.note === '' ? null : change.note;
  const scope = change.department === undefined ? '' : 'AND department = ?';
  const scopeArgs = change.department === undefined ? [] : [change.department];
  const tx = await db.transaction('write');
  try {
    const update =
      change.action === 'acknowledge'
        ? {
            sql: `UPDATE follow_ups SET status = 'acknowledged', acknowledged_at = ?, acknowledged_by = ?, acknowledge_note = ?
              WHERE id = ? AND status = 'open' ${scope}`,
            args: [at, change.actor, note, change.id, ...scopeArgs],
          }
        : {
            sql: `UPDATE follow_ups SET status = 'closed', closed_at = ?, closed_by = ?, close_note = ?,
              acknowledged_at = coalesce(acknowledged_at, ?), acknowledged_by = coalesce(acknowledged_by, ?)
              WHERE id = ? AND status <> 'closed' ${scope}`,
            args: [at, change.actor, note, at, change.actor, change.id, ...scopeArgs],
          };
    const { rowsAffected } = await tx.execute(update);
    if (rowsAffected === 0) {
      const { rows } = await tx.execute({
        sql: `SELECT status FROM follow_ups WHERE id = ? ${scope}`,
        args: [change.id, ...scopeArgs],
      });
      const state = rows[0]?.status;
      return typeof state === 'string' ? { ok: false, status: 409, state } : { ok: false, status: 404 };
    }
    await recordAudit(tx, {
      at: change.now,
      actor: change.actor,
      action: `follow_up.${change.action}`,
      detail: { id: change.id, note: note !== null },
    });
    await tx.commit();
  } finally {
    tx.close();
  }
  const item = await readFollowUp(db, change.id, {}, { now: change.now });
  if (!item) return { ok: false, status: 404 };
  return { ok: true, item };
}

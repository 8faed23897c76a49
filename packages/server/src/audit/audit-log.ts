import { userInfo } from 'node:os';
import type { Client } from '@libsql/client';
import type { AuditEntry, AuditPage } from '@mv-feedback/scoring';

/** What the audit log records (docs/design.md §15 and §12). */
export type AuditAction =
  | 'token.create'
  | 'token.revoke'
  | 'export.csv'
  | 'comments.reveal'
  | 'backup'
  | 'restore'
  | 'purge'
  | 'follow_up.contact'
  | 'follow_up.acknowledge'
  | 'follow_up.close'
  | 'follow_up.purge';

/** Values only: what was asked (filters, counts, file names), never the personal data itself. */
export type AuditDetail = AuditEntry['detail'];

export const MAX_AUDIT_LIMIT = 500;
export const DEFAULT_AUDIT_LIMIT = 100;

/** The actor of a command run on the server itself: the operating-system user. */
export function commandLineActor(): string {
  try {
    return `cli:${userInfo().username}`;
  } catch {
    return 'cli';
  }
}

/**
 * Appends one entry to the audit log.
 *
 * @example
 * await recordAudit(db, { actor: staff.name, action: 'export.csv', detail: { from, to } });
 */
export async function recordAudit(
  db: Pick<Client, 'execute'>,
  entry: { actor: string; action: AuditAction; detail?: AuditDetail; at?: Date },
): Promise<void> {
  await db.execute({
    sql: 'INSERT INTO audit_log (at, actor, action, detail) VALUES (?, ?, ?, ?)',
    args: [(entry.at ?? new Date()).toISOString(), entry.actor, entry.action, JSON.stringify(entry.detail ?? {})],
  });
}

/**
 * Audit entries newest first, `limit` of them, before the entry `before` (an id) when given.
 *
 * @example
 * const { items, nextBefore } = await listAudit(db, { limit: 100 });
 */
export async function listAudit(
  db: Client,
  { limit, before }: { limit: number; before?: number | undefined },
): Promise<AuditPage> {
  const { rows } = await db.execute({
    sql: `SELECT id, at, actor, action, detail FROM audit_log ${before ? 'WHERE id < ?' : ''} ORDER BY id DESC LIMIT ?`,
    args: before ? [before, limit] : [limit],
  });
  const items = rows.map((row): AuditEntry => ({
    id: Number(row.id),
    at: String(row.at),
    actor: String(row.actor),
    action: String(row.action),
    detail: JSON.parse(String(row.detail)) as AuditDetail,
  }));
  const last = items.at(-1);
  return { items, nextBefore: items.length === limit && last ? last.id : null };
}

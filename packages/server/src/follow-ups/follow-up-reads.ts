import type { Client, InValue, Row } from '@libsql/client';
import {
  FollowUpStatusSchema,
  type Answers,
  type Channel,
  type FollowUpItem,
  type FollowUpStatus,
} from '@mv-feedback/scoring';
import { maskPersonalData } from '../privacy/personal-data-mask.js';
import { openContact, type ContactKeys } from './contact-cipher.js';

/** What a list of follow-ups is narrowed to: a status (or all), a department, requests made in [start, end). */
export interface FollowUpFilters {
  status: FollowUpStatus | 'all';
  department?: string | undefined;
  /** ISO instants: requested at or after `start`, before `end`. */
  start: string;
  end: string;
}

/** How a row is told: now (for `overdue`) and, for an audited read, the keys that open its contact details. */
export interface FollowUpView {
  now: Date;
  keys?: ContactKeys | undefined;
}

const COLUMNS = `f.id, f.response_id, f.department, f.channel, f.requested_at, f.due_by, f.status,
  f.acknowledged_at, f.acknowledge_note, f.closed_at, f.close_note, f.contact, f.contact_nonce,
  r.answers, r.comment`;

const text = (value: unknown) => (typeof value === 'string' ? value : null);
const bytes = (value: unknown) => (value instanceof ArrayBuffer ? new Uint8Array(value) : null);

/** A row as the API tells it (docs/design.md §12). */
function followUpItem(row: Row, view: FollowUpView): FollowUpItem {
  const id = String(row.id);
  const status = FollowUpStatusSchema.parse(row.status);
  const dueBy = String(row.due_by);
  const comment = text(row.comment);
  const contact = view.keys ? openContact(view.keys, id, bytes(row.contact), bytes(row.contact_nonce)) : null;
  return {
    id,
    responseId: String(row.response_id),
    department: String(row.department),
    channel: row.channel ? (String(row.channel) as Channel) : null,
    requestedAt: String(row.requested_at),
    status,
    acknowledgedAt: text(row.acknowledged_at),
    closedAt: text(row.closed_at),
    dueBy,
    overdue: status === 'open' && view.now.toISOString() >= dueBy,
    acknowledgeNote: text(row.acknowledge_note),
    closeNote: text(row.close_note),
    // Opened but unreadable (purged, or another secret): every field null, so the reader sees why there is none.
    contact: view.keys ? (contact ?? { name: null, email: null, phone: null, language: null }) : null,
    comment: comment === null || view.keys ? comment : maskPersonalData(comment),
    answers: JSON.parse(String(row.answers)) as Answers,
  };
}

/** The queue's order and cursor: by due time, then id. */
const encodeCursor = (item: FollowUpItem) => Buffer.from(`${item.dueBy}|${item.id}`).toString('base64url');

/** A cursor back into its due time and id, or null when it is not one this server made. */
export function decodeCursor(cursor: string): [string, string] | null {
  const [dueBy, id, ...rest] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  return dueBy && id && rest.length === 0 && !Number.isNaN(Date.parse(dueBy)) ? [dueBy, id] : null;
}

/**
 * One page of follow-ups, earliest due first, and the cursor of the next
 * page (null after the last).
 *
 * @example
 * const page = await listFollowUps(db, { status: 'open', start, end }, { limit: 50 }, { now: new Date() });
 */
export async function listFollowUps(
  db: Client,
  filters: FollowUpFilters,
  { limit, after }: { limit: number; after?: [string, string] | undefined },
  view: FollowUpView,
): Promise<{ items: FollowUpItem[]; nextCursor: string | null }> {
  const where = ['f.requested_at >= ?', 'f.requested_at < ?'];
  const args: InValue[] = [filters.start, filters.end];
  if (filters.status !== 'all') {
    where.push('f.status = ?');
    args.push(filters.status);
  }
  if (filters.department !== undefined) {
    where.push('f.department = ?');
    args.push(filters.department);
  }
  if (after) {
    where.push('(f.due_by, f.id) > (?, ?)');
    args.push(...after);
  }
  const { rows } = await db.execute({
    sql: `SELECT ${COLUMNS} FROM follow_ups f JOIN responses r ON r.id = f.response_id
      WHERE ${where.join(' AND ')} ORDER BY f.due_by, f.id LIMIT ?`,
    args: [...args, limit + 1],
  });
  const items = rows.slice(0, limit).map((row) => followUpItem(row, view));
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(last) : null };
}

/**
 * One follow-up by its id, or null when there is none (or none in the department the reader is limited to).
 *
 * @example
 * const item = await readFollowUp(db, id, { department: 'permits' }, { now: new Date(), keys });
 */
export async function readFollowUp(
  db: Pick<Client, 'execute'>,
  id: string,
  { department }: { department?: string | undefined },
  view: FollowUpView,
): Promise<FollowUpItem | null> {
  const { rows } = await db.execute({
    sql: `SELECT ${COLUMNS} FROM follow_ups f JOIN responses r ON r.id = f.response_id
      WHERE f.id = ? ${department === undefined ? '' : 'AND f.department = ?'}`,
    args: department === undefined ? [id] : [id, department],
  });
  const row = rows[0];
  return row ? followUpItem(row, view) : null;
}

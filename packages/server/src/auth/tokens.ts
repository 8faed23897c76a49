import { createHash, randomBytes } from 'node:crypto';
import type { Client } from '@libsql/client';
import { STAFF_ROLES, type StaffRole } from '@mv-feedback/scoring';

/** Every staff token starts so, for secret scanners and for people reading a config file. */
export const STAFF_TOKEN_PREFIX = 'mvf_';

export type { StaffRole };
const roles: ReadonlySet<unknown> = new Set(STAFF_ROLES);

export interface NewStaffToken {
  name: string;
  role: StaffRole;
  /** A department slug: the token then reads only that department. */
  department?: string;
  /** After this instant the token gets 401, as a revoked one does. */
  expiresAt?: Date;
}

/** Who a valid token belongs to. */
export interface StaffPrincipal {
  id: number;
  name: string;
  role: StaffRole;
  department: string | null;
}

// A token carries 256 random bits, so an unsalted SHA-256 is enough: there is
// nothing to guess, and a lookup by hash keeps verification one indexed query.
const hashToken = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

/**
 * Makes a staff token and stores only its hash; the token itself is returned once.
 *
 * @example
 * const token = await createStaffToken(db, { name: 'Permits manager', role: 'viewer', department: 'permits' });
 * // → 'mvf_3q2…' (shown once, never stored)
 */
export async function createStaffToken(
  db: Client,
  { name, role, department, expiresAt }: NewStaffToken,
): Promise<string> {
  const token = STAFF_TOKEN_PREFIX + randomBytes(32).toString('base64url');
  await db.execute({
    sql: 'INSERT INTO staff_tokens (name, role, department, token_hash, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)',
    args: [
      name,
      role,
      department ?? null,
      hashToken(token),
      new Date().toISOString(),
      expiresAt?.toISOString() ?? null,
    ],
  });
  return token;
}

/** Last use is kept to this precision: a staff read costs a write at most once a minute per token. */
const LAST_USE_PRECISION_MS = 60_000;

/**
 * The holder of a token, or null when it is unknown, malformed, revoked or
 * expired. Notes the token's last use (to the minute).
 *
 * @example
 * const staff = await verifyStaffToken(db, bearer);
 * if (!staff) return unauthorized();
 */
export async function verifyStaffToken(
  db: Client,
  token: string,
  now: Date = new Date(),
): Promise<StaffPrincipal | null> {
  if (!token.startsWith(STAFF_TOKEN_PREFIX) || token.length > 200) return null;
  const at = now.toISOString();
  const { rows } = await db.execute({
    sql: `SELECT id, name, role, department, last_used_at FROM staff_tokens
      WHERE token_hash = ? AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > ?)`,
    args: [hashToken(token), at],
  });
  const row = rows[0];
  if (!row) return null;
  const lastUse = typeof row.last_used_at === 'string' ? Date.parse(row.last_used_at) : Number.NaN;
  if (!(now.getTime() - lastUse < LAST_USE_PRECISION_MS)) await noteLastUse(db, Number(row.id), at);
  return {
    id: Number(row.id),
    name: String(row.name),
    // A role this release does not know reads as the least one.
    role: roles.has(row.role) ? (row.role as StaffRole) : 'viewer',
    department: typeof row.department === 'string' && row.department !== '' ? row.department : null,
  };
}

// A busy database must not turn a valid token away: the last use is then noted on a later request.
async function noteLastUse(db: Client, id: number, at: string): Promise<void> {
  try {
    await db.execute({ sql: 'UPDATE staff_tokens SET last_used_at = ? WHERE id = ?', args: [at, id] });
  } catch {
    // best effort by design
  }
}

/**
 * Revokes a token by its row id; it stops working at the next request.
 *
 * @example
 * await revokeStaffToken(db, 3);
 */
export async function revokeStaffToken(db: Client, id: number): Promise<boolean> {
  const result = await db.execute({
    sql: 'UPDATE staff_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL',
    args: [new Date().toISOString(), id],
  });
  return result.rowsAffected > 0;
}

/**
 * Revokes every live token of a name, e.g. the previous demo token when
 * `serve --demo` makes a new one; returns how many were revoked.
 *
 * @example
 * await revokeStaffTokensNamed(db, 'demo admin');
 */
export async function revokeStaffTokensNamed(db: Client, name: string): Promise<number> {
  const result = await db.execute({
    sql: 'UPDATE staff_tokens SET revoked_at = ? WHERE name = ? AND revoked_at IS NULL',
    args: [new Date().toISOString(), name],
  });
  return result.rowsAffected;
}

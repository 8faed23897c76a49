import { randomBytes } from 'node:crypto';
import type { Client, Transaction } from '@libsql/client';

const INVITATION_SECRET = 'invitations';

/**
 * Makes the key that signs invitations when MV_SECRET is not set: 32 random
 * bytes, once, in the migration that made the table, so every process and
 * command on one database signs and verifies with the same key.
 */
export async function makeInvitationSecret(tx: Transaction): Promise<void> {
  await tx.execute({
    sql: 'INSERT OR IGNORE INTO server_secrets (name, value) VALUES (?, ?)',
    args: [INVITATION_SECRET, randomBytes(32).toString('base64url')],
  });
}

/**
 * The key invitations are signed with: MV_SECRET, else the one kept in the database.
 *
 * @example
 * const secret = await invitationSecret(db, config.secret);
 */
export async function invitationSecret(db: Pick<Client, 'execute'>, configured: string | undefined): Promise<string> {
  if (configured !== undefined) return configured;
  const { rows } = await db.execute({
    sql: 'SELECT value FROM server_secrets WHERE name = ?',
    args: [INVITATION_SECRET],
  });
  const value = rows[0]?.value;
  if (typeof value !== 'string') throw new Error('the database keeps no invitation secret: run mv-feedback migrate');
  return value;
}

/**
 * {@link invitationSecret}, read from the database once and then kept; a
 * failed read is tried again next time.
 *
 * @example
 * const secret = keptInvitationSecret(db, config.secret);
 * const token = signInvitation(claims, await secret());
 */
export function keptInvitationSecret(
  db: Pick<Client, 'execute'>,
  configured: string | undefined,
): () => Promise<string> {
  let kept: Promise<string> | undefined;
  return () =>
    (kept ??= invitationSecret(db, configured).catch((error: unknown) => {
      kept = undefined;
      throw error;
    }));
}

import type { Client } from '@libsql/client';

/**
 * Whether a stored response answered the invitation with this signature
 * (migration 4's `used_invitations`): read by the hosted page to say so
 * before a resident fills in the survey. The writer decides on its own
 * reads, inside the transaction that would store the second answer.
 *
 * @example
 * if (await invitationAnswered(db, check.signature)) return alreadyAnswered();
 */
export async function invitationAnswered(db: Pick<Client, 'execute'>, signature: string): Promise<boolean> {
  const { rows } = await db.execute({ sql: 'SELECT 1 FROM used_invitations WHERE invitation = ?', args: [signature] });
  return rows.length > 0;
}

import type { Client } from '@libsql/client';
import { followUpDueBy, LOCALES } from '@mv-feedback/scoring';
import type { ServerConfig } from '../config/server-config.js';
import { keptInvitationSecret } from '../db/store/server-secrets.js';
import { followUpWriteStatements } from '../db/store/follow-up-store.js';
import type { SqlStatement } from '../db/store/sql-batches.js';
import { contactKeys, sealContact } from '../follow-ups/contact-cipher.js';
import { businessCalendar } from '../follow-ups/follow-up-settings.js';
import { mulberry32 } from './prng.js';

const DEMO_FOLLOW_UPS = 40;
const HOUR_MS = 3_600_000;
// Made-up residents at the reserved example.org domain and 555-01xx numbers (never real ones).
const NAMES = ['Ana Ruiz', 'Sam Okafor', 'Lucía Méndez', 'Dana Park', 'Jorge Salas', 'Priya Nair', 'Tom Becker'];

/**
 * Gives the demo's recent unhappy responses requests to be contacted, so the
 * follow-ups view and summary are alive (docs/design.md §12): most
 * acknowledged on time, some late, some still open, a few of them overdue;
 * many closed. Sealed like real ones under the database's secret. Returns how
 * many it made.
 *
 * @example
 * await seedDemoFollowUps(db, config); // → 40
 */
export async function seedDemoFollowUps(db: Client, config: ServerConfig, now = new Date()): Promise<number> {
  const random = mulberry32(12);
  const keys = contactKeys(await keptInvitationSecret(db, config.secret)());
  const calendar = businessCalendar(config);
  const { rows } = await db.execute({
    sql: `SELECT id, received_at, department, channel, locale FROM responses
      WHERE received_at >= ? AND department <> '' AND comment IS NOT NULL ORDER BY received_at DESC LIMIT ?`,
    args: [new Date(now.getTime() - 30 * 24 * HOUR_MS).toISOString(), DEMO_FOLLOW_UPS],
  });
  const updates: SqlStatement[] = [];
  const items = rows.map((row, index) => {
    const receivedAt = new Date(String(row.received_at));
    const dueBy = followUpDueBy(receivedAt, calendar);
    const id = `demo-${String(index + 1).padStart(3, '0')}-${String(row.id).slice(0, 8)}`;
    const name = NAMES[index % NAMES.length]!;
    const language = LOCALES.includes(row.locale as 'en') ? (row.locale as (typeof LOCALES)[number]) : 'en';
    const email = index % 3 === 2 ? null : `${name.split(' ')[0]!.toLowerCase()}.${index}@example.org`;
    const sealed = sealContact(keys, id, {
      name: index % 4 === 3 ? null : name,
      email,
      phone: email === null || index % 5 === 0 ? `+1 555 01${String(index % 100).padStart(2, '0')}` : null,
      language,
    });
    // The newest stay open (some of them past their due time); the rest were acknowledged, mostly in time.
    const roll = random();
    if (index >= 6 && dueBy <= now) {
      const late = roll < 0.2;
      const acknowledgedAt = new Date(
        Math.min(
          now.getTime(),
          late ? dueBy.getTime() + 20 * HOUR_MS : receivedAt.getTime() + (0.2 + roll * 4) * HOUR_MS,
        ),
      );
      const closedAt =
        random() < 0.7 ? new Date(Math.min(now.getTime(), acknowledgedAt.getTime() + 26 * HOUR_MS)) : null;
      updates.push({
        sql: `UPDATE follow_ups SET status = ?, acknowledged_at = ?, acknowledged_by = 'demo', closed_at = ?, closed_by = ?
          WHERE id = ?`,
        args: [
          closedAt ? 'closed' : 'acknowledged',
          acknowledgedAt.toISOString(),
          closedAt?.toISOString() ?? null,
          closedAt ? 'demo' : null,
          id,
        ],
      });
    }
    return {
      submission: { id: String(row.id) },
      receivedAt,
      followUp: {
        id,
        department: String(row.department),
        channel: String(row.channel),
        dueBy: dueBy.toISOString(),
        contact: sealed.ciphertext.toString('base64'),
        nonce: sealed.nonce.toString('base64'),
      },
    };
  });
  await db.batch([...followUpWriteStatements(items), ...updates], 'write');
  return items.length;
}

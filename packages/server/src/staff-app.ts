import type { Client } from '@libsql/client';
import { Hono } from 'hono';
import { auditRoute } from './audit/audit-route.js';
import { privateNoStore } from './auth/private-no-store.js';
import { staffAuth, type StaffEnv } from './auth/staff-auth.js';
import type { ServerConfig } from './config/server-config.js';
import { exportRoute } from './csv/export-route.js';
import { followUpRoutes } from './follow-ups/follow-up-routes.js';
import { businessCalendar, keptContactKeys } from './follow-ups/follow-up-settings.js';
import { keptInvitationSecret } from './db/store/server-secrets.js';
import type { ContactKeys } from './follow-ups/contact-cipher.js';
import { storageHealth, type StorageHealth } from './db/health/storage-health.js';
import { whileSound } from './http/storage-unavailable.js';
import { staffRoutes } from './staff/staff-routes.js';

export interface StaffAppDeps {
  db: Client;
  config: ServerConfig;
  /** The clock, for the default range; tests set it. */
  now?: () => Date;
  /** What is known of the database's soundness: known corrupt, every staff read answers 503. */
  health?: StorageHealth;
  /** The absolute base of the links residents are given (default: from the configuration). */
  publicUrl?: () => string;
  /** The keys that open residents' contact details (default: from MV_SECRET or the database's secret). */
  contactKeys?: () => Promise<ContactKeys>;
  /** The clock follow-ups are due, overdue and acknowledged by (default: `now`); the app gives its ingest clock. */
  followUpClock?: () => Date;
}

/** Every path of the staff API under /api/v1; each needs a staff token. */
export const STAFF_PATHS = [
  '/me',
  '/scores',
  '/scores/*',
  '/comments',
  '/export.csv',
  '/audit',
  '/follow-ups',
  '/follow-ups/*',
] as const;

/**
 * The staff API, to mount at `/api/v1`: the staff reads and the CSV export
 * behind one staff-token check, every answer private and never stored by a
 * cache (scores and comments are for staff only, docs/design.md §8).
 *
 * @example
 * app.route('/api/v1', staffApp({ db, config }));
 */
export function staffApp(deps: StaffAppDeps): Hono<StaffEnv> {
  const app = new Hono<StaffEnv>();
  const auth = staffAuth({ db: deps.db });
  const sound = whileSound(deps.health ?? storageHealth());
  for (const path of STAFF_PATHS) app.use(path, privateNoStore, sound, auth);
  app.route('/', staffRoutes(deps));
  app.route('/', exportRoute(deps));
  app.route('/', auditRoute(deps));
  app.route(
    '/',
    followUpRoutes({
      db: deps.db,
      calendar: businessCalendar(deps.config),
      minN: deps.config.minN,
      keys: deps.contactKeys ?? keptContactKeys(keptInvitationSecret(deps.db, deps.config.secret)),
      now: deps.followUpClock ?? deps.now ?? (() => new Date()),
    }),
  );
  return app;
}

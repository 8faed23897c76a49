import type { BusinessCalendar } from '@mv-feedback/scoring';
import { FOLLOW_UP_DEFAULTS, type FollowUpConfig } from '../config/follow-up-config.js';
import type { ServerConfig } from '../config/server-config.js';
import { contactKeys, type ContactKeys } from './contact-cipher.js';

/** The follow-up settings of a configuration, the defaults where it has none. */
export const followUpConfig = (config: ServerConfig): FollowUpConfig => config.followUps ?? FOLLOW_UP_DEFAULTS;

/** The city's business calendar: MV_BUSINESS_HOURS and MV_HOLIDAYS in MV_TIMEZONE (docs/design.md §12). */
export function businessCalendar(config: ServerConfig): BusinessCalendar {
  const { businessHours, holidays } = followUpConfig(config);
  return { hours: businessHours, holidays, timeZone: config.timezone };
}

/**
 * Where a department's new requests are notified: its catalogue `email`,
 * else MV_FOLLOW_UP_EMAIL; nowhere without MV_SMTP_URL.
 *
 * @example
 * noticeRecipient(config)('permits') // → 'permits@city.gov'
 */
export function noticeRecipient(config: ServerConfig): (department: string) => string | undefined {
  const settings = followUpConfig(config);
  const own = new Map((config.catalogue.departments ?? []).map((d) => [d.id, d.email]));
  return (department) => (settings.smtpUrl ? (own.get(department) ?? settings.fallbackEmail) : undefined);
}

/**
 * The contact keys, derived once from the secret (see contactKeys); a failed
 * read of the secret is tried again next time.
 *
 * @example
 * const keys = keptContactKeys(keptInvitationSecret(db, config.secret));
 */
export function keptContactKeys(secret: () => Promise<string>): () => Promise<ContactKeys> {
  let kept: Promise<ContactKeys> | undefined;
  return () =>
    (kept ??= secret()
      .then(contactKeys)
      .catch((error: unknown) => {
        kept = undefined;
        throw error;
      }));
}

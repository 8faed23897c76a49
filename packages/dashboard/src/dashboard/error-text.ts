import { StaffApiError } from '../api/staff-api-client.js';
import type { Strings } from '../i18n/strings.js';

/**
 * What a failed staff request means to the person at the screen.
 * `unauthorized` is the sentence for a 401, which differs between signing in
 * (the token was refused) and a session that ended (the token was revoked).
 *
 * @example
 * errorText(strings, error, strings.sessionEnded);
 */
export function errorText(s: Strings, error: unknown, unauthorized: string): string {
  if (!(error instanceof StaffApiError)) return s.loadFailed;
  if (error.status === 401) return unauthorized;
  if (error.status === 403) return s.forbidden;
  if (error.status === 0) return s.serverUnreachable;
  return `${s.loadFailed} (${error.message})`;
}

import { fill, type UiStrings } from '../i18n/strings.js';

/**
 * What the resident reads when the server refused their answers for good
 * (docs/design.md §7: a final 4xx is shown, never retried): answers it
 * cannot take, a page that may not send, or the status otherwise.
 *
 * @example
 * refusalMessage(strings, 403); // "This page is not allowed to send feedback. …"
 */
export function refusalMessage(s: UiStrings, status: number): string {
  if (status === 400 || status === 413 || status === 422) return s.invalid;
  if (status === 401 || status === 403) return s.forbidden;
  return fill(s.failed, { status });
}

/** Saved on this device for later: said differently online (the server is down) and offline. */
export function queuedMessage(s: UiStrings, online: boolean): string {
  return online ? s.savedRetrying : s.savedOffline;
}

import { LOCALES, type Locale } from '@mv-feedback/scoring';
import type { ApiIssue } from '../http/api-error.js';

export type AskedLanguages = { ok: true; keep: readonly Locale[] } | { ok: false; issues: ApiIssue[] };

/**
 * The languages `GET /api/v1/surveys/:id?lang=vi,es` asks for beside
 * English (docs/design.md §14): every offered one without `lang`; with it,
 * those of the listed that are offered. A page names the languages it may
 * show before it knows which the server offers, so a known but unoffered one
 * is left out, not refused; an unknown one is refused.
 *
 * @example
 * askedLanguages('vi,fr', ['en', 'vi']) // → { ok: false, issues: [{ path: 'lang', … }] }
 */
export function askedLanguages(raw: string | undefined, offered: readonly Locale[]): AskedLanguages {
  if (raw === undefined) return { ok: true, keep: offered };
  const asked = raw.split(',').map((tag) => tag.trim());
  const unknown = asked.filter((tag) => !(LOCALES as readonly string[]).includes(tag));
  if (unknown.length > 0 || asked.length > LOCALES.length) {
    const message = `must list at most ${LOCALES.length} of ${LOCALES.join(', ')}, separated by commas`;
    return { ok: false, issues: [{ path: 'lang', message }] };
  }
  return { ok: true, keep: offered.filter((locale) => asked.includes(locale)) };
}

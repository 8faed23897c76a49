import type { Locale } from '@mv-feedback/scoring';
import { LOCALES } from '@mv-feedback/scoring/browser';
import { loadStrings, type UiStrings } from './strings.js';

/**
 * Every language's interface texts at once, for a city that builds its own
 * form. The element itself loads a language only when a page asks for it.
 *
 * @example
 * const strings = await allStrings(); strings.ko.send // → '보내기'
 */
export async function allStrings(): Promise<Record<Locale, UiStrings>> {
  const all = await Promise.all(LOCALES.map(async (locale) => [locale, await loadStrings(locale)] as const));
  return Object.fromEntries(all) as Record<Locale, UiStrings>;
}

import type { Locale } from '@mv-feedback/scoring';

const SUPPORTED: readonly Locale[] = ['en', 'es'];

/** The supported language a BCP 47 tag asks for ("es-MX" → "es"), or undefined. */
export const supportedLocale = (tag: string | null | undefined): Locale | undefined => {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return SUPPORTED.find((locale) => locale === primary);
};

/**
 * The first supported language among the candidates, in order of preference;
 * English when none is supported.
 *
 * @example
 * chooseLanguage([el.getAttribute('lang'), 'fr', ...navigator.languages]); // 'es' for 'es-MX'
 */
export const chooseLanguage = (candidates: readonly (string | null | undefined)[]): Locale => {
  for (const tag of candidates) {
    const locale = supportedLocale(tag);
    if (locale) return locale;
  }
  return 'en';
};

/**
 * The language tags that apply to an element, nearest first: its own `lang`,
 * the nearest ancestor's (crossing shadow roots), then the browser's.
 */
export const languageCandidates = (element: Element): string[] => {
  const tags: string[] = [];
  let node: Element | null = element;
  while (node) {
    const found: Element | null = node.closest('[lang]');
    if (found) {
      tags.push(found.getAttribute('lang') ?? '');
      node = found.parentElement;
    } else {
      const root = node.getRootNode();
      node = root instanceof ShadowRoot ? root.host : null;
    }
  }
  return [...tags, ...(globalThis.navigator?.languages ?? [])];
};

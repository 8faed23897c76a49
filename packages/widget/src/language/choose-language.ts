import type { Locale } from '@mv-feedback/scoring';
import { LOCALES } from '@mv-feedback/scoring/browser';

/**
 * The language a BCP 47 tag asks for among `offered`, or undefined: by its
 * primary subtag ("es-MX" → "es", "fil" → "tl"), and Chinese by its script,
 * written or implied by the region ("zh-TW" → "zh-Hant", "zh" → "zh-Hans").
 *
 * @example
 * supportedLocale('zh-HK') // → 'zh-Hant'
 */
export const supportedLocale = (
  tag: string | null | undefined,
  offered: readonly Locale[] = LOCALES,
): Locale | undefined => {
  const clean = tag?.trim().replace(/_/g, '-');
  if (!clean) return undefined;
  let primary = clean.toLowerCase().split('-')[0]!;
  if (primary === 'fil') primary = 'tl';
  // Traditional characters: written so, or Taiwan's, Hong Kong's and Macau's; else Simplified.
  if (primary === 'zh') primary = /^zh-(hant|tw|hk|mo)\b/i.test(clean) ? 'zh-Hant' : 'zh-Hans';
  return offered.find((locale) => locale === primary);
};

/**
 * The first offered language among the candidates, in order of preference;
 * English when none is offered.
 *
 * @example
 * chooseLanguage([el.getAttribute('lang'), 'fr', ...navigator.languages]); // 'es' for 'es-MX'
 */
export const chooseLanguage = (
  candidates: readonly (string | null | undefined)[],
  offered: readonly Locale[] = LOCALES,
): Locale => {
  for (const tag of candidates) {
    const locale = supportedLocale(tag, offered);
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

/** A response language's name in each staff language, and in itself (docs/design.md §14). */
export interface LanguageName {
  en: string;
  es: string;
  /** The name in the language itself, as a language menu shows it. */
  native: string;
}

/** Every locale a resident may answer in, in the order the comparison lists them. */
export const LANGUAGE_ORDER: readonly string[] = ['en', 'es', 'vi', 'tl', 'ko', 'zh-Hans', 'zh-Hant', 'ar'];

export const LANGUAGE_NAMES: Readonly<Record<string, LanguageName>> = {
  en: { en: 'English', es: 'inglés', native: 'English' },
  es: { en: 'Spanish', es: 'español', native: 'Español' },
  vi: { en: 'Vietnamese', es: 'vietnamita', native: 'Tiếng Việt' },
  tl: { en: 'Tagalog', es: 'tagalo', native: 'Tagalog' },
  ko: { en: 'Korean', es: 'coreano', native: '한국어' },
  'zh-Hans': { en: 'Chinese (Simplified)', es: 'chino simplificado', native: '简体中文' },
  'zh-Hant': { en: 'Chinese (Traditional)', es: 'chino tradicional', native: '繁體中文' },
  ar: { en: 'Arabic', es: 'árabe', native: 'العربية' },
};

/**
 * A response language's name for staff reading in `staffLocale`, and in
 * itself; a locale outside the table is named by its code.
 *
 * @example
 * languageName('vi', 'es') // → { name: 'vietnamita', native: 'Tiếng Việt' }
 */
export function languageName(locale: string, staffLocale: 'en' | 'es'): { name: string; native: string } {
  const known = Object.hasOwn(LANGUAGE_NAMES, locale) ? LANGUAGE_NAMES[locale] : undefined;
  return known ? { name: known[staffLocale], native: known.native } : { name: locale, native: locale };
}

/** A response language's name in each staff language, and in itself (docs/design.md §14). */
export interface LanguageName {
  en: string;
  es: string;
  /** The name in the language itself, as a language menu shows it. */
  native: string;
}

/** Every locale a resident may answer in, in the order the comparison lists them. */
export const LANGUAGE_ORDER: readonly string[] = ['en', 'es', 'vi', 'tl', 'ko', 'zh-Hans', 'zh-Hant', 'ar'];

/** Each language's name in itself, apart from the staff's names so a resident's form takes only these. */
export const NATIVE_NAMES: Readonly<Record<string, string>> = {
  en: 'English',
  es: 'Español',
  vi: 'Tiếng Việt',
  tl: 'Tagalog',
  ko: '한국어',
  'zh-Hans': '简体中文',
  'zh-Hant': '繁體中文',
  ar: 'العربية',
};

export const LANGUAGE_NAMES: Readonly<Record<string, LanguageName>> = {
  en: { en: 'English', es: 'inglés', native: NATIVE_NAMES.en! },
  es: { en: 'Spanish', es: 'español', native: NATIVE_NAMES.es! },
  vi: { en: 'Vietnamese', es: 'vietnamita', native: NATIVE_NAMES.vi! },
  tl: { en: 'Tagalog', es: 'tagalo', native: NATIVE_NAMES.tl! },
  ko: { en: 'Korean', es: 'coreano', native: NATIVE_NAMES.ko! },
  'zh-Hans': { en: 'Chinese (Simplified)', es: 'chino simplificado', native: NATIVE_NAMES['zh-Hans']! },
  'zh-Hant': { en: 'Chinese (Traditional)', es: 'chino tradicional', native: NATIVE_NAMES['zh-Hant']! },
  ar: { en: 'Arabic', es: 'árabe', native: NATIVE_NAMES.ar! },
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

// The languages, apart from their schema so browser bundles take them without zod.

/**
 * Every language mv-feedback has a locale pack for (docs/design.md §14); a
 * server offers those MV_LOCALES names.
 */
export const LOCALES = ['en', 'es', 'vi', 'tl', 'ko', 'zh-Hans', 'zh-Hant', 'ar'] as const;
export type Locale = (typeof LOCALES)[number];

/** The languages a catalogue writes its own texts in, and the staff's: the others come from locale packs. */
export const CATALOGUE_LOCALES = ['en', 'es'] as const;
export type CatalogueLocale = (typeof CATALOGUE_LOCALES)[number];

/** Each language's name in itself, as its built-in pack names it: for a list of languages that loads no pack. */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = {
  en: 'English',
  es: 'Español',
  vi: 'Tiếng Việt',
  tl: 'Tagalog',
  ko: '한국어',
  'zh-Hans': '简体中文',
  'zh-Hant': '繁體中文',
  ar: 'العربية',
};

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

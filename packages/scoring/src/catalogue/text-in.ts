import type { LocalizedText } from './catalogue-schema.js';
import type { Locale } from './locales.js';

/**
 * A catalogue text in one language, else in English: every text has English,
 * the other languages come from packs that may lack one (docs/design.md §14).
 *
 * @example
 * textIn({ en: 'Library', es: 'Biblioteca' }, 'vi') // → 'Library'
 */
export const textIn = (text: LocalizedText, locale: Locale): string => text[locale] ?? text.en;

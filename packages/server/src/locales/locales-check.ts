import { BUILT_IN_PACKS, catalogueTexts, isDraft, textOf, type Catalogue, type Locale } from '@mv-feedback/scoring';
import type { LanguagesConfig } from '../config/languages-config.js';

/** What one offered language lacks and what in it waits for a translator (docs/design.md §14). */
export interface LocaleReport {
  locale: Locale;
  name: string;
  /** Keys with no text in this language: shown in English, marked `lang="en"`. */
  missing: string[];
  /** Keys whose text is `"review": "draft"`. */
  draft: string[];
}

/**
 * Each offered language's missing and draft keys: the interface keys of the
 * built-in English pack, and a key for every text of the catalogue in use,
 * which the catalogue itself or the pack may give.
 *
 * @example
 * localesReport(config.languages, config.catalogue).find((r) => r.locale === 'vi')?.draft.length // → 162
 */
export function localesReport(languages: LanguagesConfig, catalogue: Catalogue): LocaleReport[] {
  const interfaceKeys = Object.keys(BUILT_IN_PACKS.en.texts);
  const catalogueKeys = new Map<string, Catalogue['standards'][number]['title']>();
  for (const { key, text } of catalogueTexts(catalogue)) if (!catalogueKeys.has(key)) catalogueKeys.set(key, text);
  return languages.offered.map((locale) => {
    const pack = languages.packs[locale];
    const missing = [
      ...interfaceKeys.filter((key) => !textOf(pack.texts[key])),
      ...[...catalogueKeys].filter(([key, text]) => !text[locale] && !textOf(pack.texts[key])).map(([key]) => key),
    ];
    const draft = Object.keys(pack.texts).filter((key) => isDraft(pack.texts[key]));
    return { locale, name: pack.name, missing, draft };
  });
}

/**
 * The report as `mv-feedback locales check` prints it: a line per language,
 * then its missing and draft keys.
 */
export function formatLocalesReport(reports: readonly LocaleReport[], localeDir: string | undefined): string {
  const lines = [`Locale packs: built in${localeDir ? `, replaced from ${localeDir} (MV_LOCALE_DIR)` : ''}.`];
  for (const r of reports) {
    const state = [
      r.missing.length > 0 ? `${r.missing.length} missing` : '',
      r.draft.length > 0 ? `${r.draft.length} draft` : '',
    ].filter(Boolean);
    lines.push(`${r.locale} (${r.name}): ${state.length > 0 ? state.join(', ') : 'complete, reviewed'}`);
    for (const key of r.missing) lines.push(`  missing ${key}`);
    for (const key of r.draft) lines.push(`  draft   ${key}`);
  }
  if (reports.some((r) => r.draft.length > 0)) {
    lines.push(
      'Draft texts are first drafts, not certified translations: have a qualified translator check them, then drop their "review": "draft".',
    );
  }
  return `${lines.join('\n')}\n`;
}

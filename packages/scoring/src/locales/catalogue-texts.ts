import type { Catalogue, Locale, LocalizedText } from '../catalogue/catalogue-schema.js';
import { textOf, type PackTexts } from './pack-text.js';

/** A text of the catalogue and its key in a locale pack. */
export interface CatalogueText {
  key: string;
  text: LocalizedText;
}

/**
 * Every text of a catalogue with its pack key: `standard.ID.title` and
 * `.description`, `survey.ID.title`, `.channelTitle.CHANNEL` and `.comment`, `question.ID` (one text
 * for a question id, whichever survey asks it) and `department.ID`.
 *
 * @example
 * catalogueTexts(defaultCatalogue).find((t) => t.key === 'department.library')?.text.en // → 'Library'
 */
export function catalogueTexts(catalogue: Catalogue): CatalogueText[] {
  const texts: CatalogueText[] = [];
  for (const s of catalogue.standards) {
    texts.push(
      { key: `standard.${s.id}.title`, text: s.title },
      { key: `standard.${s.id}.description`, text: s.description },
    );
  }
  for (const survey of catalogue.surveys) {
    texts.push({ key: `survey.${survey.id}.title`, text: survey.title });
    for (const [channel, title] of Object.entries(survey.channelTitles ?? {})) {
      texts.push({ key: `survey.${survey.id}.channelTitle.${channel}`, text: title });
    }
    for (const q of survey.questions) texts.push({ key: `question.${q.id}`, text: q.text });
    if (survey.comment) texts.push({ key: `survey.${survey.id}.comment`, text: survey.comment.text });
  }
  for (const d of catalogue.departments ?? []) texts.push({ key: `department.${d.id}`, text: d.title });
  return texts;
}

/**
 * The catalogue with every text in each pack's language: the catalogue's own
 * text where it has one (a city's catalogue names its own surveys), else the
 * pack's; a language in neither is left out, and readers fall back to English.
 *
 * @example
 * localizeCatalogue(defaultCatalogue, { vi: BUILT_IN_PACKS.vi.texts }).surveys[0].title.vi // → 'Đánh giá lần đến của quý vị'
 */
export function localizeCatalogue(catalogue: Catalogue, packs: Partial<Record<Locale, PackTexts>>): Catalogue {
  // Plain data all through, so a JSON copy is a deep one.
  const localized = JSON.parse(JSON.stringify(catalogue)) as Catalogue;
  for (const { key, text } of catalogueTexts(localized)) {
    for (const [locale, texts] of Object.entries(packs) as [Locale, PackTexts][]) {
      const packed = textOf(texts[key]);
      if (packed && !text[locale]) text[locale] = packed;
    }
  }
  return localized;
}

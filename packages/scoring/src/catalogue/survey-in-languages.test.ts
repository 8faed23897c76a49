import { describe, expect, it } from 'vitest';
import { localizeCatalogue } from '../locales/catalogue-texts.js';
import { BUILT_IN_PACKS } from '../locales/locale-pack.js';
import { defaultCatalogue } from './default-catalogue.js';
import { surveyInLanguages } from './survey-in-languages.js';
import { LOCALES } from './locales.js';

/** Every language named by a text anywhere in a value: the keys of its objects that are languages. */
const languagesIn = (value: unknown): Set<string> => {
  const found = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object')
      for (const [key, child] of Object.entries(node)) {
        if ((LOCALES as readonly string[]).includes(key)) found.add(key);
        walk(child);
      }
  };
  walk(value);
  return found;
};

describe('surveyInLanguages', () => {
  const packs = Object.fromEntries(LOCALES.map((locale) => [locale, BUILT_IN_PACKS[locale].texts]));
  const surveys = localizeCatalogue(defaultCatalogue, packs).surveys;

  it('keeps English and the asked languages in every text, and nothing else', () => {
    for (const survey of surveys) {
      expect(languagesIn(survey).size).toBe(LOCALES.length);
      expect([...languagesIn(surveyInLanguages(survey, ['vi']))].sort()).toEqual(['en', 'vi']);
      expect([...languagesIn(surveyInLanguages(survey, []))]).toEqual(['en']);
    }
  });

  it('changes no word and nothing but the texts', () => {
    const full = surveys.find((s) => s.id === 'full')!;
    const kept = surveyInLanguages(full, ['es', 'ar']);
    expect(kept.questions.map((q) => [q.id, q.type, q.standards, q.text.ar])).toEqual(
      full.questions.map((q) => [q.id, q.type, q.standards, q.text.ar]),
    );
    expect(kept.title).toEqual({ en: full.title.en, es: full.title.es, ar: full.title.ar });
    expect(kept.rotate).toEqual(full.rotate);
    expect(kept.comment?.standard).toBe(full.comment?.standard);
  });
});

import { describe, expect, it } from 'vitest';
import { LOCALES } from '../catalogue/locales.js';
import { LANGUAGE_NAMES } from '../catalogue/language-names.js';
import { defaultCatalogue } from '../catalogue/default-catalogue.js';
import { catalogueTexts, localizeCatalogue } from './catalogue-texts.js';
import { BUILT_IN_PACKS } from './locale-pack.js';
import { isDraft, textOf } from './pack-text.js';

const keysOf = (locale: keyof typeof BUILT_IN_PACKS) => Object.keys(BUILT_IN_PACKS[locale].texts).sort();
const catalogueKeys = [...new Set(catalogueTexts(defaultCatalogue).map((t) => t.key))].sort();

describe('the built-in locale packs', () => {
  it('has one per language, each complete: every interface key of English and every text of the default catalogue', () => {
    const interfaceKeys = keysOf('en');
    for (const locale of LOCALES.filter((l) => l !== 'en')) {
      expect(keysOf(locale), locale).toEqual([...new Set([...interfaceKeys, ...catalogueKeys])].sort());
    }
  });

  it('marks every text of the six new languages a draft, and none of English or Spanish', () => {
    for (const locale of ['vi', 'tl', 'ko', 'zh-Hans', 'zh-Hant', 'ar'] as const) {
      expect(Object.values(BUILT_IN_PACKS[locale].texts).every(isDraft), locale).toBe(true);
    }
    expect(Object.values(BUILT_IN_PACKS.en.texts).some(isDraft)).toBe(false);
    expect(Object.values(BUILT_IN_PACKS.es.texts).some(isDraft)).toBe(false);
  });

  it("keeps every text's {slots} as English has them", () => {
    const slots = (text: string | undefined) => (text?.match(/\{\w+\}/g) ?? []).sort().join();
    for (const locale of LOCALES) {
      for (const [key, value] of Object.entries(BUILT_IN_PACKS.en.texts)) {
        expect(slots(textOf(BUILT_IN_PACKS[locale].texts[key])), `${locale} ${key}`).toBe(slots(textOf(value)));
      }
    }
  });

  it('names each language in itself, as LANGUAGE_NAMES does, Arabic right to left', () => {
    expect(LOCALES.map((l) => BUILT_IN_PACKS[l].name)).toEqual(LOCALES.map((l) => LANGUAGE_NAMES[l]!.native));
    expect(LOCALES.map((l) => BUILT_IN_PACKS[l].name)).toEqual([
      'English',
      'Español',
      'Tiếng Việt',
      'Tagalog',
      '한국어',
      '简体中文',
      '繁體中文',
      'العربية',
    ]);
    expect(LOCALES.filter((l) => BUILT_IN_PACKS[l].dir === 'rtl')).toEqual(['ar']);
  });
});

describe('localizeCatalogue', () => {
  it("puts each pack's texts in the catalogue where it has none of its own, and leaves English alone", () => {
    const catalogue = localizeCatalogue(defaultCatalogue, {
      es: { 'question.listened': 'Me escucharon.' },
      ko: BUILT_IN_PACKS.ko.texts,
    });
    const listened = catalogue.surveys[0]!.questions.find((q) => q.id === 'listened')!;
    expect(listened.text).toEqual({
      en: 'Staff listened to me and understood what I needed.',
      es: 'Me escucharon.',
      ko: '직원이 제 말을 경청하고 필요한 것을 이해했습니다.',
    });
    expect(defaultCatalogue.surveys[0]!.questions[0]!.text).not.toHaveProperty('ko');
  });
});

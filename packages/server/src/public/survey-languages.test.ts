import { describe, expect, it } from 'vitest';
import { askedLanguages } from './survey-languages.js';

describe('askedLanguages', () => {
  it('keeps every offered language without lang, and the offered ones listed with it', () => {
    expect(askedLanguages(undefined, ['en', 'es'])).toEqual({ ok: true, keep: ['en', 'es'] });
    expect(askedLanguages('vi,es', ['en', 'es'])).toEqual({ ok: true, keep: ['es'] });
    expect(askedLanguages(' ar , en', ['en', 'es', 'ar'])).toEqual({ ok: true, keep: ['en', 'ar'] });
  });

  it('refuses a language mv-feedback does not know, an empty one, or too many', () => {
    for (const raw of ['fr', 'es,', '', 'EN', 'en,es,vi,tl,ko,zh-Hans,zh-Hant,ar,en']) {
      expect(askedLanguages(raw, ['en', 'es']), raw).toMatchObject({ ok: false, issues: [{ path: 'lang' }] });
    }
  });
});

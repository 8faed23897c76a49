// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { chooseLanguage, languageCandidates, supportedLocale } from './choose-language.js';

describe('supportedLocale', () => {
  it('takes the primary subtag of a BCP 47 tag', () => {
    expect(supportedLocale('es-MX')).toBe('es');
    expect(supportedLocale('EN_us')).toBe('en');
    expect(supportedLocale('fr')).toBeUndefined();
    expect(supportedLocale('')).toBeUndefined();
    expect(supportedLocale(null)).toBeUndefined();
  });
});

describe('chooseLanguage', () => {
  it('picks the first supported language, else English', () => {
    expect(chooseLanguage(['fr', 'es-419', 'en'])).toBe('es');
    expect(chooseLanguage(['de', 'fr'])).toBe('en');
    expect(chooseLanguage([])).toBe('en');
  });
});

describe('languageCandidates', () => {
  it('prefers the element, then the nearest lang ancestor, then outer ones', () => {
    document.documentElement.setAttribute('lang', 'en');
    document.body.innerHTML = '<main lang="es"><div><p id="p"></p><p id="own" lang="fr"></p></div></main>';
    const p = document.getElementById('p')!;
    const own = document.getElementById('own')!;
    expect(chooseLanguage(languageCandidates(p))).toBe('es');
    expect(languageCandidates(own).slice(0, 3)).toEqual(['fr', 'es', 'en']);
    expect(chooseLanguage(languageCandidates(own))).toBe('es');
  });

  it('looks through a shadow root to its host', () => {
    document.body.innerHTML = '<section lang="es"><div id="host"></div></section>';
    const host = document.getElementById('host')!;
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(chooseLanguage(languageCandidates(inner))).toBe('es');
  });

  it('falls back to the browser languages', () => {
    document.documentElement.removeAttribute('lang');
    document.body.innerHTML = '<p id="p"></p>';
    const tags = languageCandidates(document.getElementById('p')!);
    expect(tags).toEqual([...navigator.languages]);
  });
});

import { html, nothing } from 'lit';
import type { Locale, LocalizedText } from '@mv-feedback/scoring';
import type { UiStrings } from './strings.js';

/** English inside a page in another language: read as English, and left to right inside a right to left page. */
const markedEnglish = (text: string, dir: 'ltr' | 'rtl') =>
  html`<span lang="en" dir=${dir === 'rtl' ? 'ltr' : nothing}>${text}</span>`;

/**
 * A survey text in the widget's language, or in English marked `lang="en"`
 * when the survey has none in it (docs/design.md §14: a screen reader then
 * reads it as English, WCAG 2.2 3.1.2).
 *
 * @example
 * html`<legend>${inLocale(question.text, 'vi', 'ltr')}</legend>`
 */
export const inLocale = (text: LocalizedText, locale: Locale, dir: 'ltr' | 'rtl' = 'ltr') =>
  text[locale] ?? markedEnglish(text.en, dir);

/**
 * One of the widget's own texts, marked as English as `inLocale` does when
 * the language's pack lacked it (`mv-feedback locales check` lists those);
 * `fill` puts in its `{name}` values after the check.
 *
 * @example
 * html`<button>${say(s, s.send)}</button>`
 */
export const say = (s: UiStrings, text: string, fill: (text: string) => string = (t) => t) =>
  s.english.has(text) ? markedEnglish(fill(text), s.dir) : fill(text);

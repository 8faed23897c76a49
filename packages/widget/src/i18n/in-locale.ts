import { html } from 'lit';
import type { Locale, LocalizedText } from '@mv-feedback/scoring';

/**
 * A survey text in the widget's language, or in English marked `lang="en"`
 * when the survey has none in it (docs/design.md §14: a screen reader then
 * reads it as English, WCAG 2.2 3.1.2).
 *
 * @example
 * html`<legend>${inLocale(question.text, 'vi')}</legend>`
 */
export const inLocale = (text: LocalizedText, locale: Locale) =>
  text[locale] ?? html`<span lang="en">${text.en}</span>`;

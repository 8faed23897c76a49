import { html } from 'hono/html';
import type { Html } from './page-layout.js';

/** What a page needs to mark the English shown in it: the English texts its pack lacked, and its direction. */
export interface FallbackMarks {
  /** Each English text shown because the language's pack lacks it (`mv-feedback locales check` lists them). */
  english: ReadonlySet<string>;
  dir: 'ltr' | 'rtl';
}

/**
 * English on a page in another language, marked so (docs/design.md §14): a
 * screen reader then reads it as English (WCAG 2.2 3.1.2), and inside a right
 * to left page it runs left to right.
 *
 * @example
 * html`<p>${markedEnglish('Thank you', 'rtl')}</p>` // <p><span lang="en" dir="ltr">Thank you</span></p>
 */
export const markedEnglish = (text: string | Html, dir: 'ltr' | 'rtl'): Html =>
  html`<span lang="en"${dir === 'rtl' ? html` dir="ltr"` : ''}>${text}</span>`;

/**
 * A text of the page's words, marked as English when the pack lacked it;
 * `fill` puts in its `{name}` values after the check.
 *
 * @example
 * html`<button type="submit">${say(s, s.send)}</button>`
 */
export const say = (marks: FallbackMarks, text: string, fill: (text: string) => string = (t) => t): Html | string =>
  marks.english.has(text) ? markedEnglish(fill(text), marks.dir) : fill(text);

import type { Locale } from '@mv-feedback/scoring';
import { en } from './en.js';
import { es } from './es.js';

/**
 * Every interface text of the widget. A translator edits one table per
 * language (en.ts, es.ts); `{name}` marks a value filled in at run time.
 * Question texts come from the survey catalogue, not from here.
 */
export interface UiStrings {
  /** The five agreement labels, from 1 (strongly disagree) to 5 (strongly agree). */
  agree: readonly [string, string, string, string, string];
  notApplicable: string;
  yes: string;
  no: string;
  notSure: string;
  /** Under the title while answering: every question is optional, the answers anonymous, who reads them, that no one replies. */
  about: string;
  /** Instead of `about` when the page sends the resident's case (`interaction`): then the answers are not anonymous. */
  aboutCase: string;
  optional: string;
  /** Under the comment box; `{n}` characters typed, `{max}` allowed. */
  count: string;
  privacy: string;
  /** `{page}` of `{pages}`. */
  progress: string;
  back: string;
  next: string;
  send: string;
  sending: string;
  thanks: string;
  /** `{code}` is the short reference of the response. */
  reference: string;
  savedOffline: string;
  savedRetrying: string;
  nothingAnswered: string;
  invalid: string;
  forbidden: string;
  /** `{status}` is the HTTP status. */
  failed: string;
  /** Answers queued on an earlier visit or in another tab were refused for good; `{status}` is the HTTP status. */
  earlier: string;
  unavailable: string;
  open: string;
  close: string;
  /** The link to the city's contact page, after `about`. */
  help: string;
}

/** The tables by language; add one here to support another language. */
export const STRINGS: Record<Locale, UiStrings> = { en, es };

/**
 * Fills the `{name}` slots of a string.
 *
 * @example
 * fill('Page {page} of {pages}', { page: 2, pages: 3 }); // 'Page 2 of 3'
 */
export const fill = (text: string, values: Record<string, string | number>): string =>
  text.replace(/\{(\w+)\}/g, (slot, name: string) => String(values[name] ?? slot));

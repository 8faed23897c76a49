import type { AnswerLabels, Locale } from '@mv-feedback/scoring';
import { ANSWER_LABELS } from '@mv-feedback/scoring/browser';
import { en } from './en.js';

/**
 * The widget's own interface texts in one language. A translator edits one
 * table per language (en.ts, es.ts); `{name}` marks a value filled in at run
 * time. Question texts come from the survey catalogue, the answer scale's
 * words from the scoring package (the dashboard reports with the same).
 */
export interface OwnStrings {
  /** Under the title while answering: every question is optional, the answers anonymous, who reads them, that no one replies. */
  about: string;
  /** Instead of `about` when the page sends the resident's case (`interaction`): then the answers are not anonymous. */
  aboutCase: string;
  /** Before `about`: how long the survey takes. */
  duration: string;
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
  /** Kiosk: the button that shows the comment box, which is hidden until tapped. */
  addComment: string;
  /** Kiosk: under the thank-you; `{n}` seconds until the screen is blank for the next resident. */
  clears: string;
  /** Instead of `about` once the resident asks to be contacted: their answers then go with their contact details. */
  aboutFollowUp: string;
  /** Instead of `thanks` after a request to be contacted. */
  thanksFollowUp: string;
  /** The legend of the contact fields, once the box is ticked. */
  contactTitle: string;
  /** The checkbox (docs/design.md §12). */
  contactAsk: string;
  /** Over the contact fields: who sees the details, what for, and when they are deleted; `{days}` after the request is closed. */
  contactPrivacy: string;
  contactName: string;
  /** Over the e-mail and phone fields. */
  contactHint: string;
  contactEmail: string;
  contactPhone: string;
  contactLanguage: string;
  /** Neither an e-mail nor a phone given. */
  needContact: string;
  badEmail: string;
  badPhone: string;
}

/** Every interface text of the widget in one language: the answer scale's words and its own. */
export type UiStrings = AnswerLabels & OwnStrings;

/** A language's interface texts, from its own table and the scoring package's answer words. */
export const withAnswerLabels = (locale: Locale, own: OwnStrings): UiStrings => ({ ...ANSWER_LABELS[locale], ...own });

/**
 * The tables by language; add one here to support another language. English
 * is in the drop-in bundle; the others are read only by a page in their
 * language, from a file beside it (`mv-feedback-es.js`).
 */
const OWN: Record<Locale, () => Promise<OwnStrings>> = {
  en: () => Promise.resolve(en),
  es: () => import('./es.js').then((module) => module.es),
};

const loaded = new Map<Locale, UiStrings>([['en', withAnswerLabels('en', en)]]);

/** A language's interface texts if they are already here, else undefined. */
export const loadedStrings = (locale: Locale): UiStrings | undefined => loaded.get(locale);

/**
 * A language's interface texts, loaded once; rejects when they cannot be
 * loaded (the file beside the bundle unreachable).
 *
 * @example
 * const s = await loadStrings('es'); // s.send === 'Enviar'
 */
export async function loadStrings(locale: Locale): Promise<UiStrings> {
  const strings = loaded.get(locale) ?? withAnswerLabels(locale, await OWN[locale]());
  loaded.set(locale, strings);
  return strings;
}

/**
 * Fills the `{name}` slots of a string.
 *
 * @example
 * fill('Page {page} of {pages}', { page: 2, pages: 3 }); // 'Page 2 of 3'
 */
export const fill = (text: string, values: Record<string, string | number>): string =>
  text.replace(/\{(\w+)\}/g, (slot, name: string) => String(values[name] ?? slot));

import type { Locale } from '@mv-feedback/scoring';
import { textOf, type PackTexts } from '@mv-feedback/scoring/browser';
import english from '@mv-feedback/scoring/locales/en.json' with { type: 'json' };

/**
 * The widget's own interface texts in one language: its locale pack's
 * `widget.*` texts (packages/scoring/locales/LOCALE.json, docs/design.md §14);
 * `{name}` marks a value filled in at run time. Question texts come from the
 * survey, the answer scale's words from the pack's `answer.*`.
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
  /** Instead of the contact fields when they could not be fetched (docs/design.md §12): the answers still go, without a request to be contacted. */
  contactUnavailable: string;
}

/** The answer scale's words: the pack's `answer.*` texts. */
export interface AnswerWords {
  /** `agree1` (strongly disagree) to `agree5` (strongly agree). */
  agree1: string;
  agree2: string;
  agree3: string;
  agree4: string;
  agree5: string;
  /** `null` on an agreement item. */
  notApplicable: string;
  yes: string;
  no: string;
  /** `null` on a yes/no item. */
  notSure: string;
}

/** Every interface text of the widget in one language, the answer scale's words and its own; the language, its name in itself and its direction. */
export type UiStrings = AnswerWords &
  OwnStrings & {
    locale: Locale;
    languageName: string;
    dir: 'ltr' | 'rtl';
    /** The English texts shown because the pack lacks them, which the widget marks `lang="en"` (in-locale.ts). */
    english: ReadonlySet<string>;
  };

/**
 * A locale pack as the widget reads it; the drop-in build keeps only its
 * `widget.*` and `answer.*` texts, named without their section (`send`).
 */
export interface WidgetPack {
  name: string;
  dir: string;
  texts: PackTexts;
}

/** A pack's `widget.*` and `answer.*` texts (or, as the build leaves them, those alone), by their names without the section. */
const widgetTexts = (texts: PackTexts): Record<string, string> =>
  Object.fromEntries(
    Object.entries(texts).flatMap(([key, value]) => {
      const text = textOf(value);
      return /^((widget|answer)\.)?\w+$/.test(key) && text ? [[key.slice(key.indexOf('.') + 1), text]] : [];
    }),
  );

const englishTexts = widgetTexts(english.texts);

/**
 * A language's interface texts from its pack, each one the pack lacks in English.
 *
 * @example
 * uiStrings(pack, 'vi').send // → 'Gửi'
 */
export const uiStrings = (pack: WidgetPack, locale: Locale): UiStrings => {
  const own = widgetTexts(pack.texts);
  const lacked = Object.keys(englishTexts).flatMap((key) => (key in own ? [] : [englishTexts[key]!]));
  const strings = {
    ...englishTexts,
    ...own,
    locale,
    languageName: pack.name,
    dir: pack.dir === 'rtl' ? 'rtl' : 'ltr',
  } as Omit<UiStrings, 'english'>;
  return { ...strings, english: new Set(lacked) };
};

/**
 * The packs by language. English is in the drop-in bundle; each other one is
 * read only by a page in its language, from a file beside the bundle
 * (`mv-feedback-vi.js`, ≤ 1.5 KiB gzipped).
 */
const PACKS: Record<Exclude<Locale, 'en'>, () => Promise<{ default: WidgetPack }>> = {
  es: () => import('@mv-feedback/scoring/locales/es.json', { with: { type: 'json' } }),
  vi: () => import('@mv-feedback/scoring/locales/vi.json', { with: { type: 'json' } }),
  tl: () => import('@mv-feedback/scoring/locales/tl.json', { with: { type: 'json' } }),
  ko: () => import('@mv-feedback/scoring/locales/ko.json', { with: { type: 'json' } }),
  'zh-Hans': () => import('@mv-feedback/scoring/locales/zh-Hans.json', { with: { type: 'json' } }),
  'zh-Hant': () => import('@mv-feedback/scoring/locales/zh-Hant.json', { with: { type: 'json' } }),
  ar: () => import('@mv-feedback/scoring/locales/ar.json', { with: { type: 'json' } }),
};

const loaded = new Map<Locale, UiStrings>([['en', uiStrings(english, 'en')]]);

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
  const strings = loaded.get(locale) ?? uiStrings((await PACKS[locale as Exclude<Locale, 'en'>]()).default, locale);
  loaded.set(locale, strings);
  return strings;
}

/**
 * Fills the `{name}` slots of a string, numbers written the language's way.
 *
 * @example
 * fill('Page {page} of {pages}', { page: 2, pages: 3 }, 'ar'); // 'Page ٢ of ٣'
 */
export const fill = (text: string, values: Record<string, string | number>, locale: Locale = 'en'): string =>
  text.replace(/\{(\w+)\}/g, (slot, name: string) => {
    const value = values[name];
    return value === undefined ? slot : typeof value === 'number' ? value.toLocaleString(locale) : value;
  });

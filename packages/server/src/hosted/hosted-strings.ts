// The words of the hosted survey pages and the counter card in each offered
// language, from its locale pack's `hosted.*` and `card.*` texts, each missing
// one in English (docs/design.md §9 and §14). The questions come from the
// catalogue, the answer scale from the pack's `answer.*`.
import { answerLabelsOf, section, textOf, type AnswerLabels, type Locale, type PackTexts } from '@mv-feedback/scoring';
import type { LanguagesConfig } from '../config/languages-config.js';
import type { FallbackMarks } from './in-english.js';

export interface HostedStrings extends FallbackMarks {
  /** The language's own name, for the language menu. */
  languageName: string;
  dir: 'ltr' | 'rtl';
  /** The language menu's label. */
  language: string;
  /** The pages' meta description, for a link's preview and a search listing. */
  description: string;
  intro: string;
  /** Who reads the answers and what becomes of them, when no case is attached: then they are anonymous. */
  trust: string;
  /** Instead of `trust` when a case number is attached (a link's `interaction`, an invitation): not anonymous. */
  trustLinked: string;
  /** Instead of `trust` where a reply can be asked for (a department's survey): anonymous unless the resident asks. */
  trustOffer: string;
  /** Instead of `trustLinked` where a reply can be asked for. */
  trustLinkedOffer: string;
  optional: string;
  privacy: string;
  send: string;
  thanksTitle: string;
  thanks: string;
  anotherAnswer: string;
  notFoundTitle: string;
  notFound: string;
  problemTitle: string;
  /** Before the title of a page whose form was refused, and before each message beside a field (GOV.UK's error pattern). */
  errorPrefix: string;
  /** Heads the page of an invitation link that cannot be answered. */
  invitationTitle: string;
  /** Why a form was refused, by the API's error code or the field at fault. */
  problems: {
    nothingAnswered: string;
    /** Beside a question whose answer is not one of its choices. */
    invalidAnswer: string;
    commentTooLong: string;
    invalid: string;
    alreadySent: string;
    invitationUsed: string;
    invalidInvitation: string;
    invitationExpired: string;
    busy: string;
    unavailable: string;
  };
  /** "Contact me" under the comment (docs/design.md §12). */
  followUp: {
    title: string;
    ask: string;
    /** Who sees the details, what for, and when they are deleted: `{days}` after the request is closed. */
    privacy: string;
    name: string;
    /** Over the e-mail and phone fields: what to give, and that the box must be ticked. */
    hint: string;
    email: string;
    phone: string;
    language: string;
    /** Added to the thanks after a request to be contacted. */
    thanks: string;
    /** Why the contact details were refused, each naming its field. */
    needContact: string;
    badEmail: string;
    badPhone: string;
    badName: string;
  };
  department: string;
  /** The link to the department's or the city's contact, for a resident who needs an answer. */
  help: string;
  /** From a page that cannot be answered to the survey that can: the department's open one. */
  answerOpenSurvey: string;
  /** The header's city name when MV_CITY_NAME is not set. */
  defaultCityName: string;
  card: {
    heading: string;
    call: string;
    /** Instead of `call` when the card's link names a case. */
    callLinked: string;
    qrAlt: string;
    orVisit: string;
    printNote: string;
  };
  labels: AnswerLabels;
}

type Page = Omit<HostedStrings, 'languageName' | 'dir' | 'english' | 'problems' | 'followUp' | 'card' | 'labels'>;

/** Every text of a pack under `prefix`, the prefix dropped: English's, the set every language follows. */
const keysUnder = (texts: PackTexts, prefix: string): Record<string, string> =>
  section(
    texts,
    prefix,
    Object.fromEntries(
      Object.keys(texts)
        .filter((k) => k.startsWith(prefix) && !k.slice(prefix.length).includes('.'))
        .map((k) => [k.slice(prefix.length), '']),
    ),
  );

/**
 * The hosted pages' words in one language, from its pack over English's.
 *
 * @example
 * hostedStrings(packs.vi, packs.en).send // → 'Gửi'
 */
export function hostedStrings(
  pack: { name: string; dir: 'ltr' | 'rtl'; texts: PackTexts },
  english: { texts: PackTexts },
): HostedStrings {
  const words = <T extends Record<string, string>>(prefix: string) =>
    section(pack.texts, prefix, keysUnder(english.texts, prefix)) as T;
  // The English texts shown for keys this pack lacks, to mark them (in-english.ts).
  const lacked = Object.keys(english.texts)
    .filter((key) => /^(hosted|card|answer)\./.test(key) && !textOf(pack.texts[key]))
    .map((key) => textOf(english.texts[key]))
    .filter((text) => text !== undefined);
  return {
    english: new Set(lacked),
    ...words<Page>('hosted.'),
    languageName: pack.name,
    dir: pack.dir,
    problems: words<HostedStrings['problems']>('hosted.problem.'),
    followUp: words<HostedStrings['followUp']>('hosted.followUp.'),
    card: words<HostedStrings['card']>('card.'),
    labels: answerLabelsOf(pack.texts, answerLabelsOf(english.texts)),
  };
}

/**
 * Each offered language's hosted words, made once.
 *
 * @example
 * const strings = hostedStringsByLocale(config.languages); strings('es').send // → 'Enviar'
 */
export function hostedStringsByLocale(languages: LanguagesConfig): (locale: Locale) => HostedStrings {
  const made = new Map<Locale, HostedStrings>();
  return (locale) => {
    let strings = made.get(locale);
    if (!strings) {
      strings = hostedStrings(languages.packs[locale], languages.packs.en);
      made.set(locale, strings);
    }
    return strings;
  };
}

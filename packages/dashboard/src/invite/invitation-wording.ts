// What staff paste into an email or a text message to a resident, in any
// language with a locale pack (docs/design.md §14): short, says the answers
// are anonymous and that nobody replies to them (as the survey itself does),
// and where to go for help instead. The words are the packs' `invitation.*`.
import type { Locale } from '@mv-feedback/scoring';
import { section, type PackTexts } from '@mv-feedback/scoring/browser';
import en from '@mv-feedback/scoring/locales/en.json' with { type: 'json' };
import es from '@mv-feedback/scoring/locales/es.json' with { type: 'json' };
import vi from '@mv-feedback/scoring/locales/vi.json' with { type: 'json' };
import tl from '@mv-feedback/scoring/locales/tl.json' with { type: 'json' };
import ko from '@mv-feedback/scoring/locales/ko.json' with { type: 'json' };
import zhHans from '@mv-feedback/scoring/locales/zh-Hans.json' with { type: 'json' };
import zhHant from '@mv-feedback/scoring/locales/zh-Hant.json' with { type: 'json' };
import ar from '@mv-feedback/scoring/locales/ar.json' with { type: 'json' };

/** A pack as the dashboard's build keeps it: the language's own name and its invitation words. */
interface InvitationPack {
  name: string;
  texts: PackTexts;
}

/** Each language's own name and invitation words (the build keeps only these of each pack). */
export const INVITATION_PACKS: Readonly<Record<Locale, InvitationPack>> = {
  en,
  es,
  vi,
  tl,
  ko,
  'zh-Hans': zhHans,
  'zh-Hant': zhHant,
  ar,
};

export interface Wording {
  /** Empty for a text message. */
  subject: string;
  body: string;
}

/** The department as the sentence needs it, or nothing when the link names none. */
type Who = string | null;

const ENGLISH = {
  subject: '',
  greeting: '',
  us: '',
  emailThanks: '',
  noReply: '',
  closing: '',
  text: '',
};
const english = section(en.texts as PackTexts, 'invitation.', ENGLISH);
const words = (locale: Locale) => section(INVITATION_PACKS[locale].texts, 'invitation.', english);
const fill = (text: string, values: Record<string, string>) =>
  text.replace(/\{(\w+)\}/g, (slot, name: string) => values[name] ?? slot);

/**
 * The email to paste, in one language: subject and body holding the link.
 *
 * @example
 * emailWording('en', 'https://feedback.city.gov/r/quick?department=permits', 'Building permits').subject
 * // → 'How did we do? Building permits'
 */
export function emailWording(locale: Locale, link: string, department: Who): Wording {
  const w = words(locale);
  return {
    subject: department ? `${w.subject} ${department}` : w.subject,
    body: [
      w.greeting,
      '',
      fill(w.emailThanks, { who: department ?? w.us }),
      '',
      link,
      '',
      w.noReply,
      '',
      w.closing,
    ].join('\n'),
  };
}

/**
 * The text message to paste, in one language: one short line holding the link.
 *
 * @example
 * textWording('es', 'https://feedback.city.gov/r/quick', null)
 * // → 'Gracias por comunicarse con nosotros. ¿Cómo lo atendimos? Encuesta anónima de 1 minuto: https://…'
 */
export function textWording(locale: Locale, link: string, department: Who): string {
  const w = words(locale);
  return fill(w.text, { who: department ?? w.us, link });
}

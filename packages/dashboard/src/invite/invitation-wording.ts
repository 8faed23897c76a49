// What staff paste into an email or a text message to a resident, in any
// language with a locale pack (docs/design.md §14): short, says the answers
// are anonymous and that nobody replies to them (as the survey itself does),
// and where to go for help instead. The words are the packs' `invitation.*`;
// English and Spanish come with the dashboard, another language's file is
// fetched when staff choose it.
import type { Locale } from '@mv-feedback/scoring';
import { section, type PackTexts } from '@mv-feedback/scoring/browser';
import en from '@mv-feedback/scoring/locales/en.json' with { type: 'json' };
import es from '@mv-feedback/scoring/locales/es.json' with { type: 'json' };

type Pack = { default: { texts: PackTexts } };
const PACKS: Record<Exclude<Locale, 'en' | 'es'>, () => Promise<Pack>> = {
  vi: () => import('@mv-feedback/scoring/locales/vi.json', { with: { type: 'json' } }),
  tl: () => import('@mv-feedback/scoring/locales/tl.json', { with: { type: 'json' } }),
  ko: () => import('@mv-feedback/scoring/locales/ko.json', { with: { type: 'json' } }),
  'zh-Hans': () => import('@mv-feedback/scoring/locales/zh-Hans.json', { with: { type: 'json' } }),
  'zh-Hant': () => import('@mv-feedback/scoring/locales/zh-Hant.json', { with: { type: 'json' } }),
  ar: () => import('@mv-feedback/scoring/locales/ar.json', { with: { type: 'json' } }),
};

/**
 * A language's invitation words: at once for English and Spanish, else
 * fetched once.
 *
 * @example
 * const texts = await invitationTexts('vi'); textWording(texts, link, null);
 */
export async function invitationTexts(locale: Locale): Promise<PackTexts> {
  if (locale === 'en') return en.texts;
  if (locale === 'es') return es.texts;
  return (await PACKS[locale]()).default.texts;
}

export interface Wording {
  /** Empty for a text message. */
  subject: string;
  body: string;
}

/** The department as the sentence needs it, or nothing when the link names none. */
type Who = string | null;

const ENGLISH = { subject: '', greeting: '', us: '', emailThanks: '', noReply: '', closing: '', text: '' };
const english = section(en.texts as PackTexts, 'invitation.', ENGLISH);
const words = (texts: PackTexts) => section(texts, 'invitation.', english);
const fill = (text: string, values: Record<string, string>) =>
  text.replace(/\{(\w+)\}/g, (slot, name: string) => values[name] ?? slot);

/**
 * The email to paste, in one language: subject and body holding the link.
 *
 * @example
 * emailWording(en.texts, 'https://feedback.city.gov/r/quick?department=permits', 'Building permits').subject
 * // → 'How did we do? Building permits'
 */
export function emailWording(texts: PackTexts, link: string, department: Who): Wording {
  const w = words(texts);
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
 * textWording(es.texts, 'https://feedback.city.gov/r/quick', null)
 * // → 'Gracias por comunicarse con nosotros. ¿Cómo lo atendimos? Encuesta anónima de 1 minuto: https://…'
 */
export function textWording(texts: PackTexts, link: string, department: Who): string {
  const w = words(texts);
  return fill(w.text, { who: department ?? w.us, link });
}

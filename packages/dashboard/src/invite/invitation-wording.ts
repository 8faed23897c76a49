// What staff paste into an email or a text message to a resident, in both
// languages: short, says the answers are anonymous and that nobody replies
// to them (as the survey itself does), and where to go for help instead.
import type { Locale } from '@mv-feedback/scoring';

export interface Wording {
  /** Empty for a text message. */
  subject: string;
  body: string;
}

/** The department as the sentence needs it, or nothing when the link names none. */
type Who = string | null;

const EMAIL: Record<Locale, (link: string, who: Who) => Wording> = {
  en: (link, who) => ({
    subject: who ? `How did we do? ${who}` : 'How did we do?',
    body: [
      'Hello,',
      '',
      `Thank you for contacting ${who ?? 'us'}. We would like to know how we did: the survey takes about a minute, and your answers are anonymous.`,
      '',
      link,
      '',
      'Nobody will reply to your answers. If you still need help, reply to this email.',
      '',
      'Thank you.',
    ].join('\n'),
  }),
  es: (link, who) => ({
    subject: who ? `¿Cómo lo atendimos? ${who}` : '¿Cómo lo atendimos?',
    body: [
      'Hola:',
      '',
      `Gracias por comunicarse con ${who ?? 'nosotros'}. Queremos saber cómo lo atendimos: la encuesta dura un minuto y sus respuestas son anónimas.`,
      '',
      link,
      '',
      'Nadie le contestará sobre sus respuestas. Si todavía necesita ayuda, responda a este correo.',
      '',
      'Gracias.',
    ].join('\n'),
  }),
};

const TEXT: Record<Locale, (link: string, who: Who) => string> = {
  en: (link, who) => `Thanks for contacting ${who ?? 'us'}. How did we do? 1-minute anonymous survey: ${link}`,
  es: (link, who) =>
    `Gracias por comunicarse con ${who ?? 'nosotros'}. ¿Cómo lo atendimos? Encuesta anónima de 1 minuto: ${link}`,
};

/**
 * The email to paste, in one language: subject and body holding the link.
 *
 * @example
 * emailWording('en', 'https://feedback.city.gov/r/quick?department=permits', 'Building permits').subject
 * // → 'How did we do? Building permits'
 */
export function emailWording(locale: Locale, link: string, department: Who): Wording {
  return EMAIL[locale](link, department);
}

/**
 * The text message to paste, in one language: one short line holding the link.
 *
 * @example
 * textWording('es', 'https://feedback.city.gov/r/quick', null)
 * // → 'Gracias por comunicarse con nosotros. ¿Cómo lo atendimos? Encuesta anónima de 1 minuto: https://…'
 */
export function textWording(locale: Locale, link: string, department: Who): string {
  return TEXT[locale](link, department);
}

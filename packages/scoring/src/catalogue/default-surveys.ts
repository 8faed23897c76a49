// The default surveys of docs/design.md §3 and §10, as plain data. This module
// imports no runtime code, so the widget bundles the surveys without the
// standards' descriptions, the departments, the schema library or the statistics.
import type { Question, StandardWeight, Survey } from './catalogue-schema.js';

const agree5 = (id: string, en: string, es: string, standard: string): Question => ({
  id,
  type: 'agree5',
  text: { en, es },
  standards: [{ standard, weight: 1 } satisfies StandardWeight],
});

const listened = agree5(
  'listened',
  'Staff listened to me and understood what I needed.',
  'El personal me escuchó y entendió lo que necesitaba.',
  'asking-and-listening',
);
const positive = agree5(
  'positive',
  'Staff were positive and courteous.',
  'El personal fue positivo y cortés.',
  'positive-experience',
);
const accurate = agree5(
  'accurate',
  'I received accurate information.',
  'Recibí información correcta.',
  'knowing-our-business',
);
const sameDay: Question = {
  id: 'same-day',
  type: 'yesno',
  text: {
    en: 'Did we acknowledge your request on the day you contacted us?',
    es: '¿Atendimos su solicitud el mismo día en que se comunicó con nosotros?',
  },
  standards: [{ standard: 'same-day-response', weight: 1 }],
};
const professional = agree5(
  'professional',
  'Staff were professional and knowledgeable.',
  'El personal fue profesional y conocía el tema.',
  'first-impressions',
);
const acknowledged = agree5(
  'acknowledged',
  'Staff acknowledged me promptly and addressed me respectfully.',
  'El personal me atendió con prontitud y me trató con respeto.',
  'connecting',
);
const atEase = agree5(
  'at-ease',
  'Staff put me at ease and earned my trust.',
  'El personal me hizo sentir cómodo y se ganó mi confianza.',
  'respecting-concerns',
);
const wouldChoose = agree5(
  'would-choose',
  'If I had a choice of provider, I would choose this service again.',
  'Si pudiera elegir otro proveedor, volvería a elegir este servicio.',
  'customer-choice',
);
const didBest = agree5(
  'did-best',
  'Even if the answer was no, staff did their best to help me reach my goal.',
  'Aunque la respuesta fuera no, el personal hizo todo lo posible por ayudarme a lograr mi objetivo.',
  'who-we-work-for',
);
const respectedTime = agree5(
  'respected-time',
  'Staff respected my time without rushing me.',
  'El personal respetó mi tiempo sin apresurarme.',
  'efficient-not-rushed',
);
const simpleProcess = agree5(
  'simple-process',
  'The process was simple, with no unnecessary steps.',
  'El trámite fue sencillo, sin pasos innecesarios.',
  'questioning-status-quo',
);

const improveComment = {
  text: { en: 'How could we improve?', es: '¿Cómo podríamos mejorar?' },
  standard: 'questioning-status-quo',
};

/** One question for each standard the quick survey's fixed three leave out. */
const rotating = [sameDay, professional, acknowledged, atEase, wouldChoose, didBest, respectedTime, simpleProcess];

export const defaultSurveys: Survey[] = [
  {
    id: 'quick',
    title: { en: 'Rate your visit', es: 'Califique su atención' },
    // "Your visit" only where the resident came in; a call, an e-mail or a web form is rated as what it was.
    channelTitles: {
      phone: { en: 'Rate your call', es: 'Califique su llamada' },
      email: { en: 'Rate our reply by email', es: 'Califique nuestra respuesta por correo' },
      web: { en: 'Rate our online service', es: 'Califique nuestro servicio en línea' },
      field: { en: 'Rate our visit', es: 'Califique nuestra visita' },
      other: { en: 'Rate our service', es: 'Califique nuestro servicio' },
    },
    // Three questions always, and one of the other eight standards' questions
    // drawn per display: about 1 in 8 quick answers reaches each of them.
    questions: [listened, positive, accurate, ...rotating],
    comment: improveComment,
    rotate: { count: 1, from: rotating.map((q) => q.id) },
  },
  {
    id: 'full',
    title: { en: 'Tell us about your visit', es: 'Cuéntenos sobre su atención' },
    questions: [
      sameDay,
      professional,
      positive,
      listened,
      acknowledged,
      atEase,
      wouldChoose,
      didBest,
      accurate,
      respectedTime,
      simpleProcess,
    ],
    comment: improveComment,
  },
];

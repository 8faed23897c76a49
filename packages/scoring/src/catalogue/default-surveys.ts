// The default surveys of docs/design.md §3 and §10, as plain data, in English:
// every other language's texts are in its locale pack (packages/scoring/locales,
// docs/design.md §14). This module imports no runtime code, so the widget
// bundles the surveys without the standards' descriptions, the departments,
// the schema library, the statistics or any other language.
import type { Question, StandardWeight, Survey } from './catalogue-schema.js';

const agree5 = (id: string, en: string, standard: string): Question => ({
  id,
  type: 'agree5',
  text: { en },
  standards: [{ standard, weight: 1 } satisfies StandardWeight],
});

const listened = agree5('listened', 'Staff listened to me and understood what I needed.', 'asking-and-listening');
const positive = agree5('positive', 'Staff were positive and courteous.', 'positive-experience');
const accurate = agree5('accurate', 'I received accurate information.', 'knowing-our-business');
const sameDay: Question = {
  id: 'same-day',
  type: 'yesno',
  text: {
    en: 'Did we acknowledge your request on the day you contacted us?',
  },
  standards: [{ standard: 'same-day-response', weight: 1 }],
};
const professional = agree5('professional', 'Staff were professional and knowledgeable.', 'first-impressions');
const acknowledged = agree5(
  'acknowledged',
  'Staff acknowledged me promptly and addressed me respectfully.',
  'connecting',
);
const atEase = agree5('at-ease', 'Staff put me at ease and earned my trust.', 'respecting-concerns');
const wouldChoose = agree5(
  'would-choose',
  'If I had a choice of provider, I would choose this service again.',
  'customer-choice',
);
const didBest = agree5(
  'did-best',
  'Even if the answer was no, staff did their best to help me reach my goal.',
  'who-we-work-for',
);
const respectedTime = agree5('respected-time', 'Staff respected my time without rushing me.', 'efficient-not-rushed');
const simpleProcess = agree5(
  'simple-process',
  'The process was simple, with no unnecessary steps.',
  'questioning-status-quo',
);

const improveComment = {
  text: { en: 'How could we improve?' },
  standard: 'questioning-status-quo',
};

/** One question for each standard the quick survey's fixed three leave out. */
const rotating = [sameDay, professional, acknowledged, atEase, wouldChoose, didBest, respectedTime, simpleProcess];

export const defaultSurveys: Survey[] = [
  {
    id: 'quick',
    title: { en: 'Rate your visit' },
    // "Your visit" only where the resident came in; a call, an e-mail or a web form is rated as what it was.
    channelTitles: {
      phone: { en: 'Rate your call' },
      email: { en: 'Rate our reply by email' },
      web: { en: 'Rate our online service' },
      field: { en: 'Rate our visit' },
      other: { en: 'Rate our service' },
    },
    // Three questions always, and one of the other eight standards' questions
    // drawn per display: about 1 in 8 quick answers reaches each of them.
    questions: [listened, positive, accurate, ...rotating],
    comment: improveComment,
    rotate: { count: 1, from: rotating.map((q) => q.id) },
  },
  {
    id: 'full',
    title: { en: 'Tell us about your visit' },
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

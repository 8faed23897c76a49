// The default standards and surveys of SPEC sections 2 and 3, as plain data.
// This module imports no runtime code, so the widget can bundle the surveys
// without the schema library or the statistics.
import type { Catalogue, Question, StandardWeight } from './catalogue-schema.js';

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

const improveComment = {
  text: { en: 'How could we improve?', es: '¿Cómo podríamos mejorar?' },
  standard: 'questioning-status-quo',
};

export const defaultCatalogue: Catalogue = {
  standards: [
    {
      id: 'same-day-response',
      title: { en: 'Providing same day response', es: 'Respuesta el mismo día' },
      description: {
        en: 'The request was acknowledged the day it was received.',
        es: 'La solicitud se atendió el mismo día en que se recibió.',
      },
    },
    {
      id: 'first-impressions',
      title: { en: 'Knowing first impressions matter', es: 'La primera impresión importa' },
      description: {
        en: 'Professional appearance, attitude, manners and knowledge.',
        es: 'Presencia, actitud, modales y conocimientos profesionales.',
      },
    },
    {
      id: 'positive-experience',
      title: { en: 'Ensuring a positive experience', es: 'Una experiencia positiva' },
      description: { en: 'Staff stayed positive.', es: 'El personal mantuvo una actitud positiva.' },
    },
    {
      id: 'asking-and-listening',
      title: { en: 'Asking and listening', es: 'Preguntar y escuchar' },
      description: {
        en: 'Good questions, listened, did not interrupt, patient.',
        es: 'Buenas preguntas, escucha atenta, sin interrupciones, con paciencia.',
      },
    },
    {
      id: 'connecting',
      title: { en: 'Connecting', es: 'Conectar' },
      description: {
        en: 'Acknowledged promptly, courteous, addressed formally by name.',
        es: 'Atención rápida y cortés, con trato formal y por el nombre.',
      },
    },
    {
      id: 'respecting-concerns',
      title: { en: "Respecting our customers' concerns", es: 'Respetar las inquietudes de los clientes' },
      description: {
        en: 'Put at ease, a human face on government, trust.',
        es: 'Hacer sentir cómodo, un rostro humano del gobierno, confianza.',
      },
    },
    {
      id: 'customer-choice',
      title: {
        en: 'Treating customers like they have a choice',
        es: 'Tratar al cliente como si pudiera elegir',
      },
      description: {
        en: 'Service they would choose if they had a choice.',
        es: 'Un servicio que elegirían si pudieran elegir.',
      },
    },
    {
      id: 'who-we-work-for',
      title: { en: 'Remembering who we work for', es: 'Recordar para quién trabajamos' },
      description: {
        en: 'Staff did their best to help, even when the answer was no.',
        es: 'El personal hizo lo posible por ayudar, incluso cuando la respuesta fue no.',
      },
    },
    {
      id: 'knowing-our-business',
      title: { en: 'Knowing our business', es: 'Conocer nuestro trabajo' },
      description: { en: 'Accurate information.', es: 'Información correcta.' },
    },
    {
      id: 'efficient-not-rushed',
      title: { en: 'Fast versus efficient service', es: 'Servicio eficiente, no apresurado' },
      description: {
        en: 'Time respected, never rushed.',
        es: 'Se respetó el tiempo, sin prisas.',
      },
    },
    {
      id: 'questioning-status-quo',
      title: { en: 'Questioning the status quo', es: 'Cuestionar lo establecido' },
      description: {
        en: 'The process was simple; ideas to improve it.',
        es: 'El trámite fue sencillo; ideas para mejorarlo.',
      },
    },
  ],
  surveys: [
    {
      id: 'quick',
      title: { en: 'Rate your visit', es: 'Califique su atención' },
      questions: [listened, positive, accurate],
      comment: improveComment,
    },
    {
      id: 'full',
      title: { en: 'Tell us about your visit', es: 'Cuéntenos sobre su atención' },
      questions: [
        {
          id: 'same-day',
          type: 'yesno',
          text: {
            en: 'Did we acknowledge your request on the day you contacted us?',
            es: '¿Atendimos su solicitud el mismo día en que se comunicó con nosotros?',
          },
          standards: [{ standard: 'same-day-response', weight: 1 }],
        },
        agree5(
          'professional',
          'Staff were professional and knowledgeable.',
          'El personal fue profesional y conocía el tema.',
          'first-impressions',
        ),
        positive,
        listened,
        agree5(
          'acknowledged',
          'Staff acknowledged me promptly and addressed me respectfully.',
          'El personal me atendió con prontitud y me trató con respeto.',
          'connecting',
        ),
        agree5(
          'at-ease',
          'Staff put me at ease and earned my trust.',
          'El personal me hizo sentir cómodo y se ganó mi confianza.',
          'respecting-concerns',
        ),
        agree5(
          'would-choose',
          'If I had a choice of provider, I would choose this service again.',
          'Si pudiera elegir otro proveedor, volvería a elegir este servicio.',
          'customer-choice',
        ),
        agree5(
          'did-best',
          'Even if the answer was no, staff did their best to help me reach my goal.',
          'Aunque la respuesta fuera no, el personal hizo todo lo posible por ayudarme a lograr mi objetivo.',
          'who-we-work-for',
        ),
        accurate,
        agree5(
          'respected-time',
          'Staff respected my time without rushing me.',
          'El personal respetó mi tiempo sin apresurarme.',
          'efficient-not-rushed',
        ),
        agree5(
          'simple-process',
          'The process was simple, with no unnecessary steps.',
          'El trámite fue sencillo, sin pasos innecesarios.',
          'questioning-status-quo',
        ),
      ],
      comment: improveComment,
    },
  ],
};

// The default catalogue of docs/design.md §2, §3 and §10, as plain data: the
// eleven standards, the default surveys and departments.
import type { Catalogue } from './catalogue-schema.js';
import { defaultDepartments } from './default-departments.js';
import { defaultSurveys } from './default-surveys.js';

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
  surveys: defaultSurveys,
  departments: defaultDepartments,
};

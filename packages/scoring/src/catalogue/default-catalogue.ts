// The default catalogue of docs/design.md §2, §3 and §10, as plain data: the
// eleven standards, the default surveys and departments.
import type { Catalogue } from './catalogue-schema.js';
import { defaultDepartments } from './default-departments.js';
import { defaultSurveys } from './default-surveys.js';

export const defaultCatalogue: Catalogue = {
  standards: [
    {
      id: 'same-day-response',
      title: { en: 'Providing same day response' },
      description: {
        en: 'The request was acknowledged the day it was received.',
      },
    },
    {
      id: 'first-impressions',
      title: { en: 'Knowing first impressions matter' },
      description: {
        en: 'Professional appearance, attitude, manners and knowledge.',
      },
    },
    {
      id: 'positive-experience',
      title: { en: 'Ensuring a positive experience' },
      description: { en: 'Staff stayed positive.' },
    },
    {
      id: 'asking-and-listening',
      title: { en: 'Asking and listening' },
      description: {
        en: 'Good questions, listened, did not interrupt, patient.',
      },
    },
    {
      id: 'connecting',
      title: { en: 'Connecting' },
      description: {
        en: 'Acknowledged promptly, courteous, addressed formally by name.',
      },
    },
    {
      id: 'respecting-concerns',
      title: { en: "Respecting our customers' concerns" },
      description: {
        en: 'Put at ease, a human face on government, trust.',
      },
    },
    {
      id: 'customer-choice',
      title: {
        en: 'Treating customers like they have a choice',
      },
      description: {
        en: 'Service they would choose if they had a choice.',
      },
    },
    {
      id: 'who-we-work-for',
      title: { en: 'Remembering who we work for' },
      description: {
        en: 'Staff did their best to help, even when the answer was no.',
      },
    },
    {
      id: 'knowing-our-business',
      title: { en: 'Knowing our business' },
      description: { en: 'Accurate information.' },
    },
    {
      id: 'efficient-not-rushed',
      title: { en: 'Fast versus efficient service' },
      description: {
        en: 'Time respected, never rushed.',
      },
    },
    {
      id: 'questioning-status-quo',
      title: { en: 'Questioning the status quo' },
      description: {
        en: 'The process was simple; ideas to improve it.',
      },
    },
  ],
  surveys: defaultSurveys,
  departments: defaultDepartments,
};

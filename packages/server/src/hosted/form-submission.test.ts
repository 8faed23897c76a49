import { defaultCatalogue } from '@mv-feedback/scoring';
import { describe, expect, it } from 'vitest';
import { formSubmission } from './form-submission.js';

const quick = defaultCatalogue.surveys.find((survey) => survey.id === 'quick')!;
const id = '3f0c6a4e-8f1b-4c57-9a4e-2b1d6c7e9f10';

describe("the plain form's request to be contacted", () => {
  it('is sent when its box is ticked, in the language chosen or else the page’s', () => {
    const fields = {
      lang: 'es',
      'q.listened': '2',
      'follow-up': 'yes',
      'follow-up-name': 'Ana',
      'follow-up-email': '',
      'follow-up-phone': '555 010 4477',
    };
    expect(formSubmission(quick, fields, id).followUp).toEqual({
      name: 'Ana',
      email: '',
      phone: '555 010 4477',
      language: 'es',
    });
    expect(formSubmission(quick, { ...fields, 'follow-up-language': 'en' }, id).followUp).toMatchObject({
      language: 'en',
    });
  });

  it('is left out when the box is not ticked, whatever the fields hold', () => {
    const body = formSubmission(quick, { lang: 'en', 'q.listened': '4', 'follow-up-email': 'a@b.org' }, id);
    expect(body).not.toHaveProperty('followUp');
  });
});

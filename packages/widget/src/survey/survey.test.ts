// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { askedQuestions, defaultCatalogue, drawRotation, submissionSchema } from '@mv-feedback/scoring';
import { buildSubmission, hasContent } from './build-submission.js';
import { bundledSurvey, fetchSurvey } from './survey-source.js';
import { surveyPages } from './survey-pages.js';

const quick = bundledSurvey('quick')!;
const full = bundledSurvey('full')!;

describe('surveyPages', () => {
  it("keeps the quick survey's four asked questions on one page and splits the full one 4, 4, 3", () => {
    expect(surveyPages(askedQuestions(quick, drawRotation(quick)))).toHaveLength(1);
    expect(surveyPages(full.questions).map((p) => p.length)).toEqual([4, 4, 3]);
    expect(surveyPages([1, 2, 3, 4, 5]).map((p) => p.length)).toEqual([3, 2]);
    expect(surveyPages([])).toEqual([[]]);
  });
});

describe('buildSubmission', () => {
  const base = { id: '6f0a7c1e-2b7d-4c3e-9f41-8d2f0e6b1a55', locale: 'es' as const };

  it('makes a body the server schema accepts', () => {
    const body = buildSubmission({
      ...base,
      survey: quick,
      answers: { listened: 5, positive: null, unknown: 3 },
      comment: '  Más horarios por la tarde.  ',
      department: 'permits',
      channel: 'in-person',
      interaction: 'REQ-2291',
      page: 'https://city.example.gov/permits/?name=Ana#top',
    });
    expect(body).toEqual({
      ...base,
      survey: 'quick',
      answers: { listened: 5, positive: null },
      comment: '  Más horarios por la tarde.  ',
      context: {
        department: 'permits',
        channel: 'in-person',
        interaction: 'REQ-2291',
        page: 'https://city.example.gov/permits/',
      },
    });
    expect(submissionSchema(defaultCatalogue).safeParse(body).success).toBe(true);
  });

  it('leaves out a blank comment and context that breaks the rules', () => {
    const body = buildSubmission({
      ...base,
      survey: full,
      answers: { 'same-day': 'yes' },
      comment: '   ',
      department: 'Building Permits',
      channel: 'carrier-pigeon',
      interaction: 'x'.repeat(101),
      page: 'file:///tmp/page.html',
    });
    expect(body.comment).toBeUndefined();
    expect(body.context).toEqual({});
    expect(submissionSchema(defaultCatalogue).safeParse(body).success).toBe(true);
  });

  it('knows when there is nothing to send', () => {
    expect(hasContent({ listened: null, positive: undefined }, ' ')).toBe(false);
    expect(hasContent({ listened: 1 }, '')).toBe(true);
    expect(hasContent({}, 'ok')).toBe(true);
  });
});

describe('fetchSurvey', () => {
  const reply = (status: number, body: unknown) => async () => new Response(JSON.stringify(body), { status });

  it('takes a survey, bare or wrapped', async () => {
    expect(await fetchSurvey('', 'full', reply(200, full))).toEqual(full);
    expect(await fetchSurvey('', 'full', reply(200, { survey: full }))).toEqual(full);
  });

  it('ignores failures and anything that is not the survey asked for', async () => {
    expect(await fetchSurvey('', 'full', reply(404, { error: {} }))).toBeUndefined();
    expect(await fetchSurvey('', 'full', reply(200, quick))).toBeUndefined();
    expect(await fetchSurvey('', 'full', reply(200, { ...full, questions: [{ id: 'x' }] }))).toBeUndefined();
    expect(
      await fetchSurvey('', 'full', async () => {
        throw new TypeError('network');
      }),
    ).toBeUndefined();
  });
});

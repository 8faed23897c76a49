import { describe, expect, it } from 'vitest';
import { defaultCatalogue } from '../catalogue/default-catalogue.js';
import { submissionSchema } from './submission-schema.js';

const schema = submissionSchema(defaultCatalogue);
const valid = {
  id: '3f0c6a4e-8f1b-4c57-9a4e-2b1d6c7e9f10',
  survey: 'quick',
  answers: { listened: 5, positive: 4, accurate: null },
  comment: 'Muy amable, gracias.',
  context: {
    department: 'permits',
    channel: 'in-person',
    interaction: 'TKT-1042',
    page: 'https://city.example.gov/permits',
  },
  locale: 'es',
};

/** The issues of a rejected body as "path: message" lines. */
const issuesOf = (body: unknown) => {
  const result = schema.safeParse(body);
  expect(result.success).toBe(false);
  return result.success ? [] : result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
};

describe('the submission schema', () => {
  it('accepts the body of docs/design.md §5', () => {
    const result = schema.parse(valid);
    expect(result.answers).toEqual(valid.answers);
    expect(result.context.department).toBe('permits');
  });

  it('accepts a comment alone, and defaults locale and context', () => {
    const result = schema.parse({ id: valid.id, survey: 'full', comment: 'The form kept timing out.' });
    expect(result).toMatchObject({ locale: 'en', context: {}, answers: {} });
  });

  it.each([
    ['id not a UUID', { ...valid, id: 'abc' }, 'id', /UUID/],
    ['id missing', { ...valid, id: undefined }, 'id', /./],
    ['unknown survey', { ...valid, survey: 'long' }, 'survey', /unknown survey "long"/],
    [
      'unknown question',
      { ...valid, answers: { listened: 5, colour: 3 } },
      'answers.colour',
      /unknown question "colour"/,
    ],
    [
      'question of the other survey',
      { ...valid, survey: 'full', answers: { 'no-such-question': 4, listened: 5 } },
      'answers.no-such-question',
      /unknown question/,
    ],
    [
      'two rotating questions of the quick survey',
      { ...valid, answers: { listened: 5, 'same-day': 'yes', 'did-best': null } },
      'answers.did-best',
      /asks 1 of its rotating questions at a time \(answered: same-day, did-best\)/,
    ],
    ['agree5 out of range', { ...valid, answers: { listened: 6 } }, 'answers.listened', /1 to 5/],
    ['agree5 not whole', { ...valid, answers: { listened: 4.5 } }, 'answers.listened', /1 to 5/],
    ['agree5 as a string', { ...valid, answers: { listened: '5' } }, 'answers.listened', /./],
    [
      'yes/no as a boolean',
      { ...valid, survey: 'full', answers: { 'same-day': true } },
      'answers.same-day',
      /"yes", "no"/,
    ],
    [
      'yes/no with a number',
      { ...valid, survey: 'full', answers: { 'same-day': 1 } },
      'answers.same-day',
      /"yes", "no"/,
    ],
    [
      'no answer and no comment',
      { ...valid, answers: { listened: null }, comment: undefined },
      'answers',
      /at least one/,
    ],
    ['no answer and a blank comment', { ...valid, answers: {}, comment: ' \n\t ' }, 'answers', /at least one/],
    ['comment over 2,000 characters', { ...valid, comment: 'x'.repeat(2001) }, 'comment', /2000/],
    ['locale other than en or es', { ...valid, locale: 'fr' }, 'locale', /./],
    ['unknown top-level field', { ...valid, email: 'a@b.c' }, '', /email/],
    ['unknown context field', { ...valid, context: { department: 'permits', ip: '1.2.3.4' } }, 'context', /ip/],
    ['department not a slug', { ...valid, context: { department: 'Permits Office' } }, 'context.department', /slug/],
    ['unknown channel', { ...valid, context: { channel: 'fax' } }, 'context.channel', /./],
    [
      'interaction over 100 characters',
      { ...valid, context: { interaction: 'x'.repeat(101) } },
      'context.interaction',
      /100/,
    ],
    ['page not a URL', { ...valid, context: { page: 'javascript:alert(1)' } }, 'context.page', /URL/],
    [
      'a "__proto__" answer',
      JSON.parse(
        '{"id":"3f0c6a4e-8f1b-4c57-9a4e-2b1d6c7e9f10","survey":"quick","answers":{"__proto__":5,"listened":5}}',
      ),
      'answers.__proto__',
      /unknown question/,
    ],
    ['answers not an object', { ...valid, answers: [5, 4] }, 'answers', /./],
    ['body not an object', 'hello', '', /./],
  ])('rejects %s with a useful path', (_, body, path, message) => {
    const issues = issuesOf(body);
    const issue = issues.find((i) => i.path === path);
    expect(issue, JSON.stringify(issues)).toBeDefined();
    expect(issue!.message).toMatch(message);
  });

  it('accepts one rotating question of the quick survey, answered or "does not apply"', () => {
    expect(schema.safeParse({ ...valid, answers: { listened: 5, 'same-day': 'no' } }).success).toBe(true);
    expect(schema.safeParse({ ...valid, answers: { 'simple-process': null, positive: 4 } }).success).toBe(true);
    // The full survey asks every question: no rotation, no limit.
    expect(schema.safeParse({ ...valid, survey: 'full', answers: { 'same-day': 'yes', 'did-best': 4 } }).success).toBe(
      true,
    );
  });

  it('spells the id in lower case, so the same UUID in capitals is the same submission', () => {
    expect(schema.parse({ ...valid, id: valid.id.toUpperCase() }).id).toBe(valid.id);
  });

  it('turns a blank comment into no comment, beside an answer', () => {
    expect(schema.parse({ ...valid, comment: ' \n ' }).comment).toBeNull();
    expect(schema.parse({ ...valid, comment: undefined }).comment).toBeNull();
    expect(schema.parse(valid).comment).toBe(valid.comment);
  });

  it('accepts a comment of exactly 2,000 characters', () => {
    expect(schema.safeParse({ ...valid, comment: 'é'.repeat(2000) }).success).toBe(true);
  });
});

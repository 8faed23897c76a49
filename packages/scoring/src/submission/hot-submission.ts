import { LOCALES, type Catalogue, type Locale, type Question } from '../catalogue/catalogue-schema.js';
import { CHANNELS, SLUG_PATTERN } from '../catalogue/context-rules.js';
import { rotatingAnswers } from '../catalogue/rotation.js';
import {
  MAX_COMMENT_LENGTH,
  MAX_INTERACTION_LENGTH,
  type Answers,
  type ResponseContext,
  type Submission,
} from './submission-schema.js';
import { storableText as storable } from './storable-text.js';
import { hotFollowUp } from './hot-follow-up.js';

// zod's own UUID pattern (z.uuid(), any version), so both accept the same ids.
const UUID =
  /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;

const TOP_KEYS = new Set(['id', 'survey', 'answers', 'comment', 'context', 'locale', 'followUp']);
const CONTEXT_KEYS = new Set(['department', 'channel', 'interaction']);
const channels: ReadonlySet<unknown> = new Set(CHANNELS);

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const validValue = (question: Question, value: unknown): boolean =>
  value === null ||
  (question.type === 'agree5'
    ? typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5
    : value === 'yes' || value === 'no');

/**
 * The submissions almost every request carries, checked without zod: a
 * plain body with known keys, no invitation and no page, every answer and
 * any follow-up request valid.
 * Returns exactly what `submissionSchema(catalogue)` returns for such a body,
 * or null for anything else, which the caller then gives to the schema: zod
 * stays the one source of truth and of the messages for refused bodies. A
 * zod parse costs several times this one, and most of the HTTP thread's
 * time per request went to it (docs/design.md §11).
 *
 * @example
 * const hot = hotSubmissionParser(catalogue);
 * const submission = hot(body) ?? submissionSchema(catalogue).parse(body);
 */
export function hotSubmissionParser(
  catalogue: Catalogue,
  offered: readonly Locale[] = LOCALES,
): (body: unknown) => Submission | null {
  const locales: ReadonlySet<unknown> = new Set(offered);
  const surveys = new Map(
    catalogue.surveys.map((survey) => [survey, new Map(survey.questions.map((q) => [q.id, q]))] as const),
  );
  const byId = new Map([...surveys].map(([survey, questions]) => [survey.id, { survey, questions }]));
  return function hotSubmission(body) {
    if (!isPlainObject(body)) return null;
    for (const key in body) if (!TOP_KEYS.has(key)) return null;
    const { id, survey: surveyId, answers = {}, comment, context = {}, locale = 'en', followUp } = body;
    if (typeof id !== 'string' || !UUID.test(id) || typeof surveyId !== 'string') return null;
    const known = byId.get(surveyId);
    if (!known || !locales.has(locale) || !isPlainObject(answers) || Object.hasOwn(answers, '__proto__')) return null;
    let answered = 0;
    const copied: Answers = {};
    for (const key of Object.keys(answers)) {
      const question = known.questions.get(key);
      const value = answers[key];
      if (!question || !validValue(question, value)) return null;
      if (value !== null) answered += 1;
      copied[key] = value as Answers[string];
    }
    if (rotatingAnswers(known.survey, answers).length > (known.survey.rotate?.count ?? 0)) return null;
    let kept: string | null = null;
    if (typeof comment === 'string') {
      if (comment.length > MAX_COMMENT_LENGTH || !storable(comment)) return null;
      if (comment.trim() !== '') kept = comment;
    } else if (comment !== undefined && comment !== null) return null;
    if (answered === 0 && kept === null) return null;
    const checkedContext = hotContext(context);
    if (!checkedContext) return null;
    const submission: Submission = {
      id: id.toLowerCase(),
      survey: surveyId,
      answers: copied,
      comment: kept,
      context: checkedContext,
      locale: locale as Submission['locale'],
    };
    if (followUp === undefined) return submission;
    const checkedFollowUp = hotFollowUp(followUp);
    return checkedFollowUp && { ...submission, followUp: checkedFollowUp };
  };
}

function hotContext(context: unknown): ResponseContext | null {
  if (!isPlainObject(context)) return null;
  for (const key in context) if (!CONTEXT_KEYS.has(key)) return null;
  const { department, channel, interaction } = context;
  const checked: ResponseContext = {};
  if (department !== undefined) {
    if (typeof department !== 'string' || !SLUG_PATTERN.test(department)) return null;
    checked.department = department;
  }
  if (channel !== undefined) {
    if (!channels.has(channel)) return null;
    checked.channel = channel as NonNullable<ResponseContext['channel']>;
  }
  if (interaction !== undefined) {
    if (typeof interaction !== 'string' || interaction.length > MAX_INTERACTION_LENGTH || !storable(interaction)) {
      return null;
    }
    checked.interaction = interaction;
  }
  return checked;
}

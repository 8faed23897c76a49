import type { AnswerValue, Answers, Locale, Submission, Survey } from '@mv-feedback/scoring';
import { CHANNELS, SLUG_PATTERN } from '@mv-feedback/scoring/browser';
import type { FollowUpRequest } from '../follow-up/follow-up-draft.js';

// A context value that breaks the rules of docs/design.md §3 is left out rather
// than letting the server refuse the resident's answers.

export interface SubmissionInput {
  id: string;
  survey: Survey;
  answers: Readonly<Record<string, AnswerValue | undefined>>;
  comment: string;
  locale: Locale;
  department?: string | null | undefined;
  channel?: string | null | undefined;
  interaction?: string | null | undefined;
  /** The page the resident answered on; only http(s), without query or fragment, which may hold personal data. */
  page?: string | undefined;
  /** The resident's request to be contacted, already checked (docs/design.md §12). */
  followUp?: FollowUpRequest | undefined;
}

/**
 * The department and channel that pass the rules, for a submission or an
 * impression.
 *
 * @example
 * validContext('permits', 'fax'); // { department: 'permits' }
 */
export function validContext(
  department: string | null | undefined,
  channel: string | null | undefined,
): Pick<Submission['context'], 'department' | 'channel'> {
  const context: Submission['context'] = {};
  if (department && SLUG_PATTERN.test(department)) context.department = department;
  const known = CHANNELS.find((c) => c === channel);
  if (known) context.channel = known;
  return context;
}

/** Whether the resident gave anything to send: one answered item or a non-blank comment. */
export const hasContent = (answers: SubmissionInput['answers'], comment: string): boolean =>
  Object.values(answers).some((v) => v !== null && v !== undefined) || comment.trim() !== '';

/**
 * The request body for `POST /api/v1/responses`: answers to the survey's own
 * questions only ("does not apply" as null, untouched ones left out), the
 * comment when not blank, the context that passes the rules, and the
 * request to be contacted when there is one.
 *
 * @example
 * buildSubmission({ id: crypto.randomUUID(), survey, answers: { listened: 5 }, comment: '', locale: 'en', channel: 'web' });
 */
export function buildSubmission(input: SubmissionInput): Submission {
  const answers: Answers = {};
  for (const { id } of input.survey.questions) {
    const value = input.answers[id];
    if (value !== undefined) answers[id] = value;
  }
  const context: Submission['context'] = validContext(input.department, input.channel);
  if (input.interaction && input.interaction.length <= 100) context.interaction = input.interaction;
  const page = input.page && /^https?:/.test(input.page) ? new URL(input.page) : undefined;
  if (page) context.page = (page.origin + page.pathname).slice(0, 2048);
  const submission: Submission = { id: input.id, survey: input.survey.id, answers, context, locale: input.locale };
  if (input.comment.trim()) submission.comment = input.comment;
  if (input.followUp) submission.followUp = input.followUp;
  return submission;
}

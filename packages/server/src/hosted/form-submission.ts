import type { Survey } from '@mv-feedback/scoring';
import type { IngestResult } from '../ingest/ingest-submission.js';
import { answerField } from './survey-form.js';
import type { HostedStrings } from './hosted-strings.js';

/** A posted form's fields, by name (see readFormBody). */
export type FormFields = Readonly<Record<string, string>>;

/** A radio's value as the JSON API takes it: `1`–`5` as numbers, `` as null, anything else as sent (the schema judges it). */
const answerValue = (value: string): number | string | null => (/^[1-5]$/.test(value) ? Number(value) : value || null);

/** The plain form's follow-up fields (docs/design.md §12): the checkbox and the details it reveals. */
export const FOLLOW_UP_FIELDS = {
  wanted: 'follow-up',
  name: 'follow-up-name',
  email: 'follow-up-email',
  phone: 'follow-up-phone',
  language: 'follow-up-language',
} as const;

/** The form's request to be contacted, when its checkbox is ticked: the fields as sent, judged by the API's schema. */
function formFollowUp(fields: FormFields, locale: string): Record<string, string> | undefined {
  if (!fields[FOLLOW_UP_FIELDS.wanted]) return undefined;
  const followUp: Record<string, string> = { language: fields[FOLLOW_UP_FIELDS.language] || locale };
  for (const key of ['name', 'email', 'phone'] as const) {
    const value = fields[FOLLOW_UP_FIELDS[key]];
    if (value !== undefined) followUp[key] = value;
  }
  return followUp;
}

/**
 * The JSON API's body from the hosted page's plain form (docs/design.md §9):
 * the answers of the survey's questions, the comment, the id (the one the
 * page's nonce stands for), the context, the page's language and, when its
 * box is ticked, the request to be contacted (see FOLLOW_UP_FIELDS). Fields the form does not have are
 * left out; every value is judged afterwards by the same schema as the API's.
 *
 * @example
 * formSubmission(quick, { lang: 'es', 'q.listened': '5', comment: '' }, id)
 * // → { id, survey: 'quick', answers: { listened: 5 }, comment: '', context: {}, locale: 'es' }
 */
export function formSubmission(survey: Survey, fields: FormFields, id: string): Record<string, unknown> {
  const answers: Record<string, number | string | null> = {};
  for (const question of survey.questions) {
    const value = fields[answerField(question.id)];
    if (value !== undefined) answers[question.id] = answerValue(value);
  }
  const context: Record<string, string> = {};
  for (const name of ['department', 'channel', 'interaction'] as const) {
    const value = fields[name];
    if (value) context[name] = value;
  }
  const invitation = fields.invitation;
  const locale = fields.lang ?? 'en';
  const followUp = formFollowUp(fields, locale);
  return {
    id,
    survey: survey.id,
    answers,
    comment: fields.comment ?? null,
    context,
    locale,
    ...(invitation ? { invitation } : {}),
    ...(followUp ? { followUp } : {}),
  };
}

/**
 * Why a form was refused, in the resident's words: the cases a resident can
 * meet (nothing answered, a long comment, answers sent before) by name, and
 * anything else as "check your answers".
 */
export function formProblems(result: Exclude<IngestResult, { ok: true }>, s: HostedStrings): string[] {
  switch (result.code) {
    case 'id_conflict':
      return [s.problems.alreadySent];
    case 'storage_unavailable':
      return [s.problems.unavailable];
    default: {
      const problems = new Set<string>();
      for (const { path } of ('issues' in result && result.issues) || []) {
        if (path === 'answers') problems.add(s.problems.nothingAnswered);
        else if (path === 'comment') problems.add(s.problems.commentTooLong);
        else problems.add(s.problems.invalid);
      }
      return problems.size > 0 ? [...problems] : [s.problems.invalid];
    }
  }
}

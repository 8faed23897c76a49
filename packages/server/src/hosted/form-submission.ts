import type { Locale, Survey } from '@mv-feedback/scoring';
import type { IngestResult } from '../ingest/ingest-submission.js';
import { answerField } from './survey-form.js';
import type { HostedStrings } from './hosted-strings.js';
import { FOLLOW_UP_FIELDS, type FollowUpField, type FollowUpFormFields } from './follow-up-fieldset.js';
import { localeNamed } from './hosted-answers.js';

/** A posted form's fields, by name (see readFormBody). */
export type FormFields = Readonly<Record<string, string>>;

/** A radio's value as the JSON API takes it: `1`–`5` as numbers, `` as null, anything else as sent (the schema judges it). */
const answerValue = (value: string): number | string | null => (/^[1-5]$/.test(value) ? Number(value) : value || null);

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

/** "Contact me" as the form posted it, kept as typed to show a refused form again (docs/design.md §12). */
export function shownFollowUp(fields: FormFields, locale: Locale): FollowUpFormFields {
  return {
    wanted: !!fields[FOLLOW_UP_FIELDS.wanted],
    name: fields[FOLLOW_UP_FIELDS.name] ?? '',
    email: fields[FOLLOW_UP_FIELDS.email] ?? '',
    phone: fields[FOLLOW_UP_FIELDS.phone] ?? '',
    language: localeNamed(fields[FOLLOW_UP_FIELDS.language]) ?? locale,
  };
}

/**
 * A refused follow-up's problems by field, each message naming its field, to
 * show beside it and at the top of the form. The schema files "neither an
 * e-mail nor a phone" under the e-mail: a blank e-mail is that case.
 */
export function followUpProblems(
  result: Exclude<IngestResult, { ok: true }>,
  s: HostedStrings,
  given: FollowUpFormFields,
): Partial<Record<FollowUpField, string>> {
  const messages = {
    contact: s.followUp.needContact,
    name: s.followUp.badName,
    email: s.followUp.badEmail,
    phone: s.followUp.badPhone,
  };
  const problems: Partial<Record<FollowUpField, string>> = {};
  for (const { path } of ('issues' in result && result.issues) || []) {
    if (path !== 'followUp' && !path.startsWith('followUp.')) continue;
    const field = path.slice('followUp.'.length);
    const key: FollowUpField =
      field === 'name' || field === 'phone' || (field === 'email' && given.email.trim() !== '') ? field : 'contact';
    problems[key] = messages[key];
  }
  return problems;
}

/**
 * Why a form was refused, in the resident's words: the cases a resident can
 * meet (nothing answered, a long comment, answers sent before, a contact
 * field to fix) by name, and anything else as "check your answers".
 */
export function formProblems(
  result: Exclude<IngestResult, { ok: true }>,
  s: HostedStrings,
  contactProblems: Partial<Record<FollowUpField, string>> = {},
): string[] {
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
        else if (path !== 'followUp' && !path.startsWith('followUp.')) problems.add(s.problems.invalid);
      }
      const contact = Object.values(contactProblems);
      return problems.size + contact.length > 0 ? [...problems, ...contact] : [s.problems.invalid];
    }
  }
}

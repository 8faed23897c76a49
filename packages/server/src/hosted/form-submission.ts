import { LOCALES, type Locale, type Survey } from '@mv-feedback/scoring';
import type { IngestResult } from '../ingest/ingest-submission.js';
import { answerField, fieldId } from './survey-form.js';
import type { HostedStrings } from './hosted-strings.js';
import { FOLLOW_UP_FIELDS, type FollowUpField, type FollowUpFormFields } from './follow-up-fieldset.js';
import { localeNamed } from './hosted-answers.js';

/** One reason a form was refused: the field it is about (its element id, for the error summary's link), and what is wrong. */
export interface FormProblem {
  field?: string;
  message: string;
}

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
    language: localeNamed(fields[FOLLOW_UP_FIELDS.language], LOCALES) ?? locale,
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
 * Why a form was refused, in the resident's words, each with the field it is
 * about: nothing answered (the first question), a long comment, an answer the
 * form cannot have sent (that question), answers sent before, a contact field
 * to fix; anything else as "check your answers" (the GOV.UK error summary's entries).
 */
export function formProblems(
  result: Exclude<IngestResult, { ok: true }>,
  s: HostedStrings,
  survey: Survey,
  asked: readonly string[],
  contactProblems: Partial<Record<FollowUpField, string>> = {},
): FormProblem[] {
  switch (result.code) {
    case 'id_conflict':
      return [{ message: s.problems.alreadySent }];
    case 'storage_unavailable':
      return [{ message: s.problems.unavailable }];
    default: {
      const problems = new Map<string, FormProblem>();
      for (const { path } of ('issues' in result && result.issues) || []) {
        const question = /^answers\.(.+)$/.exec(path)?.[1];
        if (path === 'followUp' || path.startsWith('followUp.')) continue;
        if (path === 'answers' && asked[0] !== undefined)
          problems.set(path, { field: fieldId(asked[0]), message: s.problems.nothingAnswered });
        else if (path === 'comment' && survey.comment)
          problems.set(path, { field: 'comment', message: s.problems.commentTooLong });
        else if (question !== undefined && asked.includes(question))
          problems.set(path, { field: fieldId(question), message: s.problems.invalidAnswer });
        else problems.set('', { message: s.problems.invalid });
      }
      // "Neither an e-mail nor a phone" is fixed at the e-mail field, the first of the two.
      for (const [field, message] of Object.entries(contactProblems)) {
        const id = field === 'contact' ? 'follow-up-email' : `follow-up-${field}`;
        problems.set(`followUp.${field}`, { field: id, message });
      }
      // In the order the fields are on the page, as the resident will meet them (GOV.UK's summary).
      const order = [...asked.map(fieldId), 'comment', 'follow-up-name', 'follow-up-email', 'follow-up-phone'];
      const place = (problem: FormProblem) => (problem.field ? order.indexOf(problem.field) : order.length);
      return problems.size > 0
        ? [...problems.values()].sort((a, b) => place(a) - place(b))
        : [{ message: s.problems.invalid }];
    }
  }
}

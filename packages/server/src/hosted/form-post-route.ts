import { askedQuestions, drawRotation, hostedQuery, type AnswerValue } from '@mv-feedback/scoring';
import { isOwnOrigin } from '../http/own-origin.js';
import { noteUnavailable } from '../http/storage-unavailable.js';
import { MAX_BODY_BYTES } from '../ingest/ingest-route.js';
import { formResponseId } from './form-nonce.js';
import { followUpProblems, formProblems, formSubmission, shownFollowUp } from './form-submission.js';
import type { HostedAnswers, HostedApp, HostedRoutesDeps } from './hosted-answers.js';
import { messagePage, surveyPage } from './hosted-pages.js';
import { readFormBody } from './read-form-body.js';
import { ROTATION_FIELD } from './survey-form.js';

/**
 * `POST /r/:survey`: the plain form of a browser without JavaScript, read
 * under the JSON API's rules (origin, rate, body), stored by the JSON API's
 * own ingest path, then `303` to the thank-you page; a refused form is shown
 * again with its messages (docs/design.md §9).
 *
 * @example
 * formPostRoute(app, deps, hostedAnswers(deps));
 */
export function formPostRoute(app: HostedApp, deps: HostedRoutesDeps, answers: HostedAnswers): void {
  app.post(
    '/r/:survey',
    answers.withSurvey(async (c, survey, here) => {
      const origin = c.req.header('Origin');
      // docs/design.md §9: a form posted from another site is refused; a browser that sends no Origin is not another site.
      if (origin !== undefined && !isOwnOrigin(origin, deps.publicUrl(), c.req.header('Host'))) {
        return answers.refusal(c, 403, 'invalid');
      }
      const retryAfter = deps.rates.responses.take(deps.rates.responses.clientKey(c));
      if (retryAfter !== null) {
        c.header('Retry-After', String(retryAfter));
        return answers.refusal(c, 429, 'busy');
      }
      const read = await readFormBody(c, MAX_BODY_BYTES);
      if (!read.ok) return answers.refusal(c, read.status, 'invalid');
      const { fields } = read;
      const form = { ...here, ...answers.pageContext(c, fields) };
      // The id is the one the page's nonce stands for: a form sent twice is one response sent again.
      const secret = await deps.invitationSecret();
      const id = formResponseId(fields.nonce ?? '', secret);
      if (id === null || (fields.id !== undefined && fields.id.toLowerCase() !== id)) {
        return answers.refusal(c, 400, 'invalid');
      }
      const body = formSubmission(survey, fields, id);
      const result = await deps.ingest(body);
      if (result.ok) {
        // The thanks names no case, so nothing on it reopens one; after an invited answer it offers no other.
        const { department, channel } = form.context;
        const thanks = body.invitation
          ? `${hostedQuery({}, { lang: form.locale })}&invited`
          : hostedQuery({ department, channel }, { lang: form.locale });
        // The thanks says that someone will reply only when the resident asked (docs/design.md §12).
        const contact = body.followUp ? '&contact' : '';
        return c.redirect(`${form.root}/r/${survey.id}/thanks${thanks}${contact}`, 303);
      }
      if (result.status === 503) noteUnavailable(c, result.cause);
      const { s } = form;
      const invitationProblem = INVITATION_PROBLEMS[result.code];
      if (invitationProblem) {
        return answers.page(c, messagePage(form, s.invitationTitle, s.problems[invitationProblem]), result.status);
      }
      // Shown again as it was sent, with the same id and the same rotating questions (the page carries
      // its draw; else those answered): nothing of it was stored.
      const given = body.answers as Record<string, AnswerValue>;
      const carried = (fields[ROTATION_FIELD] ?? '').split(',');
      const rotating = survey.rotate?.from ?? [];
      const kept = rotating.filter((question) => carried.includes(question));
      const drawn = kept.length === survey.rotate?.count ? kept : rotating.filter((q) => Object.hasOwn(given, q));
      const questions = askedQuestions(survey, drawn.length > 0 ? drawn : drawRotation(survey));
      const contact = shownFollowUp(fields, form.locale);
      const contactProblems = followUpProblems(result, s, contact);
      return answers.page(
        c,
        surveyPage(form, {
          survey,
          widget: false,
          id,
          nonce: fields.nonce!,
          questions,
          answers: given,
          comment: typeof body.comment === 'string' ? body.comment : undefined,
          invitation: typeof body.invitation === 'string' ? body.invitation : undefined,
          problems: formProblems(
            result,
            form.s,
            survey,
            questions.map((q) => q.id),
            contactProblems,
          ),
          followUp: contact,
          followUpProblems: contactProblems,
        }),
        result.status,
      );
    }),
  );
}

/** The answers to a form whose invitation cannot be taken: nothing the resident can change on the form. */
const INVITATION_PROBLEMS: Partial<Record<string, 'invalidInvitation' | 'invitationExpired' | 'invitationUsed'>> = {
  invalid_invitation: 'invalidInvitation',
  invitation_expired: 'invitationExpired',
  invitation_used: 'invitationUsed',
};

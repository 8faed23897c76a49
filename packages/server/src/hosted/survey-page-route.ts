import type { Context } from 'hono';
import { askedQuestions, drawRotation, hostedQuery, type HostedContext, type Survey } from '@mv-feedback/scoring';
import { verifyInvitation } from '../invitations/invitation-token.js';
import { listedDepartment } from '../ingest/listed-department.js';
import type { HostedAnswers, HostedApp, HostedEnv, HostedRoutesDeps } from './hosted-answers.js';
import { messagePage, type HostedPageContext } from './hosted-pages.js';
import { isResidentVisit } from './resident-visit.js';

/**
 * `GET /r/:survey`: the survey, as the widget and as a plain form, counted
 * as an offer when a resident opens it (see isResidentVisit); with `inv=`,
 * the survey of an invitation.
 *
 * @example
 * surveyPageRoute(app, deps, hostedAnswers(deps));
 */
export function surveyPageRoute(app: HostedApp, deps: HostedRoutesDeps, answers: HostedAnswers): void {
  app.get(
    '/r/:survey',
    answers.withSurvey((c, survey, here) => {
      const invitation = c.req.query('inv');
      if (invitation !== undefined) return invitationPage(c, survey, here, invitation);
      if (c.req.method === 'GET' && isResidentVisit(c)) countOffer(c, survey, here);
      return answers.formPage(c, here, {
        survey,
        widget: true,
        questions: askedQuestions(survey, drawRotation(survey)),
      });
    }),
  );

  /**
   * The survey of an invitation link (docs/design.md §9): the plain form
   * alone, which passes the token on, in the context the token binds; or why
   * it cannot be answered. Not an offer: the invitation was counted when it
   * was made.
   */
  async function invitationPage(c: Context<HostedEnv>, survey: Survey, here: HostedPageContext, token: string) {
    const check = verifyInvitation(token, await deps.invitationSecret(), deps.now?.());
    const { s } = here;
    // The way on from an invitation that cannot be answered: the same survey's open link (its answer is not
    // verified), unless the invitation was answered; and the help link, which messagePage adds.
    const open = (context: HostedContext) => [
      { href: `${here.root}/r/${survey.id}${hostedQuery(context, { lang: here.locale })}`, text: s.answerOpenSurvey },
    ];
    const refused = (
      problem: 'invalidInvitation' | 'invitationExpired' | 'invitationUsed',
      status: 400 | 409 | 410,
      onward: { href: string; text: string }[] = [],
    ) => answers.page(c, messagePage(here, s.invitationTitle, s.problems[problem], onward), status);
    if (!check.ok || check.claims.survey !== survey.id) return refused('invalidInvitation', 400, open({}));
    const { department, channel } = check.claims;
    if (check.expired) return refused('invitationExpired', 410, open({ department, channel }));
    if (await deps.invitationAnswered(check.signature)) return refused('invitationUsed', 409);
    const { interaction } = check.claims;
    return answers.formPage(
      c,
      { ...here, context: { department, channel, interaction } },
      { survey, widget: false, questions: askedQuestions(survey, drawRotation(survey)), invitation: token },
    );
  }

  /**
   * One offer for a hosted page opened, under the impressions' rate per
   * client, and under no department when the catalogue does not list the
   * link's; the page is served whether or not the count is written: a count
   * lost to a busy database lowers the rate a little and costs no resident
   * an answer.
   */
  function countOffer(c: Context, survey: Survey, here: HostedPageContext): void {
    if (deps.rates.impressions.take(deps.rates.impressions.clientKey(c)) !== null) return;
    const department = listedDepartment(deps.catalogue, here.context.department);
    const channel = here.context.channel ?? '';
    deps.writer.offer({ survey: survey.id, department, channel, at: new Date() }).catch(() => undefined);
  }
}

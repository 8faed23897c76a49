import { hostedQuery } from '@mv-feedback/scoring';
import type { HostedAnswers, HostedApp, HostedRoutesDeps } from './hosted-answers.js';
import { messagePage } from './hosted-pages.js';
import { SHORT_LINK_PATH, contextOfShortSlug, shortLinkSurvey } from './short-link.js';

/**
 * `GET /r/q/:slug`: a counter card's short link, typed by a resident who
 * cannot scan, `303` to the full hosted link it stands for (see short-link.ts);
 * an unknown slug is a 404 page with a way on. Counted against its own rate
 * per client, like the other public routes.
 *
 * @example
 * shortLinkRoute(app, deps, hostedAnswers(deps)); // /r/q/permits-in-person → /r/quick?department=permits&channel=in-person
 */
export function shortLinkRoute(app: HostedApp, deps: HostedRoutesDeps, answers: HostedAnswers): void {
  app.get(`${SHORT_LINK_PATH}/:slug`, (c) => {
    const retryAfter = deps.rates.links.take(deps.rates.links.clientKey(c));
    if (retryAfter !== null) {
      c.header('Retry-After', String(retryAfter));
      return answers.refusal(c, 429, 'busy');
    }
    const here = answers.pageContext(c, c.req.query());
    const survey = shortLinkSurvey(deps.catalogue);
    const context = contextOfShortSlug(c.req.param('slug'), deps.catalogue);
    if (survey === undefined || context === undefined) {
      const { s } = here;
      const onward = survey
        ? [{ href: `${here.root}/r/${survey}${hostedQuery({}, { lang: here.locale })}`, text: s.answerOpenSurvey }]
        : [];
      return answers.page(c, messagePage(here, s.notFoundTitle, s.notFound, onward), 404);
    }
    c.header('Cache-Control', 'no-store');
    return c.redirect(`${here.root}/r/${survey}${hostedQuery(context)}`, 303);
  });
}

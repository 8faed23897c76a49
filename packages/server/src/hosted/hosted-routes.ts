import { Hono } from 'hono';
import { residentLanguage } from '../http/resident-language.js';
import { staticText } from '../http/static-text.js';
import { formPostRoute } from './form-post-route.js';
import { hostedAnswers, type HostedEnv, type HostedRoutesDeps } from './hosted-answers.js';
import { thanksPage } from './hosted-pages.js';
import { HOSTED_CSS, HOSTED_ICON } from './hosted-styles.js';
import { qrCardRoutes } from './qr-card-routes.js';
import { shortLinkRoute } from './short-link-route.js';
import { surveyPageRoute } from './survey-page-route.js';

export type { HostedRoutesDeps } from './hosted-answers.js';
export { MAX_QR_LINK_LENGTH } from './qr-card-routes.js';

/**
 * The hosted survey pages of docs/design.md §9, under `/r`: the survey
 * (`GET /r/:survey`, survey-page-route.ts), its plain form's
 * `POST /r/:survey` (form-post-route.ts), the thank-you page, the QR code and
 * the counter card (qr-card-routes.ts), and their stylesheet and icon. Every
 * page says `noindex`. Pages are in `lang`, else the browser's
 * `Accept-Language`, else English; an unknown survey is a 404 page in that
 * language.
 *
 * @example
 * app.route('/', hostedRoutes({ catalogue, cityName: 'Riverton', publicUrl: () => 'https://feedback.city.gov', ingest, writer, rates }));
 */
export function hostedRoutes(deps: HostedRoutesDeps): Hono<HostedEnv> {
  const app = new Hono<HostedEnv>();

  staticText(app, '/r/hosted.css', HOSTED_CSS, 'text/css; charset=utf-8');
  staticText(app, '/r/icon.svg', HOSTED_ICON, 'image/svg+xml');
  // The icon a browser asks for by itself on any page of this server (the dashboard, the demo): not a 404 in its console.
  staticText(app, '/favicon.ico', HOSTED_ICON, 'image/svg+xml');
  app.use('/r/*', residentLanguage(deps.languages.offered));

  const answers = hostedAnswers(deps);
  // Before the survey's routes: `/r/q/…` is a short link, not a survey named `q`.
  shortLinkRoute(app, deps, answers);
  surveyPageRoute(app, deps, answers);
  formPostRoute(app, deps, answers);
  app.get(
    '/r/:survey/thanks',
    answers.withSurvey((c, survey, here) =>
      answers.page(
        c,
        thanksPage(here, survey, {
          invited: c.req.query('invited') !== undefined,
          contact: c.req.query('contact') !== undefined,
        }),
      ),
    ),
  );
  qrCardRoutes(app, deps, answers);
  return app;
}

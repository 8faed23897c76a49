import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { etag } from 'hono/etag';
import { languageDetector } from 'hono/language';
import {
  LOCALES,
  askedQuestions,
  drawRotation,
  hostedLink,
  hostedQuery,
  type AnswerValue,
  type Catalogue,
  type Locale,
  type Survey,
} from '@mv-feedback/scoring';
import { noteUnavailable } from '../http/storage-unavailable.js';
import { verifyInvitation } from '../invitations/invitation-token.js';
import type { GroupCommitWriter } from '../ingest/group-commit-writer.js';
import type { IngestResult } from '../ingest/ingest-submission.js';
import { MAX_BODY_BYTES } from '../ingest/ingest-route.js';
import type { ClientCounter } from '../ingest/rate-limit.js';
import { counterCard } from './counter-card.js';
import { formProblems, formSubmission, type FormFields } from './form-submission.js';
import { hostedContext } from './hosted-context.js';
import { messagePage, surveyPage, thanksPage, type HostedPageContext } from './hosted-pages.js';
import { HOSTED_STRINGS } from './hosted-strings.js';
import { HOSTED_CSS, HOSTED_ICON } from './hosted-styles.js';
import { HOSTED_PAGE_POLICY, type Html } from './page-layout.js';
import { qrSvg } from './qr-svg.js';

export interface HostedRoutesDeps {
  catalogue: Catalogue;
  cityName: string;
  /** The absolute base of links and QR codes (MV_PUBLIC_URL, else the server's own address). */
  publicUrl: () => string;
  /** The JSON API's path into the database, taken by the plain form too. */
  ingest: (body: unknown) => Promise<IngestResult>;
  writer: Pick<GroupCommitWriter, 'offer'>;
  rates: { responses: ClientCounter; impressions: ClientCounter };
  /** The key invitations are signed with (see keptInvitationSecret). */
  invitationSecret: () => Promise<string>;
  /** Whether a response answered the invitation with this signature already. */
  invitationAnswered: (signature: string) => Promise<boolean>;
  /** The clock an invitation's expiry is read against (default: the system's). */
  now?: () => Date;
}

type HostedEnv = { Variables: { language: string } };

/** A page's own origin: what a form posted from it names in `Origin`. */
const isOwnOrigin = (origin: string, publicUrl: string, host: string | undefined) => {
  try {
    return origin === new URL(publicUrl).origin || new URL(origin).host === host;
  } catch {
    return false;
  }
};

/** Link previews and speculative loads fetch a page no resident has opened: they are not offers. */
const isPrefetch = (c: Context) =>
  /prefetch|prerender/i.test(`${c.req.header('Sec-Purpose')} ${c.req.header('Purpose')}`);

/**
 * The hosted survey pages of SPEC section 9, under `/r`: the survey
 * (`GET /r/:survey`, counted as an offer), its plain form's
 * `POST /r/:survey` (stored by the JSON API's own path, then `303` to
 * `/r/:survey/thanks`), the QR code (`qr.svg`) and the counter card
 * (`card`) of its absolute link, and their stylesheet. Pages are in `lang`,
 * else the browser's `Accept-Language`, else English; an unknown survey is a
 * 404 page in that language.
 *
 * @example
 * app.route('/', hostedRoutes({ catalogue, cityName: 'Riverton', publicUrl: () => 'https://feedback.city.gov', ingest, writer, rates }));
 */
export function hostedRoutes(deps: HostedRoutesDeps): Hono<HostedEnv> {
  const surveys = new Map(deps.catalogue.surveys.map((survey) => [survey.id, survey]));
  const app = new Hono<HostedEnv>();

  for (const [path, body, type] of [
    ['/r/hosted.css', HOSTED_CSS, 'text/css; charset=utf-8'],
    ['/r/icon.svg', HOSTED_ICON, 'image/svg+xml'],
  ] as const) {
    app.get(path, etag(), (c) => {
      c.header('Cache-Control', 'public, max-age=300');
      return c.body(body, 200, { 'Content-Type': type });
    });
  }

  app.use(
    '/r/*',
    languageDetector({
      order: ['querystring', 'header'],
      lookupQueryString: 'lang',
      supportedLanguages: [...LOCALES],
      fallbackLanguage: 'en',
      // No cookie: the server keeps nothing of a resident (SPEC section 8).
      caches: false,
    }),
  );

  /** What the pages of this request know, from its query (the form's fields, for a POST). */
  const pageContext = (c: Context<HostedEnv>, query: Record<string, string | undefined>): HostedPageContext => ({
    catalogue: deps.catalogue,
    cityName: deps.cityName,
    root: new URL(deps.publicUrl()).pathname.replace(/\/$/, ''),
    // A form names its page's language in a field; a link, in its query or else the browser's Accept-Language.
    locale: localeNamed(query.lang) ?? (c.var.language as Locale),
    context: hostedContext(query),
  });

  const page = (c: Context, body: Html, status: 200 | 400 | 403 | 404 | 409 | 410 | 413 | 415 | 429 | 503 = 200) => {
    c.header('Content-Security-Policy', HOSTED_PAGE_POLICY);
    c.header('Cache-Control', 'no-store');
    return c.html(body, status);
  };

  const notFound = (c: Context<HostedEnv>, here: HostedPageContext) => {
    const s = HOSTED_STRINGS[here.locale];
    return page(c, messagePage(here, s.notFoundTitle, s.notFound), 404);
  };

  /** Runs `answer` with the survey the path names, or answers the 404 page. */
  const withSurvey =
    (answer: (c: Context<HostedEnv>, survey: Survey, here: HostedPageContext) => Response | Promise<Response>) =>
    (c: Context<HostedEnv>) => {
      const here = pageContext(c, c.req.query());
      const survey = surveys.get(c.req.param('survey') ?? '');
      return survey ? answer(c, survey, here) : notFound(c, here);
    };

  app.get(
    '/r/:survey',
    withSurvey((c, survey, here) => {
      const invitation = c.req.query('inv');
      if (invitation !== undefined) return invitationPage(c, survey, here, invitation);
      if (c.req.method === 'GET' && !isPrefetch(c)) countOffer(c, survey, here);
      return page(
        c,
        surveyPage(here, {
          survey,
          widget: true,
          id: crypto.randomUUID(),
          questions: askedQuestions(survey, drawRotation(survey)),
        }),
      );
    }),
  );

  /**
   * The survey of an invitation link (SPEC 9): the plain form alone, which
   * passes the token on, in the context the token binds; or why it cannot be
   * answered. Not an offer: the invitation was counted when it was made.
   */
  async function invitationPage(c: Context<HostedEnv>, survey: Survey, here: HostedPageContext, token: string) {
    const check = verifyInvitation(token, await deps.invitationSecret(), deps.now?.());
    const s = HOSTED_STRINGS[here.locale];
    const refused = (problem: 'invalidInvitation' | 'invitationExpired' | 'invitationUsed', status: 400 | 409 | 410) =>
      page(c, messagePage(here, s.invitationTitle, s.problems[problem]), status);
    if (!check.ok || check.claims.survey !== survey.id) return refused('invalidInvitation', 400);
    if (check.expired) return refused('invitationExpired', 410);
    if (await deps.invitationAnswered(check.signature)) return refused('invitationUsed', 409);
    const { department, channel, interaction } = check.claims;
    return page(
      c,
      surveyPage(
        { ...here, context: { department, channel, interaction } },
        {
          survey,
          widget: false,
          id: crypto.randomUUID(),
          questions: askedQuestions(survey, drawRotation(survey)),
          invitation: token,
        },
      ),
    );
  }

  /**
   * One offer for a hosted page opened, under the impressions' rate per
   * client; the page is served whether or not the count is written: a count
   * lost to a busy database lowers the rate a little and costs no resident
   * an answer.
   */
  function countOffer(c: Context, survey: Survey, here: HostedPageContext): void {
    if (deps.rates.impressions.take(deps.rates.impressions.clientKey(c)) !== null) return;
    const { department = '', channel = '' } = here.context;
    deps.writer.offer({ survey: survey.id, department, channel, at: new Date() }).catch(() => undefined);
  }

  app.post(
    '/r/:survey',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) => refusal(c as Context<HostedEnv>, 413, 'invalid'),
    }),
    withSurvey(async (c, survey, here) => {
      const origin = c.req.header('Origin');
      // SPEC 9: a form posted from another site is refused; a browser that sends no Origin is not another site.
      if (origin !== undefined && !isOwnOrigin(origin, deps.publicUrl(), c.req.header('Host'))) {
        return refusal(c, 403, 'invalid');
      }
      if (!/^application\/x-www-form-urlencoded\b/i.test(c.req.header('Content-Type') ?? '')) {
        return refusal(c, 415, 'invalid');
      }
      const retryAfter = deps.rates.responses.take(deps.rates.responses.clientKey(c));
      if (retryAfter !== null) {
        c.header('Retry-After', String(retryAfter));
        return refusal(c, 429, 'busy');
      }
      const fields: FormFields = await c.req.parseBody();
      const form = { ...here, ...pageContext(c, stringFields(fields)) };
      const body = formSubmission(survey, fields);
      const result = await deps.ingest(body);
      if (result.ok) {
        return c.redirect(`${form.root}/r/${survey.id}/thanks${hostedQuery(form.context, { lang: form.locale })}`, 303);
      }
      if (result.status === 503) noteUnavailable(c, result.cause);
      const invitationProblem = INVITATION_PROBLEMS[result.code];
      if (invitationProblem) {
        const s = HOSTED_STRINGS[form.locale];
        return page(c, messagePage(form, s.invitationTitle, s.problems[invitationProblem]), result.status);
      }
      // Shown again as it was sent, with the same id: nothing of it was stored.
      const answers = body.answers as Record<string, AnswerValue>;
      const drawn = (survey.rotate?.from ?? []).filter((id) => Object.hasOwn(answers, id));
      return page(
        c,
        surveyPage(form, {
          survey,
          widget: false,
          id: typeof body.id === 'string' ? body.id : crypto.randomUUID(),
          questions: askedQuestions(survey, drawn.length > 0 ? drawn : drawRotation(survey)),
          answers,
          comment: typeof body.comment === 'string' ? body.comment : undefined,
          invitation: typeof body.invitation === 'string' ? body.invitation : undefined,
          problems: formProblems(result, HOSTED_STRINGS[form.locale]),
        }),
        result.status,
      );
    }),
  );

  /** A form refused before it was read: a page that says so, in the page's language. */
  function refusal(c: Context<HostedEnv>, status: 403 | 413 | 415 | 429, problem: 'invalid' | 'busy') {
    const here = pageContext(c, c.req.query());
    const s = HOSTED_STRINGS[here.locale];
    return page(c, messagePage(here, s.problemTitle, s.problems[problem]), status);
  }

  app.get(
    '/r/:survey/thanks',
    withSurvey((c, survey, here) => page(c, thanksPage(here, survey))),
  );

  app.get(
    '/r/:survey/qr.svg',
    withSurvey((c, survey, here) => {
      // A link that names its language keeps it in the code; a card's leaves it to the resident's phone.
      const link = hostedLink(deps.publicUrl(), survey.id, here.context, { lang: localeNamed(c.req.query('lang')) });
      c.header('Cache-Control', 'public, max-age=300');
      return c.body(qrSvg(link), 200, { 'Content-Type': 'image/svg+xml' });
    }),
  );

  app.get(
    '/r/:survey/card',
    withSurvey((c, survey, here) =>
      page(c, counterCard(here, { survey, link: hostedLink(deps.publicUrl(), survey.id, here.context) })),
    ),
  );

  return app;
}

/** The answers to a form whose invitation cannot be taken: nothing the resident can change on the form. */
const INVITATION_PROBLEMS: Partial<Record<string, 'invalidInvitation' | 'invitationExpired' | 'invitationUsed'>> = {
  invalid_invitation: 'invalidInvitation',
  invitation_expired: 'invitationExpired',
  invitation_used: 'invitationUsed',
};

const localeNamed = (lang: string | undefined): Locale | undefined => LOCALES.find((locale) => locale === lang);

const stringFields = (fields: FormFields): Record<string, string | undefined> =>
  Object.fromEntries(Object.entries(fields).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));

import { Hono, type Context } from 'hono';
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
import { isOwnOrigin } from '../http/own-origin.js';
import { noteUnavailable } from '../http/storage-unavailable.js';
import { verifyInvitation } from '../invitations/invitation-token.js';
import type { GroupCommitWriter } from '../ingest/group-commit-writer.js';
import type { IngestResult } from '../ingest/ingest-submission.js';
import { MAX_BODY_BYTES } from '../ingest/ingest-route.js';
import { listedDepartment } from '../ingest/listed-department.js';
import type { ClientCounter } from '../ingest/rate-limit.js';
import { counterCard } from './counter-card.js';
import { formResponseId, makeFormNonce } from './form-nonce.js';
import { formProblems, formSubmission } from './form-submission.js';
import { hostedContext } from './hosted-context.js';
import { messagePage, surveyPage, thanksPage, type HostedPageContext, type SurveyPageView } from './hosted-pages.js';
import { HOSTED_STRINGS } from './hosted-strings.js';
import { HOSTED_CSS, HOSTED_ICON } from './hosted-styles.js';
import { HOSTED_PAGE_POLICY, type Html } from './page-layout.js';
import { qrSvg } from './qr-svg.js';
import { readFormBody } from './read-form-body.js';
import { renderedLinks } from './rendered-links.js';
import { isResidentVisit } from './resident-visit.js';

/** Longest link a QR code is drawn for: a full context's link, percent-encoded, fits with room to spare. */
export const MAX_QR_LINK_LENGTH = 512;
/** Distinct QR codes kept drawn (a few KiB each). */
const QR_CODES_KEPT = 256;
/** The QR code's own policy: an image with nothing to run or load. */
const QR_POLICY = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'self'";

export interface HostedRoutesDeps {
  catalogue: Catalogue;
  cityName: string;
  /** The absolute base of links and QR codes (MV_PUBLIC_URL, else the server's own address). */
  publicUrl: () => string;
  /** The JSON API's path into the database, taken by the plain form too. */
  ingest: (body: unknown) => Promise<IngestResult>;
  writer: Pick<GroupCommitWriter, 'offer'>;
  /** Per client: forms sent, offers counted, and QR codes drawn (MV_RATE_LIMIT a minute each). */
  rates: { responses: ClientCounter; impressions: ClientCounter; renders: ClientCounter };
  /** The key invitations are signed with (see keptInvitationSecret). */
  invitationSecret: () => Promise<string>;
  /** Whether a response answered the invitation with this signature already. */
  invitationAnswered: (signature: string) => Promise<boolean>;
  /** The clock an invitation's expiry is read against (default: the system's). */
  now?: () => Date;
}

type HostedEnv = { Variables: { language: string } };

/**
 * The hosted survey pages of docs/design.md §9, under `/r`: the survey
 * (`GET /r/:survey`, an offer when a resident opens it, see
 * isResidentVisit), its plain form's `POST /r/:survey` (read under the JSON
 * API's rules, stored by its own path, then `303` to `/r/:survey/thanks`),
 * the QR code (`qr.svg`, each link drawn once, new drawings limited per
 * client) and the counter card (`card`) of its absolute link, and their
 * stylesheet. Every page says `noindex`. Pages are in `lang`,
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

  const page = (
    c: Context,
    body: Html,
    status: 200 | 400 | 403 | 404 | 408 | 409 | 410 | 413 | 414 | 415 | 429 | 503 = 200,
    cacheControl = 'no-store',
  ) => {
    c.header('Content-Security-Policy', HOSTED_PAGE_POLICY);
    c.header('Cache-Control', cacheControl);
    // Links go out by e-mail and chat: a search engine that finds one must not list it.
    c.header('X-Robots-Tag', 'noindex, nofollow');
    return c.html(body, status);
  };

  /**
   * A survey's form, ready to send: a new server-signed nonce and the id it
   * stands for. The page may be kept by the browser (`private, no-cache`), so
   * Back shows the same form and Send again sends the same id: one response,
   * not two (docs/design.md §9).
   */
  const formPage = async (c: Context, here: HostedPageContext, view: Omit<SurveyPageView, 'id' | 'nonce'>) => {
    const secret = await deps.invitationSecret();
    const nonce = makeFormNonce(secret);
    return page(c, surveyPage(here, { ...view, nonce, id: formResponseId(nonce, secret)! }), 200, 'private, no-cache');
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
      if (c.req.method === 'GET' && isResidentVisit(c)) countOffer(c, survey, here);
      return formPage(c, here, { survey, widget: true, questions: askedQuestions(survey, drawRotation(survey)) });
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
    return formPage(
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

  app.post(
    '/r/:survey',
    withSurvey(async (c, survey, here) => {
      const origin = c.req.header('Origin');
      // docs/design.md §9: a form posted from another site is refused; a browser that sends no Origin is not another site.
      if (origin !== undefined && !isOwnOrigin(origin, deps.publicUrl(), c.req.header('Host'))) {
        return refusal(c, 403, 'invalid');
      }
      const retryAfter = deps.rates.responses.take(deps.rates.responses.clientKey(c));
      if (retryAfter !== null) {
        c.header('Retry-After', String(retryAfter));
        return refusal(c, 429, 'busy');
      }
      const read = await readFormBody(c, MAX_BODY_BYTES);
      if (!read.ok) return refusal(c, read.status, 'invalid');
      const { fields } = read;
      const form = { ...here, ...pageContext(c, fields) };
      // The id is the one the page's nonce stands for: a form sent twice is one response sent again.
      const secret = await deps.invitationSecret();
      const id = formResponseId(fields.nonce ?? '', secret);
      if (id === null || (fields.id !== undefined && fields.id.toLowerCase() !== id)) return refusal(c, 400, 'invalid');
      const body = formSubmission(survey, fields, id);
      const result = await deps.ingest(body);
      if (result.ok) {
        // The thanks names no case, so nothing on it reopens one; after an invited answer it offers no other.
        const { department, channel } = form.context;
        const thanks = body.invitation
          ? `${hostedQuery({}, { lang: form.locale })}&invited`
          : hostedQuery({ department, channel }, { lang: form.locale });
        return c.redirect(`${form.root}/r/${survey.id}/thanks${thanks}`, 303);
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
          id,
          nonce: fields.nonce!,
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
  function refusal(
    c: Context<HostedEnv>,
    status: 400 | 403 | 408 | 413 | 414 | 415 | 429,
    problem: 'invalid' | 'busy',
  ) {
    const here = pageContext(c, c.req.query());
    const s = HOSTED_STRINGS[here.locale];
    return page(c, messagePage(here, s.problemTitle, s.problems[problem]), status);
  }

  app.get(
    '/r/:survey/thanks',
    withSurvey((c, survey, here) =>
      page(c, thanksPage(here, survey, { invited: c.req.query('invited') !== undefined })),
    ),
  );

  const qrCodes = renderedLinks(QR_CODES_KEPT);
  app.get(
    '/r/:survey/qr.svg',
    // A strong ETag of the drawing: a browser or a CDN that keeps it asks again with If-None-Match and gets a 304.
    etag(),
    withSurvey((c, survey, here) => {
      // A link that names its language keeps it in the code; a card's leaves it to the resident's phone.
      const link = hostedLink(deps.publicUrl(), survey.id, here.context, { lang: localeNamed(c.req.query('lang')) });
      // An image's refusals are a few bytes of text: under a storm they must cost less than a page.
      if (link.length > MAX_QR_LINK_LENGTH) return c.text(`link over ${MAX_QR_LINK_LENGTH} characters`, 414);
      let svg = qrCodes.get(link);
      if (svg === undefined) {
        // Only a new drawing costs CPU, so only a new drawing counts against the client's rate.
        const retryAfter = deps.rates.renders.take(deps.rates.renders.clientKey(c));
        if (retryAfter !== null) {
          c.header('Retry-After', String(retryAfter));
          return c.text('too many new QR codes from this client; try again later', 429);
        }
        svg = qrCodes.put(link, qrSvg(link));
      }
      c.header('Cache-Control', 'public, max-age=300');
      c.header('Content-Security-Policy', QR_POLICY);
      c.header('X-Robots-Tag', 'noindex');
      return c.body(svg, 200, { 'Content-Type': 'image/svg+xml' });
    }),
  );

  app.get(
    '/r/:survey/card',
    withSurvey((c, survey, here) => {
      const link = hostedLink(deps.publicUrl(), survey.id, here.context);
      if (link.length > MAX_QR_LINK_LENGTH) return refusal(c, 414, 'invalid');
      return page(c, counterCard(here, { survey, link }));
    }),
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

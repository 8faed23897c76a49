import type { Context, Hono } from 'hono';
import { hostedQuery, type Catalogue, type Locale, type Survey } from '@mv-feedback/scoring';
import type { LanguagesConfig } from '../config/languages-config.js';
import { DEFAULTS } from '../config/load-config.js';
import type { GroupCommitWriter } from '../writer/group-commit-writer.js';
import type { IngestResult } from '../ingest/ingest-submission.js';
import type { ClientCounter } from '../http/rate-limit.js';
import { formResponseId, makeFormNonce } from './form-nonce.js';
import { hostedContext } from './hosted-context.js';
import { messagePage, surveyPage, type HostedPageContext, type SurveyPageView } from './hosted-pages.js';
import { hostedStringsByLocale } from './hosted-strings.js';
import { HOSTED_PAGE_POLICY, type Html } from './page-layout.js';

export interface HostedRoutesDeps {
  catalogue: Catalogue;
  /** The languages offered and their packs (docs/design.md §14). */
  languages: LanguagesConfig;
  cityName: string;
  /** The city's contact for residents who need an answer (MV_HELP_URL); a department's own `helpHref` wins. */
  helpUrl?: string;
  /** The absolute base of links and QR codes (MV_PUBLIC_URL, else the server's own address). */
  publicUrl: () => string;
  /** The JSON API's path into the database, taken by the plain form too. */
  ingest: (body: unknown) => Promise<IngestResult>;
  writer: Pick<GroupCommitWriter, 'offer'>;
  /** Per client: forms sent, offers counted, QR codes drawn and short links followed (MV_RATE_LIMIT a minute each). */
  rates: { responses: ClientCounter; impressions: ClientCounter; renders: ClientCounter; links: ClientCounter };
  /** The key invitations are signed with (see keptInvitationSecret). */
  invitationSecret: () => Promise<string>;
  /** Whether a response answered the invitation with this signature already. */
  invitationAnswered: (signature: string) => Promise<boolean>;
  /** MV_FOLLOW_UP_RETENTION_DAYS, said in the consent text of "contact me" (docs/design.md §12). */
  followUpRetentionDays: number;
  /** The clock an invitation's expiry is read against (default: the system's). */
  now?: () => Date;
}

/** The hosted routes' context: the language the detector chose for the request. */
export type HostedEnv = { Variables: { language: string } };
export type HostedApp = Hono<HostedEnv>;

type PageStatus = 200 | 400 | 403 | 404 | 408 | 409 | 410 | 413 | 414 | 415 | 429 | 503;

/** The ways a hosted route answers, shared by the survey page, its form and the QR code and card. */
export interface HostedAnswers {
  /** What the pages of this request know, from its query (the form's fields, for a POST). */
  pageContext(c: Context<HostedEnv>, query: Record<string, string | undefined>): HostedPageContext;
  /** An HTML page under the hosted pages' policy: strict CSP, `noindex`, the cache rule given. */
  page(c: Context, body: Html, status?: PageStatus, cacheControl?: string): Response | Promise<Response>;
  /**
   * A survey's form, ready to send: a new server-signed nonce and the id it
   * stands for. The page may be kept by the browser (`private, no-cache`), so
   * Back shows the same form and Send again sends the same id: one response,
   * not two (docs/design.md §9).
   */
  formPage(c: Context, here: HostedPageContext, view: Omit<SurveyPageView, 'id' | 'nonce'>): Promise<Response>;
  /** Runs `answer` with the survey the path names, or answers the 404 page in the request's language. */
  withSurvey(
    answer: (c: Context<HostedEnv>, survey: Survey, here: HostedPageContext) => Response | Promise<Response>,
  ): (c: Context<HostedEnv>) => Response | Promise<Response>;
  /** A request refused before it was read: a page that says so, in the page's language. */
  refusal(
    c: Context<HostedEnv>,
    status: 400 | 403 | 408 | 413 | 414 | 415 | 429,
    problem: 'invalid' | 'busy',
  ): Response | Promise<Response>;
}

/**
 * The answers every hosted route gives, made once from the routes' deps.
 *
 * @example
 * const answers = hostedAnswers(deps);
 * app.get('/r/:survey/thanks', answers.withSurvey((c, survey, here) => answers.page(c, thanksPage(here, survey))));
 */
export function hostedAnswers(deps: HostedRoutesDeps): HostedAnswers {
  const surveys = new Map(deps.catalogue.surveys.map((survey) => [survey.id, survey]));
  const strings = hostedStringsByLocale(deps.languages);
  const { offered, card } = deps.languages;

  const pageContext: HostedAnswers['pageContext'] = (c, query) => {
    // A form names its page's language in a field; a link, in its query or else the browser's Accept-Language.
    const locale = localeNamed(query.lang, offered) ?? (c.var.language as Locale);
    const context = hostedContext(query);
    const department = deps.catalogue.departments?.find((d) => d.id === context.department);
    return {
      catalogue: deps.catalogue,
      // The default name is words, not a name: it is said in the page's language.
      cityName: deps.cityName === DEFAULTS.cityName ? strings(locale).defaultCityName : deps.cityName,
      root: new URL(deps.publicUrl()).pathname.replace(/\/$/, ''),
      locale,
      s: strings(locale),
      strings,
      offered,
      cardLocales: card,
      context,
      help: department?.helpHref ?? deps.helpUrl,
      followUpRetentionDays: deps.followUpRetentionDays,
    };
  };

  const page: HostedAnswers['page'] = (c, body, status = 200, cacheControl = 'no-store') => {
    c.header('Content-Security-Policy', HOSTED_PAGE_POLICY);
    c.header('Cache-Control', cacheControl);
    // Links go out by e-mail and chat: a search engine that finds one must not list it.
    c.header('X-Robots-Tag', 'noindex, nofollow');
    return c.html(body, status);
  };

  return {
    pageContext,
    page,
    async formPage(c, here, view) {
      const secret = await deps.invitationSecret();
      const nonce = makeFormNonce(secret);
      return page(
        c,
        surveyPage(here, { ...view, nonce, id: formResponseId(nonce, secret)! }),
        200,
        'private, no-cache',
      );
    },
    withSurvey: (answer) => (c) => {
      const here = pageContext(c, c.req.query());
      const survey = surveys.get(c.req.param('survey') ?? '');
      if (survey) return answer(c, survey, here);
      const { s } = here;
      // The way on from a wrong link: the city's first survey, for the same department and channel.
      const open = deps.catalogue.surveys[0];
      const { department, channel } = here.context;
      const onward = open
        ? [
            {
              href: `${here.root}/r/${open.id}${hostedQuery({ department, channel }, { lang: here.locale })}`,
              text: s.answerOpenSurvey,
            },
          ]
        : [];
      return page(c, messagePage(here, s.notFoundTitle, s.notFound, onward), 404);
    },
    refusal(c, status, problem) {
      const here = pageContext(c, c.req.query());
      return page(c, messagePage(here, here.s.problemTitle, here.s.problems[problem]), status);
    },
  };
}

/** The offered locale a `lang` value names, if any. */
export const localeNamed = (lang: string | undefined, offered: readonly Locale[]): Locale | undefined =>
  offered.find((locale) => locale === lang);

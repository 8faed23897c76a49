import { html } from 'hono/html';
import { say } from './in-english.js';
import {
  departmentTitle,
  hostedQuery,
  surveyTitle,
  type Catalogue,
  type HostedContext,
  type Locale,
  type Survey,
} from '@mv-feedback/scoring';
import type { HostedStrings } from './hosted-strings.js';
import { pageLayout, type Html, type LanguageLink } from './page-layout.js';
import { surveyForm, type SurveyFormView } from './survey-form.js';

/** What every hosted page of one request knows. */
export interface HostedPageContext {
  catalogue: Catalogue;
  cityName: string;
  /** The server's root path as residents see it (from MV_PUBLIC_URL), without a trailing slash. */
  root: string;
  locale: Locale;
  /** The hosted words in `locale`. */
  s: HostedStrings;
  /** The hosted words in any offered language (the counter card prints several). */
  strings: (locale: Locale) => HostedStrings;
  /** The languages offered (MV_LOCALES), English first. */
  offered: readonly Locale[];
  /** The languages a counter card prints (MV_CARD_LOCALES). */
  cardLocales: readonly Locale[];
  context: HostedContext;
  /** Where a resident who needs an answer turns: the department's own contact, else MV_HELP_URL; none when neither is set. */
  help?: string | undefined;
  /** Days a closed request's contact details are kept (MV_FOLLOW_UP_RETENTION_DAYS), said beside "contact me". */
  followUpRetentionDays: number;
}

const departmentName = (page: HostedPageContext) => {
  if (!page.context.department) return undefined;
  const title = departmentTitle(page.catalogue, page.context.department);
  return title[page.locale] ?? title.en;
};

/** The same path in each other offered language: the context kept, `lang` switched. */
const otherLanguages = (page: HostedPageContext, path: string): LanguageLink[] =>
  page.offered
    .filter((locale) => locale !== page.locale)
    .map((locale) => ({
      locale,
      name: page.strings(locale).languageName,
      href: `${path}${hostedQuery(page.context, { lang: locale })}`,
    }));

/** The frame's language parts: the page's language and direction, and its menu of the others. */
const languageFrame = (page: HostedPageContext, path: string | undefined) => ({
  locale: page.locale,
  dir: page.s.dir,
  description: page.s.description,
  helpLabel: say(page.s, page.s.help),
  languageLabel: page.s.language,
  languages: path === undefined ? undefined : otherLanguages(page, path),
});

export interface SurveyPageView extends Omit<SurveyFormView, 'locale' | 's' | 'context' | 'action' | 'retentionDays'> {
  /** Show the widget, with the form as its fallback; an invitation's page is the form alone (the widget cannot pass one on). */
  widget: boolean;
}

/**
 * The hosted survey (docs/design.md §9): the drop-in widget inline and full
 * width, told not to report its own impression (`no-impression`: the GET
 * of this page was counted), holding the plain form as its light DOM. The
 * widget's shadow root has no slot, so once it runs the form is not shown;
 * without JavaScript (or without the widget's script) the form is the page.
 */
export function surveyPage(page: HostedPageContext, view: SurveyPageView): Html {
  const { survey } = view;
  const path = `${page.root}/r/${survey.id}`;
  // Posted to another URL than the page's: a POST makes the browser drop what it keeps of its target,
  // and the page must stay kept, so Back shows the same form, with the same id.
  const form = surveyForm({
    ...view,
    locale: page.locale,
    s: page.s,
    languages: page.offered.map((locale) => ({ locale, name: page.strings(locale).languageName })),
    retentionDays: page.followUpRetentionDays,
    context: page.context,
    action: `${path}?send`,
  });
  const { department, channel, interaction } = page.context;
  return pageLayout({
    ...languageFrame(page, view.invitation ? undefined : path),
    // GOV.UK's error pattern: the title says first that the page shows a refused form (WCAG 3.3.1).
    title: `${view.problems?.length ? `${page.s.errorPrefix} ` : ''}${surveyTitle(survey, channel, page.locale)} · ${page.cityName}`,
    cityName: page.cityName,
    department: departmentName(page),
    root: page.root,
    help: page.help,
    script: view.widget ? '/mv-feedback.js' : undefined,
    body: view.widget
      ? html`<mv-feedback
          survey="${survey.id}"
          lang="${page.locale}"
          ${department ? html`department="${department}"` : ''}
          ${channel ? html`channel="${channel}"` : ''}
          ${interaction ? html`interaction="${interaction}"` : ''}
          ${page.help ? html`help-href="${page.help}"` : ''}
          no-impression
          >${form}</mv-feedback
        >`
      : form,
  });
}

/**
 * After the plain form was stored: thanks, and a way to answer for another
 * visit, which names no case (another visit is another case); none at all
 * after an invited answer, whose one answer is given; and, after a request
 * to be contacted, that someone will be (docs/design.md §12).
 */
export function thanksPage(page: HostedPageContext, survey: Survey, { invited = false, contact = false } = {}): Html {
  const { s } = page;
  const path = `${page.root}/r/${survey.id}`;
  const { department, channel } = page.context;
  return pageLayout({
    ...languageFrame(page, invited ? undefined : `${path}/thanks`),
    title: `${s.thanksTitle} · ${page.cityName}`,
    cityName: page.cityName,
    department: departmentName(page),
    root: page.root,
    help: page.help,
    body: html`<div class="card" role="status">
      <h2>${say(s, s.thanksTitle)}</h2>
      <p>${say(s, s.thanks)}</p>
      ${contact ? html`<p>${say(s, s.followUp.thanks)}</p>` : ''}
      ${
        invited
          ? ''
          : html`<p><a href="${path}${hostedQuery({ department, channel }, { lang: page.locale })}">${say(s, s.anotherAnswer)}</a></p>`
      }
    </div>`,
  });
}

/** A way on from a page that cannot give what was asked: a link and its words. */
export interface Onward {
  href: string;
  text: string;
}

/**
 * A page that says what went wrong, for an unknown survey or an invitation
 * that cannot be answered, and never a dead end: the ways on it is given, and
 * the help link (the department's contact or MV_HELP_URL) when there is one.
 */
export function messagePage(
  page: HostedPageContext,
  heading: string,
  message: string,
  onward: readonly Onward[] = [],
): Html {
  const { s } = page;
  const ways = [...onward, ...(page.help ? [{ href: page.help, text: s.help }] : [])];
  return pageLayout({
    ...languageFrame(page, undefined),
    title: `${heading} · ${page.cityName}`,
    cityName: page.cityName,
    root: page.root,
    body: html`<div class="card">
      <h2>${say(s, heading)}</h2>
      <p>${say(s, message)}</p>
      ${
        ways.length > 0
          ? html`<ul class="onward">
              ${ways.map(({ href, text }) => html`<li><a href="${href}">${say(s, text)}</a></li>`)}
            </ul>`
          : ''
      }
    </div>`,
  });
}

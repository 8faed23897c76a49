import { html } from 'hono/html';
import type { Locale } from '@mv-feedback/scoring';

export type Html = ReturnType<typeof html>;

/**
 * The policy of every hosted page: its own stylesheet and, on the survey,
 * the widget's module from this server; forms post only here. No inline
 * script or style anywhere, and no nonce to keep.
 */
export const HOSTED_PAGE_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; " +
  "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/** Another language of the same page, named in itself. */
export interface LanguageLink {
  locale: Locale;
  name: string;
  /** The same page in that language, a URL relative to this one. */
  href: string;
}

export interface PageFrame {
  locale: Locale;
  dir?: 'ltr' | 'rtl' | undefined;
  /** The document's title. */
  title: string;
  cityName: string;
  /** The department's name under the city's, when the link names one. */
  department?: string | undefined;
  /** The path of the server's root as the resident sees it (from MV_PUBLIC_URL), without a trailing slash. */
  root: string;
  /** The language menu's label, in the page's language. */
  languageLabel?: string | undefined;
  /** The same page in each other offered language; none on a page that has no other. */
  languages?: readonly LanguageLink[] | undefined;
  /** Where a resident who needs an answer turns (see HostedPageContext.help), linked at the page's foot. */
  help?: string | undefined;
  /** The help link's words, in the page's language (or marked as English). */
  helpLabel?: Html | string | undefined;
  /** The pages' meta description, in the page's language. */
  description?: string | undefined;
  /** A module script to load from the server, e.g. `/mv-feedback.js`. */
  script?: string | undefined;
  body: Html;
}

/**
 * The start of every hosted page, to its `<head>`'s end: language, a
 * viewport for phones, the stylesheet. The referrer goes to this server only
 * (a link's interaction reference never reaches another site), and not
 * `no-referrer`: under it the form's POST would say `Origin: null`, which the
 * origin rule must refuse.
 */
export const documentHead = ({
  locale,
  dir = 'ltr',
  title,
  description,
  root,
  script,
}: Pick<PageFrame, 'locale' | 'dir' | 'title' | 'description' | 'root' | 'script'>) =>
  html`<!doctype html>
<html lang="${locale}" dir="${dir}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="referrer" content="same-origin" />
    <meta name="robots" content="noindex, nofollow" />
    <title>${title}</title>
    ${description ? html`<meta name="description" content="${description}" />` : ''}
    <link rel="icon" href="${root}/r/icon.svg" type="image/svg+xml" />
    <link rel="stylesheet" href="${root}/r/hosted.css" />
    ${script ? html`<script type="module" src="${root}${script}"></script>` : ''}
  </head>`;

/**
 * The frame of a hosted page: its head, the city's name (and the department's) as its heading, and a
 * menu of the same page in each other offered language, each named in itself
 * and marked with its language (WCAG 2.2 3.1.2).
 *
 * @example
 * c.html(pageLayout({ locale: 'en', title: 'Thank you', cityName: 'Riverton', root: '', body: html`<p>…</p>` }));
 */
export function pageLayout(frame: PageFrame): Html {
  const languages = frame.languages ?? [];
  return html`${documentHead(frame)}
  <body>
    <header class="site-header">
      <h1>${frame.cityName}</h1>
      ${
        languages.length === 0
          ? ''
          : html`<nav class="languages" aria-label="${frame.languageLabel}">
              <ul>
                ${languages.map(
                  (l) =>
                    html`<li><a class="language" href="${l.href}" lang="${l.locale}" hreflang="${l.locale}">${l.name}</a></li>`,
                )}
              </ul>
            </nav>`
      }
      ${frame.department ? html`<p class="department">${frame.department}</p>` : ''}
    </header>
    <main id="main">${frame.body}</main>
    ${frame.help ? html`<footer class="site-footer"><p><a href="${frame.help}">${frame.helpLabel}</a></p></footer>` : ''}
  </body>
</html>
`;
}

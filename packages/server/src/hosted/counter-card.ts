import { html } from 'hono/html';
import { say } from './in-english.js';
import { departmentTitle, hostedQuery, type Survey } from '@mv-feedback/scoring';
import type { HostedPageContext } from './hosted-pages.js';
import { documentHead, type Html } from './page-layout.js';

/**
 * How the link is set: a short link always on one line, in smaller type the
 * longer it is, so that up to about 85 characters fit the width of A4 within
 * its margins; a full link (no short one) breaks where it must.
 */
const linkClass = (link: string, short: boolean) =>
  !short ? 'breaks' : link.length <= 48 ? 'unbroken' : link.length <= 64 ? 'unbroken longer' : 'unbroken longest';

export interface CounterCardView {
  survey: Survey;
  /** The link printed under the QR code for a resident to type: the short link when there is one, else the full one. */
  link: string;
  /** Whether `link` is a short link (`/r/q/…`), printed on one line. */
  short: boolean;
}

/**
 * A counter card to print (docs/design.md §9): the city's and the department's
 * names, the call to answer in each language of MV_CARD_LOCALES (English and
 * Spanish unless the city chooses up to three) side by side, the QR code of
 * the hosted link about 100 mm wide (the 10:1 rule: scanned from a metre),
 * and the link in text, unbroken (a short one, `/r/q/…`, when the link has
 * one), on one page of Letter or A4 (the stylesheet's print rules keep it
 * within both).
 *
 * @example
 * c.html(counterCard(page, { survey, link: 'https://feedback.city.gov/r/q/permits', short: true }));
 */
export function counterCard(page: HostedPageContext, { survey, link, short }: CounterCardView): Html {
  const department = page.context.department ? departmentTitle(page.catalogue, page.context.department) : undefined;
  const { s } = page;
  // The page's language first when the card prints it, then the others: all are always printed.
  const locales = page.cardLocales.includes(page.locale)
    ? [page.locale, ...page.cardLocales.filter((locale) => locale !== page.locale)]
    : page.cardLocales;
  // Several languages are printed, so the code names none: the resident's phone picks.
  const qr = `${page.root}/r/${survey.id}/qr.svg${hostedQuery(page.context)}`;
  return html`${documentHead({ locale: page.locale, dir: s.dir, description: s.description, title: `${s.card.heading} · ${page.cityName}`, root: page.root })}
  <body>
    <main class="counter-card">
      <h1>${page.cityName}</h1>
      ${
        department
          ? html`<p class="department">
              ${locales.map(
                (locale, i) =>
                  html`${i > 0 ? ' · ' : ''}<span lang="${department[locale] ? locale : 'en'}"
                      >${department[locale] ?? department.en}</span
                    >`,
              )}
            </p>`
          : ''
      }
      <div class="calls">
        ${locales.map(
          (locale) => html`<section lang="${locale}" dir="${page.strings(locale).dir}">
            <h2>${say(page.strings(locale), page.strings(locale).card.heading)}</h2>
            <p>
              ${say(
                page.strings(locale),
                page.context.interaction ? page.strings(locale).card.callLinked : page.strings(locale).card.call,
              )}
            </p>
          </section>`,
        )}
      </div>
      <img src="${qr}" alt="${s.card.qrAlt}" />
      <p class="link">${say(s, s.card.orVisit)} <span class="${linkClass(link, short)}">${link}</span></p>
      <p class="print-note">${say(s, s.card.printNote)}</p>
    </main>
  </body>
</html>
`;
}

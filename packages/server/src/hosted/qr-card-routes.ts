import { etag } from 'hono/etag';
import { hostedLink } from '@mv-feedback/scoring';
import { counterCard } from './counter-card.js';
import { localeNamed, type HostedAnswers, type HostedApp, type HostedRoutesDeps } from './hosted-answers.js';
import { qrSvg } from './qr-svg.js';
import { renderedLinks } from './rendered-links.js';
import { SHORT_LINK_PATH, shortLinkSurvey, shortSlug } from './short-link.js';

/** Longest link a QR code is drawn for: a full context's link, percent-encoded, fits with room to spare. */
export const MAX_QR_LINK_LENGTH = 512;
/** Distinct QR codes kept drawn (a few KiB each). */
const QR_CODES_KEPT = 256;
/** The QR code's own policy: an image with nothing to run or load. */
const QR_POLICY = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'self'";

/**
 * `GET /r/:survey/qr.svg` and `/r/:survey/card`: the QR code of a hosted
 * link and the printable counter card. Both need no login, so their cost is
 * bounded: each link is drawn once (the last QR_CODES_KEPT kept), only a new
 * drawing counts against the client's rate, and a link is at most
 * MAX_QR_LINK_LENGTH characters.
 *
 * @example
 * qrCardRoutes(app, deps, hostedAnswers(deps));
 */
export function qrCardRoutes(app: HostedApp, deps: HostedRoutesDeps, answers: HostedAnswers): void {
  const qrCodes = renderedLinks(QR_CODES_KEPT);
  app.get(
    '/r/:survey/qr.svg',
    // A strong ETag of the drawing: a browser or a CDN that keeps it asks again with If-None-Match and gets a 304.
    etag(),
    answers.withSurvey((c, survey, here) => {
      // A link that names its language keeps it in the code; a card's leaves it to the resident's phone.
      const link = hostedLink(deps.publicUrl(), survey.id, here.context, {
        lang: localeNamed(c.req.query('lang'), deps.languages.offered),
      });
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
    answers.withSurvey((c, survey, here) => {
      const link = hostedLink(deps.publicUrl(), survey.id, here.context);
      if (link.length > MAX_QR_LINK_LENGTH) return answers.refusal(c, 414, 'invalid');
      // What a resident types is short: the card's short link when its survey and context have one.
      const slug = survey.id === shortLinkSurvey(deps.catalogue) ? shortSlug(here.context) : undefined;
      const typed = slug ? `${deps.publicUrl()}${SHORT_LINK_PATH}/${slug}` : link;
      return answers.page(c, counterCard(here, { survey, link: typed, short: slug !== undefined }));
    }),
  );
}

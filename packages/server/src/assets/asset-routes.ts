import { join } from 'node:path';
import { Hono } from 'hono';
import { LOCALES } from '@mv-feedback/scoring';
import { defaultLanguages, type LanguagesConfig } from '../config/languages-config.js';
import { sendRepresentation } from './send-representation.js';
import { defaultAssetRoots, isDirectory, resolveInside, sendFile, type AssetRoots } from './static-assets.js';
import { widgetLanguageFiles } from './widget-language-files.js';

// The hosted pages run only their own module script and talk only to this
// server: a policy as strict as the one the dashboard and widget are tested under.
const DASHBOARD_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; " +
  "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
const DEMO_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; " +
  "base-uri 'none'; form-action 'none'";
const htmlHeaders = (policy: string) => ({ 'Content-Security-Policy': policy, 'X-Content-Type-Options': 'nosniff' });

/** The chunk of the widget's "contact me" fields, which rollup.config.mjs emits beside the bundle. */
export const WIDGET_FOLLOW_UP_CHUNK = 'mv-feedback-follow-up-form.js';

export interface AssetRoutesOptions {
  /** Also serve the example city page at /demo/. */
  demo?: boolean;
  roots?: AssetRoots;
  /** The packs the widget's language files are made from, and the languages offered; every built-in one unless given. */
  languages?: LanguagesConfig;
}

// Readable from any site, as a script embedded across origins must be.
const CROSS_ORIGIN = { 'Access-Control-Allow-Origin': '*', 'Cross-Origin-Resource-Policy': 'cross-origin' };

/**
 * The files the server hosts: the drop-in widget bundle and its language
 * files (readable from any site), the staff dashboard,
 * and with `demo` the example city page.
 *
 * @example
 * app.route('/', assetRoutes({ demo: true }));
 */
export function assetRoutes(options: AssetRoutesOptions = {}): Hono {
  const roots = options.roots ?? defaultAssetRoots;
  const app = new Hono();
  // The bundle, the fields of "contact me" it loads from beside itself (docs/design.md §12) and the scorecard's bundle.
  for (const file of ['mv-feedback.js', WIDGET_FOLLOW_UP_CHUNK, 'mv-scorecard.js']) {
    app.get(`/${file}`, (c) => sendFile(c, join(roots.widgetDist, file), { headers: CROSS_ORIGIN }));
  }
  // Each offered language's texts, which the bundle loads from beside itself wherever the page is
  // (docs/design.md §14): made from this server's packs, so a city's own reach the widget it serves.
  // A language not offered has none (404), as the widget never asks for one.
  for (const [locale, file] of widgetLanguageFiles(options.languages ?? defaultLanguages())) {
    app.get(`/mv-feedback-${locale}.js`, (c) =>
      sendRepresentation(c, file, file.copies, {
        'Content-Type': 'text/javascript; charset=utf-8',
        'Cache-Control': 'public, max-age=300',
        'X-Content-Type-Options': 'nosniff',
        ...CROSS_ORIGIN,
      }),
    );
  }
  const dashboardPage = (c: Parameters<typeof sendFile>[0]) =>
    sendFile(c, join(roots.dashboardPublic, 'index.html'), {
      cacheControl: 'no-cache',
      headers: htmlHeaders(DASHBOARD_POLICY),
    });
  app.get('/dashboard', dashboardPage);
  app.get('/dashboard/', dashboardPage);
  // The bundle, the chunk it fetches on sign-in (so the sign-in view loads only what it draws),
  // the languages view's, the follow-up views' chunk, which only admin and responder tokens fetch
  // (docs/design.md §12), and the invitation words of each language beyond English and Spanish,
  // fetched when staff choose one.
  const wordingFiles = LOCALES.filter((l) => l !== 'en' && l !== 'es').map((l) => `mv-scores-dashboard-${l}.js`);
  for (const file of [
    'mv-scores-dashboard.js',
    'mv-scores-dashboard-signed-in-parts.js',
    'mv-scores-dashboard-languages-table.js',
    'mv-scores-dashboard-follow-up-elements.js',
    ...wordingFiles,
  ]) {
    app.get(`/dashboard/${file}`, (c) => sendFile(c, join(roots.dashboardDist, file)));
  }
  if (options.demo) {
    app.get('/demo', (c) => c.redirect('/demo/', 301));
    app.get('/demo/*', async (c) => {
      const relative = c.req.path.slice('/demo/'.length);
      const file = resolveInside(
        roots.demo,
        relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative,
      );
      // /demo/es → /demo/es/, so the page's relative links resolve inside its folder.
      if (file && (await isDirectory(file))) return c.redirect(`${c.req.path}/`, 301);
      const headers = file?.endsWith('.html') ? htmlHeaders(DEMO_POLICY) : undefined;
      return sendFile(c, file, { cacheControl: 'no-cache', headers });
    });
  }
  return app;
}

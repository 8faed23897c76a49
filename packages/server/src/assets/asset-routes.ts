import { join } from 'node:path';
import { Hono } from 'hono';
import { defaultAssetRoots, isDirectory, resolveInside, sendFile, type AssetRoots } from './static-assets.js';

export interface AssetRoutesOptions {
  /** Also serve the example city page at /demo/. */
  demo?: boolean;
  roots?: AssetRoots;
}

/**
 * The files the server hosts: the drop-in widget bundle (readable from any
 * site, as a script embedded across origins must be), the staff dashboard,
 * and with `demo` the example city page.
 *
 * @example
 * app.route('/', assetRoutes({ demo: true }));
 */
export function assetRoutes(options: AssetRoutesOptions = {}): Hono {
  const roots = options.roots ?? defaultAssetRoots;
  const app = new Hono();
  app.get('/mv-feedback.js', (c) =>
    sendFile(c, join(roots.widgetDist, 'mv-feedback.js'), {
      headers: { 'Access-Control-Allow-Origin': '*', 'Cross-Origin-Resource-Policy': 'cross-origin' },
    }),
  );
  const dashboardPage = (c: Parameters<typeof sendFile>[0]) =>
    sendFile(c, join(roots.dashboardPublic, 'index.html'), { cacheControl: 'no-cache' });
  app.get('/dashboard', dashboardPage);
  app.get('/dashboard/', dashboardPage);
  app.get('/dashboard/mv-scores-dashboard.js', (c) => sendFile(c, join(roots.dashboardDist, 'mv-scores-dashboard.js')));
  if (options.demo) {
    app.get('/demo', (c) => c.redirect('/demo/', 301));
    app.get('/demo/*', async (c) => {
      const relative = c.req.path.slice('/demo/'.length);
      const file = resolveInside(roots.demo, relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative);
      // /demo/es → /demo/es/, so the page's relative links resolve inside its folder.
      if (file && (await isDirectory(file))) return c.redirect(`${c.req.path}/`, 301);
      return sendFile(c, file, { cacheControl: 'no-cache' });
    });
  }
  return app;
}

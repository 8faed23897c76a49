import type { Env, Hono } from 'hono';
import { etag } from 'hono/etag';

/**
 * Serves a text made at build time (a page's stylesheet, an icon) at `path`:
 * an ETag for 304s and five minutes in caches, so a new release shows soon.
 *
 * @example
 * staticText(app, '/r/hosted.css', HOSTED_CSS, 'text/css; charset=utf-8');
 */
export function staticText<E extends Env>(app: Hono<E>, path: string, body: string, type: string): void {
  app.get(path, etag(), (c) => {
    c.header('Cache-Control', 'public, max-age=300');
    return c.body(body, 200, { 'Content-Type': type });
  });
}

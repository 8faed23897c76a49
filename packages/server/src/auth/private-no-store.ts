import type { MiddlewareHandler } from 'hono';

/**
 * Marks every answer, refusals included, `Cache-Control: private, no-store`:
 * what staff read or make is for them only and never kept by a cache
 * (docs/design.md §8).
 *
 * @example
 * app.use('/scores', privateNoStore);
 */
export const privateNoStore: MiddlewareHandler = async function privateNoStore(c, next) {
  await next();
  c.res.headers.set('Cache-Control', 'private, no-store');
};

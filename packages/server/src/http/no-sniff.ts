import type { MiddlewareHandler } from 'hono';
import { nodeOutgoing } from './node-incoming.js';

const NAME = 'X-Content-Type-Options';

/**
 * `X-Content-Type-Options: nosniff` on every answer, errors and not-found
 * included: each is what its Content-Type says, and browsers must not guess
 * otherwise. Set on Node's response before the route runs (see
 * answerHeader); without one, on the route's answer after it.
 *
 * @example
 * app.use(noSniff());
 */
export function noSniff(): MiddlewareHandler {
  return async function noSniffHandler(c, next) {
    const outgoing = nodeOutgoing(c);
    if (outgoing) {
      outgoing.setHeader(NAME, 'nosniff');
      return next();
    }
    await next();
    c.res.headers.set(NAME, 'nosniff');
  };
}

import type { Context } from 'hono';
import type { BlankEnv } from 'hono/types';
import { cors } from 'hono/cors';
import type { StorageHealth } from '../db/health/storage-health.js';
import { apiError } from '../http/api-error.js';
import { nodeIncoming } from '../http/node-incoming.js';
import { reflectCors } from '../http/reflected-cors.js';
import { corruptionRefusal } from '../http/storage-unavailable.js';
import { originRefusal } from '../http/origin-guard.js';
import { readBodyBytes } from '../http/read-body-bytes.js';
import { isJsonContentType, parseJsonBytes } from '../http/read-json-body.js';
import { rateRefusal, type ClientCounter } from '../http/rate-limit.js';
import { IDENTITY_ENCODING_MESSAGE, isIdentityEncoded } from '../http/identity-encoding.js';
import type { ApiRoute, DeclaredRoutes } from '../openapi/api-route.js';

/** The whole body must arrive within this of the handler starting to read it: 16 KiB in 10 s is 13 kbit/s. */
export const BODY_DEADLINE_MS = 10_000;

/** The answer headers a refused or accepted page's script may read. */
const EXPOSED = ['Retry-After'];

export interface PublicJsonPostOptions {
  allowedOrigins: readonly string[];
  /** The absolute base of the server's own pages (MV_PUBLIC_URL, else its own address), whose origin may submit. */
  publicUrl?: () => string;
  /** The rate per client this route counts against. */
  rate: ClientCounter;
  /** Largest accepted body. */
  maxBytes: number;
  health: StorageHealth;
}

/**
 * Adds a JSON POST route that browsers on other sites may call, under the
 * rules every public write follows (docs/design.md §5, §9 and §11): CORS for every
 * origin, then the allow-list (403, readable by the refused page), the
 * database's soundness (503), a rate per client (429), `application/json`
 * and no content encoding (415), size (413) and arrival (408) of the body,
 * UTF-8 and JSON (400), in that order, in one handler rather than a chain
 * of middleware, which costs a dispatch each on every submission; `handle`
 * gets the parsed body. Its zod schema is documented by the declaration,
 * never run as a middleware here: the handler checks the body once, on the
 * fast path (docs/design.md §5).
 *
 * @example
 * publicJsonPost(declaredRoutes(app, '/api/v1'), { post: countImpression, preflight: preflightImpression }, { allowedOrigins, rate: clientCounter({ limit: 30 }), maxBytes: 1024, health }, (c, body) => …);
 */
export function publicJsonPost(
  route: DeclaredRoutes<BlankEnv>,
  declared: { post: ApiRoute; preflight: ApiRoute },
  options: PublicJsonPostOptions,
  handle: (c: Context, body: unknown) => Promise<Response>,
): void {
  // Registered for OPTIONS and POST, the methods the path takes (see methodGuard).
  // CORS first, for every origin: the preflight succeeds, so a page whose
  // origin is refused can read the 403 that follows (a failed preflight is a
  // network error, which the widget would retry for ever).
  route(
    declared.preflight,
    cors({ origin: (origin) => origin, allowMethods: ['POST'], allowHeaders: ['Content-Type'], maxAge: 86_400 }),
  );
  route(declared.post, async function publicJsonPost(c) {
    // The widget reads Retry-After to pace its retries.
    reflectCors(c, EXPOSED);
    const refused =
      originRefusal(c, options.allowedOrigins, options.publicUrl) ??
      corruptionRefusal(c, options.health) ??
      rateRefusal(c, options.rate) ??
      mediaRefusal(c);
    if (refused) return refused;
    let read;
    try {
      read = await readBodyBytes(c.req.raw, nodeIncoming(c), {
        maxBytes: options.maxBytes,
        deadlineMs: BODY_DEADLINE_MS,
      });
    } catch {
      return apiError(c, 400, 'unreadable_body', 'the request body could not be read');
    }
    if (!read.ok) {
      // The rest of a body not taken is not read: the connection ends with this answer.
      c.header('Connection', 'close');
      return apiError(c, read.status, read.code, read.message);
    }
    const body = parseJsonBytes(read.bytes);
    if (!body.ok) return apiError(c, 400, body.code, body.message);
    return handle(c, body.value);
  });
}

/** Only JSON (415), and without a content coding (415): nothing the widget sends is compressed. */
function mediaRefusal(c: Context): Response | null {
  if (!isJsonContentType(c.req.header('Content-Type'))) {
    return apiError(c, 415, 'unsupported_media_type', 'send the body as application/json (UTF-8)');
  }
  if (!isIdentityEncoded(c.req.header('Content-Encoding'))) {
    return apiError(c, 415, 'unsupported_content_encoding', IDENTITY_ENCODING_MESSAGE);
  }
  return null;
}

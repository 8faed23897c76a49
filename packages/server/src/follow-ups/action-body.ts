import type { Context } from 'hono';
import { apiError } from '../http/api-error.js';
import { nodeIncoming } from '../http/node-incoming.js';
import { readBodyBytes } from '../http/read-body-bytes.js';
import { isJsonContentType, parseJsonBytes } from '../http/read-json-body.js';
import { BODY_DEADLINE_MS } from '../ingest/public-json-post.js';

/** A note of 2,000 characters, JSON-escaped at worst, fits. */
const MAX_ACTION_BODY_BYTES = 16 * 1024;

/**
 * The JSON body of an acknowledge or close: none at all is `{}`; otherwise
 * `application/json` of at most 16 KB, or the 4xx to answer.
 *
 * @example
 * const body = await readActionBody(c);
 * if (body instanceof Response) return body;
 */
export async function readActionBody(c: Context): Promise<unknown> {
  const read = await readBodyBytes(c.req.raw, nodeIncoming(c), {
    maxBytes: MAX_ACTION_BODY_BYTES,
    deadlineMs: BODY_DEADLINE_MS,
  });
  if (!read.ok) return apiError(c, read.status, read.code, read.message);
  if (read.bytes.byteLength === 0) return {};
  if (!isJsonContentType(c.req.header('Content-Type'))) {
    return apiError(c, 415, 'unsupported_media_type', 'send the body as application/json (UTF-8)');
  }
  const body = parseJsonBytes(read.bytes);
  return body.ok ? body.value : apiError(c, 400, body.code, body.message);
}

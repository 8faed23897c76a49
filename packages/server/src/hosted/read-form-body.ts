import type { Context } from 'hono';
import { nodeIncoming } from '../http/node-incoming.js';
import { BODY_DEADLINE_MS } from '../ingest/public-json-post.js';
import { readBodyBytes } from '../http/read-body-bytes.js';
import { isIdentityEncoded } from '../http/identity-encoding.js';

/** A plain form's fields, or why its body was refused. */
export type FormBodyResult =
  { ok: true; fields: Record<string, string> } | { ok: false; status: 400 | 408 | 413 | 415; reason: string };

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Whether a Content-Type names a urlencoded form in UTF-8 (no `charset`, or `charset=utf-8`). */
function formContentType(header: string | undefined): 'form' | 'other-charset' | 'other' {
  const [type, ...params] = (header ?? '').split(';').map((part) => part.trim().toLowerCase());
  if (type !== 'application/x-www-form-urlencoded') return 'other';
  const charsetOk = params.every((param) => {
    const [name, value] = param.split('=').map((piece) => piece.trim());
    return name !== 'charset' || value?.replace(/^"|"$/g, '') === 'utf-8';
  });
  return charsetOk ? 'form' : 'other-charset';
}

/** `application/x-www-form-urlencoded` fields, decoded strictly: a bad escape or non-UTF-8 byte throws. */
function parseUrlencoded(text: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const pair of text.split('&')) {
    if (pair === '') continue;
    const at = pair.indexOf('=');
    const [name, value] = at < 0 ? [pair, ''] : [pair.slice(0, at), pair.slice(at + 1)];
    fields[decodeURIComponent(name.replaceAll('+', ' '))] = decodeURIComponent(value.replaceAll('+', ' '));
  }
  return fields;
}

/**
 * Reads the plain form's body under the JSON API's rules (docs/design.md
 * §5 and §9): no content coding (415), a UTF-8 form only (400 for another
 * `charset`, for bytes or escapes that are not UTF-8), at most `maxBytes`
 * (413), all of it within the API's body deadline (408). A body the client
 * abandoned is one line in the log, not a stack trace: it is the client's
 * doing, not the server's.
 *
 * @example
 * const body = await readFormBody(c, 16 * 1024);
 * if (body.ok) console.log(body.fields['q.listened']);
 */
export async function readFormBody(c: Context, maxBytes: number): Promise<FormBodyResult> {
  if (!isIdentityEncoded(c.req.header('Content-Encoding')))
    return { ok: false, status: 415, reason: 'content encoding' };
  const type = formContentType(c.req.header('Content-Type'));
  if (type === 'other') return { ok: false, status: 415, reason: 'content type' };
  if (type === 'other-charset') return { ok: false, status: 400, reason: 'charset' };
  let read;
  try {
    read = await readBodyBytes(c.req.raw, nodeIncoming(c), { maxBytes, deadlineMs: BODY_DEADLINE_MS });
  } catch (error) {
    console.error(
      `mv-feedback: a form body to ${c.req.path} ended before it was complete (${error instanceof Error ? error.message : 'unreadable'})`,
    );
    return { ok: false, status: 400, reason: 'unreadable' };
  }
  if (!read.ok) {
    // The rest of a body not taken is not read: the connection ends with this answer.
    c.header('Connection', 'close');
    return { ok: false, status: read.status, reason: read.code };
  }
  try {
    return { ok: true, fields: parseUrlencoded(decoder.decode(read.bytes)) };
  } catch {
    return { ok: false, status: 400, reason: 'not UTF-8' };
  }
}

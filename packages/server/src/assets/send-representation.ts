import type { Context } from 'hono';
import { preferredCoding, weakened, type ContentCoding } from '../http/content-coding.js';

/** Bytes to serve, with a strong ETag of them. */
export interface Representation {
  body: Uint8Array<ArrayBuffer>;
  etag: string;
}

/**
 * Answers with `entry` or, when the request's Accept-Encoding prefers one, its
 * compressed copy (`Content-Encoding`, `Vary: Accept-Encoding`, the ETag made
 * weak); 304 on a matching If-None-Match. `headers` carries the content type
 * and caching.
 *
 * @example
 * return sendRepresentation(c, entry, copies, { 'Content-Type': 'text/javascript; charset=utf-8' });
 */
export function sendRepresentation(
  c: Context,
  entry: Representation,
  copies: ReadonlyMap<ContentCoding, Representation>,
  headers: Record<string, string>,
): Response {
  const sent: Record<string, string> = { ...headers, ETag: entry.etag };
  const coding = preferredCoding(c.req.header('Accept-Encoding'), [...copies.keys()]);
  if (copies.size > 0) sent.Vary = 'Accept-Encoding';
  const copy = coding === null ? undefined : copies.get(coding);
  if (coding !== null) {
    sent['Content-Encoding'] = coding;
    sent.ETag = weakened(entry.etag);
  }
  const match = c.req.header('If-None-Match');
  // `*` matches any current representation (RFC 9110 §13.1.2), and this one exists.
  if (match && match.split(',').some((tag) => tag.trim() === '*' || tag.trim().replace(/^W\//, '') === entry.etag)) {
    return c.body(null, 304, sent);
  }
  return c.body((copy ?? entry).body, 200, sent);
}

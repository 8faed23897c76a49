import type { MiddlewareHandler } from 'hono';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import {
  CONTENT_CODINGS,
  preferredCoding,
  weakened,
  withAcceptEncoding,
  type ContentCoding,
} from './content-coding.js';

/** Below this an answer goes as it is: headers and framing would eat most of the saving. */
export const COMPRESS_THRESHOLD_BYTES = 1024;

// Text the server makes whole in memory; a CSV export is streamed and goes as it is.
const COMPRESSIBLE =
  /^(application\/(json|problem\+json|javascript)|text\/(html|css|javascript|plain)|image\/svg\+xml)\b/i;

const compressors: Record<ContentCoding, (bytes: Uint8Array) => Buffer<ArrayBuffer>> = {
  // Quality 5: most of brotli's gain at a small share of its top level's time.
  br: (bytes) =>
    brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }),
  gzip: (bytes) => gzipSync(bytes, { level: 6 }),
};

/**
 * Compresses a GET's 200 answer of a text type (JSON, HTML, JavaScript, CSS,
 * SVG) of at least `threshold` bytes with brotli or gzip, as the request's
 * `Accept-Encoding` prefers; an answer already encoded (a bundle's
 * pre-compressed copy) is left as it is. Every answer it could compress says
 * `Vary: Accept-Encoding`, compressed or not, and a compressed one's ETag is
 * made weak, so `If-None-Match` still finds it. A HEAD gets the same
 * headers as its GET.
 *
 * @example
 * app.use(compressAnswers());
 */
export function compressAnswers({ threshold = COMPRESS_THRESHOLD_BYTES } = {}): MiddlewareHandler {
  return async function compressAnswersHandler(c, next) {
    const head = c.req.method === 'HEAD';
    // Only a GET's answer is compressed: anything else goes on without waiting for its answer.
    if (c.req.method !== 'GET' && !head) return next();
    await next();
    if (c.res.status !== 200) return;
    const headers = c.res.headers;
    if (headers.has('Content-Encoding') || !COMPRESSIBLE.test(headers.get('Content-Type') ?? '')) return;
    const bytes = new Uint8Array(await c.res.clone().arrayBuffer());
    if (bytes.byteLength < threshold) return;
    c.res.headers.set('Vary', withAcceptEncoding(headers.get('Vary')));
    const coding = preferredCoding(c.req.header('Accept-Encoding'), CONTENT_CODINGS);
    if (coding === null) return;
    const etag = headers.get('ETag');
    if (head) {
      // The headers the GET would send, without compressing a body that is not sent.
      c.res.headers.set('Content-Encoding', coding);
      c.res.headers.delete('Content-Length');
      if (etag) c.res.headers.set('ETag', weakened(etag));
      return;
    }
    // Hono copies the old answer's headers onto the new one: change them after.
    c.res = new Response(compressors[coding](bytes), c.res);
    c.res.headers.set('Content-Encoding', coding);
    c.res.headers.delete('Content-Length');
    if (etag) c.res.headers.set('ETag', weakened(etag));
  };
}

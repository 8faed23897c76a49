/** The content codings the server sends, best first. */
export const CONTENT_CODINGS = ['br', 'gzip'] as const;
export type ContentCoding = (typeof CONTENT_CODINGS)[number];

/**
 * The best of `available` that an `Accept-Encoding` header accepts (RFC 9110
 * §12.5.3): a coding named with q > 0, or covered by `*` with q > 0; ties
 * go to the order of `available`. Null for none (send the identity).
 *
 * @example
 * preferredCoding('gzip, deflate, br', ['br', 'gzip']); // 'br'
 * preferredCoding('br;q=0, gzip', ['br', 'gzip']); // 'gzip'
 */
export function preferredCoding(
  acceptEncoding: string | undefined,
  available: readonly ContentCoding[],
): ContentCoding | null {
  if (!acceptEncoding) return null;
  const weights = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name = '', ...params] = part.split(';').map((piece) => piece.trim().toLowerCase());
    const q = params.find((param) => param.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    if (name !== '' && Number.isFinite(weight)) weights.set(name, weight);
  }
  let best: { coding: ContentCoding; weight: number } | null = null;
  for (const coding of available) {
    const weight = weights.get(coding) ?? weights.get('*') ?? 0;
    if (weight > 0 && (best === null || weight > best.weight)) best = { coding, weight };
  }
  return best?.coding ?? null;
}

/** Adds `Accept-Encoding` to a Vary header's value, once. */
export const withAcceptEncoding = (vary: string | null | undefined): string =>
  !vary ? 'Accept-Encoding' : /(^|,)\s*(accept-encoding|\*)\s*(,|$)/i.test(vary) ? vary : `${vary}, Accept-Encoding`;

/** A strong ETag made weak: a compressed answer means the same as the identity one, but its bytes differ (RFC 9110 §8.8.1). */
export const weakened = (etag: string): string => (etag.startsWith('W/') ? etag : `W/${etag}`);

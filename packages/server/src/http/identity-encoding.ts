/**
 * Whether a request body came as it is (no `Content-Encoding`, or
 * `identity`). Every body the server reads must: decompressing would let a
 * small body grow past its size limit unseen (docs/design.md §11).
 *
 * @example
 * if (!isIdentityEncoded(c.req.header('Content-Encoding'))) return apiError(c, 415, …);
 */
export function isIdentityEncoded(header: string | undefined): boolean {
  const encoding = header?.trim().toLowerCase();
  return encoding === undefined || encoding === '' || encoding === 'identity';
}

/** The words of the 415 for a compressed body, the same on every route that reads one. */
export const IDENTITY_ENCODING_MESSAGE = 'send the body uncompressed (Content-Encoding: identity)';

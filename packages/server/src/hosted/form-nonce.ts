import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

const NONCE_BYTES = 16;
const TAG_BYTES = 16;
const NONCE = /^[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{22}$/;

const mac = (purpose: string, nonce: string, secret: string) =>
  createHmac('sha256', secret).update(`mv-feedback form ${purpose}.${nonce}`).digest();

/**
 * A nonce for one display of the plain form: random, and signed with the
 * server's key so only a page this server made can name it. The response's
 * id is derived from it (see formResponseId), so a form sent twice (Back,
 * then Send) is one response sent again, not a second one
 * (docs/design.md §9).
 *
 * @example
 * makeFormNonce(secret) // → 'q3Vb…22 chars….Zx9…22 chars…'
 */
export function makeFormNonce(secret: string): string {
  const nonce = randomBytes(NONCE_BYTES).toString('base64url');
  return `${nonce}.${mac('nonce', nonce, secret).subarray(0, TAG_BYTES).toString('base64url')}`;
}

/**
 * The response id of a form's nonce: a UUID (version 8, RFC 9562) from the
 * nonce's HMAC, the same every time the same nonce is sent; null for a nonce
 * this server did not sign, or one spelt otherwise than it was made.
 *
 * @example
 * formResponseId(makeFormNonce(secret), secret) // → '3f2a…-…-8…'
 */
export function formResponseId(signed: string, secret: string): string | null {
  if (!NONCE.test(signed)) return null;
  const [nonce = '', tag = ''] = signed.split('.');
  const given = Buffer.from(tag, 'base64url');
  if (given.toString('base64url') !== tag || Buffer.from(nonce, 'base64url').toString('base64url') !== nonce) {
    return null;
  }
  if (given.length !== TAG_BYTES || !timingSafeEqual(given, mac('nonce', nonce, secret).subarray(0, TAG_BYTES))) {
    return null;
  }
  const bytes = mac('id', nonce, secret).subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x80;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

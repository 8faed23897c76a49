import { createCipheriv, createDecipheriv, createHmac, hkdfSync } from 'node:crypto';
import { FollowUpContactSchema, type FollowUpContact } from '@mv-feedback/scoring';
import { canonicalJson } from '../db/store/content-hash.js';
import { randomPoolBytes } from './random-pool.js';

/** The two keys of the contact details, both derived from the server's secret (docs/design.md §12). */
export interface ContactKeys {
  /** AES-256-GCM key of the stored contact details. */
  encryption: Buffer;
  /** HMAC-SHA-256 key of their fingerprint in a response's content hash. */
  fingerprint: Buffer;
}

/** Contact details as stored: ciphertext followed by the 16-byte GCM tag, and the row's nonce. */
export interface SealedContact {
  ciphertext: Buffer;
  nonce: Buffer;
}

const NONCE_BYTES = 12;
const TAG_BYTES = 16;
// A fixed salt: the secret is already random; HKDF's info keeps each use's key apart.
const SALT = Buffer.from('mv-feedback follow-ups');

/**
 * The contact keys from the secret (MV_SECRET, else the database's own) by
 * HKDF-SHA-256 (RFC 5869): a changed secret gives other keys, and the
 * details stored under the old ones no longer open.
 *
 * @example
 * const keys = contactKeys(await invitationSecret(db, config.secret));
 */
export function contactKeys(secret: string): ContactKeys {
  const derive = (info: string) => Buffer.from(hkdfSync('sha256', Buffer.from(secret, 'utf8'), SALT, info, 32));
  return { encryption: derive('contact encryption v1'), fingerprint: derive('contact fingerprint v1') };
}

/**
 * Encrypts contact details with AES-256-GCM under a fresh random 12-byte
 * nonce (NIST SP 800-38D), bound to the follow-up's id as associated data so
 * a row's ciphertext cannot be moved to another row.
 *
 * @example
 * const sealed = sealContact(keys, followUpId, { name: null, email: 'ana@example.org', phone: null, language: 'es' });
 */
export function sealContact(keys: ContactKeys, followUpId: string, contact: FollowUpContact): SealedContact {
  const nonce = randomPoolBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', keys.encryption, nonce);
  cipher.setAAD(Buffer.from(followUpId, 'utf8'));
  const ciphertext = Buffer.concat([
    cipher.update(JSON.stringify(contact), 'utf8'),
    cipher.final(),
    cipher.getAuthTag(),
  ]);
  return { ciphertext, nonce };
}

/**
 * The contact details of a row, or null when they do not open: purged, or
 * sealed under another secret (the tag does not verify).
 *
 * @example
 * const contact = openContact(keys, row.id, row.contact, row.contact_nonce);
 */
export function openContact(
  keys: ContactKeys,
  followUpId: string,
  sealed: Uint8Array | null,
  nonce: Uint8Array | null,
): FollowUpContact | null {
  if (!sealed || !nonce || sealed.length < TAG_BYTES) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', keys.encryption, nonce);
    decipher.setAAD(Buffer.from(followUpId, 'utf8'));
    decipher.setAuthTag(Buffer.from(sealed.subarray(sealed.length - TAG_BYTES)));
    const plain = Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - TAG_BYTES)), decipher.final()]);
    return FollowUpContactSchema.parse(JSON.parse(plain.toString('utf8')));
  } catch {
    return null;
  }
}

/**
 * A keyed fingerprint of the contact details as sent, for the response's
 * content hash: a retry with the same details matches, another is a
 * conflict, and the stored hash gives nothing to guess a phone number against.
 */
export function contactFingerprint(keys: ContactKeys, followUp: object): string {
  return createHmac('sha256', keys.fingerprint).update(canonicalJson(followUp)).digest('base64url');
}

import { describe, expect, it } from 'vitest';
import { contactFingerprint, contactKeys, openContact, sealContact } from './contact-cipher.js';

const contact = { name: 'Ana Ruiz', email: 'ana@example.org', phone: null, language: 'es' as const };
const keys = contactKeys('a secret of at least thirty-two characters');

describe('contact details at rest', () => {
  it('open with the keys and the row they were sealed for, under a fresh nonce each time', () => {
    const first = sealContact(keys, 'row-1', contact);
    const second = sealContact(keys, 'row-1', contact);
    expect(first.nonce).toHaveLength(12);
    expect(first.nonce.equals(second.nonce)).toBe(false);
    expect(first.ciphertext.equals(second.ciphertext)).toBe(false);
    expect(first.ciphertext.includes(Buffer.from('ana@example.org'))).toBe(false);
    expect(openContact(keys, 'row-1', first.ciphertext, first.nonce)).toEqual(contact);
  });

  it('do not open under another secret, in another row, tampered with or purged', () => {
    const sealed = sealContact(keys, 'row-1', contact);
    expect(
      openContact(contactKeys('another secret of thirty-two characters!'), 'row-1', sealed.ciphertext, sealed.nonce),
    ).toBeNull();
    expect(openContact(keys, 'row-2', sealed.ciphertext, sealed.nonce)).toBeNull();
    const tampered = Buffer.from(sealed.ciphertext);
    tampered[0] = tampered[0]! ^ 1;
    expect(openContact(keys, 'row-1', tampered, sealed.nonce)).toBeNull();
    expect(openContact(keys, 'row-1', null, null)).toBeNull();
  });

  it('fingerprint the same details alike under one key, and differently under another', () => {
    const followUp = { email: 'ana@example.org', language: 'es' };
    expect(contactFingerprint(keys, followUp)).toBe(
      contactFingerprint(keys, { language: 'es', email: 'ana@example.org' }),
    );
    expect(contactFingerprint(keys, followUp)).not.toBe(
      contactFingerprint(keys, { ...followUp, email: 'b@example.org' }),
    );
    expect(contactFingerprint(contactKeys('another secret of thirty-two characters!'), followUp)).not.toBe(
      contactFingerprint(keys, followUp),
    );
  });
});

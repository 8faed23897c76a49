/**
 * A random version 4 UUID (RFC 9562). `crypto.randomUUID` exists only in
 * secure contexts, and a city page may still be served over plain http.
 */
export const newId = (): string =>
  crypto.randomUUID?.() ??
  '10000000-1000-4000-8000-100000000000'.replace(/[018]/g, (c) =>
    (+c ^ (crypto.getRandomValues(new Uint8Array(1))[0]! & (15 >> (+c / 4)))).toString(16),
  );

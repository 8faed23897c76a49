/** The result of reading a request body as JSON text. */
export type JsonBodyResult =
  { ok: true; value: unknown } | { ok: false; code: 'invalid_utf8' | 'malformed_json'; message: string };

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes the bytes as UTF-8, refusing invalid sequences rather than
 * replacing them (RFC 8259 §8.1: JSON exchanged between systems is UTF-8),
 * then parses them as JSON.
 *
 * @example
 * parseJsonBytes(new TextEncoder().encode('{"a":1}')) // → { ok: true, value: { a: 1 } }
 */
export function parseJsonBytes(bytes: ArrayBuffer | Uint8Array): JsonBodyResult {
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return { ok: false, code: 'invalid_utf8', message: 'the body is not valid UTF-8 (RFC 8259 §8.1)' };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'unexpected input';
    return { ok: false, code: 'malformed_json', message: `the body is not valid JSON: ${reason}` };
  }
}

/**
 * Whether a Content-Type header names JSON in UTF-8: `application/json`, with
 * an optional `charset=utf-8` (RFC 8259 defines no other charset).
 */
export function isJsonContentType(header: string | undefined): boolean {
  if (!header) return false;
  // What the widget and every JSON client send, taken without splitting.
  if (header === 'application/json') return true;
  const [type, ...params] = header.split(';').map((part) => part.trim().toLowerCase());
  if (type !== 'application/json') return false;
  return params.every((param) => {
    const [name, value] = param.split('=').map((s) => s.trim());
    return name !== 'charset' || value?.replace(/^"|"$/g, '') === 'utf-8';
  });
}

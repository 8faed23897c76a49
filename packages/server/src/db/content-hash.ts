import { createHash } from 'node:crypto';
import type { Submission } from '@mv-feedback/scoring';

/** JSON with object keys sorted at every level, so equal content gives equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * The fingerprint that tells a retried submission (same id, same content:
 * 200) from a different one reusing an id (409): sha256 of the canonical JSON.
 *
 * @example
 * contentHash(submission) // → 'a3f1…' (64 hex digits)
 */
export function contentHash(submission: Submission): string {
  return createHash('sha256').update(canonicalJson(submission)).digest('hex');
}

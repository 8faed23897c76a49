import { hash } from 'node:crypto';
import type { Submission } from '@mv-feedback/scoring';

/**
 * JSON with object keys sorted at every level, so equal content gives equal
 * text. Built by concatenation, without the arrays of entries a map and sort
 * over Object.entries would make: it runs for every submission on the HTTP
 * thread.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) {
    let text = '[';
    for (let i = 0; i < value.length; i++) text += (i > 0 ? ',' : '') + canonicalJson(value[i]);
    return `${text}]`;
  }
  const record = value as Record<string, unknown>;
  let text = '{';
  for (const key of Object.keys(record).sort()) {
    const item = record[key];
    if (item === undefined) continue;
    text += `${text.length > 1 ? ',' : ''}${JSON.stringify(key)}:${canonicalJson(item)}`;
  }
  return `${text}}`;
}

/** A submission's canonical JSON and the content hash taken over it. */
export interface Fingerprint {
  json: string;
  contentHash: string;
}

/**
 * The fingerprint that tells a retried submission (same id, same content:
 * 200) from a different one reusing an id (409): sha256 of the canonical
 * JSON, with that JSON, which the writer thread's messages carry as it is
 * rather than serialising the submission a second time.
 *
 * @example
 * fingerprint(submission) // → { json: '{"answers":…}', contentHash: 'a3f1…' (64 hex digits) }
 */
export function fingerprint(submission: Submission | Record<string, unknown>): Fingerprint {
  const json = canonicalJson(submission);
  return { json, contentHash: hash('sha256', json, 'hex') };
}

/**
 * The content hash alone (see fingerprint).
 *
 * @example
 * contentHash(submission) // → 'a3f1…' (64 hex digits)
 */
export const contentHash = (submission: Submission | Record<string, unknown>): string =>
  fingerprint(submission).contentHash;

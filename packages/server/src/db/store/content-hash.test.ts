// The content hash decides 200 (a retry) from 409 (an id reused) against
// hashes stored by earlier releases, so it must stay sha256 over JSON with
// the keys sorted at every level, whatever order a body sent them in.
import { createHash } from 'node:crypto';
import type { Submission } from '@mv-feedback/scoring';
import { describe, expect, it } from 'vitest';
import { canonicalJson, contentHash, fingerprint } from './content-hash.js';

/** The same JSON by another route: a deep copy with its keys inserted in sorted order, then JSON.stringify. */
function sortedCopy(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(sortedCopy);
  const record = value as Record<string, unknown>;
  return Object.fromEntries(
    Object.keys(record)
      .sort()
      .map((key) => [key, sortedCopy(record[key])]),
  );
}

const submission: Submission = {
  survey: 'counter-visit',
  id: '0b8f2c3e-1111-4222-8333-444455556666',
  locale: 'es',
  context: { department: 'planning', channel: 'phone', interaction: 'permit "B-12"' },
  answers: { 'timely-service': 4, 'listened-to-me': 5, 'accurate-information': null, 'got-answer': 'yes' },
  comment: 'Muy bien, gracias \u2028 "hasta mañana"',
};

describe('content hash', () => {
  it('is sha256 over the JSON with keys sorted at every level', () => {
    const expected = createHash('sha256')
      .update(JSON.stringify(sortedCopy(submission)))
      .digest('hex');
    expect(contentHash(submission)).toBe(expected);
    const shuffled = { ...submission, answers: Object.fromEntries(Object.entries(submission.answers).reverse()) };
    expect(contentHash(shuffled)).toBe(expected);
  });

  it('gives, with the hash, the JSON it was taken over, which reads back as the submission', () => {
    const { json, contentHash: hash } = fingerprint(submission);
    expect(json).toBe(canonicalJson(submission));
    expect(JSON.parse(json)).toEqual(submission);
    expect(hash).toBe(createHash('sha256').update(json).digest('hex'));
  });

  it('leaves out what is undefined and tells a changed answer apart', () => {
    const { comment: _comment, ...uncommented } = submission;
    expect(contentHash({ ...submission, comment: undefined })).toBe(contentHash(uncommented));
    expect(contentHash({ ...submission, answers: { ...submission.answers, 'timely-service': 3 } })).not.toBe(
      contentHash(submission),
    );
  });
});

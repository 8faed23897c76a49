import { randomPoolBytes } from './random-pool.js';

/**
 * A UUID version 7 (RFC 9562 §5.7): the millisecond of `at`, then 74 random
 * bits. Follow-ups' ids made in time order land at the end of their primary
 * key's index rather than on a random page of it, which the writer commits
 * at a fraction of the cost (docs/design.md §11).
 *
 * @example
 * timeOrderedId(new Date('2027-03-15T16:00:00Z')) // → '0195f2c4-9a00-7…' (version 7, RFC variant)
 */
export function timeOrderedId(at: Date): string {
  const bytes = randomPoolBytes(16);
  const ms = at.getTime();
  bytes.writeUIntBE(ms, 0, 6);
  bytes[6] = 0x70 | (bytes[6]! & 0x0f);
  bytes[8] = 0x80 | (bytes[8]! & 0x3f);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

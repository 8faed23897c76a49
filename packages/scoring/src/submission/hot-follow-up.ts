import { LOCALES } from '../catalogue/catalogue-schema.js';
import { isEmailAddress, isPhoneNumber, MAX_FOLLOW_UP_NAME_LENGTH } from './contact-rules.js';
import type { FollowUp } from './follow-up-schema.js';
import { storableText } from './storable-text.js';

const KEYS = new Set(['name', 'email', 'phone', 'language']);
const languages: ReadonlySet<unknown> = new Set(LOCALES);

/** A field as the schema reads it: absent or blank is no value, a string is trimmed, anything else refused (false). */
function field(value: unknown, valid: (text: string) => boolean): string | undefined | false {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') return false;
  const text = value.trim();
  if (text === '') return undefined;
  return valid(text) ? text : false;
}

/**
 * A follow-up request as `followUpSchema(LOCALES)` returns it, checked
 * without zod, or null for anything that schema might refuse, which the
 * caller then gives to the schema for its messages (docs/design.md §12): the
 * hot path of a submission that asks to be contacted.
 *
 * @example
 * hotFollowUp({ email: ' ana@example.org ', language: 'es' }) // → { email: 'ana@example.org', language: 'es' }
 */
export function hotFollowUp(value: unknown): FollowUp | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const body = value as Record<string, unknown>;
  for (const key in body) if (!KEYS.has(key)) return null;
  const name = field(body.name, (text) => text.length <= MAX_FOLLOW_UP_NAME_LENGTH && storableText(text));
  const email = field(body.email, (text) => text.length <= 254 && isEmailAddress(text));
  const phone = field(body.phone, (text) => text.length <= 40 && isPhoneNumber(text));
  if (name === false || email === false || phone === false || !languages.has(body.language)) return null;
  if (email === undefined && phone === undefined) return null;
  // As the schema does, a field sent blank stays as a key without a value.
  const followUp: FollowUp = { language: body.language as FollowUp['language'] };
  if (Object.hasOwn(body, 'name')) followUp.name = name;
  if (Object.hasOwn(body, 'email')) followUp.email = email;
  if (Object.hasOwn(body, 'phone')) followUp.phone = phone;
  return followUp;
}

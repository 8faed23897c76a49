import type { Locale } from '@mv-feedback/scoring';

/** What the resident typed into "contact me", kept as typed until Send (docs/design.md §12). */
export interface FollowUpDraft {
  wanted: boolean;
  name: string;
  email: string;
  phone: string;
  language: Locale;
}

/** The body's `followUp`, as `POST /api/v1/responses` takes it. */
export interface FollowUpRequest {
  name?: string;
  email?: string;
  phone?: string;
  language: Locale;
}

/** A field the resident must fix, and why. */
export type FollowUpProblem = 'contact' | 'email' | 'phone';

export const MAX_NAME = 100;

// The server's rules (docs/design.md §12), repeated so the resident hears of a
// mistake before sending rather than after: the WHATWG `input type=email`
// rule, and 7–15 digits once spaces, dots, dashes, brackets and one leading
// `+` are taken out.
const EMAIL =
  /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
const validPhone = (phone: string): boolean => /^\d{7,15}$/.test(phone.replace(/[\s.()[\]-]/g, '').replace(/^\+/, ''));

/** A draft not asked for yet, in the resident's language. */
export const emptyDraft = (language: Locale): FollowUpDraft => ({
  wanted: false,
  name: '',
  email: '',
  phone: '',
  language,
});

/**
 * The `followUp` to send, or the fields the resident must fix first.
 *
 * @example
 * checkFollowUp({ wanted: true, name: '', email: 'ana@example.com', phone: '', language: 'es' });
 * // → { request: { email: 'ana@example.com', language: 'es' }, problems: [] }
 */
export function checkFollowUp(draft: FollowUpDraft): { request?: FollowUpRequest; problems: FollowUpProblem[] } {
  const name = draft.name.trim().slice(0, MAX_NAME);
  const email = draft.email.trim();
  const phone = draft.phone.trim();
  const problems: FollowUpProblem[] = [];
  if (!email && !phone) problems.push('contact');
  if (email && !EMAIL.test(email)) problems.push('email');
  if (phone && !validPhone(phone)) problems.push('phone');
  if (problems.length > 0) return { problems };
  return {
    request: { ...(name && { name }), ...(email && { email }), ...(phone && { phone }), language: draft.language },
    problems,
  };
}

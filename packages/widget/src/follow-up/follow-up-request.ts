import { isEmailAddress, isPhoneNumber, MAX_FOLLOW_UP_NAME_LENGTH } from '@mv-feedback/scoring/browser';
import type { FollowUpDraft, FollowUpProblem, FollowUpRequest } from './follow-up-draft.js';

/**
 * The `followUp` to send, or the fields the resident must fix first, by the
 * server's own rules (docs/design.md §12): the resident hears of a mistake
 * before sending rather than after.
 *
 * @example
 * checkFollowUp({ wanted: true, name: '', email: 'ana@example.com', phone: '', language: 'es' });
 * // → { request: { email: 'ana@example.com', language: 'es' }, problems: [] }
 */
export function checkFollowUp(draft: FollowUpDraft): { request?: FollowUpRequest; problems: FollowUpProblem[] } {
  const name = draft.name.trim().slice(0, MAX_FOLLOW_UP_NAME_LENGTH);
  const email = draft.email.trim();
  const phone = draft.phone.trim();
  const problems: FollowUpProblem[] = [];
  if (!email && !phone) problems.push('contact');
  if (email && !isEmailAddress(email)) problems.push('email');
  if (phone && !isPhoneNumber(phone)) problems.push('phone');
  if (problems.length > 0) return { problems };
  return {
    request: { ...(name && { name }), ...(email && { email }), ...(phone && { phone }), language: draft.language },
    problems,
  };
}

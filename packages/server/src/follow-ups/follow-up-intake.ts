import { followUpDueBy, type BusinessCalendar, type FollowUp, type Submission } from '@mv-feedback/scoring';
import { contentHash } from '../db/store/content-hash.js';
import type { SealedFollowUp } from '../db/store/follow-up-store.js';
import { contactFingerprint, sealContact, type ContactKeys } from './contact-cipher.js';
import { timeOrderedId } from './time-ordered-id.js';

/** Seals a submission's follow-up: see followUpIntake. */
export type FollowUpIntake = (
  submission: Submission & { followUp: FollowUp },
  receivedAt: Date,
) => Promise<{ submission: Submission; contentHash: string; followUp: SealedFollowUp }>;

export interface FollowUpIntakeOptions {
  keys: () => Promise<ContactKeys>;
  calendar: BusinessCalendar;
  /** The address a new request of a department is notified to, or undefined for none (no SMTP). */
  recipient: (department: string) => string | undefined;
}

/**
 * Turns a validated submission carrying a follow-up into what the writer
 * stores: the submission without the details, its content hash over their
 * keyed fingerprint (a retry with other details is a conflict; the stored
 * hash gives nothing to guess them against), and the sealed follow-up with
 * its due time (docs/design.md §12).
 *
 * @example
 * const intake = followUpIntake({ keys, calendar, recipient: () => undefined });
 * const { submission, contentHash, followUp } = await intake(validated, receivedAt);
 */
export function followUpIntake(options: FollowUpIntakeOptions): FollowUpIntake {
  // Requests within one UTC minute are due at the same instant (opening hours and
  // zone offsets fall on whole minutes), and reading a zone's wall clock was the
  // costliest step of the intake: one due time per minute.
  let due = { minute: Number.NaN, dueBy: '' };
  const dueBy = (receivedAt: Date) => {
    const minute = Math.floor(receivedAt.getTime() / 60_000);
    if (minute !== due.minute) due = { minute, dueBy: followUpDueBy(receivedAt, options.calendar).toISOString() };
    return due.dueBy;
  };
  return async function sealFollowUp(submission, receivedAt) {
    const keys = await options.keys();
    const { followUp, ...rest } = submission;
    const department = submission.context.department ?? '';
    const id = timeOrderedId(receivedAt);
    const sealed = sealContact(keys, id, {
      name: followUp.name ?? null,
      email: followUp.email ?? null,
      phone: followUp.phone ?? null,
      language: followUp.language,
    });
    return {
      submission: rest,
      contentHash: contentHash({ ...rest, followUp: contactFingerprint(keys, followUp) }),
      followUp: {
        id,
        department,
        channel: submission.context.channel ?? '',
        dueBy: dueBy(receivedAt),
        contact: sealed.ciphertext.toString('base64'),
        nonce: sealed.nonce.toString('base64'),
        notify: options.recipient(department),
      },
    };
  };
}

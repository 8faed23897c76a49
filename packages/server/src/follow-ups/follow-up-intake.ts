import { randomUUID } from 'node:crypto';
import { followUpDueBy, type BusinessCalendar, type FollowUp, type Submission } from '@mv-feedback/scoring';
import { contentHash } from '../db/store/content-hash.js';
import type { SealedFollowUp } from '../db/store/follow-up-store.js';
import { contactFingerprint, sealContact, type ContactKeys } from './contact-cipher.js';

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
  return async function sealFollowUp(submission, receivedAt) {
    const keys = await options.keys();
    const { followUp, ...rest } = submission;
    const department = submission.context.department ?? '';
    const id = randomUUID();
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
        dueBy: followUpDueBy(receivedAt, options.calendar).toISOString(),
        contact: sealed.ciphertext.toString('base64'),
        nonce: sealed.nonce.toString('base64'),
        notify: options.recipient(department),
      },
    };
  };
}

import type { Locale, Submission } from '@mv-feedback/scoring';

/** What the resident typed into "contact me", kept as typed until Send (docs/design.md §12). */
export interface FollowUpDraft {
  wanted: boolean;
  name: string;
  email: string;
  phone: string;
  language: Locale;
}

/** The body's `followUp`, as `POST /api/v1/responses` takes it. */
export type FollowUpRequest = NonNullable<Submission['followUp']>;

/** A field the resident must fix, and why. */
export type FollowUpProblem = 'contact' | 'email' | 'phone';

/** A draft not asked for yet, in the resident's language. */
export const emptyDraft = (language: Locale): FollowUpDraft => ({
  wanted: false,
  name: '',
  email: '',
  phone: '',
  language,
});

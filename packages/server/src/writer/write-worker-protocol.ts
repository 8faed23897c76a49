import type { Submission } from '@mv-feedback/scoring';
import type { SealedFollowUp } from '../db/store/follow-up-store.js';
import type { WriteOutcome } from './group-commit-writer.js';

/** A submission as it crosses to the writer thread (dates as ISO text). */
export interface WireItem {
  submission: Submission;
  receivedAt: string;
  contentHash: string;
  invitation?: string | undefined;
  invitationExpired?: boolean | undefined;
  followUp?: SealedFollowUp | undefined;
}

/** An offer as it crosses to the writer thread. */
export interface WireOffer {
  survey: string;
  department: string;
  channel: string;
  at: string;
  count?: number;
  verified?: boolean;
}

/** One submission or offer on its way to the writer thread. */
export type WireSubmission = { seq: number; item: WireItem } | { seq: number; offer: WireOffer };

/**
 * On the writer thread's own channel a group's text is placed in shared
 * memory (shared-text-ring.ts) and its message says where; the thread reads
 * it back into a `submit` before answerWriterRequests sees it.
 */
export type PlacedRequest = { type: 'placed'; at: number; bytes: number };

/**
 * Submissions travel in groups, one message per turn of the HTTP thread's
 * event loop, as JSON text: copying one string costs less than cloning many
 * small objects.
 */
export type WorkerRequest =
  | { type: 'submit'; json: string }
  | { type: 'check'; seq: number }
  | { type: 'settle'; seq: number }
  | { type: 'close' };

export type WorkerReply =
  | { type: 'ready' }
  | { type: 'startFailed'; message: string }
  | { type: 'settled'; results: WorkerResult[] }
  | { type: 'checked'; seq: number; failed?: WireFailure }
  | { type: 'counted'; seq: number; failed?: WireFailure }
  | { type: 'closed' };

/** A failure as it crosses back: the error itself cannot, its message and driver code can. */
export interface WireFailure {
  storage: boolean;
  message: string;
  code?: string | undefined;
}

/** An offer settles with the outcome `stored`. */
export type WorkerResult = { seq: number; outcome: WriteOutcome } | { seq: number; failed: WireFailure };

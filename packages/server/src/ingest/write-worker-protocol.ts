import type { Submission } from '@mv-feedback/scoring';
import type { WriteOutcome } from './group-commit-writer.js';

/** A submission as it crosses to the writer thread (dates as ISO text). */
export interface WireItem {
  submission: Submission;
  receivedAt: string;
  contentHash: string;
}

/** Submissions travel in groups: one message per turn of the HTTP thread's event loop, not one per request. */
export type WorkerRequest = { type: 'submit'; items: { seq: number; item: WireItem }[] } | { type: 'close' };

export type WorkerReply =
  | { type: 'ready' }
  | { type: 'startFailed'; message: string }
  | { type: 'settled'; results: WorkerResult[] }
  | { type: 'closed' };

export type WorkerResult = { seq: number; outcome: WriteOutcome } | { seq: number; failed: { storage: boolean; message: string } };

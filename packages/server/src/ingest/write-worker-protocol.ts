import type { Submission } from '@mv-feedback/scoring';
import type { WriteOutcome } from './group-commit-writer.js';

/** A submission as it crosses to the writer thread (dates as ISO text). */
export interface WireItem {
  submission: Submission;
  receivedAt: string;
  contentHash: string;
}

export type WorkerRequest = { type: 'submit'; seq: number; item: WireItem } | { type: 'close' };

export type WorkerReply =
  | { type: 'ready' }
  | { type: 'startFailed'; message: string }
  | { type: 'outcome'; seq: number; outcome: WriteOutcome }
  | { type: 'failed'; seq: number; storage: boolean; message: string }
  | { type: 'closed' };

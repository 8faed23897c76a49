import type { Submission } from '@mv-feedback/scoring';

/** `mv-feedback-submit`: the resident pressed Send. Cancel it to keep the answers from being sent. */
export interface MvFeedbackSubmitDetail {
  submission: Submission;
}

/** `mv-feedback-sent`: the server stored the response. */
export interface MvFeedbackSentDetail {
  id: string;
  /** The short code shown to the resident. */
  reference: string;
}

/** `mv-feedback-error`: an attempt failed; `final` when it will not be retried. */
export interface MvFeedbackErrorDetail {
  id: string;
  /** HTTP status, or 0 when the network gave no answer. */
  status: number;
  final: boolean;
  /** The server's error code, for final errors. */
  code?: string;
  message?: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mv-feedback-submit': CustomEvent<MvFeedbackSubmitDetail>;
    'mv-feedback-sent': CustomEvent<MvFeedbackSentDetail>;
    'mv-feedback-error': CustomEvent<MvFeedbackErrorDetail>;
  }
}

/** The events of <mv-feedback> by name, for the frameworks' typings (`frameworks/`). */
export type MvFeedbackEventMap = Pick<
  GlobalEventHandlersEventMap,
  'mv-feedback-submit' | 'mv-feedback-sent' | 'mv-feedback-error'
>;

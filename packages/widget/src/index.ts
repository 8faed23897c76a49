export { MvFeedback } from './element/mv-feedback.js';
export { MvScorecard } from './scorecard/mv-scorecard.js';
export type { MvScorecardAttributes } from './frameworks/mv-scorecard-props.js';
export type {
  MvFeedbackSubmitDetail,
  MvFeedbackSentDetail,
  MvFeedbackErrorDetail,
  MvFeedbackEventMap,
} from './element/events.js';
export type { MvFeedbackAttributes, MvFeedbackEventProps } from './frameworks/mv-feedback-props.js';
export { allStrings } from './i18n/all-strings.js';
export { fill, loadStrings, uiStrings } from './i18n/strings.js';
export type { AnswerWords, OwnStrings, UiStrings, WidgetPack } from './i18n/strings.js';
export { chooseLanguage, languageCandidates, supportedLocale } from './language/choose-language.js';
export { Outbox, outboxFor } from './delivery/outbox.js';
export type { DeliveryListener, OutboxOptions } from './delivery/outbox.js';
export { retryQueue } from './delivery/retry-queue.js';
export type { QueuedSubmission, RetryQueue } from './delivery/retry-queue.js';
export { refusalNotes } from './delivery/refusal-notes.js';
export type { Refusal, RefusalNotes } from './delivery/refusal-notes.js';
export { sendSubmission } from './delivery/send-submission.js';
export type { SendOutcome } from './delivery/send-submission.js';
export { backoffDelay, parseRetryAfter, MAX_BACKOFF_MS } from './delivery/backoff.js';
export { buildSubmission, hasContent, validContext } from './survey/build-submission.js';
export { reportImpression } from './impressions/report-impression.js';
export { onceHalfVisible } from './impressions/once-half-visible.js';
export type { SubmissionInput } from './survey/build-submission.js';
export { bundledSurvey, fetchSurvey } from './survey/survey-source.js';
export { surveyPages, QUESTIONS_PER_PAGE } from './survey/survey-pages.js';

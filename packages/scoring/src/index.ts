export {
  LOCALES,
  LocaleSchema,
  LocalizedTextSchema,
  StandardSchema,
  StandardWeightSchema,
  QUESTION_TYPES,
  QuestionTypeSchema,
  QuestionSchema,
  CommentPromptSchema,
  SurveySchema,
  CatalogueSchema,
  ChannelSchema,
  DepartmentSchema,
} from './catalogue/catalogue-schema.js';
export type {
  Locale,
  LocalizedText,
  Standard,
  StandardWeight,
  QuestionType,
  Question,
  CommentPrompt,
  Survey,
  Catalogue,
  Channel,
} from './catalogue/catalogue-schema.js';
export { defaultCatalogue } from './catalogue/default-catalogue.js';
export { CHANNELS, SLUG_PATTERN } from './catalogue/context-rules.js';
export { loadCatalogue, CatalogueError, catalogueJsonSchema, formatPath } from './catalogue/load-catalogue.js';
export {
  MAX_COMMENT_LENGTH,
  MAX_INTERACTION_LENGTH,
  AnswerValueSchema,
  AnswersSchema,
  ContextSchema,
  SubmissionShapeSchema,
  submissionSchema,
} from './submission/submission-schema.js';
export type { AnswerValue, Answers, ResponseContext, Submission } from './submission/submission-schema.js';
export {
  IsoDateSchema,
  ChangeSchema,
  StandardScoreSchema,
  ScoresResultSchema,
  TrendIntervalSchema,
  TrendPointSchema,
  TrendResultSchema,
  CommentItemSchema,
  CommentsPageSchema,
  ScoreFiltersSchema,
  ApiErrorSchema,
  StaffSessionSchema,
  SurveySummarySchema,
  SurveyListSchema,
} from './api/api-schemas.js';
export type {
  Change,
  StandardScore,
  ScoresResult,
  TrendInterval,
  TrendPoint,
  TrendResult,
  CommentItem,
  CommentsPage,
  ScoreFilters,
  ApiError,
  StaffSession,
  SurveySummary,
  SurveyList,
} from './api/api-schemas.js';
export { FAVORABLE_THRESHOLD } from './statistics/counters.js';
export type {
  AlphaCounters,
  StandardCounters,
  CountersByStandard,
  StandardContribution,
} from './statistics/counters.js';
export {
  normalizeAnswer,
  responseContributions,
  emptyCounters,
  contributionCounters,
  mergeCounters,
  mergeCountersByStandard,
  countersFromResponses,
} from './statistics/response-contributions.js';
export type { ScoredResponse } from './statistics/response-contributions.js';
export { Z_95, wilsonInterval } from './statistics/wilson-interval.js';
export { meanInterval } from './statistics/mean-interval.js';
export { proportionChange, fisherExactTest } from './statistics/proportion-change.js';
export type { ProportionCount, ProportionChange } from './statistics/proportion-change.js';
export { benjaminiHochberg } from './statistics/benjamini-hochberg.js';
export { MIN_ALPHA_RESPONDENTS, cronbachAlpha } from './statistics/cronbach-alpha.js';
export { summarizeStandard } from './statistics/summarize-standard.js';
export { DEFAULT_MIN_N, FEW_RESPONSES_N } from './statistics/thresholds.js';
export type { StandardSummary } from './statistics/summarize-standard.js';
export { buildScoresResult } from './statistics/scores-result.js';
export type { ScoresInput } from './statistics/scores-result.js';
export { cityDay, addDays, isIsoDay, isValidTimeZone, daysBetweenInclusive } from './time/calendar-days.js';

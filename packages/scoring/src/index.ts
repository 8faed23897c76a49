export {
  LOCALES,
  CATALOGUE_LOCALES,
  LocaleSchema,
  LocalizedTextSchema,
  StandardSchema,
  StandardWeightSchema,
  QUESTION_TYPES,
  QuestionTypeSchema,
  QuestionSchema,
  CommentPromptSchema,
  RotationSchema,
  SurveySchema,
  DepartmentDefinitionSchema,
  CatalogueSchema,
  ChannelSchema,
  DepartmentSchema,
} from './catalogue/catalogue-schema.js';
export type {
  Locale,
  CatalogueLocale,
  LocalizedText,
  Standard,
  StandardWeight,
  QuestionType,
  Question,
  CommentPrompt,
  Rotation,
  Survey,
  DepartmentDefinition,
  Catalogue,
  Channel,
} from './catalogue/catalogue-schema.js';
export { defaultCatalogue } from './catalogue/default-catalogue.js';
export { defaultSurveys } from './catalogue/default-surveys.js';
export { defaultDepartments } from './catalogue/default-departments.js';
export { drawRotation, askedQuestions, rotatingAnswers } from './catalogue/rotation.js';
export { departmentTitle } from './catalogue/department-titles.js';
export { textIn } from './catalogue/text-in.js';
export { surveyTitle } from './catalogue/survey-title.js';
export { surveyInLanguages } from './catalogue/survey-in-languages.js';
export { HelpHrefSchema } from './catalogue/help-href.js';
export { hostedLink, hostedQuery } from './links/hosted-link.js';
export type { HostedContext, LinkOptions } from './links/hosted-link.js';
export { ANSWER_LABELS, answerLabel } from './catalogue/answer-labels.js';
export { answerLabelsOf } from './catalogue/answer-words.js';
export { LocalePackSchema, BUILT_IN_PACKS } from './locales/locale-pack.js';
export type { LocalePack } from './locales/locale-pack.js';
export { textOf, isDraft, section } from './locales/pack-text.js';
export type { PackText, PackTexts } from './locales/pack-text.js';
export { catalogueTexts, localizeCatalogue } from './locales/catalogue-texts.js';
export type { CatalogueText } from './locales/catalogue-texts.js';
export type { AnswerLabels } from './catalogue/answer-words.js';
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
export { hotSubmissionParser } from './submission/hot-submission.js';
export { FollowUpSchema, followUpSchema } from './submission/follow-up-schema.js';
export { MAX_FOLLOW_UP_NAME_LENGTH, isEmailAddress, isPhoneNumber } from './submission/contact-rules.js';
export type { FollowUp } from './submission/follow-up-schema.js';
export {
  FOLLOW_UP_STATUSES,
  FollowUpStatusSchema,
  MAX_FOLLOW_UP_NOTE_LENGTH,
  FollowUpActionSchema,
  FollowUpContactSchema,
  FollowUpItemSchema,
  FollowUpsPageSchema,
  OnTimeRateSchema,
  FollowUpSummarySchema,
} from './api/follow-up-schemas.js';
export type {
  FollowUpStatus,
  FollowUpAction,
  FollowUpContact,
  FollowUpItem,
  FollowUpsPage,
  FollowUpSummary,
} from './api/follow-up-schemas.js';
export { ImpressionShapeSchema, impressionSchema } from './submission/impression-schema.js';
export type { Impression } from './submission/impression-schema.js';
export {
  IsoDateSchema,
  FIRST_QUERY_DAY,
  LAST_QUERY_DAY,
  QueryDaySchema,
  ChangeSchema,
  StandardScoreSchema,
  ScoresResultSchema,
  TrendIntervalSchema,
  TrendPointSchema,
  TrendResultSchema,
  CommentItemSchema,
  CommentsPageSchema,
  AuditEntrySchema,
  AuditPageSchema,
  COMMENT_TONES,
  CommentToneSchema,
  ShareSchema,
  VersusRestSchema,
  DepartmentComparisonSchema,
  DepartmentsResultSchema,
  ScoreFiltersSchema,
  ApiErrorSchema,
  STAFF_ROLES,
  StaffRoleSchema,
  StaffSessionSchema,
  SurveySummarySchema,
  SurveyDefinitionSchema,
  SurveyListSchema,
  DepartmentListSchema,
} from './api/api-schemas.js';
export {
  MAX_INVITATIONS,
  MAX_INVITATION_DAYS,
  DEFAULT_INVITATION_DAYS,
  InvitationsRequestSchema,
  InvitationSchema,
  InvitationsResultSchema,
} from './api/invitation-schemas.js';
export type {
  Change,
  StandardScore,
  ScoresResult,
  TrendInterval,
  TrendPoint,
  TrendResult,
  CommentItem,
  CommentsPage,
  AuditEntry,
  AuditPage,
  CommentTone,
  Share,
  VersusRest,
  DepartmentComparison,
  DepartmentsResult,
  ScoreFilters,
  ApiError,
  StaffRole,
  StaffSession,
  SurveySummary,
  SurveyDefinition,
  SurveyList,
  DepartmentList,
} from './api/api-schemas.js';
export type { InvitationsRequest, Invitation, InvitationsResult } from './api/invitation-schemas.js';
export { StoredSchema, StandardListSchema, HealthSchema } from './api/answer-schemas.js';
export type { Stored, StandardList, Health } from './api/answer-schemas.js';
export { FAVORABLE_THRESHOLD } from './statistics/counters.js';
export type {
  AlphaCounters,
  StandardCounters,
  CountersByStandard,
  StandardContribution,
} from './statistics/counters.js';
export {
  normalizeAnswer,
  standardItems,
  responseContributions,
  emptyCounters,
  contributionCounters,
  mergeCounters,
  mergeAlphaCounters,
  mergeCountersByStandard,
  countersFromResponses,
} from './statistics/response-contributions.js';
export type { ScoredResponse } from './statistics/response-contributions.js';
export { Z_95, wilsonInterval } from './statistics/wilson-interval.js';
export { MIN_MEAN_INTERVAL_N, meanInterval } from './statistics/mean-interval.js';
export { proportionChange, fisherExactTest, expectedCountsAtLeastFive } from './statistics/proportion-change.js';
export type { ProportionCount, ProportionChange } from './statistics/proportion-change.js';
export { benjaminiHochberg } from './statistics/benjamini-hochberg.js';
export { MIN_ALPHA_RESPONDENTS, cronbachAlpha } from './statistics/cronbach-alpha.js';
export { summarizeStandard, summarizeShare } from './statistics/summarize-standard.js';
export { onTimeRate } from './statistics/on-time-rate.js';
export type { OnTimeRate } from './statistics/on-time-rate.js';
export { DEFAULT_MIN_N, FEW_RESPONSES_N } from './statistics/thresholds.js';
export type { StandardSummary, ShareSummary } from './statistics/summarize-standard.js';
export { buildScoresResult } from './statistics/scores-result.js';
export { responseRate } from './statistics/response-rate.js';
export type { ScoresInput, PeriodCounters } from './statistics/scores-result.js';
export { buildDepartmentComparison } from './statistics/department-comparison.js';
export type { DepartmentComparisonInput, GroupCounters } from './statistics/department-comparison.js';
export { buildLanguageComparison } from './statistics/language-comparison.js';
export type { LanguageComparisonInput } from './statistics/language-comparison.js';
export { LanguageComparisonSchema, LanguagesResultSchema } from './api/languages-schemas.js';
export type { LanguageComparison, LanguagesResult } from './api/languages-schemas.js';
export { LANGUAGE_NAMES, LANGUAGE_ORDER, NATIVE_NAMES, languageName } from './catalogue/language-names.js';
export type { LanguageName } from './catalogue/language-names.js';
export { cityDay, addDays, isIsoDay, isValidTimeZone, daysBetweenInclusive } from './time/calendar-days.js';
export { localTime, zonedInstant } from './time/zoned-time.js';
export type { LocalTime } from './time/zoned-time.js';
export {
  DEFAULT_BUSINESS_HOURS,
  parseBusinessHours,
  BusinessHoursSchema,
  HolidaysSchema,
} from './time/business-hours.js';
export type { OpeningHours, WeeklyHours, BusinessCalendar } from './time/business-hours.js';
export { followUpDueBy, businessHoursBetween } from './time/follow-up-due.js';
export {
  PERIOD_KINDS,
  PeriodKindSchema,
  PublicCellSchema,
  PublicGroupSchema,
  PublicPeriodSchema,
  PublicScoresSchema,
} from './api/public-schemas.js';
export type { PublicCell, PublicGroup, PublicScores } from './api/public-schemas.js';
export { fiscalQuarter, calendarMonth, endedPeriods, lastEndedPeriods } from './public/fiscal-periods.js';
export type { PeriodKind, PublicPeriod, PeriodRange } from './public/fiscal-periods.js';
export { DEFAULT_PUBLIC_MIN_N, WHOLE_CITY, suppressedCells } from './public/disclosure-control.js';
export type { DisclosureCell, DisclosureOptions } from './public/disclosure-control.js';
export { PUBLIC_CSV_COLUMNS, buildPublicScores, publicScoreRows } from './public/public-scores.js';
export type {
  OfferedGroupCounters,
  PublicPeriodCounters,
  PublicScoresInput,
  PublicScoreRow,
} from './public/public-scores.js';

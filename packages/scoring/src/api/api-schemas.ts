// The staff API's answers (SPEC section 5), shared by the server that builds
// them and the dashboard that reads them.
import { z } from 'zod';
import {
  ChannelSchema,
  DepartmentSchema,
  LocaleSchema,
  LocalizedTextSchema,
  SurveySchema,
} from '../catalogue/catalogue-schema.js';
import { SLUG_PATTERN } from '../catalogue/context-rules.js';

export const IsoDateSchema = z.iso.date();

/** Change against the previous period of equal length. */
export const ChangeSchema = z.object({
  previousN: z.number().int(),
  previousScore: z.number().nullable(),
  delta: z.number().nullable(),
  pValue: z.number().nullable(),
  test: z.enum(['z', 'fisher']).nullable(),
  significant: z.boolean(),
});
export type Change = z.infer<typeof ChangeSchema>;

/** One standard's figures over a set of responses; numbers are null when suppressed. */
export const StandardScoreSchema = z.object({
  id: z.string(),
  title: LocalizedTextSchema,
  n: z.number().int(),
  favorable: z.number().int().nullable(),
  score: z.number().nullable(),
  ciLow: z.number().nullable(),
  ciHigh: z.number().nullable(),
  mean: z.number().nullable(),
  meanCiLow: z.number().nullable(),
  meanCiHigh: z.number().nullable(),
  suppressed: z.boolean(),
  reliability: z.number().nullable(),
  comments: z.number().int(),
  change: ChangeSchema.nullable(),
});
export type StandardScore = z.infer<typeof StandardScoreSchema>;

export const ScoresResultSchema = z.object({
  from: IsoDateSchema,
  to: IsoDateSchema,
  minN: z.number().int(),
  responses: z.number().int(),
  comments: z.number().int(),
  standards: z.array(StandardScoreSchema),
});
export type ScoresResult = z.infer<typeof ScoresResultSchema>;

export const TrendIntervalSchema = z.enum(['week', 'month']);
export type TrendInterval = z.infer<typeof TrendIntervalSchema>;

export const TrendPointSchema = z.object({
  start: IsoDateSchema,
  end: IsoDateSchema,
  n: z.number().int(),
  score: z.number().nullable(),
  ciLow: z.number().nullable(),
  ciHigh: z.number().nullable(),
  suppressed: z.boolean(),
});
export type TrendPoint = z.infer<typeof TrendPointSchema>;

export const TrendResultSchema = z.object({
  from: IsoDateSchema,
  to: IsoDateSchema,
  interval: TrendIntervalSchema,
  minN: z.number().int(),
  series: z.array(z.object({ id: z.string(), title: LocalizedTextSchema, points: z.array(TrendPointSchema) })),
});
export type TrendResult = z.infer<typeof TrendResultSchema>;

export const CommentItemSchema = z.object({
  id: z.string(),
  receivedAt: z.string(),
  survey: z.string(),
  locale: LocaleSchema,
  department: z.string().nullable(),
  channel: ChannelSchema.nullable(),
  comment: z.string(),
});
export type CommentItem = z.infer<typeof CommentItemSchema>;

export const CommentsPageSchema = z.object({
  from: IsoDateSchema,
  to: IsoDateSchema,
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
  items: z.array(CommentItemSchema),
});
export type CommentsPage = z.infer<typeof CommentsPageSchema>;

/** The filters every staff query takes; dates are whole days in the city's time zone, both ends included. */
export const ScoreFiltersSchema = z.object({
  from: IsoDateSchema.optional(),
  to: IsoDateSchema.optional(),
  department: z.string().regex(SLUG_PATTERN).optional(),
  channel: ChannelSchema.optional(),
  survey: z.string().regex(SLUG_PATTERN).optional(),
});
export type ScoreFilters = z.infer<typeof ScoreFiltersSchema>;

export const ApiErrorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
});
export type ApiError = z.infer<typeof ApiErrorSchema>;

/** The answer of `GET /api/v1/me`: who signed in, what they may read, and the city's day boundaries. */
export const StaffSessionSchema = z.object({
  name: z.string(),
  role: z.enum(['viewer', 'admin']),
  /** The token's department scope; null reads every department. */
  department: DepartmentSchema.nullable(),
  /** The zone the city's days are counted in, so a browser's periods match the server's days. */
  timezone: z.string(),
  /** Departments that have responses, sorted; a scoped token sees only its own. */
  departments: z.array(DepartmentSchema),
});
export type StaffSession = z.infer<typeof StaffSessionSchema>;

/** One survey of `GET /api/v1/surveys`: enough to name it in a filter, in both languages. */
export const SurveySummarySchema = SurveySchema.pick({ id: true, title: true });
export type SurveySummary = z.infer<typeof SurveySummarySchema>;

/** The answer of `GET /api/v1/surveys`: the configured catalogue's surveys, in catalogue order. */
export const SurveyListSchema = z.object({ surveys: z.array(SurveySummarySchema) });
export type SurveyList = z.infer<typeof SurveyListSchema>;

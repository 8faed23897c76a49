// The staff API's answers (docs/design.md §5), shared by the server that builds
// them and the dashboard that reads them.
import { z } from 'zod';
import {
  ChannelSchema,
  DepartmentDefinitionSchema,
  DepartmentSchema,
  LocaleSchema,
  LocalizedTextSchema,
  SurveySchema,
} from '../catalogue/catalogue-schema.js';
import { SLUG_PATTERN } from '../catalogue/context-rules.js';
import { AnswersSchema } from '../submission/submission-schema.js';

export const IsoDateSchema = z.iso.date();

/** Change against the previous period of equal length: which days those were, and its n. */
export const ChangeSchema = z.object({
  previousFrom: IsoDateSchema,
  previousTo: IsoDateSchema,
  previousN: z.number().int(),
  previousScore: z.number().nullable(),
  delta: z.number().nullable(),
  pValue: z.number().nullable(),
  test: z.enum(['z', 'fisher']).nullable(),
  significant: z.boolean(),
});
export type Change = z.infer<typeof ChangeSchema>;

/** One standard's share over a set of responses; figures are null when suppressed. */
export const ShareSchema = z.object({
  id: z.string(),
  n: z.number().int(),
  favorable: z.number().int().nullable(),
  score: z.number().nullable(),
  ciLow: z.number().nullable(),
  ciHigh: z.number().nullable(),
  suppressed: z.boolean(),
});
export type Share = z.infer<typeof ShareSchema>;

/** One standard's figures over a set of responses; numbers are null when suppressed. */
export const StandardScoreSchema = ShareSchema.extend({
  title: LocalizedTextSchema,
  mean: z.number().nullable(),
  meanCiLow: z.number().nullable(),
  meanCiHigh: z.number().nullable(),
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
  offered: z
    .number()
    .int()
    .min(0)
    .describe('Times the survey was offered (a widget seen, a hosted page opened) over the same filters.'),
  responseRate: z
    .number()
    .min(0)
    .max(1)
    .nullable()
    .describe(
      'responses ÷ offered, from 0 to 1; null when nothing was offered; 1 when more answers than offers were counted (a kiosk counts one offer per page load).',
    ),
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
  /** The language it was written in, as stored: a locale offered then, if not now (docs/design.md §14). */
  locale: z.string(),
  department: z.string().nullable(),
  channel: ChannelSchema.nullable(),
  comment: z.string(),
  /** The response's answers, question id → value, as stored. */
  answers: AnswersSchema,
  /** For each standard the response counts for: whether it was favourable. */
  standards: z.record(z.string(), z.boolean()),
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

/** One entry of the audit log: who (a token's name, `cli:<user>` or `server`), what and when, never the data read. */
export const AuditEntrySchema = z.object({
  id: z.number().int(),
  at: z.iso.datetime(),
  actor: z.string(),
  action: z.string(),
  detail: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

/** `GET /api/v1/audit`: newest first; `nextBefore` pages on (null after the last page). */
export const AuditPageSchema = z.object({
  items: z.array(AuditEntrySchema),
  nextBefore: z.number().int().nullable(),
});
export type AuditPage = z.infer<typeof AuditPageSchema>;

export const COMMENT_TONES = ['favourable', 'unfavourable'] as const;
/** Comments of responses favourable, or not, for the standard filtered on. */
export const CommentToneSchema = z.enum(COMMENT_TONES);
export type CommentTone = z.infer<typeof CommentToneSchema>;

/** A department, or the rest of the city, against the rest: the same test as `change`, Benjamini–Hochberg over every cell. */
export const VersusRestSchema = z.object({
  /** Department minus the rest of the city, in points. */
  delta: z.number().nullable(),
  pValue: z.number().nullable(),
  test: z.enum(['z', 'fisher']).nullable(),
  significant: z.boolean(),
});
export type VersusRest = z.infer<typeof VersusRestSchema>;

export const DepartmentComparisonSchema = z.object({
  id: z.string(),
  title: LocalizedTextSchema,
  responses: z.number().int(),
  standards: z.array(ShareSchema.extend({ vsRest: VersusRestSchema })),
});
export type DepartmentComparison = z.infer<typeof DepartmentComparisonSchema>;

/**
 * The answer of `GET /api/v1/scores/departments`: every department with
 * responses in the range against the rest of the city, and the whole city
 * (with the standards' titles) to read them against.
 */
export const DepartmentsResultSchema = z.object({
  from: IsoDateSchema,
  to: IsoDateSchema,
  minN: z.number().int(),
  city: z.object({
    responses: z.number().int(),
    standards: z.array(ShareSchema.extend({ title: LocalizedTextSchema })),
  }),
  departments: z.array(DepartmentComparisonSchema),
});
export type DepartmentsResult = z.infer<typeof DepartmentsResultSchema>;

/**
 * The first and last day a staff query may name. Feedback older than 2000
 * cannot exist, and the bound keeps every day computed from a query (a
 * previous period, a trend's weeks and months) a four-digit year (docs/design.md §11).
 */
export const FIRST_QUERY_DAY = '2000-01-01';
export const LAST_QUERY_DAY = '2099-12-31';

/** A day a staff query may name: `YYYY-MM-DD` from {@link FIRST_QUERY_DAY} to {@link LAST_QUERY_DAY}. */
export const QueryDaySchema = IsoDateSchema.refine((day) => day >= FIRST_QUERY_DAY && day <= LAST_QUERY_DAY, {
  error: `must be a day from ${FIRST_QUERY_DAY} to ${LAST_QUERY_DAY}`,
});

/** The filters every staff query takes; dates are whole days in the city's time zone, both ends included. */
export const ScoreFiltersSchema = z.object({
  from: QueryDaySchema.optional().describe(
    `First day (city time zone), from ${FIRST_QUERY_DAY} to ${LAST_QUERY_DAY}; default 29 days before \`to\`.`,
  ),
  to: QueryDaySchema.optional().describe('Last day, included; default today.'),
  department: z
    .string()
    .regex(SLUG_PATTERN)
    .optional()
    .describe("A department-scoped token's own department when absent."),
  channel: ChannelSchema.optional(),
  survey: z.string().regex(SLUG_PATTERN).optional(),
  verified: z
    .literal('true', { error: 'must be "true" (only responses that answered an invitation), or left out' })
    .transform(() => true)
    .optional()
    .describe(
      'Only verified responses: those that answered a single-use invitation (`POST /api/v1/invitations`, docs/design.md §9). Leave it out for every response.',
    ),
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
export const STAFF_ROLES = ['viewer', 'responder', 'admin'] as const;
/** What a token may do: read scores (viewer), also see and answer follow-ups (responder), everything (admin). */
export const StaffRoleSchema = z.enum(STAFF_ROLES);
export type StaffRole = z.infer<typeof StaffRoleSchema>;

export const StaffSessionSchema = z.object({
  name: z.string(),
  role: StaffRoleSchema,
  /** The token's department scope; null reads every department. */
  department: DepartmentSchema.nullable(),
  /** The zone the city's days are counted in, so a browser's periods match the server's days. */
  timezone: z.string(),
  /** The absolute base of every link and QR code residents are given (`MV_PUBLIC_URL`). */
  publicUrl: z.url(),
  /** Departments that have responses, sorted; a scoped token sees only its own. */
  departments: z.array(DepartmentSchema),
});
export type StaffSession = z.infer<typeof StaffSessionSchema>;

/** One survey of `GET /api/v1/surveys`: enough to name it in a filter, in both languages. */
export const SurveySummarySchema = SurveySchema.pick({ id: true, title: true });
export type SurveySummary = z.infer<typeof SurveySummarySchema>;

/**
 * The answer of `GET /api/v1/surveys/:id`: the survey with its texts in every
 * language the server offers (docs/design.md §14), and those languages, which
 * a submission's `locale` may name; and what a resident who asks to be
 * contacted is told (docs/design.md §12): how long their details are kept.
 */
export const SurveyDefinitionSchema = SurveySchema.extend({
  locales: z.array(LocaleSchema).min(1),
  followUp: z.object({
    retentionDays: z
      .number()
      .int()
      .min(1)
      .describe(
        "Days a closed follow-up's contact details are kept before they are overwritten (MV_FOLLOW_UP_RETENTION_DAYS), said in the consent text",
      ),
  }),
});
export type SurveyDefinition = z.infer<typeof SurveyDefinitionSchema>;

/** The answer of `GET /api/v1/surveys`: the configured catalogue's surveys, in catalogue order. */
export const SurveyListSchema = z.object({ surveys: z.array(SurveySummarySchema) });
export type SurveyList = z.infer<typeof SurveyListSchema>;

/** The answer of `GET /api/v1/departments`: the catalogue's departments and their names, in catalogue order. */
export const DepartmentListSchema = z.object({ departments: z.array(DepartmentDefinitionSchema) });
export type DepartmentList = z.infer<typeof DepartmentListSchema>;

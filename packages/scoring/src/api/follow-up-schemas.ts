// The follow-up API's bodies and answers (docs/design.md §12), shared by the
// server that builds them and the dashboard that reads them.
import { z } from 'zod';
import { ChannelSchema, DepartmentSchema, LocaleSchema } from '../catalogue/catalogue-schema.js';
import { AnswersSchema } from '../submission/submission-schema.js';

export const FOLLOW_UP_STATUSES = ['open', 'acknowledged', 'closed'] as const;
/** A request's state; it only moves forward: open → acknowledged → closed. */
export const FollowUpStatusSchema = z.enum(FOLLOW_UP_STATUSES);
export type FollowUpStatus = z.infer<typeof FollowUpStatusSchema>;

/** The longest note staff may give with an acknowledgement or a closing. */
export const MAX_FOLLOW_UP_NOTE_LENGTH = 2000;

/** The body of `POST /api/v1/follow-ups/:id/acknowledge` and `…/close`. */
export const FollowUpActionSchema = z.strictObject({
  note: z.string().trim().max(MAX_FOLLOW_UP_NOTE_LENGTH).optional(),
});
export type FollowUpAction = z.infer<typeof FollowUpActionSchema>;

/** How to reach the resident; every field null once the retention purge has overwritten them. */
export const FollowUpContactSchema = z.object({
  name: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  language: LocaleSchema.nullable(),
});
export type FollowUpContact = z.infer<typeof FollowUpContactSchema>;

/** One request to be contacted; `contact` is null unless asked for with `contact=true` (an audited read). */
export const FollowUpItemSchema = z.object({
  id: z.string(),
  responseId: z.string(),
  department: DepartmentSchema,
  channel: ChannelSchema.nullable(),
  requestedAt: z.iso.datetime(),
  status: FollowUpStatusSchema,
  acknowledgedAt: z.iso.datetime().nullable(),
  closedAt: z.iso.datetime().nullable(),
  dueBy: z.iso.datetime(),
  /** Still open at or after its due time. */
  overdue: z.boolean(),
  acknowledgeNote: z.string().nullable(),
  closeNote: z.string().nullable(),
  contact: FollowUpContactSchema.nullable(),
  /** The response's comment, personal data masked unless `contact=true`. */
  comment: z.string().nullable(),
  answers: AnswersSchema,
});
export type FollowUpItem = z.infer<typeof FollowUpItemSchema>;

/** `GET /api/v1/follow-ups`: by due time, earliest first; `nextCursor` pages on (null after the last page). */
export const FollowUpsPageSchema = z.object({
  items: z.array(FollowUpItemSchema),
  nextCursor: z.string().nullable(),
});
export type FollowUpsPage = z.infer<typeof FollowUpsPageSchema>;

/** The on-time rate: acknowledged by the due time, in percent with its Wilson interval; only `n` when suppressed. */
export const OnTimeRateSchema = z.object({
  n: z.number().int(),
  onTime: z.number().int().nullable(),
  rate: z.number().nullable(),
  ciLow: z.number().nullable(),
  ciHigh: z.number().nullable(),
  suppressed: z.boolean(),
});

/** `GET /api/v1/follow-ups/summary`: requests made in the period and how fast they were acknowledged. */
export const FollowUpSummarySchema = z.object({
  from: z.iso.date(),
  to: z.iso.date(),
  department: DepartmentSchema.nullable(),
  requested: z.number().int(),
  acknowledged: z.number().int(),
  acknowledgedOnTime: z.number().int(),
  onTimeRate: OnTimeRateSchema,
  open: z.number().int(),
  /** Open now and past the due time. */
  overdue: z.number().int(),
  /** Median business hours from request to acknowledgement; null with nothing acknowledged. */
  medianBusinessHoursToAcknowledge: z.number().nullable(),
});
export type FollowUpSummary = z.infer<typeof FollowUpSummarySchema>;

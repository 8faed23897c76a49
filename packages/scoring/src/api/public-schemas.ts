// The open data's answers (docs/design.md §13): counts and shares per period,
// department and standard, and nothing that leads back to a resident.
import { z } from 'zod';
import { LocalizedTextSchema } from '../catalogue/catalogue-schema.js';
import { IsoDateSchema, ShareSchema } from './api-schemas.js';

export const PERIOD_KINDS = ['quarter', 'month'] as const;
export const PeriodKindSchema = z.enum(PERIOD_KINDS);

/** One standard's published share; `favorable` and the figures are null when withheld. */
export const PublicCellSchema = ShareSchema.omit({ id: true }).extend({ standard: z.string() });
export type PublicCell = z.infer<typeof PublicCellSchema>;

/** The whole city (`*`) or one department in one period. */
export const PublicGroupSchema = z.object({
  department: z.string(),
  responses: z.number().int(),
  offered: z.number().int(),
  responseRate: z.number().nullable(),
  standards: z.array(PublicCellSchema),
});
export type PublicGroup = z.infer<typeof PublicGroupSchema>;

export const PublicPeriodSchema = z.object({
  period: z.string(),
  start: IsoDateSchema,
  end: IsoDateSchema,
  groups: z.array(PublicGroupSchema),
});

/** The answer of `GET /api/v1/public/scores`. */
export const PublicScoresSchema = z.object({
  period: PeriodKindSchema,
  fiscalYearStart: z.number().int().min(1).max(12),
  minN: z.number().int(),
  standards: z.array(z.object({ id: z.string(), title: LocalizedTextSchema })),
  departments: z.array(z.object({ id: z.string(), title: LocalizedTextSchema })),
  periods: z.array(PublicPeriodSchema),
});
export type PublicScores = z.infer<typeof PublicScoresSchema>;

// The answer of `GET /api/v1/scores/languages` (docs/design.md §14), shared by
// the server that builds it and the dashboard that reads it.
import { z } from 'zod';
import { LocalizedTextSchema } from '../catalogue/catalogue-schema.js';
import { IsoDateSchema, ShareSchema, VersusRestSchema } from './api-schemas.js';

/** One response language against every response in another language. */
export const LanguageComparisonSchema = z.object({
  /** The locale the responses were given in, as stored (`en`, `es`, `vi`, …). */
  locale: z.string(),
  responses: z.number().int(),
  standards: z.array(ShareSchema.extend({ vsRest: VersusRestSchema })),
});
export type LanguageComparison = z.infer<typeof LanguageComparisonSchema>;

/**
 * Each language with responses in the range against the rest, and all
 * responses (with the standards' titles) to read them against.
 */
export const LanguagesResultSchema = z.object({
  from: IsoDateSchema,
  to: IsoDateSchema,
  minN: z.number().int(),
  all: z.object({
    responses: z.number().int(),
    standards: z.array(ShareSchema.extend({ title: LocalizedTextSchema })),
  }),
  languages: z.array(LanguageComparisonSchema),
});
export type LanguagesResult = z.infer<typeof LanguagesResultSchema>;

import { z } from 'zod';
import { ChannelSchema, DepartmentSchema, type Catalogue } from '../catalogue/catalogue-schema.js';

/**
 * The body of `POST /api/v1/impressions` (docs/design.md §9): which survey was
 * shown and where, nothing else. No id, page or time: an impression is only
 * ever counted, never told apart from another.
 */
export const ImpressionShapeSchema = z.strictObject({
  survey: z.string().min(1),
  context: z
    .strictObject({
      department: DepartmentSchema.optional(),
      channel: ChannelSchema.optional(),
    })
    .default({}),
});
export type Impression = z.infer<typeof ImpressionShapeSchema>;

/**
 * The impression schema against a catalogue: the shape, and a survey the
 * catalogue knows.
 *
 * @example
 * impressionSchema(defaultCatalogue).safeParse({ survey: 'quick', context: { department: 'permits' } }).success // → true
 */
export function impressionSchema(catalogue: Catalogue) {
  const surveys = catalogue.surveys.map((s) => s.id);
  return ImpressionShapeSchema.superRefine((body, ctx) => {
    if (!surveys.includes(body.survey)) {
      ctx.addIssue({
        code: 'custom',
        path: ['survey'],
        message: `unknown survey "${body.survey}" (known: ${surveys.join(', ')})`,
      });
    }
  });
}

// The body and answer of `POST /api/v1/invitations` (docs/design.md §9),
// shared by the server that checks and sends them and the staff who call it.
import { z } from 'zod';
import { ChannelSchema, DepartmentSchema } from '../catalogue/catalogue-schema.js';
import { SLUG_PATTERN } from '../catalogue/context-rules.js';
import { ContextSchema } from '../submission/submission-schema.js';

/** Most invitations one request makes (docs/design.md §9). */
export const MAX_INVITATIONS = 1000;
/** Days an invitation may stay open: 0 (already expired, for testing) to a year. */
export const MAX_INVITATION_DAYS = 365;
export const DEFAULT_INVITATION_DAYS = 30;

/** The body of `POST /api/v1/invitations`: one invitation per interaction, all for one survey, department and channel. */
export const InvitationsRequestSchema = z.strictObject({
  survey: z.string().regex(SLUG_PATTERN),
  department: DepartmentSchema,
  channel: ChannelSchema,
  interactions: z
    .array(
      z
        .string()
        .refine((interaction) => interaction.trim() !== '', 'must not be empty or blank')
        .pipe(ContextSchema.shape.interaction.unwrap()),
    )
    .min(1)
    .max(MAX_INVITATIONS, `at most ${MAX_INVITATIONS} a request`)
    .refine((list) => new Set(list).size === list.length, 'each interaction once'),
  expiresInDays: z.number().int().min(0).max(MAX_INVITATION_DAYS).default(DEFAULT_INVITATION_DAYS),
});
export type InvitationsRequest = z.infer<typeof InvitationsRequestSchema>;

export const InvitationSchema = z.object({
  interaction: z.string(),
  /** The hosted link that carries the signed token (`inv=`). */
  url: z.string(),
  expiresAt: z.string(),
});
export type Invitation = z.infer<typeof InvitationSchema>;

export const InvitationsResultSchema = z.object({ invitations: z.array(InvitationSchema) });
export type InvitationsResult = z.infer<typeof InvitationsResultSchema>;

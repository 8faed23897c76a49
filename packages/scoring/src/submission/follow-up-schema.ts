import { z } from 'zod';
import { LOCALES } from '../catalogue/catalogue-schema.js';
import { isEmailAddress, isPhoneNumber, MAX_FOLLOW_UP_NAME_LENGTH } from './contact-rules.js';
import { storableText, UNSTORABLE_MESSAGE } from './storable-text.js';

// A form sends an empty field for one left blank: that is no value, not a bad one.
const optionalText = (inner: z.ZodType<string, string>) =>
  z
    .string()
    .trim()
    .transform((text) => (text === '' ? undefined : text))
    .pipe(inner.optional())
    .optional();

/**
 * The schema of a resident's request to be contacted (docs/design.md §12),
 * for the languages a resident may choose: e-mail or phone or both, an
 * optional name, and the language to be contacted in. Blank fields count as
 * absent.
 *
 * @example
 * followUpSchema(['en', 'es']).parse({ email: 'ana@example.org', language: 'es' })
 */
export function followUpSchema<const L extends readonly [string, ...string[]]>(languages: L) {
  return z
    .strictObject({
      name: optionalText(
        z
          .string()
          .max(MAX_FOLLOW_UP_NAME_LENGTH, `at most ${MAX_FOLLOW_UP_NAME_LENGTH} characters`)
          .refine(storableText, UNSTORABLE_MESSAGE),
      ),
      email: optionalText(z.string().max(254).refine(isEmailAddress, 'must be an e-mail address')),
      phone: optionalText(z.string().max(40).refine(isPhoneNumber, 'must be a phone number of 7 to 15 digits')),
      language: z.enum(languages, { error: `must be one of: ${languages.join(', ')}` }),
    })
    .superRefine((followUp, ctx) => {
      if (followUp.email === undefined && followUp.phone === undefined) {
        ctx.addIssue({ code: 'custom', path: ['email'], message: 'give an e-mail address or a phone number' });
      }
    });
}

/** A follow-up request in any language the surveys are offered in. */
export const FollowUpSchema = followUpSchema(LOCALES);
export type FollowUp = z.infer<typeof FollowUpSchema>;

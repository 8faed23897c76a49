import { z } from 'zod';
import {
  ChannelSchema,
  DepartmentSchema,
  LOCALES,
  LocaleSchema,
  type Catalogue,
  type Locale,
  type Question,
} from '../catalogue/catalogue-schema.js';
import { rotatingAnswers } from '../catalogue/rotation.js';
import { FollowUpSchema } from './follow-up-schema.js';
import { storableText, UNSTORABLE_MESSAGE } from './storable-text.js';

export const MAX_COMMENT_LENGTH = 2000;
export const MAX_INTERACTION_LENGTH = 100;
/** Longer than any token the server signs (its interaction at most 100 characters). */
export const MAX_INVITATION_LENGTH = 1000;

/** An answer value: 1..5 for agree5, "yes"/"no" for yesno, null for "does not apply", skipped or not sure. */
export const AnswerValueSchema = z.union([z.number(), z.enum(['yes', 'no']), z.null()]);
export type AnswerValue = z.infer<typeof AnswerValueSchema>;
export const AnswersSchema = z.record(z.string(), AnswerValueSchema);
export type Answers = z.infer<typeof AnswersSchema>;

// A normalised href is scheme://[userinfo@]host[:port]/path[?query][#fragment],
// its userinfo with any "@" or "/" percent-encoded (WHATWG URL serialising).
const HREF_PARTS = /^(https?:\/\/)(?:[^@/]*@)?([^?#]*)/;
/** `https://user:pw@host/path?q#f` → `https://host/path`. */
const originAndPath = (href: string): string => {
  const [, scheme = '', hostAndPath = ''] = HREF_PARTS.exec(href) ?? [];
  return scheme + hostAndPath;
};

export const ContextSchema = z.strictObject({
  department: DepartmentSchema.optional(),
  channel: ChannelSchema.optional(),
  interaction: z
    .string()
    .max(MAX_INTERACTION_LENGTH, `at most ${MAX_INTERACTION_LENGTH} characters`)
    .refine(storableText, UNSTORABLE_MESSAGE)
    .optional(),
  // Only where the survey was answered: a query string, a fragment or user
  // credentials may carry personal data (`?email=…`, `#token=…`), so they are
  // dropped before the response is stored or hashed, whoever sent it (docs/design.md §11).
  page: z
    .url({ protocol: /^https?$/, normalize: true, error: 'must be an http(s) URL' })
    .max(2048)
    .transform(originAndPath)
    .optional(),
});
export type ResponseContext = z.infer<typeof ContextSchema>;

/** The shape of a submission body (docs/design.md §5), before checking it against a catalogue. */
export const SubmissionShapeSchema = z.strictObject({
  // UUIDs compare case-insensitively (RFC 9562); one spelling keeps a retry from making a second row.
  id: z.uuid({ error: 'must be a UUID made by the client' }).transform((id) => id.toLowerCase()),
  survey: z.string().min(1),
  answers: z.record(z.string(), z.unknown()).default({}),
  // A comment of only white space is no comment (docs/design.md §5): null, so it
  // is stored, hashed for idempotency and counted the same as an absent one.
  comment: z
    .string()
    .max(MAX_COMMENT_LENGTH, `at most ${MAX_COMMENT_LENGTH} characters`)
    .refine(storableText, UNSTORABLE_MESSAGE)
    .nullable()
    .optional()
    .transform((comment) => (comment && comment.trim() !== '' ? comment : null)),
  context: ContextSchema.default({}),
  locale: LocaleSchema.default('en'),
  // The signed token of a single-use invitation (docs/design.md §9), as its link carried it; the server checks it.
  invitation: z.string().min(1).max(MAX_INVITATION_LENGTH).optional(),
  // A resident's request to be contacted (docs/design.md §12); it needs a department to go to.
  followUp: FollowUpSchema.optional(),
});

/** A submission after validation: answers are known questions with values of the right type. */
export type Submission = Omit<z.infer<typeof SubmissionShapeSchema>, 'answers' | 'comment'> & {
  answers: Answers;
  /** Absent or null: no comment; the schema turns a blank one into null. */
  comment?: string | null;
};

const valueIssue = (question: Question, value: unknown): string | null => {
  if (value === null) return null;
  if (question.type === 'agree5') {
    return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5
      ? null
      : 'must be a whole number from 1 to 5, or null for "does not apply"';
  }
  return value === 'yes' || value === 'no' ? null : 'must be "yes", "no" or null';
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

// zod copies a record key by key and leaves out "__proto__", which would turn
// an unknown question into a silently dropped one; it is refused beforehand.
const answersWithoutPrototypeKey = z.unknown().superRefine((body, ctx) => {
  if (isRecord(body) && isRecord(body.answers) && Object.hasOwn(body.answers, '__proto__')) {
    ctx.addIssue({ code: 'custom', path: ['answers', '__proto__'], message: 'unknown question "__proto__"' });
  }
});

/**
 * The schema the server validates a body with: the shape, plus every rule
 * that needs the catalogue (known survey and questions, values by type, no
 * more rotating questions than the survey shows, at least one answer or a
 * non-blank comment).
 *
 * @example
 * const result = submissionSchema(defaultCatalogue).safeParse(body);
 * if (!result.success) console.log(result.error.issues);
 */
export function submissionSchema(catalogue: Catalogue, offered: readonly Locale[] = LOCALES) {
  const surveys = new Map(catalogue.surveys.map((s) => [s.id, s]));
  return answersWithoutPrototypeKey
    .pipe(SubmissionShapeSchema)
    .superRefine((body, ctx) => {
      // Any language mv-feedback knows passes the shape; this server takes those it offers (MV_LOCALES).
      if (!offered.includes(body.locale)) {
        ctx.addIssue({
          code: 'custom',
          path: ['locale'],
          message: `locale "${body.locale}" is not offered here (offered: ${offered.join(', ')})`,
        });
      }
      const survey = surveys.get(body.survey);
      if (!survey) {
        ctx.addIssue({
          code: 'custom',
          path: ['survey'],
          message: `unknown survey "${body.survey}" (known: ${[...surveys.keys()].join(', ')})`,
        });
        return;
      }
      const questions = new Map(survey.questions.map((q) => [q.id, q]));
      let answered = 0;
      for (const [id, value] of Object.entries(body.answers)) {
        const question = questions.get(id);
        if (!question) {
          ctx.addIssue({
            code: 'custom',
            path: ['answers', id],
            message: `unknown question "${id}" in survey "${survey.id}"`,
          });
          continue;
        }
        const problem = valueIssue(question, value);
        if (problem) ctx.addIssue({ code: 'custom', path: ['answers', id], message: problem });
        else if (value !== null) answered += 1;
      }
      // A survey with a rotation shows `count` of its pool per display (docs/design.md §10).
      const rotating = rotatingAnswers(survey, body.answers);
      const allowed = survey.rotate?.count ?? 0;
      for (const id of rotating.slice(allowed)) {
        ctx.addIssue({
          code: 'custom',
          path: ['answers', id],
          message: `survey "${survey.id}" asks ${allowed} of its rotating questions at a time (answered: ${rotating.join(', ')})`,
        });
      }
      if (answered === 0 && body.comment === null) {
        ctx.addIssue({
          code: 'custom',
          path: ['answers'],
          message: 'answer at least one question or write a comment',
        });
      }
    })
    .transform((body): Submission => ({ ...body, answers: body.answers as Answers }));
}

import { z } from 'zod';
import { isEmailAddress } from '../submission/contact-rules.js';
import { HelpHrefSchema } from './help-href.js';
import { CHANNELS, SLUG_PATTERN } from './context-rules.js';
import { LOCALES } from './locales.js';

export { LOCALES, CATALOGUE_LOCALES, type Locale, type CatalogueLocale } from './locales.js';

export const LocaleSchema = z.enum(LOCALES, {
  error: (issue) => `unknown locale ${JSON.stringify(issue.input)} (expected one of ${LOCALES.join(', ')})`,
});

const slug = z.string().regex(SLUG_PATTERN, 'must be a lowercase slug (letters, digits, hyphens)');

const packText = z.string().trim().min(1, 'a text may not be blank').optional();

/**
 * A text in English, which a catalogue must give, and in any other language
 * it chooses to; the locale packs give the rest (docs/design.md §14).
 */
export const LocalizedTextSchema = z.strictObject({
  en: z.string().trim().min(1, 'English text is missing'),
  es: packText,
  vi: packText,
  tl: packText,
  ko: packText,
  'zh-Hans': packText,
  'zh-Hant': packText,
  ar: packText,
});
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

export const StandardSchema = z.strictObject({
  id: slug,
  title: LocalizedTextSchema,
  description: LocalizedTextSchema,
});
export type Standard = z.infer<typeof StandardSchema>;

/** How much a question counts towards one standard. */
export const StandardWeightSchema = z.strictObject({
  standard: slug,
  weight: z.number().gt(0, 'weight must be above 0').finite(),
});
export type StandardWeight = z.infer<typeof StandardWeightSchema>;

export const QUESTION_TYPES = ['agree5', 'yesno'] as const;
export const QuestionTypeSchema = z.enum(QUESTION_TYPES, {
  error: (issue) => `unknown question type ${JSON.stringify(issue.input)} (expected agree5 or yesno)`,
});
export type QuestionType = z.infer<typeof QuestionTypeSchema>;

export const QuestionSchema = z.strictObject({
  id: slug,
  type: QuestionTypeSchema,
  text: LocalizedTextSchema,
  standards: z.array(StandardWeightSchema).min(1, 'a question must count towards at least one standard'),
});
export type Question = z.infer<typeof QuestionSchema>;

/** The free-text prompt: counted and listed under a standard, never scored. */
export const CommentPromptSchema = z.strictObject({
  text: LocalizedTextSchema,
  standard: slug,
});
export type CommentPrompt = z.infer<typeof CommentPromptSchema>;

/**
 * Questions a survey asks only some of: `count` of the `from` pool, drawn
 * afresh each time the survey is shown, so every standard gets answers
 * without lengthening the survey (docs/design.md §10).
 */
export const RotationSchema = z.strictObject({
  count: z.number().int('count must be a whole number').min(1, 'count must be at least 1'),
  from: z.array(slug).min(1, 'a rotation needs at least one question'),
});
export type Rotation = z.infer<typeof RotationSchema>;

export const SurveySchema = z.strictObject({
  id: slug,
  title: LocalizedTextSchema,
  questions: z.array(QuestionSchema).min(1, 'a survey needs at least one question'),
  comment: CommentPromptSchema.nullable(),
  rotate: RotationSchema.optional(),
  /** The title for a channel whose words differ from `title`'s (a call is not a visit): `title` is the rest's. */
  channelTitles: z.partialRecord(z.enum(CHANNELS), LocalizedTextSchema).optional(),
});
export type Survey = z.infer<typeof SurveySchema>;

/**
 * A department of the city: its slug (as the embedding page sends it), its
 * name in every language, and optionally its own contact for residents who
 * need an answer (`helpHref`: https, mailto: or tel:), which its hosted pages link to.
 */
export const DepartmentDefinitionSchema = z.strictObject({
  id: slug,
  title: LocalizedTextSchema,
  /** Where a resident's request to be contacted is notified (docs/design.md §12); never shown to residents. */
  email: z.string().refine(isEmailAddress, 'must be an e-mail address').optional(),
  helpHref: HelpHrefSchema.optional(),
});
export type DepartmentDefinition = z.infer<typeof DepartmentDefinitionSchema>;

/** A rotation draws from the survey's own questions, each named once, and can always draw `count`. */
function checkRotation(survey: Survey, si: number, ctx: z.RefinementCtx): void {
  const rotate = survey.rotate!;
  const questions = new Set(survey.questions.map((q) => q.id));
  const seen = new Set<string>();
  rotate.from.forEach((id, i) => {
    const path = ['surveys', si, 'rotate', 'from', i];
    if (!questions.has(id)) {
      ctx.addIssue({
        code: 'custom',
        path,
        message: `rotation of survey "${survey.id}" names unknown question "${id}"`,
      });
    } else if (seen.has(id)) {
      ctx.addIssue({ code: 'custom', path, message: `rotation of survey "${survey.id}" names "${id}" twice` });
    }
    seen.add(id);
  });
  if (rotate.count > rotate.from.length) {
    ctx.addIssue({
      code: 'custom',
      path: ['surveys', si, 'rotate', 'count'],
      message: `count ${rotate.count} is more than the ${rotate.from.length} questions to draw from`,
    });
  }
}

const duplicateIds = (items: readonly { id: string }[]): string[] => {
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const { id } of items) (seen.has(id) ? duplicates : seen).add(id);
  return [...duplicates];
};

/**
 * Standards, surveys and departments, as a city may replace them.
 * Cross-references are checked here so a bad file is refused when loaded, not
 * when first scored. Departments are optional: an unlisted slug is still
 * accepted from a page and named by the slug itself.
 */
export const CatalogueSchema = z
  .strictObject({
    standards: z.array(StandardSchema).min(1, 'a catalogue needs at least one standard'),
    surveys: z.array(SurveySchema).min(1, 'a catalogue needs at least one survey'),
    departments: z.array(DepartmentDefinitionSchema).optional(),
  })
  .superRefine((catalogue, ctx) => {
    for (const id of duplicateIds(catalogue.standards)) {
      ctx.addIssue({ code: 'custom', path: ['standards'], message: `duplicate standard id "${id}"` });
    }
    for (const id of duplicateIds(catalogue.surveys)) {
      ctx.addIssue({ code: 'custom', path: ['surveys'], message: `duplicate survey id "${id}"` });
    }
    for (const id of duplicateIds(catalogue.departments ?? [])) {
      ctx.addIssue({ code: 'custom', path: ['departments'], message: `duplicate department id "${id}"` });
    }
    const known = new Set(catalogue.standards.map((s) => s.id));
    catalogue.surveys.forEach((survey, si) => {
      for (const id of duplicateIds(survey.questions)) {
        ctx.addIssue({
          code: 'custom',
          path: ['surveys', si, 'questions'],
          message: `duplicate question id "${id}" in survey "${survey.id}"`,
        });
      }
      survey.questions.forEach((question, qi) => {
        question.standards.forEach((mapping, mi) => {
          if (!known.has(mapping.standard)) {
            ctx.addIssue({
              code: 'custom',
              path: ['surveys', si, 'questions', qi, 'standards', mi, 'standard'],
              message: `question "${question.id}" maps to unknown standard "${mapping.standard}"`,
            });
          }
        });
      });
      if (survey.rotate) checkRotation(survey, si, ctx);
      if (survey.comment && !known.has(survey.comment.standard)) {
        ctx.addIssue({
          code: 'custom',
          path: ['surveys', si, 'comment', 'standard'],
          message: `the comment of survey "${survey.id}" maps to unknown standard "${survey.comment.standard}"`,
        });
      }
    });
  });
export type Catalogue = z.infer<typeof CatalogueSchema>;

/** Where a response was given: set by the embedding page, never asked. */
export const ChannelSchema = z.enum(CHANNELS);
export type Channel = z.infer<typeof ChannelSchema>;
export const DepartmentSchema = slug;

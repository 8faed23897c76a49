import { z } from 'zod';
import { CHANNELS, SLUG_PATTERN } from './context-rules.js';

/** The languages every text of the catalogue must exist in. */
export const LOCALES = ['en', 'es'] as const;
export const LocaleSchema = z.enum(LOCALES);
export type Locale = z.infer<typeof LocaleSchema>;

const slug = z.string().regex(SLUG_PATTERN, 'must be a lowercase slug (letters, digits, hyphens)');

/** A text in every supported language; a missing or blank translation is a fault. */
export const LocalizedTextSchema = z.strictObject({
  en: z.string().trim().min(1, 'English text is missing'),
  es: z.string().trim().min(1, 'Spanish text is missing'),
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

export const SurveySchema = z.strictObject({
  id: slug,
  title: LocalizedTextSchema,
  questions: z.array(QuestionSchema).min(1, 'a survey needs at least one question'),
  comment: CommentPromptSchema.nullable(),
});
export type Survey = z.infer<typeof SurveySchema>;

const duplicateIds = (items: readonly { id: string }[]): string[] => {
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const { id } of items) (seen.has(id) ? duplicates : seen).add(id);
  return [...duplicates];
};

/**
 * Standards and surveys, as a city may replace them. Cross-references are
 * checked here so a bad file is refused when loaded, not when first scored.
 */
export const CatalogueSchema = z
  .strictObject({
    standards: z.array(StandardSchema).min(1, 'a catalogue needs at least one standard'),
    surveys: z.array(SurveySchema).min(1, 'a catalogue needs at least one survey'),
  })
  .superRefine((catalogue, ctx) => {
    for (const id of duplicateIds(catalogue.standards)) {
      ctx.addIssue({ code: 'custom', path: ['standards'], message: `duplicate standard id "${id}"` });
    }
    for (const id of duplicateIds(catalogue.surveys)) {
      ctx.addIssue({ code: 'custom', path: ['surveys'], message: `duplicate survey id "${id}"` });
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

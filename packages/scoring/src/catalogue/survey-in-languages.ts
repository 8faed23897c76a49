import type { LocalizedText, Survey } from './catalogue-schema.js';
import type { Locale } from './locales.js';

const only = (text: LocalizedText, keep: ReadonlySet<string>): LocalizedText =>
  Object.fromEntries(Object.entries(text).filter(([locale]) => locale === 'en' || keep.has(locale))) as LocalizedText;

/**
 * A survey with its texts in English (every text's fallback) and the `keep`
 * languages only: what a page in one language needs, so an English page does
 * not download seven other languages' words (docs/design.md §14).
 *
 * @example
 * surveyInLanguages(quick, ['vi']).title // → { en: '…', vi: '…' }
 */
export function surveyInLanguages<S extends Survey>(survey: S, keep: readonly Locale[]): S {
  const languages = new Set<string>(keep);
  const { channelTitles } = survey;
  return {
    ...survey,
    title: only(survey.title, languages),
    questions: survey.questions.map((question) => ({ ...question, text: only(question.text, languages) })),
    comment: survey.comment && { ...survey.comment, text: only(survey.comment.text, languages) },
    ...(channelTitles && {
      channelTitles: Object.fromEntries(
        Object.entries(channelTitles).map(([channel, title]) => [channel, only(title, languages)]),
      ),
    }),
  };
}

import type { Locale, Survey } from './catalogue-schema.js';

/**
 * A survey's heading for the channel it is answered about: the channel's own
 * title when the survey has one (`channelTitles`), else its `title`.
 *
 * @example
 * surveyTitle(quick, 'web', 'en'); // 'Rate our online service'
 */
export const surveyTitle = (
  survey: Pick<Survey, 'title' | 'channelTitles'>,
  channel: string | undefined,
  locale: Locale,
) =>
  (channel ? survey.channelTitles?.[channel as keyof NonNullable<Survey['channelTitles']>] : undefined)?.[locale] ??
  // A language the survey has no text in reads English (docs/design.md §14).
  survey.title[locale] ??
  survey.title.en;

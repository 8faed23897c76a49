import type { Locale, Question, Survey } from '@mv-feedback/scoring';
import { defaultSurveys } from '@mv-feedback/scoring/browser';

/** The survey shipped inside the bundle, so the widget renders with no server at all. */
export const bundledSurvey = (id: string): Survey | undefined => defaultSurveys.find((s) => s.id === id);

// English is every text's fallback, so a text must have it; the other languages are optional.
const isText = (t: unknown): boolean => !!t && typeof (t as { en?: unknown }).en === 'string';
/** A survey as the server gives it: the languages it offers and how long it keeps contact details (docs/design.md §12). */
export type ServedSurvey = Survey & { locales?: Locale[]; followUp?: { retentionDays: number } };

// Absent from an older server's survey, which the widget still takes.
const isFollowUp = (f: ServedSurvey['followUp']): boolean =>
  f === undefined || (Number.isInteger(f?.retentionDays) && f.retentionDays > 0);
const isQuestion = (q: Question): boolean =>
  typeof q?.id === 'string' && (q.type === 'agree5' || q.type === 'yesno') && isText(q.text);

/**
 * The server's current definition of a survey (`GET /api/v1/surveys/:id`),
 * or undefined when it cannot be had or does not look like a survey: the
 * bundled one stays. Checked by hand, since the bundle carries no zod.
 * With `languages`, its texts come in those and English only, so a page
 * downloads no words it cannot show (docs/design.md §14).
 *
 * @example
 * const survey = (await fetchSurvey('https://feedback.example.gov', 'quick')) ?? bundledSurvey('quick');
 */
export async function fetchSurvey(
  endpoint: string,
  id: string,
  fetchFn: typeof fetch = globalThis.fetch,
  languages?: readonly Locale[],
): Promise<ServedSurvey | undefined> {
  const query = languages ? `?lang=${languages.join(',')}` : '';
  try {
    const response = await fetchFn(`${endpoint}/api/v1/surveys/${encodeURIComponent(id)}${query}`, {
      credentials: 'omit',
    });
    if (!response.ok) return undefined;
    // `locales`: the languages the server offers and a response may name (docs/design.md §14).
    // `followUp.retentionDays`: said in the consent text of "contact me" (docs/design.md §12).
    const body = (await response.json()) as ServedSurvey | { survey: Survey };
    const survey = 'survey' in body ? body.survey : body;
    const valid =
      survey?.id === id &&
      Array.isArray(survey.questions) &&
      survey.questions.length > 0 &&
      survey.questions.every(isQuestion) &&
      (survey.comment === null || isText(survey.comment?.text)) &&
      (!survey.rotate || (survey.rotate.count > 0 && survey.rotate.from.every((id) => typeof id === 'string'))) &&
      (!('locales' in survey) || (Array.isArray(survey.locales) && survey.locales.includes('en'))) &&
      isFollowUp((survey as ServedSurvey).followUp);
    return valid ? survey : undefined;
  } catch {
    return undefined;
  }
}

import type { Question } from '@mv-feedback/scoring';

/** Questions on one page of a long survey: few enough to read on a phone without losing the thread. */
export const QUESTIONS_PER_PAGE = 4;

/**
 * Splits questions into pages of at most `size`, as even as can be
 * (11 → 4, 4, 3), so the last page is never a lonely question.
 *
 * @example
 * surveyPages(full.questions).length; // 3
 */
export function surveyPages<T = Question>(questions: readonly T[], size = QUESTIONS_PER_PAGE): T[][] {
  const count = Math.max(1, Math.ceil(questions.length / size));
  const per = Math.ceil(questions.length / count);
  return Array.from({ length: count }, (_, i) => questions.slice(i * per, (i + 1) * per));
}

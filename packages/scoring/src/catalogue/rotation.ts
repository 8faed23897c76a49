// The rotation rule of docs/design.md §10, as plain functions: the widget and a
// server-rendered survey page draw with them, the submission schema checks with them.
import type { Question, Survey } from './catalogue-schema.js';

/**
 * The rotating questions to ask on one display of a survey: `count` distinct
 * ids drawn at random from its pool; none for a survey without rotation.
 *
 * @example
 * drawRotation(quick) // → ['did-best'] (one of the eight, at random)
 */
export function drawRotation(survey: Pick<Survey, 'rotate'>, random: () => number = Math.random): string[] {
  const pool = [...(survey.rotate?.from ?? [])];
  const drawn: string[] = [];
  for (let i = 0; i < (survey.rotate?.count ?? 0) && pool.length > 0; i++) {
    drawn.push(pool.splice(Math.floor(random() * pool.length), 1)[0]!);
  }
  return drawn;
}

/**
 * The questions one display asks, in survey order: every fixed question and
 * the drawn rotating ones.
 *
 * @example
 * askedQuestions(quick, ['did-best']).map((q) => q.id) // → ['listened', 'positive', 'accurate', 'did-best']
 */
export function askedQuestions(survey: Pick<Survey, 'questions' | 'rotate'>, drawn: readonly string[]): Question[] {
  const pool = survey.rotate?.from ?? [];
  return survey.questions.filter((q) => !pool.includes(q.id) || drawn.includes(q.id));
}

/**
 * The rotating questions a set of answers answers ("does not apply" included:
 * the question was shown). A submission may answer at most `rotate.count`.
 *
 * @example
 * rotatingAnswers(quick, { listened: 5, 'did-best': 4 }) // → ['did-best']
 */
export function rotatingAnswers(survey: Pick<Survey, 'rotate'>, answers: Readonly<Record<string, unknown>>): string[] {
  return (survey.rotate?.from ?? []).filter((id) => Object.hasOwn(answers, id));
}

import { responseContributions, type Answers, type Catalogue, type Survey } from '@mv-feedback/scoring';

/**
 * A standard and tone as `responses.tones` holds it (migration 13), with
 * the spaces around it: a match of the whole token, never of a standard
 * whose slug ends with this one.
 *
 * @example
 * toneToken('asking-and-listening', false) // → ' asking-and-listening- '
 */
export const toneToken = (standard: string, favorable: boolean): string => ` ${standard}${favorable ? '+' : '-'} `;

/**
 * The `tones` of a commented response: a token for each standard it counts
 * for, favourable or not, as the rollup cube counts its comment (migration 14);
 * null when it counts for none.
 *
 * @example
 * commentTones(catalogue, quickSurvey, { listened: 5, positive: 2 }) // → ' asking-and-listening+ positive-attitude- '
 */
export function commentTones(catalogue: Catalogue, survey: Survey, answers: Answers): string | null {
  const contributions = responseContributions(catalogue, survey, answers);
  if (contributions.length === 0) return null;
  return ` ${contributions.map(({ standard, favorable }) => `${standard}${favorable ? '+' : '-'}`).join(' ')} `;
}

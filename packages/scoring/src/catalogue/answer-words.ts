// A locale pack's answer words as the scales use them, apart from the packs
// themselves: a browser bundle takes this file and loads the packs it needs.
import { section, type PackTexts } from '../locales/pack-text.js';

export interface AnswerLabels {
  /** From 1 (strongly disagree) to 5 (strongly agree). */
  agree: readonly [string, string, string, string, string];
  /** `null` on an agreement item. */
  notApplicable: string;
  yes: string;
  no: string;
  /** `null` on a yes/no item. */
  notSure: string;
}

/**
 * A pack's answer words (`answer.agree1` … `answer.notSure`), each missing one
 * taken from `fallback`.
 *
 * @example
 * answerLabelsOf(BUILT_IN_PACKS.vi.texts, ANSWER_LABELS.en).yes // → 'Có'
 */
export function answerLabelsOf(texts: PackTexts, fallback?: AnswerLabels): AnswerLabels {
  const [a1, a2, a3, a4, a5] = fallback?.agree ?? ['', '', '', '', ''];
  const words = section(texts, 'answer.', {
    agree1: a1,
    agree2: a2,
    agree3: a3,
    agree4: a4,
    agree5: a5,
    notApplicable: fallback?.notApplicable ?? '',
    yes: fallback?.yes ?? '',
    no: fallback?.no ?? '',
    notSure: fallback?.notSure ?? '',
  });
  const { agree1, agree2, agree3, agree4, agree5, ...rest } = words;
  return { agree: [agree1, agree2, agree3, agree4, agree5], ...rest };
}

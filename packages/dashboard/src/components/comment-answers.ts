import { html, nothing } from 'lit';
import type { CommentItem, CatalogueLocale as Locale, LocalizedText, Survey } from '@mv-feedback/scoring';
import { answerLabel, textIn } from '@mv-feedback/scoring/browser';
import type { Strings } from '../i18n/strings.js';

/** A standard as the comments name it. */
export interface StandardName {
  id: string;
  title: LocalizedText;
}

/**
 * A comment's answers, compactly: for each standard the response counts for
 * (the standard the comments were chosen by first, then catalogue order), its name and the answer in the widget's words, marked
 * favourable or not in text as well as by a sign (WCAG 2.2 1.4.1).
 *
 * @example
 * html`${commentAnswers(item, { standards, surveys, strings, locale })}`
 */
export function commentAnswers(
  item: CommentItem,
  {
    standards,
    surveys,
    strings: s,
    locale,
    first,
  }: {
    standards: readonly StandardName[];
    surveys: readonly Survey[];
    strings: Strings;
    locale: Locale;
    /** The standard the comments were chosen by: its answer is the one the reader came for. */
    first?: string | undefined;
  },
) {
  const survey = surveys.find((candidate) => candidate.id === item.survey);
  const ordered = [...standards.filter((one) => one.id === first), ...standards.filter((one) => one.id !== first)];
  const lines = ordered.flatMap(({ id, title }) => {
    const favourable = item.standards[id];
    if (favourable === undefined) return [];
    const answers = (survey?.questions ?? [])
      .filter((q) => q.standards.some((w) => w.standard === id) && item.answers[q.id] !== undefined)
      .map((q) => answerLabel(q.type, item.answers[q.id] ?? null, locale));
    const tone = favourable ? s.favourable : s.unfavourable;
    return [
      html`<li class=${favourable ? 'fav' : 'unfav'}>
        <span aria-hidden="true">${favourable ? '+' : '−'}</span> ${textIn(title, locale)}:
        ${answers.length > 0 ? `${answers.join(', ')} (${tone})` : tone}
      </li>`,
    ];
  });
  return lines.length > 0
    ? html`<ul class="answers" aria-label=${s.answersOf}>
        ${lines}
      </ul>`
    : nothing;
}

// The texts of a locale pack as every part reads them (docs/design.md §14),
// with no schema library behind them: the widget's bundle takes this file.

/** One text of a locale pack: the words, or the words and `review: "draft"` until a qualified translator has checked them. */
export type PackText = string | { readonly text: string; readonly review?: string };

/** A pack's texts by key (`widget.send`, `question.listened`, `department.library` …). */
export type PackTexts = Readonly<Record<string, PackText>>;

/**
 * The words of a pack's text, or undefined when the pack lacks it.
 *
 * @example
 * textOf({ text: 'Gửi', review: 'draft' }) // → 'Gửi'
 */
export const textOf = (value: PackText | undefined): string | undefined =>
  typeof value === 'string' ? value : value?.text;

/** Whether a text still waits for a qualified translator's review. */
export const isDraft = (value: PackText | undefined): boolean => typeof value === 'object' && value.review === 'draft';

/**
 * The texts under one prefix, the prefix dropped, each falling back to
 * `fallback`'s: how a part takes its own keys from a pack.
 *
 * @example
 * section({ 'widget.send': 'Enviar' }, 'widget.', { send: 'Send', back: 'Back' }) // → { send: 'Enviar', back: 'Back' }
 */
export function section<T extends Record<string, string>>(texts: PackTexts, prefix: string, fallback: T): T {
  const out: Record<string, string> = { ...fallback };
  for (const key of Object.keys(fallback)) {
    const text = textOf(texts[prefix + key]);
    if (text) out[key] = text;
  }
  return out as T;
}

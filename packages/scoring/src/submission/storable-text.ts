// A NUL ends a C string (a comment was shown and exported cut at it) and a
// lone surrogate has no UTF-8 form (it was stored as U+FFFD): free text must
// hold neither, so what is stored is what was sent (docs/design.md §11).
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether free text can be stored and read back unchanged: no NUL, no lone surrogate. */
export const storableText = (text: string): boolean => !text.includes('\0') && !LONE_SURROGATE.test(text);

export const UNSTORABLE_MESSAGE = 'must not contain a NUL character or a lone surrogate (text that is not Unicode)';

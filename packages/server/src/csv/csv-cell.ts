/**
 * Where a spreadsheet may start a cell inside our text, and so where a
 * formula could start (OWASP CSV injection): the text's start, after white
 * space; and after a ; (the separator in ; locales, where the quotes around
 * our field do not count, as the field does not start with them), a tab or a
 * line break, after white space or quotation marks. What would start a
 * formula there is = + - @ or their full-width forms, which some spreadsheets
 * read as the same. A leading tab, CR or LF is itself a trigger.
 */
const FORMULA_AT_START = /^(?:\s*[=+\-@＝＋－＠]|[\t\r\n])/u;
const FORMULA_AFTER_SEPARATOR = /([;\t\r\n][\s"]*)(?=[=+\-@＝＋－＠])/gu;
/** RFC 4180 §2.6: a field holding a quote, comma, CR or LF must be quoted; ; and tab too, for readers that split on them. */
const NEEDS_QUOTES = /[",;\t\r\n]/;

export type CsvValue = string | number | null | undefined;

/**
 * Text a spreadsheet shows as written and never runs: a `'` (which makes a
 * cell text) before each place a formula could start.
 *
 * @example
 * neutralizeFormulas('ok; =1+2') // → "ok; '=1+2"
 */
function neutralizeFormulas(text: string): string {
  const inside = text.replace(FORMULA_AFTER_SEPARATOR, "$1'");
  return FORMULA_AT_START.test(inside) ? `'${inside}` : inside;
}

/**
 * One CSV field: numbers as written, text neutralised against formula
 * injection and quoted per RFC 4180 §2.5–2.7 when needed.
 *
 * @example
 * csvCell('=HYPERLINK("x")') // → '"\'=HYPERLINK(""x"")"'
 * csvCell(4)                  // → '4'
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = neutralizeFormulas(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * One CSV record ending in CRLF (RFC 4180 §2.1).
 *
 * @example
 * csvRow(['id', 'comment']) // → 'id,comment\r\n'
 */
export function csvRow(values: readonly CsvValue[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}

/** The UTF-8 byte-order mark, so spreadsheet programs read accents (Spanish text) right. */
export const UTF8_BOM = '\uFEFF';

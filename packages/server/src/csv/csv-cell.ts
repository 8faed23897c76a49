/** A spreadsheet runs a text cell starting with one of these as a formula (CSV injection, OWASP). */
const FORMULA_START = /^[=+\-@\t\r]/;
/** RFC 4180 §2.6: a field holding a quote, comma, CR or LF must be quoted. */
const NEEDS_QUOTES = /[",\r\n]/;

export type CsvValue = string | number | null | undefined;

/**
 * One CSV field: numbers as written, text neutralised against formula
 * injection (a leading `'`) and quoted per RFC 4180 §2.5–2.7 when needed.
 *
 * @example
 * csvCell('=HYPERLINK("x")') // → '"\'=HYPERLINK(""x"")"'
 * csvCell(4)                  // → '4'
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
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

/**
 * Masks of personal data in a resident's comment (docs/design.md §15): what
 * is shown and exported says `[email]`, `[phone]` or `[address]` where the
 * resident wrote one; the stored text stays as written.
 *
 * Hand-written patterns rather than a detector package: redact-pii (and its
 * light fork) masked 4 of 5 case, permit and receipt numbers and "Maria" in
 * the demo comments, and pulls 12 MB of Google Cloud DLP; @cdssnc/sanitize-pii
 * has no e-mail pattern and masked a receipt number; @arcjet/redact had no
 * false positive but finds no street addresses and costs ~1–2 ms a comment
 * (a WebAssembly instance per call): minutes for a large CSV export. These
 * patterns cost microseconds. What they catch and miss is listed in
 * docs/operating-for-years.md.
 */

// The WHATWG `input type=email` shape, found inside text.
const EMAIL =
  /[\p{L}\p{N}.!#$%&'*+/=?^_`{|}~-]+@[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?)+/gu;

// A leading + and 7–15 digits in groups (E.164), or the North American
// 3-3-4 form, bracketed or not. Neither may touch letters, digits or a hyphen
// on either side, so "BP-2026-00417" and dates stay visible.
const INTERNATIONAL_PHONE = /(?<![\p{L}\p{N}+-])\+\d{1,3}(?:[ .-]?\(?\d{1,5}\)?){1,6}(?![\p{L}\p{N}-])/gu;
const NORTH_AMERICAN_PHONE =
  /(?<![\p{L}\p{N}-])(?:1[ .-]?)?(?:\(\d{3}\)[ ]?|\d{3}[ .-]?)\d{3}[ .-]?\d{4}(?![\p{L}\p{N}-])/gu;

// A house number, an optional direction, one to three capitalised (or
// ordinal) name words and a street type, with an optional unit: "1234 Main
// Street", "500 W. Elm St. Apt 4", "42 5th Ave". Lower-case names are left
// alone: "45 minutes on the way" must not read as an address.
const STREET_TYPES =
  'Street|St|Avenue|Ave|Av|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Court|Ct|Place|Pl|Way|Circle|Cir|Parkway|Pkwy|Terrace|Ter|Highway|Hwy|Trail|Trl|Square|Sq';
const ENGLISH_ADDRESS = new RegExp(
  String.raw`(?<![\p{L}\p{N}-])\d{1,6}[A-Za-z]?\s+(?:(?:[NSEW]\.?|North|South|East|West)\s+)?(?:(?:\p{Lu}[\p{L}'-]*\.?|\d{1,3}(?:st|nd|rd|th))\s+){1,3}(?:${STREET_TYPES})\b\.?(?:,?\s+(?:Apt|Apartment|Unit|Suite|Ste|#)\.?\s*#?[\p{L}\p{N}-]+)?`,
  'gu',
);
// "Calle Juárez 45", "Avenida de la Paz 1200": the street, then the number.
const SPANISH_ADDRESS =
  /(?<![\p{L}\p{N}])(?:Calle|Avenida|Avda\.|Camino|Paseo|Bulevar|Carretera)\s+(?:[\p{L}'.-]+\s+){1,4}?\d{1,6}(?![\p{L}\p{N}])/gu;

const MASKS: [RegExp, string][] = [
  [EMAIL, '[email]'],
  [ENGLISH_ADDRESS, '[address]'],
  [SPANISH_ADDRESS, '[address]'],
  [INTERNATIONAL_PHONE, '[phone]'],
  [NORTH_AMERICAN_PHONE, '[phone]'],
];

/**
 * The comment with e-mail addresses, phone numbers and street addresses masked.
 *
 * @example
 * maskPersonalData('Call me at (951) 555-0123 about BP-2026-00417') // → 'Call me at [phone] about BP-2026-00417'
 */
export function maskPersonalData(text: string): string {
  let masked = text;
  for (const [pattern, mask] of MASKS) masked = masked.replace(pattern, mask);
  return masked;
}

import { correction, generate } from 'lean-qr';
import { toSvgSource } from 'lean-qr/extras/svg';

/**
 * A QR code of `text` as a standalone SVG document, made by lean-qr (a
 * maintained encoder with no dependencies; see the README for the choice):
 * error correction M (15 % of the code may be smudged or covered), the
 * standard quiet zone of four modules, black on white whatever the page's
 * colours, drawn with crisp edges so it stays sharp at any print size.
 *
 * @example
 * qrSvg('https://feedback.city.gov/r/quick?department=permits') // → '<?xml …><svg …><rect …/><path d="M…"/></svg>'
 */
export function qrSvg(text: string): string {
  const code = generate(text, { minCorrectionLevel: correction.M });
  // 8 px a module by default: a size to read on screen; pages set their own.
  return toSvgSource(code, { on: 'black', off: 'white', pad: 4, scale: 8, xmlDeclaration: true });
}

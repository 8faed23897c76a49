// The widget's language files as this server's packs make them (docs/design.md
// §14): the bundle it serves imports `./mv-feedback-LOCALE.js` from beside
// itself, so a city's pack in MV_LOCALE_DIR reaches the widget as it reaches
// the hosted pages, without a rebuild. The same module the build makes from
// the built-in packs (build/locale-pack-sections.mjs): the pack's `widget.*`
// and `answer.*` texts without their section, its name and its direction.
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { textOf, type Locale, type LocalePack } from '@mv-feedback/scoring';
import type { LanguagesConfig } from '../config/languages-config.js';
import type { ContentCoding } from '../http/content-coding.js';
import type { Representation } from './send-representation.js';

/** What the widget loads for one language, and its compressed copies. */
export interface LanguageFile extends Representation {
  copies: ReadonlyMap<ContentCoding, Representation>;
}

const WIDGET_KEY = /^(widget|answer)\.(\w+)$/;
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

const property = (key: string, value: string) =>
  `${IDENTIFIER.test(key) ? key : JSON.stringify(key)}:${JSON.stringify(value)}`;

/**
 * A pack as the widget's ES module: `export default{name,dir,texts}`, keys
 * unquoted as a minifier leaves them, review marks dropped.
 *
 * @example
 * widgetLanguageModule(packs.es) // → 'export default{name:"Español",dir:"ltr",texts:{send:"Enviar",…}};'
 */
export function widgetLanguageModule(pack: LocalePack): string {
  const texts: string[] = [];
  for (const [key, value] of Object.entries(pack.texts)) {
    const name = WIDGET_KEY.exec(key)?.[2];
    const text = textOf(value);
    if (name !== undefined && text) texts.push(property(name, text));
  }
  return `export default{${property('name', pack.name)},${property('dir', pack.dir)},texts:{${texts.join(',')}}};`;
}

const representation = (bytes: Uint8Array, etag: string): Representation => ({
  body: new Uint8Array(bytes),
  etag,
});

/** A module's bytes, strong ETag and the brotli and gzip copies at the build's levels (build/precompress.mjs). */
function languageFile(source: string): LanguageFile {
  const body = new Uint8Array(Buffer.from(source, 'utf8'));
  const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
  const br = brotliCompressSync(body, {
    params: {
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  });
  const gzip = gzipSync(body, { level: constants.Z_BEST_COMPRESSION });
  return {
    body,
    etag,
    copies: new Map<ContentCoding, Representation>([
      ['br', representation(br, etag)],
      ['gzip', representation(gzip, etag)],
    ]),
  };
}

/**
 * The language file of each offered language but English (which is in the
 * bundle), made once at start from the packs the server loaded.
 *
 * @example
 * widgetLanguageFiles(config.languages).get('es')?.body // the bytes of /mv-feedback-es.js
 */
export function widgetLanguageFiles(languages: LanguagesConfig): Map<Locale, LanguageFile> {
  return new Map(
    languages.offered
      .filter((locale) => locale !== 'en')
      .map((locale) => [locale, languageFile(widgetLanguageModule(languages.packs[locale]))]),
  );
}

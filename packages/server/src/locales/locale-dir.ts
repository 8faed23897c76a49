import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILT_IN_PACKS, LocalePackSchema, type Locale, type LocalePack } from '@mv-feedback/scoring';
import { ConfigError } from '../config/config-error.js';

/**
 * The locale packs a server has: the built-in ones, each replaced whole by a
 * city's `LOCALE.json` in MV_LOCALE_DIR (docs/design.md §14). A file that is
 * not a pack, or whose name is not its `locale`, stops the server at start.
 *
 * @example
 * const packs = localePacks('/etc/mv-feedback/locales'); // packs.vi from vi.json there, if any
 */
export function localePacks(dir: string | undefined): Record<Locale, LocalePack> {
  const packs = { ...BUILT_IN_PACKS };
  if (dir === undefined) return packs;
  let files: string[];
  try {
    files = readdirSync(dir).filter((name) => name.endsWith('.json'));
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : 'unreadable';
    throw new ConfigError(`MV_LOCALE_DIR ${dir} cannot be read (${code})`, { cause: error });
  }
  for (const name of files) {
    const pack = readPack(join(dir, name));
    if (`${pack.locale}.json` !== name) {
      throw new ConfigError(`MV_LOCALE_DIR file ${name} holds the "${pack.locale}" pack: name it ${pack.locale}.json`);
    }
    packs[pack.locale] = pack;
  }
  return packs;
}

function readPack(file: string): LocalePack {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ConfigError(`MV_LOCALE_DIR file ${file} is not readable JSON`, { cause: error });
  }
  const parsed = LocalePackSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  throw new ConfigError(`MV_LOCALE_DIR file ${file}: ${issue.path.join('.') || 'pack'}: ${issue.message}`);
}

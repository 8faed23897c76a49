import { z } from 'zod';
import { LOCALES, type Locale, type LocalePack } from '@mv-feedback/scoring';
import { localePacks } from '../locales/locale-dir.js';
import { ConfigError } from './config-error.js';
import { refuse, setting } from './setting-schemas.js';

/** The languages residents are offered (docs/design.md §14). */
export interface LanguagesConfig {
  /** `MV_LOCALES`, English first: the languages of the hosted pages, the widget and a submission's `locale`. */
  offered: Locale[];
  /** Each language's pack: built in, or the city's from `MV_LOCALE_DIR`. */
  packs: Record<Locale, LocalePack>;
  /** `MV_CARD_LOCALES` (default `en,es`): the languages printed on a counter card, at most three. */
  card: Locale[];
  /** `MV_LOCALE_DIR`, when set. */
  localeDir?: string;
}

/** A card holds three calls to answer at most: more would not fit one page. */
export const MAX_CARD_LOCALES = 3;

const localeList = (name: string, raw: string, ctx: z.RefinementCtx): Locale[] => {
  const list = [...new Set(raw.split(',').map((part) => part.trim()))].filter((part) => part !== '');
  const unknown = list.find((tag) => !(LOCALES as readonly string[]).includes(tag));
  if (unknown !== undefined)
    return refuse(ctx, `${name}: unknown locale "${unknown}" (expected some of ${LOCALES.join(',')})`);
  return list as Locale[];
};

/** The language settings as the environment gives them. */
export const LanguagesSettingsSchema = z
  .object({ MV_LOCALES: setting, MV_LOCALE_DIR: setting, MV_CARD_LOCALES: setting })
  .transform((env, ctx): LanguagesConfig => {
    const chosen = env.MV_LOCALES === undefined ? [...LOCALES] : localeList('MV_LOCALES', env.MV_LOCALES, ctx);
    // English is every text's fallback, so it is always offered.
    const offered: Locale[] = ['en', ...chosen.filter((locale) => locale !== 'en')];
    const card = localeList('MV_CARD_LOCALES', env.MV_CARD_LOCALES ?? 'en,es', ctx);
    const notOffered = card.find((locale) => !offered.includes(locale));
    if (notOffered !== undefined) return refuse(ctx, `MV_CARD_LOCALES: "${notOffered}" is not in MV_LOCALES`);
    if (card.length === 0 || card.length > MAX_CARD_LOCALES) {
      return refuse(ctx, `MV_CARD_LOCALES must name 1 to ${MAX_CARD_LOCALES} locales, got "${env.MV_CARD_LOCALES}"`);
    }
    let packs: Record<Locale, LocalePack>;
    try {
      packs = localePacks(env.MV_LOCALE_DIR);
    } catch (error) {
      if (error instanceof ConfigError) return refuse(ctx, error.message);
      throw error;
    }
    return { offered, packs, card, ...(env.MV_LOCALE_DIR !== undefined && { localeDir: env.MV_LOCALE_DIR }) };
  });

/**
 * The language settings from the environment; a bad value stops the server at start.
 *
 * @example
 * languagesConfig({ MV_LOCALES: 'en,es,vi' }).offered // → ['en', 'es', 'vi']
 */
export function languagesConfig(env: Record<string, string | undefined>): LanguagesConfig {
  const parsed = LanguagesSettingsSchema.safeParse(env);
  if (!parsed.success) throw new ConfigError(parsed.error.issues[0]?.message ?? 'invalid MV_LOCALES');
  return parsed.data;
}

/** The offered languages' pack texts, for localizeCatalogue. */
export const offeredTexts = (languages: LanguagesConfig): Partial<Record<Locale, LocalePack['texts']>> =>
  Object.fromEntries(languages.offered.map((locale) => [locale, languages.packs[locale].texts]));

/** Every built-in language offered, the card in English and Spanish: a configuration made without loadConfig. */
export const defaultLanguages = (): LanguagesConfig => languagesConfig({});

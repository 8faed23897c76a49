import { z } from 'zod';
import { LocaleSchema, type Locale } from '../catalogue/catalogue-schema.js';
import en from '../../locales/en.json' with { type: 'json' };
import es from '../../locales/es.json' with { type: 'json' };
import vi from '../../locales/vi.json' with { type: 'json' };
import tl from '../../locales/tl.json' with { type: 'json' };
import ko from '../../locales/ko.json' with { type: 'json' };
import zhHans from '../../locales/zh-Hans.json' with { type: 'json' };
import zhHant from '../../locales/zh-Hant.json' with { type: 'json' };
import ar from '../../locales/ar.json' with { type: 'json' };

const words = z.string().trim().min(1, 'a text may not be blank');

/**
 * One language's texts as JSON (docs/design.md §14): the interface of the
 * widget, the hosted pages, the counter card and the invitation wording,
 * the answer scale, and the catalogue's survey, question, standard and
 * department texts. A city replaces a pack with its own file (MV_LOCALE_DIR).
 */
export const LocalePackSchema = z.strictObject({
  locale: LocaleSchema,
  /** The language's name in itself, for the language menu. */
  name: words,
  dir: z.enum(['ltr', 'rtl']),
  texts: z.record(z.string(), z.union([words, z.strictObject({ text: words, review: z.literal('draft').optional() })])),
});
export type LocalePack = z.infer<typeof LocalePackSchema>;

/** The packs mv-feedback ships, `en` and `es` reviewed, the others drafts. */
export const BUILT_IN_PACKS: Readonly<Record<Locale, LocalePack>> = Object.fromEntries(
  [en, es, vi, tl, ko, zhHans, zhHant, ar].map((pack) => {
    const parsed = LocalePackSchema.parse(pack);
    return [parsed.locale, parsed];
  }),
) as Record<Locale, LocalePack>;

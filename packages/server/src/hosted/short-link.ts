import { CHANNELS, SLUG_PATTERN, type Catalogue, type HostedContext } from '@mv-feedback/scoring';

/** The path short links live under: `/r/q/<slug>` (docs/design.md §9). */
export const SHORT_LINK_PATH = '/r/q';

/**
 * The survey short links open: the catalogue's first (the default
 * catalogue's `quick`). A card of another survey prints its full link.
 */
export const shortLinkSurvey = (catalogue: Pick<Catalogue, 'surveys'>) => catalogue.surveys[0]?.id;

/**
 * The short slug of a link's context, to print under a counter card's QR
 * code where a resident may type it: `<department>-<channel>`, or either
 * alone, e.g. `permits-in-person`. None for a link that names a case (the
 * slug would have to carry it) or names nothing.
 *
 * @example
 * shortSlug({ department: 'permits', channel: 'in-person' }) // → 'permits-in-person'
 */
export function shortSlug(context: HostedContext): string | undefined {
  if (context.interaction) return undefined;
  const parts = [context.department, context.channel].filter((part): part is string => Boolean(part));
  return parts.length > 0 ? parts.join('-') : undefined;
}

/**
 * The context a short slug stands for, read back as shortSlug wrote it: a
 * channel at its end, a department listed in the catalogue before it (a
 * catalogue that lists none takes any department slug). Undefined for a slug
 * that names nothing known.
 *
 * @example
 * contextOfShortSlug('permits-in-person', defaultCatalogue) // → { department: 'permits', channel: 'in-person' }
 */
export function contextOfShortSlug(slug: string, catalogue: Pick<Catalogue, 'departments'>): HostedContext | undefined {
  if (!SLUG_PATTERN.test(slug)) return undefined;
  const channel = CHANNELS.find((name) => slug === name || slug.endsWith(`-${name}`));
  const department = channel ? slug.slice(0, -channel.length).replace(/-$/, '') : slug;
  if (department && catalogue.departments && !catalogue.departments.some((listed) => listed.id === department)) {
    return undefined;
  }
  return { ...(department ? { department } : {}), ...(channel ? { channel } : {}) };
}

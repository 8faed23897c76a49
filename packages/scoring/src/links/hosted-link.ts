// The links of docs/design.md §9, as plain functions: the server and the
// dashboard make every link to a hosted survey here, so they cannot differ.
import type { Channel, Locale } from '../catalogue/catalogue-schema.js';

/** The context a hosted link carries (docs/design.md §3), every part optional. */
export interface HostedContext {
  department?: string;
  channel?: Channel;
  interaction?: string;
}

export interface LinkOptions {
  lang?: Locale | undefined;
  /** A signed invitation token. */
  inv?: string | undefined;
}

/**
 * The query string of a hosted link: context, then language and invitation,
 * with `?` when there is any.
 *
 * @example
 * hostedQuery({ department: 'permits', channel: 'in-person' }) // → '?department=permits&channel=in-person'
 */
export function hostedQuery(context: HostedContext, { lang, inv }: LinkOptions = {}): string {
  const pairs: string[] = [];
  for (const [name, value] of [
    ['department', context.department],
    ['channel', context.channel],
    ['interaction', context.interaction],
    ['lang', lang],
    ['inv', inv],
  ] as const) {
    if (value) pairs.push(`${name}=${encodeURIComponent(value)}`);
  }
  return pairs.length > 0 ? `?${pairs.join('&')}` : '';
}

/**
 * The absolute link to a hosted survey from the server's public base URL
 * (`MV_PUBLIC_URL`): the one the server's QR codes and cards hold and the
 * dashboard shows.
 *
 * @example
 * hostedLink('https://feedback.city.gov', 'quick', { department: 'permits' })
 * // → 'https://feedback.city.gov/r/quick?department=permits'
 */
export function hostedLink(base: string, survey: string, context: HostedContext, options: LinkOptions = {}): string {
  return `${base}/r/${encodeURIComponent(survey)}${hostedQuery(context, options)}`;
}

import { z } from 'zod';

/** Long enough for any contact page's address; a limit keeps a catalogue's pages small. */
const MAX_HELP_HREF_LENGTH = 500;

// An https URL with a host and no credentials, a mailto: address, or a tel: number of digits and separators.
const HELP_HREF =
  /^(?:https:\/\/[a-z0-9.-]+(?::\d+)?(?:[/?#][^\s@]*)?|mailto:[^\s@/:]+@[a-z0-9.-]+|tel:\+?[0-9][0-9().\- ]{2,30})$/i;

/**
 * Where a resident who needs an answer (not a survey) can turn: an `https:`
 * page, a `mailto:` address or a `tel:` number (docs/design.md §9). Nothing
 * else, so no `javascript:` or plain `http:` link reaches a hosted page.
 *
 * @example
 * HelpHrefSchema.parse('tel:+1-555-0100'); // 'tel:+1-555-0100'
 */
export const HelpHrefSchema = z
  .string()
  .max(MAX_HELP_HREF_LENGTH, `a help link is at most ${MAX_HELP_HREF_LENGTH} characters`)
  .regex(HELP_HREF, 'a help link is an https:// URL, a mailto: address or a tel: number');

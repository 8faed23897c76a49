import type { Context } from 'hono';
import { createIsbotFromList, list } from 'isbot';

// isbot's list of crawlers and previewers, and Outlook's and Office's link
// previews, which it does not name.
const isPreviewer = createIsbotFromList([...list, 'ms-office', 'microsoft office', 'outlook']);

/**
 * Whether a GET of a hosted survey is a resident opening it, and so an
 * offer (docs/design.md §9): a top-level page load (`Sec-Fetch-Dest:
 * document`, or no Fetch Metadata at all from a browser too old to send it),
 * not a prefetch or prerender, and not a crawler's or a link previewer's
 * user agent, nor a request without one. Another site's `<img>`, `<iframe>`, `<script>` or `fetch()` of
 * the page, and the preview a chat or mail app makes of a link, are not.
 *
 * @example
 * if (isResidentVisit(c)) countOffer(c, survey, here);
 */
export function isResidentVisit(c: Context): boolean {
  const dest = c.req.header('Sec-Fetch-Dest');
  if (dest !== undefined && dest !== 'document') return false;
  if (/prefetch|prerender/i.test(`${c.req.header('Sec-Purpose')} ${c.req.header('Purpose')}`)) return false;
  // Every browser names itself; a request that names nothing is a script.
  const agent = c.req.header('User-Agent');
  return agent !== undefined && agent.trim() !== '' && !isPreviewer(agent);
}

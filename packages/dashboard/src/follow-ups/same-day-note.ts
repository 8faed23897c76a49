import type { FollowUpSummary, CatalogueLocale as Locale } from '@mv-feedback/scoring';
import { formatCount, formatPercent } from '../i18n/format.js';
import type { FollowUpStrings } from './follow-up-strings.js';

/**
 * The follow-ups' on-time rate in words (docs/design.md §12): with its 95 %
 * interval, or why it is not shown (fewer requests than `minN`, as a
 * score), and the queue now.
 *
 * @example
 * sameDayNote(followUpStrings.en, 'en', summary, 10)
 * // → 'Residents who asked to be contacted: 80% acknowledged the same business day (95% interval 49% to 94%; 10 requests). 2 open now, 1 of them overdue.'
 */
export function sameDayNote(f: FollowUpStrings, locale: Locale, summary: FollowUpSummary, minN: number): string {
  const rate = summary.onTimeRate;
  const n = formatCount(locale, rate.n);
  const line =
    rate.suppressed || rate.rate === null || rate.ciLow === null || rate.ciHigh === null
      ? f.summarySuppressed(n, minN)
      : f.summary(
          formatPercent(locale, rate.rate),
          formatPercent(locale, rate.ciLow),
          formatPercent(locale, rate.ciHigh),
          n,
        );
  return `${line} ${f.summaryQueue(formatCount(locale, summary.open), formatCount(locale, summary.overdue))}`;
}

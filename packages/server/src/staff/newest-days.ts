import type { Row } from '@libsql/client';

/**
 * The days of `rows` (`day` and `comments`, newest first) that hold the
 * newest `wanted` comments: all of them when they hold fewer.
 *
 * @example
 * newestDaysCovering([{ day: '2026-12-04', comments: 30 }, { day: '2026-12-03', comments: 30 }], 50) // → ['2026-12-04', '2026-12-03']
 */
export function newestDaysCovering(rows: readonly Row[], wanted: number): string[] {
  const days: string[] = [];
  let covered = 0;
  for (const row of rows) {
    if (covered >= wanted) break;
    days.push(String(row.day));
    covered += Number(row.comments);
  }
  return days;
}

import type { InValue } from '@libsql/client';
import { mergeCounters, type StandardCounters } from '@mv-feedback/scoring';
import { cubeSums } from './cube-cells.js';
import { mergedAlphaSql } from './merged-alpha-sql.js';
import {
  PAUSE,
  SummedRows,
  chunked,
  placeholders,
  upsertSums,
  withoutPauses,
  type FoldItem,
  type SqlStatement,
} from './sql-batches.js';

/** The language the cubes' totals are split from: most responses are in it, so it has no rows of its own. */
export const MAJORITY_LOCALE = 'en';

/** One stored response as the language cube counts it: where, when, in which language, and its counters. */
export interface LanguageCubeEntry {
  locale: string;
  day: string;
  department: string;
  channel: string;
  survey: string;
  commented: boolean;
  /** Its counters for each standard it counts for. */
  counters: readonly { standard: string; counters: StandardCounters }[];
}

const upsertRollups = upsertSums(
  'language_rollup_cube',
  ['department', 'channel', 'survey', 'day', 'locale', 'standard'],
  ['n', 'favorable', 'sum_v', 'sum_v2'],
);
const upsertCounts = upsertSums(
  'language_count_cube',
  ['department', 'channel', 'day', 'survey', 'locale'],
  ['responses', 'comments'],
);
const upsertAlpha = (
  rows: number,
) => `INSERT INTO language_alpha (locale, day, department, channel, survey, standard, alpha)
  VALUES ${placeholders(rows, 7)}
  ON CONFLICT (locale, day, department, channel, survey, standard) DO UPDATE SET
    alpha = ${mergedAlphaSql('language_alpha')}`;

/**
 * Responses added up for the language cube (migration 8, docs/design.md
 * §14), one at a time: their counters and counts in the 8 cells of
 * department, channel and survey, and α's sums per cell with every dimension
 * given. English responses are skipped, so they cost nothing here: English
 * is read as the totals less the other languages. A fold adds its responses
 * in parts (counter-fold.ts).
 */
export class LanguageCubeSums {
  private readonly counts = new SummedRows();
  private readonly rollups = new SummedRows();
  private readonly alphas = new Map<string, { key: string[]; counters: StandardCounters }>();

  add(entry: LanguageCubeEntry): void {
    const { locale, day, department, channel, survey } = entry;
    if (locale === MAJORITY_LOCALE) return;
    this.counts.add([department, channel, survey, day, locale], [1, entry.commented ? 1 : 0]);
    for (const { standard, counters } of entry.counters) {
      this.rollups.add(
        [department, channel, survey, day, locale, standard],
        [counters.n, counters.favorable, counters.sumV, counters.sumV2],
      );
      if (!counters.alpha) continue;
      const key = [locale, day, department, channel, survey, standard];
      const id = key.join('\u0000');
      const sofar = this.alphas.get(id);
      this.alphas.set(id, { key, counters: sofar ? mergeCounters(sofar.counters, counters) : counters });
    }
  }

  /** The per-standard cells and α, then the counts' cells, each spread a piece of work of its own. */
  *statements(): Generator<FoldItem> {
    yield* this.counterStatements();
    yield PAUSE;
    yield* chunked(
      cubeSums(this.counts, (d, c, s, [day, locale]) => [d, c, day!, s, locale!]),
      upsertCounts,
    );
  }

  /** The per-standard cells and α alone: migration 8's backfill counts the responses in SQL. */
  *counterStatements(): Generator<FoldItem> {
    yield* chunked(
      cubeSums(this.rollups, (d, c, s, rest) => [d, c, s, ...rest]),
      upsertRollups,
    );
    yield* chunked(
      [...this.alphas.values()].map(({ key, counters }): InValue[] => [
        ...key,
        counters.alpha ? JSON.stringify(counters.alpha) : null,
      ]),
      upsertAlpha,
    );
  }
}

/** The per-standard cells and α of a batch of responses (LanguageCubeSums), for migration 8's backfill: its SQL counts the responses. */
export function languageCounterStatements(entries: Iterable<LanguageCubeEntry>): SqlStatement[] {
  const sums = new LanguageCubeSums();
  for (const entry of entries) sums.add(entry);
  return withoutPauses(sums.counterStatements());
}

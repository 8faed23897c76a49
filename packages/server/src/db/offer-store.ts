import type { InStatement } from '@libsql/client';
import { cityDay } from '@mv-feedback/scoring';
import { cubeCells } from './cube-cells.js';
import { SummedRows, chunked, upsertSums } from './sql-batches.js';

/** One or more offers of a survey: shown by the widget, a hosted page opened. */
export interface OfferInput {
  survey: string;
  /** Empty when the page named none. */
  department: string;
  channel: string;
  at: Date;
  /** How many offers this stands for (default 1). */
  count?: number;
}

const upsertOffers = upsertSums('offer_cube', ['department', 'channel', 'survey', 'day'], ['offers']);

/**
 * The statements that add offers to `offer_cube` (migration 4): summed per
 * city day and cell of the cube, one upsert row per key.
 *
 * @example
 * await tx.batch(offerWriteStatements([{ survey: 'quick', department: 'permits', channel: 'web', at: new Date() }], 'America/Los_Angeles'));
 */
export function offerWriteStatements(offers: readonly OfferInput[], timezone: string): InStatement[] {
  const cells = new SummedRows();
  for (const { survey, department, channel, at, count = 1 } of offers) {
    const day = cityDay(at, timezone);
    for (const [d, c, s] of cubeCells(department, channel, survey)) cells.add([d, c, s, day], [count]);
  }
  return chunked(cells.values(), upsertOffers);
}

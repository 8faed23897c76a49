import { cityDay } from '@mv-feedback/scoring';
import { cubeCells } from './cube-cells.js';
import { SummedRows, chunked, upsertSums, type SqlStatement } from './sql-batches.js';
import { verifiedTwin } from '../schema/verified-twin.js';

/** One or more offers of a survey: shown by the widget, a hosted page opened, invitations made. */
export interface OfferInput {
  survey: string;
  /** Empty when the page named none. */
  department: string;
  channel: string;
  at: Date;
  /** How many offers this stands for (default 1). */
  count?: number;
  /** Invitations: offers of verified responses, counted in the verified twin too. */
  verified?: boolean;
}

const upsertOffers = upsertSums('offer_cube', ['department', 'channel', 'survey', 'day'], ['offers']);
const upsertVerifiedOffers = (rows: number) => verifiedTwin(upsertOffers(rows));

/**
 * The statements that add offers to `offer_cube` (migration 4), and
 * verified ones to its twin too: summed per city day and cell of the cube,
 * one upsert row per key.
 *
 * @example
 * await tx.batch(offerWriteStatements([{ survey: 'quick', department: 'permits', channel: 'web', at: new Date() }], 'America/Los_Angeles'));
 */
export function offerWriteStatements(offers: readonly OfferInput[], timezone: string): SqlStatement[] {
  const cells = (of: readonly OfferInput[]) => {
    const summed = new SummedRows();
    for (const { survey, department, channel, at, count = 1 } of of) {
      const day = cityDay(at, timezone);
      for (const [d, c, s] of cubeCells(department, channel, survey)) summed.add([d, c, s, day], [count]);
    }
    return summed.values();
  };
  return [
    ...chunked(cells(offers), upsertOffers),
    ...chunked(cells(offers.filter((offer) => offer.verified)), upsertVerifiedOffers),
  ];
}

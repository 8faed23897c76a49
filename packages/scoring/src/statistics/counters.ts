/** A response counts as favourable for a standard at or above this value (top-two box of agree5). */
export const FAVORABLE_THRESHOLD = 0.75;

/**
 * Sums over complete respondents (every item of the standard answered,
 * whichever survey asked them), from which Cronbach's α follows exactly; kept
 * per item set, since α over a mix of different item sets would mean nothing.
 */
export interface AlphaCounters {
  /** Question ids of the standard's items across the catalogue (`standardItems`). */
  items: string[];
  complete: number;
  itemSums: number[];
  itemSquares: number[];
  totalSum: number;
  totalSquares: number;
}

/**
 * What one standard needs from a set of responses: everything the statistics
 * use can be computed from these sums, and sums merge, so daily rollups give
 * the same numbers as the raw rows.
 */
export interface StandardCounters {
  n: number;
  favorable: number;
  sumV: number;
  sumV2: number;
  /** null when the standard has fewer than two items, or when merged from different item sets. */
  alpha: AlphaCounters | null;
}

export type CountersByStandard = Record<string, StandardCounters>;

/** One response's part in one standard: its value v(r,s) in [0,1], and its item values when it answered them all. */
export interface StandardContribution {
  standard: string;
  v: number;
  favorable: boolean;
  /** Normalised values of every item of the standard (in `items` order) when all were answered; otherwise null. */
  completeItems: number[] | null;
  /** The standard's items across the catalogue. */
  items: string[];
}

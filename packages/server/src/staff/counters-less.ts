import type { AlphaCounters, CountersByStandard } from '@mv-feedback/scoring';

/** α's sums of a whole less a part of it with the same items; null when they differ. */
function alphaLess(whole: AlphaCounters | null, part: AlphaCounters | undefined): AlphaCounters | null {
  if (!whole || !part) return whole;
  if (whole.items.join('\u0000') !== part.items.join('\u0000')) return null;
  return {
    items: whole.items,
    complete: whole.complete - part.complete,
    itemSums: whole.itemSums.map((x, i) => x - (part.itemSums[i] ?? 0)),
    itemSquares: whole.itemSquares.map((x, i) => x - (part.itemSquares[i] ?? 0)),
    totalSum: whole.totalSum - part.totalSum,
    totalSquares: whole.totalSquares - part.totalSquares,
  };
}

/**
 * Per-standard counters of a whole less the parts given: English as every
 * response less the other languages (docs/design.md §14). α is the whole's
 * less `alpha` (the parts' α merged) when given, else left out.
 *
 * @example
 * countersLess(all.counters, [spanish.counters]) // → the English counters, α null
 */
export function countersLess(
  all: CountersByStandard,
  parts: readonly CountersByStandard[],
  alpha?: ReadonlyMap<string, AlphaCounters>,
): CountersByStandard {
  const counters: CountersByStandard = {};
  for (const [standard, total] of Object.entries(all)) {
    const left = { ...total, alpha: alpha ? alphaLess(total.alpha, alpha.get(standard)) : null };
    for (const part of parts) {
      const counted = part[standard];
      if (!counted) continue;
      left.n -= counted.n;
      left.favorable -= counted.favorable;
      left.sumV -= counted.sumV;
      left.sumV2 -= counted.sumV2;
    }
    if (left.n > 0) counters[standard] = left;
  }
  return counters;
}

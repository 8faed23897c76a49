/**
 * Benjamini–Hochberg: which of several p-values are significant while keeping
 * the false discovery rate at q. Null p-values (no test) are never significant
 * and do not count towards the number of tests.
 *
 * @example
 * benjaminiHochberg([0.01, 0.04, null, 0.03]) // → [true, true, false, true]
 */
export function benjaminiHochberg(pValues: readonly (number | null)[], q = 0.05): boolean[] {
  const tested = pValues
    .map((p, index) => ({ p, index }))
    .filter((entry): entry is { p: number; index: number } => entry.p !== null && Number.isFinite(entry.p))
    .sort((a, b) => a.p - b.p);
  const m = tested.length;
  let cutoff = -1;
  tested.forEach(({ p }, rank) => {
    if (p <= ((rank + 1) / m) * q) cutoff = rank;
  });
  const significant = pValues.map(() => false);
  for (let rank = 0; rank <= cutoff; rank += 1) significant[tested[rank]!.index] = true;
  return significant;
}

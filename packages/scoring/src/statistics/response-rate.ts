/**
 * The response rate of docs/design.md §9: responses ÷ offered, from 0 to 1, or
 * null when nothing was offered. Some ways in count fewer offers than answers
 * (a kiosk counts one per page load, not one per resident), so the rate is
 * held at 1 rather than claim more answers than chances to answer.
 *
 * @example
 * responseRate(2743, 22810) // → 0.1202…
 * responseRate(5, 0)        // → null
 */
export function responseRate(responses: number, offered: number): number | null {
  return offered > 0 ? Math.min(1, responses / offered) : null;
}

/** How far after its time a timer may fire: the one timer's granularity. */
export const TIMER_GRANULARITY_MS = 100;

/**
 * Timers that all run `ms`, on one Node timer: each is filed under the
 * first tick of TIMER_GRANULARITY_MS at or after its time, and the one
 * timer wakes at each tick that holds some. Each fires at `ms` or up to that
 * granularity after, never before. Cancelling takes it out of its tick at
 * once, so what it would have called (a request, its body) is not kept
 * alive until its time. A Node timer per request (a Timeout to make,
 * insert and clear) was 1-2 % of the HTTP thread's CPU per submission for
 * each deadline a request has (bench/ingest/profile.mjs).
 *
 * @example
 * const bodyDeadline = sameLengthTimers(10_000);
 * const cancel = bodyDeadline(() => answerLate());
 * cancel(); // the body came in time
 */
export function sameLengthTimers(ms: number): (fire: () => void) => () => void {
  // Each tick's timers, by tick number; ticks are filed in time order, so the first is the next due.
  const ticks = new Map<number, Set<() => void>>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  const arm = (now: number) => {
    if (timer !== null) return;
    for (const tick of ticks.keys()) {
      // Unref'd: what it was set for holds the process open itself.
      timer = setTimeout(sweep, Math.max(0, tick * TIMER_GRANULARITY_MS - now));
      timer.unref();
      return;
    }
  };
  function sweep(): void {
    timer = null;
    const now = performance.now();
    for (const [tick, due] of ticks) {
      if (tick * TIMER_GRANULARITY_MS > now) break;
      ticks.delete(tick);
      for (const fire of due) fire();
    }
    arm(now);
  }
  return (fire) => {
    const now = performance.now();
    const tick = Math.ceil((now + ms) / TIMER_GRANULARITY_MS);
    let due = ticks.get(tick);
    if (!due) ticks.set(tick, (due = new Set()));
    // A fresh function each time, so the same `fire` started twice is two timers.
    const once = () => fire();
    due.add(once);
    arm(now);
    const filed = due;
    return () => {
      filed.delete(once);
    };
  };
}

// Whether a widget reported an impression, known without waiting: the page
// notes each report at its fetch call, and an intersection observer made after
// the widget's tells when the widget's has seen where the survey now is.
import type { Locator, Page } from 'playwright-core';

type ProbedWindow = Window & { mvImpressionCalls?: number };

/** Counts, in the page, every call of fetch that reports an impression. Call before the page loads. */
export async function countImpressionCalls(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const probed = window as ProbedWindow;
    probed.mvImpressionCalls = 0;
    const original = window.fetch.bind(window);
    window.fetch = (input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      if (url.endsWith('/api/v1/impressions')) probed.mvImpressionCalls! += 1;
      return original(input, init);
    };
  });
}

/**
 * The impressions the page has reported once every intersection observer has
 * seen where `target` is now. Observers are told in the order they were made,
 * in one task of the rendering step after a scroll, and the widget reports
 * from its observer's callback at once: so when this probe, made later, is
 * told, the widget's report (if any) has been counted.
 */
export function impressionCallsOnceSeen(target: Locator): Promise<number> {
  return target.evaluate(
    (element) =>
      new Promise<number>((resolve) => {
        const probe = new IntersectionObserver(() => {
          probe.disconnect();
          resolve((window as ProbedWindow).mvImpressionCalls ?? Number.NaN);
        });
        probe.observe(element);
      }),
  );
}

// "Nothing is retried", shown without waiting: the page's fake clock runs past
// the first two backoff steps of answers, then the outbox's own lock tells
// when whatever that started has finished.
import type { Page } from 'playwright-core';

/**
 * Runs the page's clock 3.2 s ahead, past the first two backoff steps of
 * answers (1 s, 2 s), firing every timer due meanwhile; then takes the
 * outbox's lock for `endpoint`, which a retry holds until the server has
 * answered it (requests for a lock are granted in order). So once this
 * resolves, a retry, had one been scheduled, has been sent and answered.
 * The page's clock must be installed (`context.clock.install()`) before it loads.
 */
export async function runPastTwoBackoffSteps(page: Page, endpoint: string): Promise<void> {
  await page.clock.runFor(3_200);
  await page.evaluate((key) => navigator.locks.request(key, () => undefined), `mv-feedback:queue:${endpoint}`);
}

// The manager's round-2 points (issue 23), second part, in real Chromium
// against a real, seeded server: invitations that need a department and a
// channel, a shorter phone page with its caption whole and a lowest-first
// order, and the verified-only filter (the first part: dashboard-manager.test.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommentsPage, ScoresResult } from '@mv-feedback/scoring';
import {
  eventually,
  LAPTOP,
  pageOverflow,
  PHONE,
  signIn,
  startDashboardFixture,
  urlParam,
  waitForData,
  type DashboardFixture,
} from './dashboard-fixture.js';
import { axeViolations } from '../support/axe.js';

let fx: DashboardFixture;
beforeAll(async () => {
  fx = await startDashboardFixture();
});
afterAll(async () => {
  await fx?.close();
});

describe('Invite residents', () => {
  it('asks for a department and a channel, in words, before there is a link to copy or a card to print', async () => {
    const { context, page } = await fx.newPage(LAPTOP);
    await signIn(page, fx.server.url, fx.adminToken, '?show=scores');
    await page.getByRole('link', { name: 'Invite residents' }).click();
    const needs = page.locator('#invite-needs');
    await eventually(async () =>
      expect(await needs.textContent()).toContain('Choose the department and channel first'),
    );
    const link = page.getByLabel('Link to the survey');
    expect(await link.count()).toBe(0);
    expect(await page.getByRole('link', { name: /counter card/i }).count()).toBe(0);
    expect(await page.getByLabel(/^Department/).getAttribute('aria-describedby')).toBe('invite-needs');

    await page.getByLabel(/^Department/).selectOption('permits');
    await eventually(async () => expect(await needs.textContent()).toContain('Choose the channel first'));
    expect(await link.count()).toBe(0);
    await page.getByLabel(/^Channel/).selectOption('phone');
    await eventually(async () =>
      expect(await link.inputValue()).toMatch(/department=permits.*channel=phone|channel=phone.*department=permits/),
    );
    expect(await page.getByRole('link', { name: /counter card/i }).count()).toBe(1);

    // The language list shows its longest choice whole.
    for (const lang of ['en', 'es'] as const) {
      if (lang === 'es') await page.getByRole('button', { name: 'Español' }).click();
      const select = page.locator('#invite-lang');
      await select.waitFor();
      const room = await select.evaluate((el) => {
        const selectEl = el as HTMLSelectElement;
        const context2d = document.createElement('canvas').getContext('2d')!;
        context2d.font = getComputedStyle(selectEl).font;
        const widest = Math.max(...[...selectEl.options].map((o) => context2d.measureText(o.text).width));
        return selectEl.clientWidth - widest;
      });
      expect(room, lang).toBeGreaterThan(24);
      expect(await axeViolations(page)).toEqual([]);
    }
    await context.close();
  });
});

describe('a 360×740 phone', () => {
  it('keeps the caption whole, orders lowest first and is much shorter with secondary sections closed', async () => {
    const { context, page } = await fx.newPage(PHONE);
    await signIn(page, fx.server.url, fx.adminToken);
    const caption = page.locator('#standards-caption');
    await page.locator('mv-dashboard-standards .scroll').evaluate((el) => (el.scrollLeft = el.scrollWidth));
    const box = (await caption.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    expect(await caption.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    expect(await caption.textContent()).toContain('for each standard, with its 95% Wilson interval');
    expect(await pageOverflow(page)).toBeLessThanOrEqual(0);

    const collapsed = await page.evaluate(() => document.documentElement.scrollHeight);
    await page
      .locator('details.more')
      .evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    await page.locator('mv-dashboard-trend-chart').first().waitFor();
    const expanded = await page.evaluate(() => document.documentElement.scrollHeight);
    console.log(`phone height: ${collapsed} px with the trend and comments closed, ${expanded} px open`);
    expect(collapsed).toBeLessThan(expanded / 2);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel('Order').selectOption('lowest');
    await eventually(async () => expect(urlParam(page, 'sort')).toBe('lowest'));
    const api = await fx.api<ScoresResult>('/api/v1/scores');
    const lowest = api.standards
      .filter((standard) => standard.score !== null && !standard.suppressed)
      .sort((a, b) => a.score! - b.score!)
      .map((standard) => standard.id);
    await eventually(async () => {
      const shown = await page
        .locator('tr[data-standard]:not([data-suppressed])')
        .evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.standard));
      expect(shown).toEqual(lowest);
    });
    await page.getByRole('button', { name: 'Español' }).click();
    await page.getByLabel('Orden').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});

describe('verified responses only', () => {
  it('filters the scores, the comments and the CSV, and keeps the choice in the URL', async () => {
    const { context, page } = await fx.newPage(LAPTOP);
    await signIn(page, fx.server.url, fx.adminToken);
    const all = await fx.api<ScoresResult>('/api/v1/scores');
    const verified = await fx.api<ScoresResult>('/api/v1/scores?verified=true');
    expect(verified.responses).toBeLessThan(all.responses);
    const summary = page.locator('#summary');
    await eventually(async () =>
      expect(await summary.textContent()).toContain(`${all.responses.toLocaleString('en-US')} responses`),
    );
    await page.getByLabel('Verified responses only').check();
    await eventually(async () => expect(urlParam(page, 'verified')).toBe('true'));
    await eventually(async () =>
      expect(await summary.textContent()).toContain(`${verified.responses.toLocaleString('en-US')} responses`),
    );
    expect(await page.locator('.filters-in-words').textContent()).toContain('Verified responses only');
    const comments = await fx.api<CommentsPage>('/api/v1/comments?verified=true&limit=1');
    await eventually(async () =>
      expect(await page.locator('li[data-comment]').count()).toBe(Math.min(20, comments.total)),
    );
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/-verified\.csv$/);
    expect(await axeViolations(page)).toEqual([]);
    await page.reload();
    await waitForData(page);
    expect(await page.getByLabel('Verified responses only').isChecked()).toBe(true);
    await context.close();
  });
});

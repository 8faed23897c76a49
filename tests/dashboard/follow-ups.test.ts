// The dashboard's "Follow-ups" view (docs/design.md §12) in Chromium at 360 px
// against a real server whose clock the test holds (Wednesday 16 June 2027,
// 10:00 in Los Angeles): the queue by due time, overdue said in words,
// acknowledge and close with a note, the contact details behind one audited
// click, the on-time rate beside "Providing same day response", in English and
// Spanish; a viewer's token sees none of it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium.js';
import { axeViolations } from '../support/axe.js';
import { followUpBody, startFollowUpServer, type FollowUpServer } from '../server/follow-ups-fixture.js';
import { PHONE, signIn } from './dashboard-fixture.js';

const NOW = new Date('2027-06-16T17:00:00Z');

let fx: FollowUpServer;
let browser: Browser;
let admin: string;
let viewer: string;
/** Response ids, by when they were asked: Monday (overdue), Tuesday (overdue), Wednesday (due today). */
const asked: Record<'monday' | 'tuesday' | 'wednesday', string> = { monday: '', tuesday: '', wednesday: '' };

beforeAll(async () => {
  fx = await startFollowUpServer({}, NOW);
  for (const [day, at] of [
    ['wednesday', '2027-06-16T16:00:00Z'],
    ['monday', '2027-06-14T17:00:00Z'],
    ['tuesday', '2027-06-15T17:00:00Z'],
  ] as const) {
    fx.clock.now = new Date(at);
    const body = followUpBody({ comment: `Asked on ${day}.` });
    asked[day] = body.id as string;
    const response = await fx.post('/api/v1/responses', body);
    if (response.status !== 201) throw new Error(`seed: ${response.status} ${await response.text()}`);
  }
  fx.clock.now = NOW;
  admin = await fx.token('admin', undefined, 'Follow-up desk');
  viewer = await fx.token('viewer');
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await fx?.close();
});

/** A phone-sized tab whose clock is the server's, so "last 30 days" holds the requests. */
async function phone(): Promise<Page> {
  const context = await browser.newContext({ viewport: PHONE, timezoneId: 'America/Los_Angeles', locale: 'en-US' });
  const page = await context.newPage();
  await page.clock.install({ time: NOW });
  return page;
}

const cards = (page: Page) => page.locator('mv-dashboard-follow-ups li.follow-up');
const card = (page: Page, day: string) => cards(page).filter({ hasText: `Asked on ${day}.` });

async function item(id: string) {
  const response = await fx.get(`/api/v1/follow-ups?status=all`, admin);
  const { items } = (await response.json()) as {
    items: Array<{ responseId: string; status: string; closeNote: string | null }>;
  };
  return items.find((i) => i.responseId === id)!;
}

describe('the Follow-ups view', () => {
  it('lists the queue by due time, says overdue in words, acknowledges, closes with a note and shows contact details on one audited click', async () => {
    const page = await phone();
    await signIn(page, fx.server.url, admin);
    await page.getByRole('link', { name: 'Follow-ups' }).click();
    await cards(page).first().waitFor();
    expect(await cards(page).locator('blockquote').allTextContents()).toEqual([
      'Asked on monday.',
      'Asked on tuesday.',
      'Asked on wednesday.',
    ]);
    expect(await card(page, 'monday').locator('.due').textContent()).toContain('Overdue');
    expect(await card(page, 'wednesday').locator('.due').textContent()).not.toContain('Overdue');
    expect(await card(page, 'monday').textContent()).not.toContain('867');
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

    // One click shows the details, and the audit log has the read, by the token's name.
    await card(page, 'monday').getByRole('button', { name: 'Show contact details' }).click();
    await card(page, 'monday').getByRole('link', { name: '+1 555 867 5309' }).waitFor();
    expect(await card(page, 'monday').getByRole('link', { name: 'zq.resident@example.org' }).getAttribute('href')).toBe(
      'mailto:zq.resident@example.org',
    );
    const audit = (await (await fx.get('/api/v1/audit', admin)).json()) as {
      items: Array<{ actor: string; action: string }>;
    };
    expect(audit.items.filter((e) => e.action === 'follow_up.contact').map((e) => e.actor)).toEqual(['Follow-up desk']);
    expect(await axeViolations(page)).toEqual([]);

    // Acknowledge by keyboard: the state changes in words and is announced.
    await card(page, 'wednesday').getByRole('button', { name: 'Acknowledge' }).focus();
    await page.keyboard.press('Enter');
    await page.locator('mv-dashboard-follow-ups [role=status]').getByText('Request acknowledged.').waitFor();
    expect(await card(page, 'wednesday').textContent()).toContain('Status: acknowledged');
    expect((await item(asked.wednesday)).status).toBe('acknowledged');

    // Close with a note.
    await card(page, 'monday').getByRole('button', { name: 'Close…' }).click();
    await card(page, 'monday').getByLabel('Note for the record').fill('Called back; permit fixed.');
    await card(page, 'monday').getByRole('button', { name: 'Close the request' }).click();
    await page.locator('mv-dashboard-follow-ups [role=status]').getByText('Request closed.').waitFor();
    expect(await item(asked.monday)).toMatchObject({ status: 'closed', closeNote: 'Called back; permit fixed.' });
    expect(await card(page, 'monday').textContent()).toContain('Note: Called back; permit fixed.');
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('is in Spanish, overdue said as "Vencida"', async () => {
    const page = await phone();
    await signIn(page, fx.server.url, admin);
    // The token is kept in the tab: the view's address opens it signed in.
    await page.goto(`${fx.server.url}/dashboard?lang=es&show=follow-ups`);
    await cards(page).first().waitFor();
    expect(await page.getByRole('heading', { name: 'Residentes que pidieron que los contacten' }).count()).toBe(1);
    expect(await card(page, 'tuesday').locator('.due').textContent()).toContain('Vencida');
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('shows the on-time rate beside "Providing same day response" in the scores', async () => {
    const page = await phone();
    await signIn(page, fx.server.url, admin);
    const note = page.locator('tr[data-standard="same-day-response"] .standard-note');
    await note.waitFor();
    expect(await note.textContent()).toMatch(/^Residents who asked to be contacted: \d+ requests, fewer than \d+/);
    expect(await note.textContent()).toContain('open now');
    await page.context().close();
  });

  it('is not offered to a viewer, even by its address', async () => {
    const page = await phone();
    await signIn(page, fx.server.url, viewer, '?show=follow-ups');
    expect(await page.getByRole('link', { name: 'Follow-ups' }).count()).toBe(0);
    expect(await page.locator('mv-dashboard-follow-ups').count()).toBe(0);
    expect(await page.locator('tr[data-standard="same-day-response"] .standard-note').count()).toBe(0);
    await page.context().close();
  });
});

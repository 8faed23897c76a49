// The hosted survey page (docs/design.md §9, issue 8 points 1 and 2): straight
// on the survey in the resident's language, strict CSP, axe-clean at 320 px,
// and a plain form that stores answers without JavaScript.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultCatalogue } from '@mv-feedback/scoring';
import { axeViolations } from '../support/axe.js';
import { countImpressionCalls, impressionCallsOnceSeen } from '../support/impression-probe.js';
import { saveScreenshot } from '../support/screenshots.js';
import { BROWSER_AGENT, CITY_NAME, consoleErrors, startHostedFixture, type HostedFixture } from './hosted-fixture.js';

let fx: HostedFixture;

beforeAll(async () => {
  fx = await startHostedFixture();
});

afterAll(async () => {
  await fx?.close();
});

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${fx.server.url}${path}`, { headers });
const postForm = (path: string, fields: Record<string, string>, headers: Record<string, string> = {}) =>
  fetch(`${fx.server.url}${path}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(fields),
  });
/** The hidden id of a served form. */
const formId = (page: string) => /name="id" value="([0-9a-f-]{36})"/.exec(page)![1]!;
/** The hidden nonce of a served form, which the id stands for. */
const formNonce = (page: string) => /name="nonce" value="([^"]+)"/.exec(page)![1]!;

describe('GET /r/:survey', () => {
  it('serves the survey under a strict CSP, headed by MV_CITY_NAME and the department, the widget told not to count itself', async () => {
    const response = await get('/r/quick?department=permits&channel=in-person');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const csp = response.headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|nonce-/);
    const { context, page } = await fx.newPage();
    const errors = consoleErrors(page);
    await page.goto(`${fx.server.url}/r/quick?department=permits&channel=in-person`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(CITY_NAME);
    await page.getByText('Building permits').waitFor();
    const widget = page.locator('mv-feedback');
    expect(await widget.getAttribute('no-impression')).toBe('');
    expect(await widget.getAttribute('department')).toBe('permits');
    expect(await widget.getAttribute('channel')).toBe('in-person');
    // The widget has taken over: its survey shows, the plain form inside it does not.
    await widget.locator('[part=title]').waitFor();
    expect(await page.locator('form.survey-form').isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('is in the language the link names, else the browser’s, else English, and links to the other one', async () => {
    const lang = async (path: string, acceptLanguage?: string) => {
      const html = await (await get(path, acceptLanguage ? { 'Accept-Language': acceptLanguage } : {})).text();
      return /<html lang="([\w-]+)"/.exec(html)![1];
    };
    expect(await lang('/r/quick')).toBe('en');
    expect(await lang('/r/quick', 'es-MX,es;q=0.9,en;q=0.5')).toBe('es');
    expect(await lang('/r/quick', 'fr-FR,fr;q=0.9')).toBe('en');
    expect(await lang('/r/quick?lang=en', 'es-MX')).toBe('en');
    expect(await lang('/r/quick?lang=xx', 'es')).toBe('es');

    const { context, page } = await fx.newPage({ locale: 'es-MX' });
    await page.goto(`${fx.server.url}/r/quick?department=permits&channel=in-person`);
    expect(await page.getAttribute('html', 'lang')).toBe('es');
    await page.getByText('Permisos de construcción').waitFor();
    await page.locator('mv-feedback [part=title]').getByText('Califique su atención').waitFor();
    const english = page.getByRole('link', { name: 'English' });
    expect(await english.getAttribute('lang')).toBe('en');
    await english.click();
    await page.waitForURL(/lang=en/);
    expect(new URL(page.url()).searchParams.get('department')).toBe('permits');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.locator('mv-feedback [part=title]').getByText('Rate your visit').waitFor();
    await context.close();
  });

  it('drops a department or channel that breaks the rules instead of failing', async () => {
    const response = await get('/r/quick?department=Permits%20Office&channel=fax&interaction=CASE-7');
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).not.toContain('Permits Office');
    expect(html).not.toContain('fax');
    expect(html).not.toContain('name="department"');
    expect(html).toContain('interaction="CASE-7"');
  });

  it('escapes what the link carries', async () => {
    const html = await (await get(`/r/quick?interaction=${encodeURIComponent('"><script>alert(1)</script>')}`)).text();
    expect(html).not.toContain('<script>alert(1)');
    expect(html).toContain('&quot;&gt;&lt;script&gt;');
  });

  it('answers an unknown survey with a 404 page in the language', async () => {
    const english = await get('/r/long');
    expect(english.status).toBe(404);
    expect(english.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await english.text()).toContain('Survey not found');
    const spanish = await get('/r/long', { 'Accept-Language': 'es' });
    expect(spanish.status).toBe(404);
    expect(await spanish.text()).toContain('Encuesta no encontrada');
  });

  it('counts each page opened as one offer for its day, survey, department and channel; HEAD and prefetches not', async () => {
    const cell = { department: 'library', channel: 'in-person', survey: 'quick' };
    const before = await fx.offers(cell);
    const browser = { 'User-Agent': BROWSER_AGENT };
    await get('/r/quick?department=library&channel=in-person', browser);
    await get('/r/quick?department=library&channel=in-person&lang=es', browser);
    await fetch(`${fx.server.url}/r/quick?department=library&channel=in-person`, { method: 'HEAD', headers: browser });
    await get('/r/quick?department=library&channel=in-person', { ...browser, 'Sec-Purpose': 'prefetch' });
    await get('/r/long?department=library&channel=in-person', browser);
    await expect.poll(() => fx.offers(cell)).toBe(before + 2);
    // In a browser: the page counts itself once and the widget on it adds nothing.
    const { context, page } = await fx.newPage();
    await countImpressionCalls(page);
    await page.goto(`${fx.server.url}/r/quick?department=library&channel=in-person`);
    await page.locator('mv-feedback [part=title]').waitFor();
    expect(await impressionCallsOnceSeen(page.locator('mv-feedback .card'))).toBe(0);
    expect(await fx.offers(cell)).toBe(before + 3);
    await context.close();
  });

  it('rotates: three fixed questions and one drawn per display, in the form too', async () => {
    const pool = defaultCatalogue.surveys.find((s) => s.id === 'quick')!.rotate!.from;
    const drawn = new Set<string>();
    for (let i = 0; i < 24; i += 1) {
      const names = [...(await (await get('/r/quick')).text()).matchAll(/name="q\.([a-z-]+)" value="(?:1|yes)"/g)].map(
        (m) => m[1]!,
      );
      expect(names.slice(0, 3)).toEqual(['listened', 'positive', 'accurate']);
      expect(names).toHaveLength(4);
      expect(pool).toContain(names[3]);
      drawn.add(names[3]!);
    }
    expect(drawn.size).toBeGreaterThan(1);
  });
});

describe('accessibility at 320 px', () => {
  for (const [locale, javaScript] of [
    ['en-US', true],
    ['es-MX', true],
    ['en-US', false],
    ['es-MX', false],
  ] as const) {
    it(`finds nothing with axe in ${locale}, ${javaScript ? 'with the widget' : 'as the plain form'}`, async () => {
      // axe needs the page's JavaScript engine; without the widget's script the page is what a browser without JavaScript shows.
      const { context, page } = await fx.newPage({ width: 320, locale });
      if (!javaScript) await page.route('**/mv-feedback.js', (route) => route.abort());
      await page.goto(`${fx.server.url}/r/quick?department=permits&channel=in-person`);
      if (javaScript) await page.locator('mv-feedback [part=title]').waitFor();
      else expect(await page.locator('form.survey-form').isVisible()).toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      // axe runs through DevTools, so it needs no script of the page: it checks the form as served.
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    });
  }

  it('finds nothing with axe on a refused form and on the thank-you page, at 320 px in Spanish', async () => {
    const { context, page } = await fx.newPage({ width: 320, locale: 'es-MX' });
    await page.route('**/mv-feedback.js', (route) => route.abort());
    await page.goto(`${fx.server.url}/r/quick?department=permits`);
    await page.getByRole('button', { name: 'Enviar' }).click();
    await page.getByRole('alert').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('fieldset').first().getByLabel('De acuerdo', { exact: true }).check();
    await page.getByRole('button', { name: 'Enviar' }).click();
    await page.getByRole('heading', { name: 'Gracias' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});

describe('without JavaScript', () => {
  it('stores the plain form’s answers exactly as the JSON API would, then shows thanks', async () => {
    const { context, page } = await fx.newPage({ javaScript: false, locale: 'es-MX' });
    await page.goto(`${fx.server.url}/r/quick?department=permits&channel=in-person&interaction=CASE-12`);
    const form = page.locator('form.survey-form');
    expect(await form.isVisible()).toBe(true);
    const id = await form.locator('input[name=id]').inputValue();
    const questions = page.locator('fieldset');
    await questions.nth(0).getByLabel('Muy de acuerdo').check();
    await questions.nth(1).getByLabel('De acuerdo', { exact: true }).check();
    await questions.nth(2).getByLabel('No corresponde').check();
    await page.getByLabel(/¿Cómo podríamos mejorar\?/).fill('Rápido y amable.');
    await page.getByRole('button', { name: 'Enviar' }).click();
    await page.waitForURL(/\/r\/quick\/thanks\?/);
    await page.getByRole('heading', { name: 'Gracias' }).waitFor();
    const row = (await fx.rows()).find((r) => r.id === id)!;
    expect(row).toMatchObject({
      survey: 'quick',
      locale: 'es',
      department: 'permits',
      channel: 'in-person',
      interaction: 'CASE-12',
      comment: 'Rápido y amable.',
    });
    expect(JSON.parse(String(row.answers))).toEqual({ listened: 5, positive: 4, accurate: null });

    // Back to the form and send it again: the same id and content, stored once.
    await page.goBack();
    await page.getByRole('button', { name: 'Enviar' }).click();
    await page.waitForURL(/\/r\/quick\/thanks\?/);
    expect((await fx.rows()).filter((r) => r.id === id)).toHaveLength(1);
    await context.close();
  });

  it('shows a refused form again with its message, what was written kept, nothing stored', async () => {
    const { context, page } = await fx.newPage({ javaScript: false });
    await page.goto(`${fx.server.url}/r/quick`);
    const id = await page.locator('input[name=id]').inputValue();
    await page.getByLabel(/How could we improve\?/).fill('   ');
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByRole('alert').getByText('Please answer at least one question').waitFor();
    expect(await page.locator('input[name=id]').inputValue()).toBe(id);
    expect((await fx.rows()).some((r) => r.id === id)).toBe(false);
    await context.close();
  });

  it('says what went wrong in the GOV.UK error summary: "Error:" in the title, focus on the summary, a link to each field, the message beside it', async () => {
    const { context, page } = await fx.newPage({ javaScript: false });
    await page.goto(`${fx.server.url}/r/quick?department=permits&channel=in-person`);
    const title = await page.title();
    // Two faults a page could send: an answer that is none of the choices, and a comment past its limit.
    await page.locator('#q-listened').evaluate((radio: HTMLInputElement) => {
      radio.value = '9';
      radio.checked = true;
    });
    await page.locator('textarea').evaluate((box: HTMLTextAreaElement) => {
      box.removeAttribute('maxlength');
      box.value = 'x'.repeat(2001);
    });
    await page.getByRole('button', { name: 'Send' }).click();
    await page.waitForURL(/\?send$/);
    expect(await page.title()).toBe(`Error: ${title}`);
    const summary = page.getByRole('alert');
    // The summary has the focus, with no script: a keyboard and a screen reader start on it.
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('problems');
    expect(await summary.getByRole('heading').textContent()).toBe('Your answers were not sent');
    const links = summary.getByRole('link');
    expect(await links.allTextContents()).toEqual([
      'Choose one of the answers to this question.',
      'Your comment is too long: please shorten it to 2,000 characters.',
    ]);
    expect(await links.evaluateAll((all) => all.map((a) => a.getAttribute('href')))).toEqual([
      '#q-listened',
      '#comment',
    ]);
    // Each link takes the resident to its field; the message is beside it and named by it.
    await links.first().click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('q-listened');
    const first = page.locator('fieldset').first();
    expect(await first.getAttribute('aria-describedby')).toBe('q-listened-problem');
    // "Error:" is read out before the message (not shown: the red bar and the summary show it).
    expect((await first.locator('.field-problem').textContent())!.replace(/\s+/g, ' ')).toBe(
      'Error: Choose one of the answers to this question.',
    );
    await links.nth(1).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('comment');
    expect(await page.locator('#comment').getAttribute('aria-describedby')).toBe('comment-hint comment-problem');
    await context.close();
  });

  it('keeps the same rotating question after an error', async () => {
    const { context, page } = await fx.newPage({ javaScript: false });
    for (let visit = 0; visit < 6; visit++) {
      await page.goto(`${fx.server.url}/r/quick`);
      const asked = await page.locator('legend').allTextContents();
      await page.getByRole('button', { name: 'Send' }).click();
      await page.getByRole('alert').waitFor();
      expect(await page.locator('legend').allTextContents()).toEqual(asked);
      // And again, from the refused form.
      await page.getByRole('button', { name: 'Send' }).click();
      await page.getByRole('alert').waitFor();
      expect(await page.locator('legend').allTextContents()).toEqual(asked);
    }
    await context.close();
  });

  it('answers 400 to a refused form and 409 to another answer under a sent id', async () => {
    const page = await (await get('/r/quick?lang=en')).text();
    const id = formId(page);
    const nonce = formNonce(page);
    const refused = await postForm('/r/quick', { id, nonce, lang: 'en', 'q.listened': '9' });
    expect(refused.status).toBe(400);
    // The answer at fault is named, linked from the summary and told beside its question.
    const refusedPage = await refused.text();
    expect(refusedPage).toContain('<a href="#q-listened">Choose one of the answers to this question.</a>');
    expect(refusedPage).toContain('id="q-listened-problem"');
    const first = await postForm('/r/quick', { id, nonce, lang: 'en', 'q.listened': '4', department: 'parks' });
    expect(first.status).toBe(303);
    expect(first.headers.get('location')).toBe('/r/quick/thanks?department=parks&lang=en');
    const other = await postForm('/r/quick', { id, nonce, lang: 'en', 'q.listened': '1', department: 'parks' });
    expect(other.status).toBe(409);
    expect(await other.text()).toContain('already sent');
    expect((await fx.rows()).filter((r) => r.id === id).map((r) => JSON.parse(String(r.answers)))).toEqual([
      { listened: 4 },
    ]);
  });

  it('refuses a form posted from another site, and takes one that names no Origin', async () => {
    const page = await (await get('/r/quick')).text();
    const [id, nonce] = [formId(page), formNonce(page)];
    const foreign = await postForm('/r/quick', { nonce, 'q.positive': '5' }, { Origin: 'https://evil.example.com' });
    expect(foreign.status).toBe(403);
    expect(await foreign.text()).toContain('Your answers were not sent');
    expect((await fx.rows()).some((r) => r.id === id)).toBe(false);
    const own = await postForm('/r/quick', { nonce, 'q.positive': '5' }, { Origin: fx.server.url });
    expect(own.status).toBe(303);
    const none = await postForm('/r/quick', {
      nonce: formNonce(await (await get('/r/quick')).text()),
      'q.positive': '5',
    });
    expect(none.status).toBe(303);
  });

  it('refuses what a form cannot be: another media type, a body over 16 KiB, an unknown survey', async () => {
    const id = crypto.randomUUID();
    const json = await fetch(`${fx.server.url}/r/quick`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ id, answers: { positive: 5 } }),
    });
    expect(json.status).toBe(415);
    expect((await postForm('/r/quick', { id, comment: 'x'.repeat(17_000) })).status).toBe(413);
    expect((await postForm('/r/long', { id, 'q.positive': '5' })).status).toBe(404);
    expect((await fx.rows()).some((r) => r.id === id)).toBe(false);
  });
});

describe('the README’s screenshot', () => {
  it('shows the hosted survey on a phone', async () => {
    const { context, page } = await fx.newPage({ width: 360 });
    await page.goto(`${fx.server.url}/r/quick?department=permits&channel=in-person`);
    await page.locator('mv-feedback [part=title]').waitFor();
    await saveScreenshot(page, 'hosted-survey-phone.png');
    await context.close();
  });
});

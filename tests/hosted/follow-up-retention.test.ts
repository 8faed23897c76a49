// The consent text beside "contact me" (docs/design.md §12) says how long the
// city keeps contact details: MV_FOLLOW_UP_RETENTION_DAYS, 90 when unset. In
// Chromium, on the hosted survey page, in English and Spanish: the widget,
// which reads the days from GET /api/v1/surveys/:id, and the plain form of a
// browser without JavaScript, which the server writes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHostedFixture, type HostedFixture } from './hosted-fixture.js';

const LANGUAGES = [
  {
    lang: 'en',
    locale: 'en-US',
    ask: 'I would like someone from the city to contact me about this',
    deleted: 'deleted {days} days after your request is closed',
  },
  {
    lang: 'es',
    locale: 'es-MX',
    ask: 'Quiero que alguien de la ciudad se comunique conmigo sobre esto',
    deleted: 'se borran {days} días después de cerrar su solicitud',
  },
];

const SETTINGS: { setting: string; env: Record<string, string>; days: number }[] = [
  { setting: 'MV_FOLLOW_UP_RETENTION_DAYS=30', env: { MV_FOLLOW_UP_RETENTION_DAYS: '30' }, days: 30 },
  { setting: 'no MV_FOLLOW_UP_RETENTION_DAYS', env: {}, days: 90 },
];

describe.each(SETTINGS)('with $setting', ({ env, days }) => {
  let fx: HostedFixture;
  beforeAll(async () => {
    fx = await startHostedFixture(env);
  });
  afterAll(async () => {
    await fx?.close();
  });

  it(`GET /api/v1/surveys/quick gives the widget ${days} days`, async () => {
    const survey = (await (await fetch(`${fx.server.url}/api/v1/surveys/quick`)).json()) as { followUp: unknown };
    expect(survey.followUp).toEqual({ retentionDays: days });
  });

  it.each(LANGUAGES)(`the widget says ${days} days, in $lang`, async (t) => {
    const { context, page } = await fx.newPage({ locale: t.locale });
    await page.goto(`${fx.server.url}/r/quick?department=permits&lang=${t.lang}`);
    const widget = page.locator('mv-feedback');
    await widget.getByRole('checkbox', { name: t.ask }).check();
    // The days arrive with the survey's definition, which may come after the tick.
    await expect.poll(() => widget.locator('#f-p').textContent()).toContain(t.deleted.replace('{days}', String(days)));
    await context.close();
  });

  it.each(LANGUAGES)(`the form without JavaScript says ${days} days, in $lang`, async (t) => {
    const { context, page } = await fx.newPage({ locale: t.locale, javaScript: false });
    await page.goto(`${fx.server.url}/r/quick?department=permits&lang=${t.lang}`);
    expect(await page.getByRole('checkbox', { name: t.ask }).count()).toBe(1);
    expect(await page.locator('#follow-up-privacy').textContent()).toContain(t.deleted.replace('{days}', String(days)));
    await context.close();
  });
});

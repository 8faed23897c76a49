// GET /api/v1/surveys on a whole server with a city catalogue (MV_CATALOGUE):
// the list is the city's surveys in its order, cacheable like the definitions.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { defaultCatalogue, SurveyListSchema } from '@mv-feedback/scoring';
import { loadConfig, startServer, type RunningServer } from '@mv-feedback/server';

let dir: string;
let server: RunningServer;

/** The default surveys reversed and one renamed: a city's own titles and order. */
const citySurveys = defaultCatalogue.surveys
  .map((survey) =>
    survey.id === 'quick' ? { ...survey, title: { en: 'Counter check-in', es: 'Consulta en ventanilla' } } : survey,
  )
  .reverse();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mv-public-surveys-'));
  const file = join(dir, 'city-catalogue.json');
  writeFileSync(file, JSON.stringify({ ...defaultCatalogue, surveys: citySurveys }));
  const config = loadConfig({ env: { MV_CATALOGUE: file, MV_DB_URL: `file:${join(dir, 'public.db')}` } });
  server = await startServer(config, { port: 0, writerThread: false });
});

afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

it("lists the city catalogue's surveys, id and titles, in catalogue order", async () => {
  const response = await fetch(`${server.url}/api/v1/surveys`);
  expect(response.status).toBe(200);
  const body: unknown = await response.json();
  // The city's own titles, and the packs' in the languages the city gave none (docs/design.md §14).
  const { surveys } = SurveyListSchema.parse(body);
  expect(surveys.map(({ id, title }) => [id, title.en, title.es])).toEqual([
    ['full', 'Tell us about your visit', 'Cuéntenos sobre su atención'],
    ['quick', 'Counter check-in', 'Consulta en ventanilla'],
  ]);
  expect(surveys[0]!.title.vi).toBe('Hãy kể về lần đến của quý vị');
  expect(SurveyListSchema.parse(body).surveys.map((s) => s.id)).toEqual(['full', 'quick']);
});

it('is cacheable like the survey definitions: same Cache-Control, ETag revalidation, any origin', async () => {
  const list = await fetch(`${server.url}/api/v1/surveys`, { headers: { origin: 'https://elsewhere.example' } });
  const definition = await fetch(`${server.url}/api/v1/surveys/quick`);
  expect(list.headers.get('cache-control')).toBe(definition.headers.get('cache-control'));
  expect(list.headers.get('cache-control')).toMatch(/^public, max-age=\d+$/);
  expect(list.headers.get('access-control-allow-origin')).toBe('*');
  const etag = list.headers.get('etag');
  expect(etag).toBeTruthy();
  const revalidated = await fetch(`${server.url}/api/v1/surveys`, { headers: { 'if-none-match': etag! } });
  expect(revalidated.status).toBe(304);
});

it('is described in the OpenAPI document by the SurveyList schema', async () => {
  const document = (await (await fetch(`${server.url}/api/v1/openapi.json`)).json()) as {
    paths: Record<string, { get: { responses: Record<string, unknown> } }>;
    components: { schemas: Record<string, unknown> };
  };
  expect(JSON.stringify(document.paths['/api/v1/surveys']!.get.responses['200'])).toContain(
    '#/components/schemas/SurveyList',
  );
  expect(JSON.stringify(document.components.schemas.SurveyList)).toContain('"surveys"');
});

it('gives a survey in English and the offered languages a page asks for, and refuses an unknown one', async () => {
  const titles = async (query: string) => {
    const response = await fetch(`${server.url}/api/v1/surveys/full${query}`);
    const body = (await response.json()) as { title: Record<string, string>; locales: string[] };
    return { status: response.status, titles: Object.keys(body.title).sort(), locales: body.locales };
  };
  const offered = ['en', 'es', 'vi', 'tl', 'ko', 'zh-Hans', 'zh-Hant', 'ar'];
  expect(await titles('')).toEqual({ status: 200, titles: [...offered].sort(), locales: offered });
  expect(await titles('?lang=vi,es')).toEqual({ status: 200, titles: ['en', 'es', 'vi'], locales: offered });
  expect(await titles('?lang=en')).toEqual({ status: 200, titles: ['en'], locales: offered });
  const refused = await fetch(`${server.url}/api/v1/surveys/full?lang=vi,fr`);
  expect(refused.status).toBe(400);
  expect(await refused.json()).toMatchObject({ error: { code: 'invalid_query', issues: [{ path: 'lang' }] } });
});

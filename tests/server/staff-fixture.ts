// Shared set-up of the staff tests: a real libSQL file in a temp folder,
// migrated, filled through the server's own rollup writer, served on 127.0.0.1:0.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Client } from '@libsql/client';
import {
  askedQuestions,
  BUILT_IN_PACKS,
  LOCALES,
  defaultCatalogue,
  localizeCatalogue,
  drawRotation,
  type Answers,
  type Catalogue,
  type Channel,
  type Submission,
} from '@mv-feedback/scoring';
import { Hono } from 'hono';
import type { ServerConfig } from '../../packages/server/src/config/server-config.js';
import { contentHash } from '../../packages/server/src/db/store/content-hash.js';
import { offerWriteStatements, type OfferInput } from '../../packages/server/src/db/store/offer-store.js';
import { migrate } from '../../packages/server/src/db/schema/migrate.js';
import { openDatabase } from '../../packages/server/src/db/connection/open-database.js';
import { responseWriteStatements } from '../../packages/server/src/db/store/response-store.js';
import { openApiRoute } from '../../packages/server/src/openapi/openapi-route.js';
import { staffApp } from '../../packages/server/src/staff-app.js';
export { mulberry32 as prng } from '../../packages/server/src/seed/prng.js';

export const TIMEZONE = 'America/Los_Angeles';

/** A catalogue with every built-in pack's texts, as loadConfig gives the server (docs/design.md §14). */
export function localized(catalogue: Catalogue): Catalogue {
  return localizeCatalogue(catalogue, Object.fromEntries(LOCALES.map((l) => [l, BUILT_IN_PACKS[l].texts])));
}

export function testConfig(dbUrl: string, overrides: Partial<ServerConfig> = {}): ServerConfig {
  return {
    dbUrl,
    port: 0,
    allowedOrigins: [],
    rateLimit: 0,
    minN: 10,
    timezone: TIMEZONE,
    catalogue: localized(defaultCatalogue),
    cityName: 'City services',
    ...overrides,
  };
}

export interface StaffServer {
  url: string;
  db: Client;
  config: ServerConfig;
  dir: string;
  close(): Promise<void>;
}

/** Opens a migrated database in a temp folder and serves the staff routes at /api/v1. */
export async function startStaffServer(
  options: { now?: () => Date; minN?: number; catalogue?: Catalogue; publicUrl?: string } = {},
): Promise<StaffServer> {
  const dir = mkdtempSync(join(tmpdir(), 'mv-staff-'));
  const config = testConfig(`file:${join(dir, 'feedback.db')}`, {
    ...(options.publicUrl ? { publicUrl: options.publicUrl } : {}),
    ...(options.minN ? { minN: options.minN } : {}),
    ...(options.catalogue ? { catalogue: localized(options.catalogue) } : {}),
  });
  const db = await openDatabase(config);
  await migrate(db, { catalogue: config.catalogue });
  const app = new Hono();
  app.route('/api/v1', openApiRoute());
  app.route('/api/v1', staffApp({ db, config, ...(options.now ? { now: options.now } : {}) }));
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    db,
    config,
    dir,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

export interface StoredRow {
  submission: Submission;
  receivedAt: Date;
  /** The invitation it answered (a token signature): the row is stored verified. */
  invitation?: string;
}

/**
 * Random valid submissions spread over `days` days before `now`, with skips,
 * "does not apply" and comments; a survey with a rotation answers the
 * questions one display would ask.
 */
export function randomRows(
  random: () => number,
  count: number,
  now: Date,
  days: number,
  catalogue: Catalogue = defaultCatalogue,
): StoredRow[] {
  const departments = ['permits', 'utilities', 'library', ''];
  const channels: (Channel | '')[] = ['in-person', 'phone', 'web', ''];
  const rows: StoredRow[] = [];
  for (let i = 0; i < count; i++) {
    const survey = random() < 0.75 ? catalogue.surveys[0]! : catalogue.surveys[1]!;
    const answers: Answers = {};
    for (const question of askedQuestions(survey, drawRotation(survey, random))) {
      const r = random();
      if (r < 0.1) continue;
      if (r < 0.18) answers[question.id] = null;
      else if (question.type === 'agree5') answers[question.id] = 1 + Math.floor(random() * 5);
      else answers[question.id] = random() < 0.7 ? 'yes' : 'no';
    }
    const hasAnswer = Object.values(answers).some((v) => v !== null);
    const comment =
      !hasAnswer || random() < 0.3
        ? pick(random, ['Fine, thanks', 'Muy bien', 'Slow line, "again"', 'ok 👍'])
        : undefined;
    const department = pick(random, departments);
    const channel = pick(random, channels);
    const submission: Submission = {
      id: crypto.randomUUID(),
      survey: survey.id,
      answers,
      ...(comment ? { comment } : {}),
      context: { ...(department ? { department } : {}), ...(channel ? { channel } : {}) },
      locale: random() < 0.3 ? 'es' : 'en',
    };
    const receivedAt = new Date(now.getTime() - Math.floor(random() * days * 86_400_000));
    rows.push({ submission, receivedAt });
  }
  return rows;
}

/** Stores rows through the server's own writer statements (the only rollup writer), in batches. */
export async function storeRows(
  db: Client,
  config: ServerConfig,
  rows: readonly StoredRow[],
  batch = 200,
): Promise<void> {
  for (let i = 0; i < rows.length; i += batch) {
    const items = rows.slice(i, i + batch).map(({ submission, receivedAt, invitation }) => ({
      submission,
      receivedAt,
      contentHash: contentHash(submission),
      invitation,
    }));
    await db.batch(responseWriteStatements(items, { catalogue: config.catalogue, timezone: config.timezone }), 'write');
  }
}

/** Offers (impressions, hosted page opens) spread like `randomRows`, each standing for 1 to 20. */
export function randomOffers(
  random: () => number,
  count: number,
  now: Date,
  days: number,
  catalogue: Catalogue = defaultCatalogue,
): Required<Omit<OfferInput, 'verified'>>[] {
  return Array.from({ length: count }, () => ({
    survey: random() < 0.75 ? catalogue.surveys[0]!.id : catalogue.surveys[1]!.id,
    department: pick(random, ['permits', 'utilities', 'library', '']),
    channel: pick(random, ['in-person', 'phone', 'web', '']),
    at: new Date(now.getTime() - Math.floor(random() * days * 86_400_000)),
    count: 1 + Math.floor(random() * 20),
  }));
}

/** Counts offers through the server's own offer statements, as the writer does. */
export async function storeOffers(db: Client, config: ServerConfig, offers: readonly OfferInput[]): Promise<void> {
  await db.batch(offerWriteStatements(offers, config.timezone), 'write');
}

/** A GET with an optional staff token. */
export async function get(url: string, token?: string): Promise<Response> {
  return fetch(url, token ? { headers: { authorization: `Bearer ${token}` } } : {});
}

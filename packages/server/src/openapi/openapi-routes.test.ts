// The OpenAPI document against the routes the app really has: every API
// route (under /api/v1, and /healthz) is described with its method, and
// every described operation is a route, so neither can change without the
// other. The public report's routes are mounted (MV_PUBLIC_REPORT=on).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Client } from '@libsql/client';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { loadConfig } from '../config/load-config.js';
import { clientWriteConnection } from '../db/connection/client-write-connection.js';
import { migrate } from '../db/schema/migrate.js';
import { openDatabase } from '../db/connection/open-database.js';
import { groupCommitWriter, type GroupCommitWriter } from '../writer/group-commit-writer.js';
import { openApiDocument } from './openapi-document.js';

const OPERATIONS = ['get', 'put', 'post', 'delete', 'patch'] as const;
let dir: string;
let db: Client;
let writer: GroupCommitWriter;
let routes: string[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mv-openapi-routes-'));
  const config = loadConfig({
    env: { MV_PUBLIC_REPORT: 'on' },
    flags: { db: `file:${join(dir, 'feedback.db')}` },
  });
  db = await openDatabase(config);
  await migrate(db, { catalogue: config.catalogue });
  writer = groupCommitWriter(clientWriteConnection(db), { catalogue: config.catalogue, timezone: config.timezone });
  const app = createApp({ db, config, writer });
  routes = [
    ...new Set(
      app.routes
        // A path with `*` is middleware (caching, CORS) registered for a method, not a route of its own.
        .filter(({ path }) => (path === '/healthz' || path.startsWith('/api/v1/')) && !path.includes('*'))
        .filter(({ method }) => OPERATIONS.includes(method.toLowerCase() as (typeof OPERATIONS)[number]))
        // Hono's `:id` is OpenAPI's `{id}`.
        .map(({ method, path }) => `${method.toUpperCase()} ${path.replace(/:(\w+)/g, '{$1}')}`),
    ),
  ].sort();
});

afterAll(async () => {
  await writer?.close();
  db?.close();
  rmSync(dir, { recursive: true, force: true });
});

it('describes every API route the app has, and no route it lacks', () => {
  const paths = openApiDocument().paths as Record<string, Record<string, unknown>>;
  const described = Object.entries(paths)
    .flatMap(([path, item]) =>
      OPERATIONS.filter((method) => item[method] !== undefined).map((method) => `${method.toUpperCase()} ${path}`),
    )
    .sort();
  expect(routes.length).toBeGreaterThan(15);
  expect(described).toEqual(routes);
});

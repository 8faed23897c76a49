import type { Client } from '@libsql/client';
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { assetRoutes } from './assets/asset-routes.js';
import type { AssetRoots } from './assets/static-assets.js';
import { defaultLanguages } from './config/languages-config.js';
import { configuredPublicUrl, type ServerConfig } from './config/server-config.js';
import { isStorageFailure } from './db/health/storage-error.js';
import { invitationAnswered } from './db/store/used-invitations.js';
import { keptInvitationSecret } from './db/store/server-secrets.js';
import { storageHealth, type StorageHealth } from './db/health/storage-health.js';
import { apiError } from './http/api-error.js';
import { compressAnswers } from './http/compress-answers.js';
import { methodGuard } from './http/method-guard.js';
import { noSniff } from './http/no-sniff.js';
import { singleHostHeader } from './http/single-host.js';
import { storageUnavailable } from './http/storage-unavailable.js';
import { hostedRoutes } from './hosted/hosted-routes.js';
import type { GroupCommitWriter } from './writer/group-commit-writer.js';
import { followUpIntake } from './follow-ups/follow-up-intake.js';
import { businessCalendar, followUpConfig, keptContactKeys, noticeRecipient } from './follow-ups/follow-up-settings.js';
import { impressionRoutes } from './ingest/impression-route.js';
import { invitationRoutes } from './invitations/invitation-route.js';
import { ingestRoutes } from './ingest/ingest-route.js';
import { submissionIngest } from './ingest/ingest-submission.js';
import { clientCounter, connectionAddress, forwardedAddress, type ClientCounter } from './http/rate-limit.js';
import { definitionRoutes, healthRoute } from './public/public-routes.js';
import { publicReportRoutes } from './public/public-report-routes.js';
import { openApiRoute } from './openapi/openapi-route.js';
import { staffApp } from './staff-app.js';

export interface AppDeps {
  db: Client;
  config: ServerConfig;
  writer: GroupCommitWriter;
  /** Serve the example city page at /demo/. */
  demo?: boolean;
  /** What is known of the database's soundness (default: nothing wrong yet). */
  health?: StorageHealth;
  assetRoots?: AssetRoots;
  /** The absolute base of links and QR codes (default: MV_PUBLIC_URL, else http://HOST:PORT of the configuration). */
  publicUrl?: () => string;
  /** Called after a commit that stored a follow-up with a notice to send (wakes the notice sender). */
  onFollowUpStored?: () => void;
  /** The clock responses are received by, invitations expire against and the public report's periods end by (default: the system's); tests set it. */
  now?: () => Date;
}

/**
 * The rates residents' requests count against, MV_RATE_LIMIT a minute per
 * client each: responses (by either door, the JSON API or the hosted form),
 * impressions (reported by the widget, or a hosted page opened), QR
 * codes drawn (the one costly page part, docs/design.md §9) and a counter
 * card's short links followed.
 */
function publicRates(config: ServerConfig): Record<'responses' | 'impressions' | 'renders' | 'links', ClientCounter> {
  const clientKey = config.trustProxy ? forwardedAddress : connectionAddress;
  return {
    responses: clientCounter({ limit: config.rateLimit, clientKey }),
    impressions: clientCounter({ limit: config.rateLimit, clientKey }),
    renders: clientCounter({ limit: config.rateLimit, clientKey }),
    links: clientCounter({ limit: config.rateLimit, clientKey }),
  };
}

/**
 * The whole HTTP surface: ingest, public definitions, health, hosted files
 * and the staff API, with JSON errors everywhere (docs/design.md §5).
 *
 * @example
 * const app = createApp({ db, config, writer: groupCommitWriter(db, config) });
 * serve({ fetch: app.fetch, port: 8787 });
 */
export function createApp(deps: AppDeps): Hono {
  const app = new Hono();
  app.use(noSniff());
  app.use(compressAnswers());
  app.use(singleHostHeader());
  app.use(methodGuard(() => app.routes));
  const health = deps.health ?? storageHealth();
  app.route('/', healthRoute({ check: () => deps.writer.check(), health }));
  const { catalogue, allowedOrigins } = deps.config;
  const rates = publicRates(deps.config);
  const publicUrl = deps.publicUrl ?? (() => configuredPublicUrl(deps.config));
  const invitationSecret = keptInvitationSecret(deps.db, deps.config.secret);
  const now = deps.now ?? (() => new Date());
  const languages = deps.config.languages ?? defaultLanguages();
  const offered = languages.offered;
  // Said wherever a resident may ask to be contacted: how long their details are kept (docs/design.md §12).
  const followUpRetentionDays = followUpConfig(deps.config).retentionDays;
  const contactKeys = keptContactKeys(invitationSecret);
  const followUps = followUpIntake({
    keys: contactKeys,
    calendar: businessCalendar(deps.config),
    recipient: noticeRecipient(deps.config),
  });
  const writes = {
    catalogue,
    offered,
    writer: deps.writer,
    allowedOrigins,
    publicUrl,
    health,
    invitationSecret,
    followUps,
    now,
  };
  app.route('/api/v1', ingestRoutes({ ...writes, rate: rates.responses }));
  app.route('/api/v1', impressionRoutes({ ...writes, rate: rates.impressions }));
  app.route(
    '/',
    hostedRoutes({
      catalogue,
      languages,
      cityName: deps.config.cityName,
      ...(deps.config.helpUrl ? { helpUrl: deps.config.helpUrl } : {}),
      publicUrl,
      ingest: submissionIngest(writes),
      writer: deps.writer,
      rates,
      invitationSecret,
      invitationAnswered: (signature) => invitationAnswered(deps.db, signature),
      followUpRetentionDays,
      now,
    }),
  );
  app.route(
    '/api/v1',
    definitionRoutes({ db: deps.db, catalogue: deps.config.catalogue, offered, followUpRetentionDays }),
  );
  app.route('/api/v1', openApiRoute());
  // Off unless MV_PUBLIC_REPORT=on: then nothing answers at these paths but the 404 (docs/design.md §13).
  if (deps.config.publicReport?.enabled) {
    app.route(
      '/',
      publicReportRoutes({
        db: deps.db,
        catalogue,
        cityName: deps.config.cityName,
        timezone: deps.config.timezone,
        report: deps.config.publicReport,
        health,
        root: () => new URL(publicUrl()).pathname.replace(/\/$/, ''),
        now,
      }),
    );
  }
  app.route(
    '/api/v1',
    staffApp({ db: deps.db, config: deps.config, health, publicUrl, contactKeys, followUpClock: now }),
  );
  app.route(
    '/api/v1',
    invitationRoutes({ db: deps.db, catalogue, writer: deps.writer, health, publicUrl, invitationSecret }),
  );
  app.route(
    '/',
    assetRoutes({ demo: deps.demo ?? false, languages, ...(deps.assetRoots ? { roots: deps.assetRoots } : {}) }),
  );
  app.notFound((c) => apiError(c, 404, 'not_found', `nothing at ${c.req.method} ${c.req.path}`));
  app.onError((error, c) => {
    if (error instanceof HTTPException) {
      return apiError(c, error.status, 'http_error', error.message || 'the request could not be handled');
    }
    if (isStorageFailure(error)) {
      health.note(error);
      return storageUnavailable(c, error);
    }
    // Last resort only: every known input has its own status above.
    console.error(error);
    return apiError(c, 500, 'internal_error', 'the server failed to handle this request');
  });
  return app;
}

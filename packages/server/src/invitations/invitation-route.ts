import type { Client } from '@libsql/client';
import { InvitationsRequestSchema, MAX_INVITATIONS, type Catalogue } from '@mv-feedback/scoring';
import { Hono } from 'hono';
import { actingDepartment } from '../auth/department-scope.js';
import { privateNoStore } from '../auth/private-no-store.js';
import { declaredRoutes } from '../openapi/api-route.js';
import { createInvitations } from '../openapi/ingest-operations.js';
import { staffAuth, type StaffEnv } from '../auth/staff-auth.js';
import { StorageUnavailableError } from '../db/health/storage-error.js';
import type { StorageHealth } from '../db/health/storage-health.js';
import { apiError } from '../http/api-error.js';
import { storageUnavailable, whileSound } from '../http/storage-unavailable.js';
import { withinCommitDeadline } from '../writer/commit-deadline.js';
import type { GroupCommitWriter } from '../writer/group-commit-writer.js';
import { BODY_DEADLINE_MS } from '../ingest/public-json-post.js';
import { nodeIncoming } from '../http/node-incoming.js';
import { readBodyBytes } from '../http/read-body-bytes.js';
import { isJsonContentType, parseJsonBytes } from '../http/read-json-body.js';
import { validationIssues } from '../ingest/validation-issues.js';
import { makeInvitations } from './make-invitations.js';
import { IDENTITY_ENCODING_MESSAGE, isIdentityEncoded } from '../http/identity-encoding.js';

/** A thousand interactions of at most 100 characters each, JSON-quoted, fit with room to spare. */
export const MAX_INVITATIONS_BODY_BYTES = 256 * 1024;

export interface InvitationRouteDeps {
  db: Client;
  catalogue: Catalogue;
  writer: Pick<GroupCommitWriter, 'offer'>;
  health: StorageHealth;
  /** The absolute base of the links (MV_PUBLIC_URL, else the server's own address). */
  publicUrl: () => string;
  /** The key invitations are signed with (see keptInvitationSecret). */
  invitationSecret: () => Promise<string>;
}

/**
 * `POST /invitations` (docs/design.md §9), for an admin token: single-use invitation
 * links, one per interaction, `201 {"invitations": [{"interaction", "url",
 * "expiresAt"}]}`. A token limited to one department invites for it only.
 * The invitations made count as offers of verified responses, so the
 * response rate of `verified=true` is answers over invitations; the page an
 * invitation opens is not counted again.
 *
 * @example
 * app.route('/api/v1', invitationRoutes({ db, catalogue, writer, health, publicUrl: () => 'https://feedback.city.gov', invitationSecret }));
 */
export function invitationRoutes(deps: InvitationRouteDeps): Hono<StaffEnv> {
  const surveys = deps.catalogue.surveys.map((survey) => survey.id);
  const app = new Hono<StaffEnv>();
  app.use('/invitations', privateNoStore);
  // Admin only: the declaration's scope, checked after the token.
  declaredRoutes(app, '/api/v1')(createInvitations, whileSound(deps.health), staffAuth({ db: deps.db }), async (c) => {
    const { staff } = c.var;
    if (!isJsonContentType(c.req.header('Content-Type'))) {
      return apiError(c, 415, 'unsupported_media_type', 'send the body as application/json (UTF-8)');
    }
    if (!isIdentityEncoded(c.req.header('Content-Encoding'))) {
      return apiError(c, 415, 'unsupported_content_encoding', IDENTITY_ENCODING_MESSAGE);
    }
    const read = await readBodyBytes(c.req.raw, nodeIncoming(c), {
      maxBytes: MAX_INVITATIONS_BODY_BYTES,
      deadlineMs: BODY_DEADLINE_MS,
    });
    if (!read.ok) {
      c.header('Connection', 'close');
      return apiError(c, read.status, read.code, read.message);
    }
    const body = parseJsonBytes(read.bytes);
    if (!body.ok) return apiError(c, 400, body.code, body.message);
    const parsed = InvitationsRequestSchema.safeParse(body.value);
    const issues = parsed.success ? [] : validationIssues(parsed.error);
    if (parsed.success && !surveys.includes(parsed.data.survey)) {
      issues.push({ path: 'survey', message: `unknown survey "${parsed.data.survey}" (known: ${surveys.join(', ')})` });
    }
    if (!parsed.success || issues.length > 0) {
      const message = `the invitations request is not valid (at most ${MAX_INVITATIONS} interactions, expiresInDays from 0 to 365)`;
      return apiError(c, 400, 'invalid_request', message, issues);
    }
    const request = parsed.data;
    const scoped = actingDepartment(staff, request.department, 'invite for');
    if (!scoped.ok) return apiError(c, 403, 'forbidden', scoped.message);
    const now = new Date();
    const invitations = makeInvitations(request, {
      secret: await deps.invitationSecret(),
      publicUrl: deps.publicUrl(),
      now,
    });
    try {
      const { survey, department, channel } = request;
      await withinCommitDeadline(
        deps.writer.offer({ survey, department, channel, at: now, count: invitations.length, verified: true }),
      );
    } catch (error) {
      if (error instanceof StorageUnavailableError) {
        deps.health.note(error);
        return storageUnavailable(c, error);
      }
      throw error;
    }
    return c.json({ invitations }, 201);
  });
  return app;
}

import {
  hotSubmissionParser,
  submissionSchema,
  type Catalogue,
  type Locale,
  type Submission,
} from '@mv-feedback/scoring';
import { fingerprint } from '../db/store/content-hash.js';
import { StorageUnavailableError } from '../db/health/storage-error.js';
import type { StorageHealth } from '../db/health/storage-health.js';
import type { ApiIssue } from '../http/api-error.js';
import { withinCommitDeadline } from '../writer/commit-deadline.js';
import type { FollowUpIntake } from '../follow-ups/follow-up-intake.js';
import { verifyInvitation } from '../invitations/invitation-token.js';
import type { GroupCommitWriter, WriterItem } from '../writer/group-commit-writer.js';
import { validationIssues } from './validation-issues.js';

/** What became of a submitted body: stored (201), stored before (200), or why not. */
export type IngestResult =
  | { ok: true; status: 200 | 201; id: string }
  | { ok: false; status: 400 | 409 | 410; code: string; message: string; issues?: ApiIssue[] }
  | { ok: false; status: 503; code: 'storage_unavailable'; cause: unknown };

export interface IngestDeps {
  catalogue: Catalogue;
  /** The languages a submission's `locale` may name (MV_LOCALES); unset, every built-in one. */
  offered?: readonly Locale[];
  writer: GroupCommitWriter;
  health: StorageHealth;
  /** The key invitations are signed with (see keptInvitationSecret). */
  invitationSecret: () => Promise<string>;
  /** Seals a resident's request to be contacted for the writer (docs/design.md §12). */
  followUps: FollowUpIntake;
  /** Called after the commit of a new follow-up that has a notice to send. */
  onFollowUpStored?: () => void;
  /** The clock a response is received by and its invitation's expiry read against (default: the system's). */
  now?: () => Date;
}

/**
 * The one path every response takes into the database, whichever door it
 * came in by (the JSON API, the hosted page's plain form): the catalogue's
 * schema, then the group-commit writer, which answers only after the commit
 * and tells a repeat (200) from a conflict (409) by content (docs/design.md §5).
 * A submission naming an invitation (docs/design.md §9) takes its context from the
 * token, whatever the body's (even one the schema would refuse): a token
 * that does not verify is 400 `invalid_invitation`, then the response is
 * stored verified unless the invitation has expired (410) or was answered
 * by another response (409 `invitation_used`); a replay of a stored one
 * stays 200 either way. A follow-up request (docs/design.md §12) needs a
 * department (400 `follow_up_needs_department`) and goes on encrypted, its
 * details hashed with the response under a key. 503 when the database is known corrupt or the
 * commit does not come within the commit deadline (docs/design.md §11).
 *
 * @example
 * const ingest = submissionIngest({ catalogue, writer, health, invitationSecret: keptInvitationSecret(db, config.secret) });
 * const result = await ingest({ id, survey: 'quick', answers: { listened: 5 } });
 */
export function submissionIngest(deps: IngestDeps): (body: unknown) => Promise<IngestResult> {
  const schema = submissionSchema(deps.catalogue, deps.offered);
  const now = deps.now ?? (() => new Date());
  const hot = hotSubmissionParser(deps.catalogue, deps.offered);
  return async function ingest(body) {
    // The schema only for what the hot check does not take: it alone refuses, with its messages.
    let submission: Submission | null = hot(body);
    if (submission === null) {
      const result = schema.safeParse(withoutInvitedContext(body));
      if (!result.success) {
        const issues = validationIssues(result.error);
        const message = `the submission has ${issues.length === 1 ? 'a problem' : `${issues.length} problems`}`;
        return { ok: false, status: 400, code: 'invalid_submission', message, issues };
      }
      submission = result.data;
    }
    if (deps.health.corrupt !== null) {
      return {
        ok: false,
        status: 503,
        code: 'storage_unavailable',
        cause: `the database is corrupt (${deps.health.corrupt})`,
      };
    }
    const receivedAt = now();
    let stored: Submission = submission;
    let invited: Pick<WriterItem, 'invitation' | 'invitationExpired'> = {};
    if (submission.invitation !== undefined) {
      const check = verifyInvitation(submission.invitation, await deps.invitationSecret(), receivedAt);
      if (!check.ok || check.claims.survey !== submission.survey) {
        const reason = check.ok ? `it is for the survey "${check.claims.survey}"` : check.reason;
        return {
          ok: false,
          status: 400,
          code: 'invalid_invitation',
          message: `the invitation is not valid: ${reason}`,
        };
      }
      const { department, channel, interaction } = check.claims;
      stored = { ...submission, context: { department, channel, interaction } };
      invited = { invitation: check.signature, invitationExpired: check.expired };
    }
    const { followUp } = stored;
    let item: WriterItem;
    if (followUp === undefined) {
      const { json, contentHash } = fingerprint(stored);
      item = { submission: stored, submissionJson: json, receivedAt, contentHash, ...invited };
    } else {
      if (stored.context.department === undefined) {
        return {
          ok: false,
          status: 400,
          code: 'follow_up_needs_department',
          message: 'a request to be contacted needs the department that is to answer it',
          issues: [{ path: 'context.department', message: 'required with followUp' }],
        };
      }
      // The intake hashes the response with its contact details' keyed fingerprint.
      item = { receivedAt, ...invited, ...(await deps.followUps({ ...stored, followUp }, receivedAt)) };
    }
    let outcome;
    try {
      outcome = await withinCommitDeadline(deps.writer.submit(item));
    } catch (error) {
      if (error instanceof StorageUnavailableError) {
        deps.health.note(error);
        return { ok: false, status: 503, code: 'storage_unavailable', cause: error };
      }
      throw error;
    }
    if (outcome === 'conflict') {
      return {
        ok: false,
        status: 409,
        code: 'id_conflict',
        message: `a different response with id ${submission.id} is already stored`,
      };
    }
    if (outcome === 'invitation_used') {
      return {
        ok: false,
        status: 409,
        code: 'invitation_used',
        message: 'this invitation has been answered already; each invitation takes one response',
      };
    }
    if (outcome === 'invitation_expired') {
      return { ok: false, status: 410, code: 'invitation_expired', message: 'this invitation has expired' };
    }
    if (outcome === 'stored' && item.followUp?.notify !== undefined) deps.onFollowUpStored?.();
    return { ok: true, status: outcome === 'stored' ? 201 : 200, id: submission.id };
  };
}

/** An invitation's context comes from its token: the body's is ignored, not refused (docs/design.md §9). */
function withoutInvitedContext(body: unknown): unknown {
  if (typeof body !== 'object' || body === null || Array.isArray(body) || !('invitation' in body)) return body;
  const { context: _ignored, ...rest } = body as Record<string, unknown>;
  return rest;
}

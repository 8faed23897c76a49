import { submissionSchema, type Catalogue } from '@mv-feedback/scoring';
import { contentHash } from '../db/content-hash.js';
import { StorageUnavailableError } from '../db/storage-error.js';
import type { StorageHealth } from '../db/storage-health.js';
import type { ApiIssue } from '../http/api-error.js';
import { withinCommitDeadline } from './commit-deadline.js';
import type { GroupCommitWriter } from './group-commit-writer.js';
import { validationIssues } from './validation-issues.js';

/** What became of a submitted body: stored (201), stored before (200), or why not. */
export type IngestResult =
  | { ok: true; status: 200 | 201; id: string }
  | { ok: false; status: 400 | 409; code: string; message: string; issues?: ApiIssue[] }
  | { ok: false; status: 503; code: 'storage_unavailable'; cause: unknown };

export interface IngestDeps {
  catalogue: Catalogue;
  writer: GroupCommitWriter;
  health: StorageHealth;
}

/**
 * The one path every response takes into the database, whichever door it
 * came in by (the JSON API, the hosted page's plain form): the catalogue's
 * schema, then the group-commit writer, which answers only after the commit
 * and tells a repeat (200) from a conflict (409) by content (SPEC section 5);
 * 503 when the database is known corrupt or the commit does not come within
 * the commit deadline (SPEC 11).
 *
 * @example
 * const ingest = submissionIngest({ catalogue, writer, health });
 * const result = await ingest({ id, survey: 'quick', answers: { listened: 5 } });
 */
export function submissionIngest(deps: IngestDeps): (body: unknown) => Promise<IngestResult> {
  const schema = submissionSchema(deps.catalogue);
  return async function ingest(body) {
    const result = schema.safeParse(body);
    if (!result.success) {
      const issues = validationIssues(result.error);
      const message = `the submission has ${issues.length === 1 ? 'a problem' : `${issues.length} problems`}`;
      return { ok: false, status: 400, code: 'invalid_submission', message, issues };
    }
    if (deps.health.corrupt !== null) {
      return {
        ok: false,
        status: 503,
        code: 'storage_unavailable',
        cause: `the database is corrupt (${deps.health.corrupt})`,
      };
    }
    const submission = result.data;
    let outcome;
    try {
      outcome = await withinCommitDeadline(
        deps.writer.submit({ submission, receivedAt: new Date(), contentHash: contentHash(submission) }),
      );
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
    return { ok: true, status: outcome === 'stored' ? 201 : 200, id: submission.id };
  };
}

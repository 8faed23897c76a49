import { formatPath } from '@mv-feedback/scoring';
import type { z } from 'zod';
import type { ApiIssue } from '../http/api-error.js';

/**
 * zod issues as the API's `issues` list. An unknown field is reported under
 * its own path (`context.colour`), so a client sees which field to drop.
 */
export function validationIssues(error: z.ZodError): ApiIssue[] {
  return error.issues.flatMap((issue): ApiIssue[] =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ path: formatPath([...issue.path, key]), message: 'unknown field' }))
      : [{ path: formatPath(issue.path), message: issue.message }],
  );
}

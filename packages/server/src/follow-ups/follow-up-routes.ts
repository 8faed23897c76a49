import type { Client } from '@libsql/client';
import { FollowUpActionSchema, type BusinessCalendar } from '@mv-feedback/scoring';
import { Hono, type Context } from 'hono';
import { recordAudit } from '../audit/audit-log.js';
import type { StaffEnv } from '../auth/staff-auth.js';
import { unexpectedParameters } from '../filters/query-parameters.js';
import { apiError } from '../http/api-error.js';
import { validationIssues } from '../ingest/validation-issues.js';
import { readActionBody } from './action-body.js';
import type { ContactKeys } from './contact-cipher.js';
import { changeFollowUp, type FollowUpActionName } from './follow-up-actions.js';
import { declaredRoutes, queryKeys } from '../openapi/api-route.js';
import {
  acknowledgeFollowUp,
  closeFollowUp,
  getFollowUp,
  getFollowUpSummary,
  listFollowUps as listFollowUpsRoute,
} from '../openapi/follow-up-operations.js';
import { listParameters, summaryParameters } from './follow-up-parameters.js';
import { listFollowUps, readFollowUp } from './follow-up-reads.js';
import { followUpSummary } from './follow-up-summary.js';

export interface FollowUpRoutesDeps {
  db: Client;
  calendar: BusinessCalendar;
  minN: number;
  keys: () => Promise<ContactKeys>;
  now?: () => Date;
}

const invalid = (c: Context<StaffEnv>, message: string, issues: { path: string; message: string }[]) =>
  apiError(c, 400, 'invalid_filters', message, issues);

/**
 * The staff's follow-up API (docs/design.md §12), for admin and responder
 * tokens (a viewer's is 403), a department-scoped token seeing only its
 * department's: the queue, one request, acknowledge, close and the summary.
 * Contact details only with `contact=true`, and every such read and every
 * change is written to the audit log. Mount it behind the staff token.
 *
 * @example
 * staff.route('/', followUpRoutes({ db, calendar, minN: 10, keys }));
 */
export function followUpRoutes(deps: FollowUpRoutesDeps): Hono<StaffEnv> {
  const app = new Hono<StaffEnv>();
  const now = deps.now ?? (() => new Date());
  const { timeZone } = deps.calendar;
  // Each route's scope (admin and responder tokens) is in its declaration.
  const route = declaredRoutes(app, '/api/v1');

  route(getFollowUpSummary, async (c) => {
    const unexpected = unexpectedParameters(new URL(c.req.url).searchParams, queryKeys(getFollowUpSummary));
    if (unexpected.length > 0) return invalid(c, 'The query parameters are not valid.', unexpected);
    const at = now();
    const parsed = summaryParameters(c.req.query(), c.var.staff, { timezone: timeZone, now: at });
    if (!parsed.ok)
      return parsed.status === 403
        ? apiError(c, 403, 'forbidden', parsed.message)
        : invalid(c, parsed.message, parsed.issues);
    return c.json(await followUpSummary(deps.db, parsed.value, { calendar: deps.calendar, minN: deps.minN, now: at }));
  });

  route(listFollowUpsRoute, async (c) => {
    const unexpected = unexpectedParameters(new URL(c.req.url).searchParams, queryKeys(listFollowUpsRoute));
    if (unexpected.length > 0) return invalid(c, 'The query parameters are not valid.', unexpected);
    const parsed = listParameters(c.req.query(), c.var.staff, timeZone);
    if (!parsed.ok)
      return parsed.status === 403
        ? apiError(c, 403, 'forbidden', parsed.message)
        : invalid(c, parsed.message, parsed.issues);
    const query = parsed.value;
    const page = await listFollowUps(
      deps.db,
      query,
      { limit: query.limit, after: query.after },
      { now: now(), keys: query.contact ? await deps.keys() : undefined },
    );
    if (query.contact && page.items.length > 0) {
      await recordAudit(deps.db, {
        actor: c.var.staff.name,
        action: 'follow_up.contact',
        detail: { ids: page.items.map((item) => item.id).join(','), count: page.items.length },
      });
    }
    return c.json(page);
  });

  route(getFollowUp, async (c) => {
    const unexpected = unexpectedParameters(new URL(c.req.url).searchParams, queryKeys(getFollowUp));
    const contact = c.req.query('contact') ?? 'false';
    if (contact !== 'true' && contact !== 'false')
      unexpected.push({ path: 'contact', message: 'must be "true" or "false"' });
    if (unexpected.length > 0) return invalid(c, 'The query parameters are not valid.', unexpected);
    const id = c.req.param('id') ?? '';
    const department = c.var.staff.department ?? undefined;
    const keys = contact === 'true' ? await deps.keys() : undefined;
    const item = await readFollowUp(deps.db, id, { department }, { now: now(), keys });
    if (!item) return apiError(c, 404, 'not_found', `no follow-up ${id}`);
    if (keys)
      await recordAudit(deps.db, { actor: c.var.staff.name, action: 'follow_up.contact', detail: { id, count: 1 } });
    return c.json(item);
  });

  const action = (name: FollowUpActionName) => async (c: Context<StaffEnv>) => {
    const body = await readActionBody(c);
    if (body instanceof Response) return body;
    const parsed = FollowUpActionSchema.safeParse(body);
    if (!parsed.success) {
      return apiError(c, 400, 'invalid_body', 'The body is not valid.', validationIssues(parsed.error));
    }
    const id = c.req.param('id') ?? '';
    const result = await changeFollowUp(deps.db, {
      id,
      action: name,
      note: parsed.data.note,
      actor: c.var.staff.name,
      department: c.var.staff.department ?? undefined,
      now: now(),
    });
    if (result.ok) return c.json(result.item);
    if (result.status === 404) return apiError(c, 404, 'not_found', `no follow-up ${id}`);
    return apiError(c, 409, 'follow_up_state', `the follow-up is ${result.state} already`);
  };
  route(acknowledgeFollowUp, action('acknowledge'));
  route(closeFollowUp, action('close'));
  return app;
}

import type { Client } from '@libsql/client';
import { Hono } from 'hono';
import type { StaffEnv } from '../auth/staff-auth.js';
import { recordAudit } from '../audit/audit-log.js';
import { filteredRequest, type FilteredRequestDeps } from '../filters/filtered-request.js';
import { declaredRoutes, queryKeys } from '../openapi/api-route.js';
import { exportResponsesCsv } from '../openapi/staff-operations.js';
import { filtersDetail, revealParameter } from '../privacy/reveal-parameter.js';
import { labelsParameter } from './labels-parameter.js';
import { responsesCsvStream } from './responses-csv.js';

export interface ExportRouteDeps extends FilteredRequestDeps {
  db: Client;
}

/**
 * `GET /export.csv`: the responses of the filtered view, one row each,
 * streamed (docs/design.md §5), comments masked unless an admin asks `reveal=true`. Mount it behind the staff token.
 *
 * @example
 * staff.route('/', exportRoute({ db, config }));
 */
export function exportRoute(deps: ExportRouteDeps): Hono<StaffEnv> {
  const app = new Hono<StaffEnv>();
  const withFilters = filteredRequest(deps);
  declaredRoutes(app, '/api/v1')(exportResponsesCsv, (c) => {
    const reveal = revealParameter(c);
    if (typeof reveal !== 'boolean') return reveal;
    const labels = labelsParameter(c);
    if (labels instanceof Response) return labels;
    return withFilters(
      c,
      async (filters) => {
        const slices = [filters.department, filters.channel, filters.survey, filters.verified ? 'verified' : '']
          .filter(Boolean)
          .join('-');
        const filename = `mv-feedback-${filters.from}-to-${filters.to}${slices ? `-${slices}` : ''}.csv`;
        const body = await responsesCsvStream(deps.db, deps.config.catalogue, filters, { reveal, labels });
        // Every export is audited (docs/design.md §15): who took which range, and whether unmasked.
        await recordAudit(deps.db, {
          actor: c.var.staff.name,
          action: 'export.csv',
          detail: { ...filtersDetail(filters), reveal },
        });
        return new Response(body, {
          headers: {
            'Content-Type': 'text/csv; charset=utf-8; header=present',
            'Content-Disposition': `attachment; filename="${filename}"`,
          },
        });
      },
      queryKeys(exportResponsesCsv),
    );
  });
  return app;
}

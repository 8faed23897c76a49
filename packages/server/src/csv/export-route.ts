import type { Client } from '@libsql/client';
import { Hono } from 'hono';
import type { StaffEnv } from '../auth/staff-auth.js';
import { filteredRequest, type FilteredRequestDeps } from '../filters/filtered-request.js';
import { responsesCsvStream } from './responses-csv.js';

export interface ExportRouteDeps extends FilteredRequestDeps {
  db: Client;
}

/**
 * `GET /export.csv`: the responses of the filtered view, one row each,
 * streamed (SPEC section 5). Mount it behind the staff token.
 *
 * @example
 * staff.route('/', exportRoute({ db, config }));
 */
export function exportRoute(deps: ExportRouteDeps): Hono<StaffEnv> {
  const app = new Hono<StaffEnv>();
  const withFilters = filteredRequest(deps);
  app.get('/export.csv', (c) =>
    withFilters(c, async (filters) => {
      const slices = [filters.department, filters.channel, filters.survey].filter(Boolean).join('-');
      const filename = `mv-feedback-${filters.from}-to-${filters.to}${slices ? `-${slices}` : ''}.csv`;
      return new Response(await responsesCsvStream(deps.db, deps.config.catalogue, filters), {
        headers: {
          'Content-Type': 'text/csv; charset=utf-8; header=present',
          'Content-Disposition': `attachment; filename="${filename}"`,
        },
      });
    }),
  );
  return app;
}

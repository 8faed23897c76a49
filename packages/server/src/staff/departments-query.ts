import type { Client } from '@libsql/client';
import { buildDepartmentComparison, type Catalogue, type DepartmentsResult } from '@mv-feedback/scoring';
import type { StaffFilters } from '../filters/staff-filters.js';
import { readDepartmentCounters } from './department-reader.js';
import { countersSettled } from './settled-counters.js';

/**
 * The answer of `GET /api/v1/scores/departments`: every department with
 * responses against the rest of the city, over the range, channel and survey.
 *
 * @example
 * const comparison = await computeDepartmentComparison(db, { catalogue, minN: 10 }, { from: '2026-04-01', to: '2026-06-30' });
 */
export async function computeDepartmentComparison(
  db: Client,
  { catalogue, minN }: { catalogue: Catalogue; minN: number },
  filters: StaffFilters,
): Promise<DepartmentsResult> {
  await countersSettled(db, catalogue);
  const { city, departments } = await readDepartmentCounters(db, filters);
  return buildDepartmentComparison({ catalogue, from: filters.from, to: filters.to, minN, city, departments });
}

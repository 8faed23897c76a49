import type { Client } from '@libsql/client';
import {
  buildPublicScores,
  type Catalogue,
  type LocalizedText,
  type OfferedGroupCounters,
  type PeriodKind,
  type PublicPeriod,
  type PublicScores,
} from '@mv-feedback/scoring';
import { ALL } from '../db/store/cube-cells.js';
import { listDepartments, readDepartmentCounters } from '../staff/department-reader.js';
import { countersSettled } from '../staff/settled-counters.js';

export interface PublicScoresOptions {
  catalogue: Catalogue;
  /** MV_PUBLIC_MIN_N. */
  minN: number;
  fiscalYearStart: number;
  cityTitle: LocalizedText;
}

/**
 * Offers per department (and `*`, the city) over a range, from the offer
 * cube: one primary-key range per department, as the response rate of the
 * staff scores reads them.
 */
async function readOffersByDepartment(
  db: Client,
  departments: readonly string[],
  from: string,
  to: string,
): Promise<Map<string, number>> {
  const { rows } = await db.execute({
    sql: `SELECT department, SUM(offers) AS offers FROM offer_cube
      WHERE department IN (${departments.map(() => '?').join(', ')}) AND channel = ? AND survey = ? AND day BETWEEN ? AND ?
      GROUP BY department`,
    args: [...departments, ALL, ALL, from, to],
  });
  return new Map(rows.map((row) => [String(row.department), Number(row.offers)]));
}

/**
 * The open data of `GET /api/v1/public/scores` for ended periods, read from
 * the month cubes the staff department comparison reads (whole months only,
 * as periods are), every response counted whatever its channel, survey or
 * verification.
 *
 * @example
 * const scores = await computePublicScores(db, { catalogue, minN: 30, fiscalYearStart: 7, cityTitle }, 'quarter', periods);
 */
export async function computePublicScores(
  db: Client,
  options: PublicScoresOptions,
  kind: PeriodKind,
  periods: readonly PublicPeriod[],
): Promise<PublicScores> {
  // The published figures count every acknowledged response, as the staff's do.
  await countersSettled(db, options.catalogue);
  const everyone = [ALL, ...(await listDepartments(db))];
  const counted = await Promise.all(
    periods.map(async (period) => {
      const [{ city, departments }, offers] = await Promise.all([
        readDepartmentCounters(db, { from: period.start, to: period.end }),
        readOffersByDepartment(db, everyone, period.start, period.end),
      ]);
      const offered = (department: string, group: Omit<OfferedGroupCounters, 'offered'>) => ({
        ...group,
        offered: offers.get(department) ?? 0,
      });
      return {
        period,
        city: offered(ALL, city),
        departments: new Map([...departments].map(([slug, group]) => [slug, offered(slug, group)])),
      };
    }),
  );
  return buildPublicScores({ ...options, kind, periods: counted });
}

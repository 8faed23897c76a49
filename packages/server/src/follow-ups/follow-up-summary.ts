import type { Client } from '@libsql/client';
import { businessHoursBetween, onTimeRate, type BusinessCalendar, type FollowUpSummary } from '@mv-feedback/scoring';

export interface SummaryPeriod {
  from: string;
  to: string;
  /** ISO instants of the period's first and after its last city day. */
  start: string;
  end: string;
  department?: string | undefined;
}

const median = (values: number[]): number | null => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/**
 * How the city kept its "same day response" standard for the requests made
 * in a period (docs/design.md §12): counts by state, the on-time rate among
 * requests whose outcome is known (acknowledged, or open past their due
 * time) with its Wilson interval and suppression under `minN`, and the median
 * business hours from request to acknowledgement.
 *
 * @example
 * const summary = await followUpSummary(db, period, { calendar, minN: 10, now: new Date() });
 */
export async function followUpSummary(
  db: Client,
  period: SummaryPeriod,
  { calendar, minN, now }: { calendar: BusinessCalendar; minN: number; now: Date },
): Promise<FollowUpSummary> {
  const { rows } = await db.execute({
    sql: `SELECT requested_at, due_by, status, acknowledged_at FROM follow_ups
      WHERE requested_at >= ? AND requested_at < ? ${period.department === undefined ? '' : 'AND department = ?'}`,
    args: [period.start, period.end, ...(period.department === undefined ? [] : [period.department])],
  });
  const at = now.toISOString();
  let acknowledged = 0;
  let onTime = 0;
  let open = 0;
  let overdue = 0;
  const hours: number[] = [];
  for (const row of rows) {
    const requestedAt = String(row.requested_at);
    const dueBy = String(row.due_by);
    const acknowledgedAt = typeof row.acknowledged_at === 'string' ? row.acknowledged_at : null;
    if (acknowledgedAt !== null) {
      acknowledged += 1;
      if (acknowledgedAt <= dueBy) onTime += 1;
      hours.push(businessHoursBetween(new Date(requestedAt), new Date(acknowledgedAt), calendar));
    }
    if (row.status === 'open') {
      open += 1;
      if (at >= dueBy) overdue += 1;
    }
  }
  return {
    from: period.from,
    to: period.to,
    department: period.department ?? null,
    requested: rows.length,
    acknowledged,
    acknowledgedOnTime: onTime,
    onTimeRate: onTimeRate({ onTime, n: acknowledged + overdue }, { minN }),
    open,
    overdue,
    medianBusinessHoursToAcknowledge: median(hours),
  };
}

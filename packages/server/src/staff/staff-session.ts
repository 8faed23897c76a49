import type { Client } from '@libsql/client';
import type { StaffSession } from '@mv-feedback/scoring';
import type { StaffPrincipal } from '../auth/tokens.js';

/**
 * The signed-in staff member's session, for the dashboard's sign-in and filters.
 *
 * @example
 * const session = await staffSession(db, c.var.staff, config.timezone);
 */
export async function staffSession(db: Client, staff: StaffPrincipal, timezone: string): Promise<StaffSession> {
  let departments: string[];
  if (staff.department) departments = [staff.department];
  else {
    // A loose index scan: one primary-key seek per department, not a pass over
    // every cube row. Slugs sort after '*' and the empty "no department".
    const { rows } = await db.execute(
      `WITH RECURSIVE next(department) AS (
        SELECT min(department) FROM count_cube WHERE department > '*'
        UNION ALL
        SELECT (SELECT min(department) FROM count_cube WHERE department > next.department) FROM next WHERE department IS NOT NULL
      )
      SELECT department FROM next WHERE department IS NOT NULL`,
    );
    departments = rows.map((row) => String(row.department));
  }
  return { name: staff.name, role: staff.role, department: staff.department, timezone, departments };
}

import type { Client } from '@libsql/client';
import type { StaffSession } from '@mv-feedback/scoring';
import type { StaffPrincipal } from '../auth/tokens.js';
import { listDepartments } from './department-reader.js';

/**
 * The signed-in staff member's session, for the dashboard's sign-in, filters
 * and the links it makes for residents.
 *
 * @example
 * const session = await staffSession(db, c.var.staff, { timezone: config.timezone, publicUrl: 'https://feedback.city.gov' });
 */
export async function staffSession(
  db: Client,
  staff: StaffPrincipal,
  server: Pick<StaffSession, 'timezone' | 'publicUrl'>,
): Promise<StaffSession> {
  const departments = staff.department ? [staff.department] : await listDepartments(db);
  return { name: staff.name, role: staff.role, department: staff.department, ...server, departments };
}

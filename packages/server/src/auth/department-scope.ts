import type { StaffPrincipal } from './tokens.js';

export type DepartmentScope = { ok: true; department: string | undefined } | { ok: false; message: string };

/**
 * The department a staff read covers: the one asked for (undefined: every
 * department), and for a token limited to one department its own; asking
 * that token for another is refused.
 *
 * @example
 * readableDepartment({ department: 'permits', … }, undefined) // → { ok: true, department: 'permits' }
 * readableDepartment({ department: 'permits', … }, 'parks') // → { ok: false, message: 'This token may read the department "permits" only.' }
 */
export function readableDepartment(staff: StaffPrincipal | undefined, asked: string | undefined): DepartmentScope {
  if (!staff?.department) return { ok: true, department: asked };
  if (asked && asked !== staff.department) {
    return { ok: false, message: `This token may read the department "${staff.department}" only.` };
  }
  return { ok: true, department: staff.department };
}

/**
 * Whether a token may act for a department (invite its residents, say): a
 * token limited to one department for that one only, named explicitly.
 *
 * @example
 * actingDepartment({ department: 'permits', … }, 'parks') // → { ok: false, message: 'This token may invite for the department "permits" only.' }
 */
export function actingDepartment(staff: StaffPrincipal, named: string | undefined, action: string): DepartmentScope {
  if (staff.department && named !== staff.department) {
    return { ok: false, message: `This token may ${action} the department "${staff.department}" only.` };
  }
  return { ok: true, department: named };
}

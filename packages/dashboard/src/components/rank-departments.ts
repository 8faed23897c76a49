import type { DepartmentComparison } from '@mv-feedback/scoring';

/** A department with its figures for the standard ranked by. */
export interface RankedDepartment {
  department: DepartmentComparison;
  share: DepartmentComparison['standards'][number];
}

/**
 * The departments by their score on one standard (by its index in the
 * catalogue), highest first; those without a score last, fewest responses last.
 *
 * @example
 * rankDepartments(result.departments, 0)[0]?.department.id // → the best on the first standard
 */
export function rankDepartments(departments: readonly DepartmentComparison[], index: number): RankedDepartment[] {
  const shown = (share: RankedDepartment['share']) => !share.suppressed && share.score !== null;
  return departments
    .map((department) => ({ department, share: department.standards[index]! }))
    .sort((a, b) => {
      if (shown(a.share) !== shown(b.share)) return shown(a.share) ? -1 : 1;
      if (!shown(a.share)) return b.share.n - a.share.n;
      return b.share.score! - a.share.score!;
    });
}

import type { Catalogue } from '@mv-feedback/scoring';

/**
 * The department an offer is counted under: the one named when the catalogue
 * lists it, else none (''). Offers come from anyone's request, so a slug the
 * city never made must not add rows to the cube: without this, every new
 * slug in a link or an impression grew `offer_cube` by four rows
 * (docs/design.md §9).
 *
 * @example
 * listedDepartment(defaultCatalogue, 'permits') // → 'permits'
 * listedDepartment(defaultCatalogue, 'made-up-1234') // → ''
 */
export function listedDepartment(catalogue: Pick<Catalogue, 'departments'>, department: string | undefined): string {
  if (!department) return '';
  return catalogue.departments?.some((listed) => listed.id === department) ? department : '';
}

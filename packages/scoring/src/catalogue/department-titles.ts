import type { Catalogue, LocalizedText } from './catalogue-schema.js';

/**
 * A department's name in every language: the catalogue's title, or the slug
 * itself for a department the catalogue does not list (docs/design.md §10).
 *
 * @example
 * departmentTitle(config.catalogue, 'library') // → { en: 'Library', es: 'Biblioteca', … } (see localizeCatalogue)
 * departmentTitle(config.catalogue, 'harbor-office') // → { en: 'harbor-office' }
 */
export function departmentTitle(catalogue: Pick<Catalogue, 'departments'>, id: string): LocalizedText {
  return catalogue.departments?.find((department) => department.id === id)?.title ?? { en: id };
}

// The departments of the default catalogue: a mid-sized city's front-line
// services, as data. A city lists its own in its catalogue file.
import type { DepartmentDefinition } from './catalogue-schema.js';

const department = (id: string, en: string): DepartmentDefinition => ({ id, title: { en } });

export const defaultDepartments: DepartmentDefinition[] = [
  department('permits', 'Building permits'),
  department('planning', 'Planning and zoning'),
  department('code-enforcement', 'Code enforcement'),
  department('public-works', 'Public works'),
  department('parks-community-services', 'Parks and community services'),
  department('library', 'Library'),
  department('animal-services', 'Animal services'),
  department('utilities-billing', 'Utility billing'),
  department('city-clerk', 'City clerk'),
  department('business-licensing', 'Business licensing'),
  department('housing', 'Housing services'),
  department('police-records', 'Police records'),
  department('fire-prevention', 'Fire prevention'),
  department('parking', 'Parking services'),
];

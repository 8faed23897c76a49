// The departments of the default catalogue: a mid-sized city's front-line
// services, as data. A city lists its own in its catalogue file.
import type { DepartmentDefinition } from './catalogue-schema.js';

const department = (id: string, en: string, es: string): DepartmentDefinition => ({ id, title: { en, es } });

export const defaultDepartments: DepartmentDefinition[] = [
  department('permits', 'Building permits', 'Permisos de construcción'),
  department('planning', 'Planning and zoning', 'Planificación y zonificación'),
  department('code-enforcement', 'Code enforcement', 'Cumplimiento de códigos'),
  department('public-works', 'Public works', 'Obras públicas'),
  department('parks-community-services', 'Parks and community services', 'Parques y servicios comunitarios'),
  department('library', 'Library', 'Biblioteca'),
  department('animal-services', 'Animal services', 'Servicios de animales'),
  department('utilities-billing', 'Utility billing', 'Facturación de servicios públicos'),
  department('city-clerk', 'City clerk', 'Secretaría municipal'),
  department('business-licensing', 'Business licensing', 'Licencias comerciales'),
  department('housing', 'Housing services', 'Servicios de vivienda'),
  department('police-records', 'Police records', 'Registros policiales'),
  department('fire-prevention', 'Fire prevention', 'Prevención de incendios'),
  department('parking', 'Parking services', 'Servicios de estacionamiento'),
];

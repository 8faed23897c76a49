import type { ReactiveControllerHost } from 'lit';
import type { DepartmentDefinition, CatalogueLocale as Locale, Survey } from '@mv-feedback/scoring';
import { defaultSurveys, departmentTitle, textIn } from '@mv-feedback/scoring/browser';
import type { StaffApiClient } from '../api/staff-api-client.js';

/**
 * The server's surveys and departments (public definitions), loaded once per
 * page: they change only when the server restarts with another catalogue.
 * Until they arrive, the bundled surveys and the bare slugs stand in.
 *
 * @example
 * const catalogue = new ServerCatalogue(this);
 * void catalogue.load(api);
 * catalogue.departmentName('permits', 'es');
 */
export class ServerCatalogue {
  /** A city catalogue has its own surveys. */
  surveys: readonly Survey[] = defaultSurveys;
  departments: readonly DepartmentDefinition[] = [];
  private loaded = false;

  constructor(private readonly host: Pick<ReactiveControllerHost, 'requestUpdate'>) {}

  async load(api: StaffApiClient): Promise<void> {
    if (this.loaded) return;
    try {
      const [list, departments] = await Promise.all([api.surveys(), api.departmentList()]);
      this.departments = departments.departments;
      this.surveys = await Promise.all(list.surveys.map(({ id }) => api.survey(id)));
      this.loaded = true;
      this.host.requestUpdate();
    } catch {
      // Keep the bundled surveys and the slugs; the next sign-in asks again.
    }
  }

  /** A department's name in a language: the catalogue's title, else the slug. */
  departmentName(slug: string, locale: Locale): string {
    return textIn(departmentTitle({ departments: [...this.departments] }, slug), locale);
  }
}

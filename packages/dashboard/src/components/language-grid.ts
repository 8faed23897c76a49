import { LitElement, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { CatalogueLocale as Locale, LanguagesResult } from '@mv-feedback/scoring';
import type { Strings } from '../i18n/strings.js';
import type { languagesTable } from './languages-table.js';
import { sharedStyles } from './shared-styles.js';
import { tableStyles } from './table-styles.js';
import { departmentGridStyles } from './department-grid.styles.js';

/**
 * "Compare languages" (docs/design.md §14): the grid of languages-table.ts,
 * fetched the first time the view is opened, with the department grid's look.
 */
@customElement('mv-dashboard-languages')
export class LanguageGrid extends LitElement {
  static override styles = [sharedStyles, tableStyles, departmentGridStyles];

  @property({ attribute: false }) strings!: Strings;
  @property() locale: Locale = 'en';
  @property({ attribute: false }) result!: LanguagesResult;

  @state() private table: typeof languagesTable | null = null;
  @state() private failed = false;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.table) return;
    import('./languages-table.js').then(
      (module) => (this.table = module.languagesTable),
      () => (this.failed = true),
    );
  }

  override render() {
    const s = this.strings;
    if (this.table) return this.table(this.result, s, this.locale);
    return html`<p class=${this.failed ? 'problem' : 'placeholder'} role=${this.failed ? 'alert' : 'status'}>
      ${this.failed ? s.loadFailed : s.loading}
    </p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mv-dashboard-languages': LanguageGrid;
  }
}

import { LitElement, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { CommentItem, CommentTone, CatalogueLocale as Locale, Survey } from '@mv-feedback/scoring';
import { textIn } from '@mv-feedback/scoring/browser';
import { formatCount, formatDateTime } from '../i18n/format.js';
import { responseLanguage } from '../i18n/language-strings.js';
import type { Strings } from '../i18n/strings.js';
import { commentAnswers, type StandardName } from './comment-answers.js';
import type { ViewChange } from './filter-bar.js';
import { sharedStyles } from './shared-styles.js';
import { commentsListStyles } from './comments-list.styles.js';

/**
 * The comments of the view, newest first, with a search box and "What
 * residents said" about one standard, favourable or not; each comment with its
 * answers. A comment is always bound as text, never as markup (docs/design.md
 * §8): whatever a resident typed, tags included, shows as the characters they typed.
 *
 * @event mv-comments-search - `detail.q`: the search text (empty clears it).
 * @event mv-comments-more - asks for the next page.
 * @event mv-view-change - `detail.standard`, `detail.tone`: the comments asked for.
 */
@customElement('mv-dashboard-comments')
export class CommentsList extends LitElement {
  static override styles = [sharedStyles, commentsListStyles];

  @property({ attribute: false }) strings!: Strings;
  @property() locale: Locale = 'en';
  @property() timeZone = 'UTC';
  @property({ attribute: false }) items: CommentItem[] = [];
  @property({ type: Number }) total = 0;
  @property() q = '';
  @property({ type: Boolean }) busy = false;
  /** The standards, in catalogue order, with their names. */
  @property({ attribute: false }) standards: readonly StandardName[] = [];
  /** Survey definitions, to put answers into words. */
  @property({ attribute: false }) surveys: readonly Survey[] = [];
  @property() standard: string | undefined;
  @property() tone: CommentTone | undefined;
  /** A department's name in the current language. */
  @property({ attribute: false }) departmentName: (slug: string) => string = (slug) => slug;

  private onSearch(event: SubmitEvent) {
    event.preventDefault();
    const q = (this.renderRoot.querySelector('#comment-search') as HTMLInputElement).value.trim();
    this.dispatchEvent(new CustomEvent('mv-comments-search', { detail: { q }, bubbles: true, composed: true }));
  }

  private onClear() {
    this.dispatchEvent(new CustomEvent('mv-comments-search', { detail: { q: '' }, bubbles: true, composed: true }));
  }

  private onMore() {
    this.dispatchEvent(new CustomEvent('mv-comments-more', { bubbles: true, composed: true }));
  }

  private onAbout(field: 'standard' | 'tone') {
    return (event: Event) => {
      const value = (event.target as HTMLSelectElement).value || undefined;
      const change: ViewChange = field === 'standard' ? { standard: value, tone: value ? this.tone : undefined } : {};
      if (field === 'tone') change.tone = value as CommentTone | undefined;
      this.dispatchEvent(new CustomEvent('mv-view-change', { detail: change, bubbles: true, composed: true }));
    };
  }

  private renderItem(item: CommentItem) {
    const s = this.strings;
    const meta = [
      formatDateTime(this.locale, item.receivedAt, this.timeZone),
      item.department ? this.departmentName(item.department) : s.noDepartment,
      item.channel ? s.channels[item.channel] : s.noChannel,
      // The language it was written in, named for staff (docs/design.md §14).
      responseLanguage(item.locale, this.locale).name,
    ].join(' · ');
    return html`<li data-comment=${item.id}>
      <p class="text" lang=${item.locale}>${item.comment}</p>
      ${commentAnswers(item, {
        standards: this.standards,
        surveys: this.surveys,
        strings: s,
        locale: this.locale,
        first: this.standard,
      })}
      <p class="meta">${meta}</p>
    </li>`;
  }

  override render() {
    const s = this.strings;
    return html`
      <form role="search" @submit=${this.onSearch}>
        <div class="field">
          <label for="comment-search">${s.searchLabel}</label>
          <input id="comment-search" type="search" .value=${this.q} maxlength="200" />
        </div>
        <button type="submit">${s.search}</button>
        ${this.q ? html`<button type="button" @click=${this.onClear}>${s.clearSearch}</button>` : ''}
        <div class="field">
          <label for="comment-standard">${s.commentsAbout}</label>
          <select id="comment-standard" @change=${this.onAbout('standard')}>
            <option value="" ?selected=${!this.standard}>${s.allStandards}</option>
            ${this.standards.map(
              ({ id, title }) =>
                html`<option value=${id} ?selected=${id === this.standard}>${textIn(title, this.locale)}</option>`,
            )}
          </select>
        </div>
        ${
          this.standard
            ? html`<div class="field">
              <label for="comment-tone">${s.tone}</label>
              <select id="comment-tone" @change=${this.onAbout('tone')}>
                <option value="" ?selected=${!this.tone}>${s.allTones}</option>
                ${(['favourable', 'unfavourable'] as const).map(
                  (tone) => html`<option value=${tone} ?selected=${tone === this.tone}>${s.tones[tone]}</option>`,
                )}
              </select>
            </div>`
            : ''
        }
      </form>
      <p class="count" role="status">
        ${
          this.total
            ? s.commentsCount(formatCount(this.locale, this.items.length), formatCount(this.locale, this.total))
            : s.noComments
        }
      </p>
      <ol>
        ${this.items.map((item) => this.renderItem(item))}
      </ol>
      ${
        this.items.length < this.total
          ? html`<p class="more">
            <button type="button" @click=${this.onMore} ?disabled=${this.busy}>${s.showMore}</button>
          </p>`
          : ''
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mv-dashboard-comments': CommentsList;
  }
}

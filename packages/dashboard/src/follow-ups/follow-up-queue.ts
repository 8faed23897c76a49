import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { FollowUpContact, FollowUpItem } from '@mv-feedback/scoring';
import { StaffApiError, type StaffApiClient } from '../api/staff-api-client.js';
import { errorText } from '../dashboard/error-text.js';
import type { SignedInContext } from '../dashboard/signed-in-views.js';
import { sharedStyles } from '../components/shared-styles.js';
import { followUpCard } from './follow-up-card.js';
import { followUpStrings } from './follow-up-strings.js';
import { changeFollowUp, followUpContact, followUps, type StatusFilter } from './follow-up-api.js';
import { followUpQueueStyles } from './follow-up-queue.styles.js';

const FILTERS: readonly StatusFilter[] = ['open', 'acknowledged', 'closed', 'all'];

/**
 * The "Follow-ups" view (docs/design.md §12): residents who asked to be
 * contacted, earliest due first, with what each needs done. Contact details
 * are fetched one request at a time, on a click: that read is audited.
 *
 * @fires mv-unauthorized - The token was refused (401): the dashboard signs out.
 */
@customElement('mv-dashboard-follow-ups')
export class FollowUpQueue extends LitElement {
  static override styles = [sharedStyles, followUpQueueStyles];

  /** The signed-in view: the token's client, the words, language, time zone and department. */
  @property({ attribute: false }) context: SignedInContext | null = null;

  @state() private status: StatusFilter = 'open';
  @state() private items: FollowUpItem[] | null = null;
  @state() private next: string | null = null;
  @state() private contacts = new Map<string, FollowUpContact>();
  @state() private closing: string | null = null;
  @state() private busy: string | null = null;
  @state() private message = '';
  @state() private problem = '';

  private seq = 0;

  private get api(): StaffApiClient | null {
    return this.context?.api ?? null;
  }

  private get department(): string | undefined {
    return this.context?.query.department;
  }

  private get locale() {
    return this.context!.locale;
  }

  private get strings() {
    return this.context!.strings;
  }

  private loadedFor = '';

  protected override willUpdate(): void {
    // The same token, department and state: the list in hand stays.
    const key = `${this.context?.session?.name}|${this.department}|${this.status}`;
    if (!this.context || key === this.loadedFor) return;
    this.loadedFor = key;
    void this.load(false);
  }

  private async load(more: boolean): Promise<void> {
    const api = this.api;
    if (!api) return;
    const seq = ++this.seq;
    try {
      const page = await followUps(api, this.department, this.status, more ? (this.next ?? undefined) : undefined);
      if (seq !== this.seq) return;
      this.items = more ? [...(this.items ?? []), ...page.items] : page.items;
      this.next = page.nextCursor;
      this.problem = '';
    } catch (error) {
      if (seq === this.seq) this.failed(error);
    }
  }

  private failed(error: unknown): void {
    if (error instanceof StaffApiError && error.status === 401) {
      this.dispatchEvent(new CustomEvent('mv-unauthorized', { bubbles: true, composed: true }));
    } else this.problem = errorText(this.strings, error, this.strings.sessionEnded);
  }

  private async focusOn(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /** Runs a change on one request, puts its answer in the list, and says what happened (WCAG 4.1.3). */
  private async change(id: string, run: (api: StaffApiClient) => Promise<FollowUpItem>, done: string, focus: string) {
    const api = this.api;
    if (!api || this.busy) return;
    this.busy = id;
    try {
      const item = await run(api);
      this.items = (this.items ?? []).map((old) => (old.id === id ? { ...item, contact: null } : old));
      this.closing = null;
      this.message = done;
      void this.focusOn(focus);
    } catch (error) {
      if (error instanceof StaffApiError && error.status === 409) {
        this.message = followUpStrings[this.locale].alreadyDone;
        this.closing = null;
        await this.load(false);
      } else this.failed(error);
    } finally {
      this.busy = null;
    }
  }

  private async showContact(id: string): Promise<void> {
    const api = this.api;
    if (!api || this.busy) return;
    this.busy = id;
    try {
      const item = await followUpContact(api, id);
      if (item.contact) this.contacts = new Map(this.contacts).set(id, item.contact);
      void this.focusOn(`#contact-${CSS.escape(id)}, #heading-${CSS.escape(id)}`);
    } catch (error) {
      this.failed(error);
    } finally {
      this.busy = null;
    }
  }

  override render() {
    const s = this.strings;
    const f = followUpStrings[this.locale];
    const heading = (id: string) => `#heading-${CSS.escape(id)}`;
    return html`<section aria-labelledby="follow-ups-heading">
      <h2 id="follow-ups-heading">${f.heading}</h2>
      <p class="muted">${f.intro}</p>
      <p class="muted" id="audited">${f.contactAudited}</p>
      <label class="filter"
        >${f.show}
        <select @change=${(e: Event) => (this.status = (e.target as HTMLSelectElement).value as StatusFilter)}>
          ${FILTERS.map((value) => html`<option value=${value} ?selected=${value === this.status}>${f.statuses[value]}</option>`)}
        </select></label
      >
      <p class="visually-hidden" role="status">${this.message}</p>
      <div class="problem" role="alert">${this.problem}</div>
      ${
        this.items === null
          ? html`<p class="placeholder">${s.loading}</p>`
          : this.items.length === 0
            ? html`<p>${f.none}</p>`
            : html`<ol class="queue">
                ${this.items.map((item) =>
                  followUpCard({
                    item,
                    s,
                    f,
                    locale: this.locale,
                    timeZone: this.context!.timeZone,
                    departmentName: this.context!.departmentName,
                    contact: this.contacts.get(item.id),
                    closing: this.closing === item.id,
                    busy: this.busy === item.id,
                    acknowledge: () =>
                      void this.change(
                        item.id,
                        (api) => changeFollowUp(api, item.id, 'acknowledge', ''),
                        f.acknowledged,
                        heading(item.id),
                      ),
                    startClose: () => {
                      this.closing = item.id;
                      void this.focusOn(`#note-${CSS.escape(item.id)}`);
                    },
                    cancelClose: () => {
                      this.closing = null;
                      void this.focusOn(`#close-${CSS.escape(item.id)}`);
                    },
                    close: (note) =>
                      void this.change(
                        item.id,
                        (api) => changeFollowUp(api, item.id, 'close', note),
                        f.closed,
                        heading(item.id),
                      ),
                    showContact: () => void this.showContact(item.id),
                  }),
                )}
              </ol>`
      }
      ${this.next ? html`<button type="button" class="secondary" @click=${() => void this.load(true)}>${f.more}</button>` : nothing}
    </section>`;
  }
}

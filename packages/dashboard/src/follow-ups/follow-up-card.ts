import { html, nothing } from 'lit';
import type { FollowUpContact, FollowUpItem, CatalogueLocale as Locale } from '@mv-feedback/scoring';
import { languageName } from '@mv-feedback/scoring/browser';
import { formatDateTime } from '../i18n/format.js';
import type { Strings } from '../i18n/strings.js';
import type { FollowUpStrings } from './follow-up-strings.js';

/** What one request's card shows and what its buttons call. */
export interface FollowUpCardView {
  item: FollowUpItem;
  s: Strings;
  f: FollowUpStrings;
  locale: Locale;
  timeZone: string;
  departmentName: (slug: string) => string;
  /** The contact details once shown (the audited read), else undefined. */
  contact: FollowUpContact | undefined;
  /** The request whose close form is open. */
  closing: boolean;
  busy: boolean;
  acknowledge(): void;
  startClose(): void;
  cancelClose(): void;
  close(note: string): void;
  showContact(): void;
}

/** Overdue or late in words beside the due time, not by colour alone (WCAG 1.4.1). */
function lateness(v: FollowUpCardView) {
  const { item, f } = v;
  if (!item.overdue) return nothing;
  return html`<strong class="badge overdue">${item.status === 'open' ? f.overdue : f.late}</strong>`;
}

function contactDetails(v: FollowUpCardView, contact: FollowUpContact) {
  const f = v.f;
  const id = v.item.id;
  if (!contact.email && !contact.phone) return html`<p>${f.erased}</p>`;
  const row = (label: string, value: unknown) => html`<dt>${label}</dt><dd>${value}</dd>`;
  return html`<h4 id="contact-${id}" tabindex="-1">${f.contactHeading}</h4>
    <dl class="contact">
      ${contact.name ? row(f.name, contact.name) : nothing}
      ${contact.email ? row(f.email, html`<a href="mailto:${contact.email}">${contact.email}</a>`) : nothing}
      ${contact.phone ? row(f.phone, html`<a href="tel:${contact.phone}">${contact.phone}</a>`) : nothing}
      ${contact.language ? row(f.language, languageName(contact.language, v.locale).name) : nothing}
    </dl>`;
}

/**
 * One request in the queue (docs/design.md §12): who it is for, when it is
 * due and whether it is overdue, said in words; its state and notes; the
 * comment; and the buttons to acknowledge it, close it with a note, and show
 * the contact details, which is the read the audit log records.
 */
export function followUpCard(v: FollowUpCardView) {
  const { item, f, locale, timeZone } = v;
  const when = (instant: string) => formatDateTime(locale, instant, timeZone);
  return html`<li class="follow-up" data-status=${item.status}>
    <article aria-labelledby="heading-${item.id}">
      <h3 id="heading-${item.id}" tabindex="-1">${v.departmentName(item.department)} · ${f.requested(when(item.requestedAt))}</h3>
      <p class="due">${f.dueBy(when(item.dueBy))} ${lateness(v)}</p>
      <p>
        ${f.status(f.stateWords[item.status])}
        ${item.acknowledgedAt ? html`· ${f.acknowledgedAt(when(item.acknowledgedAt))}` : nothing}
        ${item.closedAt ? html`· ${f.closedAt(when(item.closedAt))}` : nothing}
      </p>
      ${item.acknowledgeNote ? html`<p>${f.note(item.acknowledgeNote)}</p>` : nothing}
      ${item.closeNote ? html`<p>${f.note(item.closeNote)}</p>` : nothing}
      <h4 class="visually-hidden">${f.comment}</h4>
      ${item.comment ? html`<blockquote>${item.comment}</blockquote>` : html`<p class="muted">${f.noComment}</p>`}
      ${v.contact ? contactDetails(v, v.contact) : nothing}
      ${
        v.closing
          ? html`<div class="close-form">
              <label for="note-${item.id}">${f.closeNote}</label>
              <textarea id="note-${item.id}" maxlength="2000"></textarea>
              <div class="buttons">
                <button
                  type="button"
                  ?disabled=${v.busy}
                  @click=${(e: Event) =>
                    v.close((e.target as HTMLElement).closest('.close-form')!.querySelector('textarea')!.value)}
                >
                  ${f.confirmClose}
                </button>
                <button type="button" class="secondary" @click=${() => v.cancelClose()}>${f.cancel}</button>
              </div>
            </div>`
          : html`<div class="buttons">
              ${
                item.status === 'open'
                  ? html`<button type="button" ?disabled=${v.busy} @click=${() => v.acknowledge()}>${f.acknowledge}</button>`
                  : nothing
              }
              ${
                item.status !== 'closed'
                  ? html`<button type="button" class="secondary" id="close-${item.id}" @click=${() => v.startClose()}>${f.close}</button>`
                  : nothing
              }
              ${
                v.contact
                  ? nothing
                  : html`<button type="button" class="secondary" aria-describedby="audited" ?disabled=${v.busy} @click=${() => v.showContact()}>
                      ${f.showContact}
                    </button>`
              }
            </div>`
      }
    </article>
  </li>`;
}

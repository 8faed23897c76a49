import { LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { SignedInContext } from '../dashboard/signed-in-views.js';
import { followUpStrings } from './follow-up-strings.js';
import { sameDayNote } from './same-day-note.js';

/**
 * The follow-ups' on-time rate in words, under "Providing same day response"
 * in the scores (docs/design.md §12). Its text is in the light DOM, so it
 * reads and looks as the table's own.
 */
@customElement('mv-dashboard-same-day')
export class SameDayLine extends LitElement {
  /** The signed-in view: its language, and its figures' summary and suppression threshold. */
  @property({ attribute: false }) context: SignedInContext | null = null;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override render() {
    const c = this.context;
    const summary = c?.data.sameDay;
    if (!c || !summary || !c.data.scores) return '';
    return sameDayNote(followUpStrings[c.locale], c.locale, summary, c.data.scores.minN);
  }
}

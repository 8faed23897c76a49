import { LitElement, html } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import type { Strings } from '../i18n/strings.js';
import { sharedStyles } from './shared-styles.js';
import { signInFormStyles } from './sign-in-form.styles.js';

/**
 * The staff sign-in: one labelled password field for the token.
 *
 * @event mv-sign-in - `detail.token`: the trimmed token the user entered.
 */
@customElement('mv-dashboard-sign-in')
export class SignInForm extends LitElement {
  static override styles = [sharedStyles, signInFormStyles];

  @property({ attribute: false }) strings!: Strings;
  @property({ type: Boolean }) busy = false;
  /** A message from outside (token refused, server unreachable), shown as the field's error. */
  @property() error = '';

  @query('input') private input!: HTMLInputElement;

  /** Puts the cursor in the field, e.g. after a refusal. */
  override focus(): void {
    void this.updateComplete.then(() => this.input.focus());
  }

  private onSubmit(event: SubmitEvent) {
    event.preventDefault();
    const token = this.input.value.trim();
    if (!token) {
      this.error = this.strings.tokenRequired;
      this.input.focus();
      return;
    }
    this.dispatchEvent(new CustomEvent('mv-sign-in', { detail: { token }, bubbles: true, composed: true }));
  }

  override render() {
    const s = this.strings;
    return html`
      <form @submit=${this.onSubmit} novalidate>
        <h2>${s.signInHeading}</h2>
        <p id="intro">${s.signInIntro}</p>
        <label for="token">${s.tokenLabel}</label>
        <input
          id="token"
          name="token"
          type="password"
          autocomplete="current-password"
          spellcheck="false"
          aria-describedby="intro token-error"
          aria-invalid=${this.error ? 'true' : 'false'}
        />
        <p id="token-error" class="error" role="alert">${this.error}</p>
        <div>
          <button class="primary" type="submit" ?disabled=${this.busy}>${this.busy ? s.signingIn : s.signIn}</button>
        </div>
      </form>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mv-dashboard-sign-in': SignInForm;
  }
}

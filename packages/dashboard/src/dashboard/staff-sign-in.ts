import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { StaffSession } from '@mv-feedback/scoring';
import { StaffApiClient, StaffApiError } from '../api/staff-api-client.js';
import { tokenStore, type TokenStore } from '../auth/token-store.js';
import type { Strings } from '../i18n/strings.js';
import { errorText } from './error-text.js';

/** `restoring`: a token from this tab is being checked; the page is laid out as signed in, so nothing jumps. */
export type Phase = 'signed-out' | 'signing-in' | 'restoring' | 'signed-in';

/** What the dashboard does around a sign-in; the controller owns only the session itself. */
export interface SignInSteps {
  apiBase(): string;
  strings(): Strings;
  /** Signing in started: the host may already load what needs no session (the catalogue). */
  signInStarted(api: StaffApiClient): void;
  /** The token was accepted and the signed-in views are defined. */
  signedIn(restoring: boolean): Promise<void>;
  /** The session ended, by the person or because the token stopped working. */
  signedOut(): void;
  /** The token was refused or the server did not answer: the sign-in form is back. */
  signInFailed(): Promise<void>;
}

/**
 * The staff session: sign in with a token (checked with `/me`, beside the
 * signed-in views' own chunk), restore it from this tab on load, sign out.
 * The token lives in sessionStorage only (auth/token-store.ts).
 *
 * @example
 * private readonly auth = new StaffSignIn(this, { apiBase: () => this.apiBase, … });
 * void this.auth.signIn(token);
 */
export class StaffSignIn implements ReactiveController {
  phase: Phase = 'signed-out';
  error = '';
  session: StaffSession | null = null;
  api: StaffApiClient | null = null;
  /** The signed-in views' elements are defined: drawn before, they would have no size, then push the page down. */
  partsReady = false;

  private parts: Promise<unknown> | null = null;
  private readonly store: TokenStore = tokenStore(sessionStorage);

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly steps: SignInSteps,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    const token = this.store.read();
    if (!token || this.phase !== 'signed-out') return;
    this.phase = 'restoring';
    void this.signIn(token, true);
  }

  /** Signed in, or on the way back in from this tab's token. */
  get signedIn(): boolean {
    return this.phase === 'signed-in' || this.phase === 'restoring';
  }

  async signIn(token: string, restoring = false): Promise<void> {
    if (!restoring) this.phase = 'signing-in';
    this.error = '';
    this.host.requestUpdate();
    const api = new StaffApiClient(this.steps.apiBase(), token);
    this.steps.signInStarted(api);
    try {
      const [session] = await Promise.all([api.me(), this.loadParts()]);
      this.api = api;
      this.session = session;
      this.store.write(token);
      this.phase = 'signed-in';
      this.host.requestUpdate();
      await this.steps.signedIn(restoring);
    } catch (error) {
      // Only a refusal forgets the token; an unreachable server may answer on the next try.
      if (error instanceof StaffApiError && error.status === 401) this.store.clear();
      this.phase = 'signed-out';
      const s = this.steps.strings();
      this.error = errorText(s, error, restoring ? s.sessionEnded : s.tokenRefused);
      this.host.requestUpdate();
      await this.steps.signInFailed();
    }
  }

  signOut(message = ''): void {
    this.store.clear();
    this.api = null;
    this.session = null;
    this.phase = 'signed-out';
    this.error = message;
    this.steps.signedOut();
    this.host.requestUpdate();
  }

  private loadParts(): Promise<unknown> {
    this.parts ??= import('./signed-in-parts.js').then(
      () => {
        this.partsReady = true;
      },
      (error: unknown) => {
        // A chunk that failed to arrive is asked for again on the next sign-in.
        this.parts = null;
        throw error;
      },
    );
    return this.parts;
  }
}

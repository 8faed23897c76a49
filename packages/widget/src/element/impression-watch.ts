import type { ReactiveController } from 'lit';
import { onceHalfVisible } from '../impressions/once-half-visible.js';
import { reportImpression } from '../impressions/report-impression.js';

/** What the impression needs from the element. */
export interface ImpressionHost extends HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly endpointUrl: string;
  survey: string;
  department?: string | undefined;
  channel?: string | undefined;
  noImpression: boolean;
  addController(controller: ReactiveController): void;
}

/**
 * Reports one impression per page load, when the survey (or, in button mode,
 * the button) is first at least half on screen (docs/design.md §9). Not on the
 * hosted page, which counts its GET, nor when a kiosk blanks itself for the
 * next resident: a reset follows an answer, so counting it would make the
 * kiosk's offers follow its own answers.
 */
export class ImpressionWatch implements ReactiveController {
  /** Whether this element has reported its impression in this page load. */
  private _offered = false;
  private _unwatch?: (() => void) | undefined;

  constructor(private readonly _host: ImpressionHost) {
    _host.addController(this);
  }

  hostConnected(): void {
    // Back in the page after a move: watch again (the first drawing starts it in hostUpdated).
    if (this._unwatch) this._watch();
  }

  hostUpdated(): void {
    // The survey is first drawn once its language is here.
    if (!this._unwatch) this._watch();
  }

  hostDisconnected(): void {
    this._unwatch?.();
  }

  private _watch(): void {
    const host = this._host;
    this._unwatch?.();
    // The first in tree order: the floating button in button mode, else the card.
    const target = host.renderRoot.querySelector('.open-button, .card');
    if (this._offered || host.noImpression || !target) return;
    this._unwatch = onceHalfVisible(target, () => {
      this._offered = true;
      if (!host.noImpression) reportImpression(host.endpointUrl, host.survey, host.department, host.channel);
    });
  }
}

import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Kiosk: answers left untouched this long are cleared for the next resident (docs/design.md §9). */
export const KIOSK_IDLE_MS = 60_000;

/**
 * The one timer that blanks a kiosk's survey for the next resident: after the
 * thank-you, or when answers are left untouched; and the seconds left of the
 * thank-you, which the element shows as a countdown. Outside a kiosk it never
 * runs. Members start with `_` so the bundle mangles them with the element's.
 *
 * @example
 * private readonly _kiosk = new KioskReset(this, () => this.mode === 'kiosk', () => this._blank());
 * this._kiosk._countdown(10_000); // this._kiosk._left === 10, then 9, 8…
 */
export class KioskReset implements ReactiveController {
  private _timer?: ReturnType<typeof setTimeout>;
  private _tick?: ReturnType<typeof setInterval>;
  /** Whole seconds until the screen clears while the thank-you counts down; 0 otherwise. */
  _left = 0;

  constructor(
    private readonly _host: ReactiveControllerHost,
    private readonly _isKiosk: () => boolean,
    private readonly _blank: () => void,
  ) {
    _host.addController(this);
  }

  hostDisconnected(): void {
    this._stop();
  }

  private _stop(): void {
    clearTimeout(this._timer);
    clearInterval(this._tick);
    this._left = 0;
  }

  /** Blanks the survey after `ms`, unless something sets another time first. */
  _in(ms: number): void {
    this._stop();
    if (this._isKiosk())
      this._timer = setTimeout(() => {
        this._stop();
        this._blank();
      }, ms);
  }

  /** Blanks the survey after `ms`, counting the seconds left down for the screen. */
  _countdown(ms: number): void {
    this._in(ms);
    if (!this._isKiosk()) return;
    this._left = Math.ceil(ms / 1000);
    this._tick = setInterval(() => {
      this._left = Math.max(1, this._left - 1);
      this._host.requestUpdate();
    }, 1000);
  }

  /** A resident's touch, key or input restarts the idle time while they answer. */
  _touched(): void {
    this._in(KIOSK_IDLE_MS);
  }
}

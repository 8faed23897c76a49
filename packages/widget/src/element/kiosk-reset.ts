import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Kiosk: answers left untouched this long are cleared for the next resident (docs/design.md §9). */
export const KIOSK_IDLE_MS = 60_000;

/**
 * The one timer that blanks a kiosk's survey for the next resident: after the
 * thank-you, or when answers are left untouched. Outside a kiosk it never runs.
 * Members start with `_` so the bundle mangles them with the element's.
 *
 * @example
 * private readonly _kiosk = new KioskReset(this, () => this.mode === 'kiosk', () => this._blank());
 * this._kiosk._in(10_000);
 */
export class KioskReset implements ReactiveController {
  private _timer?: ReturnType<typeof setTimeout>;

  constructor(
    host: ReactiveControllerHost,
    private readonly _isKiosk: () => boolean,
    private readonly _blank: () => void,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this._timer);
  }

  /** Blanks the survey after `ms`, unless something sets another time first. */
  _in(ms: number): void {
    clearTimeout(this._timer);
    if (this._isKiosk()) this._timer = setTimeout(this._blank, ms);
  }

  /** A resident's touch, key or input restarts the idle time while they answer. */
  _touched(): void {
    this._in(KIOSK_IDLE_MS);
  }
}

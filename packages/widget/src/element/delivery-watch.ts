import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { outboxFor } from '../delivery/outbox.js';
import type { SendOutcome } from '../delivery/send-submission.js';

/**
 * Hears how the deliveries to the element's endpoint go, while it is in the
 * page: the outbox sends (and retries what earlier visits left queued) and
 * tells each outcome. A new endpoint is heard from instead of the old one.
 * Members start with `_` so the bundle mangles them with the element's.
 *
 * @example
 * private readonly _delivery = new DeliveryWatch(this, () => this.endpointUrl, (id, outcome) => this._delivered(id, outcome), () => this._showRefusals());
 */
export class DeliveryWatch implements ReactiveController {
  private _unlisten?: (() => void) | undefined;

  constructor(
    host: ReactiveControllerHost,
    private readonly _endpoint: () => string,
    private readonly _outcome: (id: string, outcome: SendOutcome) => void,
    /** Listening (again) started: refusals kept from earlier visits may be shown. */
    private readonly _started: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this._listen();
  }

  hostDisconnected(): void {
    this._unlisten?.();
    this._unlisten = undefined;
  }

  /** Listens to the endpoint now in use (after it changed). */
  _listen(): void {
    this._unlisten?.();
    this._unlisten = outboxFor(this._endpoint()).listen(this._outcome);
    this._started();
  }
}

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { parseViewState, serializeViewState, type ViewState } from '../state/view-state.js';

/** A change to the view: any key of the state, `undefined` to drop it. */
export type ViewPatch = Partial<ViewState>;

/**
 * The view (page, period, filters, language) kept in the URL, so each view is
 * a link to bookmark and Back goes to the previous one.
 *
 * @example
 * private readonly url = new UrlViewState(this, () => this.reload());
 * const moved = this.url.change({ show: 'departments' });
 */
export class UrlViewState implements ReactiveController {
  view: ViewState = parseViewState(location.search);

  private readonly onPopState = () => {
    this.view = parseViewState(location.search);
    this.host.requestUpdate();
    this.onBack();
  };

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Back or Forward brought another view. */
    private readonly onBack: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.onPopState);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.onPopState);
  }

  /** The address of the current view with `patch` applied. */
  href(patch: ViewPatch): string {
    return `${location.pathname}${serializeViewState(merge(this.view, patch))}`;
  }

  /** Sets the view without a history entry (a correction, not a step the person took). */
  replace(view: ViewState): void {
    this.view = view;
    this.host.requestUpdate();
  }

  /** Moves to the patched view with a history entry; the previous view, or null when nothing changed. */
  change(patch: ViewPatch): ViewState | null {
    const previous = this.view;
    const next = merge(previous, patch);
    const search = serializeViewState(next);
    if (search === serializeViewState(previous)) return null;
    history.pushState(null, '', `${location.pathname}${search}${location.hash}`);
    this.view = next;
    this.host.requestUpdate();
    return previous;
  }
}

function merge(view: ViewState, patch: ViewPatch): ViewState {
  const next: ViewState = { ...view, ...patch };
  for (const key of Object.keys(next) as (keyof ViewState)[]) if (next[key] === undefined) delete next[key];
  return next;
}

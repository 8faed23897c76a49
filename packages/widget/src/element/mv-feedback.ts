// Registers <mv-feedback>: the element is mv-feedback.component.ts, its look mv-feedback.styles.ts.
import { MvFeedback } from './mv-feedback.component.js';

export { MvFeedback };

declare global {
  interface HTMLElementTagNameMap {
    'mv-feedback': MvFeedback;
  }
}

// A server rendering the page (SSR) has no document: importing this there
// defines nothing, and the browser defines the element when the page loads it.
// A second copy of the bundle on the same page is tolerated.
if (typeof document !== 'undefined' && !customElements.get('mv-feedback')) {
  customElements.define('mv-feedback', MvFeedback);
}

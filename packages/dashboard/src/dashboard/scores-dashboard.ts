// Registers <mv-scores-dashboard>: the element is scores-dashboard.component.ts, its look scores-dashboard.styles.ts.
import { MvScoresDashboard } from './scores-dashboard.component.js';

export { MvScoresDashboard };

declare global {
  interface HTMLElementTagNameMap {
    'mv-scores-dashboard': MvScoresDashboard;
  }
}

// A second copy of the bundle on the same page is tolerated.
if (!customElements.get('mv-scores-dashboard')) customElements.define('mv-scores-dashboard', MvScoresDashboard);

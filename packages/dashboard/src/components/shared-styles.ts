// Styles every dashboard part shares: the palette (contrast checked against
// white for WCAG 2.2 1.4.3 text and 1.4.11 non-text), a visible focus ring
// (2.4.7, 2.4.11) and the visually-hidden text used for screen-reader labels.
import { css } from 'lit';

export const sharedStyles = css`
  :host {
    --mv-dash-text: #1b1b1b;
    --mv-dash-muted: #4b5563;
    --mv-dash-border: #9ca3af;
    --mv-dash-surface: #ffffff;
    --mv-dash-subtle: #f3f4f6;
    --mv-dash-accent: #1d4ed8;
    --mv-dash-accent-text: #ffffff;
    --mv-dash-bar: #2563eb;
    --mv-dash-band: #bfdbfe;
    --mv-dash-warn-bg: #fef3c7;
    --mv-dash-warn-text: #78350f;
    --mv-dash-good: #166534;
    --mv-dash-bad: #991b1b;
    --mv-dash-error: #b91c1c;
    --mv-dash-focus: #1d4ed8;
    color: var(--mv-dash-text);
    font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
    line-height: 1.45;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  :focus-visible {
    outline: 3px solid var(--mv-dash-focus);
    outline-offset: 2px;
  }
  button,
  input,
  select {
    font: inherit;
    color: inherit;
  }
  input,
  select {
    min-height: 2.5rem;
    padding: 0.35rem 0.5rem;
    border: 1px solid #6b7280;
    border-radius: 4px;
    background: var(--mv-dash-surface);
  }
  button {
    min-height: 2.5rem;
    padding: 0.35rem 0.9rem;
    border: 1px solid var(--mv-dash-accent);
    border-radius: 4px;
    background: var(--mv-dash-surface);
    color: var(--mv-dash-accent);
    cursor: pointer;
  }
  button.primary {
    background: var(--mv-dash-accent);
    color: var(--mv-dash-accent-text);
  }
  button[disabled] {
    cursor: progress;
    opacity: 0.7;
  }
  .error {
    color: var(--mv-dash-error);
  }
  .muted {
    color: var(--mv-dash-muted);
  }
  @media print {
    :host {
      --mv-dash-bar: #4b5563;
      --mv-dash-band: #d1d5db;
      --mv-dash-accent: #111827;
    }
    .no-print {
      display: none !important;
    }
  }
`;

import { unsafeCSS } from 'lit';

/** Lit's `css` for a sheet without `${}` values (see mv-feedback.styles.ts). */
const css = (strings: TemplateStringsArray) => unsafeCSS(strings[0]);

// Written for people: the build minifies this text. Default colours meet
// WCAG 2.2 1.4.3 and 1.4.11 against the default surface in both schemes.
export const styles = css`
  :host {
    display: block;
    --_accent: var(--mv-scorecard-accent, #005ea2);
    --_text: var(--mv-scorecard-text, #1b1b1b);
    --_surface: var(--mv-scorecard-surface, #fff);
    --_muted: var(--mv-scorecard-muted, #4a4f55);
    --_border: var(--mv-scorecard-border, #71767a);
    --_spacing: var(--mv-scorecard-spacing, 0.5em);
    color: var(--_text);
    font: var(--mv-scorecard-font, inherit);
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_accent: var(--mv-scorecard-accent, #8cc4f0);
      --_text: var(--mv-scorecard-text, #f1f1f1);
      --_surface: var(--mv-scorecard-surface, #1c1d1f);
      --_muted: var(--mv-scorecard-muted, #c5c8cc);
      --_border: var(--mv-scorecard-border, #a0a5aa);
    }
  }
  table {
    width: 100%;
    border-collapse: collapse;
    background: var(--_surface);
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding: var(--_spacing) 0;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: var(--_spacing);
    border-bottom: 1px solid var(--_border);
  }
  .n {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .share {
    display: block;
    font-weight: 700;
    font-size: 1.2em;
  }
  .withheld,
  .note {
    color: var(--_muted);
  }
  /* The interval drawn (an SVG: no inline style, so a strict CSP keeps it): decoration, the words say it. */
  .bar {
    display: block;
    width: 100%;
    max-width: 12em;
    height: 0.75em;
    margin-top: 0.25em;
  }
  .track {
    fill: var(--_border);
  }
  .band {
    fill: var(--_accent);
    opacity: 0.45;
  }
  .mark {
    fill: var(--_text);
  }
`;

import { unsafeCSS } from 'lit';

/**
 * Lit's `css` for a sheet without `${}` values: the same stylesheet, without
 * Lit's checks of such values (154 bytes of the bundle gzipped). Its
 * name lets the build and editors know the template is CSS.
 */
const css = (strings: TemplateStringsArray) => unsafeCSS(strings[0]);

// Written for people: the build minifies this text (rollup.config.mjs), so
// names and comments cost nothing in the bundle. Over 300 lines because it is
// one stylesheet: splitting it would only add bytes to the bundle.
//
// Default colours meet WCAG 2.2 1.4.3 (text 4.5:1) and 1.4.11 (controls 3:1)
// against the default surface in both colour schemes.
export const styles = css`
  /* The public --mv-feedback-* properties (README, "Theming"), read once here
     into private names so each rule below has one name per role. */
  :host {
    display: block;
    --_accent: var(--mv-feedback-accent, #005ea2);
    --_text: var(--mv-feedback-text, #1b1b1b);
    --_surface: var(--mv-feedback-surface, #fff);
    --_muted: var(--mv-feedback-muted, #4a4f55);
    --_border: var(--mv-feedback-border, #71767a);
    --_error: var(--mv-feedback-error, #b50909);
    --_radius: var(--mv-feedback-radius, 0.5em);
    --_spacing: var(--mv-feedback-spacing, 1em);
  }

  @media (prefers-color-scheme: dark) {
    :host {
      --_accent: var(--mv-feedback-accent-dark, #8cc4f0);
      --_text: var(--mv-feedback-text-dark, #f1f1f1);
      --_surface: var(--mv-feedback-surface-dark, #1c1d1f);
      --_muted: var(--mv-feedback-muted-dark, #c5c8cc);
      --_border: var(--mv-feedback-border-dark, #a0a5aa);
      --_error: var(--mv-feedback-error-dark, #ff9c8f);
    }
  }

  :host([hidden]) {
    display: none;
  }

  /* The host page's inherited text styles (letter-spacing, text-transform,
     line-height from global rules) stop here. */
  .widget {
    all: initial;
    display: block;
    font: var(--mv-feedback-font-size, 16px) / 1.5 var(--mv-feedback-font, system-ui, sans-serif);
    color: var(--_text);
  }

  /* Form controls do not inherit the font by default. */
  * {
    box-sizing: border-box;
    font: inherit;
  }

  /* The card is a size container: the answers lay out by the room the widget
     has in the page, not by the width of the window. */
  .card {
    container-type: inline-size;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_spacing);
  }

  h2 {
    font-size: 1.25em;
    font-weight: 700;
    margin: 0 0 0.25em;
  }

  p {
    margin: 0 0 var(--_spacing);
  }

  .muted {
    color: var(--_muted);
  }

  /* min-width: a fieldset is otherwise as wide as its content, which would
     scroll sideways at 320 px (WCAG 1.4.10). */
  fieldset {
    border: 0;
    padding: 0;
    margin: 0 0 var(--_spacing);
    min-width: 0;
  }

  legend {
    font-weight: 600;
    padding: 0;
    margin-bottom: 0.5em;
  }

  /* Answers stacked; the agreement scale in one row (the container queries below). */
  .choices {
    display: grid;
    gap: 0.5em;
  }

  /* The whole label is the target, at least 44 px high (2.5.8 asks 24). */
  .choice {
    position: relative;
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-height: 44px;
    padding: 0.25em 0.5em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }

  /* The chosen answer: a thicker border in the accent, not colour alone (1.4.1). */
  .choice:has(:checked) {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }

  /* "Contact me" (docs/design.md §12); its fields' own styles come with them (follow-up.styles.ts). */
  .contact-choice {
    margin-bottom: var(--_spacing);
  }

  input {
    width: 24px;
    height: 24px;
    margin: 0;
    flex: none;
    accent-color: var(--_accent);
  }

  /* The words of the scale's two ends, under its numbered points on a phone. */
  .scale-ends {
    grid-column: 1 / -1;
    display: flex;
    justify-content: space-between;
    gap: 1em;
    margin: 0;
    font-size: 0.875em;
    color: var(--_muted);
  }

  .scale-ends span:last-child {
    text-align: end;
  }

  /* On a phone, five 44 px points fit in one row where their words do not:
     each shows its number, its words stay in its name, "Does not apply" gets
     the row under the ends. Chromium puts generated text in the name
     ("Agree 4"; a counter() it leaves out), and the words are in the page,
     so nothing is said by CSS alone. */
  @container (width < 40em) {
    .agreement-scale {
      grid-template-columns: repeat(5, 1fr);
      gap: 0.25em;
    }
    [data-point] {
      justify-content: center;
      gap: 0.25em;
      padding: 0;
    }
    [data-point]::after {
      content: attr(data-point);
    }
    /* Out of sight, still read out. */
    [data-point] .words {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    .agreement-scale .choice:last-child {
      grid-column: 1 / -1;
    }
    /* Yes, No, Not sure side by side while their words fit, else wrapped: one row, not three. */
    .choices:not(.agreement-scale) {
      display: flex;
      flex-wrap: wrap;
    }
    .choices:not(.agreement-scale) .choice {
      flex: 1 1 auto;
    }
  }

  /* Room for the words: the six answers in one row, each label under its radio. */
  @container (width >= 40em) {
    .choices {
      grid-auto-flow: column;
      grid-auto-columns: 1fr;
    }
    .agreement-scale .choice {
      flex-direction: column;
      text-align: center;
      justify-content: flex-start;
      padding-top: 0.5em;
    }
    .scale-ends {
      display: none;
    }
  }

  .comment-label {
    display: block;
    font-weight: 600;
  }

  textarea {
    display: block;
    width: 100%;
    min-height: 6em;
    margin: 0.5em 0 0.25em;
    padding: 0.5em;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    resize: vertical;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-bottom: var(--_spacing);
  }

  button {
    min-height: 44px;
    min-width: 44px;
    padding: 0.5em 1.25em;
    font-weight: 600;
    color: var(--_surface);
    background: var(--_accent);
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    cursor: pointer;
  }

  /* Back and Close: outlined, so Next and Send stand out. */
  .secondary {
    color: var(--_accent);
    background: var(--_surface);
  }

  /* A 3 px ring, on every control the keyboard reaches (2.4.7, 2.4.13). */
  :focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }

  /* The error live region stays in the DOM so what is put in it is announced
     (4.1.3); it takes room only when it says something. */
  [role='alert']:not(:empty) {
    color: var(--_error);
    font-weight: 600;
    margin-bottom: var(--_spacing);
  }

  a {
    color: var(--_accent);
  }

  /* Read out, not seen: a kiosk's countdown said once with the thank-you. */
  .vh {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  .countdown {
    font-weight: 600;
  }

  /* A kiosk: the whole quick survey and Send on one tablet screen, in either
     orientation, with targets for a standing resident's finger (56 px): each
     question's answers in one row, and two questions side by side where the
     card is wide (a landscape tablet). Each question lays its answers out by
     its own width. */
  .kiosk .questions {
    display: grid;
    column-gap: calc(2 * var(--_spacing));
  }
  @container (width >= 52em) {
    .kiosk .questions {
      grid-template-columns: 1fr 1fr;
    }
  }
  .kiosk fieldset {
    container-type: inline-size;
    margin-bottom: 0.5em;
  }
  .kiosk legend {
    margin-bottom: 0.25em;
  }
  .kiosk .choice,
  .kiosk button {
    min-height: 56px;
  }
  .kiosk .choices:not(.agreement-scale) {
    grid-auto-flow: column;
    grid-auto-columns: 1fr;
  }
  @container (width < 40em) {
    .kiosk .agreement-scale {
      grid-template-columns: repeat(5, 1fr) 2fr;
    }
    .kiosk .agreement-scale .choice:last-child {
      grid-column: 6;
      grid-row: 1;
    }
    .kiosk .scale-ends {
      grid-column: 1 / 6;
      grid-row: 2;
    }
  }
  .kiosk .actions {
    margin: 0;
  }
  .kiosk .actions button {
    flex: 1 1 auto;
  }

  /* Above the page's own sticky headers and chat buttons. */
  .open-button {
    position: fixed;
    inset-inline-end: 1em;
    bottom: 1em;
    z-index: 2147483000;
    box-shadow: 0 2px 8px #0008;
  }

  /* Fits a 320 px screen with a margin; the card inside draws the surface. */
  dialog {
    width: min(44em, 100vw - 1em);
    max-height: calc(100vh - 1em);
    padding: 0;
    border: 0;
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_text);
  }

  dialog::backdrop {
    background: #0008;
  }

  .close-button {
    float: inline-end;
    margin: 0 0 0.5em;
    margin-inline-start: 0.5em;
  }

  @media (prefers-reduced-motion: no-preference) {
    .choice,
    button {
      transition:
        border-color 0.15s,
        background-color 0.15s;
    }
  }

  /* Forced colours drop box-shadow: an outline keeps the chosen answer visible. */
  @media (forced-colors: active) {
    .choice:has(:checked) {
      outline: 2px solid Highlight;
    }
  }
`;

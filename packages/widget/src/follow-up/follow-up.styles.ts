import { css } from 'lit';

/** The "contact me" fields: like the comment box, at least 44 px high (WCAG 2.5.8). */
export const followUpStyles = css`
  .contact-choice {
    margin-bottom: var(--_spacing);
  }

  .field-label {
    display: block;
    margin-top: 0.75em;
  }

  .text {
    display: block;
    width: 100%;
    height: auto;
    min-height: 44px;
    font: inherit;
    margin: 0.25em 0;
    padding: 0.5em;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  /* A field to fix is named in words, not by colour alone (1.4.1). */
  .field-error {
    color: var(--_error);
    font-weight: 600;
    margin: 0.25em 0;
  }
`;

// Tagged `css` only so the build minifies it as it does Lit's stylesheets
// (build/minify-template-literals.mjs); the element adopts it once this chunk is here.
const css = String.raw;

/** The "contact me" fields: like the comment box, at least 44 px high (WCAG 2.5.8). */
export const followUpCss = css`
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

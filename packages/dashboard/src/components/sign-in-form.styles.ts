import { css } from 'lit';

/** The look of sign-in-form.ts: its own rules on top of the shared ones. */
export const signInFormStyles = css`
  form {
    display: grid;
    gap: 0.75rem;
    max-width: 28rem;
  }
  label {
    font-weight: 600;
  }
  p {
    margin: 0;
  }
`;

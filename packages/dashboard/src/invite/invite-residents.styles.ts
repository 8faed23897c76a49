import { css } from 'lit';

/** The look of invite-residents.ts: its own rules on top of the shared ones. */
export const inviteResidentsStyles = css`
  form {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem 1rem;
    align-items: flex-end;
    margin-bottom: 1rem;
  }
  .field {
    display: grid;
    gap: 0.2rem;
    flex: 0 1 15rem;
    min-width: 0;
  }
  label {
    font-weight: 600;
    font-size: 0.9rem;
  }
  select {
    width: 100%;
  }
  /* Wide enough for "The resident's browser chooses" and its Spanish, uncut. */
  .field.invite-lang {
    flex-basis: 21rem;
  }
  .required {
    font-weight: 400;
    color: var(--mv-dash-muted);
  }
  .needs {
    font-weight: 600;
    margin: 0 0 1rem;
  }
  .needs.done {
    font-weight: 400;
    color: var(--mv-dash-muted);
  }
  .link {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  .link input {
    flex: 1 1 20rem;
    min-width: 0;
    font-family: ui-monospace, monospace;
  }
  .handout {
    display: flex;
    flex-wrap: wrap;
    gap: 1rem 2rem;
    align-items: flex-start;
    margin: 1rem 0;
  }
  .qr {
    width: 12rem;
    height: 12rem;
    background: #fff;
    border: 1px solid var(--mv-dash-border, #d1d5db);
  }
  .wordings {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 24rem), 1fr));
    gap: 1rem 1.5rem;
  }
  .wording {
    display: grid;
    gap: 0.35rem;
  }
  .wording h4 {
    margin: 0;
    font-size: 1rem;
  }
  textarea {
    width: 100%;
    box-sizing: border-box;
    font: inherit;
    resize: vertical;
  }
  .copied {
    min-height: 1.45em;
  }
`;

import { css } from 'lit';

/** The look of filter-bar.ts: its own rules on top of the shared ones. */
export const filterBarStyles = css`
  form {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem 1rem;
    align-items: flex-end;
  }
  .field {
    display: grid;
    gap: 0.2rem;
    flex: 0 1 13rem;
    min-width: 0;
  }
  .field.department {
    flex-basis: 16rem;
  }
  select {
    width: 100%;
  }
  label,
  .label {
    font-weight: 600;
    font-size: 0.9rem;
  }
  label.check {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 2.75rem;
  }
  label.check input {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0;
  }
  .hint {
    font-size: 0.8rem;
    color: var(--mv-dash-muted);
  }
  .scope {
    min-height: 2.5rem;
    display: flex;
    align-items: center;
  }
  .range {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: flex-end;
  }
  @media print {
    form {
      display: none;
    }
  }
`;

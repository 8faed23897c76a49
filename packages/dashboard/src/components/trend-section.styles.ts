import { css } from 'lit';

/** The look of trend-section.ts: its own rules on top of the shared ones. */
export const trendSectionStyles = css`
  fieldset {
    border: 0;
    padding: 0;
    margin: 0 0 0.75rem;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    align-items: center;
  }
  .auto {
    margin: -0.25rem 0 0.75rem;
    font-size: 0.9rem;
    color: var(--mv-dash-muted);
  }
  legend {
    float: left;
    font-weight: 600;
    margin-inline-end: 0.5rem;
  }
  label {
    display: inline-flex;
    gap: 0.35rem;
    align-items: center;
    min-height: 2rem;
  }
  input[type='radio'] {
    min-height: auto;
    width: 1.1rem;
    height: 1.1rem;
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 20rem), 1fr));
    gap: 1rem;
  }
  @media print {
    fieldset {
      display: none;
    }
    .grid {
      grid-template-columns: repeat(3, 1fr);
    }
  }
`;

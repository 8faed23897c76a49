import { css } from 'lit';

export const dashboardStyles = css`
  :host {
    display: block;
    background: var(--mv-dash-surface);
  }
  .page {
    max-width: 75rem;
    margin: 0 auto;
    padding: 1rem 1.25rem 3rem;
  }
  header.top {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
    justify-content: space-between;
    border-bottom: 1px solid #d1d5db;
    padding-bottom: 0.75rem;
    margin-bottom: 1rem;
  }
  h1 {
    font-size: 1.6rem;
    margin: 0;
  }
  h2 {
    font-size: 1.25rem;
    margin: 1.75rem 0 0.75rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  .summary {
    font-size: 1.05rem;
    margin: 1rem 0 0.25rem;
  }
  .summary strong {
    font-weight: 700;
  }
  .filters-in-words {
    margin: 0 0 0.75rem;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
  }
  .problem {
    border: 1px solid var(--mv-dash-error);
    border-radius: 4px;
    padding: 0.5rem 0.75rem;
    display: flex;
    gap: 1rem;
    align-items: center;
    flex-wrap: wrap;
  }
  .problem:empty {
    display: none;
  }
  [aria-busy='true'] {
    opacity: 0.6;
  }
  fieldset {
    border: 0;
    padding: 0;
    margin: 0 0 0.75rem;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    align-items: center;
  }
  legend {
    float: left;
    font-weight: 600;
    margin-inline-end: 0.5rem;
  }
  fieldset label {
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
  .trend-grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 20rem), 1fr));
    gap: 1rem;
  }
  @media print {
    .page {
      max-width: none;
      padding: 0;
    }
    .actions,
    .toolbar,
    fieldset {
      display: none !important;
    }
    h2 {
      break-after: avoid;
    }
    .trend-grid {
      grid-template-columns: repeat(3, 1fr);
    }
    section.comments {
      break-before: page;
    }
  }
`;

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
  @media print {
    .page {
      max-width: none;
      padding: 0;
    }
    .actions,
    .toolbar {
      display: none !important;
    }
    h2 {
      break-after: avoid;
    }
    section.comments {
      break-before: page;
    }
  }
`;

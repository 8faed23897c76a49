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
  /* Lines whose text arrives with the server's answer keep their height from the start (no layout shift). */
  .who {
    margin: 0 0 0.5rem;
    min-height: 1.45em;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .views {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.25rem;
    margin: 0 0 1rem;
    border-bottom: 1px solid #d1d5db;
  }
  .views a {
    display: inline-block;
    padding: 0.4rem 0;
    min-height: 2.5rem;
    color: var(--mv-dash-accent);
    text-decoration: none;
    border-bottom: 3px solid transparent;
  }
  .views a[aria-current='page'] {
    color: var(--mv-dash-text);
    font-weight: 600;
    border-bottom-color: var(--mv-dash-accent);
  }
  .views a:hover {
    text-decoration: underline;
  }
  .summary {
    font-size: 1.05rem;
    margin: 1rem 0 0.25rem;
    min-height: 1.45em;
  }
  .rate {
    margin: 0 0 0.25rem;
    min-height: 1.45em;
  }
  .guide {
    margin: 0 0 0.75rem;
    max-width: 50rem;
  }
  .guide summary {
    cursor: pointer;
    color: var(--mv-dash-accent);
    min-height: 1.5rem;
  }
  .guide dl {
    margin: 0.5rem 0 0;
  }
  .guide dt {
    font-weight: 600;
  }
  .guide dd {
    margin: 0 0 0.5rem;
  }
  /* A section that starts closed on a phone: its heading is the control. */
  details.more > summary {
    cursor: pointer;
    list-style-position: outside;
    margin-inline-start: 1.25rem;
  }
  details.more > summary h2 {
    display: inline-block;
  }
  .placeholder {
    color: var(--mv-dash-muted);
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
  @media (max-width: 40em) {
    .page {
      padding-inline: 0.75rem;
    }
    .summary {
      min-height: calc(2 * 1.45em);
    }
  }
  @media print {
    .page {
      max-width: none;
      padding: 0;
    }
    .actions,
    .toolbar,
    .views,
    .guide {
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

import { css } from 'lit';

/** The look of comments-list.ts: its own rules on top of the shared ones. */
export const commentsListStyles = css`
  form {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: flex-end;
    margin-bottom: 0.75rem;
  }
  .field {
    display: grid;
    gap: 0.2rem;
    flex: 1 1 16rem;
    min-width: 0;
    max-width: 28rem;
  }
  label {
    font-weight: 600;
    font-size: 0.9rem;
  }
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.6rem;
  }
  li {
    border-inline-start: 4px solid var(--mv-dash-band);
    padding: 0.4rem 0.75rem;
    background: #f9fafb;
    break-inside: avoid;
  }
  .text {
    margin: 0 0 0.25rem;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .meta {
    font-size: 0.8rem;
    color: var(--mv-dash-muted);
    margin: 0;
  }
  .count {
    margin: 0 0 0.5rem;
  }
  select {
    width: 100%;
  }
  .answers {
    list-style: none;
    margin: 0 0 0.25rem;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.1rem 1rem;
    font-size: 0.85rem;
  }
  .answers li {
    border: 0;
    padding: 0;
    background: none;
  }
  .answers .fav {
    color: var(--mv-dash-good);
  }
  .answers .unfav {
    color: var(--mv-dash-bad);
  }
  @media print {
    form,
    .more {
      display: none;
    }
    li {
      background: none;
    }
  }
`;

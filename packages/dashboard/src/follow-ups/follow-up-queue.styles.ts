import { css } from 'lit';

/** The queue: one card per request, full width at 360 px (WCAG 1.4.10), buttons 44 px high (2.5.8). */
export const followUpQueueStyles = css`
  .queue {
    list-style: none;
    padding: 0;
    margin: 1rem 0;
    display: grid;
    gap: 1rem;
  }
  .follow-up {
    border: 1px solid var(--mv-dash-border);
    border-radius: 0.5rem;
    padding: 0.75rem 1rem;
    overflow-wrap: anywhere;
  }
  .follow-up h3 {
    font-size: 1.05rem;
    margin: 0 0 0.25rem;
  }
  .follow-up p {
    margin: 0.25rem 0;
  }
  .badge.overdue {
    display: inline-block;
    padding: 0 0.4rem;
    border: 2px solid var(--mv-dash-bad);
    border-radius: 0.25rem;
    color: var(--mv-dash-bad);
  }
  blockquote {
    margin: 0.5rem 0;
    padding-left: 0.75rem;
    border-left: 3px solid var(--mv-dash-border);
    white-space: pre-wrap;
  }
  .contact {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25rem 0.75rem;
    margin: 0.25rem 0 0.5rem;
  }
  .contact dd {
    margin: 0;
  }
  h4 {
    margin: 0.5rem 0 0;
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-top: 0.5rem;
  }
  button,
  select {
    min-height: 44px;
    font: inherit;
  }
  .close-form label {
    display: block;
    margin-top: 0.5rem;
  }
  textarea {
    display: block;
    width: 100%;
    min-height: 4rem;
    font: inherit;
  }
  .filter select {
    margin-left: 0.5rem;
  }
`;

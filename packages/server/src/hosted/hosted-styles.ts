// The one stylesheet of the hosted pages (survey, thank-you, counter card),
// served as a file so the pages need no inline style under their CSP.
// Colours are the widget's defaults: text 4.5:1 and controls 3:1 against
// their background in both schemes (WCAG 2.2 1.4.3, 1.4.11).
export const HOSTED_CSS = `
:root {
  color-scheme: light dark;
  --accent: #005ea2;
  --text: #1b1b1b;
  --page: #f0f0f0;
  --surface: #fff;
  --muted: #4a4f55;
  --border: #71767a;
  --error: #b50909;
  /* System fonts only, none downloaded (docs/design.md §14): between them they draw Vietnamese's
     stacked diacritics, Hangul, Han and Arabic on Windows, macOS, iOS, Android and Linux. */
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial,
    "Apple SD Gothic Neo", "Malgun Gothic", "Noto Sans CJK KR", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC",
    "Geeza Pro", "Noto Sans Arabic", Tahoma, sans-serif;
  color: var(--text);
  background: var(--page);
}
@media (prefers-color-scheme: dark) {
  :root {
    --accent: #8cc4f0;
    --text: #f1f1f1;
    --page: #111213;
    --surface: #1c1d1f;
    --muted: #c5c8cc;
    --border: #a0a5aa;
    --error: #ff9c8f;
  }
}
* { box-sizing: border-box; }
body { margin: 0; }
a { color: var(--accent); }
a:focus-visible, button:focus-visible, input:focus-visible, textarea:focus-visible, select:focus-visible {
  outline: 3px solid var(--accent);
  outline-offset: 2px;
}
.site-header, main { max-width: 40rem; margin: 0 auto; padding: 1rem; }
.site-header { display: flex; flex-wrap: wrap; align-items: baseline; justify-content: space-between; gap: 0.5rem 1rem; }
.site-header h1 { margin: 0; font-size: 1.375rem; }
/* The department goes on a line of its own under the city's name and the language link. */
.site-header .department { order: 1; margin: 0; flex-basis: 100%; color: var(--muted); }
.site-footer { max-width: 40rem; margin: 0 auto; padding: 0 1rem 1rem; }
.onward { margin: 0; padding-left: 1.25rem; }
.onward li { padding: 0.25rem 0; }
/* With its padding, the link is a target of at least 24 px (WCAG 2.2 2.5.8). */
.languages ul { display: flex; flex-wrap: wrap; gap: 0 0.75rem; margin: 0; padding: 0; list-style: none; }
.language { display: inline-block; padding: 0.25rem 0; }
:lang(zh-Hant) { font-family: system-ui, "PingFang TC", "Microsoft JhengHei", "Noto Sans CJK TC", sans-serif; }
main { padding-top: 0; }
mv-feedback { display: block; }
.card, .survey-form {
  background: var(--surface);
  border: 1px solid var(--border);
  border-radius: 0.5rem;
  padding: 1rem;
}
.survey-form h2, .card h2 { margin-top: 0; font-size: 1.25rem; }
.muted { color: var(--muted); }
fieldset { border: 0; margin: 0 0 1rem; padding: 0; min-width: 0; }
legend { font-weight: 600; padding: 0; margin-bottom: 0.25rem; }
/* Each whole label is the target: 44 px high, the width of the card (WCAG 2.2 2.5.8). */
.choice { display: flex; align-items: center; gap: 0.5rem; min-height: 44px; padding: 0 0.25rem; }
.choice input { width: 1.25rem; height: 1.25rem; margin: 0; accent-color: var(--accent); }
textarea, .text { display: block; width: 100%; min-height: 6rem; font: inherit; color: inherit; background: var(--surface);
  border: 1px solid var(--border); border-radius: 0.25rem; padding: 0.5rem; }
/* The contact fields: a line each, 44 px high (WCAG 2.2 2.5.8). */
.text { min-height: 44px; margin: 0.25rem 0 0.75rem; }
.field-label { display: block; }
.field-error { color: var(--error); font-weight: 600; margin: 0.25rem 0; }
.comment-label { display: block; font-weight: 600; margin-top: 1rem; }
button, .button {
  display: inline-block; min-height: 44px; padding: 0.5rem 1.5rem; margin-top: 1rem;
  font: inherit; font-weight: 600; text-decoration: none;
  color: #fff; background: #005ea2; border: 2px solid #005ea2; border-radius: 0.25rem; cursor: pointer;
}
.problems { border-inline-start: 4px solid var(--error); padding: 0.5rem 1rem; margin-bottom: 1rem; }
.problems h2 { color: var(--error); font-size: 1.125rem; margin: 0; }
.problems ul { margin: 0.5rem 0 0; padding-left: 1.25rem; }
.problems a { color: var(--error); font-weight: 600; }
.has-problem { border-left: 4px solid var(--error); padding-left: 0.75rem; }
.field-problem { color: var(--error); font-weight: 600; margin: 0 0 0.25rem; }
/* Read out, not seen. */
.vh { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }

/* The counter card: one printed page on Letter or A4, filled: the QR code's modules about 100 mm wide (the image,
   with its quiet zone of four modules a side, 120 mm), a tenth of the metre it is scanned from (the common 10:1
   rule), and the link in large type on one line. */
.counter-card { max-width: 180mm; margin: 0 auto; padding: 1rem; text-align: center; }
.counter-card h1 { font-size: 2.75rem; margin: 0 0 0.25rem; }
.counter-card .department { font-size: 1.75rem; margin: 0 0 1rem; }
/* One column per language printed (MV_CARD_LOCALES, up to three). */
.counter-card .calls { display: grid; gap: 1.5rem; grid-auto-flow: column; grid-auto-columns: 1fr; text-align: start; }
.counter-card .calls:has(> :nth-child(3)) { gap: 1rem; }
.counter-card .calls:has(> :nth-child(3)) h2 { font-size: 1.375rem; }
.counter-card .calls:has(> :nth-child(3)) p { font-size: 0.9375rem; }
.counter-card .calls h2 { font-size: 1.75rem; margin: 0 0 0.5rem; }
.counter-card .calls p { margin: 0; font-size: 1.25rem; }
.counter-card img { display: block; width: 120mm; height: 120mm; margin: 0.5rem auto 0; }
/* A short link stays on one line, never hyphenated or broken mid-word; a long full link breaks rather than run off. */
/* Three languages take the room of a larger heading and of the code (100 mm, its quiet zone less wide), so the card stays one page. */
.counter-card:has(.calls > :nth-child(3)) h1 { font-size: 2.25rem; }
.counter-card:has(.calls > :nth-child(3)) .department { font-size: 1.375rem; margin-bottom: 0.5rem; }
.counter-card:has(.calls > :nth-child(3)) img { width: 100mm; height: 100mm; }
.counter-card .link { font-size: 1.375rem; font-weight: 600; hyphens: none; margin: 0; }
.counter-card .link .unbroken { display: inline-block; white-space: nowrap; }
.counter-card .link .longer { font-size: 1.125rem; }
.counter-card .link .longest { font-size: 0.875rem; }
.counter-card .link .breaks { overflow-wrap: anywhere; }
.print-note { color: var(--muted); }
@media (max-width: 40rem) {
  .counter-card .calls { grid-auto-flow: row; }
}
@media print {
  @page { margin: 15mm; }
  :root { color-scheme: light; --text: #000; --page: #fff; color: #000; background: #fff; }
  .print-note { display: none; }
  .counter-card { padding: 0; }
}
`;

/** The hosted pages' icon: a tick on the widget's blue, so a browser asks for no /favicon.ico. */
export const HOSTED_ICON =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#005ea2"/>' +
  '<path d="M8 17l5 5 11-12" fill="none" stroke="#fff" stroke-width="4" stroke-linecap="round" stroke-linejoin="round"/></svg>';

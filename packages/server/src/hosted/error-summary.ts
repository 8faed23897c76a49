import { html } from 'hono/html';
import { say } from './in-english.js';
import type { FormProblem } from './form-submission.js';
import type { HostedStrings } from './hosted-strings.js';
import type { Html } from './page-layout.js';

/**
 * The GOV.UK error summary at the top of a refused form: a heading, then
 * each problem as a link to its field (WCAG 2.2 3.3.1, 3.3.3). It takes focus
 * when the page loads without any script (`autofocus` on a `tabindex="-1"`
 * region), so a screen reader starts on it and a keyboard moves from it to
 * the fields.
 *
 * @example
 * errorSummary([{ field: 'q-listened', message: 'Please answer…' }], here.s)
 */
export function errorSummary(problems: readonly FormProblem[], s: HostedStrings): Html {
  return html`<div class="problems" role="alert" aria-labelledby="problems-title" tabindex="-1" autofocus>
    <h2 id="problems-title">${say(s, s.problemTitle)}</h2>
    <ul>
      ${problems.map(({ field, message }) =>
        field ? html`<li><a href="#${field}">${say(s, message)}</a></li>` : html`<li>${say(s, message)}</li>`,
      )}
    </ul>
  </div>`;
}

/** The message beside a field, named by the id `aria-describedby` points at; "Error:" said before it, not only shown in red (WCAG 1.4.1). */
export function fieldProblem(problems: readonly FormProblem[], field: string, s: HostedStrings): Html | '' {
  const problem = problems.find((p) => p.field === field);
  return problem
    ? html`<p class="field-problem" id="${field}-problem"><span class="vh">${say(s, s.errorPrefix)}</span> ${say(s, problem.message)}</p>`
    : '';
}

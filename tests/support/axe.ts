// axe-core in a page under test, for the WCAG 2.x A and AA rules.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: unknown; failureSummary?: string }[];
}

/**
 * Runs axe-core for WCAG 2.0–2.2 A and AA on the page, shadow roots included,
 * and returns each violation as `rule: help at target`. axe is evaluated
 * through the DevTools protocol rather than added as a script tag, so pages
 * served with a strict Content-Security-Policy are checked as they are.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (context: Document, options: unknown) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations.flatMap((v) =>
      v.nodes.map((n) => `${v.id}: ${v.help} at ${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`.trim()),
    );
  });
}

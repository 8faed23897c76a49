// The dashboard's drop-in bundle stays one lean file (STYLE: budgets are code).
// Reads the build output, so it runs after `npm run build` (as `npm test` does).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const BUDGET_GZIP_BYTES = 30 * 1024;
const bundle = readFileSync(new URL('../../packages/dashboard/dist/mv-scores-dashboard.js', import.meta.url));

describe('mv-scores-dashboard.js', () => {
  it(`is within its budget of ${BUDGET_GZIP_BYTES / 1024} KiB gzipped`, () => {
    const gzipped = gzipSync(bundle, { level: 9 }).length;
    expect(gzipped).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
  });

  it('is self-contained: Lit inside, no imports to resolve, no schema library', () => {
    const code = bundle.toString('utf8');
    expect(code).not.toMatch(/\bimport\s*[{*\w][^;]*?from\s*["']/);
    expect(code).toContain('mv-scores-dashboard');
    expect(code).not.toMatch(/ZodError|\$ZodType/);
  });
});

// The size budget of the drop-in bundle (issue 4): gzipped at most 16 KiB.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const BUDGET = 16 * 1024;
const bundle = readFileSync(new URL('../../packages/widget/dist/mv-feedback.js', import.meta.url));

describe('packages/widget/dist/mv-feedback.js', () => {
  it(`is at most ${BUDGET} bytes gzipped`, () => {
    const gzipped = gzipSync(bundle, { level: 9 }).length;
    expect(gzipped).toBeLessThanOrEqual(BUDGET);
  });

  it('carries the styles and templates minified: none of their comments or indentation', () => {
    const code = bundle.toString('utf8');
    expect(code).toContain(':host{');
    expect(code).not.toMatch(/\/\*|\n {2,}/);
  });

  it('is one self-contained ES module with no eval and no import of its own', () => {
    const code = bundle.toString('utf8');
    expect(code).not.toMatch(/\bimport\s*[{*"]|\bimport\s+\w|\bimport\s*\(|\beval\(|new Function\(/);
    expect(code).toContain('customElements.define("mv-feedback"');
  });
});

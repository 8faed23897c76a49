// The size budget of the drop-in bundle (issue 4): gzipped at most 16 KiB.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const BUDGET = 16 * 1024;
const dist = new URL('../../packages/widget/dist/', import.meta.url);
const bundle = readFileSync(new URL('mv-feedback.js', dist));
const spanish = readFileSync(new URL('mv-feedback-es.js', dist), 'utf8');
const IMPORTS = /\bimport\s*[{*"]|\bimport\s+\w|\bimport\s*\(|\beval\(|new Function\(/g;

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

  it('is one ES module with no eval, whose only import is the Spanish texts beside it, when needed', () => {
    const code = bundle.toString('utf8');
    expect(code.match(IMPORTS)).toEqual(['import(']);
    expect(code).toContain('import("./mv-feedback-es.js")');
    expect(code).toContain('customElements.define("mv-feedback"');
  });
});

describe('packages/widget/dist/mv-feedback-es.js', () => {
  it('holds the Spanish interface texts and nothing of the English ones', () => {
    expect(spanish).toContain('"Enviar"');
    expect(spanish).not.toContain('"Send"');
    expect(bundle.toString('utf8')).not.toContain('"Enviar"');
  });

  it('imports nothing and runs no code: data only, safe to load anywhere', () => {
    expect(spanish.match(IMPORTS)).toBeNull();
    expect(spanish).toMatch(/^const \w+=\{[^]*\};export\{\w+ as es\};?\s*$/);
  });
});

// Server-side rendering frameworks import the page's modules on the server.
// There, the package entry and the drop-in bundle must throw nothing and
// define nothing; the browser tests show the same files defining the element.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importOnServer } from '../support/server-import.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('importing the widget on a server', () => {
  it('the package entry gives the class, defines no element, and adds no global beyond what Lit adds', () => {
    const lit = importOnServer(root, 'lit');
    const entry = importOnServer(root, '@mv-feedback/widget');
    expect(entry.error).toBeNull();
    expect(entry.exports).toContain('MvFeedback');
    expect(entry.defined).toBe(false);
    // Lit's server build (Node's "node" export condition) adds its shim registry and version lists.
    expect(entry.addedGlobals).toEqual(lit.addedGlobals);
  });

  it('the drop-in bundle does nothing at all', () => {
    expect(importOnServer(root, '@mv-feedback/widget/mv-feedback.js')).toEqual({
      error: null,
      addedGlobals: [],
      defined: false,
      exports: [],
    });
  });
});

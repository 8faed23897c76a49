// A rollup plugin for a drop-in browser bundle: a chunk that could not be
// fetched once (a train's Wi-Fi, a blocked request) can be fetched again.
// Browsers keep a failed dynamic import's failure for the life of the page
// (the HTML standard's module map; Chromium 150 answers it again without a
// request), so asking for the same address again fails at once. Each
// dynamic import the bundle makes goes through one function per chunk that
// asks, after a failure, for a new address (`?1`, `?2` …); an address that
// loaded keeps its module, so nothing runs twice.

const IMPORT = 'importRetrying';

// Written once per chunk that imports; its `import()` resolves against that chunk, as the imports did.
const DEFINITION = `const ${IMPORT}Failures={},${IMPORT}=(s,n=${IMPORT}Failures[s]|0)=>import(n?s+"?"+n:s).catch(e=>{${IMPORT}Failures[s]=n+1;throw e});`;

/** @returns {import('rollup').Plugin} */
export function retryFailedImports() {
  return {
    name: 'retry-failed-imports',
    renderDynamicImport({ targetModuleId }) {
      // An import of a computed address is not one of the bundle's chunks: left as written.
      return targetModuleId ? { left: `${IMPORT}(`, right: ')' } : null;
    },
    intro: (chunk) => (chunk.dynamicImports.length > 0 ? DEFINITION : ''),
  };
}

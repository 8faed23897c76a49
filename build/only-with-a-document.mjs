// A rollup plugin for a drop-in browser bundle: its code runs only where there
// is a document. The bundle carries Lit's browser build, which touches the DOM
// as it loads (`class … extends HTMLElement`, `document.createTreeWalker`), so
// a server that imports it (server-side rendering) would throw. Inside one
// check, the same file does nothing there, and defines nothing.

/** @returns {import('rollup').Plugin} */
export function onlyWithADocument() {
  return {
    name: 'only-with-a-document',
    renderChunk(code, chunk) {
      // A chunk the entry imports when needed only defines data or functions.
      if (!chunk.isEntry) return null;
      // A block cannot hold import or export statements.
      if (chunk.imports.length > 0 || chunk.exports.length > 0) {
        this.error(`${chunk.fileName} must neither import nor export to run only with a document`);
      }
      return { code: `if("undefined"!=typeof document){${code}}`, map: null };
    },
  };
}

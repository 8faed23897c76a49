// What importing a module does to a plain Node process, as a server that
// renders pages (SSR) would import it: whether it throws, which globals it
// adds, and whether <mv-feedback> ends up defined in any registry.
import { execFileSync } from 'node:child_process';

export interface ServerImport {
  /** The error's message, or null when the import went through. */
  error: string | null;
  /** Names the import added to globalThis, sorted. */
  addedGlobals: string[];
  /** Whether a custom element registry (Lit's server shim included) knows <mv-feedback>. */
  defined: boolean;
  /** The module's export names, sorted. */
  exports: string[];
}

const PROBE = `
const [specifier] = process.argv.slice(1);
const before = new Set(Object.getOwnPropertyNames(globalThis));
let error = null, exports = [];
try { exports = Object.keys(await import(specifier)).sort(); } catch (e) { error = String(e?.message ?? e); }
const addedGlobals = Object.getOwnPropertyNames(globalThis).filter((name) => !before.has(name)).sort();
const defined = typeof customElements !== 'undefined' && customElements.get('mv-feedback') !== undefined;
console.log(JSON.stringify({ error, addedGlobals, defined, exports }));
`;

/** Imports `specifier` in a fresh Node process started in `cwd`. */
export function importOnServer(cwd: string, specifier: string): ServerImport {
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', PROBE, specifier], {
    cwd,
    encoding: 'utf8',
  });
  return JSON.parse(output) as ServerImport;
}

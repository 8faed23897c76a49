// A rollup plugin for files a package reads at run time beside its modules
// (the server's migration .sql files): emits each, byte for byte, at the same
// path under dist/ as under src/, so `new URL('./…', import.meta.url)` finds
// them from either.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

/**
 * @param {string} srcRoot the package's src folder, e.g. 'packages/server/src'
 * @param {string} folder a folder under it whose files are copied, e.g. 'db/schema/migrations'
 * @returns {import('rollup').Plugin}
 */
export function copyAssets(srcRoot, folder) {
  return {
    name: 'copy-assets',
    async generateBundle() {
      const dir = join(srcRoot, folder);
      for (const entry of await readdir(dir, { withFileTypes: true })) {
        if (!entry.isFile()) continue;
        const path = join(dir, entry.name);
        this.addWatchFile(path);
        this.emitFile({ type: 'asset', fileName: relative(srcRoot, path), source: await readFile(path) });
      }
    },
  };
}

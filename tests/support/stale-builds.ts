// The browser, CLI and packaging tests run packages/*/dist, not the sources:
// after a source change without `npm run build` they would pass or fail on
// yesterday's code. This finds such a package before any test runs.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

interface NewestFile {
  path: string;
  mtimeMs: number;
}

/** The most recently modified file under `dir` that `counts`, or null when there is none. */
function newestFile(dir: string, counts: (name: string) => boolean = () => true): NewestFile | null {
  let newest: NewestFile | null = null;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !counts(entry.name)) continue;
    const path = join(entry.parentPath, entry.name);
    const { mtimeMs } = statSync(path);
    if (!newest || mtimeMs > newest.mtimeMs) newest = { path, mtimeMs };
  }
  return newest;
}

/** Unit tests sit beside the sources but are not built: changing one leaves the build as it was. */
const isBuiltSource = (name: string) => !name.endsWith('.test.ts');

/**
 * One line for each package under `root`/packages whose dist is missing or
 * older than a file of its src, naming the package and the newer source.
 *
 * @example
 * const stale = staleBuilds(process.cwd());
 * if (stale.length) throw new Error(stale.join('\n'));
 */
export function staleBuilds(root: string): string[] {
  const packages = join(root, 'packages');
  const lines: string[] = [];
  for (const name of readdirSync(packages).sort()) {
    const src = join(packages, name, 'src');
    if (!existsSync(src)) continue;
    const source = newestFile(src, isBuiltSource);
    if (!source) continue;
    const dist = join(packages, name, 'dist');
    const build = existsSync(dist) ? newestFile(dist) : null;
    if (!build) {
      lines.push(`packages/${name} has no dist: run \`npm run build\``);
    } else if (source.mtimeMs > build.mtimeMs) {
      const changed = relative(join(packages, name), source.path);
      lines.push(`packages/${name}/dist is older than its sources (${changed} changed since): run \`npm run build\``);
    }
  }
  return lines;
}

// The guard that stops the tests in tests/ on a stale build, on a packages
// folder of its own in a temp dir, its files' times set by hand.
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { staleBuilds } from './stale-builds.js';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'mv-stale-builds-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const BUILT_AT = new Date('2026-12-04T12:00:00Z');
const minutes = (n: number) => new Date(BUILT_AT.getTime() + n * 60_000);

/** Writes packages/`path` under the temp root, modified at `when`. */
function file(path: string, when: Date): void {
  const full = join(root, 'packages', path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, '');
  utimesSync(full, when, when);
}

/** A package built at BUILT_AT from sources last changed ten minutes before. */
function builtPackage(name: string): void {
  file(`${name}/src/index.ts`, minutes(-10));
  file(`${name}/src/deep/wilson.ts`, minutes(-20));
  file(`${name}/dist/index.js`, BUILT_AT);
  file(`${name}/dist/index.d.ts`, minutes(-1));
}

describe('staleBuilds', () => {
  it('finds nothing when every dist is newer than its sources', () => {
    builtPackage('scoring');
    builtPackage('widget');
    expect(staleBuilds(root)).toEqual([]);
  });

  it('names the package and the source changed after its build, and says to run npm run build', () => {
    builtPackage('scoring');
    builtPackage('widget');
    file('widget/src/deep/wilson.ts', minutes(5));
    expect(staleBuilds(root)).toEqual([
      'packages/widget/dist is older than its sources (src/deep/wilson.ts changed since): run `npm run build`',
    ]);
  });

  it('names a package that has sources but no dist, or an empty one', () => {
    builtPackage('scoring');
    file('server/src/cli.ts', minutes(-10));
    mkdirSync(join(root, 'packages/widget/dist'), { recursive: true });
    file('widget/src/index.ts', minutes(-10));
    expect(staleBuilds(root)).toEqual([
      'packages/server has no dist: run `npm run build`',
      'packages/widget has no dist: run `npm run build`',
    ]);
  });

  it('ignores a unit test changed after the build: it is not built', () => {
    builtPackage('scoring');
    file('scoring/src/deep/wilson.test.ts', minutes(5));
    expect(staleBuilds(root)).toEqual([]);
  });

  it('ignores a folder of packages/ without sources', () => {
    builtPackage('scoring');
    file('notes/dist/old.js', minutes(-600));
    expect(staleBuilds(root)).toEqual([]);
  });
});

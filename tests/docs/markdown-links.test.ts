// Every relative link and #anchor in the repository's Markdown resolves,
// checked offline by build/markdown-links.mjs, as a reader clicking through
// the docs on GitHub would find them.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const checker = join(root, 'build/markdown-links.mjs');
const check = (args: string[] = []) => spawnSync(process.execPath, [checker, ...args], { cwd: root, encoding: 'utf8' });

describe('links in Markdown', () => {
  const folder = mkdtempSync(join(tmpdir(), 'mv-links-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('resolve in every Markdown file of the repository', () => {
    const result = check();
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('are reported when a file, a heading or an id is missing', () => {
    writeFileSync(join(folder, 'target.md'), '# A heading\n\n<a id="s9"></a>\n\n## 9. Reaching\n');
    writeFileSync(
      join(folder, 'page.md'),
      [
        '[fine](target.md#a-heading), [by id](target.md#s9), [own](#links), [slug](target.md#9-reaching)',
        '',
        '## Links',
        '',
        '[gone](missing.md) and [no such heading](target.md#nowhere)',
        '',
        '<img src="missing.png" alt="">',
        '',
        '[outside](https://example.org/missing.md)',
      ].join('\n'),
    );
    const result = check([join(folder, 'page.md')]);
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/page\.md:5: missing\.md names no file/);
    expect(lines[1]).toMatch(/page\.md:5: target\.md#nowhere names no heading or id in .*target\.md/);
    expect(lines[2]).toMatch(/page\.md:7: missing\.png names no file/);
  });
});

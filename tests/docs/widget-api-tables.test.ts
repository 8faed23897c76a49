// The widget's attribute, event, part and custom-property tables in its README
// and in docs/embedding-the-widget.md are what its JSDoc gives, through the
// Custom Elements Manifest (build/widget-api-tables.mjs), so they cannot drift.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const check = (files: string[] = []) =>
  spawnSync(process.execPath, [join(root, 'build/widget-api-tables.mjs'), '--check', ...files], {
    cwd: root,
    encoding: 'utf8',
  });

describe("the widget's API tables", () => {
  const folder = mkdtempSync(join(tmpdir(), 'mv-tables-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('in the widget README and the embedding guide match the manifest of its sources', () => {
    const result = check();
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('are reported when a committed table differs from the manifest', () => {
    const readme = readFileSync(join(root, 'packages/widget/README.md'), 'utf8');
    const edited = readme.replace('| `mv-feedback-sent`', '| `mv-feedback-stored`');
    expect(edited).not.toBe(readme);
    const copy = join(folder, 'README.md');
    writeFileSync(copy, edited);
    const result = check([copy]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${copy}: the widget's API tables differ from its JSDoc`);
  });
});

// The packages as npm would publish them: `npm pack` each, then install the
// widget's and the scoring library's tarballs into a new project outside this
// workspace, as a city's web team would, and use the widget there: imported
// on a server (SSR), compiled against its types, and in Chromium both as the
// app's own bundle of the package and as the drop-in file, sending answers
// that a real mv-feedback server stores.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleApp, dropInFiles, sendFromWidget, startAppPage, storedResponse } from '../support/app-page.js';
import { importOnServer } from '../support/server-import.js';
import { consoleErrors } from '../widget/harness.js';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));

interface PackedPackage {
  name: string;
  filename: string;
  size: number;
  files: Array<{ path: string }>;
}

let dir: string;
let app: string;
let packed: PackedPackage[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mv-packed-'));
  const { stdout } = await run('npm', ['pack', '--workspaces', '--json', '--pack-destination', dir], { cwd: root });
  packed = JSON.parse(stdout) as PackedPackage[];
  app = join(dir, 'city-site');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'city-site', private: true, type: 'module' }));
  // What a city's project runs: its own install, no workspace; lit, zod and jstat from the npm cache or registry.
  const tarball = (name: string) => join(dir, packed.find((p) => p.name === name)!.filename);
  await run(
    'npm',
    [
      'install',
      '--prefer-offline',
      '--no-audit',
      '--no-fund',
      tarball('@mv-feedback/scoring'),
      tarball('@mv-feedback/widget'),
    ],
    { cwd: app },
  );
}, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm pack', () => {
  it.each(['@mv-feedback/scoring', '@mv-feedback/server', '@mv-feedback/widget', '@mv-feedback/dashboard'])(
    '%s packs its build, licence, readme and changelog, and no sources or tests',
    (name) => {
      const paths = packed.find((p) => p.name === name)!.files.map((file) => file.path);
      expect(paths).toEqual(
        expect.arrayContaining([
          'LICENSE',
          'README.md',
          'CHANGELOG.md',
          'package.json',
          'dist/index.js',
          'dist/index.d.ts',
        ]),
      );
      expect(paths.filter((path) => /^src\/|\.test\.|(^|\/)tests?\//.test(path))).toEqual([]);
    },
  );
});

describe('the widget installed from its tarball', () => {
  it('imports on a server without throwing or defining anything, entry and drop-in bundle alike', () => {
    const entry = importOnServer(app, '@mv-feedback/widget');
    expect(entry).toMatchObject({ error: null, defined: false });
    expect(entry.exports).toContain('MvFeedback');
    expect(importOnServer(app, '@mv-feedback/widget/mv-feedback.js')).toMatchObject({
      error: null,
      defined: false,
      addedGlobals: [],
    });
  });

  it('type-checks against its own declarations and the scoring library they name', () => {
    const file = join(app, 'check.ts');
    writeFileSync(
      file,
      [
        "import { MvFeedback, type MvFeedbackSubmitDetail } from '@mv-feedback/widget';",
        "export const onSent = (element: MvFeedback) => element.addEventListener('mv-feedback-sent', (event) => event.detail.reference);",
        'export const survey = (detail: MvFeedbackSubmitDetail): string => detail.submission.survey;',
        'export const wrong = (detail: MvFeedbackSubmitDetail): number => detail.submission.survey;',
      ].join('\n'),
    );
    const program = ts.createProgram([file], {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
      types: [],
      // As most apps do; an unresolved scoring type would still show, as \`any\` letting the last line pass.
      skipLibCheck: true,
    });
    const errors = ts
      .getPreEmitDiagnostics(program)
      .map((d) => `${d.file?.fileName.replace(app, '')}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`);
    // Only the last line is wrong: a survey id is a string, which only resolved types can tell.
    expect(errors).toEqual(["/check.ts: Type 'string' is not assignable to type 'number'."]);
  });

  it('in Chromium, bundled by the app and as the drop-in file, sends answers the server stores', async () => {
    writeFileSync(join(app, 'main.js'), "import '@mv-feedback/widget';\n");
    // Each with the chunks it loads from beside itself ("contact me", the language files).
    const scripts = {
      ...(await bundleApp(app, 'main.js', {}, 'bundled.js')),
      ...dropInFiles(join(app, 'node_modules/@mv-feedback/widget/dist'), 'drop-in.js'),
    };
    const page = await startAppPage(
      scripts,
      (query, endpoint) =>
        `<!doctype html><html lang="en"><title>City</title><script type="module" src="/${query.get('script')}"></script>` +
        `<mv-feedback endpoint="${endpoint}" department="permits" channel="web"></mv-feedback></html>`,
    );
    try {
      for (const script of ['bundled.js', 'drop-in.js']) {
        const tab = await page.harness.browser.newPage();
        const errors = consoleErrors(tab);
        await tab.goto(`${page.url}/?script=${script}`);
        const reference = await sendFromWidget(tab);
        await tab.close();
        expect(errors, script).toEqual([]);
        expect(await storedResponse(page.harness, reference), script).toMatchObject({
          department: 'permits',
          channel: 'web',
        });
      }
    } finally {
      await page.close();
    }
  });
});

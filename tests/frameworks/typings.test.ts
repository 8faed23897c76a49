// The widget's typings for React, Vue and Svelte, compiled as a city's app
// would compile them: against the built packages' .d.ts (what npm ships).
// Each fixture's lines marked "// error: <text>" must fail with that text,
// and every other line must compile.
import { readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';

const configPath = fileURLToPath(new URL('./tsconfig.json', import.meta.url));

/** Per fixture file name: line number → the diagnostics' text on that line. */
let errors: Map<string, Map<number, string>>;

beforeAll(() => {
  const { config } = ts.readConfigFile(configPath, (path) => ts.sys.readFile(path));
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, dirname(configPath));
  const program = ts.createProgram(parsed.fileNames, parsed.options);
  errors = new Map(parsed.fileNames.map((file) => [basename(file), new Map<number, string>()]));
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const text = ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ');
    if (!diagnostic.file) throw new Error(`error outside any file: ${text}`);
    const lines = errors.get(basename(diagnostic.file.fileName));
    if (!lines) throw new Error(`error in ${diagnostic.file.fileName}: ${text}`);
    const line = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line + 1;
    lines.set(line, `${lines.get(line) ?? ''} ${text}`);
  }
}, 60_000);

/** The "// error: <text>" markers of a fixture, by line number. */
function markedErrors(file: string): Map<number, string> {
  const source = readFileSync(new URL(`./fixtures/${file}`, import.meta.url), 'utf8');
  const marked = new Map<number, string>();
  source.split('\n').forEach((line, index) => {
    const marker = /\/\/ error: (.+)$/.exec(line);
    if (marker) marked.set(index + 1, marker[1]!);
  });
  return marked;
}

describe('framework typings of <mv-feedback>', () => {
  it.each(['react-app.tsx', 'react-client.tsx', 'vue-client.ts'])('%s, a test app, compiles', (file) => {
    expect([...errors.get(file)!.values()]).toEqual([]);
  });

  it.each(['react.typings.tsx', 'vue.typings.ts', 'svelte.typings.ts', 'scorecard.typings.tsx'])(
    '%s: attributes and events compile, and each mistake fails as marked',
    (file) => {
      const marked = markedErrors(file);
      const found = errors.get(file)!;
      expect(marked.size).toBeGreaterThan(0);
      expect([...found.keys()].sort()).toEqual([...marked.keys()].sort());
      for (const [line, text] of marked) expect(found.get(line), `line ${line}`).toContain(text);
    },
  );
});

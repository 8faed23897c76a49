// The widget's attribute, event, part and custom-property tables, written from
// its Custom Elements Manifest into the Markdown files that show them, so the
// element's JSDoc is their one source. `npm run build` runs it; `--check
// [FILE…]` only lists the files whose tables differ and exits 1 if any do
// (tests/docs/widget-api-tables.test.ts).
//
// The manifest is made here from the sources, as `cem analyze` makes
// packages/widget/custom-elements.json (same plugins, same settings file), so
// the check never reads a stale build.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { create, ts } from '@custom-elements-manifest/analyzer';
import { litPlugin } from '@custom-elements-manifest/analyzer/src/features/framework-plugins/lit/lit.js';
import prettier from 'prettier';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const widget = join(root, 'packages/widget');

/** The files that carry the tables, between `<!-- widget-api:NAME -->` and `<!-- /widget-api:NAME -->`. */
export const TABLE_FILES = ['packages/widget/README.md', 'docs/embedding-the-widget.md'].map((path) =>
  join(root, path),
);

/** The manifest of packages/widget's sources, as `npm run analyze -w packages/widget` makes it. */
export async function widgetManifest() {
  const { default: settings } = await import(pathToFileURL(join(widget, 'custom-elements-manifest.config.mjs')).href);
  const sources = readdirSync(join(widget, 'src'), { recursive: true })
    .map((path) => join('src', path))
    .filter((path) => path.endsWith('.ts') && !path.endsWith('.test.ts'))
    .sort();
  const modules = sources.map((path) =>
    ts.createSourceFile(path, readFileSync(join(widget, path), 'utf8'), ts.ScriptTarget.ES2015, true),
  );
  return create({ modules, plugins: [...litPlugin(), ...(settings.plugins ?? [])] });
}

const cell = (text) => (text ?? '').replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
const code = (text) => (text ? `\`${text}\`` : '');
const table = (columns, rows) =>
  [columns, columns.map(() => '---'), ...rows].map((cells) => `| ${cells.map(cell).join(' | ')} |`).join('\n');

/** The four tables of the `<mv-feedback>` element, as Markdown. */
export function renderTables(manifest) {
  const element = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .find((declaration) => declaration.tagName === 'mv-feedback');
  if (!element) throw new Error('the widget manifest declares no <mv-feedback> element');
  return {
    attributes: table(
      ['attribute', 'property', 'type', 'default', 'meaning'],
      (element.attributes ?? []).map((a) => [
        code(a.name),
        a.fieldName ? code(a.fieldName) : '(native)',
        code(a.type?.text),
        code(a.default),
        a.description,
      ]),
    ),
    events: table(
      ['event', 'type', 'when'],
      (element.events ?? []).map((e) => [code(e.name), code(e.type?.text), e.description]),
    ),
    parts: table(
      ['part', 'what it is'],
      (element.cssParts ?? []).map((p) => [code(p.name), p.description]),
    ),
    properties: table(
      ['custom property', 'what it sets'],
      (element.cssProperties ?? []).map((p) => [code(p.name), p.description]),
    ),
  };
}

/** A Markdown text with each marked table replaced by the one given; every file shows all four, so a missing marker is an error. */
export function withTables(text, tables, path) {
  let result = text;
  for (const [name, markdown] of Object.entries(tables)) {
    const pattern = new RegExp(`(<!-- widget-api:${name} -->)[\\s\\S]*?(<!-- /widget-api:${name} -->)`);
    if (!pattern.test(result))
      throw new Error(`${path}: no <!-- widget-api:${name} --> … <!-- /widget-api:${name} --> markers`);
    result = result.replace(pattern, (_, start, end) => `${start}\n\n${markdown}\n\n${end}`);
  }
  return result;
}

/** Each table file as it is and as the manifest would write it. */
export async function tableFiles(paths = TABLE_FILES) {
  const tables = renderTables(await widgetManifest());
  const options = await prettier.resolveConfig(join(root, 'README.md'));
  return Promise.all(
    paths.map(async (path) => {
      const current = readFileSync(path, 'utf8');
      const expected = await prettier.format(withTables(current, tables, path), { ...options, filepath: path });
      return { path, current, expected };
    }),
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv[2] === '--check';
  const named = process.argv.slice(check ? 3 : 2).map((path) => resolve(path));
  const files = await tableFiles(named.length > 0 ? named : TABLE_FILES);
  const stale = files.filter((file) => file.current !== file.expected);
  if (check) {
    for (const file of stale) {
      console.error(
        `${file.path}: the widget's API tables differ from its JSDoc; run npm run build and commit the file`,
      );
    }
    if (stale.length > 0) process.exit(1);
  } else {
    for (const file of stale) writeFileSync(file.path, file.expected);
  }
}

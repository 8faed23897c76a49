// Size of the drop-in widget bundle against Lit alone, both minified the same
// way (node-resolve, terser) and gzipped at level 9 in this run, so the ratio
// shows what the widget adds on top of the library it cannot do without; and
// what each part of the bundle costs.
//
// A part's cost is measured on the bundle as built (rollup.config.mjs, with a
// source map): every byte of the minified code is attributed, through the
// map, to the source declaration it came from, and each text of the interface
// and the surveys to its language. A part costs its minified bytes, and, once
// gzipped, what the bundle loses when those bytes are cut out of it. Parts
// share words with the rest, so the gzip costs add up to more than the whole.
// Run after `npm run build` (npm run bench builds first).
import { readFile, writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { decode } from '@jridgewell/sourcemap-codec';
import ts from 'typescript';
import configs from '../rollup.config.mjs';

const root = new URL('../', import.meta.url);
const rootPath = fileURLToPath(root);
const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;

/** Lit as the widget uses it (LitElement, html, css, nothing), bundled and minified like the widget. */
async function litAlone() {
  const dir = await mkdtemp(join(tmpdir(), 'mv-lit-size-'));
  const entry = join(dir, 'lit-only.mjs');
  await writeFile(entry, "export { LitElement, html, css, nothing } from 'lit';\n");
  try {
    const bundle = await rollup({
      input: entry,
      plugins: [
        nodeResolve({ browser: true, exportConditions: ['production'], modulePaths: [join(rootPath, 'node_modules')] }),
        terser({ ecma: 2022, module: true, format: { comments: false } }),
      ],
    });
    const { output } = await bundle.generate({ format: 'es' });
    await bundle.close();
    return Buffer.from(output[0].code);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * The widget's drop-in build, as rollup.config.mjs makes it, with source maps.
 * The wrapper that keeps it from running without a document is left off: it
 * moves every column of the one line, and costs its few bytes in any case.
 */
async function widgetChunks() {
  const config = configs.find((c) => c.input === 'packages/widget/src/mv-feedback.ts');
  const bundle = await rollup({ ...config, plugins: config.plugins.filter((p) => p.name !== 'only-with-a-document') });
  const { output } = await bundle.generate({ ...config.output, sourcemap: true });
  await bundle.close();
  // Without the line that names the map, which only a build with a map has.
  return output
    .filter((o) => o.type === 'chunk')
    .map((chunk) => ({ ...chunk, code: chunk.code.replace(/\n\/\/# sourceMappingURL=.*\n?$/, '') }));
}

/**
 * Where a declaration of a source file starts and ends: top-level statements
 * by their name, class members as `Class.member`, the properties of a
 * top-level object literal as `name.property`.
 */
function declarations(path, text) {
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const found = [];
  const add = (name, node) => found.push({ name, start: node.getStart(file), end: node.getEnd() });
  const nameOf = (node) => node.name?.getText(file) ?? node.declarationList?.declarations[0]?.name.getText(file);
  for (const statement of file.statements) {
    const name = nameOf(statement);
    if (!name) continue;
    add(name, statement);
    if (ts.isClassDeclaration(statement)) {
      for (const member of statement.members) if (member.name) add(`${name}.${member.name.getText(file)}`, member);
    }
    const value = statement.declarationList?.declarations[0]?.initializer;
    if (value && ts.isObjectLiteralExpression(value)) {
      for (const property of value.properties)
        if (property.name) add(`${name}.${property.name.getText(file)}`, property);
    }
    // A list of objects with ids (the default surveys) by id: `name.id`.
    if (value && ts.isArrayLiteralExpression(value)) {
      for (const element of value.elements.filter(ts.isObjectLiteralExpression)) {
        const id = element.properties.find((p) => p.name?.getText(file) === 'id')?.initializer;
        if (id && ts.isStringLiteral(id)) add(`${name}.${id.text}`, element);
      }
    }
  }
  // The innermost first.
  found.sort((a, b) => a.end - a.start - (b.end - b.start));
  return { file, found };
}

const widget = (path) => `packages/widget/src/${path}`;
const element = widget('element/mv-feedback.component.ts');

/**
 * The parts of the bundle, first match first: by source file (a prefix of its
 * path from the repository), optionally by declarations in it. A text a
 * resident reads is its language's part, wherever it is.
 */
const PARTS = [
  ['Lit (lit, lit-html, lit-element, reactive-element)', [['node_modules/']]],
  ['stylesheet (CSS)', [[widget('element/mv-feedback.styles.ts')]]],
  [
    'kiosk mode',
    [
      [widget('element/kiosk-reset.ts')],
      [element, ['MvFeedback.resetAfter', 'MvFeedback._thanksMs', 'MvFeedback._touched', 'MvFeedback._blank']],
    ],
  ],
  [
    'impressions',
    [[widget('impressions/')], [widget('element/impression-watch.ts')], [element, ['MvFeedback.noImpression']]],
  ],
  ['contact me: the follow-up fields and checks', [[widget('follow-up/')]]],
  ['refusal notes', [[widget('delivery/refusal-notes.ts')], [element, ['MvFeedback._showRefusals']]]],
  ['offline queue and sending', [[widget('delivery/')], [widget('element/delivery-watch.ts')]]],
  ['rotation', [['packages/scoring/dist/catalogue/rotation.js'], [element, ['MvFeedback._show', 'MvFeedback._drawn']]]],
  ['dialog and button mode', [[widget('element/dialog-template.ts')], [element, ['MvFeedback._dialog']]]],
  [
    'the full survey (its list of questions)',
    [['packages/scoring/dist/catalogue/default-surveys.js', ['defaultSurveys.full']]],
  ],
  ['surveys: ids, types, standards', [['packages/scoring/dist/catalogue/default-surveys.js']]],
  ['answer labels (both languages, minus texts)', [['packages/scoring/dist/catalogue/answer-labels.js']]],
  ['survey and question templates', [[widget('element/survey-template.ts')], [widget('element/question-template.ts')]]],
  ['language choice', [[widget('language/')], [widget('element/page-language.ts')]]],
  ['survey fetch, submission body', [[widget('survey/')], ['packages/scoring/dist/catalogue/context-rules.js']]],
  ['interface strings: tables and fill', [[widget('i18n/')]]],
  ['element: properties, lifecycle, sending', [[widget('')]]],
];

/**
 * The texts a resident reads, by language: each locale pack's (interface,
 * answer scale, surveys, questions), the default surveys' own English, and
 * the answer labels the scoring package bundles.
 */
async function texts() {
  const { defaultSurveys, ANSWER_LABELS, LOCALES, textOf } = await import('@mv-feedback/scoring/browser');
  const packs = await Promise.all(
    LOCALES.map(async (locale) =>
      JSON.parse(await readFile(new URL(`packages/scoring/locales/${locale}.json`, root), 'utf8')),
    ),
  );
  const english = defaultSurveys.flatMap((s) => [s.title.en, s.comment?.text.en, ...s.questions.map((q) => q.text.en)]);
  return packs.map((pack) => [
    `texts, ${pack.locale}`,
    [
      ...Object.values(pack.texts).map(textOf),
      ...Object.values(ANSWER_LABELS[pack.locale] ?? {}).flat(),
      ...(pack.locale === 'en' ? english : []),
    ],
  ]);
}

/** Marks, for each byte of a chunk's code, the part it belongs to (an index into `names`). */
async function attribute(chunk, names, languageTexts) {
  const code = chunk.code;
  const owner = new Int16Array(code.length).fill(-1);
  const sources = await Promise.all(
    chunk.map.sources.map(async (source, i) => {
      const path = relative(rootPath, join(rootPath, 'packages/widget/dist', source)).replace(
        /^.*node_modules\//,
        'node_modules/',
      );
      const text = chunk.map.sourcesContent?.[i] ?? (await readFile(join(rootPath, path), 'utf8').catch(() => ''));
      return { path, ...(/\.(ts|js)$/.test(path) ? declarations(path, text) : { file: undefined, found: [] }) };
    }),
  );
  const partOf = (sourceIndex, line, column) => {
    const { path, file, found } = sources[sourceIndex];
    const offset = file ? file.getPositionOfLineAndCharacter(line, column) : 0;
    const declaration = found.find((d) => d.start <= offset && offset < d.end)?.name;
    return PARTS.findIndex(([, rules]) =>
      rules.some(
        ([prefix, members]) =>
          path.startsWith(prefix) &&
          (!members || members.some((m) => declaration === m || declaration?.startsWith(`${m}.`))),
      ),
    );
  };
  const lineStarts = [0];
  for (let at = code.indexOf('\n'); at >= 0; at = code.indexOf('\n', at + 1)) lineStarts.push(at + 1);
  decode(chunk.map.mappings).forEach((segments, line) => {
    const lineEnd = (lineStarts[line + 1] ?? code.length + 1) - 1;
    segments.forEach(([column, source, sourceLine, sourceColumn], i) => {
      const end = i + 1 < segments.length ? lineStarts[line] + segments[i + 1][0] : lineEnd;
      owner.fill(source === undefined ? -1 : partOf(source, sourceLine, sourceColumn), lineStarts[line] + column, end);
    });
  });
  // A text is its language's, whichever declaration holds it.
  languageTexts.forEach(([, list], i) => {
    for (const text of new Set(list.filter(Boolean))) {
      for (const quote of ['"', "'", '`']) {
        const literal = quote + text + quote;
        for (let at = code.indexOf(literal); at >= 0; at = code.indexOf(literal, at + 1)) {
          owner.fill(names.length - languageTexts.length + i, at, at + literal.length);
        }
      }
    }
  });
  return owner;
}

/** Each part's minified bytes, and what the gzipped chunk loses without them. */
function costs(code, owner, names) {
  const bytes = Buffer.from(code);
  const whole = gzip(bytes);
  // Bytes of the code string's UTF-16 positions, so multi-byte texts count in full.
  const byteOwner = [];
  for (let i = 0; i < code.length; i++) {
    const size = Buffer.byteLength(code[i]);
    for (let k = 0; k < size; k++) byteOwner.push(owner[i]);
  }
  return names.map((name, part) => {
    const kept = bytes.filter((_, i) => byteOwner[i] !== part);
    return { name, minified: bytes.length - kept.length, gzip: whole - gzip(kept) };
  });
}

const kib = (bytes) => bytes / 1024;

export async function run() {
  const bundle = await readFile(new URL('packages/widget/dist/mv-feedback.js', root));
  const lit = await litAlone();
  const rows = [];
  const add = (benchmark, measure) => {
    rows.push({
      benchmark,
      value: kib(measure(bundle)),
      unit: 'KiB',
      baseline: 'Lit alone',
      baselineValue: kib(measure(lit)),
    });
  };
  add('widget drop-in bundle, gzip -9', gzip);
  add('widget drop-in bundle, brotli', (b) => brotliCompressSync(b).length);
  add('widget drop-in bundle, minified', (b) => b.length);

  const languageTexts = await texts();
  const names = [...PARTS.map(([name]) => name), 'unattributed', ...languageTexts.map(([name]) => name)];
  for (const chunk of await widgetChunks()) {
    const owner = await attribute(chunk, names, languageTexts);
    for (let i = 0; i < owner.length; i++) if (owner[i] === -1) owner[i] = PARTS.length;
    const whole = gzip(Buffer.from(chunk.code));
    for (const { name, minified, gzip: cost } of costs(chunk.code, owner, names)) {
      if (minified === 0) continue;
      rows.push({
        benchmark: `${chunk.fileName}: ${name}, gzip -9 (${minified} B minified)`,
        value: cost,
        unit: 'B',
        baseline: `${chunk.fileName}, gzip -9`,
        baselineValue: whole,
      });
    }
  }
  return rows;
}

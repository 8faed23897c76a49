// Builds every package that ships JS. Configs run in order, so scoring's
// declarations exist before the packages that import it are type-checked.
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { copyAssets } from './build/copy-assets.mjs';
import { localePackSections } from './build/locale-pack-sections.mjs';
import { minifyTemplateLiterals } from './build/minify-template-literals.mjs';
import { onlyWithADocument } from './build/only-with-a-document.mjs';
import { precompress } from './build/precompress.mjs';
import { retryFailedImports } from './build/retry-failed-imports.mjs';

const isBare = (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0');
// A package's locale packs stay JSON files beside its build, read with `with { type: 'json' }`.
const isExternal = (id) => isBare(id) || id.endsWith('.json');

// The widget's templates and stylesheet are written for people; both of its builds ship them minified.
const widgetTemplates = () => minifyTemplateLiterals({ include: /packages\/widget\/src\/.*\.ts$/ });

/** A package's own ESM build: one file per module, dependencies left as imports, .d.ts beside. */
function library(pkg, inputs, plugins = []) {
  return {
    input: Object.fromEntries(inputs.map((name) => [name, `packages/${pkg}/src/${name}.ts`])),
    external: isExternal,
    output: {
      dir: `packages/${pkg}/dist`,
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: `packages/${pkg}/src`,
      // Node 22 reads `with { type: 'json' }` only; rollup writes `assert` unless told.
      importAttributesKey: 'with',
    },
    plugins: [
      typescript({
        tsconfig: `packages/${pkg}/tsconfig.json`,
        module: 'NodeNext',
        outputToFilesystem: true,
        noEmitOnError: true,
      }),
      ...plugins,
    ],
  };
}

/**
 * A drop-in browser bundle: one minified ES module with every dependency
 * inside, its .br and .gz copies, and beside it `${input}-NAME.js` for each module it imports only
 * when needed, fetched again after a failure. `mangle` renames the properties it matches throughout.
 */
function browserBundle(pkg, input, { plugins = [], mangle } = {}) {
  return {
    input: `packages/${pkg}/src/${input}.ts`,
    // A chunk imports what it shares with the entry from the entry itself, not from a third file.
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: `packages/${pkg}/dist`,
      entryFileNames: `${input}.js`,
      chunkFileNames: `${input}-[name].js`,
      format: 'es',
      sourcemap: false,
    },
    plugins: [
      nodeResolve({ browser: true, exportConditions: ['production'] }),
      typescript({
        tsconfig: `packages/${pkg}/tsconfig.json`,
        module: 'NodeNext',
        declaration: false,
        declarationDir: undefined,
        outDir: `packages/${pkg}/dist`,
        outputToFilesystem: false,
        noEmitOnError: true,
        // For bench/widget-size.bench.mjs, which attributes the bundle's bytes to their sources.
        sourceMap: true,
      }),
      retryFailedImports(),
      // A second compress pass: about 25 bytes less of the widget's bundle gzipped.
      terser({
        ecma: 2022,
        module: true,
        compress: { passes: 2 },
        ...(mangle && { mangle: { properties: { regex: mangle } } }),
        format: { comments: false },
      }),
      ...plugins,
      precompress(),
    ],
  };
}

export default [
  library('scoring', ['index', 'browser']),
  library('server', ['index', 'cli'], [copyAssets('packages/server/src', 'db/schema/migrations')]),
  library('widget', ['index'], [widgetTemplates()]),
  browserBundle('widget', 'mv-feedback', {
    plugins: [
      widgetTemplates(),
      onlyWithADocument(),
      localePackSections({ keep: /^(widget|answer)\./, unprefixed: true }),
    ],
    // The element's own members (`_locale`, `_send` ...), so no string may name one;
    // not Lit's `_$` ones, which other copies of Lit read.
    mangle: /^_[a-z]/,
  }),
  // The public scorecard's own bundle (docs/design.md §13): a city page showing results needs no survey code.
  browserBundle('widget', 'mv-scorecard', {
    plugins: [widgetTemplates(), onlyWithADocument(), localePackSections({ keep: /^$/ })],
    mangle: /^_[a-z]/,
  }),
  library('dashboard', ['index']),
  browserBundle('dashboard', 'mv-scores-dashboard', {
    plugins: [localePackSections({ keep: /^(answer|invitation)\./ })],
  }),
];

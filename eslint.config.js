// Lint for the whole workspace: typescript-eslint (type-aware), and the
// architecture's boundaries (scoring → server / widget / dashboard; nothing
// imports upwards or sideways) as errors, so a wrong import fails `npm test`.
import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// What each package may import from outside itself.
const PACKAGE_IMPORTS = {
  scoring: { packages: [], external: ['zod', 'zod/**', 'cephes'] },
  server: {
    packages: ['scoring'],
    external: [
      'hono',
      'hono/**',
      '@hono/**',
      '@libsql/client',
      'libsql',
      'zod',
      'zod/**',
      'lean-qr',
      'lean-qr/**',
      'isbot',
      'nodemailer',
    ],
    core: true,
  },
  // The frameworks' own types, for the widget's typings of <mv-feedback> in their templates.
  widget: { packages: ['scoring'], external: ['lit', 'lit/**', '@lit/**'], types: ['react', 'vue', 'svelte'] },
  dashboard: { packages: ['scoring'], external: ['lit', 'lit/**', '@lit/**'] },
};

// Node globals that must not appear in code that runs in a browser or anywhere (scoring).
const NODE_ONLY_GLOBALS = [
  'process',
  'Buffer',
  'require',
  'module',
  '__dirname',
  '__filename',
  'global',
  'setImmediate',
].map((name) => ({ name, message: 'this package runs in browsers too: no Node globals (docs/design.md §1)' }));

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      'data/**',
      'coverage/**',
      '.bench-tmp/**',
      'packages/widget/custom-elements.json',
      // Compiled by tests/frameworks/typings.test.ts, mistakes included on purpose.
      'tests/frameworks/fixtures/*.typings.*',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', '*.mjs', 'bench/*.mjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-explicit-any': 'error',
      // libSQL types a column value as possibly an ArrayBuffer (a BLOB); no column here holds one.
      '@typescript-eslint/no-base-to-string': [
        'error',
        { ignoredTypeNames: ['Error', 'RegExp', 'URL', 'URLSearchParams', 'ArrayBuffer'] },
      ],
      '@typescript-eslint/only-throw-error': 'error',
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  {
    // Tests read bodies with fetch's json() (typed any by the DOM library) and
    // assert on them, and fake async interfaces with plain functions.
    files: ['tests/**/*.ts', '**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // Plain JavaScript (configs, benches, bin shims): no type information to lean on.
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['packages/*/src/**/*.ts'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { typescript: { project: './tsconfig.json' } },
      'boundaries/elements': Object.keys(PACKAGE_IMPORTS).map((name) => ({
        type: name,
        // The scoring package's locale packs (JSON beside its sources) are part of it.
        pattern: name === 'scoring' ? 'packages/scoring/{src,locales}/**' : `packages/${name}/src/**`,
        partialMatch: false,
      })),
      'boundaries/files': [{ category: 'test', pattern: '**/*.test.ts' }],
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          // Packages from npm and Node's own modules are checked too, and a relative
          // path out of every package (into tests/, say) is refused.
          checkAllOrigins: true,
          checkUnknownLocals: true,
          policies: Object.entries(PACKAGE_IMPORTS).flatMap(([name, allowed]) => [
            { from: { element: { type: name } }, allow: { to: { element: { types: [name, ...allowed.packages] } } } },
            {
              from: { element: { type: name } },
              allow: { to: { module: { origin: 'external', source: allowed.external } } },
            },
            ...(allowed.core
              ? [{ from: { element: { type: name } }, allow: { to: { module: { origin: 'core' } } } }]
              : []),
            ...(allowed.types
              ? [
                  {
                    from: { element: { type: name } },
                    allow: {
                      to: { module: { origin: 'external', source: allowed.types } },
                      dependency: { kind: 'type' },
                    },
                  },
                ]
              : []),
            // Unit tests beside the code run in Node and may use the test tools.
            {
              from: { element: { type: name }, file: { categories: 'test' } },
              allow: {
                to: {
                  module: [{ origin: 'core' }, { origin: 'external', source: ['vitest', 'fast-check', 'happy-dom'] }],
                },
              },
            },
          ]),
        },
      ],
    },
  },
  {
    // Browser packages take the scoring library's values only from its browser
    // entry (no zod, no cephes in a bundle); its types may come from anywhere.
    files: ['packages/widget/src/**/*.ts', 'packages/dashboard/src/**/*.ts'],
    ignores: ['**/*.test.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      // Lit calls a template's event listeners with the element as `this`.
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@mv-feedback/scoring',
              allowTypeImports: true,
              message: 'import values from @mv-feedback/scoring/browser; only types from @mv-feedback/scoring',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...NODE_ONLY_GLOBALS],
    },
  },
  {
    // The browser entries of the framework test apps.
    files: ['tests/frameworks/fixtures/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // React's JSX is a namespace: its typings augment it inside `declare module 'react'`.
    files: ['packages/widget/src/frameworks/*.ts'],
    rules: { '@typescript-eslint/no-namespace': ['error', { allowDeclarations: true }] },
  },
  {
    files: ['packages/scoring/src/**/*.ts'],
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
    rules: { 'no-restricted-globals': ['error', ...NODE_ONLY_GLOBALS, { name: 'window' }, { name: 'document' }] },
  },
  prettier,
);

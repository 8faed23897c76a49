// Size of the drop-in widget bundle against Lit alone, both minified the same
// way (node-resolve, terser) and gzipped at level 9 in this run, so the ratio
// shows what the widget adds on top of the library it cannot do without.
// Run after `npm run build` (npm run bench builds first).
import { readFile, writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const root = new URL('../', import.meta.url);

/** Lit as the widget uses it (LitElement, html, css, nothing), bundled and minified like the widget. */
async function litAlone() {
  const dir = await mkdtemp(join(tmpdir(), 'mv-lit-size-'));
  const entry = join(dir, 'lit-only.mjs');
  await writeFile(entry, "export { LitElement, html, css, nothing } from 'lit';\n");
  try {
    const bundle = await rollup({
      input: entry,
      plugins: [
        nodeResolve({
          browser: true,
          exportConditions: ['production'],
          modulePaths: [new URL('node_modules', root).pathname],
        }),
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

const kib = (bytes) => bytes / 1024;

export async function run() {
  const widget = await readFile(new URL('packages/widget/dist/mv-feedback.js', root));
  const lit = await litAlone();
  const rows = [];
  const add = (benchmark, measure) => {
    const value = kib(measure(widget));
    const baselineValue = kib(measure(lit));
    rows.push({ benchmark, value, unit: 'KiB', baseline: 'Lit alone', baselineValue });
  };
  add('widget drop-in bundle, gzip -9', (b) => gzipSync(b, { level: 9 }).length);
  add('widget drop-in bundle, brotli', (b) => brotliCompressSync(b).length);
  add('widget drop-in bundle, minified', (b) => b.length);
  return rows;
}

// Runs every benchmark in bench/ and writes their Markdown tables, with the
// command and the date, into docs/benchmarks.md between its
// `<!-- bench:latest -->` markers; a run of one benchmark (`node bench/run.mjs
// NAME`) only prints its tables, since it would leave the others out.
// A benchmark module's `run()` returns either rows
// `{ benchmark, value, unit, baseline, baselineValue }` (a figure beside a
// baseline measured in the same run, so the ratio holds across machines; all
// such rows make one table), or `{ tables: [{ title, columns, rows, notes }] }`
// for a comparison that needs its own columns.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import prettier from 'prettier';

const only = process.argv[2];
const files = (await readdir(new URL('.', import.meta.url)))
  .filter((name) => name.endsWith('.bench.mjs') && (!only || name.includes(only)))
  .sort();

const rows = [];
const tables = [];
for (const file of files) {
  process.stderr.write(`running ${file}…\n`);
  const module = await import(new URL(file, import.meta.url).href);
  const result = await module.run();
  if (Array.isArray(result)) rows.push(...result);
  else tables.push(...result.tables);
}

const format = (value) =>
  typeof value === 'number' ? (Math.abs(value) >= 100 ? value.toFixed(0) : value.toPrecision(3)) : value;
const markdownRow = (cells) => `| ${cells.join(' | ')} |`;

// The settings that change what a run measures, as they were set, so the command given makes the same run.
const settings = ['BENCH_ROUNDS', 'BENCH_DURATION', 'BENCH_WARMUP', 'MV_BENCH_RESPONSES']
  .filter((name) => process.env[name] !== undefined)
  .map((name) => `${name}=${process.env[name]} `)
  .join('');
const command = `\`${settings}${process.env.npm_lifecycle_event === 'bench' ? 'npm run bench' : `node bench/run.mjs${only ? ` ${only}` : ''}`}\``;
const lines = [
  `Command: ${command}.`,
  `Measured ${new Date().toISOString().slice(0, 10)} on ${process.platform} ${process.arch}, Node ${process.version}, ${cpus().length} cores.`,
];
for (const table of tables) {
  lines.push('', table.title, '', markdownRow(table.columns), markdownRow(table.columns.map(() => '---')));
  for (const row of table.rows) lines.push(markdownRow(row));
  if (table.notes) lines.push('', table.notes);
}
if (rows.length > 0) {
  lines.push(
    '',
    markdownRow(['benchmark', 'figure', 'baseline', 'baseline figure', 'ratio']),
    markdownRow(['---', '---', '---', '---', '---']),
  );
  for (const row of rows) {
    lines.push(
      markdownRow([
        row.benchmark,
        `${format(row.value)} ${row.unit}`,
        row.baseline,
        `${format(row.baselineValue)} ${row.unit}`,
        format(row.value / row.baselineValue),
      ]),
    );
  }
}
console.log(lines.join('\n'));

if (!only) {
  const page = fileURLToPath(new URL('../docs/benchmarks.md', import.meta.url));
  const text = await readFile(page, 'utf8');
  const marked = /(<!-- bench:latest -->)[\s\S]*?(<!-- \/bench:latest -->)/;
  if (!marked.test(text)) throw new Error(`${page} has no <!-- bench:latest --> … <!-- /bench:latest --> markers`);
  const updated = text.replace(marked, (_, start, end) => `${start}\n\n${lines.join('\n')}\n\n${end}`);
  const options = await prettier.resolveConfig(page);
  await writeFile(page, await prettier.format(updated, { ...options, filepath: page }));
  process.stderr.write(`wrote the tables into ${page}\n`);
}

// Runs every benchmark in bench/ and prints Markdown tables for the README.
// A benchmark module's `run()` returns either rows
// `{ benchmark, value, unit, baseline, baselineValue }` (a figure beside a
// baseline measured in the same run, so the ratio holds across machines; all
// such rows make one table), or `{ tables: [{ title, columns, rows, notes }] }`
// for a comparison that needs its own columns.
import { readdir } from 'node:fs/promises';
import { cpus } from 'node:os';

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

console.log(
  `Measured ${new Date().toISOString().slice(0, 10)} on ${process.platform} ${process.arch}, Node ${process.version}, ${cpus().length} cores.`,
);
for (const table of tables) {
  console.log(`\n${table.title}\n`);
  console.log(markdownRow(table.columns));
  console.log(markdownRow(table.columns.map(() => '---')));
  for (const row of table.rows) console.log(markdownRow(row));
  if (table.notes) console.log(`\n${table.notes}`);
}
if (rows.length > 0) {
  console.log('');
  console.log(markdownRow(['benchmark', 'figure', 'baseline', 'baseline figure', 'ratio']));
  console.log(markdownRow(['---', '---', '---', '---', '---']));
  for (const row of rows) {
    console.log(
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

// Runs every benchmark in bench/ and prints one Markdown table for the README.
// Each benchmark module exports `run()` returning rows
// `{ benchmark, value, unit, baseline, baselineValue }`: a figure beside a
// baseline measured in the same run, so the ratio holds across machines.
import { readdir } from 'node:fs/promises';

const only = process.argv[2];
const files = (await readdir(new URL('.', import.meta.url)))
  .filter((name) => name.endsWith('.bench.mjs') && (!only || name.includes(only)))
  .sort();

const rows = [];
for (const file of files) {
  process.stderr.write(`running ${file}…\n`);
  const module = await import(new URL(file, import.meta.url).href);
  rows.push(...(await module.run()));
}

const format = (value) =>
  typeof value === 'number' ? (Math.abs(value) >= 100 ? value.toFixed(0) : value.toPrecision(3)) : value;
console.log(
  `Measured ${new Date().toISOString().slice(0, 10)} on ${process.platform} ${process.arch}, Node ${process.version}, ${(await import('node:os')).cpus().length} cores.\n`,
);
console.log('| benchmark | figure | baseline | baseline figure | ratio |');
console.log('| --- | --- | --- | --- | --- |');
for (const row of rows) {
  console.log(
    `| ${row.benchmark} | ${format(row.value)} ${row.unit} | ${row.baseline} | ${format(row.baselineValue)} ${row.unit} | ${format(row.value / row.baselineValue)} |`,
  );
}

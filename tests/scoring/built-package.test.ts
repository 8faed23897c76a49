// The published shape of @mv-feedback/scoring: what an analyst's script or the
// server gets from `import('@mv-feedback/scoring')` in plain Node after a build.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const runNode = (source: string) =>
  execFileSync(process.execPath, ['--input-type=module', '-e', source], { cwd: root, encoding: 'utf8' });

describe('the built @mv-feedback/scoring package', () => {
  it('gives the catalogue and the scoring functions in plain Node', () => {
    const output = runNode(`
      const s = await import('@mv-feedback/scoring');
      const responses = [[5,5],[4,5],[4,4],[5,4],[3,4],[2,3],[5,null],[4],[1,2],[5,5],[null,null],[3,3],[4,3],[5,5],[2,2],[4,4],[undefined,4],[5,4],[3,5],[4,4]]
        .map(([a, b]) => ({ survey: 'full', answers: Object.fromEntries([['listened', a], ['at-ease', b]].filter(([, v]) => v !== undefined)) }));
      const catalogue = s.loadCatalogue({
        ...s.defaultCatalogue,
        surveys: s.defaultCatalogue.surveys.map((survey) => survey.id !== 'full' ? survey : {
          ...survey,
          questions: survey.questions.map((q) => q.id === 'at-ease' ? { ...q, standards: [{ standard: 'asking-and-listening', weight: 1 }] } : q),
        }),
      });
      const counters = s.countersFromResponses(catalogue, responses);
      const summary = s.summarizeStandard(counters['asking-and-listening']);
      console.log(JSON.stringify({ standards: s.defaultCatalogue.standards.length, surveys: s.defaultCatalogue.surveys.map((x) => x.id), summary }));
    `);
    const result = JSON.parse(output);
    expect(result.standards).toBe(11);
    expect(result.surveys).toEqual(['quick', 'full']);
    expect(result.summary.n).toBe(19);
    expect(result.summary.score).toBeCloseTo(68.4211, 4);
    expect(result.summary.ciLow).toBeCloseTo(46.0104, 4);
    expect(result.summary.mean).toBeCloseTo(71.7105, 4);
  });

  it('ships type declarations beside the JavaScript', () => {
    const pkg = JSON.parse(readFileSync(`${root}/packages/scoring/package.json`, 'utf8'));
    const declarations = readFileSync(`${root}/packages/scoring/${pkg.exports['.'].types}`, 'utf8');
    expect(declarations).toContain('buildScoresResult');
  });

  it('lets browser code take the surveys, rules and day arithmetic without zod or the statistics', () => {
    // Every module the browser entry reaches, followed through its relative imports.
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const source = readFileSync(file, 'utf8');
      for (const [, specifier] of source.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s*'([^']+)'/gm)) {
        expect(specifier, `${file} imports ${specifier}`).toMatch(/^\./);
        visit(new URL(specifier!, `file://${file}`).pathname);
      }
    };
    visit(`${root}/packages/scoring/dist/browser.js`);
    expect(seen.size).toBeGreaterThan(1);
    const output = runNode(
      `const m = await import('@mv-feedback/scoring/browser'); console.log(m.defaultCatalogue.surveys.length, m.CHANNELS.length)`,
    );
    expect(output.trim()).toBe('2 6');
  });
});

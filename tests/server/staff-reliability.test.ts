// Cronbach's α cannot be summed in SQL: scores merge the α sums of the rollup
// rows in JS. With a catalogue whose standard has two items, the staff answer
// must still equal scoring the raw rows, α included.
import {
  buildScoresResult,
  countersFromResponses,
  ScoresResultSchema,
  type Answers,
  type Catalogue,
} from '@mv-feedback/scoring';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { computeScores } from '../../packages/server/src/staff/scores-query.js';
import { prng, randomRows, startStaffServer, storeRows, type StaffServer } from './staff-fixture.js';

const text = (en: string) => ({ en, es: `${en} (es)` });
const agree = (id: string, standard: string) => ({
  id,
  type: 'agree5' as const,
  text: text(id),
  standards: [{ standard, weight: 1 }],
});
const catalogue: Catalogue = {
  standards: [
    { id: 'listening', title: text('Listening'), description: text('Listening') },
    { id: 'accuracy', title: text('Accuracy'), description: text('Accuracy') },
  ],
  surveys: [
    // Two items for listening: α exists.
    {
      id: 'pair',
      title: text('Pair'),
      questions: [agree('heard', 'listening'), agree('understood', 'listening'), agree('right', 'accuracy')],
      comment: { text: text('Ideas?'), standard: 'accuracy' },
    },
    // One item for listening: its respondents never answer both, and leave α to those who did.
    { id: 'single', title: text('Single'), questions: [agree('heard', 'listening')], comment: null },
  ],
};

const NOW = new Date('2026-06-15T19:00:00Z');
let server: StaffServer;

beforeAll(async () => {
  server = await startStaffServer({ now: () => NOW, catalogue });
  // Mostly the two-item survey (randomRows puts 75 % in the first survey).
  await storeRows(server.db, server.config, randomRows(prng(3), 500, NOW, 60, catalogue));
});
afterAll(() => server?.close());

async function raw(filters: { from: string; to: string; survey?: string }) {
  const { rows } = await server.db.execute({
    sql: `SELECT survey, answers, comment FROM responses WHERE day BETWEEN ? AND ? ${filters.survey ? 'AND survey = ?' : ''}`,
    args: filters.survey ? [filters.from, filters.to, filters.survey] : [filters.from, filters.to],
  });
  return buildScoresResult({
    catalogue,
    from: filters.from,
    to: filters.to,
    minN: 10,
    responses: rows.length,
    offered: 0,
    comments: rows.filter((r) => r.comment !== null).length,
    current: countersFromResponses(
      catalogue,
      rows.map((r) => ({ survey: String(r.survey), answers: JSON.parse(String(r.answers)) as Answers })),
    ),
  });
}

it('gives α from the merged rollups when every response shares the item set', async () => {
  const filters = { from: '2026-04-20', to: '2026-06-15', survey: 'pair' };
  const result = ScoresResultSchema.parse(await computeScores(server.db, { catalogue, minN: 10 }, filters));
  const expected = await raw(filters);
  const listening = result.standards.find((s) => s.id === 'listening')!;
  expect(listening.reliability).not.toBeNull();
  expect(listening.reliability).toBeCloseTo(expected.standards.find((s) => s.id === 'listening')!.reliability!, 10);
  expect(result.standards.find((s) => s.id === 'accuracy')!.reliability).toBeNull();
});

it('keeps α over the respondents who answered both items when a one-item survey is mixed in, as raw scoring does', async () => {
  const filters = { from: '2026-04-20', to: '2026-06-15' };
  const result = await computeScores(server.db, { catalogue, minN: 10 }, filters);
  const expected = (await raw(filters)).standards.find((s) => s.id === 'listening')!;
  const pairOnly = (await raw({ ...filters, survey: 'pair' })).standards.find((s) => s.id === 'listening')!;
  const listening = result.standards.find((s) => s.id === 'listening')!;
  expect(expected.n).toBeGreaterThan(pairOnly.n);
  expect(listening.n).toBe(expected.n);
  expect(listening.reliability).not.toBeNull();
  expect(listening.reliability).toBeCloseTo(expected.reliability!, 10);
  // The one-item respondents add to n, not to α.
  expect(listening.reliability).toBeCloseTo(pairOnly.reliability!, 10);
});

it('leaves out α sums kept for another item set, as after a change of catalogue', async () => {
  const filters = { from: '2026-04-20', to: '2026-06-15', survey: 'pair' };
  const before = (await computeScores(server.db, { catalogue, minN: 10 }, filters)).standards[0]!.reliability;
  // A later catalogue asks listening with a third item: no stored respondent answered it.
  const third = {
    ...catalogue,
    surveys: [
      ...catalogue.surveys,
      { ...catalogue.surveys[1]!, id: 'extra', questions: [agree('patient', 'listening')] },
    ],
  };
  expect(before).not.toBeNull();
  expect(
    (await computeScores(server.db, { catalogue: third, minN: 10 }, filters)).standards[0]!.reliability,
  ).toBeNull();
});

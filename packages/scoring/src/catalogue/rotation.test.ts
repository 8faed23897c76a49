import { describe, expect, it } from 'vitest';
import { departmentTitle } from './department-titles.js';
import { defaultCatalogue } from './default-catalogue.js';
import { localizeCatalogue } from '../locales/catalogue-texts.js';
import { BUILT_IN_PACKS } from '../locales/locale-pack.js';
import { askedQuestions, drawRotation, rotatingAnswers } from './rotation.js';

const quick = defaultCatalogue.surveys.find((s) => s.id === 'quick')!;
const full = defaultCatalogue.surveys.find((s) => s.id === 'full')!;

/** A fixed sequence standing in for Math.random. */
const sequence = (...values: number[]) => {
  let i = 0;
  return () => values[i++ % values.length]!;
};

describe('the rotation of the quick survey', () => {
  it('asks the three fixed questions and one drawn from the other eight standards, in survey order', () => {
    expect(drawRotation(quick, sequence(0))).toEqual(['same-day']);
    expect(drawRotation(quick, sequence(0.999))).toEqual(['simple-process']);
    const asked = askedQuestions(quick, drawRotation(quick, sequence(0.7)));
    expect(asked.map((q) => q.id)).toEqual(['listened', 'positive', 'accurate', 'did-best']);
    const standards = new Set(asked.flatMap((q) => q.standards.map((s) => s.standard)));
    expect(standards.size).toBe(4);
  });

  it('draws every pool question about equally often', () => {
    const counts = new Map<string, number>();
    let state = 7;
    // A small LCG: the same draws on every run.
    const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 8000; i++) {
      const [id] = drawRotation(quick, random);
      counts.set(id!, (counts.get(id!) ?? 0) + 1);
    }
    expect([...counts.keys()].sort()).toEqual([...quick.rotate!.from].sort());
    for (const count of counts.values()) expect(Math.abs(count - 1000)).toBeLessThan(150);
  });

  it('draws distinct questions when a rotation asks several', () => {
    const two = { rotate: { count: 2, from: ['a', 'b', 'c'] } };
    expect(drawRotation(two, sequence(0, 0))).toEqual(['a', 'b']);
    expect(drawRotation(two, sequence(0.99, 0.99))).toEqual(['c', 'b']);
  });

  it('leaves a survey without rotation whole', () => {
    expect(drawRotation(full)).toEqual([]);
    expect(askedQuestions(full, [])).toEqual(full.questions);
  });

  it('counts the rotating questions a submission answered, "does not apply" included', () => {
    expect(rotatingAnswers(quick, { listened: 4, 'same-day': null, 'did-best': 5 })).toEqual(['same-day', 'did-best']);
    expect(rotatingAnswers(full, { 'same-day': 'yes' })).toEqual([]);
  });
});

describe('department titles', () => {
  it("gives the catalogue's title, and the slug itself for an unlisted department", () => {
    const catalogue = localizeCatalogue(defaultCatalogue, { es: BUILT_IN_PACKS.es.texts });
    expect(departmentTitle(catalogue, 'library')).toEqual({ en: 'Library', es: 'Biblioteca' });
    expect(departmentTitle(catalogue, 'harbor-office')).toEqual({ en: 'harbor-office' });
    expect(departmentTitle({}, 'permits')).toEqual({ en: 'permits' });
  });
});

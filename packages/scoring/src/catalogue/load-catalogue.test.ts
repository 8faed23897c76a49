import { describe, expect, it } from 'vitest';
import { defaultCatalogue } from './default-catalogue.js';
import { localizeCatalogue } from '../locales/catalogue-texts.js';
import { BUILT_IN_PACKS } from '../locales/locale-pack.js';
import { CatalogueError, loadCatalogue } from './load-catalogue.js';

// Through JSON, as a city's file would be: the default surveys share question objects.
const clone = () =>
  JSON.parse(JSON.stringify(defaultCatalogue)) as {
    standards: { id: string; title: Record<string, string> }[];
    surveys: {
      id: string;
      questions: { id: string; type: string; standards: { standard: string; weight: number }[] }[];
    }[];
  };

const faultOf = (input: unknown): CatalogueError => {
  try {
    loadCatalogue(input);
  } catch (error) {
    if (error instanceof CatalogueError) return error;
    throw error;
  }
  throw new Error('the catalogue was accepted');
};

describe('loading a catalogue', () => {
  it('accepts the default catalogue, as data and as JSON text', () => {
    expect(loadCatalogue(defaultCatalogue)).toEqual(defaultCatalogue);
    expect(loadCatalogue(JSON.stringify(defaultCatalogue)).standards).toHaveLength(11);
  });

  it('holds the eleven standards and both surveys of docs/design.md', () => {
    expect(defaultCatalogue.standards.map((s) => s.id)).toEqual([
      'same-day-response',
      'first-impressions',
      'positive-experience',
      'asking-and-listening',
      'connecting',
      'respecting-concerns',
      'customer-choice',
      'who-we-work-for',
      'knowing-our-business',
      'efficient-not-rushed',
      'questioning-status-quo',
    ]);
    const ids = (survey: string) => defaultCatalogue.surveys.find((s) => s.id === survey)!.questions.map((q) => q.id);
    const rotating = [
      'same-day',
      'professional',
      'acknowledged',
      'at-ease',
      'would-choose',
      'did-best',
      'respected-time',
      'simple-process',
    ];
    expect(ids('quick')).toEqual(['listened', 'positive', 'accurate', ...rotating]);
    expect(defaultCatalogue.surveys[0]!.rotate).toEqual({ count: 1, from: rotating });
    expect(ids('full')).toEqual([
      'same-day',
      'professional',
      'positive',
      'listened',
      'acknowledged',
      'at-ease',
      'would-choose',
      'did-best',
      'accurate',
      'respected-time',
      'simple-process',
    ]);
  });

  it('names an unknown standard in a mapping', () => {
    const bad = clone();
    bad.surveys[0]!.questions[0]!.standards[0]!.standard = 'listening-well';
    const fault = faultOf(bad);
    expect(fault.message).toContain('unknown standard "listening-well"');
    expect(fault.issues[0]!.path).toBe('surveys.0.questions.0.standards.0.standard');
  });

  it('names a duplicate id', () => {
    const bad = clone();
    bad.standards[1]!.id = bad.standards[0]!.id;
    expect(faultOf(bad).message).toContain('duplicate standard id "same-day-response"');
    const badQuestion = clone();
    badQuestion.surveys[0]!.questions[1]!.id = 'listened';
    expect(faultOf(badQuestion).message).toContain('duplicate question id "listened"');
  });

  it('refuses a weight not above 0', () => {
    const bad = clone();
    bad.surveys[0]!.questions[0]!.standards[0]!.weight = 0;
    const fault = faultOf(bad);
    expect(fault.message).toContain('weight must be above 0');
    expect(fault.issues[0]!.path).toBe('surveys.0.questions.0.standards.0.weight');
  });

  it('names a missing English text, and takes a text with no other language (the packs give those)', () => {
    const bad = clone() as unknown as { standards: { title: Record<string, string> }[] };
    delete bad.standards[3]!.title.en;
    const fault = faultOf(bad);
    expect(fault.issues[0]!.path).toBe('standards.3.title.en');
    const english = clone();
    delete english.standards[3]!.title.es;
    expect(loadCatalogue(english).standards[3]!.title).toEqual({ en: english.standards[3]!.title.en });
  });

  it('names an unknown question type', () => {
    const bad = clone();
    bad.surveys[1]!.questions[1]!.type = 'stars10';
    const fault = faultOf(bad);
    expect(fault.message).toContain('unknown question type "stars10"');
    expect(fault.issues[0]!.path).toBe('surveys.1.questions.1.type');
  });

  it('lists city departments, named in the packs, and refuses a duplicate or a missing English title', () => {
    expect(defaultCatalogue.departments!.length).toBeGreaterThanOrEqual(10);
    const localized = localizeCatalogue(defaultCatalogue, { es: BUILT_IN_PACKS.es.texts, vi: BUILT_IN_PACKS.vi.texts });
    expect(localized.departments!.find((d) => d.id === 'code-enforcement')?.title).toEqual({
      en: 'Code enforcement',
      es: 'Cumplimiento de códigos',
      vi: 'Thực thi quy định',
    });
    const duplicate = {
      ...clone(),
      departments: [...defaultCatalogue.departments!, defaultCatalogue.departments![0]!],
    };
    expect(faultOf(duplicate).message).toContain('duplicate department id "permits"');
    const untitled = { ...clone(), departments: [{ id: 'harbor', title: { es: 'Puerto' } }] };
    expect(faultOf(untitled).issues[0]!.path).toBe('departments.0.title.en');
    // A catalogue may leave departments out: every slug is then named by itself.
    const { departments: _none, ...withoutDepartments } = defaultCatalogue;
    expect(loadCatalogue(withoutDepartments).departments).toBeUndefined();
  });

  it('takes a department’s own contact as an https page, a mailto: address or a tel: number, and nothing else', () => {
    const withHelp = (helpHref: string) => ({
      ...clone(),
      departments: [{ id: 'harbor', title: { en: 'Harbor', es: 'Puerto' }, helpHref }],
    });
    for (const help of ['https://www.city.gov/harbor', 'mailto:harbor@city.gov', 'tel:+1 555 0100']) {
      expect(loadCatalogue(withHelp(help)).departments![0]!.helpHref).toBe(help);
    }
    for (const help of ['javascript:alert(1)', 'http://www.city.gov/harbor', 'https://user@city.gov/']) {
      expect(faultOf(withHelp(help)).issues[0]!.path).toBe('departments.0.helpHref');
    }
  });

  it('checks a rotation against its own survey', () => {
    const rotate = (value: unknown) => {
      const bad = clone() as unknown as { surveys: { rotate?: unknown }[] };
      bad.surveys[0]!.rotate = value;
      return faultOf(bad);
    };
    expect(rotate({ count: 1, from: ['same-day', 'colour'] }).issues[0]).toEqual({
      path: 'surveys.0.rotate.from.1',
      message: 'rotation of survey "quick" names unknown question "colour"',
    });
    expect(rotate({ count: 1, from: ['same-day', 'same-day'] }).issues[0]!.message).toContain('names "same-day" twice');
    expect(rotate({ count: 3, from: ['same-day', 'did-best'] }).issues[0]).toEqual({
      path: 'surveys.0.rotate.count',
      message: 'count 3 is more than the 2 questions to draw from',
    });
    expect(rotate({ count: 0, from: ['same-day'] }).issues[0]!.path).toBe('surveys.0.rotate.count');
  });

  it('refuses text that is not JSON', () => {
    expect(faultOf('{"standards": [').message).toMatch(/not valid JSON/);
  });
});

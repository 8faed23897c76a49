import { describe, expect, it } from 'vitest';
import { formatDayRange, formatPercent, formatSignedPoints } from './format.js';
import { stringsFor } from './strings.js';

describe('formatting', () => {
  it('rounds scores to whole percentages in each language', () => {
    expect(formatPercent('en', 68.4211)).toBe('68%');
    expect(formatPercent('en', 99.6)).toBe('100%');
    expect(formatPercent('es', 68.5).replace(/\s/g, ' ')).toBe('69 %');
  });

  it('signs changes in points', () => {
    expect(formatSignedPoints('en', 22.5877)).toBe('+22.6');
    expect(formatSignedPoints('en', -3.04)).toBe('-3.0');
    expect(formatSignedPoints('es', 1.25)).toBe('+1,3');
  });

  it('writes a period in words', () => {
    expect(formatDayRange('en', '2026-01-01', '2026-03-31')).toMatch(/Jan 1.*Mar 31, 2026/);
    expect(formatDayRange('es', '2026-01-01', '2026-03-31')).toMatch(/1 ene.*31 mar 2026/);
  });
});

describe('strings', () => {
  it('has every string in both languages, none blank', () => {
    const en = stringsFor('en');
    const es = stringsFor('es');
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
    for (const value of Object.values(es)) {
      if (typeof value === 'string') expect(value.trim()).not.toBe('');
    }
  });

  it("names the favourable answers in the widget's words", () => {
    expect(stringsFor('es').standardsCaption).toContain('(De acuerdo o Muy de acuerdo; Sí)');
    expect(stringsFor('en').standardsCaption).toContain('(Agree or Strongly agree; Yes)');
    expect(stringsFor('es').guide[0]![1]).toContain('De acuerdo o Muy de acuerdo');
  });

  it('says in the reading guide, in both languages, that residents choose to answer', () => {
    expect(stringsFor('en').guide.map(([term]) => term)).toContain('Who answers');
    expect(stringsFor('es').guide.find(([term]) => term === 'Quién responde')![1]).toMatch(
      /no son una muestra al azar/,
    );
  });
});

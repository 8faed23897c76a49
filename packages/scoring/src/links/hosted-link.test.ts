import { describe, expect, it } from 'vitest';
import { hostedLink, hostedQuery } from './hosted-link.js';

describe('hostedLink', () => {
  it('puts the context, then the language and the invitation, in a fixed order, encoded', () => {
    expect(
      hostedLink(
        'https://feedback.city.gov',
        'quick',
        { interaction: 'CASE 7/b&c', channel: 'phone', department: 'permits' },
        { lang: 'es', inv: 'a.b' },
      ),
    ).toBe(
      'https://feedback.city.gov/r/quick?department=permits&channel=phone&interaction=CASE%207%2Fb%26c&lang=es&inv=a.b',
    );
  });

  it('leaves out what is not given, and the ? when nothing is', () => {
    expect(hostedLink('https://feedback.city.gov/feedback', 'full', {})).toBe(
      'https://feedback.city.gov/feedback/r/full',
    );
    expect(hostedQuery({ department: '' }, { lang: undefined })).toBe('');
  });
});

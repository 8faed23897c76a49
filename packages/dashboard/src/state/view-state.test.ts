import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, parseViewState, serializeViewState, viewRange } from './view-state.js';

describe('view state in the query string', () => {
  it('round-trips every field', () => {
    const search =
      '?show=departments&period=custom&from=2026-01-05&to=2026-02-10&department=permits&channel=phone&survey=full&verified=true&interval=month&by=connecting&sort=lowest&q=parking+lot&standard=connecting&tone=unfavourable&lang=es';
    const view = parseViewState(search);
    expect(view).toEqual({
      show: 'departments',
      period: 'custom',
      from: '2026-01-05',
      to: '2026-02-10',
      department: 'permits',
      channel: 'phone',
      survey: 'full',
      verified: true,
      interval: 'month',
      by: 'connecting',
      sort: 'lowest',
      q: 'parking lot',
      standard: 'connecting',
      tone: 'unfavourable',
      lang: 'es',
    });
    expect(parseViewState(serializeViewState(view))).toEqual(view);
  });

  it('leaves defaults out of the URL', () => {
    expect(serializeViewState(DEFAULT_VIEW)).toBe('');
    expect(serializeViewState({ ...DEFAULT_VIEW, period: 'last-quarter' })).toBe('?period=last-quarter');
  });

  it('takes a tone only with a standard', () => {
    expect(parseViewState('?tone=favourable').tone).toBeUndefined();
    expect(serializeViewState({ ...DEFAULT_VIEW, tone: 'favourable' })).toBe('');
  });

  it('keeps the languages view and a response language', () => {
    const view = parseViewState('?show=languages&language=zh-Hant');
    expect(view).toEqual({ ...DEFAULT_VIEW, show: 'languages', language: 'zh-Hant' });
    expect(serializeViewState(view)).toBe('?show=languages&language=zh-Hant');
  });

  it('ignores malformed values instead of failing', () => {
    const view = parseViewState(
      '?period=forever&channel=fax&department=Bad%20Dept&interval=day&lang=fr&language=klingon&verified=1&by=No%20Slug',
    );
    expect(view).toEqual(DEFAULT_VIEW);
  });

  it('falls back to the last 30 days when a custom range is impossible', () => {
    expect(parseViewState('?period=custom&from=2026-03-01&to=2026-02-01').period).toBe('last-30-days');
    expect(parseViewState('?period=custom&from=2026-02-30&to=2026-03-01').period).toBe('last-30-days');
  });

  it('turns a view into days', () => {
    expect(viewRange({ ...DEFAULT_VIEW, period: 'year-to-date' }, '2026-11-26')).toEqual({
      from: '2026-01-01',
      to: '2026-11-26',
    });
    expect(viewRange(parseViewState('?period=custom&from=2026-01-05&to=2026-02-10'), '2026-11-26')).toEqual({
      from: '2026-01-05',
      to: '2026-02-10',
    });
  });
});

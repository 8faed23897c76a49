// MV_PUBLIC_REPORT, MV_PUBLIC_MIN_N and MV_FISCAL_YEAR_START as the server reads them at start.
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../packages/server/src/config/config-error.js';
import { loadConfig } from '../../packages/server/src/config/load-config.js';

const load = (env: Record<string, string>) => loadConfig({ env, prepareDatabase: false });

describe('the public report settings', () => {
  it('are off, 30 and July by default', () => {
    expect(load({}).publicReport).toEqual({ enabled: false, minN: 30, fiscalYearStart: 7 });
  });

  it('take on/off, a minimum and a month', () => {
    expect(load({ MV_PUBLIC_REPORT: 'on', MV_PUBLIC_MIN_N: '50', MV_FISCAL_YEAR_START: ' 10 ' }).publicReport).toEqual({
      enabled: true,
      minN: 50,
      fiscalYearStart: 10,
    });
    expect(load({ MV_PUBLIC_REPORT: 'off' }).publicReport?.enabled).toBe(false);
  });

  it.each([
    [{ MV_PUBLIC_REPORT: 'maybe' }, 'MV_PUBLIC_REPORT must be on or off'],
    [{ MV_PUBLIC_MIN_N: '2' }, 'MV_PUBLIC_MIN_N must be a whole number from 3'],
    [{ MV_PUBLIC_MIN_N: 'ten' }, 'MV_PUBLIC_MIN_N must be a whole number'],
    [{ MV_FISCAL_YEAR_START: '13' }, 'MV_FISCAL_YEAR_START must be a whole number from 1 to 12'],
    [{ MV_FISCAL_YEAR_START: 'July' }, 'MV_FISCAL_YEAR_START must be a whole number from 1 to 12'],
  ])('stops the server at start on %o', (env, message) => {
    expect(() => load(env)).toThrow(ConfigError);
    expect(() => load(env)).toThrow(message);
  });
});

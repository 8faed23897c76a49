import { describe, expect, it } from 'vitest';
import type { ScoresResult } from '@mv-feedback/scoring';
import { StaffApiError, type StaffApiClient } from '../api/staff-api-client.js';
import { DEFAULT_VIEW } from '../state/view-state.js';
import { DashboardData } from './dashboard-data.js';

const query = { from: '2026-01-01', to: '2026-01-31' };
const result = (responses: number) => ({ responses, standards: [], minN: 10 }) as unknown as ScoresResult;

/** A fake API whose scores answers the test releases by hand, in any order. */
function controlledApi() {
  const pending: ((value: ScoresResult) => void)[] = [];
  const api = {
    scores: () => new Promise<ScoresResult>((resolve) => pending.push(resolve)),
    trend: async () => null,
    comments: async () => ({ items: [], total: 0 }),
  } as unknown as StaffApiClient;
  return { api, pending };
}

describe('DashboardData', () => {
  it('keeps the newest view when an older answer arrives last', async () => {
    const { api, pending } = controlledApi();
    const data = new DashboardData({ requestUpdate() {} }, () => {});
    const first = data.loadAll(api, query, DEFAULT_VIEW);
    const second = data.loadAll(api, { ...query, channel: 'phone' }, DEFAULT_VIEW);
    pending[1]!(result(2));
    pending[0]!(result(1));
    await Promise.all([first, second]);
    expect(data.scores?.responses).toBe(2);
  });

  it('ends the session on a 401 and keeps other failures to show', async () => {
    let signedOut = 0;
    const failing = (status: number) =>
      ({
        scores: async () => {
          throw new StaffApiError(status, 'no');
        },
        trend: async () => null,
        comments: async () => ({ items: [], total: 0 }),
      }) as unknown as StaffApiClient;
    const data = new DashboardData({ requestUpdate() {} }, () => signedOut++);
    await data.loadAll(failing(401), query, DEFAULT_VIEW);
    expect(signedOut).toBe(1);
    expect(data.error).toBeNull();
    await data.loadAll(failing(500), query, DEFAULT_VIEW);
    expect(data.error).toBeInstanceOf(StaffApiError);
    expect(data.loading).toBe(false);
  });
});

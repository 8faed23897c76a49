import { describe, expect, it } from 'vitest';
import { StaffApiClient, StaffApiError, staffQueryString } from './staff-api-client.js';

const recorder = (status: number, body: unknown) => {
  const calls: { url: string; headers: Record<string, string> }[] = [];
  const fetchImpl = async (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({
      url: input instanceof Request ? input.url : String(input),
      headers: init?.headers as Record<string, string>,
    });
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  };
  return { calls, fetchImpl: fetchImpl };
};

describe('StaffApiClient', () => {
  it('sends the token and the filters', async () => {
    const { calls, fetchImpl } = recorder(200, { series: [] });
    await new StaffApiClient('http://127.0.0.1:1', 'tok', fetchImpl).trend(
      { from: '2026-01-01', to: '2026-01-31', department: 'permits' },
      'month',
    );
    expect(calls[0]?.url).toBe(
      'http://127.0.0.1:1/api/v1/scores/trend?from=2026-01-01&to=2026-01-31&department=permits&interval=month',
    );
    expect(calls[0]?.headers.authorization).toBe('Bearer tok');
  });

  it("raises the server's message with the status", async () => {
    const { fetchImpl } = recorder(403, { error: { code: 'forbidden', message: 'Not your department' } });
    const call = new StaffApiClient('', 'tok', fetchImpl).scores({ from: '2026-01-01', to: '2026-01-31' });
    await expect(call).rejects.toEqual(new StaffApiError(403, 'Not your department'));
  });

  it('reports an unreachable server as status 0', async () => {
    const failing = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    await expect(new StaffApiClient('', 'tok', failing).me()).rejects.toMatchObject({ status: 0 });
  });

  it('leaves empty filters out of the query', () => {
    expect(staffQueryString({ from: '2026-01-01', to: '2026-01-31', channel: undefined, q: '' } as never)).toBe(
      'from=2026-01-01&to=2026-01-31',
    );
  });
});

describe('StaffApiClient.exportCsv', () => {
  it("returns the file with the server's name for it", async () => {
    const fetchImpl = (async () =>
      new Response('\uFEFFid,receivedAt\r\n', {
        headers: {
          'content-type': 'text/csv',
          'content-disposition': 'attachment; filename="mv-feedback-2026-01-01-to-2026-01-31.csv"',
        },
      })) as typeof fetch;
    const { blob, filename } = await new StaffApiClient('', 'tok', fetchImpl).exportCsv({
      from: '2026-01-01',
      to: '2026-01-31',
    });
    expect(filename).toBe('mv-feedback-2026-01-01-to-2026-01-31.csv');
    expect(await blob.text()).toContain('id,receivedAt');
  });
});

// Issue 16, the second hardening round, against real servers on 127.0.0.1
// and real libSQL files: the QR code is cheap and bounded, an offer is a
// resident's visit and never a new row per made-up department, an invited
// answer cannot be reopened, the plain form keeps the JSON API's rules,
// origins match exactly, MV_PUBLIC_URL is an origin and a plain path, and
// the minor findings. Chromium's part is in tests/hosted/offer-counting.test.ts.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createStaffToken, loadConfig, startServer, type RunningServer } from '@mv-feedback/server';
import { runCli } from '../support/cli-process.js';

const PUBLIC_URL = 'https://feedback.riverton.example.gov';
/** A phone's browser; Node's fetch names itself "node", which counts as a script, not a resident. */
const BROWSER =
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36';

let dir: string;
let server: RunningServer;
/** The same with the default MV_RATE_LIMIT of 30 a minute per client. */
let limited: RunningServer;
let admin: string;

const start = (env: Record<string, string>) =>
  startServer(loadConfig({ env, flags: { db: `file:${join(dir, `${randomUUID()}.db`)}` } }), { port: 0 });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mv-hardening-'));
  server = await start({ MV_RATE_LIMIT: '0', MV_PUBLIC_URL: PUBLIC_URL });
  limited = await start({ MV_PUBLIC_URL: PUBLIC_URL });
  admin = await createStaffToken(server.db, { name: 'Case desk', role: 'admin' });
});
afterAll(async () => {
  await server?.close();
  await limited?.close();
  rmSync(dir, { recursive: true, force: true });
});

const get = (path: string, headers: Record<string, string> = {}, on = server) =>
  fetch(`${on.url}${path}`, { headers: { 'User-Agent': BROWSER, ...headers }, redirect: 'manual' });
const count = async (sql: string, args: (string | number)[] = [], on = server) =>
  Number((await on.db.execute({ sql, args })).rows[0]?.[0] ?? 0);
const responses = () => count('SELECT count(*) FROM responses');
const offers = (department: string, channel: string, survey = 'quick') =>
  count('SELECT coalesce(SUM(offers), 0) FROM offer_cube WHERE department = ? AND channel = ? AND survey = ?', [
    department,
    channel,
    survey,
  ]);

/** A served form's hidden fields: the id and the nonce it stands for. */
async function freshForm(path = '/r/quick?lang=en') {
  const page = await (await get(path)).text();
  return {
    id: /name="id" value="([0-9a-f-]{36})"/.exec(page)![1]!,
    nonce: /name="nonce" value="([^"]+)"/.exec(page)![1]!,
  };
}

const postForm = (fields: Record<string, string>, headers: Record<string, string> = {}, path = '/r/quick') =>
  fetch(`${server.url}${path}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(fields),
  });

async function invitation(interaction: string) {
  const response = await fetch(`${server.url}/api/v1/invitations`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${admin}` },
    body: JSON.stringify({ survey: 'quick', department: 'permits', channel: 'email', interactions: [interaction] }),
  });
  expect(response.status).toBe(201);
  const { invitations } = (await response.json()) as { invitations: { url: string }[] };
  const url = new URL(invitations[0]!.url);
  return { path: `${url.pathname}${url.search}`, token: url.searchParams.get('inv')! };
}

describe('the QR code and the counter card (finding 1)', () => {
  it('draws a link once: the same strong ETag again, 304 on If-None-Match, under a policy of its own', async () => {
    const path = '/r/quick/qr.svg?department=permits&channel=in-person';
    // Uncompressed, so the ETag is the drawing's own strong one.
    const identity = { 'Accept-Encoding': 'identity' };
    const first = await get(path, identity);
    expect(first.status).toBe(200);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"/);
    expect(first.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(first.headers.get('cache-control')).toBe('public, max-age=300');
    const again = await get(path, identity);
    expect(again.headers.get('etag')).toBe(etag);
    expect(await again.text()).toBe(await first.text());
    const kept = await get(path, { ...identity, 'If-None-Match': etag! });
    expect(kept.status).toBe(304);
  });

  it('refuses a link over 512 characters with 414, for the code and for the card', async () => {
    const long = `?department=${'d'.repeat(64)}&interaction=${encodeURIComponent('案'.repeat(100))}`;
    expect((await get(`/r/quick/qr.svg${long}`)).status).toBe(414);
    expect((await get(`/r/quick/card${long}`)).status).toBe(414);
    expect((await get('/r/quick/qr.svg?interaction=CASE-1')).status).toBe(200);
  });

  it('draws at most MV_RATE_LIMIT new codes a minute for one client (429), and still serves the ones drawn', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 31; i += 1) {
      statuses.push((await get(`/r/quick/qr.svg?interaction=LIMIT-${i}`, {}, limited)).status);
    }
    expect(statuses.slice(0, 30).every((status) => status === 200)).toBe(true);
    const refused = await get('/r/quick/qr.svg?interaction=LIMIT-30', {}, limited);
    expect(statuses[30]).toBe(429);
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    expect((await get('/r/quick/qr.svg?interaction=LIMIT-3', {}, limited)).status).toBe(200);
  });

  it('keeps /healthz and a submission within 2 s under a storm of QR requests from one client', async () => {
    // 200 connections from another process for 3 s, each asking for new long links; bounded in count and time.
    const storm = spawn(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const [base] = process.argv.slice(1); const end = Date.now() + 3000; let n = 0;
         await Promise.all(Array.from({ length: 200 }, async (_, c) => {
           while (Date.now() < end) {
             const link = base + '/r/quick/qr.svg?department=' + 'd'.repeat(60) + c + '&interaction=' + encodeURIComponent('x'.repeat(40) + (n++));
             await fetch(link).then((r) => r.arrayBuffer()).catch(() => undefined);
           }
         }));`,
        limited.url,
      ],
      { stdio: 'ignore' },
    );
    const stormEnded = new Promise((resolve) => storm.on('close', resolve));
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const timed = async (request: () => Promise<Response>) => {
      const began = performance.now();
      const response = await request();
      await response.arrayBuffer();
      return { status: response.status, ms: performance.now() - began };
    };
    const health = await timed(() => fetch(`${limited.url}/healthz`));
    const submission = await timed(() =>
      fetch(`${limited.url}/api/v1/responses`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ id: randomUUID(), survey: 'quick', answers: { positive: 5 }, comment: null }),
      }),
    );
    await stormEnded;
    expect(health).toMatchObject({ status: 200 });
    expect(health.ms).toBeLessThan(2_000);
    expect(submission).toMatchObject({ status: 201 });
    expect(submission.ms).toBeLessThan(2_000);
  }, 30_000);
});

describe('offers (findings 2 and 3)', () => {
  it('counts a resident’s top-level visit, and no previewer, crawler or another page’s img, iframe, script or fetch', async () => {
    const path = '/r/quick?department=housing&channel=email';
    const before = await offers('housing', 'email');
    const previewers = [
      'Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)',
      'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)',
      'WhatsApp/2.23.20.0 A',
      'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
      'Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.17029; Pro)',
    ];
    for (const agent of previewers) expect((await get(path, { 'User-Agent': agent })).status).toBe(200);
    for (const dest of ['image', 'iframe', 'script', 'empty']) {
      const response = await get(path, {
        'Sec-Fetch-Dest': dest,
        'Sec-Fetch-Mode': 'no-cors',
        'Sec-Fetch-Site': 'cross-site',
      });
      expect(response.status).toBe(200);
    }
    await fetch(`${server.url}${path}`); // no user agent a browser would send
    await get(path, { 'Sec-Fetch-Dest': 'document', 'Sec-Fetch-Mode': 'navigate', 'Sec-Fetch-Site': 'cross-site' });
    await get(path); // a browser that sends no Fetch Metadata
    await expect.poll(() => offers('housing', 'email')).toBe(before + 2);
  });

  it('tells search engines not to list any hosted page', async () => {
    for (const path of ['/r/quick', '/r/quick/thanks', '/r/quick/card', '/r/long']) {
      const response = await get(path);
      expect(response.headers.get('x-robots-tag')).toContain('noindex');
      expect(await response.text()).toContain('<meta name="robots" content="noindex, nofollow" />');
    }
  });

  it('counts a department the catalogue does not list under no department: made-up slugs add no rows', async () => {
    const rows = () => count('SELECT count(*) FROM offer_cube');
    // The cells of "no department" exist once one such offer was counted.
    await get('/r/quick?channel=field');
    const impression = (department: string) =>
      fetch(`${server.url}/api/v1/impressions`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ survey: 'quick', context: { department, channel: 'field' } }),
      });
    expect((await impression('made-up-first')).status).toBe(204);
    await expect.poll(() => offers('', 'field')).toBe(2);
    const before = await rows();
    for (let i = 0; i < 40; i += 1) {
      expect((await get(`/r/quick?department=made-up-${i}&channel=field`)).status).toBe(200);
      expect((await impression(`made-up-${i}`)).status).toBe(204);
    }
    await expect.poll(() => offers('', 'field')).toBe(82);
    expect(await rows()).toBe(before);
    expect(await count("SELECT count(*) FROM offer_cube WHERE department LIKE 'made-up%'")).toBe(0);
  });
});

describe('invited answers and the privacy line (findings 4 and 5)', () => {
  it('after an invited answer, the thanks names no case and offers nothing that reopens it', async () => {
    const { path, token } = await invitation('CASE-2291');
    const shown = await (await get(`${path}&lang=en`)).text();
    expect(shown).toContain('Your answers are linked to your case number so staff can look at it.');
    expect(shown).not.toContain('anonymous');
    const nonce = /name="nonce" value="([^"]+)"/.exec(shown)![1]!;
    const sent = await postForm({ nonce, lang: 'en', invitation: token, 'q.listened': '4' });
    expect(sent.status).toBe(303);
    const location = sent.headers.get('location')!;
    expect(location).not.toMatch(/interaction|CASE|inv=/);
    const thanks = await (await get(location)).text();
    expect(thanks).toContain('Thank you');
    expect(thanks).not.toContain('CASE-2291');
    expect(thanks).not.toMatch(/href="\/r\/quick[?"]/);
  });

  it('offers another answer after a case’s link without the case, and words the form by whether one is attached', async () => {
    const linked = await (await get('/r/quick?interaction=CASE-77&lang=es')).text();
    expect(linked).toContain(
      'Sus respuestas quedan vinculadas al número de su caso para que el personal pueda revisarlo.',
    );
    expect(linked).not.toContain('anónimas');
    const plain = await (await get('/r/quick?lang=es')).text();
    expect(plain).toContain('Sus respuestas son anónimas.');
    const { nonce } = await freshForm('/r/quick?interaction=CASE-77&department=permits');
    const sent = await postForm({
      nonce,
      lang: 'en',
      interaction: 'CASE-77',
      department: 'permits',
      'q.listened': '5',
    });
    expect(sent.status).toBe(303);
    const location = sent.headers.get('location')!;
    expect(location).toBe('/r/quick/thanks?department=permits&lang=en');
    const thanks = await (await get(location)).text();
    expect(thanks).toContain('href="/r/quick?department=permits&amp;lang=en"');
    expect(thanks).not.toMatch(/href="[^"]*CASE-77/);
  });
});

describe('the plain form under the JSON API’s rules (finding 6)', () => {
  const raw = (body: Buffer<ArrayBuffer> | string, headers: Record<string, string>, path = '/r/quick') =>
    fetch(`${server.url}${path}`, { method: 'POST', redirect: 'manual', headers, body });

  it('refuses a body that is not UTF-8, another charset, and a content coding, storing nothing', async () => {
    const before = await responses();
    const { nonce } = await freshForm();
    const form = 'application/x-www-form-urlencoded';
    const fields = `nonce=${nonce}&q.listened=5&comment=`;
    expect(
      (await raw(Buffer.concat([Buffer.from(fields), Buffer.from([0xe9, 0x74, 0xe9])]), { 'Content-Type': form }))
        .status,
    ).toBe(400);
    expect((await raw(`${fields}%E9t%E9`, { 'Content-Type': form })).status).toBe(400);
    expect((await raw(`${fields}caf%C3%A9`, { 'Content-Type': `${form}; charset=iso-8859-1` })).status).toBe(400);
    expect((await raw(`${fields}ok`, { 'Content-Type': form, 'Content-Encoding': 'gzip' })).status).toBe(415);
    expect(await responses()).toBe(before);
    const invitations = await fetch(`${server.url}/api/v1/invitations`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip', Authorization: `Bearer ${admin}` },
      body: JSON.stringify({ survey: 'quick', department: 'permits', channel: 'email', interactions: ['CASE-9'] }),
    });
    expect(invitations.status).toBe(415);
    expect(((await invitations.json()) as { error: { code: string } }).error.code).toBe('unsupported_content_encoding');
    // UTF-8 itself is taken.
    expect((await raw(`${fields}caf%C3%A9`, { 'Content-Type': `${form}; charset=UTF-8` })).status).toBe(303);
  });

  it('stores one response for a form sent twice, and refuses a nonce it did not sign or an id it does not stand for', async () => {
    const before = await responses();
    const { id, nonce } = await freshForm();
    const fields = { nonce, lang: 'en', 'q.positive': '4' };
    expect((await postForm(fields)).status).toBe(303);
    expect((await postForm(fields)).status).toBe(303);
    expect(await count('SELECT count(*) FROM responses WHERE id = ?', [id])).toBe(1);
    const forged = `${nonce.slice(0, -1)}${nonce.endsWith('A') ? 'B' : 'A'}`;
    expect((await postForm({ ...fields, nonce: forged })).status).toBe(400);
    expect((await postForm({ ...fields, id: randomUUID() })).status).toBe(400);
    expect((await postForm({ lang: 'en', 'q.positive': '4', id: randomUUID() })).status).toBe(400);
    expect(await responses()).toBe(before + 1);
  });

  it('logs one line, not a stack trace, for a body the client abandoned', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const port = Number(new URL(server.url).port);
      const socket = connect(port, '127.0.0.1', () => {
        socket.write(
          'POST /r/quick HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\nq.positive=5&comment=',
        );
        setImmediate(() => socket.destroy());
      });
      socket.on('error', () => undefined);
      await expect.poll(() => logged.mock.calls.length).toBe(1);
      // Anything else logged for it would come within the same turn of the event loop.
      await new Promise((resolve) => setImmediate(resolve));
      expect(logged.mock.calls).toHaveLength(1);
      const [line, ...rest] = logged.mock.calls[0]!;
      expect(rest).toEqual([]);
      expect(typeof line).toBe('string');
      expect(String(line)).not.toContain('\n');
      expect(String(line)).toMatch(/form body .* ended before it was complete/);
    } finally {
      logged.mockRestore();
    }
  });

  it('answers 408 to a form body trickled in past 10 s, as the JSON API does', async () => {
    const port = Number(new URL(server.url).port);
    const { nonce } = await freshForm();
    const body = `nonce=${nonce}&q.positive=5&comment=${'a'.repeat(8_000)}`;
    const began = Date.now();
    const socket = connect(port, '127.0.0.1', () =>
      socket.write(
        `POST /r/quick HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: ${body.length}\r\n\r\n`,
      ),
    );
    let answer = '';
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString()));
    socket.on('error', () => undefined);
    let sent = 0;
    // 8 KiB over 16 s: 500 bytes a second.
    const drip = setInterval(() => {
      if (sent >= body.length || socket.destroyed) return clearInterval(drip);
      socket.write(body.slice(sent, sent + 500));
      sent += 500;
    }, 1_000);
    await new Promise((resolve) => socket.on('close', resolve));
    clearInterval(drip);
    const ms = Date.now() - began;
    expect(answer.split('\r\n')[0]).toBe('HTTP/1.1 408 Request Timeout');
    expect(ms).toBeGreaterThan(9_000);
    expect(ms).toBeLessThan(12_500);
    expect(sent).toBeLessThan(body.length);
  }, 30_000);
});

describe('origins match exactly (finding 7)', () => {
  it('refuses a form and a JSON submission from another scheme or a path on the same host and port', async () => {
    const host = new URL(server.url).host;
    for (const origin of [`https://${host}`, `${server.url}/evil`, `http://${host}.evil.example`]) {
      const { nonce } = await freshForm();
      expect((await postForm({ nonce, 'q.positive': '5' }, { Origin: origin })).status).toBe(403);
      const json = await fetch(`${server.url}/api/v1/responses`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Origin: origin },
        body: JSON.stringify({ id: randomUUID(), survey: 'quick', answers: { positive: 5 }, comment: null }),
      });
      expect(json.status).toBe(403);
    }
    for (const origin of [server.url, PUBLIC_URL]) {
      const { nonce } = await freshForm();
      expect((await postForm({ nonce, 'q.positive': '5' }, { Origin: origin })).status).toBe(303);
    }
  });
});

describe('MV_PUBLIC_URL (finding 8)', () => {
  const bad = [
    'http://host//evil.example',
    'http://host/\\evil.example',
    'https://host/a/../b',
    'https://host/%2e%2e/x',
  ];

  it.each(bad)('refuses %s', (url) => {
    expect(() => loadConfig({ env: { MV_PUBLIC_URL: url }, prepareDatabase: false })).toThrow(
      /MV_PUBLIC_URL .* must be an origin with at most a plain path/,
    );
  });

  it('takes an origin with a plain path prefix', () => {
    const config = loadConfig({
      env: { MV_PUBLIC_URL: 'https://www.riverton.gov/city-feedback/v2/' },
      prepareDatabase: false,
    });
    expect(config.publicUrl).toBe('https://www.riverton.gov/city-feedback/v2');
  });

  it('stops serve with one line and status 2', async () => {
    const { code, stdout, stderr } = await runCli(['serve', '--port', '0', '--db', `file:${join(dir, 'cli.db')}`], {
      MV_PUBLIC_URL: 'http://host//evil.example',
    });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^mv-feedback: MV_PUBLIC_URL "http:\/\/host\/\/evil.example"/),
    ]);
  });
});

describe('the minor findings (9)', () => {
  it('answers If-None-Match: * with 304 for a file sent from disk', async () => {
    const response = await get('/mv-feedback.js', { 'If-None-Match': '*' });
    expect(response.status).toBe(304);
  });

  it('gives a HEAD the Content-Encoding of its GET', async () => {
    for (const path of ['/mv-feedback.js', '/r/quick', '/r/quick/qr.svg?department=permits']) {
      const headers = { 'Accept-Encoding': 'gzip' };
      const got = await get(path, headers);
      const head = await fetch(`${server.url}${path}`, {
        method: 'HEAD',
        headers: { ...headers, 'User-Agent': BROWSER },
      });
      expect(got.headers.get('content-encoding')).toBe('gzip');
      expect(head.headers.get('content-encoding')).toBe('gzip');
      expect(head.headers.get('vary')).toBe(got.headers.get('vary'));
    }
  });

  it('refuses a blank interaction in the invitations API', async () => {
    const response = await fetch(`${server.url}/api/v1/invitations`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${admin}` },
      body: JSON.stringify({ survey: 'quick', department: 'permits', channel: 'email', interactions: ['   '] }),
    });
    expect(response.status).toBe(400);
  });
});

describe('the invitation’s signature is taken in the spelling it was made (finding 10)', () => {
  it('answers an invitation once: the other spellings of its last character are refused', async () => {
    const { token } = await invitation('CASE-SPELLING');
    const [payload, signature] = token.split('.') as [string, string];
    // 32 bytes are 43 base64url characters: the last one carries 4 bits, so four characters decode alike.
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const last = alphabet.indexOf(signature.at(-1)!);
    const spellings = [0, 1, 2, 3].map((low) => `${payload}.${signature.slice(0, -1)}${alphabet[(last & ~3) | low]}`);
    expect(spellings).toContain(token);
    const statuses: Record<string, number> = {};
    for (const spelling of spellings) {
      const response = await fetch(`${server.url}/api/v1/responses`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          id: randomUUID(),
          survey: 'quick',
          answers: { positive: 5 },
          comment: null,
          invitation: spelling,
        }),
      });
      statuses[spelling === token ? 'made' : spelling] = response.status;
    }
    expect(statuses.made).toBe(201);
    expect(
      Object.entries(statuses)
        .filter(([name]) => name !== 'made')
        .map(([, status]) => status),
    ).toEqual([400, 400, 400]);
    expect(await count("SELECT count(*) FROM responses WHERE interaction = 'CASE-SPELLING'")).toBe(1);
  });
});

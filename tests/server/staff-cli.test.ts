import { ScoresResultSchema } from '@mv-feedback/scoring';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { reportCommand } from '../../packages/server/src/cli/report-command.js';
import { seedCommand } from '../../packages/server/src/cli/seed-command.js';
import { tokenCommand } from '../../packages/server/src/cli/token-command.js';
import { verifyStaffToken } from '../../packages/server/src/auth/tokens.js';
import { get, startStaffServer, type StaffServer } from './staff-fixture.js';

let server: StaffServer;

/** Runs a command in-process and returns its exit code and what it wrote. */
async function run(command: (argv: string[]) => Promise<number>, argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (out.push(String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (err.push(String(chunk)), true));
  try {
    const code = await command(argv);
    return { code, stdout: out.join(''), stderr: err.join('') };
  } finally {
    vi.restoreAllMocks();
  }
}

beforeAll(async () => {
  server = await startStaffServer();
  const seeded = await run(seedCommand, ['--demo', '--count', '4000', '--db', server.config.dbUrl]);
  expect(seeded).toMatchObject({ code: 0, stderr: '' });
  expect(seeded.stdout).toMatch(/^seeded 4000 demo responses/);
});
afterAll(() => server?.close());
afterEach(() => vi.restoreAllMocks());

describe('mv-feedback token create', () => {
  it('prints only the token, on one line, and stores only its hash', async () => {
    const { code, stdout, stderr } = await run(tokenCommand, [
      'create',
      '--name',
      'Pat',
      '--role',
      'admin',
      '--db',
      server.config.dbUrl,
    ]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^mvf_[A-Za-z0-9_-]{43}\n$/);
    const token = stdout.trim();
    const { rows } = await server.db.execute("SELECT * FROM staff_tokens WHERE name = 'Pat'");
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows[0])).not.toContain(token.slice(4));
    expect(rows[0]!.token_hash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(await verifyStaffToken(server.db, token)).toMatchObject({ name: 'Pat', role: 'admin', department: null });
    expect((await get(`${server.url}/api/v1/scores`, token)).status).toBe(200);
  });

  it('the built command prints nothing but the token on stdout', async () => {
    const cli = fileURLToPath(new URL('../../packages/server/dist/cli.js', import.meta.url));
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      [cli, 'token', 'create', '--name', 'Shell', '--db', server.config.dbUrl],
      {
        env: { PATH: process.env.PATH ?? '' },
      },
    );
    expect(stdout).toMatch(/^mvf_[A-Za-z0-9_-]{43}\n$/);
    expect(stderr).toBe('');
    expect(await verifyStaffToken(server.db, stdout.trim())).toMatchObject({ name: 'Shell', role: 'viewer' });
  });

  it.each([
    [['create', '--role', 'viewer'], /--name/],
    [['create', '--name', 'X', '--role', 'owner'], /--role/],
    [['create', '--name', 'X', '--department', 'Permits Dept'], /--department/],
    [['create', '--name', 'X', '--colour', 'red'], /colour/],
  ])('refuses %j with one line and exit 2', async (argv, message) => {
    const { code, stdout, stderr } = await run(tokenCommand, [...argv, '--db', server.config.dbUrl]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  it('scopes a token to a department and can revoke it', async () => {
    const { stdout } = await run(tokenCommand, [
      'create',
      '--name',
      'Desk',
      '--department',
      'permits',
      '--db',
      server.config.dbUrl,
    ]);
    const token = stdout.trim();
    expect((await get(`${server.url}/api/v1/scores?department=library`, token)).status).toBe(403);
    const list = await run(tokenCommand, ['list', '--db', server.config.dbUrl]);
    const line = list.stdout.split('\n').find((l) => l.includes('Desk'))!;
    expect(line).toContain('department permits');
    expect((await run(tokenCommand, ['revoke', line.split('\t')[0]!, '--db', server.config.dbUrl])).code).toBe(0);
    expect((await get(`${server.url}/api/v1/scores`, token)).status).toBe(401);
  });
});

describe('mv-feedback report', () => {
  const filters = ['--from', '2026-01-01', '--to', '2026-03-31', '--department', 'permits'];

  it('--format json prints exactly the GET /api/v1/scores object', async () => {
    const { stdout: token } = await run(tokenCommand, ['create', '--name', 'Reader', '--db', server.config.dbUrl]);
    const api = await (
      await get(`${server.url}/api/v1/scores?from=2026-01-01&to=2026-03-31&department=permits`, token.trim())
    ).json();
    const { code, stdout } = await run(reportCommand, [...filters, '--format', 'json', '--db', server.config.dbUrl]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(api);
    expect(ScoresResultSchema.parse(JSON.parse(stdout)).responses).toBeGreaterThan(0);
  });

  it('prints an aligned table with one decimal, the interval and n, and marks suppressed rows', async () => {
    const { code, stdout } = await run(reportCommand, [...filters, '--db', server.config.dbUrl]);
    expect(code).toBe(0);
    const json = ScoresResultSchema.parse(
      JSON.parse((await run(reportCommand, [...filters, '--format', 'json', '--db', server.config.dbUrl])).stdout),
    );
    const lines = stdout.trimEnd().split('\n');
    // The department by its title, not its slug.
    expect(lines[0]).toMatch(/^Scores 2026-01-01 to 2026-03-31, Building permits: \d+ responses/);
    // The demo seed counts offers beside its responses.
    expect(json.responseRate).toBeGreaterThan(0.1);
    expect(lines[1]).toBe(
      json.responseRate === null
        ? 'Response rate: no offers counted (no survey seen or hosted page opened)'
        : `Response rate ${(100 * json.responseRate).toFixed(1)} % (${json.responses} responses of ${json.offered} offers)`,
    );
    const table = lines.slice(3);
    expect(table).toHaveLength(12);
    expect(table[0]).toMatch(/^Standard\s+Score\s+95 % interval\s+n$/);
    const listening = table.find((l) => l.startsWith('Asking and listening'))!;
    expect(listening).toMatch(/\d+\.\d  +\d+\.\d–\d+\.\d  +\d+$/);
    const scoreColumn = table[0]!.indexOf('Score') + 'Score'.length;
    expect(listening.slice(scoreColumn - 1, scoreColumn)).toMatch(/\d/);
    const tiny = await run(reportCommand, [
      '--from',
      '2026-01-05',
      '--to',
      '2026-01-05',
      '--department',
      'planning',
      '--channel',
      'field',
      '--db',
      server.config.dbUrl,
    ]);
    expect(tiny.stdout).toMatch(/suppressed \(n < 10\)/);
    const unoffered = await run(reportCommand, ['--department', 'no-such-desk', '--db', server.config.dbUrl]);
    expect(unoffered.stdout.split('\n')[1]).toBe(
      'Response rate: no offers counted (no survey seen or hosted page opened)',
    );
  });

  it('--format csv gives the table as CSV', async () => {
    const { stdout } = await run(reportCommand, [...filters, '--format', 'csv', '--db', server.config.dbUrl]);
    const lines = stdout.split('\r\n');
    expect(lines[0]).toBe('standard,title,score,ciLow,ciHigh,n,suppressed,from,to,responses,offered,responseRate');
    expect(lines).toHaveLength(13);
    expect(lines.find((l) => l.startsWith('asking-and-listening,'))).toMatch(
      /^asking-and-listening,Asking and listening,[\d.]+,[\d.]+,[\d.]+,\d+,false,2026-01-01,2026-03-31,\d+,\d+,(0\.\d+)?$/,
    );
  });

  it.each([
    [['--from', '2026-02-30'], /--from/],
    [['--from', '2026-03-01', '--to', '2026-02-01'], /--from/],
    [['--format', 'xml'], /--format/],
    [['--channel', 'fax'], /--channel/],
  ])('refuses %j with one line and exit 2', async (argv, message) => {
    const { code, stderr } = await run(reportCommand, [...argv, '--db', server.config.dbUrl]);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });
});

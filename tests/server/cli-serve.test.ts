import { execFileSync, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createClient } from '@libsql/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const cli = fileURLToPath(new URL('../../packages/server/dist/cli.js', import.meta.url));
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mv-cli-'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function run(args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, [cli, ...args], {
    env: { ...process.env, MV_DB_URL: `file:${join(dir, 'default.db')}`, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const done = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on('close', (code) => resolve({ code, stdout, stderr })),
  );
  /** The first match of `pattern` in stdout, as soon as it is printed; undefined if the process ends first. */
  const printed = (pattern: RegExp) =>
    new Promise<RegExpExecArray | undefined>((resolve) => {
      const check = () => {
        const match = pattern.exec(stdout);
        if (match) resolve(match);
      };
      check();
      child.stdout.on('data', check);
      child.on('close', () => resolve(undefined));
    });
  return { child, done, output: () => stdout, printed };
}

describe('mv-feedback', () => {
  it('is linked by npm install at the root, so `npx mv-feedback` runs it', () => {
    const root = fileURLToPath(new URL('../..', import.meta.url));
    const stdout = execFileSync('npx', ['--no-install', 'mv-feedback', '--help'], { cwd: root, encoding: 'utf8' });
    expect(stdout).toContain('mv-feedback serve');
  });

  it('--help prints the usage of every command', async () => {
    const { code, stdout } = await run(['--help']).done;
    expect(code).toBe(0);
    for (const command of ['serve', 'migrate', 'token create', 'seed --demo', 'report', 'link --survey'])
      expect(stdout).toContain(`mv-feedback ${command}`);
    expect(stdout).toContain('MV_DB_URL');
  });

  it('an unknown command or flag exits 2 with one line', async () => {
    const unknown = await run(['frobnicate']).done;
    expect(unknown.code).toBe(2);
    expect(unknown.stderr.split('\n')[0]).toBe('mv-feedback: unknown command "frobnicate"');
    const flag = await run(['migrate', '--colour']).done;
    expect(flag.code).toBe(2);
    expect(flag.stderr.trim().split('\n')).toHaveLength(1);
  });

  const catalogueFile = () => {
    const file = join(dir, 'broken-catalogue.json');
    writeFileSync(file, JSON.stringify({ standards: [], surveys: [] }));
    return file;
  };
  const badConfigs: [string, string[], Record<string, string>, RegExp][] = [
    [
      'a bad time zone',
      ['migrate'],
      { MV_TIMEZONE: 'Mars/Olympus' },
      /MV_TIMEZONE "Mars\/Olympus" is not an IANA time zone/,
    ],
    ['a malformed database URL', ['migrate', '--db', 'postgres://db'], {}, /unsupported scheme postgres:/],
    ['a remote URL without a host', ['migrate', '--db', 'libsql://'], {}, /not a valid libsql: URL/],
    [
      'an unwritable database path',
      ['migrate', '--db', `file:${join(fileURLToPath(import.meta.url), 'x', 'feedback.db')}`],
      {},
      /cannot create the database folder/,
    ],
    [
      'a missing catalogue file',
      ['migrate'],
      { MV_CATALOGUE: '/nonexistent/catalogue.json' },
      /MV_CATALOGUE file \/nonexistent\/catalogue.json cannot be read \(ENOENT\)/,
    ],
    ['an invalid catalogue file', ['migrate'], { MV_CATALOGUE: '' }, /invalid catalogue/],
    ['a bad port', ['serve', '--port', 'eighty'], {}, /port must be a whole number/],
    ['a bad rate limit', ['migrate'], { MV_RATE_LIMIT: '-1' }, /MV_RATE_LIMIT must be a whole number/],
    [
      'a bad origin',
      ['migrate'],
      { MV_ALLOWED_ORIGINS: 'city.example.gov' },
      /MV_ALLOWED_ORIGINS entry "city.example.gov" is not an origin/,
    ],
    [
      'an address that is no address',
      ['serve', '--port', '0'],
      { MV_HOST: '999.1.1.1' },
      /host "999.1.1.1" \(--host or MV_HOST\) is not an IP address/,
    ],
    [
      'a URL as the host',
      ['serve', '--port', '0'],
      { MV_HOST: 'http://x' },
      /host "http:\/\/x" \(--host or MV_HOST\) is not/,
    ],
    [
      'a host name that does not resolve',
      ['serve', '--port', '0'],
      { MV_HOST: 'no-such-host.invalid' },
      /cannot listen on no-such-host.invalid:0 \((ENOTFOUND|EAI_AGAIN)\)/,
    ],
    [
      'an address of another machine',
      ['serve', '--port', '0', '--host', '192.0.2.1'],
      {},
      /cannot listen on 192.0.2.1:0 \(EADDRNOTAVAIL\)/,
    ],
    ['a database path with a broken escape', ['migrate', '--db', 'file:%zz.db'], {}, /MV_DB_URL "file:%zz.db"/],
    ['a database path with a NUL', ['migrate', '--db', 'file:/tmp/a%00b.db'], {}, /MV_DB_URL "file:\/tmp\/a%00b.db"/],
    [
      'a public URL that is no URL',
      ['serve', '--port', '0'],
      { MV_PUBLIC_URL: 'feedback' },
      /MV_PUBLIC_URL "feedback"/,
    ],
    ['a city name of two lines', ['serve', '--port', '0'], { MV_CITY_NAME: 'Riverton\nHall' }, /MV_CITY_NAME must be/],
  ];
  it.each(badConfigs)('stops on %s with one clear line and status 2', async (_name, args, env, message) => {
    const { code, stderr, stdout } = await run(args, env.MV_CATALOGUE === '' ? { MV_CATALOGUE: catalogueFile() } : env)
      .done;
    expect(code).toBe(2);
    expect(stdout).toBe('');
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^mv-feedback: /);
    expect(lines[0]).toMatch(message);
  });

  it('a database server that does not answer stops the command with one line and status 2', async () => {
    const { createServer } = await import('node:net');
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as { port: number }).port;
    await new Promise((resolve) => closed.close(resolve));
    const { code, stdout, stderr } = await run(['migrate', '--db', `http://127.0.0.1:${port}`]).done;
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr.trim().split('\n')).toEqual([
      `mv-feedback: cannot reach the database http://127.0.0.1:${port} (ECONNREFUSED); check MV_DB_URL and MV_DB_AUTH_TOKEN`,
    ]);
  });

  it('a port in use stops serve with one clear line and status 2', async () => {
    const { createServer } = await import('node:net');
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = String((blocker.address() as { port: number }).port);
    const { code, stderr } = await run(['serve', '--port', port, '--db', `file:${join(dir, 'busy-port.db')}`]).done;
    blocker.close();
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toEqual([
      `mv-feedback: cannot listen on 127.0.0.1:${port} (EADDRINUSE); choose another with --port or MV_PORT`,
    ]);
  });

  it('migrate makes the database folder and applies the migrations once', async () => {
    const dbUrl = `file:${join(dir, 'new', 'folder', 'feedback.db')}`;
    expect(await run(['migrate', '--db', dbUrl]).done).toMatchObject({
      code: 0,
      stdout: 'applied migrations 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14\n',
    });
    expect(await run(['migrate'], { MV_DB_URL: dbUrl }).done).toMatchObject({
      code: 0,
      stdout: 'database is up to date\n',
    });
  });

  it('refuses a database a newer version migrated: migrate and serve stop with one line and status 2', async () => {
    const dbUrl = `file:${join(dir, 'from-the-future.db')}`;
    expect((await run(['migrate', '--db', dbUrl]).done).code).toBe(0);
    const db = createClient({ url: dbUrl });
    await db.execute(
      "INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'from a later release', '2030-01-01T00:00:00Z')",
    );
    db.close();
    const message =
      'mv-feedback: the database was migrated by a newer mv-feedback (migration 999 "from a later release" is unknown to this one); run that version or restore a backup';
    for (const args of [['migrate'], ['serve', '--port', '0']]) {
      const { code, stdout, stderr } = await run([...args, '--db', dbUrl]).done;
      expect([args[0], code, stdout, stderr]).toEqual([args[0], 2, '', `${message}\n`]);
    }
  });

  it('refuses a database that applied a different migration file: migrate and serve stop with one line and status 2', async () => {
    const dbUrl = `file:${join(dir, 'edited-migration.db')}`;
    expect((await run(['migrate', '--db', dbUrl]).done).code).toBe(0);
    // What the database recorded when it applied migration 2 no longer matches the file shipped.
    const db = createClient({ url: dbUrl });
    await db.execute(`UPDATE schema_migrations SET checksum = '${'a'.repeat(64)}' WHERE version = 2`);
    db.close();
    for (const args of [['migrate'], ['serve', '--port', '0']]) {
      const { code, stdout, stderr } = await run([...args, '--db', dbUrl]).done;
      expect([args[0], code, stdout]).toEqual([args[0], 2, '']);
      expect(stderr).toMatch(
        /^mv-feedback: migration 2 "rollup cubes and indexes for fast staff queries" is not the one this database applied \(sha-256 [0-9a-f]{12}, applied aaaaaaaaaaaa\); an applied migration never changes: restore its file or run the release that applied it\n$/,
      );
    }
  });

  it('serve --port 0 prints its address, and on SIGTERM answers what is in flight, then exits 0', async () => {
    const dbUrl = `file:${join(dir, 'serve.db')}`;
    const server = run(['serve', '--port', '0', '--db', dbUrl], { MV_RATE_LIMIT: '0', MV_PORT: '1' });
    const url = (await server.printed(/listening on (http:\/\/127\.0\.0\.1:\d+)/))?.[1];
    expect(url).toBeDefined();
    const send = (id: string) =>
      fetch(`${url}/api/v1/responses`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ id, survey: 'quick', answers: { accurate: 5 } }),
      }).then(
        (response) => response.status,
        () => 0,
      );
    const early = Array.from({ length: 5 }, () => randomUUID());
    expect(await Promise.all(early.map(send))).toEqual([201, 201, 201, 201, 201]);
    const ids = Array.from({ length: 50 }, () => randomUUID());
    const sends = ids.map(send);
    // Once one is answered, the server is handling the others: SIGTERM finds them in flight.
    await Promise.race(sends);
    server.child.kill('SIGTERM');
    const statuses = await Promise.all(sends);
    const result = await server.done;
    expect(result.code).toBe(0);
    expect(statuses.every((status) => status === 201 || status === 0)).toBe(true);
    const db = createClient({ url: dbUrl });
    const stored = new Set((await db.execute('SELECT id FROM responses')).rows.map((row) => String(row.id)));
    db.close();
    const acknowledged = [...early, ...ids.filter((_, i) => statuses[i] === 201)];
    expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
  });

  // Seeding a year (20,000 responses and their offers) takes up to a minute on a busy 2-core machine.
  it('serve --demo seeds an empty database once, prints the addresses and a token, and replaces the token on the next start', async () => {
    const dbUrl = `file:${join(dir, 'demo.db')}`;
    const startDemo = async () => {
      const server = run(['serve', '--demo', '--port', '0', '--db', dbUrl]);
      const token = (await server.printed(/staff token .*: (mvf_\S+)/))?.[1];
      const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(server.output())?.[1];
      expect(token, server.output()).toBeDefined();
      return { server, url: url!, token: token!, output: server.output() };
    };
    const me = (url: string, token: string) =>
      fetch(`${url}/api/v1/me`, { headers: { Authorization: `Bearer ${token}` } }).then((r) => r.status);

    const first = await startDemo();
    expect(first.output).toContain('seeded 20000 demo responses');
    for (const path of ['/demo/', '/dashboard', '/mv-feedback.js']) {
      expect(first.output).toContain(`${first.url.replace('127.0.0.1', 'localhost')}${path}`);
      expect((await fetch(`${first.url}${path}`)).status, path).toBe(200);
    }
    // The counter's hosted survey and its card, beside the other addresses.
    const counter = '?department=permits&channel=in-person';
    const base = first.url.replace('127.0.0.1', 'localhost');
    expect(first.output).toContain(`hosted survey:   ${base}/r/quick${counter}\n`);
    expect(first.output).toContain(`counter card:    ${base}/r/quick/card${counter}\n`);
    for (const path of [`/r/quick${counter}`, `/r/quick/card${counter}`]) {
      expect((await fetch(`${first.url}${path}`)).status, path).toBe(200);
    }
    expect(await me(first.url, first.token)).toBe(200);
    first.server.child.kill('SIGTERM');
    expect((await first.server.done).code).toBe(0);

    const second = await startDemo();
    expect(second.output).not.toContain('seeding');
    expect(second.token).not.toBe(first.token);
    expect(await me(second.url, second.token)).toBe(200);
    expect(await me(second.url, first.token)).toBe(401);
    second.server.child.kill('SIGTERM');
    expect((await second.server.done).code).toBe(0);
    const db = createClient({ url: dbUrl });
    expect(Number((await db.execute('SELECT count(*) FROM responses')).rows[0]?.[0])).toBe(20000);
    db.close();
  }, 180_000);

  it('a command that finds the database locked past the busy timeout says so in one line', async () => {
    const dbUrl = `file:${join(dir, 'locked.db')}`;
    expect((await run(['migrate', '--db', dbUrl]).done).code).toBe(0);
    const holder = createClient({ url: dbUrl });
    const tx = await holder.transaction('write');
    try {
      const { code, stderr } = await run(['token', 'create', '--name', 'Late', '--db', dbUrl]).done;
      expect(code).toBe(1);
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).toMatch(/^mv-feedback: the database is busy or unavailable, try again/);
    } finally {
      tx.close();
      holder.close();
    }
  });
});

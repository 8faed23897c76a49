import type { ServerConfig } from '../config/server-config.js';
import type { RunningServer } from '../start-server.js';
import { seedDemoData } from '../seed/demo-data.js';
import { createStaffToken, revokeStaffTokensNamed } from '../auth/tokens.js';

const DEMO_TOKEN_NAME = 'demo admin';

/**
 * `serve --demo`: fills an empty database with a year of demo responses,
 * makes an admin token to sign in to the dashboard with (revoking the one
 * printed by the previous start), and prints where to look.
 */
export async function prepareDemo(
  server: RunningServer,
  config: ServerConfig,
  out: NodeJS.WritableStream,
): Promise<void> {
  const stored = Number((await server.db.execute('SELECT count(*) FROM responses')).rows[0]?.[0] ?? 0);
  if (stored === 0) {
    out.write('seeding a year of demo responses…\n');
    const seeded = await seedDemoData(server.db, config);
    out.write(`seeded ${seeded} demo responses\n`);
  }
  // One live demo token at a time: each start replaces the one printed before.
  await revokeStaffTokensNamed(server.db, DEMO_TOKEN_NAME);
  const token = await createStaffToken(server.db, { name: DEMO_TOKEN_NAME, role: 'admin' });
  const base = server.url.replace('://127.0.0.1:', '://localhost:');
  out.write(
    [
      '',
      `demo city page:  ${base}/demo/`,
      `staff dashboard: ${base}/dashboard`,
      `widget bundle:   ${base}/mv-feedback.js`,
      `staff token (admin, sign in to the dashboard with it): ${token}`,
      '',
    ].join('\n'),
  );
}

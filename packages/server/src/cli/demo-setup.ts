import type { ServerConfig } from '../config/server-config.js';
import type { RunningServer } from '../http/start-server.js';
import { seedDemoData } from '../seed/demo-data.js';
import { createStaffToken } from '../staff/tokens.js';

/**
 * `serve --demo`: fills an empty database with a year of demo responses,
 * makes an admin token to sign in to the dashboard with, and prints where
 * to look.
 */
export async function prepareDemo(server: RunningServer, config: ServerConfig, out: NodeJS.WritableStream): Promise<void> {
  const stored = Number((await server.db.execute('SELECT count(*) FROM responses')).rows[0]?.[0] ?? 0);
  if (stored === 0) {
    out.write('seeding a year of demo responses…\n');
    const seeded = await seedDemoData(server.db, config);
    out.write(`seeded ${seeded} demo responses\n`);
  }
  const token = await createStaffToken(server.db, { name: 'demo admin', role: 'admin' });
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

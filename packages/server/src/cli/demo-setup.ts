import { hostedLink, hostedQuery } from '@mv-feedback/scoring';
import type { ServerConfig } from '../config/server-config.js';
import type { RunningServer } from '../start-server.js';
import { seedDemoData } from '../seed/demo-data.js';
import { seedDemoFollowUps } from '../seed/demo-follow-ups.js';
import { createStaffToken, revokeStaffTokensNamed } from '../auth/tokens.js';

const DEMO_TOKEN_NAME = 'demo admin';

/**
 * `serve --demo`: fills an empty database with a year of demo responses and
 * some requests to be contacted,
 * makes an admin token to sign in to the dashboard with (revoking the one
 * printed by the previous start), and prints where to look: the demo page,
 * the dashboard, the bundle, the Permit Center counter's hosted survey
 * and its card, and the public scorecard when it is on.
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
    out.write(`seeded ${await seedDemoFollowUps(server.db, config)} demo requests to be contacted\n`);
  }
  // One live demo token at a time: each start replaces the one printed before.
  await revokeStaffTokensNamed(server.db, DEMO_TOKEN_NAME);
  const token = await createStaffToken(server.db, { name: DEMO_TOKEN_NAME, role: 'admin' });
  const base = server.url.replace('://127.0.0.1:', '://localhost:');
  // The Permit Center's counter, as the demo city page shows it; MV_PUBLIC_URL when set, as every link.
  const counter = { department: 'permits', channel: 'in-person' } as const;
  const linkBase = config.publicUrl ?? base;
  out.write(
    [
      '',
      `demo city page:  ${base}/demo/`,
      `staff dashboard: ${base}/dashboard`,
      `widget bundle:   ${base}/mv-feedback.js`,
      `hosted survey:   ${hostedLink(linkBase, 'quick', counter)}`,
      `counter card:    ${linkBase}/r/quick/card${hostedQuery(counter)}`,
      ...(config.publicReport?.enabled ? [`scorecard:       ${linkBase}/scorecard`] : []),
      `staff token (admin, sign in to the dashboard with it): ${token}`,
      '',
    ].join('\n'),
  );
}

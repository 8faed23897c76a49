import type { ServerConfig } from '../config/server-config.js';
import type { RunningServer } from '../http/start-server.js';

/**
 * `serve --demo`: prints where to look. Demo data and a staff token come from
 * the staff half of the server once it is wired in.
 */
export async function prepareDemo(server: RunningServer, _config: ServerConfig, out: NodeJS.WritableStream): Promise<void> {
  const base = server.url.replace('127.0.0.1', 'localhost');
  out.write(`demo page:       ${base}/demo/\n`);
  out.write(`staff dashboard: ${base}/dashboard\n`);
  out.write(`widget bundle:   ${base}/mv-feedback.js\n`);
}

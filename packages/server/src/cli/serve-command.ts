import { parseArgs } from 'node:util';
import { loadConfig } from '../config/load-config.js';
import { startServer, type RunningServer } from '../start-server.js';
import { prepareDemo } from './demo-setup.js';

export const SERVE_USAGE = 'mv-feedback serve [--port 8787] [--host 127.0.0.1] [--db URL] [--demo]';

/**
 * `mv-feedback serve`: migrates, serves until SIGINT or SIGTERM, then stops
 * accepting, answers what is in flight, flushes the writer and closes.
 *
 * @example
 * process.exitCode = await serveCommand(['--port', '0', '--demo']);
 */
export async function serveCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      db: { type: 'string' },
      demo: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const config = loadConfig({
    flags: {
      ...(values.db !== undefined ? { db: values.db } : {}),
      ...(values.port !== undefined ? { port: values.port } : {}),
      ...(values.host !== undefined ? { host: values.host } : {}),
    },
  });
  // The demo shows the public scorecard unless MV_PUBLIC_REPORT says otherwise (docs/design.md §13).
  if (values.demo && config.publicReport && !process.env.MV_PUBLIC_REPORT?.trim()) {
    config.publicReport = { ...config.publicReport, enabled: true };
  }
  const server = await startServer(config, { demo: values.demo });
  process.stdout.write(`listening on ${server.url}\n`);
  if (values.demo) await prepareDemo(server, config, process.stdout);
  return waitForSignal(server);
}

function waitForSignal(server: RunningServer): Promise<number> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      process.stderr.write(`${signal}: finishing requests in flight and closing\n`);
      server.close().then(
        () => resolve(0),
        (error: unknown) => {
          process.stderr.write(`mv-feedback: error while closing: ${String(error)}\n`);
          resolve(1);
        },
      );
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

#!/usr/bin/env node
import { reportFailure, EXIT_USAGE } from './cli/cli-output.js';
import { migrateCommand, MIGRATE_USAGE } from './cli/migrate-command.js';
import { serveCommand, SERVE_USAGE } from './cli/serve-command.js';

const USAGE = `Usage:
  ${SERVE_USAGE}
  ${MIGRATE_USAGE}

Environment: MV_DB_URL, MV_DB_AUTH_TOKEN, MV_PORT, MV_HOST, MV_ALLOWED_ORIGINS,
MV_RATE_LIMIT, MV_MIN_N, MV_TIMEZONE, MV_CATALOGUE. Flags beat the environment.
`;

const commands: Record<string, (argv: string[]) => Promise<number>> = {
  serve: serveCommand,
  migrate: migrateCommand,
};

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(USAGE);
    return name === undefined ? EXIT_USAGE : 0;
  }
  const command = commands[name];
  if (!command) {
    process.stderr.write(`mv-feedback: unknown command "${name}"\n${USAGE}`);
    return EXIT_USAGE;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(USAGE);
    return 0;
  }
  try {
    return await command(rest);
  } catch (error) {
    return reportFailure(error);
  }
}

process.exitCode = await main(process.argv.slice(2));

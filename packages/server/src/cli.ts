#!/usr/bin/env node
import { reportFailure, EXIT_USAGE } from './cli/cli-output.js';
import { inviteCommand, INVITE_USAGE } from './cli/invite-command.js';
import { linkCommand, LINK_USAGE } from './cli/link-command.js';
import { localesCommand, LOCALES_USAGE } from './cli/locales-command.js';
import { migrateCommand, MIGRATE_USAGE } from './cli/migrate-command.js';
import {
  backupCommand,
  purgeCommand,
  restoreCommand,
  BACKUP_USAGE,
  PURGE_USAGE,
  RESTORE_USAGE,
} from './cli/operations-commands.js';
import { reportCommand, REPORT_USAGE } from './cli/report-command.js';
import { seedCommand, SEED_USAGE } from './cli/seed-command.js';
import { serveCommand, SERVE_USAGE } from './cli/serve-command.js';
import { tokenCommand, TOKEN_USAGE } from './cli/token-command.js';

const USAGE = `Usage:
  ${SERVE_USAGE}
  ${MIGRATE_USAGE}
  ${TOKEN_USAGE}
  ${SEED_USAGE}
  ${REPORT_USAGE}
  ${LINK_USAGE}
  ${INVITE_USAGE}
  ${BACKUP_USAGE}
  ${RESTORE_USAGE}
  ${PURGE_USAGE}
  ${LOCALES_USAGE}

Environment: MV_DB_URL (default file:./data/mv-feedback.db), MV_DB_AUTH_TOKEN,
MV_PORT (8787), MV_HOST (127.0.0.1), MV_ALLOWED_ORIGINS, MV_RATE_LIMIT (30 a
minute; 0 = off), MV_TRUST_PROXY, MV_MIN_N (10), MV_TIMEZONE (America/Los_Angeles),
MV_CATALOGUE, MV_PUBLIC_URL (http://HOST:PORT), MV_CITY_NAME (City services),
MV_SECRET (the key invitations are signed with; default: one kept in the database),
MV_BACKUP_DIR (serve keeps a daily backup there), MV_BACKUP_KEEP (7),
MV_RETENTION_DAYS (erase comments and page addresses older than this; default off),
MV_LOCALES (the languages offered; default all: en,es,vi,tl,ko,zh-Hans,zh-Hant,ar),
MV_LOCALE_DIR (a folder of LOCALE.json packs replacing the built-in ones),
MV_CARD_LOCALES (the counter card's languages, at most three; default en,es).
Flags beat the environment.
`;

const commands: Record<string, (argv: string[]) => Promise<number> | number> = {
  serve: serveCommand,
  migrate: migrateCommand,
  token: tokenCommand,
  seed: seedCommand,
  report: reportCommand,
  link: linkCommand,
  invite: inviteCommand,
  backup: backupCommand,
  restore: restoreCommand,
  purge: purgeCommand,
  locales: localesCommand,
};

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? process.stderr : process.stdout).write(USAGE);
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

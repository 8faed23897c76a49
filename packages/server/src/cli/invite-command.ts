import { parseArgs } from 'node:util';
import { DEFAULT_INVITATION_DAYS, InvitationsRequestSchema, MAX_INVITATION_DAYS } from '@mv-feedback/scoring';
import { ConfigError } from '../config/config-error.js';
import { loadConfig } from '../config/load-config.js';
import { configuredPublicUrl } from '../config/server-config.js';
import { durableTransaction } from '../db/connection/durable-transaction.js';
import { migrate } from '../db/schema/migrate.js';
import { offerWriteStatements } from '../db/store/offer-store.js';
import { openDatabase } from '../db/connection/open-database.js';
import { invitationSecret } from '../db/store/server-secrets.js';
import { makeInvitations } from '../invitations/make-invitations.js';
import { reportFailure } from './cli-output.js';
import { listenFlags } from './listen-flags.js';
import { surveyArgument } from './survey-argument.js';

export const INVITE_USAGE = `mv-feedback invite --survey ID --department SLUG --channel CHANNEL --interaction REF [--expires-days ${DEFAULT_INVITATION_DAYS}] [--db URL] [--port 8787] [--host 127.0.0.1]`;

/**
 * `mv-feedback invite`: a single-use invitation link for one closed case
 * (docs/design.md §9), alone on stdout, signed with MV_SECRET or the database's own
 * key, so the server that takes the answer must share one or the other.
 * Counted as an offer of a verified response, like `POST /api/v1/invitations`.
 *
 * @example
 * process.exitCode = await inviteCommand(['--survey', 'quick', '--department', 'permits', '--channel', 'email', '--interaction', 'CASE-1']);
 */
export async function inviteCommand(argv: string[]): Promise<number> {
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        survey: { type: 'string' },
        department: { type: 'string' },
        channel: { type: 'string' },
        interaction: { type: 'string' },
        'expires-days': { type: 'string', default: String(DEFAULT_INVITATION_DAYS) },
        db: { type: 'string' },
        port: { type: 'string' },
        host: { type: 'string' },
      },
      strict: true,
    });
    // Unless MV_PUBLIC_URL says otherwise, the link names the server as `serve` is told to listen.
    const config = loadConfig({ flags: { ...listenFlags(values), ...(values.db ? { db: values.db } : {}) } });
    const days = values['expires-days'];
    if (!/^\d{1,3}$/.test(days) || Number(days) > MAX_INVITATION_DAYS) {
      throw new ConfigError(`--expires-days must be a whole number from 0 to ${MAX_INVITATION_DAYS}, got "${days}"`);
    }
    const request = InvitationsRequestSchema.safeParse({
      survey: surveyArgument(config.catalogue, values.survey),
      department: values.department,
      channel: values.channel,
      interactions: values.interaction === undefined ? undefined : [values.interaction],
      expiresInDays: Number(days),
    });
    if (!request.success) {
      const issue = request.error.issues[0]!;
      const flag = issue.path[0] === 'interactions' ? 'interaction' : String(issue.path[0]);
      throw new ConfigError(`--${flag} ${issue.input === undefined ? 'is required' : issue.message}`);
    }
    const db = await openDatabase(config);
    try {
      await migrate(db, { catalogue: config.catalogue });
      const now = new Date();
      const [invitation] = makeInvitations(request.data, {
        secret: await invitationSecret(db, config.secret),
        publicUrl: configuredPublicUrl(config),
        now,
      });
      const { survey, department, channel } = request.data;
      const tx = await durableTransaction(db);
      try {
        await tx.batch(
          offerWriteStatements([{ survey, department, channel, at: now, verified: true }], config.timezone),
        );
        await tx.commit();
      } finally {
        tx.close();
      }
      process.stdout.write(`${invitation!.url}\n`);
      return 0;
    } finally {
      db.close();
    }
  } catch (error) {
    return reportFailure(error);
  }
}

import { parseArgs } from 'node:util';
import { DepartmentSchema, StaffRoleSchema } from '@mv-feedback/scoring';
import { ConfigError } from '../config/config-error.js';
import { loadConfig } from '../config/load-config.js';
import { migrate } from '../db/schema/migrate.js';
import { openDatabase } from '../db/connection/open-database.js';
import { commandLineActor, recordAudit } from '../audit/audit-log.js';
import { createStaffToken, revokeStaffToken } from '../auth/tokens.js';
import { reportFailure } from './cli-output.js';

export const TOKEN_USAGE =
  'mv-feedback token create --name NAME [--role viewer|responder|admin] [--department SLUG] [--expires-days N] [--db URL]\n  mv-feedback token list [--db URL] | token revoke ID [--db URL]';

/**
 * `mv-feedback token create|list|revoke`. `create` prints the new token alone
 * on stdout (so `TOKEN=$(mv-feedback token create --name ops)` works); only
 * its SHA-256 hash is stored.
 *
 * @example
 * process.exitCode = await tokenCommand(['create', '--name', 'Permits desk', '--department', 'permits']);
 */
export async function tokenCommand(argv: string[]): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: {
        name: { type: 'string' },
        role: { type: 'string' },
        department: { type: 'string' },
        'expires-days': { type: 'string' },
        db: { type: 'string' },
      },
      allowPositionals: true,
      strict: true,
    });
    const [action, id] = positionals;
    if (action === 'create') {
      const name = values.name?.trim();
      if (!name) throw new ConfigError('token create needs --name NAME (who the token is for)');
      const role = StaffRoleSchema.safeParse(values.role ?? 'viewer');
      if (!role.success) {
        throw new ConfigError(`--role must be viewer, responder or admin, got "${values.role ?? ''}"`);
      }
      if (values.department !== undefined && !DepartmentSchema.safeParse(values.department).success) {
        throw new ConfigError(`--department must be a department slug like "permits", got "${values.department}"`);
      }
      const days = values['expires-days'];
      if (days !== undefined && !/^[1-9]\d{0,4}$/.test(days)) {
        throw new ConfigError(`--expires-days must be a whole number of days from 1 to 99999, got "${days}"`);
      }
      const expiresAt = days === undefined ? undefined : new Date(Date.now() + Number(days) * DAY_MS);
      return await withDatabase(values.db, async (db) => {
        const token = await createStaffToken(db, {
          name,
          role: role.data,
          ...(values.department ? { department: values.department } : {}),
          ...(expiresAt ? { expiresAt } : {}),
        });
        await recordAudit(db, {
          actor: commandLineActor(),
          action: 'token.create',
          detail: {
            name,
            role: role.data,
            department: values.department ?? null,
            expiresAt: expiresAt?.toISOString() ?? null,
          },
        });
        process.stdout.write(`${token}\n`);
        return 0;
      });
    }
    if (action === 'list') {
      return await withDatabase(values.db, async (db) => {
        const { rows } = await db.execute(
          'SELECT id, name, role, department, created_at, revoked_at, expires_at, last_used_at FROM staff_tokens ORDER BY id',
        );
        const now = new Date().toISOString();
        for (const row of rows) {
          const scope = row.department ? `department ${String(row.department)}` : 'all departments';
          const state = row.revoked_at
            ? `revoked ${String(row.revoked_at)}`
            : row.expires_at && String(row.expires_at) <= now
              ? `expired ${String(row.expires_at)}`
              : `created ${String(row.created_at)}${row.expires_at ? `, expires ${String(row.expires_at)}` : ''}`;
          const used = row.last_used_at ? `last used ${String(row.last_used_at)}` : 'never used';
          process.stdout.write(
            `${String(row.id)}\t${String(row.name)}\t${String(row.role)}\t${scope}\t${state}\t${used}\n`,
          );
        }
        return 0;
      });
    }
    if (action === 'revoke' && id && /^\d+$/.test(id)) {
      return await withDatabase(values.db, async (db) => {
        const named = await db.execute({ sql: 'SELECT name FROM staff_tokens WHERE id = ?', args: [Number(id)] });
        if (await revokeStaffToken(db, Number(id))) {
          await recordAudit(db, {
            actor: commandLineActor(),
            action: 'token.revoke',
            detail: { id: Number(id), name: String(named.rows[0]?.name ?? '') },
          });
          return 0;
        }
        process.stderr.write(`mv-feedback: no active token with id ${id}\n`);
        return 1;
      });
    }
    throw new ConfigError(`usage: ${TOKEN_USAGE}`);
  } catch (error) {
    return reportFailure(error);
  }
}

const DAY_MS = 86_400_000;

async function withDatabase(
  dbFlag: string | undefined,
  run: (db: Awaited<ReturnType<typeof openDatabase>>) => Promise<number>,
): Promise<number> {
  const config = loadConfig({ flags: dbFlag ? { db: dbFlag } : {} });
  const db = await openDatabase(config);
  try {
    await migrate(db, { catalogue: config.catalogue });
    return await run(db);
  } finally {
    db.close();
  }
}

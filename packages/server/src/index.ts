export type { ServerConfig } from './config/server-config.js';
export { ConfigError } from './config/config-error.js';
export { loadConfig, DEFAULTS } from './config/load-config.js';
export type { ConfigFlags, LoadConfigOptions } from './config/load-config.js';
export { openDatabase, BUSY_TIMEOUT_MS } from './db/open-database.js';
export { durableTransaction } from './db/durable-transaction.js';
export { migrate } from './db/migrate.js';
export { migrations } from './db/migrations.js';
export type { Migration } from './db/migrations.js';
export { contentHash, canonicalJson } from './db/content-hash.js';
export { responseWriteStatements } from './db/response-store.js';
export type { StoredResponseInput, ResponseStoreOptions } from './db/response-store.js';
export { StorageUnavailableError } from './db/storage-error.js';
export { groupCommitWriter } from './ingest/group-commit-writer.js';
export { clientWriteConnection } from './db/client-write-connection.js';
export { preparedWriteConnection } from './db/prepared-write-connection.js';
export type { WriteConnection, WriteTransaction } from './db/write-connection.js';
export type { GroupCommitWriter, GroupCommitOptions, WriteOutcome } from './ingest/group-commit-writer.js';
export { createApp } from './app.js';
export type { AppDeps } from './app.js';
export { startServer } from './start-server.js';
export type { StartServerOptions, RunningServer } from './start-server.js';
export { staffApp } from './staff-app.js';
export type { StaffAppDeps } from './staff-app.js';
export {
  STAFF_TOKEN_PREFIX,
  createStaffToken,
  verifyStaffToken,
  revokeStaffToken,
  revokeStaffTokensNamed,
} from './auth/tokens.js';
export type { StaffRole, NewStaffToken, StaffPrincipal } from './auth/tokens.js';
export { computeScores } from './staff/scores-query.js';
export type { ScoresOptions } from './staff/scores-query.js';
export { DEFAULT_DEMO_COUNT, seedDemoData } from './seed/demo-data.js';
export type { SeedOptions } from './seed/demo-data.js';

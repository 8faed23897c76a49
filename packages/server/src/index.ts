export type { ServerConfig } from './config/server-config.js';
export { ConfigError } from './config/config-error.js';
export { loadConfig, DEFAULTS } from './config/load-config.js';
export type { ConfigFlags, LoadConfigOptions } from './config/load-config.js';
export { openDatabase, BUSY_TIMEOUT_MS } from './db/connection/open-database.js';
export { durableTransaction } from './db/connection/durable-transaction.js';
export { migrate } from './db/schema/migrate.js';
export { migrations } from './db/schema/migrations.js';
export type { Migration } from './db/schema/migrations.js';
export { contentHash, canonicalJson } from './db/store/content-hash.js';
export { responseWriteStatements, responseRowStatements } from './db/store/response-store.js';
export {
  backlogStatements,
  counterFolder,
  stepInTransaction,
  type CounterFolder,
  type FoldStep,
} from './db/store/counter-fold.js';
export type { StoredResponseInput, ResponseStoreOptions } from './db/store/response-store.js';
export { StorageUnavailableError } from './db/health/storage-error.js';
export { groupCommitWriter } from './writer/group-commit-writer.js';
export { clientWriteConnection } from './db/connection/client-write-connection.js';
export { preparedWriteConnection } from './db/connection/prepared-write-connection.js';
export type { WriteConnection, WriteTransaction } from './db/connection/write-connection.js';
export type { GroupCommitWriter, GroupCommitOptions, WriteOutcome } from './writer/group-commit-writer.js';
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

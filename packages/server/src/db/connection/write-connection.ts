import type { InStatement } from '@libsql/client';

/** One open write transaction of the ingest writer. */
export interface WriteTransaction {
  /** The rows of a read, each as an array of column values. */
  query(statement: InStatement): Promise<unknown[][]>;
  /** Runs the statements in order. */
  run(statements: readonly InStatement[]): Promise<void>;
  commit(): Promise<void>;
  /** Rolls back unless committed. */
  close(): void;
}

/**
 * What the group-commit writer needs of its connection: durable write
 * transactions (`BEGIN IMMEDIATE`, `synchronous=FULL` on an embedded
 * database), the health reads, and a way back after a failed batch. Two
 * kinds: {@link clientWriteConnection} through @libsql/client (remote
 * databases, in-memory ones) and {@link preparedWriteConnection}, one
 * embedded connection whose statements are prepared once.
 */
export interface WriteConnection {
  transaction(): Promise<WriteTransaction>;
  /** Resolves when the connection reads the database (see healthReads); rejects with the driver's error. */
  check(): Promise<void>;
  /** After a failed batch: leaves the connection ready for the next one. */
  recover(): Promise<void>;
  close(): void;
}

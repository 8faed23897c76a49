import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { openDatabase } from '../db/connection/open-database.js';
import { backupDatabase, type BackupResult } from './database-backup.js';

interface BackupThreadData {
  role: 'mv-feedback-backup';
  dbUrl: string;
  target: string;
}

type BackupThreadReply = { ok: true; result: BackupResult } | { ok: false; message: string };

const THREAD_URL = import.meta.url;

async function backupOnThisThread(dbUrl: string, target: string): Promise<BackupResult> {
  const db = await openDatabase({ dbUrl });
  try {
    return await backupDatabase(db, target);
  } finally {
    db.close();
  }
}

/**
 * {@link backupDatabase} on a worker thread with its own connection: the
 * `file:` driver is synchronous, so a copy and check of a large database on
 * the HTTP thread would stop `serve` answering for seconds. Where Node runs
 * the TypeScript source (tests), it runs on the calling thread instead.
 *
 * @example
 * const { bytes } = await backupOffThread('file:/srv/feedback/data/mv-feedback.db', '/var/backups/mv-feedback-2026-12-04.db');
 */
export function backupOffThread(dbUrl: string, target: string): Promise<BackupResult> {
  if (!THREAD_URL.endsWith('.js')) return backupOnThisThread(dbUrl, target);
  return new Promise((resolve, reject) => {
    const data: BackupThreadData = { role: 'mv-feedback-backup', dbUrl, target };
    const thread = new Worker(new URL(THREAD_URL), { workerData: data, execArgv: [] });
    thread.once('message', (reply: BackupThreadReply) =>
      reply.ok ? resolve(reply.result) : reject(new Error(reply.message)),
    );
    thread.once('error', reject);
    thread.once('exit', (code) => reject(new Error(`the backup thread stopped (exit ${code})`)));
  });
}

const data = workerData as BackupThreadData | undefined;
if (!isMainThread && data?.role === 'mv-feedback-backup') {
  backupOnThisThread(data.dbUrl, data.target).then(
    (result) => parentPort?.postMessage({ ok: true, result } satisfies BackupThreadReply),
    (error: unknown) =>
      parentPort?.postMessage({
        ok: false,
        message: error instanceof Error ? error.message : String(error),
      } satisfies BackupThreadReply),
  );
}

import { readFileSync } from 'node:fs';
import type { ServerOptions } from 'node:http';

/**
 * How long a client may take (docs/design.md §11): its request headers within 10 s, the
 * whole request within 30 s; an idle kept-alive connection closes after 5 s.
 * Node checks the first two on a timer whose default, 30 s, would let half a
 * request hold its connection for 40 s; it runs every second here.
 */
export const SERVER_TIMEOUTS = {
  headersTimeout: 10_000,
  requestTimeout: 30_000,
  keepAliveTimeout: 5_000,
  connectionsCheckingInterval: 1_000,
} as const satisfies ServerOptions;

/** Files a process may have open when the limit cannot be read: the usual Linux default. */
const FALLBACK_OPEN_FILES = 1024;

/**
 * The soft limit on open files of this process: from /proc/self/limits on
 * Linux (Node has no getrlimit), else {@link FALLBACK_OPEN_FILES}; "unlimited"
 * counts as 65,536.
 */
export function openFileLimit(limits: () => string = () => readFileSync('/proc/self/limits', 'utf8')): number {
  let soft: string | undefined;
  try {
    soft = /^Max open files\s+(\S+)/m.exec(limits())?.[1];
  } catch {
    return FALLBACK_OPEN_FILES;
  }
  if (soft === 'unlimited') return 65_536;
  const value = Number(soft);
  return Number.isSafeInteger(value) && value > 0 ? value : FALLBACK_OPEN_FILES;
}

/**
 * The most client connections the server holds at once: three quarters of
 * the open-file limit, so a flood of connections leaves descriptors for the
 * database (its file, WAL and shared memory, on two connections), the log
 * and the next request. Past the cap Node closes a new connection at once.
 *
 * @example
 * server.maxConnections = connectionCap(); // 15,000 under a limit of 20,000
 */
export function connectionCap(limit: number = openFileLimit()): number {
  return Math.max(16, Math.floor((limit * 3) / 4));
}

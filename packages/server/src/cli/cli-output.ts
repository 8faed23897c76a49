import { ConfigError } from '../config/config-error.js';
import { firstLine, isCorruption, isStorageFailure } from '../db/health/storage-error.js';

/** Exit status for a usage or configuration mistake (as opposed to 1, a failure at run time). */
export const EXIT_USAGE = 2;

/**
 * Prints a mistake the user can fix as one line on stderr and returns the
 * exit status; anything else is a real failure and keeps its stack trace.
 */
export function reportFailure(error: unknown, stderr: NodeJS.WritableStream = process.stderr): number {
  if (error instanceof ConfigError || (error instanceof Error && error.name === 'ConfigError')) {
    stderr.write(`mv-feedback: ${error.message}\n`);
    return EXIT_USAGE;
  }
  if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
    stderr.write(`mv-feedback: ${error.message} (see mv-feedback --help)\n`);
    return EXIT_USAGE;
  }
  if (isCorruption(error)) {
    stderr.write(`mv-feedback: the database is corrupt (${firstLine(error)}); restore it from a backup\n`);
    return 1;
  }
  if (isStorageFailure(error)) {
    stderr.write(`mv-feedback: the database is busy or unavailable, try again (${firstLine(error)})\n`);
    return 1;
  }
  stderr.write(`mv-feedback: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  return 1;
}

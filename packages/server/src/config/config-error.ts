/**
 * A configuration the server cannot run with. The command line prints its
 * message as one line and exits with status 2, so the message must say what
 * is wrong and which setting to change.
 */
export class ConfigError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ConfigError';
  }
}

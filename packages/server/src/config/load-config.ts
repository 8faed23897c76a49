import { readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { resolve } from 'node:path';
import {
  CatalogueError,
  DEFAULT_MIN_N,
  defaultCatalogue,
  isValidTimeZone,
  loadCatalogue,
  type Catalogue,
} from '@mv-feedback/scoring';
import { ConfigError } from './config-error.js';
import { prepareDatabaseLocation } from './database-location.js';
import { publicReportConfig } from './public-report-config.js';
import type { ServerConfig } from './server-config.js';

/** Settings given on the command line; each one beats its environment variable. */
export interface ConfigFlags {
  db?: string;
  port?: string | number;
  host?: string;
}

export interface LoadConfigOptions {
  env?: Record<string, string | undefined>;
  flags?: ConfigFlags;
  /** Make the folder of a `file:` database and check it is writable (default true). */
  prepareDatabase?: boolean;
}

export const DEFAULTS = {
  dbUrl: 'file:./data/mv-feedback.db',
  port: 8787,
  host: '127.0.0.1',
  rateLimit: 30,
  timezone: 'America/Los_Angeles',
  cityName: 'City services',
} as const;

const MAX_CITY_NAME_LENGTH = 80;
/** 32 characters of a random secret are at least the 128 bits an HMAC key needs. */
const MIN_SECRET_LENGTH = 32;

const present = (value: string | undefined): string | undefined =>
  value === undefined || value.trim() === '' ? undefined : value.trim();

function integer(name: string, raw: string | number | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined) return fallback;
  const text = String(raw).trim();
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

// RFC 1123 §2.1 host names: letters, digits and hyphens in dot-separated labels.
const HOST_NAME = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i;

/**
 * The interface to listen on: an IP address, or a host name whose last label
 * is not all digits (so `999.1.1.1` is a bad address, not a name to look up).
 */
function listenHost(host: string): string {
  const isName = HOST_NAME.test(host) && !/^\d+$/.test(host.split('.').at(-1) ?? '');
  if (isIP(host) === 0 && !isName) {
    throw new ConfigError(
      `the host "${host}" (--host or MV_HOST) is not an IP address or host name such as 127.0.0.1, 0.0.0.0, :: or localhost`,
    );
  }
  return host;
}

function origins(raw: string | undefined): string[] {
  if (raw === undefined) return [];
  return raw
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
    .map((entry) => {
      if (entry === '*') return entry;
      let origin: string;
      try {
        origin = new URL(entry).origin;
      } catch {
        origin = 'null';
      }
      if (origin === 'null' || origin !== entry.replace(/\/$/, '')) {
        throw new ConfigError(`MV_ALLOWED_ORIGINS entry "${entry}" is not an origin like https://www.example.gov`);
      }
      return origin;
    });
}

// An http(s) origin and at most a plain path prefix of slash-separated segments (RFC 3986 unreserved
// characters), written as it is meant: no `//`, `\`, `.` or `..` segment, escape, query or fragment that a
// browser would read otherwise than the server writes it (docs/design.md §9).
const PUBLIC_URL = /^https?:\/\/[^/\\?#@]+(?:\/[A-Za-z0-9_~-][A-Za-z0-9._~-]*)*\/?$/i;

function publicUrl(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`MV_PUBLIC_URL "${raw}" is not an absolute URL like https://feedback.city.gov`);
  }
  if (!/^https?:$/.test(url.protocol) || url.username || url.password || url.search || url.hash) {
    throw new ConfigError(
      `MV_PUBLIC_URL "${raw}" must be an http(s) URL without credentials, query or fragment, like https://feedback.city.gov`,
    );
  }
  if (!PUBLIC_URL.test(raw)) {
    throw new ConfigError(
      `MV_PUBLIC_URL "${raw}" must be an origin with at most a plain path, like https://www.city.gov/feedback (no //, \\, . or .. in the path)`,
    );
  }
  return url.href.replace(/\/+$/, '');
}

function cityName(raw: string | undefined): string {
  if (raw === undefined) return DEFAULTS.cityName;
  // eslint-disable-next-line no-control-regex -- control characters are what is refused
  if (raw.length > MAX_CITY_NAME_LENGTH || /[\u0000-\u001f\u007f]/.test(raw)) {
    throw new ConfigError(`MV_CITY_NAME must be one line of at most ${MAX_CITY_NAME_LENGTH} characters`);
  }
  return raw;
}

function catalogueFrom(file: string | undefined): Catalogue {
  if (file === undefined) return defaultCatalogue;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : 'unreadable';
    throw new ConfigError(`MV_CATALOGUE file ${file} cannot be read (${code})`, { cause: error });
  }
  try {
    return loadCatalogue(text);
  } catch (error) {
    if (error instanceof CatalogueError)
      throw new ConfigError(`MV_CATALOGUE file ${file}: ${error.message}`, { cause: error });
    throw error;
  }
}

/**
 * Reads the server's configuration from the environment and flags (flags win)
 * and checks every value, so a bad setting stops the server at start with a
 * {@link ConfigError} naming it.
 *
 * @example
 * const config = loadConfig({ env: process.env, flags: { port: '0', db: 'file:/tmp/feedback.db' } });
 */
export function loadConfig(options: LoadConfigOptions = {}): ServerConfig {
  const env = options.env ?? process.env;
  const flags = options.flags ?? {};
  const dbUrl = present(flags.db) ?? present(env.MV_DB_URL) ?? DEFAULTS.dbUrl;
  const timezone = present(env.MV_TIMEZONE) ?? DEFAULTS.timezone;
  if (!isValidTimeZone(timezone)) {
    throw new ConfigError(`MV_TIMEZONE "${timezone}" is not an IANA time zone such as America/Los_Angeles`);
  }
  const config: ServerConfig = {
    dbUrl,
    port: integer('port', flags.port ?? present(env.MV_PORT), DEFAULTS.port, 0, 65535),
    host: listenHost(present(flags.host) ?? present(env.MV_HOST) ?? DEFAULTS.host),
    allowedOrigins: origins(present(env.MV_ALLOWED_ORIGINS)),
    rateLimit: integer('MV_RATE_LIMIT', present(env.MV_RATE_LIMIT), DEFAULTS.rateLimit, 0, 1_000_000),
    minN: integer('MV_MIN_N', present(env.MV_MIN_N), DEFAULT_MIN_N, 1, 1_000_000),
    timezone,
    catalogue: catalogueFrom(present(env.MV_CATALOGUE)),
    cityName: cityName(present(env.MV_CITY_NAME)),
    publicReport: publicReportConfig({
      MV_PUBLIC_REPORT: present(env.MV_PUBLIC_REPORT),
      MV_PUBLIC_MIN_N: present(env.MV_PUBLIC_MIN_N),
      MV_FISCAL_YEAR_START: present(env.MV_FISCAL_YEAR_START),
    }),
  };
  const base = publicUrl(present(env.MV_PUBLIC_URL));
  if (base !== undefined) config.publicUrl = base;
  const trustProxy = present(env.MV_TRUST_PROXY);
  if (trustProxy !== undefined) {
    if (!/^(1|0|true|false|yes|no)$/i.test(trustProxy))
      throw new ConfigError(`MV_TRUST_PROXY must be true or false, got "${trustProxy}"`);
    config.trustProxy = /^(1|true|yes)$/i.test(trustProxy);
  }
  const secret = present(env.MV_SECRET);
  if (secret !== undefined) {
    if (secret.length < MIN_SECRET_LENGTH) {
      throw new ConfigError(
        `MV_SECRET must be at least ${MIN_SECRET_LENGTH} characters (for example: openssl rand -base64 32)`,
      );
    }
    config.secret = secret;
  }
  const backupDir = present(env.MV_BACKUP_DIR);
  if (backupDir !== undefined) config.backupDir = resolve(backupDir);
  config.backupKeep = integer('MV_BACKUP_KEEP', present(env.MV_BACKUP_KEEP), 7, 1, 10_000);
  const retentionDays = present(env.MV_RETENTION_DAYS);
  if (retentionDays !== undefined && retentionDays !== 'off') {
    config.retentionDays = integer('MV_RETENTION_DAYS', retentionDays, 0, 1, 36_500);
  }
  const authToken = present(env.MV_DB_AUTH_TOKEN);
  if (authToken !== undefined) config.dbAuthToken = authToken;
  if (options.prepareDatabase !== false) prepareDatabaseLocation(dbUrl);
  return config;
}

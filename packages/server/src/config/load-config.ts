import { readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { z } from 'zod';
import {
  CatalogueError,
  DEFAULT_MIN_N,
  defaultCatalogue,
  HelpHrefSchema,
  isValidTimeZone,
  loadCatalogue,
  localizeCatalogue,
  type Catalogue,
} from '@mv-feedback/scoring';
import { ConfigError } from './config-error.js';
import { prepareDatabaseLocation } from './database-location.js';
import { LanguagesSettingsSchema, offeredTexts } from './languages-config.js';
import { FollowUpSettingsSchema } from './follow-up-config.js';
import { PublicReportSettingsSchema } from './public-report-config.js';
import { firstMessage, onOff, refuse, setting, wholeNumber } from './setting-schemas.js';
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

// RFC 1123 §2.1 host names: letters, digits and hyphens in dot-separated labels.
const HOST_NAME = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i;

/**
 * The interface to listen on: an IP address, or a host name whose last label
 * is not all digits (so `999.1.1.1` is a bad address, not a name to look up).
 */
const listenHost = setting.transform((raw, ctx) => {
  const host = raw ?? DEFAULTS.host;
  const isName = HOST_NAME.test(host) && !/^\d+$/.test(host.split('.').at(-1) ?? '');
  if (isIP(host) === 0 && !isName) {
    return refuse(
      ctx,
      `the host "${host}" (--host or MV_HOST) is not an IP address or host name such as 127.0.0.1, 0.0.0.0, :: or localhost`,
    );
  }
  return host;
});

const origins = setting.transform((raw, ctx) => {
  const list: string[] = [];
  for (const entry of (raw ?? '').split(',').map((part) => part.trim())) {
    if (entry === '') continue;
    if (entry === '*') {
      list.push(entry);
      continue;
    }
    let origin: string;
    try {
      origin = new URL(entry).origin;
    } catch {
      origin = 'null';
    }
    if (origin === 'null' || origin !== entry.replace(/\/$/, '')) {
      return refuse(ctx, `MV_ALLOWED_ORIGINS entry "${entry}" is not an origin like https://www.example.gov`);
    }
    list.push(origin);
  }
  return list;
});

// An http(s) origin and at most a plain path prefix of slash-separated segments (RFC 3986 unreserved
// characters), written as it is meant: no `//`, `\`, `.` or `..` segment, escape, query or fragment that a
// browser would read otherwise than the server writes it (docs/design.md §9).
const PUBLIC_URL = /^https?:\/\/[^/\\?#@]+(?:\/[A-Za-z0-9_~-][A-Za-z0-9._~-]*)*\/?$/i;

const publicUrl = setting.transform((raw, ctx) => {
  if (raw === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return refuse(ctx, `MV_PUBLIC_URL "${raw}" is not an absolute URL like https://feedback.city.gov`);
  }
  if (!/^https?:$/.test(url.protocol) || url.username || url.password || url.search || url.hash) {
    return refuse(
      ctx,
      `MV_PUBLIC_URL "${raw}" must be an http(s) URL without credentials, query or fragment, like https://feedback.city.gov`,
    );
  }
  if (!PUBLIC_URL.test(raw)) {
    return refuse(
      ctx,
      `MV_PUBLIC_URL "${raw}" must be an origin with at most a plain path, like https://www.city.gov/feedback (no //, \\, . or .. in the path)`,
    );
  }
  return url.href.replace(/\/+$/, '');
});

const cityName = setting.transform((raw, ctx) => {
  if (raw === undefined) return DEFAULTS.cityName;
  // eslint-disable-next-line no-control-regex -- control characters are what is refused
  if (raw.length > MAX_CITY_NAME_LENGTH || /[\u0000-\u001f\u007f]/.test(raw)) {
    return refuse(ctx, `MV_CITY_NAME must be one line of at most ${MAX_CITY_NAME_LENGTH} characters`);
  }
  return raw;
});

const helpUrl = setting.transform((raw, ctx) => {
  if (raw === undefined || raw === '') return undefined;
  if (!HelpHrefSchema.safeParse(raw).success) {
    return refuse(ctx, `MV_HELP_URL "${raw}" must be an https:// URL, a mailto: address or a tel: number`);
  }
  return raw;
});

const timezone = setting.transform((raw, ctx) => {
  const zone = raw ?? DEFAULTS.timezone;
  if (!isValidTimeZone(zone)) {
    return refuse(ctx, `MV_TIMEZONE "${zone}" is not an IANA time zone such as America/Los_Angeles`);
  }
  return zone;
});

const secret = setting.transform((raw, ctx) => {
  if (raw !== undefined && raw.length < MIN_SECRET_LENGTH) {
    return refuse(
      ctx,
      `MV_SECRET must be at least ${MIN_SECRET_LENGTH} characters (for example: openssl rand -base64 32)`,
    );
  }
  return raw;
});

const catalogue = setting.transform((file, ctx) => {
  try {
    return catalogueFrom(file);
  } catch (error) {
    if (error instanceof ConfigError) return refuse(ctx, error.message);
    throw error;
  }
});

/** Days before comment text and page addresses are erased; `off` (the default) keeps them. */
const retentionDays = setting.transform((raw, ctx): number | undefined => {
  if (raw === undefined || raw === 'off') return undefined;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < 1 || value > 36_500) {
    return refuse(ctx, `MV_RETENTION_DAYS must be a whole number from 1 to 36500, got "${raw}"`);
  }
  return value;
});

/**
 * Every setting, in the order they are checked: the first bad one is the
 * line the command prints. Keys are the settings' names; a flag, where there
 * is one, is merged over its variable before parsing.
 */
const ConfigSchema = z.object({
  MV_TIMEZONE: timezone,
  MV_DB_URL: setting,
  MV_PORT: wholeNumber('port', DEFAULTS.port, 0, 65535),
  MV_HOST: listenHost,
  MV_ALLOWED_ORIGINS: origins,
  MV_RATE_LIMIT: wholeNumber('MV_RATE_LIMIT', DEFAULTS.rateLimit, 0, 1_000_000),
  MV_MIN_N: wholeNumber('MV_MIN_N', DEFAULT_MIN_N, 1, 1_000_000),
  MV_CATALOGUE: catalogue,
  MV_CITY_NAME: cityName,
  MV_HELP_URL: helpUrl,
  publicReport: PublicReportSettingsSchema,
  languages: LanguagesSettingsSchema,
  MV_PUBLIC_URL: publicUrl,
  MV_TRUST_PROXY: onOff('MV_TRUST_PROXY', 'true or false'),
  MV_SECRET: secret,
  MV_BACKUP_DIR: setting,
  MV_BACKUP_KEEP: wholeNumber('MV_BACKUP_KEEP', 7, 1, 10_000),
  MV_RETENTION_DAYS: retentionDays,
  followUps: FollowUpSettingsSchema,
  MV_DB_AUTH_TOKEN: setting,
});

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
  const parsed = ConfigSchema.safeParse({
    ...env,
    ...(flags.db !== undefined && String(flags.db).trim() !== '' ? { MV_DB_URL: flags.db } : {}),
    ...(flags.port !== undefined ? { MV_PORT: flags.port } : {}),
    ...(flags.host !== undefined && flags.host.trim() !== '' ? { MV_HOST: flags.host } : {}),
    publicReport: {
      MV_PUBLIC_REPORT: env.MV_PUBLIC_REPORT,
      MV_PUBLIC_MIN_N: env.MV_PUBLIC_MIN_N,
      MV_FISCAL_YEAR_START: env.MV_FISCAL_YEAR_START,
    },
    languages: { MV_LOCALES: env.MV_LOCALES, MV_LOCALE_DIR: env.MV_LOCALE_DIR, MV_CARD_LOCALES: env.MV_CARD_LOCALES },
    followUps: {
      MV_BUSINESS_HOURS: env.MV_BUSINESS_HOURS,
      MV_HOLIDAYS: env.MV_HOLIDAYS,
      MV_FOLLOW_UP_RETENTION_DAYS: env.MV_FOLLOW_UP_RETENTION_DAYS,
      MV_SMTP_URL: env.MV_SMTP_URL,
      MV_SMTP_FROM: env.MV_SMTP_FROM,
      MV_FOLLOW_UP_EMAIL: env.MV_FOLLOW_UP_EMAIL,
    },
  });
  if (!parsed.success) throw new ConfigError(firstMessage(parsed.error));
  const settings = parsed.data;
  const dbUrl = settings.MV_DB_URL ?? DEFAULTS.dbUrl;
  const config: ServerConfig = {
    dbUrl,
    port: settings.MV_PORT,
    host: settings.MV_HOST,
    allowedOrigins: settings.MV_ALLOWED_ORIGINS,
    rateLimit: settings.MV_RATE_LIMIT,
    minN: settings.MV_MIN_N,
    timezone: settings.MV_TIMEZONE,
    // Every offered language's texts in the catalogue itself, so each reader of it has them (docs/design.md §14).
    catalogue: localizeCatalogue(settings.MV_CATALOGUE, offeredTexts(settings.languages)),
    languages: settings.languages,
    cityName: settings.MV_CITY_NAME,
    publicReport: settings.publicReport,
    followUps: settings.followUps,
    backupKeep: settings.MV_BACKUP_KEEP,
  };
  if (settings.MV_PUBLIC_URL !== undefined) config.publicUrl = settings.MV_PUBLIC_URL;
  if (settings.MV_HELP_URL !== undefined) config.helpUrl = settings.MV_HELP_URL;
  if (settings.MV_TRUST_PROXY !== undefined) config.trustProxy = settings.MV_TRUST_PROXY;
  if (settings.MV_SECRET !== undefined) config.secret = settings.MV_SECRET;
  if (settings.MV_BACKUP_DIR !== undefined) config.backupDir = resolve(settings.MV_BACKUP_DIR);
  if (settings.MV_RETENTION_DAYS !== undefined) config.retentionDays = settings.MV_RETENTION_DAYS;
  if (settings.MV_DB_AUTH_TOKEN !== undefined) config.dbAuthToken = settings.MV_DB_AUTH_TOKEN;
  if (options.prepareDatabase !== false) prepareDatabaseLocation(dbUrl);
  return config;
}

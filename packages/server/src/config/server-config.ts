import type { Catalogue } from '@mv-feedback/scoring';
import type { LanguagesConfig } from './languages-config.js';
import type { FollowUpConfig } from './follow-up-config.js';
import type { PublicReportConfig } from './public-report-config.js';

/** Everything the server runs with, from the environment and flags (flags win). */
export interface ServerConfig {
  /** `file:` (the embedded default), `libsql://`, `http(s)://` or `ws(s)://`. */
  dbUrl: string;
  dbAuthToken?: string;
  port: number;
  /** Interface to listen on; `127.0.0.1` unless `MV_HOST` or `--host` says otherwise. */
  host?: string;
  /** Browser origins allowed to submit; a request without `Origin` is always allowed. */
  allowedOrigins: string[];
  /** Submissions a minute per client; 0 turns the limit off. */
  rateLimit: number;
  /**
   * Behind a reverse proxy every request comes from the proxy's address; with
   * this set the rate limit tells clients apart by the right-most
   * `X-Forwarded-For` entry, the one the proxy appended, instead.
   */
  trustProxy?: boolean;
  minN: number;
  /** IANA zone the city's days are counted in. */
  timezone: string;
  /** The catalogue, its texts in every offered language the packs or the catalogue give. */
  catalogue: Catalogue;
  /** The languages offered to residents and their packs (`MV_LOCALES`, `MV_LOCALE_DIR`, `MV_CARD_LOCALES`); unset, every built-in one. */
  languages?: LanguagesConfig;
  /**
   * The absolute base of every link and QR code residents are given, without
   * a trailing slash (`MV_PUBLIC_URL`); unset, `serve` uses its own address.
   */
  publicUrl?: string;
  /** Heads the hosted survey pages and counter cards (`MV_CITY_NAME`). */
  cityName: string;
  /**
   * The city's contact for residents who need an answer rather than give
   * feedback (`MV_HELP_URL`: https, mailto: or tel:), linked from every hosted
   * page; a catalogue department's own `helpHref` wins on its pages.
   */
  helpUrl?: string;
  /**
   * The key invitations are signed with (`MV_SECRET`); unset, the one the
   * database made for itself in migration 4.
   */
  secret?: string;
  /** Where `serve` keeps a daily backup (`MV_BACKUP_DIR`); unset, none. */
  backupDir?: string;
  /** How many daily backups to keep (`MV_BACKUP_KEEP`, default 7). */
  backupKeep?: number;
  /** Comment text and page addresses older than this are erased daily (`MV_RETENTION_DAYS`); unset, kept. */
  retentionDays?: number;
  /** The public scorecard and open data (`MV_PUBLIC_REPORT`, `MV_PUBLIC_MIN_N`, `MV_FISCAL_YEAR_START`); off when absent. */
  publicReport?: PublicReportConfig;
  /** Follow-ups to residents: business calendar, retention, notices (docs/design.md §12); defaults when absent. */
  followUps?: FollowUpConfig;
}

/**
 * The base of links residents are given: `MV_PUBLIC_URL`, else
 * `http://HOST:PORT` of the configuration (a running server knows its port
 * better: see `RunningServer.publicUrl`).
 *
 * @example
 * configuredPublicUrl(loadConfig({ env: {} })) // → 'http://127.0.0.1:8787'
 */
export function configuredPublicUrl(config: Pick<ServerConfig, 'publicUrl' | 'host' | 'port'>): string {
  if (config.publicUrl) return config.publicUrl;
  const host = config.host ?? '127.0.0.1';
  return `http://${host.includes(':') ? `[${host}]` : host}:${config.port}`;
}

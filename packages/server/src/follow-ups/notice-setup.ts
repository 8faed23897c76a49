import type { Client } from '@libsql/client';
import { createTransport } from 'nodemailer';
import type { ServerConfig } from '../config/server-config.js';
import { followUpConfig } from './follow-up-settings.js';
import { noticeSender, type NoticeSender } from './notice-sender.js';

/**
 * The notice sender of a server with MV_SMTP_URL, or null without one: then
 * nothing is sent and the dashboard is the queue (docs/design.md §12).
 *
 * @example
 * const notices = startNoticeSender(db, config, { publicUrl: () => server.publicUrl });
 */
export function startNoticeSender(
  db: Client,
  config: ServerConfig,
  { publicUrl, now }: { publicUrl: () => string; now?: (() => Date) | undefined },
): NoticeSender | null {
  const { smtpUrl, smtpFrom } = followUpConfig(config);
  if (!smtpUrl) return null;
  return noticeSender({
    db,
    transport: createTransport(smtpUrl),
    from: smtpFrom ?? `mv-feedback@${new URL(smtpUrl).hostname}`,
    catalogue: config.catalogue,
    timezone: config.timezone,
    dashboardUrl: () => `${publicUrl()}/dashboard/#follow-ups`,
    ...(now ? { now } : {}),
  });
}

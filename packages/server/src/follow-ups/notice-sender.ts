import type { Client } from '@libsql/client';
import type { Catalogue } from '@mv-feedback/scoring';
import { noticeMail } from './notice-mail.js';
import { dueNotices, markNoticeFailed, markNoticeSent } from './notice-outbox.js';

/** What sends a mail: nodemailer's transport in production, anything with `sendMail` in a test. */
export interface MailTransport {
  sendMail(mail: { from: string; to: string; subject: string; text: string }): Promise<unknown>;
  close?(): void;
}

export interface NoticeSenderOptions {
  db: Client;
  transport: MailTransport;
  from: string;
  catalogue: Catalogue;
  timezone: string;
  /** The dashboard's follow-ups queue, linked from every mail. */
  dashboardUrl: () => string;
  now?: () => Date;
  /** How often to look for notices due again after a failure (default 30 s). */
  pollEveryMs?: number;
  /** Where a failed attempt is told (one line, about the SMTP server). */
  onError?: (message: string) => void;
}

export interface NoticeSender {
  /** Sends every notice due now; resolves when done. Never rejects. */
  sendDue(): Promise<void>;
  /** Asks for a run soon: called after a commit that stored a notice. */
  wake(): void;
  stop(): Promise<void>;
}

const BATCH = 50;
const FIRST_RETRY_MS = 30_000;
const MAX_RETRY_MS = 3_600_000;

/** The wait before attempt `attempts + 1`: 30 s, doubling, at most an hour. */
export const retryDelay = (attempts: number): number => Math.min(FIRST_RETRY_MS * 2 ** attempts, MAX_RETRY_MS);

/**
 * Sends the outbox's notices after their commit (docs/design.md §12): each
 * due notice is mailed and marked sent, or its failure noted with the next
 * attempt after an exponential backoff, so an SMTP outage delays notices and
 * loses none. It runs apart from ingest: a slow or failing SMTP server never
 * delays or fails a resident's submission. One run at a time; the timer is
 * unref'd.
 *
 * @example
 * const sender = noticeSender({ db, transport: createTransport(config.smtpUrl), from, catalogue, timezone, dashboardUrl });
 * sender.wake();
 */
export function noticeSender(options: NoticeSenderOptions): NoticeSender {
  const now = options.now ?? (() => new Date());
  const onError = options.onError ?? ((message: string) => console.error(`mv-feedback: ${message}`));
  let running: Promise<void> = Promise.resolve();
  let stopped = false;

  async function sendOnce(): Promise<void> {
    for (const notice of await dueNotices(options.db, now(), BATCH)) {
      if (stopped) return;
      const mail = noticeMail(notice, { ...options, dashboardUrl: options.dashboardUrl() });
      try {
        await options.transport.sendMail({ from: options.from, to: notice.recipient, ...mail });
        await markNoticeSent(options.db, notice.followUpId, now());
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        const next = new Date(now().getTime() + retryDelay(notice.attempts));
        await markNoticeFailed(options.db, notice.followUpId, next, reason);
        onError(`a follow-up notice to ${notice.recipient} failed (${reason}); next attempt ${next.toISOString()}`);
      }
    }
  }

  const sendDue = () => {
    running = running.then(() =>
      sendOnce().catch((error: unknown) => onError(`the follow-up notices could not be read: ${String(error)}`)),
    );
    return running;
  };
  const timer = setInterval(() => void sendDue(), options.pollEveryMs ?? FIRST_RETRY_MS);
  timer.unref();
  void sendDue();
  return {
    sendDue,
    wake: () => void sendDue(),
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
      options.transport.close?.();
    },
  };
}

/** A job the server runs once a day (backups, the retention purge, the follow-ups purge of docs/design.md §12). */
export interface DailyJob {
  name: string;
  run(now: Date): Promise<void>;
}

export interface DailyJobsOptions {
  jobs: readonly DailyJob[];
  /** The day a job last ran is counted in this IANA zone (the city's). */
  timezone: string;
  now?: () => Date;
  /** How often to look whether a job is due (default: every 15 minutes). */
  checkEveryMs?: number;
  /** Where a failed run is told; the job runs again at the next check. */
  onError?: (job: DailyJob, error: unknown) => void;
}

export interface DailyJobs {
  /** Runs each job not yet run today; resolves when they are done. The timer calls it. */
  tick(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The server's one scheduler: every job once per city day, first at start,
 * then at the first check of each new day. A plain timer rather than a cron
 * library (croner 11 was the candidate): "once a day, and catch up after a
 * restart" needs no wall-clock rule, and a fixed cron time would skip a day
 * the server was down at that hour. One run at a time; the timer is unref'd
 * so it never holds the process open.
 *
 * @example
 * const daily = dailyJobs({ jobs: [backupJob], timezone: 'America/Los_Angeles' });
 * await daily.stop();
 */
export function dailyJobs({
  jobs,
  timezone,
  now = () => new Date(),
  checkEveryMs = 15 * 60_000,
  onError = (job, error) => console.error(`mv-feedback: the daily ${job.name} failed: ${String(error)}`),
}: DailyJobsOptions): DailyJobs {
  const dayOf = new Intl.DateTimeFormat('en-CA', { timeZone: timezone, dateStyle: 'short' });
  const lastDay = new Map<string, string>();
  let running: Promise<void> = Promise.resolve();
  let stopped = false;

  const tick = () => {
    running = running.then(async () => {
      for (const job of jobs) {
        if (stopped) return;
        const at = now();
        const day = dayOf.format(at);
        if (lastDay.get(job.name) === day) continue;
        try {
          await job.run(at);
          lastDay.set(job.name, day);
        } catch (error) {
          onError(job, error);
        }
      }
    });
    return running;
  };
  const timer = setInterval(() => void tick(), checkEveryMs);
  timer.unref();
  void tick();
  return {
    tick,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}

import type { ReactiveControllerHost } from 'lit';
import type { CommentItem, ScoresResult, TrendInterval, TrendResult } from '@mv-feedback/scoring';
import { StaffApiError, type StaffApiClient, type StaffQuery } from '../api/staff-api-client.js';

const COMMENTS_PAGE = 20;

type LoadKind = 'scores' | 'trend' | 'comments';

/**
 * The figures the dashboard shows, loaded from the staff API for one view.
 * Each kind of load is numbered, so a slow answer to an old view never
 * overwrites a newer one; a 401 (token revoked) ends the session.
 *
 * @example
 * private data = new DashboardData(this, () => this.signOut());
 * await this.data.loadAll(api, query, view.interval, view.q);
 */
export class DashboardData {
  scores: ScoresResult | null = null;
  trend: TrendResult | null = null;
  comments: CommentItem[] = [];
  commentsTotal = 0;
  loading = false;
  /** The last load's failure, or null. */
  error: unknown = null;

  private readonly seq: Record<LoadKind, number> = { scores: 0, trend: 0, comments: 0 };

  constructor(
    private readonly host: Pick<ReactiveControllerHost, 'requestUpdate'>,
    private readonly onUnauthorized: () => void,
  ) {}

  clear(): void {
    for (const kind of Object.keys(this.seq) as LoadKind[]) this.seq[kind]++;
    Object.assign(this, { scores: null, trend: null, comments: [], commentsTotal: 0, loading: false, error: null });
    this.host.requestUpdate();
  }

  async loadAll(api: StaffApiClient, query: StaffQuery, interval: TrendInterval, q: string): Promise<void> {
    this.loading = true;
    this.error = null;
    this.host.requestUpdate();
    await Promise.all([
      this.guarded(
        'scores',
        () => api.scores(query),
        (scores) => (this.scores = scores),
      ),
      this.loadTrend(api, query, interval),
      this.loadComments(api, query, q, false),
    ]);
    this.loading = false;
    this.host.requestUpdate();
  }

  loadTrend(api: StaffApiClient, query: StaffQuery, interval: TrendInterval): Promise<void> {
    return this.guarded(
      'trend',
      () => api.trend(query, interval),
      (trend) => (this.trend = trend),
    );
  }

  loadComments(api: StaffApiClient, query: StaffQuery, q: string, append: boolean): Promise<void> {
    const offset = append ? this.comments.length : 0;
    return this.guarded(
      'comments',
      () => api.comments(query, { q, limit: COMMENTS_PAGE, offset }),
      (page) => {
        this.comments = append ? [...this.comments, ...page.items] : page.items;
        this.commentsTotal = page.total;
      },
    );
  }

  private async guarded<T>(kind: LoadKind, load: () => Promise<T>, apply: (value: T) => void): Promise<void> {
    const seq = ++this.seq[kind];
    try {
      const value = await load();
      if (seq === this.seq[kind]) apply(value);
    } catch (error) {
      if (seq !== this.seq[kind]) return;
      if (error instanceof StaffApiError && error.status === 401) this.onUnauthorized();
      else this.error = error;
    }
    this.host.requestUpdate();
  }
}

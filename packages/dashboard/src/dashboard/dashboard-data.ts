import type { ReactiveControllerHost } from 'lit';
import type {
  CommentItem,
  CommentTone,
  DepartmentsResult,
  FollowUpSummary,
  ScoresResult,
  TrendInterval,
  TrendResult,
} from '@mv-feedback/scoring';
import { StaffApiError, type StaffApiClient, type StaffQuery } from '../api/staff-api-client.js';
import type { ViewState } from '../state/view-state.js';

const COMMENTS_PAGE = 20;

type LoadKind = 'scores' | 'trend' | 'comments' | 'departments' | 'sameDay';

/** Which comments a view lists. */
export interface CommentsFilter {
  q: string;
  standard?: string | undefined;
  tone?: CommentTone | undefined;
}

/**
 * The figures the dashboard shows, loaded from the staff API for one view.
 * Each kind of load is numbered, so a slow answer to an old view never
 * overwrites a newer one; a 401 (token revoked) ends the session.
 *
 * @example
 * private data = new DashboardData(this, () => this.signOut());
 * await this.data.loadAll(api, query, view);
 */
export class DashboardData {
  scores: ScoresResult | null = null;
  trend: TrendResult | null = null;
  departments: DepartmentsResult | null = null;
  comments: CommentItem[] = [];
  commentsTotal = 0;
  /** How fast residents who asked to be contacted were acknowledged; only for tokens that see follow-ups. */
  sameDay: FollowUpSummary | null = null;
  loading = false;
  /** The last load's failure, or null. */
  error: unknown = null;

  private readonly seq: Record<LoadKind, number> = { scores: 0, trend: 0, comments: 0, departments: 0, sameDay: 0 };

  constructor(
    private readonly host: Pick<ReactiveControllerHost, 'requestUpdate'>,
    private readonly onUnauthorized: () => void,
  ) {}

  clear(): void {
    for (const kind of Object.keys(this.seq) as LoadKind[]) this.seq[kind]++;
    Object.assign(this, {
      scores: null,
      trend: null,
      departments: null,
      comments: [],
      commentsTotal: 0,
      sameDay: null,
      loading: false,
      error: null,
    });
    this.host.requestUpdate();
  }

  /**
   * Everything one page of the view shows: scores, trend, comments and (with
   * `followUps`) the same-day summary, or the departments compared.
   */
  async loadAll(api: StaffApiClient, query: StaffQuery, view: ViewState, followUps = false): Promise<void> {
    this.loading = true;
    this.error = null;
    this.host.requestUpdate();
    await Promise.all(
      view.show === 'departments'
        ? [
            this.guarded(
              'departments',
              () => api.departments(query),
              (departments) => (this.departments = departments),
            ),
          ]
        : [
            this.guarded(
              'scores',
              () => api.scores(query),
              (scores) => (this.scores = scores),
            ),
            this.loadTrend(api, query, view.interval),
            this.loadComments(api, query, view, false),
            followUps
              ? this.guarded(
                  'sameDay',
                  () => api.followUpSummary(query),
                  (summary) => (this.sameDay = summary),
                )
              : Promise.resolve(),
          ],
    );
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

  loadComments(api: StaffApiClient, query: StaffQuery, filter: CommentsFilter, append: boolean): Promise<void> {
    const offset = append ? this.comments.length : 0;
    const { q, standard, tone } = filter;
    return this.guarded(
      'comments',
      () => api.comments(query, { q, limit: COMMENTS_PAGE, offset, ...(standard ? { standard, tone } : {}) }),
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

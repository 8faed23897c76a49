import type { ReactiveControllerHost } from 'lit';
import type {
  CommentItem,
  CommentTone,
  DepartmentsResult,
  FollowUpSummary,
  LanguagesResult,
  ScoresResult,
  TrendInterval,
  TrendResult,
} from '@mv-feedback/scoring';
import { StaffApiError, type StaffApiClient, type StaffQuery } from '../api/staff-api-client.js';
import type { ViewState } from '../state/view-state.js';
import { loadFollowUpParts } from '../follow-ups/load-follow-up-parts.js';
import { autoInterval } from './trend-interval.js';

const COMMENTS_PAGE = 20;

type LoadKind = 'scores' | 'trend' | 'comments' | 'departments' | 'languages';

/** Which comments a view lists. */
export interface CommentsFilter {
  q: string;
  standard?: string | undefined;
  tone?: CommentTone | undefined;
  /** Only comments written in this language. */
  language?: string | undefined;
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
  languages: LanguagesResult | null = null;
  comments: CommentItem[] = [];
  commentsTotal = 0;
  /** How fast residents who asked to be contacted were acknowledged; only for tokens that see follow-ups. */
  sameDay: FollowUpSummary | null = null;
  loading = false;
  /** The last load's failure, or null. */
  error: unknown = null;

  private readonly seq: Record<LoadKind, number> = {
    scores: 0,
    trend: 0,
    comments: 0,
    departments: 0,
    languages: 0,
  };

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
      languages: null,
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
   * `followUps`) the same-day summary, or the departments or languages compared.
   */
  async loadAll(api: StaffApiClient, query: StaffQuery, view: ViewState, followUps = false): Promise<void> {
    this.loading = true;
    this.error = null;
    this.host.requestUpdate();
    await Promise.all(this.loads(api, query, view, followUps));
    this.loading = false;
    this.host.requestUpdate();
  }

  /** Scores, trend and comments; the trend is not split by language, so a language filter leaves it out. */
  private loads(api: StaffApiClient, query: StaffQuery, view: ViewState, followUps: boolean): Promise<void>[] {
    if (view.show === 'departments') {
      return [
        this.guarded(
          'departments',
          () => api.departments(query),
          (result) => (this.departments = result),
        ),
      ];
    }
    if (view.show === 'languages') {
      return [
        this.guarded(
          'languages',
          () => api.languages(query),
          (result) => (this.languages = result),
        ),
      ];
    }
    return [this.loadScoresAndTrend(api, query, view, followUps), this.loadComments(api, query, view, false)];
  }

  private dropTrend(): Promise<void> {
    this.seq.trend++;
    this.trend = null;
    return Promise.resolve();
  }

  /** The summary with its element loaded; without it (a failed call) the scores show without the line. */
  private async sameDaySummary(api: StaffApiClient, query: StaffQuery): Promise<FollowUpSummary | null> {
    try {
      const [summary] = await Promise.all([api.followUpSummary(query), loadFollowUpParts()]);
      return summary;
    } catch {
      return null;
    }
  }

  /** The interval the view asks for, or the one the scores call for when it asks for none. */
  trendInterval(query: StaffQuery, chosen: TrendInterval | undefined): TrendInterval {
    return chosen ?? (this.scores ? autoInterval(this.scores, query.from, query.to) : 'month');
  }

  /**
   * Scores, and the trend alongside, or after them when its interval depends on them. With
   * `followUps`, the same-day summary and its element's chunk arrive with the scores, so its
   * line under "Providing same day response" does not push the table down later (layout shift).
   */
  private async loadScoresAndTrend(api: StaffApiClient, query: StaffQuery, view: ViewState, followUps: boolean) {
    const scores = this.guarded(
      'scores',
      () => Promise.all([api.scores(query, view.language), followUps ? this.sameDaySummary(api, query) : null]),
      ([result, sameDay]) => {
        this.scores = result;
        this.sameDay = sameDay;
      },
    );
    const chosen = view.interval;
    if (view.language) await Promise.all([scores, this.dropTrend()]);
    else if (chosen) await Promise.all([scores, this.loadTrend(api, query, chosen)]);
    else {
      await scores;
      await this.loadTrend(api, query, this.trendInterval(query, undefined));
    }
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
    const { q, standard, tone, language } = filter;
    const page = { q, limit: COMMENTS_PAGE, offset, ...(standard ? { standard, tone } : {}) };
    return this.guarded(
      'comments',
      () => api.comments(query, language ? { ...page, locale: language } : page),
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

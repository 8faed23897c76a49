// The staff API over HTTP (docs/design.md §5). The dashboard talks to the server
// only through this module, with the token in the Authorization header.
// Answers are typed by the scoring package's schemas; they are not re-validated
// here, so the browser bundle carries no schema library.
import type {
  CommentTone,
  CommentsPage,
  DepartmentList,
  DepartmentsResult,
  LanguagesResult,
  FollowUpSummary,
  ScoreFilters,
  ScoresResult,
  StaffSession,
  Survey,
  SurveyList,
  TrendInterval,
  TrendResult,
} from '@mv-feedback/scoring';

/** A staff query: the filters with both days set, as the dashboard always sends them. */
export type StaffQuery = ScoreFilters & { from: string; to: string };

/** A failed call: `status` 0 when the server could not be reached. */
export class StaffApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'StaffApiError';
  }
}

/**
 * The query string of a staff call; empty filters are left out.
 *
 * @example
 * staffQueryString({ from: '2026-01-01', to: '2026-01-31', channel: 'phone' }) // → 'from=2026-01-01&to=2026-01-31&channel=phone'
 */
export function staffQueryString(query: StaffQuery, extra: Record<string, string | number | undefined> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...query, ...extra })) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  return params.toString();
}

/**
 * Calls the staff API with one token.
 *
 * @example
 * const api = new StaffApiClient('', token);
 * const scores = await api.scores({ from: '2026-01-01', to: '2026-03-31' });
 */
export class StaffApiClient {
  constructor(
    private readonly baseUrl: string,
    private readonly token: string,
    private readonly fetchImpl: typeof fetch = (input, init) => fetch(input, init),
  ) {}

  /** Who the token belongs to; also the sign-in check (401 for a wrong token). */
  me(): Promise<StaffSession> {
    return this.json('/api/v1/me');
  }

  /** The server's catalogue surveys, in order: a city's own surveys and titles, not the bundled default. */
  surveys(): Promise<SurveyList> {
    return this.json('/api/v1/surveys');
  }

  /** One survey's definition: its questions, to put a comment's answers into words. */
  survey(id: string): Promise<Survey> {
    return this.json(`/api/v1/surveys/${encodeURIComponent(id)}`);
  }

  /** The catalogue's departments and their names in both languages. */
  departmentList(): Promise<DepartmentList> {
    return this.json('/api/v1/departments');
  }

  /** Every department against the rest of the city (a token for every department only). */
  departments(query: StaffQuery): Promise<DepartmentsResult> {
    const { department: _all, ...cityWide } = query;
    return this.json(`/api/v1/scores/departments?${staffQueryString(cityWide)}`);
  }

  /** Each language residents answered in against the rest (a token for every department only). */
  languages(query: StaffQuery): Promise<LanguagesResult> {
    return this.json(`/api/v1/scores/languages?${staffQueryString(query)}`);
  }

  /** The scores, of the responses in one language when `locale` is given. */
  scores(query: StaffQuery, locale?: string): Promise<ScoresResult> {
    return this.json(`/api/v1/scores?${staffQueryString(query, { locale })}`);
  }

  trend(query: StaffQuery, interval: TrendInterval): Promise<TrendResult> {
    return this.json(`/api/v1/scores/trend?${staffQueryString(query, { interval })}`);
  }

  comments(
    query: StaffQuery,
    page: { q: string; limit: number; offset: number; standard?: string; tone?: CommentTone; locale?: string },
  ): Promise<CommentsPage> {
    return this.json(`/api/v1/comments?${staffQueryString(query, page)}`);
  }

  /** The CSV export of a view, as a Blob (a plain link could not send the token), with the server's file name. */
  async exportCsv(query: StaffQuery): Promise<{ blob: Blob; filename: string | null }> {
    const response = await this.request(`/api/v1/export.csv?${staffQueryString(query)}`, 'text/csv');
    const disposition = response.headers.get('content-disposition') ?? '';
    return { blob: await response.blob(), filename: /filename="([^"/\\]+)"/.exec(disposition)?.[1] ?? null };
  }

  /** How fast the period's requests were acknowledged (docs/design.md §12). */
  followUpSummary(query: StaffQuery): Promise<FollowUpSummary> {
    const { from, to, department } = query;
    return this.json(`/api/v1/follow-ups/summary?${staffQueryString({ from, to, department })}`);
  }

  /** A JSON call to the staff API with this token: GET, or what `init` says. */
  async json<T>(path: string, init: RequestInit = {}): Promise<T> {
    return (await (await this.request(path, 'application/json', init)).json()) as T;
  }

  private async request(path: string, accept: string, init: RequestInit = {}): Promise<Response> {
    let response: Response;
    try {
      response = await this.fetchImpl(`${this.baseUrl}${path}`, {
        ...init,
        headers: { ...(init.headers as Record<string, string>), authorization: `Bearer ${this.token}`, accept },
      });
    } catch {
      throw new StaffApiError(0, 'network');
    }
    if (!response.ok) throw new StaffApiError(response.status, await errorMessage(response));
    return response;
  }
}

/** The message of an API error body (`{"error": {"message"}}`), else the status text. */
async function errorMessage(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { error?: { message?: unknown } };
    if (typeof body.error?.message === 'string') return body.error.message;
  } catch {
    // Not JSON: fall through to the status text.
  }
  return response.statusText || `HTTP ${response.status}`;
}

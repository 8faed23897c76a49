import type { Locale } from '@mv-feedback/scoring';
import type { UiStrings } from '../i18n/strings.js';
import type { FollowUpFieldsView } from './follow-up-fields.js';
import {
  checkFollowUp,
  emptyDraft,
  type FollowUpDraft,
  type FollowUpProblem,
  type FollowUpRequest,
} from './follow-up-request.js';

const MESSAGE = { contact: 'needContact', email: 'badEmail', phone: 'badPhone' } as const;
/** The field to fix first for each problem. */
const FIELD = { contact: '#f-email', email: '#f-email', phone: '#f-phone' } as const;

/** What Send gets: the request (none when not asked for), or what to fix and where to go. */
export type FollowUpCheck = { request?: FollowUpRequest } | { alert: string; focus: string };

/**
 * The resident's "contact me" choice (docs/design.md §12): the draft while
 * they type, the problems found at Send, and what the card shows of it, so
 * the element keeps only when it is offered.
 */
export class FollowUpChoice {
  private _draft?: FollowUpDraft | undefined;
  private _problems: FollowUpProblem[] = [];

  constructor(
    private readonly _host: { requestUpdate(): void },
    private readonly _locale: () => Locale,
  ) {}

  get wanted(): boolean {
    return !!this._draft?.wanted;
  }

  view(s: UiStrings): FollowUpFieldsView {
    return {
      s,
      draft: this._draft ?? emptyDraft(this._locale()),
      problems: this._problems,
      edit: (change) => {
        this._draft = { ...(this._draft ?? emptyDraft(this._locale())), ...change };
        this._host.requestUpdate();
      },
    };
  }

  /** Checks the fields at Send; their problems show beside them until the next Send. */
  check(s: UiStrings): FollowUpCheck {
    if (!this._draft?.wanted) return {};
    const { request, problems } = checkFollowUp(this._draft);
    this._problems = problems;
    this._host.requestUpdate();
    if (request) return { request };
    return { alert: problems.map((p) => s[MESSAGE[p]]).join(' '), focus: FIELD[problems[0]!] };
  }

  /** Forgets the draft: after it was sent, or for a kiosk's next resident. */
  clear(): void {
    this._draft = undefined;
    this._problems = [];
  }
}

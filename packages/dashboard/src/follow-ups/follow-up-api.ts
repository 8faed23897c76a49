import type { FollowUpItem, FollowUpsPage } from '@mv-feedback/scoring';
import type { StaffApiClient } from '../api/staff-api-client.js';

/** A request's state the queue lists: one of them, or every one. */
export type StatusFilter = 'open' | 'acknowledged' | 'closed' | 'all';

/**
 * The follow-up queue, by due time (docs/design.md §12): every request
 * whenever it was made, so the period does not hide an old one; without
 * contact details, which only an audited read shows.
 */
export function followUps(
  api: StaffApiClient,
  department: string | undefined,
  status: StatusFilter,
  cursor?: string,
): Promise<FollowUpsPage> {
  const params = new URLSearchParams({ status });
  if (department) params.set('department', department);
  if (cursor) params.set('cursor', cursor);
  return api.json(`/api/v1/follow-ups?${params}`);
}

/** One request with the resident's contact details: the read the audit log records. */
export const followUpContact = (api: StaffApiClient, id: string): Promise<FollowUpItem> =>
  api.json(`/api/v1/follow-ups/${encodeURIComponent(id)}?contact=true`);

/** Acknowledges or closes a request, with a note for the record; `409` when it is already there or further. */
export const changeFollowUp = (
  api: StaffApiClient,
  id: string,
  action: 'acknowledge' | 'close',
  note: string,
): Promise<FollowUpItem> =>
  api.json(`/api/v1/follow-ups/${encodeURIComponent(id)}/${action}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(note.trim() ? { note: note.trim() } : {}),
  });

import { departmentTitle, type Catalogue } from '@mv-feedback/scoring';
import type { PendingNotice } from './notice-outbox.js';

export interface NoticeMail {
  subject: string;
  text: string;
}

/**
 * The mail that tells a department of a new request (docs/design.md §12):
 * the department, the due time in the city's zone and a link to the
 * dashboard's queue. Never the resident's contact details, the comment or
 * the answers: a mailbox is no place for them.
 *
 * @example
 * noticeMail(notice, { catalogue, timezone: 'America/Los_Angeles', dashboardUrl: 'https://feedback.city.gov/dashboard/#follow-ups' })
 */
export function noticeMail(
  notice: PendingNotice,
  { catalogue, timezone, dashboardUrl }: { catalogue: Catalogue; timezone: string; dashboardUrl: string },
): NoticeMail {
  const department = departmentTitle(catalogue, notice.department).en;
  const due = new Intl.DateTimeFormat('en-US', {
    timeZone: timezone,
    dateStyle: 'full',
    timeStyle: 'short',
  }).format(new Date(notice.dueBy));
  return {
    subject: `New request to be contacted: ${department}, due ${due}`,
    text: [
      `A resident asked ${department} to contact them about their feedback.`,
      '',
      `Due by: ${due} (same day response).`,
      'Open the follow-ups queue to see the request and acknowledge it:',
      dashboardUrl,
      '',
      "The resident's contact details are only in the queue, never in e-mail.",
      '',
    ].join('\n'),
  };
}

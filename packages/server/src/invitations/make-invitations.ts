import { hostedLink, type Invitation, type InvitationsRequest } from '@mv-feedback/scoring';
import { signInvitation } from './invitation-token.js';

const DAY_MS = 86_400_000;

/**
 * One invitation per interaction (docs/design.md §9): its hosted link carries nothing
 * but the signed token (`inv=`), which binds the survey, department,
 * channel, interaction and expiry; short enough for a text message. The
 * expiry is `expiresInDays` from `now`, to the whole second (0: now,
 * already past).
 *
 * @example
 * makeInvitations({ survey: 'quick', department: 'permits', channel: 'email', interactions: ['CASE-1'], expiresInDays: 30 },
 *   { secret, publicUrl: 'https://feedback.city.gov' })
 * // → [{ interaction: 'CASE-1', url: 'https://feedback.city.gov/r/quick?inv=…', expiresAt: '2026-12-31T…Z' }]
 */
export function makeInvitations(
  request: InvitationsRequest,
  { secret, publicUrl, now = new Date() }: { secret: string; publicUrl: string; now?: Date },
): Invitation[] {
  const expiresAt = new Date(Math.floor((now.getTime() + request.expiresInDays * DAY_MS) / 1000) * 1000);
  return request.interactions.map((interaction) => {
    const token = signInvitation(
      { survey: request.survey, department: request.department, channel: request.channel, interaction, expiresAt },
      secret,
    );
    return {
      interaction,
      url: hostedLink(publicUrl, request.survey, {}, { inv: token }),
      expiresAt: expiresAt.toISOString(),
    };
  });
}

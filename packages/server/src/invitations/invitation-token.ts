import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { ChannelSchema, DepartmentSchema, ContextSchema, type Channel } from '@mv-feedback/scoring';

/** What an invitation binds (docs/design.md §9): nothing that names a resident. */
export interface InvitationClaims {
  survey: string;
  department: string;
  channel: Channel;
  /** The city's opaque reference of the case, as staff gave it. */
  interaction: string;
  /** Whole seconds: the token stays short enough for a text message. */
  expiresAt: Date;
}

// Signed with the version, so a later layout can never verify as this one.
const VERSION = 1;
const SIGNATURE_BYTES = 32;
const BASE64URL = /^[A-Za-z0-9_-]+$/;

const ClaimsSchema = z.tuple([
  z.literal(VERSION),
  z.string().min(1),
  DepartmentSchema,
  ChannelSchema,
  z.string().min(1).pipe(ContextSchema.shape.interaction.unwrap()),
  z.number().int().nonnegative(),
]);

const sign = (payload: string, secret: string) =>
  createHmac('sha256', secret).update(`mv-feedback invitation.${payload}`).digest();

/**
 * A signed invitation token: the claims as base64url JSON, a dot, and their
 * HMAC-SHA-256 under the server's secret (base64url). Not encrypted: the
 * claims are the link's own context, readable by whoever holds it.
 *
 * @example
 * const token = signInvitation({ survey: 'quick', department: 'permits', channel: 'email', interaction: 'CASE-1', expiresAt }, secret);
 */
export function signInvitation(claims: InvitationClaims, secret: string): string {
  const payload = Buffer.from(
    JSON.stringify([
      VERSION,
      claims.survey,
      claims.department,
      claims.channel,
      claims.interaction,
      Math.floor(claims.expiresAt.getTime() / 1000),
    ]),
  ).toString('base64url');
  return `${payload}.${sign(payload, secret).toString('base64url')}`;
}

export type InvitationCheck =
  { ok: true; claims: InvitationClaims; expired: boolean; signature: string } | { ok: false; reason: string };

/**
 * Checks a token's signature in constant time, then its claims; whether it
 * has expired is told apart (docs/design.md §9 answers that with 410, a bad token with
 * 400). `signature` names the invitation once used.
 *
 * @example
 * const check = verifyInvitation(token, secret);
 * if (check.ok && !check.expired) console.log(check.claims.interaction);
 */
export function verifyInvitation(token: string, secret: string, now = new Date()): InvitationCheck {
  const [payload, signature, ...rest] = token.split('.');
  if (!payload || !signature || rest.length > 0 || !BASE64URL.test(payload) || !BASE64URL.test(signature)) {
    return { ok: false, reason: 'the invitation is not a token this server makes' };
  }
  const given = Buffer.from(signature, 'base64url');
  // Compared as bytes, and the spelling must be the one made: another spelling of the same bytes is another invitation.
  if (
    given.length !== SIGNATURE_BYTES ||
    given.toString('base64url') !== signature ||
    !timingSafeEqual(given, sign(payload, secret))
  ) {
    return { ok: false, reason: 'the invitation does not carry this server’s signature' };
  }
  let claims: z.infer<typeof ClaimsSchema>;
  try {
    claims = ClaimsSchema.parse(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')));
  } catch {
    return { ok: false, reason: 'the invitation is not a token this server makes' };
  }
  const [, survey, department, channel, interaction, expires] = claims;
  const expiresAt = new Date(expires * 1000);
  return {
    ok: true,
    claims: { survey, department, channel, interaction, expiresAt },
    expired: now.getTime() >= expiresAt.getTime(),
    signature,
  };
}

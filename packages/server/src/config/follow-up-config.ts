import { z } from 'zod';
import {
  BusinessHoursSchema,
  DEFAULT_BUSINESS_HOURS,
  HolidaysSchema,
  isEmailAddress,
  type WeeklyHours,
} from '@mv-feedback/scoring';
import { refuse, setting, wholeNumber } from './setting-schemas.js';

/** Follow-ups to residents (docs/design.md §12): the business calendar, retention and notices. */
export interface FollowUpConfig {
  /** `MV_BUSINESS_HOURS` (default `Mon-Fri 08:00-17:00`), in the city's zone `MV_TIMEZONE`. */
  businessHours: WeeklyHours;
  /** `MV_HOLIDAYS`: closed days, `YYYY-MM-DD`. */
  holidays: ReadonlySet<string>;
  /** `MV_FOLLOW_UP_RETENTION_DAYS` (default 90): contact details are overwritten this long after closing. */
  retentionDays: number;
  /** `MV_SMTP_URL`: where notices are sent; unset, none are. */
  smtpUrl?: string;
  /** `MV_SMTP_FROM`: the notices' sender (default `mv-feedback@<the SMTP host>`). */
  smtpFrom?: string;
  /** `MV_FOLLOW_UP_EMAIL`: the address for a department without its own `email` in the catalogue. */
  fallbackEmail?: string;
}

export const DEFAULT_FOLLOW_UP_RETENTION_DAYS = 90;

const address = (name: string) =>
  setting.transform((raw, ctx) => {
    if (raw !== undefined && !isEmailAddress(raw)) return refuse(ctx, `${name} "${raw}" is not an e-mail address`);
    return raw;
  });

// The URL is never printed back: it may hold the SMTP password.
const smtpUrl = setting.transform((raw, ctx) => {
  if (raw === undefined) return undefined;
  let url: URL | undefined;
  try {
    url = new URL(raw);
  } catch {
    url = undefined;
  }
  if (!url || !/^smtps?:$/.test(url.protocol) || url.hostname === '') {
    return refuse(ctx, 'MV_SMTP_URL must be an smtp:// or smtps:// URL like smtp://user:password@mail.city.gov:587');
  }
  return raw;
});

const oneLine = (name: string, schema: z.ZodType<unknown, string>) =>
  setting.transform((raw, ctx) => {
    const parsed = schema.safeParse(raw ?? '');
    return parsed.success ? parsed.data : refuse(ctx, `${name}: ${parsed.error.issues[0]?.message ?? 'not valid'}`);
  });

/** The follow-up settings as the environment gives them, each refused with one line. */
export const FollowUpSettingsSchema = z
  .object({
    MV_BUSINESS_HOURS: setting.transform((raw, ctx) => {
      const parsed = BusinessHoursSchema.safeParse(raw ?? DEFAULT_BUSINESS_HOURS);
      return parsed.success
        ? parsed.data
        : refuse(ctx, `MV_BUSINESS_HOURS: ${parsed.error.issues[0]?.message ?? 'not valid'}`);
    }),
    MV_HOLIDAYS: oneLine('MV_HOLIDAYS', HolidaysSchema) as z.ZodType<ReadonlySet<string>, unknown>,
    MV_FOLLOW_UP_RETENTION_DAYS: wholeNumber(
      'MV_FOLLOW_UP_RETENTION_DAYS',
      DEFAULT_FOLLOW_UP_RETENTION_DAYS,
      1,
      36_500,
    ),
    MV_SMTP_URL: smtpUrl,
    MV_SMTP_FROM: address('MV_SMTP_FROM'),
    MV_FOLLOW_UP_EMAIL: address('MV_FOLLOW_UP_EMAIL'),
  })
  .transform((env): FollowUpConfig => {
    const config: FollowUpConfig = {
      businessHours: env.MV_BUSINESS_HOURS,
      holidays: env.MV_HOLIDAYS,
      retentionDays: env.MV_FOLLOW_UP_RETENTION_DAYS,
    };
    if (env.MV_SMTP_URL !== undefined) config.smtpUrl = env.MV_SMTP_URL;
    if (env.MV_SMTP_FROM !== undefined) config.smtpFrom = env.MV_SMTP_FROM;
    if (env.MV_FOLLOW_UP_EMAIL !== undefined) config.fallbackEmail = env.MV_FOLLOW_UP_EMAIL;
    return config;
  });

/** The settings when nothing is set. */
export const FOLLOW_UP_DEFAULTS: FollowUpConfig = FollowUpSettingsSchema.parse({});

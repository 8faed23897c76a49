import type { Channel } from '@mv-feedback/scoring';

/** How a department of the demo city behaves: how busy, through which channels, how good it is on average. */
export interface DemoDepartment {
  volume: number;
  channels: readonly (readonly [Channel, number])[];
  /** Added to every favourable probability. */
  quality: number;
  /** Prefix of its case numbers, the `interaction` reference. */
  casePrefix: string;
}

const profile = (
  volume: number,
  quality: number,
  casePrefix: string,
  channels: DemoDepartment['channels'],
): DemoDepartment => ({ volume, quality, casePrefix, channels });

/** The default catalogue's departments, each with its own rhythm and quality. */
export const DEMO_DEPARTMENTS: Readonly<Record<string, DemoDepartment>> = {
  permits: profile(4, -0.06, 'PRM', [
    ['in-person', 5],
    ['web', 3],
    ['email', 2],
    ['phone', 1],
  ]),
  planning: profile(2, -0.04, 'PLN', [
    ['in-person', 2],
    ['email', 2],
    ['web', 2],
    ['field', 1],
  ]),
  'code-enforcement': profile(2, -0.08, 'CE', [
    ['field', 4],
    ['phone', 3],
    ['email', 2],
    ['web', 1],
  ]),
  'public-works': profile(3, 0, 'PW', [
    ['phone', 4],
    ['web', 3],
    ['field', 3],
    ['email', 1],
  ]),
  'parks-community-services': profile(3, 0.05, 'PRK', [
    ['in-person', 3],
    ['field', 3],
    ['web', 2],
    ['phone', 1],
  ]),
  library: profile(4, 0.1, 'LIB', [
    ['in-person', 6],
    ['web', 2],
    ['phone', 1],
  ]),
  'animal-services': profile(2, 0.04, 'ANM', [
    ['in-person', 3],
    ['phone', 3],
    ['field', 2],
    ['web', 1],
  ]),
  'utilities-billing': profile(5, -0.03, 'UTL', [
    ['phone', 5],
    ['web', 4],
    ['email', 1],
    ['other', 1],
  ]),
  'city-clerk': profile(2, 0.02, 'CLK', [
    ['in-person', 3],
    ['email', 2],
    ['phone', 2],
    ['web', 1],
    ['other', 1],
  ]),
  'business-licensing': profile(2, -0.02, 'BL', [
    ['web', 4],
    ['in-person', 3],
    ['email', 2],
  ]),
  housing: profile(2, -0.05, 'HSG', [
    ['in-person', 3],
    ['phone', 3],
    ['email', 2],
  ]),
  'police-records': profile(2, -0.02, 'PDR', [
    ['in-person', 3],
    ['email', 3],
    ['web', 1],
    ['phone', 1],
  ]),
  'fire-prevention': profile(1, 0.06, 'FP', [
    ['field', 4],
    ['in-person', 2],
    ['phone', 1],
  ]),
  parking: profile(3, -0.07, 'PKG', [
    ['web', 4],
    ['phone', 3],
    ['in-person', 2],
  ]),
};

/**
 * The profile of a department: its own, or for a department the demo does not
 * know (a city catalogue's), an average one, a little better or worse by its name.
 *
 * @example
 * demoDepartment('harbor-office').casePrefix // → 'HAR'
 */
export function demoDepartment(id: string): DemoDepartment {
  const known = DEMO_DEPARTMENTS[id];
  if (known) return known;
  let hash = 0;
  for (const ch of id) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return profile(
    2,
    ((hash % 11) - 5) / 100,
    id
      .replace(/[^a-z]/g, '')
      .slice(0, 3)
      .toUpperCase() || 'REF',
    [
      ['in-person', 3],
      ['phone', 2],
      ['web', 2],
      ['email', 1],
    ],
  );
}

export const CHANNEL_QUALITY: Partial<Record<Channel, number>> = { phone: -0.05, 'in-person': 0.03, field: 0.02 };

/** The share of offers a channel's residents answer: a counter hands a card over, a web page is passed by. */
const CHANNEL_RESPONSE_RATE: Record<Channel, number> = {
  'in-person': 0.21,
  email: 0.18,
  field: 0.16,
  other: 0.15,
  phone: 0.13,
  web: 0.12,
};

/**
 * The response rate of a department on a channel, within 11–24 %: the
 * channel's, a little higher where the service is better liked.
 *
 * @example
 * demoResponseRate(demoDepartment('library'), 'in-person') // → 0.24
 */
export function demoResponseRate(department: DemoDepartment, channel: Channel): number {
  return Math.min(0.24, Math.max(0.11, CHANNEL_RESPONSE_RATE[channel] + department.quality / 2));
}

/** Relative volume by weekday, Sunday first: offices are mostly closed at weekends. */
export const WEEKDAY_VOLUME = [0.15, 1, 1.05, 1, 0.95, 0.85, 0.3] as const;

/**
 * The chance that a response is favourable for a standard, `t` running from 0
 * a year ago to 1 today: listening improves through the year (a training
 * programme), accurate information dips mid-year and recovers (a new system).
 */
export function standardTrend(standard: string, t: number): number {
  switch (standard) {
    case 'asking-and-listening':
      return 0.58 + 0.26 * t;
    case 'knowing-our-business':
      return 0.82 - 0.24 * Math.sin(Math.PI * t);
    case 'same-day-response':
      return 0.7 + 0.05 * t;
    case 'efficient-not-rushed':
      return 0.66;
    default:
      return 0.76;
  }
}

import type { Channel } from '@mv-feedback/scoring';

/** A department of the demo city: how busy, through which channels, how good it is on average. */
export interface DemoDepartment {
  slug: string;
  volume: number;
  channels: readonly (readonly [Channel, number])[];
  /** Added to every favourable probability. */
  quality: number;
  /** Prefix of its case numbers, the `interaction` reference. */
  casePrefix: string;
}

export const DEMO_DEPARTMENTS: readonly DemoDepartment[] = [
  {
    slug: 'permits',
    volume: 4,
    quality: -0.06,
    casePrefix: 'PRM',
    channels: [
      ['in-person', 5],
      ['web', 3],
      ['email', 2],
      ['phone', 1],
    ],
  },
  {
    slug: 'utilities',
    volume: 5,
    quality: -0.03,
    casePrefix: 'UTL',
    channels: [
      ['phone', 5],
      ['web', 4],
      ['email', 1],
      ['other', 1],
    ],
  },
  {
    slug: 'parks-recreation',
    volume: 3,
    quality: 0.05,
    casePrefix: 'PRK',
    channels: [
      ['in-person', 3],
      ['field', 3],
      ['web', 2],
      ['phone', 1],
    ],
  },
  {
    slug: 'police-records',
    volume: 2,
    quality: -0.02,
    casePrefix: 'PDR',
    channels: [
      ['in-person', 3],
      ['email', 3],
      ['web', 1],
      ['phone', 1],
    ],
  },
  {
    slug: 'library',
    volume: 4,
    quality: 0.1,
    casePrefix: 'LIB',
    channels: [
      ['in-person', 6],
      ['web', 2],
      ['phone', 1],
    ],
  },
  {
    slug: 'city-clerk',
    volume: 2,
    quality: 0.02,
    casePrefix: 'CLK',
    channels: [
      ['in-person', 3],
      ['email', 2],
      ['phone', 2],
      ['web', 1],
      ['other', 1],
    ],
  },
  {
    slug: 'planning',
    volume: 2,
    quality: -0.04,
    casePrefix: 'PLN',
    channels: [
      ['in-person', 2],
      ['email', 2],
      ['web', 2],
      ['field', 1],
    ],
  },
];

export const CHANNEL_QUALITY: Partial<Record<Channel, number>> = { phone: -0.05, 'in-person': 0.03, field: 0.02 };

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

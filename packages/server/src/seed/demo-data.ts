import type { Client } from '@libsql/client';
import {
  addDays,
  askedQuestions,
  cityDay,
  drawRotation,
  type Answers,
  type Channel,
  type CatalogueLocale,
  type Question,
  type Submission,
  type Survey,
} from '@mv-feedback/scoring';
import type { ServerConfig } from '../config/server-config.js';
import { contentHash } from '../db/store/content-hash.js';
import { offerWriteStatements, type OfferInput } from '../db/store/offer-store.js';
import { responseWriteStatements, type StoredResponseInput } from '../db/store/response-store.js';
import { DEMO_COMMENTS } from './demo-comments.js';
import {
  CHANNEL_QUALITY,
  DEMO_DEPARTMENTS,
  WEEKDAY_VOLUME,
  demoDepartment,
  demoResponseRate,
  standardTrend,
  type DemoDepartment,
} from './demo-profile.js';
import { mulberry32, randomUuid, weightedPick } from './prng.js';
import { dayStart } from './zoned-instant.js';

export const DEFAULT_DEMO_COUNT = 20_000;
const HISTORY_DAYS = 365;

export interface SeedOptions {
  /** Responses to make (default 20,000). */
  count?: number;
  /** The last moment of the history (default now). */
  now?: Date;
  /** PRNG seed: the same seed gives the same data (default 1). */
  seed?: number;
  /** Responses per write transaction (default 2,000). */
  batchSize?: number;
}

type Random = () => number;

/**
 * Fills the database with a year of realistic responses up to `now`: the
 * catalogue's departments (each busier or better than another), every
 * channel, about 30 % in Spanish, fewer at weekends, mostly the quick survey
 * with its rotating question (so every standard gets answers), skips and
 * "does not apply", comments in both languages, and visible trends (listening
 * improves, accuracy dips and recovers). Each response comes with the offers
 * (impressions) around it, so the response rate is 11–24 % for every
 * department and channel. Rows, rollups and offers go through the server's
 * own writer statements, a batch per transaction. Returns the number of
 * responses stored.
 *
 * @example
 * await seedDemoData(db, config, { count: 20_000 }); // → 20000
 */
export async function seedDemoData(db: Client, config: ServerConfig, options: SeedOptions = {}): Promise<number> {
  const count = options.count ?? DEFAULT_DEMO_COUNT;
  const now = options.now ?? new Date();
  const batchSize = options.batchSize ?? 2_000;
  const random = mulberry32(options.seed ?? 1);
  // Its own stream, so the responses of a seed stay what they were before offers were seeded.
  const offerRandom = mulberry32((options.seed ?? 1) ^ 0x0ff3);
  const store = { catalogue: config.catalogue, timezone: config.timezone };
  const days = dailyCounts(random, count, cityDay(now, config.timezone));
  const departmentIds = config.catalogue.departments?.map((d) => d.id) ?? Object.keys(DEMO_DEPARTMENTS);
  const departments = departmentIds.map((id) => {
    const department = { id, ...demoDepartment(id) };
    return [department, department.volume] as const;
  });
  let batch: StoredResponseInput[] = [];
  let offers: OfferInput[] = [];
  let stored = 0;
  const write = async () => {
    await db.batch(
      [...responseWriteStatements(batch, store), ...offerWriteStatements(offers, config.timezone)],
      'write',
    );
    stored += batch.length;
    batch = [];
    offers = [];
  };
  for (const [dayIndex, { day, responses }] of days.entries()) {
    const t = dayIndex / (days.length - 1);
    const start = dayStart(day, config.timezone);
    const instants: Date[] = [];
    for (let i = 0; i < responses; i++) instants.push(responseInstant(random, start, now));
    instants.sort((a, b) => a.getTime() - b.getTime());
    for (const receivedAt of instants) {
      const submission = demoSubmission(random, config.catalogue.surveys, departments, t);
      batch.push({ submission, receivedAt, contentHash: contentHash(submission) });
      offers.push(demoOffers(offerRandom, submission, receivedAt));
      if (batch.length >= batchSize) await write();
    }
  }
  if (batch.length > 0) await write();
  return stored;
}

/**
 * The offers one response stands for: 1/rate on average, never fewer than
 * ⌊1/rate⌋ nor more than ⌈1/rate⌉, so any slice of the demo data keeps its
 * rate within the department's and channel's bounds.
 */
function demoOffers(random: Random, submission: Submission, at: Date): OfferInput {
  const department = submission.context.department!;
  const channel = submission.context.channel!;
  const perResponse = 1 / demoResponseRate(demoDepartment(department), channel);
  const count = Math.floor(perResponse) + (random() < perResponse % 1 ? 1 : 0);
  return { survey: submission.survey, department, channel, at, count };
}

/** How many responses each of the last 365 days gets, oldest first, by weekday rhythm and slow growth. */
function dailyCounts(random: Random, count: number, today: string): { day: string; responses: number }[] {
  const days = Array.from({ length: HISTORY_DAYS }, (_, i) => addDays(today, i - (HISTORY_DAYS - 1)));
  const weights = days.map(
    (day, i) => WEEKDAY_VOLUME[new Date(`${day}T00:00:00Z`).getUTCDay()]! * (0.85 + (0.3 * i) / HISTORY_DAYS),
  );
  const cumulative: number[] = [];
  let sum = 0;
  for (const weight of weights) cumulative.push((sum += weight));
  const responses = days.map(() => 0);
  for (let i = 0; i < count; i++) {
    const r = random() * sum;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (cumulative[mid]! > r) high = mid;
      else low = mid + 1;
    }
    responses[low]! += 1;
  }
  return days.map((day, i) => ({ day, responses: responses[i]! }));
}

/** A time in office hours (8:00–17:59, local), never after `now`. */
function responseInstant(random: Random, dayStartMs: number, now: Date): Date {
  const ms = dayStartMs + (8 * 60 + Math.floor(random() * 600)) * 60_000 + Math.floor(random() * 60_000);
  return ms > now.getTime() ? new Date(now.getTime() - Math.floor(random() * 3_600_000)) : new Date(ms);
}

type PickedDepartment = DemoDepartment & { id: string };

function demoSubmission(
  random: Random,
  surveys: readonly Survey[],
  departments: readonly (readonly [PickedDepartment, number])[],
  t: number,
): Submission {
  const survey =
    surveys.length === 1 || random() < 0.85 ? surveys[0]! : surveys[1 + Math.floor(random() * (surveys.length - 1))]!;
  const department = weightedPick(random, departments);
  const channel = weightedPick(random, department.channels);
  const locale: CatalogueLocale = random() < 0.3 ? 'es' : 'en';
  // One resident's mood shifts all their answers together, as in real surveys.
  const mood = (random() + random() + random() - 1.5) * 0.25;
  const quality = department.quality + (CHANNEL_QUALITY[channel] ?? 0) + mood;
  const commentOnly = random() < 0.02;
  const answers: Answers = {};
  let favorable = 0;
  let answered = 0;
  if (!commentOnly) {
    for (const question of askedQuestions(survey, drawRotation(survey, random))) {
      const value = demoAnswer(random, question, clamp(standardTrend(question.standards[0]!.standard, t) + quality));
      if (value === undefined) continue;
      answers[question.id] = value;
      if (value !== null) {
        answered += 1;
        if (value === 'yes' || (typeof value === 'number' && value >= 4)) favorable += 1;
      }
    }
  }
  const wantsComment = answered === 0 || random() < 0.2;
  const comment = wantsComment ? demoComment(random, locale, answered === 0 ? 0.5 : favorable / answered) : undefined;
  return {
    id: randomUuid(random),
    survey: survey.id,
    answers,
    ...(comment ? { comment } : {}),
    context: demoContext(random, department, channel),
    locale,
  };
}

/** An answer, or undefined when skipped; null is "does not apply" (or "not sure"). */
function demoAnswer(random: Random, question: Question, pFavorable: number): Answers[string] | undefined {
  const r = random();
  if (r < 0.04) return undefined;
  if (r < (question.type === 'yesno' ? 0.16 : 0.08)) return null;
  if (question.type === 'yesno') return random() < pFavorable ? 'yes' : 'no';
  if (random() < pFavorable) return random() < 0.55 ? 5 : 4;
  const low = random();
  return low < 0.5 ? 3 : low < 0.8 ? 2 : 1;
}

function demoComment(random: Random, locale: CatalogueLocale, share: number): string {
  const tone = share >= 0.75 ? (random() < 0.75 ? 'praise' : 'idea') : random() < 0.7 ? 'complaint' : 'idea';
  const pool = DEMO_COMMENTS[locale].filter((c) => c.tone === tone);
  return pool[Math.floor(random() * pool.length)]!.text;
}

function demoContext(random: Random, department: PickedDepartment, channel: Channel): Submission['context'] {
  const context: Submission['context'] = { department: department.id, channel };
  if (random() < 0.4)
    context.interaction = `${department.casePrefix}-${String(Math.floor(random() * 100_000)).padStart(5, '0')}`;
  if (channel === 'web') context.page = `https://www.example.gov/${department.id}`;
  return context;
}

const clamp = (p: number) => Math.min(0.97, Math.max(0.05, p));

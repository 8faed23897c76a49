import type { Transaction } from '@libsql/client';
import { contributionCounters, responseContributions, type Answers, type Catalogue } from '@mv-feedback/scoring';
import { MAJORITY_LOCALE, languageCounterStatements, type LanguageCubeEntry } from '../store/language-cube.js';
import { verifiedTwin } from './verified-twin.js';

const PAGE = 2_000;

/**
 * Adds the per-standard counters of the responses a database already holds
 * to the language cube and its verified twin (migration 8, whose SQL filled
 * the count cubes), scoring their answers with the configured catalogue, a
 * page of responses at a time in (received_at, id) order. English responses
 * are never read: the cube has no rows for them.
 */
export async function backfillLanguageCube(tx: Transaction, catalogue: Catalogue): Promise<void> {
  const surveys = new Map(catalogue.surveys.map((s) => [s.id, s]));
  let after: [string, string] = ['', ''];
  for (;;) {
    const { rows } = await tx.execute({
      sql: `SELECT id, received_at, day, locale, department, channel, survey, answers, verified FROM responses
        WHERE locale <> ? AND (received_at, id) > (?, ?) ORDER BY received_at, id LIMIT ?`,
      args: [MAJORITY_LOCALE, ...after, PAGE],
    });
    if (rows.length === 0) return;
    const entries: LanguageCubeEntry[] = [];
    const verified: LanguageCubeEntry[] = [];
    for (const row of rows) {
      // A survey the catalogue no longer has cannot be scored; its counts were filled by the SQL.
      const survey = surveys.get(String(row.survey));
      if (!survey) continue;
      const answers = JSON.parse(String(row.answers)) as Answers;
      const entry: LanguageCubeEntry = {
        locale: String(row.locale),
        day: String(row.day),
        department: String(row.department),
        channel: String(row.channel),
        survey: survey.id,
        commented: false,
        counters: responseContributions(catalogue, survey, answers).map((contribution) => ({
          standard: contribution.standard,
          counters: contributionCounters(contribution),
        })),
      };
      entries.push(entry);
      if (Number(row.verified) === 1) verified.push(entry);
    }
    const statements = [
      ...languageCounterStatements(entries),
      ...languageCounterStatements(verified).map(({ sql, args }) => ({ sql: verifiedTwin(sql), args })),
    ];
    if (statements.length > 0) await tx.batch(statements);
    const last = rows[rows.length - 1]!;
    after = [String(last.received_at), String(last.id)];
  }
}

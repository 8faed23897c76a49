import type { LocalizedText, ScoresResult } from '@mv-feedback/scoring';
import { csvRow } from '../csv/csv-cell.js';

const oneDecimal = (x: number | null) => (x === null ? '' : x.toFixed(1));

interface TableRow {
  id: string;
  title: string;
  score: string;
  interval: string;
  n: string;
  note: string;
}

function tableRows(result: ScoresResult): TableRow[] {
  return result.standards.map((s) => ({
    id: s.id,
    title: s.title.en,
    score: oneDecimal(s.score),
    interval: s.suppressed ? '' : `${oneDecimal(s.ciLow)}–${oneDecimal(s.ciHigh)}`,
    n: String(s.n),
    note: s.suppressed ? `suppressed (n < ${result.minN})` : '',
  }));
}

/**
 * The per-standard table for a terminal: title, score to one decimal, the
 * 95 % Wilson interval and n, in aligned columns; "suppressed" below minN.
 *
 * @example
 * With a department, the summary names it by its title.
 *
 * @example
 * process.stdout.write(formatScoresTable(result, departmentTitle(catalogue, 'permits')));
 */
export function formatScoresTable(result: ScoresResult, department?: LocalizedText): string {
  const header: TableRow = { id: '', title: 'Standard', score: 'Score', interval: '95 % interval', n: 'n', note: '' };
  const rows = [header, ...tableRows(result)];
  const width = (key: keyof TableRow) => Math.max(...rows.map((row) => [...row[key]].length));
  const pad = (text: string, size: number, right = false) => {
    const fill = ' '.repeat(size - [...text].length);
    return right ? fill + text : text + fill;
  };
  const lines = rows.map((row) =>
    [
      pad(row.title, width('title')),
      pad(row.score, width('score'), true),
      pad(row.interval, width('interval'), true),
      pad(row.n, width('n'), true),
      row.note,
    ]
      .join('  ')
      .trimEnd(),
  );
  const where = department ? `, ${department.en}` : '';
  const summary = `Scores ${result.from} to ${result.to}${where}: ${result.responses} responses, ${result.comments} comments (score = % favourable)`;
  return `${summary}\n${rateLine(result)}\n\n${lines.join('\n')}\n`;
}

/** The response rate in words; with no offer counted it says so instead of a figure. */
function rateLine({ responses, offered, responseRate }: ScoresResult): string {
  if (responseRate === null) return 'Response rate: no offers counted (no survey seen or hosted page opened)';
  return `Response rate ${(100 * responseRate).toFixed(1)} % (${responses} responses of ${offered} offers)`;
}

/**
 * The same table as CSV (RFC 4180), with full-precision numbers and empty cells where suppressed;
 * the period's responses, offers and response rate (empty with no offer) repeat on every row.
 *
 * @example
 * process.stdout.write(formatScoresCsv(result));
 */
export function formatScoresCsv(result: ScoresResult): string {
  const { from, to, responses, offered, responseRate } = result;
  let text = csvRow([
    'standard',
    'title',
    'score',
    'ciLow',
    'ciHigh',
    'n',
    'suppressed',
    'from',
    'to',
    'responses',
    'offered',
    'responseRate',
  ]);
  for (const s of result.standards) {
    text += csvRow([
      s.id,
      s.title.en,
      s.score,
      s.ciLow,
      s.ciHigh,
      s.n,
      String(s.suppressed),
      from,
      to,
      responses,
      offered,
      responseRate,
    ]);
  }
  return text;
}

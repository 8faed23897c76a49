// The query parameters of the staff reads beyond the filters every one takes
// (ScoreFiltersSchema), as zod schemas: the routes' declarations name them, so
// the document lists them and the routes accept exactly them (see queryKeys).
import {
  COMMENT_TONES,
  LANGUAGE_ORDER,
  SLUG_PATTERN,
  ScoreFiltersSchema,
  TrendIntervalSchema,
} from '@mv-feedback/scoring';
import { z } from 'zod';
import { DEFAULT_AUDIT_LIMIT, MAX_AUDIT_LIMIT } from '../audit/audit-log.js';
import { DEFAULT_COMMENTS_LIMIT, MAX_COMMENTS_LIMIT, MAX_COMMENTS_OFFSET } from '../staff/comments-query.js';

const [firstLanguage = 'en', ...otherLanguages] = LANGUAGE_ORDER;

/** `locale`: only the responses given in one language (docs/design.md §14). */
const locale = z
  .enum([firstLanguage, ...otherLanguages])
  .optional()
  .describe(
    'Only responses given in this language (any the widget may offer, offered now or not). On `/scores` the figures are read from the language cube (English: every response less the other languages), and `offered` is 0 and `responseRate` null: an offer has no language.',
  );

/** `reveal=true`: comments as written, for admin tokens only, each such read audited (docs/design.md §15). */
const reveal = z
  .enum(['true', 'false'])
  .default('false')
  .describe(
    'Comments as written. Without it e-mail addresses, phone numbers and street addresses are shown as `[email]`, `[phone]`, `[address]`. Admin tokens only (`403` otherwise); each such read is audited.',
  );

export const ScoresQuerySchema = ScoreFiltersSchema.extend({ locale });

export const TrendQuerySchema = ScoreFiltersSchema.extend({ interval: TrendIntervalSchema.default('week') });

/** The comparison covers every department: no `department`. */
export const ComparisonQuerySchema = ScoreFiltersSchema.omit({ department: true });

export const CommentsQuerySchema = ScoreFiltersSchema.extend({
  limit: z.number().int().min(1).max(MAX_COMMENTS_LIMIT).default(DEFAULT_COMMENTS_LIMIT),
  offset: z.number().int().min(0).max(MAX_COMMENTS_OFFSET).default(0),
  q: z.string().max(200).optional().describe('Text the comment contains.'),
  standard: z
    .string()
    .regex(SLUG_PATTERN)
    .optional()
    .describe('Only comments of responses that count for this standard (an id of the catalogue).'),
  tone: z
    .enum(COMMENT_TONES)
    .optional()
    .describe('With `standard`: only responses favourable, or unfavourable, for it.'),
  locale,
  reveal,
});

/** The CSV export's header: column ids by default (for programs), or words for a spreadsheet reader. */
export const ExportQuerySchema = ScoreFiltersSchema.extend({
  reveal,
  labels: z
    .enum(['0', '1'])
    .default('0')
    .describe(
      '`1`: the header row names each column in words (a question column by its question text, then its id in brackets) instead of the column ids.',
    ),
  lang: z.enum(['en', 'es']).default('en').describe('The language of the `labels=1` header.'),
});

export const AuditQuerySchema = z.object({
  limit: z.number().int().min(1).max(MAX_AUDIT_LIMIT).default(DEFAULT_AUDIT_LIMIT),
  before: z
    .number()
    .int()
    .min(1)
    .optional()
    .describe('Entries older than this id: the `nextBefore` of the previous page.'),
});

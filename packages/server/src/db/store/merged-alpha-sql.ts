// Element-wise sum of two JSON number arrays of equal length, in index order.
const sumArrays = (table: string, field: string) =>
  `(SELECT json_group_array(a.value + b.value ORDER BY a.key)
     FROM json_each(${table}.alpha, '$.${field}') AS a
     JOIN json_each(excluded.alpha, '$.${field}') AS b ON a.key = b.key)`;

/**
 * The SQL twin of scoring's mergeCounters for α, for an upsert into `table`:
 * sums while both sides share the same item set, null as soon as either side
 * has none or they differ. `excluded` is the row being inserted.
 *
 * @example
 * `ON CONFLICT (…) DO UPDATE SET alpha = ${mergedAlphaSql('daily_rollups')}`
 */
export const mergedAlphaSql = (table: string): string => `CASE
  WHEN ${table}.alpha IS NULL OR excluded.alpha IS NULL
    OR json_extract(${table}.alpha, '$.items') IS NOT json_extract(excluded.alpha, '$.items') THEN NULL
  ELSE json_object(
    'items', json(json_extract(${table}.alpha, '$.items')),
    'complete', json_extract(${table}.alpha, '$.complete') + json_extract(excluded.alpha, '$.complete'),
    'itemSums', json(${sumArrays(table, 'itemSums')}),
    'itemSquares', json(${sumArrays(table, 'itemSquares')}),
    'totalSum', json_extract(${table}.alpha, '$.totalSum') + json_extract(excluded.alpha, '$.totalSum'),
    'totalSquares', json_extract(${table}.alpha, '$.totalSquares') + json_extract(excluded.alpha, '$.totalSquares'))
  END`;

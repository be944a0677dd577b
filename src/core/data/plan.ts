/**
 * The SQL for a contract: one aggregate query computes every column map and aggregate check in a
 * single pass over the data; uniqueness needs a GROUP BY each; unexpected samples (up to 20 rows,
 * with row numbers) are fetched only for checks that failed.
 */
import type { CheckSpec } from './catalog.js';
import type { Expectation } from './contract.js';
import { Params, quoteIdent } from './sql.js';

export interface PlannedCheck {
  index: number;
  expectation: Expectation;
  spec: CheckSpec;
}

export interface Query {
  sql: string;
  params: unknown[];
}

/**
 * A name for a column the queries add (row numbers, shared casts) that no column of the data has:
 * `base`, or `base_2`, `base_3` … when a data column already holds it or names starting with it.
 */
export function freeName(base: string, dataColumns: readonly string[]): string {
  const clashes = (name: string) => dataColumns.some((c) => c === name || c.startsWith(name));
  let name = base;
  for (let n = 2; clashes(name); n++) name = `${base}_${n}_`;
  return name;
}

/**
 * The single aggregate pass: `n` rows, `blank` rows (every column null, which also makes the scan
 * read every column), and per check `u<i>`/`nn<i>` (map) or `a<i>` (aggregate). A column read as a
 * number by several checks (type, range, numeric set, statistics) is cast once per row, in an inner
 * projection, instead of once per check; map checks with a cheaper aggregate form (`count`) use it.
 */
export function aggregateQuery(
  view: string,
  checks: readonly PlannedCheck[],
  columns: readonly string[] = [],
  dataColumns: readonly string[] = columns,
): Query {
  const p = new Params();
  const casts = new Map<string, string>();
  const number = freeName('__mlops_number', dataColumns);
  const numberOf = (column: string): string => {
    if (!casts.has(column)) casts.set(column, quoteIdent(`${number}${casts.size}`));
    return casts.get(column)!;
  };
  const select = ['count(*) AS n'];
  if (columns.length)
    select.push(`count_if(${columns.map((c) => `${quoteIdent(c)} IS NULL`).join(' AND ')}) AS blank`);
  for (const c of checks) {
    const s = c.spec;
    if (s.kind === 'map') {
      const q = quoteIdent(s.column);
      select.push(`count(${q}) AS nn${c.index}`);
      select.push(
        s.count
          ? `${s.count(p, numberOf)} AS u${c.index}`
          : s.countNulls
            ? `count_if(${s.unexpected(p, numberOf)}) AS u${c.index}`
            : `count_if(${q} IS NOT NULL AND (${s.unexpected(p, numberOf)})) AS u${c.index}`,
      );
    } else if (s.kind === 'aggregate') {
      select.push(`${s.expr(p, numberOf)} AS a${c.index}`);
    }
  }
  const shared = [...casts].map(([column, alias]) => `TRY_CAST(${quoteIdent(column)} AS DOUBLE) AS ${alias}`);
  const from = shared.length ? `(SELECT *, ${shared.join(', ')} FROM ${quoteIdent(view)})` : quoteIdent(view);
  return { sql: `SELECT ${select.join(', ')} FROM ${from}`, params: p.values };
}

/**
 * GX's uniqueness: every row whose (non-null) value occurs more than once is unexpected, not just
 * the repeats; for compound keys, rows where all values are missing are ignored.
 */
export function duplicateCountQuery(view: string, columns: readonly string[]): Query {
  const cols = columns.map(quoteIdent);
  const where =
    columns.length === 1
      ? `${cols[0]} IS NOT NULL`
      : `NOT (${cols.map((c) => `${c} IS NULL`).join(' AND ')})`;
  return {
    sql: `SELECT coalesce(sum(c), 0) AS u, (SELECT count(*) FROM ${quoteIdent(view)} WHERE ${where}) AS nn FROM (SELECT count(*) AS c FROM ${quoteIdent(view)} WHERE ${where} GROUP BY ${cols.join(', ')} HAVING count(*) > 1)`,
    params: [],
  };
}

/**
 * Up to `limit` unexpected rows of a failed check: 1-based data row number (in the column `row`, whose
 * name no data column has) and the value(s) in `v`.
 */
export function sampleQuery(view: string, spec: CheckSpec, dataColumns: readonly string[], limit = 20): (Query & { row: string }) | undefined {
  const p = new Params();
  const v = quoteIdent(view);
  const row = freeName('__mlops_row', dataColumns);
  const ROW = quoteIdent(row);
  if (spec.kind === 'map') {
    const q = quoteIdent(spec.column);
    const cond = spec.countNulls ? spec.unexpected(p) : `${q} IS NOT NULL AND (${spec.unexpected(p)})`;
    return {
      // Only the one column is projected: a wide file (10,000 columns) stays cheap to sample.
      sql: `SELECT ${ROW}, CAST(${q} AS VARCHAR) AS v FROM (SELECT row_number() OVER () AS ${ROW}, ${q} FROM ${v}) WHERE ${cond} ORDER BY ${ROW} LIMIT ${p.add(limit)}`,
      params: p.values,
      row,
    };
  }
  if (spec.kind === 'unique') {
    const cols = spec.columns.map(quoteIdent);
    const value =
      cols.length === 1
        ? `CAST(${cols[0]} AS VARCHAR)`
        : `concat_ws(', ', ${cols.map((c) => `CAST(${c} AS VARCHAR)`).join(', ')})`;
    const where =
      cols.length === 1 ? `${cols[0]} IS NOT NULL` : `NOT (${cols.map((c) => `${c} IS NULL`).join(' AND ')})`;
    return {
      sql: `SELECT ${ROW}, v FROM (SELECT row_number() OVER () AS ${ROW}, ${value} AS v, ${where} AS keep, count(*) OVER (PARTITION BY ${cols.join(', ')}) AS c FROM ${v}) WHERE keep AND c > 1 ORDER BY ${ROW} LIMIT ${p.add(limit)}`,
      params: p.values,
      row,
    };
  }
  return undefined;
}

/** Holdout leakage: rows of the test data that also appear in the training data, by whole row or by key. */
import { quoteIdent } from '../../core/data/sql.js';
import { UserError } from '../../core/errors.js';
import type { Engine } from './engine.js';
import { engineError, type DataSource } from './source.js';

export interface Overlap {
  columns: string[];
  testRows: number;
  overlapping: number;
  /** 1-based data row numbers in the test file (first 20). */
  rows: number[];
}

/**
 * Exact comparison of the chosen columns (all shared columns by default): every value as text with a
 * NUL marker for missing values, joined with the unit separator, so equal rows match and nothing else does.
 */
export async function findOverlap(
  engine: Engine,
  train: DataSource,
  test: DataSource,
  key?: string[],
): Promise<Overlap> {
  const shared = test.columns.map((c) => c.name).filter((n) => train.columns.some((c) => c.name === n));
  const columns = key?.length ? key : shared;
  for (const c of columns) {
    if (!shared.includes(c))
      throw new UserError(`key column '${c}' is not in both ${train.displayPath} and ${test.displayPath}`, {
        hint: `Shared columns: ${shared.slice(0, 30).join(', ')}`,
      });
  }
  if (!columns.length) throw new UserError(`${train.displayPath} and ${test.displayPath} share no columns`);
  const k = `concat_ws(chr(31), ${columns.map((c) => `coalesce(CAST(${quoteIdent(c)} AS VARCHAR), chr(0))`).join(', ')})`;
  try {
    const rows = await engine.all(
      `WITH t AS (SELECT row_number() OVER () AS r, ${k} AS k FROM ${quoteIdent(test.view)}), tr AS (SELECT DISTINCT ${k} AS k FROM ${quoteIdent(train.view)})
       SELECT (SELECT count(*) FROM t) AS n, count(*) OVER () AS m, t.r FROM t SEMI JOIN tr ON t.k = tr.k ORDER BY t.r LIMIT 20`,
    );
    const n = rows.length
      ? Number(rows[0]!.n)
      : Number((await engine.all(`SELECT count(*) AS n FROM ${quoteIdent(test.view)}`))[0]?.n ?? 0);
    return {
      columns,
      testRows: n,
      overlapping: rows.length ? Number(rows[0]!.m) : 0,
      rows: rows.map((r) => Number(r.r)),
    };
  } catch (error) {
    throw engineError(error, test.displayPath);
  }
}

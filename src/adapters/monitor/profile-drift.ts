/**
 * Drift of a batch against a reference profile (a release asset of the model version) instead of the
 * raw reference data. The approximation is the profile's own (src/core/data/profile.ts): categorical
 * tests on the profile's top categories plus an `(other)` bucket, binned tests on its histogram, K-S
 * and Wasserstein on the binned ECDFs. Only counting happens here; every test is src/core/drift's.
 */
import { columnDrift, datasetDrift, type ColumnCounts, type ColumnDrift, type DatasetDrift } from '../../core/drift/column.js';
import { chooseTest, DRIFT_TESTS, type DriftOptions } from '../../core/drift/select.js';
import { binnedSummary, profileHistogramCounts, type ColumnProfile, type DataProfile } from '../../core/data/profile.js';
import { quoteIdent } from '../../core/data/sql.js';
import type { Engine } from '../duckdb/engine.js';
import { engineError, type DataSource } from '../duckdb/source.js';

const NUMERIC = /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|FLOAT|DOUBLE|DECIMAL.*)$/;
const OTHER = '(other)';

/** Drift of every profiled column the batch has (minus ignored ones), with the dataset verdict. */
export async function profileDrift(engine: Engine, profile: DataProfile, current: DataSource, options: DriftOptions = {}): Promise<DatasetDrift> {
  const results: ColumnDrift[] = [];
  for (const column of profile.columns) {
    if (options.columns?.[column.name]?.ignore) continue;
    const found = current.columns.find((c) => c.name === column.name);
    if (!found) continue;
    const result = await profileColumnDrift(engine, column, current, column.name, options);
    if (result) results.push(result);
  }
  return datasetDrift(results, options.driftShare ?? 0.5);
}

/** One column of the batch (`currentColumn`) against one profiled column; undefined when either side is empty. */
export async function profileColumnDrift(engine: Engine, column: ColumnProfile, current: DataSource, currentColumn: string, options: DriftOptions = {}): Promise<ColumnDrift | undefined> {
  const type = current.columns.find((c) => c.name === currentColumn)?.type ?? 'VARCHAR';
  const numerical = column.kind === 'numerical' && NUMERIC.test(type) && !!column.histogram;
  const kind = options.columns?.[column.name]?.kind ?? (numerical ? 'numerical' : 'categorical');
  if (column.count === 0) return undefined;
  const { test, threshold } = chooseTest(column.name, kind, column.count, column.distinct, options);
  const input = DRIFT_TESTS[test].input(kind);
  try {
    let data: ColumnCounts;
    if (kind === 'numerical' && input !== 'categories') {
      const values = await numbers(engine, current, currentColumn);
      if (!values.length) return undefined;
      data = profileHistogramCounts(column, values);
      if (input === 'values') data = { ...data, summary: binnedSummary(column.histogram!.edges, data.counts) };
    } else {
      data = await categoryCounts(engine, column, current, currentColumn);
      if (!data.counts.some(([, b]) => b > 0)) return undefined;
    }
    return { ...columnDrift(column.name, kind, test, threshold, data), column: currentColumn === column.name ? column.name : `${currentColumn} (vs ${column.name})` };
  } catch (error) {
    throw engineError(error, current.displayPath);
  }
}

async function numbers(engine: Engine, source: DataSource, name: string): Promise<number[]> {
  const q = `TRY_CAST(${quoteIdent(name)} AS DOUBLE)`;
  const rows = await engine.all(`SELECT ${q} AS x FROM ${quoteIdent(source.view)} WHERE isfinite(${q})`);
  return rows.map((r) => Number(r.x));
}

/** Current counts on the profile's top categories; values outside them (and the profile's rest) form `(other)`. */
async function categoryCounts(engine: Engine, column: ColumnProfile, source: DataSource, name: string): Promise<ColumnCounts> {
  const rows = await engine.all(`SELECT CAST(${quoteIdent(name)} AS VARCHAR) AS k, count(*) AS n FROM ${quoteIdent(source.view)} WHERE ${quoteIdent(name)} IS NOT NULL GROUP BY 1`);
  const current = new Map(rows.map((r) => [normalise(String(r.k)), Number(r.n)]));
  const keys: string[] = [];
  const counts: Array<[number, number]> = [];
  let other = 0;
  const known = new Set<string>();
  for (const t of column.top) {
    const k = normalise(t.value);
    known.add(k);
    keys.push(t.value);
    counts.push([t.count, current.get(k) ?? 0]);
  }
  for (const [k, n] of current) if (!known.has(k)) other += n;
  if (column.other_count > 0 || other > 0) {
    keys.push(OTHER);
    counts.push([column.other_count, other]);
  }
  return { keys, counts };
}

/** `1` and `1.0` are the same category whichever side read it as a number. */
function normalise(value: string): string {
  const x = Number(value);
  return value.trim() !== '' && Number.isFinite(x) ? String(x) : value;
}

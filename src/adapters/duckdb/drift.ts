/**
 * Drift between a reference and a current data source. DuckDB does the heavy lifting (one pass for
 * column statistics, then per column a GROUP BY: cumulative counts for K-S and Wasserstein, category
 * counts, or histogram bins with numpy's bin rule); the tests themselves are pure (src/core/drift).
 */
import path from 'node:path';
import { equalEdges, sturgesEdges } from '../../core/drift/binning.js';
import { columnDrift, datasetDrift, type ColumnCounts, type DatasetDrift } from '../../core/drift/column.js';
import { chooseTest, DRIFT_TESTS, type ColumnKind, type DriftOptions } from '../../core/drift/select.js';
import { binnedSummary, type DataProfile } from '../../core/data/profile.js';
import { Params, quoteIdent } from '../../core/data/sql.js';
import type { Engine } from './engine.js';
import { readProfile } from './profile.js';
import { engineError, isNumericType, openSource, type Column, type DataSource } from './source.js';

interface Prepared {
  name: string;
  kind: ColumnKind;
  alias: string;
}

/** The columns both sides share, each numerical when numeric on both sides (Evidently's column types). */
export function sharedColumns(
  reference: readonly Column[],
  current: readonly Column[],
  options: DriftOptions = {},
): Prepared[] {
  const out: Prepared[] = [];
  reference.forEach((r) => {
    const c = current.find((x) => x.name === r.name);
    const own = options.columns?.[r.name];
    if (!c || own?.ignore) return;
    const kind = own?.kind ?? (isNumericType(r.type) && isNumericType(c.type) ? 'numerical' : 'categorical');
    out.push({ name: r.name, kind, alias: `c${out.length}` });
  });
  return out;
}

/** Compares current with reference column by column and decides dataset drift. */
export async function runDrift(
  engine: Engine,
  reference: DataSource,
  current: DataSource,
  options: DriftOptions = {},
): Promise<DatasetDrift> {
  const columns = sharedColumns(reference.columns, current.columns, options);
  try {
    await materialise(engine, reference, current, columns);
    const stats = await columnStats(engine, columns);
    const results = [];
    for (const col of columns) {
      const s = stats.get(col.alias)!;
      if (s.n1 === 0 || s.n2 === 0) continue;
      const { test, threshold } = chooseTest(col.name, col.kind, s.n1, s.distinct, options);
      const input = DRIFT_TESTS[test].input(col.kind);
      const data =
        input === 'values'
          ? await values(engine, col, s)
          : input === 'bins'
            ? await bins(engine, col, s, options)
            : await categories(engine, col);
      results.push(columnDrift(col.name, col.kind, test, threshold, data));
    }
    return datasetDrift(results, options.driftShare ?? 0.5);
  } catch (error) {
    throw engineError(error, `${reference.displayPath} / ${current.displayPath}`);
  } finally {
    await engine.run('DROP TABLE IF EXISTS drift_data').catch(() => undefined);
  }
}

/** Both sides in one table (side 0 = reference), numbers as DOUBLE with NaN/inf as NULL, the rest as text. */
async function materialise(
  engine: Engine,
  reference: DataSource,
  current: DataSource,
  columns: Prepared[],
): Promise<void> {
  const select = (view: string, side: number) =>
    `SELECT ${side} AS side${columns
      .map((c) => {
        const q = quoteIdent(c.name);
        const v =
          c.kind === 'numerical'
            ? `CASE WHEN isfinite(TRY_CAST(${q} AS DOUBLE)) THEN TRY_CAST(${q} AS DOUBLE) END`
            : `CAST(${q} AS VARCHAR)`;
        return `, ${v} AS ${c.alias}`;
      })
      .join('')} FROM ${quoteIdent(view)}`;
  // Row order does not matter here: letting DuckDB insert out of order parallelises the load.
  await engine.run('SET preserve_insertion_order = false');
  try {
    await engine.run(
      `CREATE OR REPLACE TEMP TABLE drift_data AS ${select(reference.view, 0)} UNION ALL ${select(current.view, 1)}`,
    );
  } finally {
    await engine.run('RESET preserve_insertion_order');
  }
}

interface Stats {
  n1: number;
  n2: number;
  distinct: number;
  min: number;
  max: number;
  std: number;
}

async function columnStats(engine: Engine, columns: Prepared[]): Promise<Map<string, Stats>> {
  const out = new Map<string, Stats>();
  if (!columns.length) return out;
  const parts = columns.flatMap((c) => {
    const a = c.alias;
    const num = c.kind === 'numerical';
    return [
      `count(${a}) FILTER (WHERE side = 0) AS ${a}_n1`,
      `count(${a}) FILTER (WHERE side = 1) AS ${a}_n2`,
      num
        ? `min(${a}) AS ${a}_min, max(${a}) AS ${a}_max, stddev_pop(${a}) FILTER (WHERE side = 0) AS ${a}_std`
        : `NULL AS ${a}_min, NULL AS ${a}_max, NULL AS ${a}_std`,
    ];
  });
  const row = (await engine.all(`SELECT ${parts.join(', ')} FROM drift_data`))[0] ?? {};
  // Evidently only asks whether there are more than 2 or 5 distinct values: a sample of 10,000 rows
  // usually shows many more; only columns with few distinct values in it are counted exactly.
  const sampled =
    (
      await engine.all(
        `SELECT ${columns.map((c) => `count(DISTINCT ${c.alias}) AS ${c.alias}_d`).join(', ')} FROM (SELECT * FROM drift_data LIMIT 10000)`,
      )
    )[0] ?? {};
  for (const c of columns) row[`${c.alias}_d`] = sampled[`${c.alias}_d`];
  const few = columns.filter((c) => Number(row[`${c.alias}_d`]) < 100);
  if (few.length) {
    const exact =
      (
        await engine.all(
          `SELECT ${few.map((c) => `count(DISTINCT ${c.alias}) AS ${c.alias}_d`).join(', ')} FROM drift_data`,
        )
      )[0] ?? {};
    for (const c of few) row[`${c.alias}_d`] = exact[`${c.alias}_d`];
  }
  for (const c of columns) {
    const a = c.alias;
    out.set(a, {
      n1: Number(row[`${a}_n1`]),
      n2: Number(row[`${a}_n2`]),
      distinct: Number(row[`${a}_d`]),
      min: Number(row[`${a}_min`]),
      max: Number(row[`${a}_max`]),
      std: Number(row[`${a}_std`] ?? 0),
    });
  }
  return out;
}

/** K-S numerator (exact integers) and the Wasserstein integral from cumulative counts per distinct value. */
async function values(engine: Engine, col: Prepared, s: Stats): Promise<ColumnCounts> {
  const p = new Params();
  const n1 = p.add(s.n1);
  const n2 = p.add(s.n2);
  const a = col.alias;
  const sql = `WITH g AS (SELECT ${a} AS x, count(*) FILTER (WHERE side = 0) AS r, count(*) FILTER (WHERE side = 1) AS c FROM drift_data WHERE ${a} IS NOT NULL GROUP BY ${a}),
    w AS (SELECT x, sum(r) OVER (ORDER BY x) AS cr, sum(c) OVER (ORDER BY x) AS cc, lead(x) OVER (ORDER BY x) AS nx FROM g)
    SELECT max(abs(CAST(cr AS HUGEINT) * ${n2} - CAST(cc AS HUGEINT) * ${n1})) AS d, sum(abs(cr / ${n1} - cc / ${n2}) * (nx - x)) AS w FROM w`;
  const row = (await engine.all(sql, p.values))[0] ?? {};
  return {
    keys: [],
    counts: [],
    referenceStd: s.std,
    summary: { n1: s.n1, n2: s.n2, dInt: Number(row.d ?? 0), wasserstein: Number(row.w ?? 0) },
  };
}

async function categories(engine: Engine, col: Prepared): Promise<ColumnCounts> {
  const a = col.alias;
  const rows = await engine.all(
    `SELECT CAST(${a} AS VARCHAR) AS k, count(*) FILTER (WHERE side = 0) AS r, count(*) FILTER (WHERE side = 1) AS c FROM drift_data WHERE ${a} IS NOT NULL GROUP BY 1 ORDER BY 1`,
  );
  return { keys: rows.map((r) => String(r.k)), counts: rows.map((r) => [Number(r.r), Number(r.c)] as const) };
}

/** Histogram counts with numpy's rule: trunc((x − first)/(last − first)·bins), corrected against the edges. */
async function bins(engine: Engine, col: Prepared, s: Stats, options: DriftOptions): Promise<ColumnCounts> {
  const edges =
    typeof options.bins === 'number'
      ? equalEdges(s.min, s.max, options.bins)
      : sturgesEdges(s.min, s.max, s.n1 + s.n2);
  const nb = edges.length - 1;
  const p = new Params();
  const first = p.add(edges[0]);
  const span = p.add(edges[nb]! - edges[0]!);
  const n = p.add(nb);
  const list = `list_value(${edges.map((e) => p.add(e)).join(', ')})`;
  const a = col.alias;
  const sql = `WITH i0 AS (SELECT side, ${a} AS x, least(CAST(trunc(((${a} - ${first}) / ${span}) * ${n}) AS BIGINT), ${n} - 1) AS i FROM drift_data WHERE ${a} IS NOT NULL),
    i1 AS (SELECT side, x, CASE WHEN x < list_extract(${list}, i + 1) THEN i - 1 ELSE i END AS i FROM i0),
    i2 AS (SELECT side, CASE WHEN x >= list_extract(${list}, i + 2) AND i <> ${n} - 1 THEN i + 1 ELSE i END AS i FROM i1)
    SELECT i, count(*) FILTER (WHERE side = 0) AS r, count(*) FILTER (WHERE side = 1) AS c FROM i2 GROUP BY i ORDER BY i`;
  const rows = await engine.all(sql, p.values);
  const counts: Array<[number, number]> = edges.slice(1).map(() => [0, 0]);
  for (const r of rows) counts[Number(r.i)] = [Number(r.r), Number(r.c)];
  return { keys: edges.slice(0, -1), counts };
}

/**
 * Drift of the current data against a stored profile (when the raw reference is not kept): the
 * approximations are those of src/core/data/profile.ts: reference histogram edges for numerical
 * columns (K-S at the bin edges, Wasserstein between bin midpoints), top categories plus `(other)`.
 */
export async function runDriftAgainstProfile(
  engine: Engine,
  profile: DataProfile,
  current: DataSource,
  options: DriftOptions = {},
): Promise<DatasetDrift> {
  const results = [];
  try {
    for (const col of profile.columns) {
      if (
        !current.columns.some((c) => c.name === col.name) ||
        options.columns?.[col.name]?.ignore ||
        col.count === 0
      )
        continue;
      const kind = options.columns?.[col.name]?.kind ?? col.kind;
      const { test, threshold } = chooseTest(col.name, kind, col.count, col.distinct, options);
      const input = DRIFT_TESTS[test].input(kind);
      let data: ColumnCounts;
      if (kind === 'numerical' && col.histogram) {
        const counts = await currentBins(
          engine,
          current,
          col.name,
          col.histogram.edges,
          col.histogram.counts,
        );
        data =
          input === 'values'
            ? {
                keys: [],
                counts: [],
                referenceStd: col.std ?? 0,
                summary: binnedSummary(col.histogram.edges, counts),
              }
            : { keys: col.histogram.edges.slice(0, -1), counts };
      } else {
        data = await currentCategories(engine, current, col);
      }
      if (data.counts.length === 0 && !data.summary) continue;
      results.push(columnDrift(col.name, kind, test, threshold, data));
    }
  } catch (error) {
    throw engineError(error, current.displayPath);
  }
  return datasetDrift(results, options.driftShare ?? 0.5);
}

async function currentBins(
  engine: Engine,
  current: DataSource,
  name: string,
  edges: number[],
  reference: number[],
): Promise<Array<[number, number]>> {
  const nb = edges.length - 1;
  const p = new Params();
  const q = `TRY_CAST(${quoteIdent(name)} AS DOUBLE)`;
  const first = p.add(edges[0]);
  const span = p.add(edges[nb]! - edges[0]!);
  const n = p.add(nb);
  const rows = await engine.all(
    `SELECT greatest(0, least(CAST(trunc(((${q} - ${first}) / ${span}) * ${n}) AS BIGINT), ${n} - 1)) AS i, count(*) AS c FROM ${quoteIdent(current.view)} WHERE isfinite(${q}) GROUP BY 1`,
    p.values,
  );
  const counts: Array<[number, number]> = reference.map((r) => [r, 0]);
  for (const r of rows) counts[Number(r.i)]![1] += Number(r.c);
  return counts;
}

async function currentCategories(
  engine: Engine,
  current: DataSource,
  col: DataProfile['columns'][number],
): Promise<ColumnCounts> {
  const q = quoteIdent(col.name);
  const rows = await engine.all(
    `SELECT CAST(${q} AS VARCHAR) AS k, count(*) AS c FROM ${quoteIdent(current.view)} WHERE ${q} IS NOT NULL GROUP BY 1`,
  );
  const ref = new Map(col.top.map((t) => [t.value, t.count]));
  const cur = new Map<string, number>();
  for (const r of rows) {
    const key = ref.has(String(r.k)) || col.other_count === 0 ? String(r.k) : '(other)';
    cur.set(key, (cur.get(key) ?? 0) + Number(r.c));
  }
  if (col.other_count > 0) ref.set('(other)', col.other_count);
  const keys = [...new Set([...ref.keys(), ...cur.keys()])].sort();
  return { keys, counts: keys.map((k) => [ref.get(k) ?? 0, cur.get(k) ?? 0] as const) };
}

/**
 * Drift of `current` against `reference` (a data file, or a profile JSON), paths resolved against
 * `cwd`; URLs are passed through to the engine.
 */
export async function driftBetween(
  engine: Engine,
  cwd: string,
  reference: string,
  current: string,
  options: DriftOptions = {},
): Promise<DatasetDrift> {
  const resolve = (p: string) => (/^https?:\/\//i.test(p) || path.isAbsolute(p) ? p : path.resolve(cwd, p));
  const profile = await readProfile(resolve(reference));
  const c = await openSource(engine, resolve(current), 'current', { typed: true, displayPath: current });
  if (profile) return runDriftAgainstProfile(engine, profile, c, options);
  const r = await openSource(engine, resolve(reference), 'reference', {
    typed: true,
    displayPath: reference,
  });
  return runDrift(engine, r, c, options);
}

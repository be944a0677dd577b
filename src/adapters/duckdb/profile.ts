/** Profiles a data source in DuckDB: one aggregate pass for every column, then histograms and top categories. */
import { sturgesEdges } from '../../core/drift/binning.js';
import { readFile } from 'node:fs/promises';
import {
  isProfile,
  PROFILE_QUANTILES,
  PROFILE_TOP,
  PROFILE_VERSION,
  type ColumnProfile,
  type DataProfile,
} from '../../core/data/profile.js';
import { Params, quoteIdent } from '../../core/data/sql.js';
import type { Engine } from './engine.js';
import { engineError, isNumericType, type DataSource } from './source.js';

/** The profile of a typed source (read with `typed: true`). */
export async function profileSource(engine: Engine, source: DataSource): Promise<DataProfile> {
  try {
    const v = quoteIdent(source.view);
    const parts = ['count(*) AS n'];
    source.columns.forEach((c, i) => {
      const q = quoteIdent(c.name);
      parts.push(`count(${q}) AS n${i}`, `count(DISTINCT ${q}) AS d${i}`);
      if (isNumericType(c.type)) {
        const x = `CASE WHEN isfinite(CAST(${q} AS DOUBLE)) THEN CAST(${q} AS DOUBLE) END`;
        parts.push(
          `min(${x}) AS lo${i}`,
          `max(${x}) AS hi${i}`,
          `avg(${x}) AS m${i}`,
          `stddev_pop(${x}) AS s${i}`,
          `quantile_cont(${x}, [${PROFILE_QUANTILES.join(', ')}]) AS q${i}`,
        );
      } else {
        parts.push(`min(CAST(${q} AS VARCHAR)) AS lo${i}`, `max(CAST(${q} AS VARCHAR)) AS hi${i}`);
      }
    });
    const row = (await engine.all(`SELECT ${parts.join(', ')} FROM ${v}`))[0] ?? {};
    const rows = Number(row.n ?? 0);
    const columns: ColumnProfile[] = [];
    for (const [i, c] of source.columns.entries()) {
      const numeric = isNumericType(c.type);
      const count = Number(row[`n${i}`] ?? 0);
      const p: ColumnProfile = {
        name: c.name,
        type: c.type,
        kind: numeric ? 'numerical' : 'categorical',
        count,
        nulls: rows - count,
        distinct: Number(row[`d${i}`] ?? 0),
        min: asValue(row[`lo${i}`]),
        max: asValue(row[`hi${i}`]),
        top: [],
        other_count: 0,
      };
      if (numeric) {
        p.mean = asNumber(row[`m${i}`]);
        p.std = asNumber(row[`s${i}`]);
        const qs = Array.isArray(row[`q${i}`]) ? (row[`q${i}`] as unknown[]) : [];
        p.quantiles = Object.fromEntries(PROFILE_QUANTILES.map((q, k) => [String(q), asNumber(qs[k])]));
        if (typeof p.min === 'number' && typeof p.max === 'number')
          p.histogram = await histogram(engine, v, c.name, p.min, p.max, count);
      }
      if (!numeric || p.distinct <= PROFILE_TOP) await topCategories(engine, v, c.name, p);
      columns.push(p);
    }
    return { version: PROFILE_VERSION, source: source.displayPath, rows, columns };
  } catch (error) {
    throw engineError(error, source.displayPath);
  }
}

async function histogram(
  engine: Engine,
  view: string,
  name: string,
  min: number,
  max: number,
  count: number,
): Promise<{ edges: number[]; counts: number[] }> {
  const edges = sturgesEdges(min, max, count);
  const nb = edges.length - 1;
  const p = new Params();
  const q = `CAST(${quoteIdent(name)} AS DOUBLE)`;
  const first = p.add(edges[0]);
  const span = p.add(edges[nb]! - edges[0]!);
  const n = p.add(nb);
  const rows = await engine.all(
    `SELECT least(CAST(trunc(((${q} - ${first}) / ${span}) * ${n}) AS BIGINT), ${n} - 1) AS i, count(*) AS c FROM ${view} WHERE isfinite(${q}) GROUP BY 1`,
    p.values,
  );
  const counts = edges.slice(1).map(() => 0);
  for (const r of rows) counts[Math.max(0, Math.min(nb - 1, Number(r.i)))]! += Number(r.c);
  return { edges, counts };
}

async function topCategories(engine: Engine, view: string, name: string, p: ColumnProfile): Promise<void> {
  const q = quoteIdent(name);
  const params = new Params();
  const rows = await engine.all(
    `SELECT CAST(${q} AS VARCHAR) AS v, count(*) AS c FROM ${view} WHERE ${q} IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ${params.add(PROFILE_TOP)}`,
    params.values,
  );
  p.top = rows.map((r) => ({ value: String(r.v), count: Number(r.c) }));
  p.other_count = p.count - p.top.reduce((a, t) => a + t.count, 0);
}

function asNumber(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

function asValue(v: unknown): number | string | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  return v === null || v === undefined ? null : String(v);
}

/** Reads a profile JSON written by `mlops data profile`, or undefined when the file is data. */
export async function readProfile(file: string): Promise<DataProfile | undefined> {
  if (!file.toLowerCase().endsWith('.json')) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(await readFile(file, 'utf8'));
  } catch {
    return undefined;
  }
  return isProfile(value) ? value : undefined;
}

/**
 * Counts for fairness and evaluation metrics, computed in DuckDB (GROUP BY group, label, prediction)
 * so that predictions files of any size reduce to a few rows; the metrics are pure (src/core).
 */
import { UserError } from '../../core/errors.js';
import {
  classificationMetrics,
  confusionMatrix,
  rocAuc,
  type ClassificationMetrics,
} from '../../core/evaluate/classification.js';
import { fairnessSummary, type FairnessSummary } from '../../core/fairness/metrics.js';
import { Params, quoteIdent } from '../../core/data/sql.js';
import type { Engine } from './engine.js';
import { engineError, type DataSource } from './source.js';

/** Labels read as positive unless --pos-label says otherwise (1, true, yes in their usual spellings). */
export const DEFAULT_POSITIVE = ['1', '1.0', 'true', 'True', 'TRUE', 'yes', 'Yes', 'YES'];

function requireColumns(source: DataSource, names: readonly string[]): void {
  for (const name of names) {
    if (!source.columns.some((c) => c.name === name)) {
      throw new UserError(`column '${name}' is not in ${source.displayPath}`, {
        file: source.displayPath,
        line: 1,
        hint: `Columns are: ${source.columns
          .map((c) => c.name)
          .slice(0, 30)
          .join(', ')}`,
      });
    }
  }
}

const text = (col: string): string => `CAST(${quoteIdent(col)} AS VARCHAR)`;
const groupExpr = (cols: readonly string[]): string =>
  cols.length === 1
    ? `coalesce(${text(cols[0]!)}, '(missing)')`
    : `concat_ws(',', ${cols.map((c) => `coalesce(${text(c)}, '(missing)')`).join(', ')})`;

/** Fairlearn-style group metrics for a binary classifier; several sensitive columns form intersectional groups. */
export async function fairnessOf(
  engine: Engine,
  source: DataSource,
  opts: { label: string; prediction: string; sensitive: string[]; positive?: string[] },
): Promise<FairnessSummary> {
  requireColumns(source, [opts.label, opts.prediction, ...opts.sensitive]);
  const p = new Params();
  const pos = (opts.positive ?? DEFAULT_POSITIVE).map((v) => p.add(v)).join(', ');
  const y = `(${text(opts.label)} IN (${pos}))`;
  const yhat = `(${text(opts.prediction)} IN (${pos}))`;
  const sql = `SELECT ${groupExpr(opts.sensitive)} AS g, count_if(${y} AND ${yhat}) AS tp, count_if(NOT ${y} AND ${yhat}) AS fp,
    count_if(${y} AND NOT ${yhat}) AS fn, count_if(NOT ${y} AND NOT ${yhat}) AS tn
    FROM ${quoteIdent(source.view)} WHERE ${quoteIdent(opts.label)} IS NOT NULL AND ${quoteIdent(opts.prediction)} IS NOT NULL GROUP BY 1 ORDER BY 1`;
  const rows = await query(engine, source, sql, p.values);
  if (!rows.length)
    throw new UserError(
      `${source.displayPath} has no rows with both '${opts.label}' and '${opts.prediction}'`,
      { file: source.displayPath },
    );
  return fairnessSummary(
    rows.map((r) => ({
      group: String(r.g),
      tp: Number(r.tp),
      fp: Number(r.fp),
      fn: Number(r.fn),
      tn: Number(r.tn),
    })),
  );
}

export interface ClassificationResult extends ClassificationMetrics {
  labels: string[];
  confusion: number[][];
  rows: number;
  roc_auc?: number;
  log_loss?: number;
}

/** Classification metrics per slice (one slice `''` without --slice). */
export async function classificationOf(
  engine: Engine,
  source: DataSource,
  opts: { label: string; prediction: string; score?: string; slice?: string; positive?: string },
): Promise<Map<string, ClassificationResult>> {
  requireColumns(source, [
    opts.label,
    opts.prediction,
    ...(opts.score ? [opts.score] : []),
    ...(opts.slice ? [opts.slice] : []),
  ]);
  const s = opts.slice ? groupExpr([opts.slice]) : "''";
  const v = quoteIdent(source.view);
  const notNull = `${quoteIdent(opts.label)} IS NOT NULL AND ${quoteIdent(opts.prediction)} IS NOT NULL`;
  const cells = await query(
    engine,
    source,
    `SELECT ${s} AS s, ${text(opts.label)} AS a, ${text(opts.prediction)} AS p, count(*) AS n FROM ${v} WHERE ${notNull} GROUP BY ALL`,
  );
  const out = new Map<string, ClassificationResult>();
  for (const slice of [...new Set(cells.map((c) => String(c.s)))].sort()) {
    const cm = confusionMatrix(
      cells
        .filter((c) => String(c.s) === slice)
        .map((c) => ({ actual: String(c.a), predicted: String(c.p), count: Number(c.n) })),
    );
    const m = classificationMetrics(cm, opts.positive);
    out.set(slice, {
      ...m,
      labels: cm.labels,
      confusion: cm.matrix,
      rows: cm.matrix.flat().reduce((a, b) => a + b, 0),
    });
  }
  if (opts.score) await addScoreMetrics(engine, source, opts as typeof opts & { score: string }, s, out);
  return out;
}

/** ROC AUC and log loss for binary labels from a probability-of-positive column (sklearn, eps = float64 eps). */
async function addScoreMetrics(
  engine: Engine,
  source: DataSource,
  opts: { label: string; score: string; positive?: string },
  s: string,
  out: Map<string, ClassificationResult>,
): Promise<void> {
  const v = quoteIdent(source.view);
  for (const [slice, m] of out) {
    if (m.labels.length > 2 || !m.binary) continue;
    const p = new Params();
    const pos = p.add(m.binary.positive);
    const sl = p.add(slice);
    const y = `(${text(opts.label)} = ${pos})`;
    const sc = `TRY_CAST(${quoteIdent(opts.score)} AS DOUBLE)`;
    const where = `${s} = ${sl} AND ${quoteIdent(opts.label)} IS NOT NULL AND ${sc} IS NOT NULL`;
    const groups = await query(
      engine,
      source,
      `SELECT ${sc} AS score, count_if(${y}) AS pos, count_if(NOT ${y}) AS neg FROM ${v} WHERE ${where} GROUP BY 1`,
      p.values,
    );
    m.roc_auc = rocAuc(
      groups.map((g) => ({ score: Number(g.score), positives: Number(g.pos), negatives: Number(g.neg) })),
    );
    const eps = p.add(2.220446049250313e-16);
    const clipped = `least(greatest(${sc}, ${eps}), 1 - ${eps})`;
    const loss = await query(
      engine,
      source,
      `SELECT avg(CASE WHEN ${y} THEN -ln(${clipped}) ELSE -ln(1 - ${clipped}) END) AS l FROM ${v} WHERE ${where}`,
      p.values,
    );
    m.log_loss = Number(loss[0]?.l);
  }
}

export interface RegressionResult {
  rows: number;
  mae: number;
  mse: number;
  rmse: number;
  r2: number;
  mape: number;
}

/** scikit-learn's regression metrics per slice; R² is 1 when the truth is constant and predicted exactly, else 0 (force_finite). */
export async function regressionOf(
  engine: Engine,
  source: DataSource,
  opts: { label: string; prediction: string; slice?: string },
): Promise<Map<string, RegressionResult>> {
  requireColumns(source, [opts.label, opts.prediction, ...(opts.slice ? [opts.slice] : [])]);
  const s = opts.slice ? groupExpr([opts.slice]) : "''";
  const y = `TRY_CAST(${quoteIdent(opts.label)} AS DOUBLE)`;
  const f = `TRY_CAST(${quoteIdent(opts.prediction)} AS DOUBLE)`;
  const p = new Params();
  const eps = p.add(2.220446049250313e-16);
  const sql = `WITH d AS (SELECT ${s} AS s, ${y} AS y, ${f} AS f FROM ${quoteIdent(source.view)} WHERE ${y} IS NOT NULL AND ${f} IS NOT NULL),
    m AS (SELECT s, avg(y) AS my FROM d GROUP BY s)
    SELECT d.s, count(*) AS n, avg(abs(y - f)) AS mae, avg((y - f) * (y - f)) AS mse, sum((y - f) * (y - f)) AS ssr, sum((y - my) * (y - my)) AS sst,
      avg(abs(y - f) / greatest(abs(y), ${eps})) AS mape FROM d JOIN m USING (s) GROUP BY d.s ORDER BY d.s`;
  const rows = await query(engine, source, sql, p.values);
  const out = new Map<string, RegressionResult>();
  for (const r of rows) {
    const ssr = Number(r.ssr);
    const sst = Number(r.sst);
    const mse = Number(r.mse);
    out.set(String(r.s), {
      rows: Number(r.n),
      mae: Number(r.mae),
      mse,
      rmse: Math.sqrt(mse),
      r2: sst === 0 ? (ssr === 0 ? 1 : 0) : 1 - ssr / sst,
      mape: Number(r.mape),
    });
  }
  return out;
}

/** Per-fold metric rows of a cross-validation results file (numeric columns only). */
export async function foldsOf(engine: Engine, source: DataSource): Promise<Array<Record<string, number>>> {
  const rows = await query(engine, source, `SELECT * FROM ${quoteIdent(source.view)}`);
  return rows.map((r) => {
    const out: Record<string, number> = {};
    for (const [k, v] of Object.entries(r))
      if (typeof v === 'number' && !/^(fold|split|index)$/i.test(k)) out[k] = v;
    return out;
  });
}

async function query(engine: Engine, source: DataSource, sql: string, params: unknown[] = []) {
  try {
    return await engine.all(sql, params);
  } catch (error) {
    throw engineError(error, source.displayPath);
  }
}

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
import { labelClasses, listLabels, matchingClasses, spellingsOf } from '../../core/evaluate/labels.js';
import { fairnessSummary, type FairnessSummary, type GroupCounts } from '../../core/fairness/metrics.js';
import { Params, quoteIdent } from '../../core/data/sql.js';
import type { Engine } from './engine.js';
import { engineError, openSource, type DataSource } from './source.js';

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

/**
 * The source with its CSV columns as written. DuckDB's sniffer reads yes/no, t/f and true/false as
 * BOOLEAN (printed true/false) and 1.0 as DOUBLE, so a positive label `no` would never match; a
 * CSV whose label, prediction or group columns got such a type is read again as text. JSON Lines
 * and Parquet carry their own types, which print as written (`true`, `1`). A view derived from the
 * file (the monitor's join with ground truth) has other columns than the file and keeps its types.
 */
async function asWritten(
  engine: Engine,
  source: DataSource,
  columns: readonly string[],
): Promise<DataSource> {
  const csv = source.format === 'csv' || source.format === 'tsv';
  if (!csv || source.columns.every((c) => !columns.includes(c.name) || c.type === 'VARCHAR')) return source;
  const text = await openSource(engine, source.input, `${source.view}_text`, {
    format: source.format,
    typed: false,
    rejects: false,
    displayPath: source.displayPath,
  });
  const names = (s: DataSource): string => JSON.stringify(s.columns.map((c) => c.name));
  return names(text) === names(source) ? text : source;
}

/** More (group, label, prediction) combinations than this means a column holds scores, not labels. */
const MAX_CELLS = 100_000;

interface LabelCell {
  group: string;
  actual: string;
  predicted: string;
  count: number;
}

/** Row counts per (group, true label, predicted label), labels as text; rows missing either label are left out. */
async function labelCells(
  engine: Engine,
  source: DataSource,
  opts: { label: string; prediction: string; group: string },
): Promise<LabelCell[]> {
  const notNull = `${quoteIdent(opts.label)} IS NOT NULL AND ${quoteIdent(opts.prediction)} IS NOT NULL`;
  const rows = await query(
    engine,
    source,
    `SELECT ${opts.group} AS g, ${text(opts.label)} AS a, ${text(opts.prediction)} AS p, count(*) AS n
      FROM ${quoteIdent(source.view)} WHERE ${notNull} GROUP BY ALL LIMIT ${MAX_CELLS + 1}`,
  );
  if (rows.length > MAX_CELLS)
    throw new UserError(
      `'${opts.label}' and '${opts.prediction}' of ${source.displayPath} have too many distinct values to be class labels`,
      {
        file: source.displayPath,
        hint: 'Pass the columns holding the true and the predicted class (a probability column goes to --score).',
      },
    );
  return rows.map((r) => ({
    group: String(r.g),
    actual: String(r.a),
    predicted: String(r.p),
    count: Number(r.n),
  }));
}

/** Fairlearn-style group metrics for a binary classifier; several sensitive columns form intersectional groups. */
export async function fairnessOf(
  engine: Engine,
  source: DataSource,
  opts: { label: string; prediction: string; sensitive: string[]; positive?: string[] },
): Promise<FairnessSummary> {
  const columns = [opts.label, opts.prediction, ...opts.sensitive];
  requireColumns(source, columns);
  const data = await asWritten(engine, source, columns);
  const cells = await labelCells(engine, data, { ...opts, group: groupExpr(opts.sensitive) });
  if (!cells.length)
    throw new UserError(
      `${source.displayPath} has no rows with both '${opts.label}' and '${opts.prediction}'`,
      { file: source.displayPath },
    );
  const classes = labelClasses(cells.flatMap((c) => [c.actual, c.predicted]));
  const positive = matchingClasses(classes, opts.positive ?? DEFAULT_POSITIVE);
  if (!positive.size) throw noPositive(source.displayPath, opts, classes);
  const isPositive = (label: string): boolean => positive.has(classes.get(label)!);
  const groups = new Map<string, GroupCounts>();
  for (const c of cells) {
    const g = groups.get(c.group) ?? { group: c.group, tp: 0, fp: 0, fn: 0, tn: 0 };
    const y = isPositive(c.actual);
    const yhat = isPositive(c.predicted);
    g[y ? (yhat ? 'tp' : 'fn') : yhat ? 'fp' : 'tn'] += c.count;
    groups.set(c.group, g);
  }
  return fairnessSummary(
    [...groups.values()].sort((a, b) => (a.group < b.group ? -1 : a.group > b.group ? 1 : 0)),
  );
}

/** A positive label that occurs in neither column would make every rate 0: an error instead. */
function noPositive(
  file: string,
  opts: { label: string; prediction: string; positive?: string[] },
  classes: ReadonlyMap<string, string>,
): UserError {
  const values = `(their values: ${listLabels(classes.values())})`;
  return new UserError(
    opts.positive
      ? `the positive label ${listLabels(opts.positive)} occurs neither in '${opts.label}' nor in '${opts.prediction}' of ${file} ${values}`
      : `none of the default positive labels (1, true, yes) occurs in '${opts.label}' or '${opts.prediction}' of ${file} ${values}`,
    {
      file,
      hint: 'Name the positive label as it is written in the file: `--pos-label` of `mlops fairness`, or `fairness.positive_label` in .github/mlops.yml.',
    },
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
  const columns = [opts.label, opts.prediction, ...(opts.slice ? [opts.slice] : [])];
  requireColumns(source, [...columns, ...(opts.score ? [opts.score] : [])]);
  const data = await asWritten(engine, source, columns);
  const s = opts.slice ? groupExpr([opts.slice]) : "''";
  const cells = await labelCells(engine, data, { ...opts, group: s });
  const classes = labelClasses(cells.flatMap((c) => [c.actual, c.predicted]));
  const positive = opts.positive === undefined ? undefined : positiveClass(data.displayPath, opts, classes);
  const out = new Map<string, ClassificationResult>();
  for (const slice of [...new Set(cells.map((c) => c.group))].sort()) {
    const cm = confusionMatrix(
      cells
        .filter((c) => c.group === slice)
        .map((c) => ({
          actual: classes.get(c.actual)!,
          predicted: classes.get(c.predicted)!,
          count: c.count,
        })),
    );
    const m = classificationMetrics(cm, positive);
    out.set(slice, {
      ...m,
      labels: cm.labels,
      confusion: cm.matrix,
      rows: cm.matrix.flat().reduce((a, b) => a + b, 0),
    });
  }
  if (opts.score) await addScoreMetrics(engine, data, { ...opts, score: opts.score }, s, out, classes);
  return out;
}

/** The class of --pos-label; like scikit-learn ("pos_label=… is not a valid label"), an absent one is an error. */
function positiveClass(
  file: string,
  opts: { label: string; prediction: string; positive?: string },
  classes: ReadonlyMap<string, string>,
): string {
  const [match] = matchingClasses(classes, [opts.positive!]);
  if (match !== undefined) return match;
  throw new UserError(
    `the positive label '${opts.positive!}' is not a label of '${opts.label}' or '${opts.prediction}' in ${file} (labels: ${listLabels(classes.values())})`,
    { file, hint: 'Pass --pos-label as the label is written in the file.' },
  );
}

/** ROC AUC and log loss for binary labels from a probability-of-positive column (sklearn, eps = float64 eps). */
async function addScoreMetrics(
  engine: Engine,
  source: DataSource,
  opts: { label: string; score: string; positive?: string },
  s: string,
  out: Map<string, ClassificationResult>,
  classes: ReadonlyMap<string, string>,
): Promise<void> {
  const v = quoteIdent(source.view);
  for (const [slice, m] of out) {
    if (m.labels.length > 2 || !m.binary) continue;
    const p = new Params();
    const pos = spellingsOf(classes, m.binary.positive).map((l) => p.add(l));
    const sl = p.add(slice);
    const y = `(${text(opts.label)} IN (${pos.join(', ')}))`;
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

/**
 * Measures one production batch in DuckDB: readability and shape (signature, empty batch), drift
 * against a reference file or profile, missing values, performance where labels are known (in the
 * batch, or joined from a ground-truth file by an id column), and the dataset's contract. Bad input
 * becomes findings, so a broken batch still gets a report (and an alert) instead of a crash.
 */
import type { ContractFile } from '../duckdb/dataset.js';
import { runDrift, runDriftAgainstProfile } from '../duckdb/drift.js';
import type { Engine } from '../duckdb/engine.js';
import { classificationOf, regressionOf } from '../duckdb/metrics.js';
import { openSource, type DataSource } from '../duckdb/source.js';
import { datasetDrift, type ColumnDrift } from '../../core/drift/column.js';
import type { DriftOptions } from '../../core/drift/select.js';
import type { DataProfile } from '../../core/data/profile.js';
import { quoteIdent } from '../../core/data/sql.js';
import { isUserError } from '../../core/errors.js';
import type { Finding } from '../../core/finding.js';
import { signatureFindings, type Signature } from '../../core/monitor/signature.js';
import type { DriftFacts, MonitorFacts, PerformanceFacts } from '../../core/monitor/types.js';

/** A local file (absolute path) and the name shown for it. */
export interface LocalFile {
  path: string;
  display: string;
}

export type Reference = ({ kind: 'file' } & LocalFile) | { kind: 'profile'; profile: DataProfile; display: string };

export interface MeasureOptions {
  root: string;
  batch: LocalFile;
  reference?: Reference;
  groundTruth?: LocalFile;
  /** Joins ground truth to the batch (default `id`). */
  idColumn: string;
  /** The label column, in the ground truth or the batch (default: the reference's target, else `label`). */
  labelColumn: string;
  /** The prediction column (default: the signature's first output, else `prediction`). */
  predictionColumn: string;
  scoreColumn?: string;
  signature?: Signature;
  recorded?: Record<string, number>;
  contract?: ContractFile;
  drift: DriftOptions;
}

type Measured = Omit<MonitorFacts, 'target' | 'business' | 'system'>;

/** Everything measurable about the batch; see the module comment. */
export async function measureBatch(engine: Engine, o: MeasureOptions): Promise<Measured> {
  const file = o.batch.display;
  const facts: Measured = { batch: { file, rows: 0 }, input: [] };
  const batch = await open(engine, o.batch, 'batch', facts.input);
  if (!batch) return facts;
  facts.batch.rows = await count(engine, batch);
  if (facts.batch.rows === 0) {
    facts.input.push({ rule: 'monitor/empty-batch', severity: 'error', message: `${file} has a header but no rows`, file, line: 1, hint: 'Check the export that writes production batches; nothing was monitored.' });
    return facts;
  }
  if (o.signature) facts.input.push(...signatureFindings(o.signature, batch.columns, file, o.predictionColumn));
  facts.missing = await missingShares(engine, batch);
  if (o.reference) facts.drift = await drift(engine, o, batch, facts.input);
  facts.performance = await performance(engine, o, batch, facts.input);
  if (o.contract) {
    const { checkDataFiles } = await import('../duckdb/dataset.js');
    facts.quality = (await checkDataFiles(engine, o.root, o.contract, [o.batch.path])).findings.map((f) => ({ ...f, message: f.message.replace(o.batch.path, file) }));
  }
  return facts;
}

async function open(engine: Engine, f: LocalFile, view: string, input: Finding[]): Promise<DataSource | undefined> {
  try {
    return await openSource(engine, f.path, view, { typed: true, displayPath: f.display });
  } catch (error) {
    if (!isUserError(error)) throw error;
    const empty = /is empty/.test(error.message);
    input.push({ rule: empty ? 'monitor/empty-batch' : 'monitor/unreadable', severity: 'error', message: error.message, file: f.display, line: error.line, hint: error.hint });
    return undefined;
  }
}

async function count(engine: Engine, source: DataSource): Promise<number> {
  return Number((await engine.all(`SELECT count(*) AS n FROM ${quoteIdent(source.view)}`))[0]?.n ?? 0);
}

async function missingShares(engine: Engine, source: DataSource): Promise<Record<string, number>> {
  if (!source.columns.length) return {};
  const parts = source.columns.map((c, i) => `1 - count(${quoteIdent(c.name)}) / count(*) AS m${i}`);
  const row = (await engine.all(`SELECT ${parts.join(', ')} FROM ${quoteIdent(source.view)}`))[0] ?? {};
  return Object.fromEntries(source.columns.map((c, i) => [c.name, Number(row[`m${i}`] ?? 0)]));
}

/** Feature drift over the input columns, and prediction drift against the reference's prediction or target. */
async function drift(engine: Engine, o: MeasureOptions, batch: DataSource, input: Finding[]): Promise<DriftFacts | undefined> {
  const ref = o.reference!;
  const skip = [o.idColumn, o.labelColumn, o.predictionColumn, ...(o.scoreColumn ? [o.scoreColumn] : [])];
  const columns = { ...o.drift.columns };
  for (const name of skip) columns[name] = { ...columns[name], ignore: true };
  const options: DriftOptions = { ...o.drift, columns };
  const refColumns = ref.kind === 'profile' ? ref.profile.columns.map((c) => c.name) : undefined;
  let features;
  let prediction: ColumnDrift | undefined;
  if (ref.kind === 'profile') {
    features = await runDriftAgainstProfile(engine, ref.profile, batch, options);
    const target = ref.profile.columns.find((c) => c.name === o.predictionColumn) ?? ref.profile.columns.find((c) => c.name === o.labelColumn);
    if (target && batch.columns.some((c) => c.name === o.predictionColumn)) {
      // The reference's prediction (or target) column profiled under the prediction's name.
      const only: DriftOptions = { ...o.drift, columns: { [o.predictionColumn]: { ...o.drift.columns?.[o.predictionColumn] } } };
      const column = (await runDriftAgainstProfile(engine, { ...ref.profile, columns: [{ ...target, name: o.predictionColumn }] }, batch, only)).columns[0];
      prediction = column && target.name !== o.predictionColumn ? { ...column, column: `${o.predictionColumn} (vs ${target.name})` } : column;
    }
  } else {
    const reference = await open(engine, ref, 'reference', input);
    if (!reference) return undefined;
    features = await runDrift(engine, reference, batch, options);
    prediction = await predictionDrift(engine, o, reference, batch);
    input.push(...missingFromReference(reference.columns.map((c) => c.name), batch, skip, o));
  }
  if (refColumns) input.push(...missingFromReference(refColumns, batch, skip, o));
  return { reference: ref.display, fromProfile: ref.kind === 'profile', features: datasetDrift(features.columns, features.driftShare), prediction };
}

/** Reference columns the batch lacks (when no signature names the inputs, the reference does). */
function missingFromReference(reference: string[], batch: DataSource, skip: string[], o: MeasureOptions): Finding[] {
  if (o.signature) return [];
  const have = new Set(batch.columns.map((c) => c.name));
  return reference
    .filter((name) => !skip.includes(name) && !have.has(name) && !o.drift.columns?.[name]?.ignore)
    .map((name) => ({
      rule: 'monitor/missing-column',
      severity: 'error' as const,
      message: `column '${name}' of the reference ${o.reference!.display} is not in the batch`,
      file: o.batch.display,
      line: 1,
      hint: 'The batch must carry the features the model was trained on; drift was measured on the columns both have.',
    }));
}

/** The prediction column against the reference's column of the same name, else its label column (renamed in a view). */
async function predictionDrift(engine: Engine, o: MeasureOptions, reference: DataSource, batch: DataSource): Promise<ColumnDrift | undefined> {
  if (!batch.columns.some((c) => c.name === o.predictionColumn)) return undefined;
  const source = reference.columns.find((c) => c.name === o.predictionColumn) ?? reference.columns.find((c) => c.name === o.labelColumn);
  if (!source) return undefined;
  const view = 'reference_prediction';
  await engine.run(`CREATE OR REPLACE TEMP VIEW ${view} AS SELECT ${quoteIdent(source.name)} AS ${quoteIdent(o.predictionColumn)} FROM ${quoteIdent(reference.view)}`);
  const renamed: DataSource = { ...reference, view, scanView: view, columns: [{ name: o.predictionColumn, type: source.type }] };
  const only: DriftOptions = { ...o.drift, columns: { [o.predictionColumn]: { ...o.drift.columns?.[o.predictionColumn] } } };
  const result = await runDrift(engine, renamed, { ...batch, columns: batch.columns.filter((c) => c.name === o.predictionColumn) }, only);
  const column = result.columns[0];
  return column && source.name !== o.predictionColumn ? { ...column, column: `${o.predictionColumn} (vs ${source.name})` } : column;
}

/** Metrics on rows with a known label: the batch's own label column, or ground truth joined by id. */
async function performance(engine: Engine, o: MeasureOptions, batch: DataSource, input: Finding[]): Promise<PerformanceFacts | undefined> {
  const has = (s: DataSource, c: string) => s.columns.some((x) => x.name === c);
  if (!has(batch, o.predictionColumn)) {
    if (o.groundTruth || has(batch, o.labelColumn)) input.push({ rule: 'monitor/no-predictions', severity: 'notice', message: `the batch has no prediction column '${o.predictionColumn}', so performance was not measured`, file: o.batch.display, line: 1, hint: 'Log the model output with each request, or name the column with --prediction-column / input prediction-column.' });
    return undefined;
  }
  let source = batch;
  let label = o.labelColumn;
  let where = o.batch.display;
  if (o.groundTruth) {
    const joined = await joinGroundTruth(engine, o, batch, input);
    if (!joined) return undefined;
    [source, label, where] = [joined, '__label', o.groundTruth.display];
  } else if (!has(batch, o.labelColumn)) return undefined;
  const regression = Object.keys(o.recorded ?? {}).some((m) => /^(mae|mse|rmse|r2|mape)$/.test(m));
  try {
    const metrics = regression ? await regressionMetrics(engine, source, label, o) : await classificationMetrics(engine, source, label, o);
    if (!metrics) return undefined;
    return { source: where, rows: metrics.rows, metrics: metrics.values, recorded: o.recorded };
  } catch (error) {
    if (!isUserError(error)) throw error;
    input.push({ rule: 'monitor/performance', severity: 'warning', message: error.message, file: where, hint: error.hint });
    return undefined;
  }
}

async function classificationMetrics(engine: Engine, source: DataSource, label: string, o: MeasureOptions): Promise<{ rows: number; values: Record<string, number> } | undefined> {
  const score = o.scoreColumn && source.columns.some((c) => c.name === o.scoreColumn) ? o.scoreColumn : undefined;
  const m = (await classificationOf(engine, source, { label, prediction: o.predictionColumn, score })).get('');
  if (!m || m.rows === 0) return undefined;
  const values: Record<string, number> = { accuracy: m.accuracy };
  const b = m.binary;
  Object.assign(values, b ? { precision: b.precision, recall: b.recall, f1: b.f1 } : { precision: m.precision_macro, recall: m.recall_macro, f1: m.f1_macro });
  if (m.roc_auc !== undefined && Number.isFinite(m.roc_auc)) values.roc_auc = m.roc_auc;
  if (m.log_loss !== undefined && Number.isFinite(m.log_loss)) values.log_loss = m.log_loss;
  return { rows: m.rows, values };
}

async function regressionMetrics(engine: Engine, source: DataSource, label: string, o: MeasureOptions): Promise<{ rows: number; values: Record<string, number> } | undefined> {
  const m = (await regressionOf(engine, source, { label, prediction: o.predictionColumn })).get('');
  if (!m) return undefined;
  return { rows: m.rows, values: { mae: m.mae, mse: m.mse, rmse: m.rmse, r2: m.r2, mape: m.mape } };
}

/** A view of batch rows with the ground-truth label as `__label`; unknown ids are reported, not joined. */
async function joinGroundTruth(engine: Engine, o: MeasureOptions, batch: DataSource, input: Finding[]): Promise<DataSource | undefined> {
  const gt = await open(engine, o.groundTruth!, 'ground_truth', input);
  if (!gt) return undefined;
  const need = (s: DataSource, c: string, what: string) => {
    if (s.columns.some((x) => x.name === c)) return true;
    input.push({ rule: 'monitor/missing-column', severity: 'error', message: `${what} has no column '${c}'`, file: s.displayPath, line: 1, hint: `Columns are: ${s.columns.map((x) => x.name).slice(0, 20).join(', ')}. Set the id and label columns (--id-column, --label-column).` });
    return false;
  };
  if (![need(gt, o.idColumn, o.groundTruth!.display), need(gt, o.labelColumn, o.groundTruth!.display), need(batch, o.idColumn, o.batch.display)].every(Boolean)) return undefined;
  const id = (alias: string) => `CAST(${alias}.${quoteIdent(o.idColumn)} AS VARCHAR)`;
  const unknown = await engine.all(`SELECT ${id('g')} AS id FROM ${quoteIdent(gt.view)} g ANTI JOIN ${quoteIdent(batch.view)} b ON ${id('g')} = ${id('b')} ORDER BY 1`);
  if (unknown.length) {
    const examples = unknown.slice(0, 5).map((r) => `'${String(r.id)}'`).join(', ');
    input.push({ rule: 'monitor/unknown-ids', severity: 'warning', message: `${unknown.length} ground-truth row(s) name ids that are not in the batch (${examples}${unknown.length > 5 ? ', …' : ''}); they were left out`, file: o.groundTruth!.display, hint: `Ground truth is joined to predictions on '${o.idColumn}': check that both files use the same ids and the same batch window.` });
  }
  const view = 'labelled_batch';
  await engine.run(`CREATE OR REPLACE TEMP VIEW ${view} AS SELECT b.*, g.${quoteIdent(o.labelColumn)} AS __label FROM ${quoteIdent(batch.view)} b JOIN ${quoteIdent(gt.view)} g ON ${id('g')} = ${id('b')}`);
  const type = gt.columns.find((c) => c.name === o.labelColumn)!.type;
  return { ...batch, view, scanView: view, displayPath: o.groundTruth!.display, columns: [...batch.columns.filter((c) => c.name !== '__label'), { name: '__label', type }] };
}


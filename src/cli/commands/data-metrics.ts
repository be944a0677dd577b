/** `mlops evaluate`: scikit-learn's definitions on DuckDB. */
import { readFile } from 'node:fs/promises';
import { classificationOf, foldsOf, regressionOf } from '../../adapters/duckdb/metrics.js';
import { openSource } from '../../adapters/duckdb/source.js';
import { loadConfig } from '../../adapters/fs/config.js';
import { UsageError, UserError } from '../../core/errors.js';
import { evaluationReport, type MetricRow } from '../../core/evaluate/report.js';
import { cvSummary, thresholdFindings } from '../../core/evaluate/summary.js';
import type { Finding } from '../../core/finding.js';
import type { Command } from '../command.js';
import { need, parse, printReport as print, str } from '../args.js';
import { dataPath, withEngine } from './data-args.js';

const evaluateUsage = `usage: mlops evaluate --predictions FILE --task classification|regression --label COL --prediction COL
       [--score COL] [--pos-label V] [--slice COL] [--folds FILE] [--attribution FILE] [--model NAME] [--json]

Standard metrics with scikit-learn's definitions. Classification: accuracy, precision, recall and F1
(per class; macro, micro, weighted; binary for two labels), ROC AUC and log loss with --score (the
probability of the positive label), confusion matrix. Regression: MAE, MSE, RMSE, R², MAPE.
--slice evaluates each value of a column separately; --folds summarises per-fold results (mean,
std); --attribution (CSV with feature, importance) is charted. Bounds: \`evaluation.metrics\`.

options:
  --predictions FILE   rows with the true value and the prediction
  --task TASK          classification or regression
  --label COL          true value column
  --prediction COL     predicted value column
  --score COL          predicted probability of the positive label (binary classification)
  --pos-label V        the positive label (default: the larger of the two labels, as sklearn's 1)
  --slice COL          evaluate per value of COL as well
  --folds FILE         cross-validation results: one row per fold, one numeric column per metric
  --attribution FILE   feature attributions: columns feature, importance
  --model NAME         the model evaluated (default: the only model in .github/mlops.yml, if one);
                       for \`risk: high\` models --attribution is required
  --json               print the report as JSON
`;

export const evaluateCommand: Command = {
  name: 'evaluate',
  summary: 'evaluation metrics (scikit-learn definitions), per slice, with a CV summary',
  usage: evaluateUsage,
  async run(args, ctx) {
    const opts = {
      predictions: { type: 'string' },
      task: { type: 'string' },
      label: { type: 'string' },
      prediction: { type: 'string' },
      score: { type: 'string' },
      'pos-label': { type: 'string' },
      slice: { type: 'string' },
      folds: { type: 'string' },
      attribution: { type: 'string' },
      model: { type: 'string' },
    } as const;
    const { values: v } = parse(args, opts, evaluateUsage);
    const file = need(v, 'predictions', evaluateUsage);
    const task = need(v, 'task', evaluateUsage);
    if (task !== 'classification' && task !== 'regression')
      throw new UsageError(`--task must be classification or regression, got '${task}'`);
    const label = need(v, 'label', evaluateUsage);
    const prediction = need(v, 'prediction', evaluateUsage);
    const sliceColumn = str(v, 'slice');
    const { config } = await loadConfig(ctx.cwd);
    const findings: Finding[] = [];
    const result = await withEngine(ctx.env, async (engine) => {
      const source = await openSource(engine, dataPath(ctx.cwd, file), 'predictions', {
        typed: true,
        displayPath: file,
      });
      const slices = new Map<string, MetricRow>();
      let confusion: { labels: string[]; matrix: number[][] } | undefined;
      if (task === 'classification') {
        const all = await classificationOf(engine, source, {
          label,
          prediction,
          score: str(v, 'score'),
          positive: str(v, 'pos-label'),
        });
        const per = sliceColumn
          ? await classificationOf(engine, source, {
              label,
              prediction,
              score: str(v, 'score'),
              positive: str(v, 'pos-label'),
              slice: sliceColumn,
            })
          : new Map();
        for (const [name, m] of [...all, ...per]) {
          const key = name === '' ? '' : `${sliceColumn}=${name}`;
          slices.set(key, {
            rows: m.rows,
            accuracy: m.accuracy,
            precision: m.binary?.precision ?? m.precision_macro,
            recall: m.binary?.recall ?? m.recall_macro,
            f1: m.binary?.f1 ?? m.f1_macro,
            f1_macro: m.f1_macro,
            f1_weighted: m.f1_weighted,
            roc_auc: m.roc_auc,
            log_loss: m.log_loss,
          });
        }
        const m = all.get('')!;
        confusion = { labels: m.labels, matrix: m.confusion };
      } else {
        const all = await regressionOf(engine, source, { label, prediction });
        const per = sliceColumn
          ? await regressionOf(engine, source, { label, prediction, slice: sliceColumn })
          : new Map();
        for (const [name, m] of [...all, ...per])
          slices.set(name === '' ? '' : `${sliceColumn}=${name}`, { ...m });
      }
      const foldsFile = str(v, 'folds');
      const cv = foldsFile
        ? cvSummary(
            await foldsOf(
              engine,
              await openSource(engine, dataPath(ctx.cwd, foldsFile), 'folds', {
                typed: true,
                displayPath: foldsFile,
              }),
            ),
          )
        : undefined;
      return { slices, confusion, cv };
    });
    for (const [name, m] of result.slices)
      findings.push(...thresholdFindings(m, config.evaluation.metrics, file, name ? `${name}: ` : ''));
    const attribution = str(v, 'attribution')
      ? await readAttribution(dataPath(ctx.cwd, str(v, 'attribution')!), str(v, 'attribution')!)
      : undefined;
    findings.push(...attributionFindings(config.models, str(v, 'model'), attribution !== undefined, file));
    const report = evaluationReport({
      task,
      file,
      slices: result.slices,
      sliceColumn,
      confusion: result.confusion,
      cv: result.cv,
      attribution,
      findings,
    });
    return print(ctx, report, v.json === true, {
      slices: Object.fromEntries(result.slices),
      confusion: result.confusion,
      cv: result.cv,
      attribution,
    });
  },
};

/** A small CSV of `feature,importance` rows. */
async function readAttribution(
  file: string,
  display: string,
): Promise<Array<{ feature: string; importance: number }>> {
  const text = await readFile(file, 'utf8').catch(() => {
    throw new UserError(`attribution file not found: ${display}`, { file: display });
  });
  const lines = text.split(/\r?\n/).filter((l) => l.trim());
  const header =
    lines
      .shift()
      ?.split(',')
      .map((h) => h.trim().toLowerCase()) ?? [];
  const fi = header.indexOf('feature');
  const ii = header.indexOf('importance');
  if (fi < 0 || ii < 0)
    throw new UserError(`${display} needs the columns feature and importance`, { file: display, line: 1 });
  return lines.map((l, i) => {
    const cells = l.split(',');
    const importance = Number(cells[ii]);
    if (!Number.isFinite(importance))
      throw new UserError(`importance is not a number: '${cells[ii] ?? ''}'`, { file: display, line: i + 2 });
    return { feature: cells[fi] ?? '', importance };
  });
}

/** A high-risk model must come with feature attributions (responsible-AI governance, SPEC §1). */
export function attributionFindings(
  models: ReadonlyArray<{ name: string; risk: string }>,
  model: string | undefined,
  hasAttribution: boolean,
  file: string,
): Finding[] {
  // Without --model, a repository with one model evaluates that one (its risk decides as if named).
  if (model === undefined && models.length !== 1) return [];
  const name = model ?? models[0]?.name ?? '';
  const entry = models.find((m) => m.name === name);
  if (!entry)
    return [
      {
        rule: 'evaluate/unknown-model',
        severity: 'warning',
        message: `model '${name}' is not in .github/mlops.yml`,
        file: '.github/mlops.yml',
      },
    ];
  if (entry.risk !== 'high' || hasAttribution) return [];
  return [
    {
      rule: 'evaluate/attribution-required',
      severity: 'error',
      message: `model '${name}' has risk: high, so its evaluation needs a feature-attribution file`,
      file,
      hint: 'Pass --attribution FILE (CSV with columns feature, importance), e.g. from SHAP or permutation importance.',
    },
  ];
}

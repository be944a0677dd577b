/** `mlops fairness`: Fairlearn's group metrics on DuckDB, from the options or from `fairness` in .github/mlops.yml. */
import { configuredFairness, type FairnessSource } from '../../adapters/duckdb/check-data-config.js';
import { fairnessOf } from '../../adapters/duckdb/metrics.js';
import { openSource } from '../../adapters/duckdb/source.js';
import { loadConfig, type LoadedConfig } from '../../adapters/fs/config.js';
import { UsageError, UserError } from '../../core/errors.js';
import { fairnessReport } from '../../core/fairness/report.js';
import type { Command } from '../command.js';
import { parse, printReport as print, str, type Values } from '../args.js';
import { commaList, dataPath, withEngine } from './data-args.js';

const fairnessUsage = `usage: mlops fairness [--predictions FILE] [--label COL] [--prediction COL] [--sensitive COL[,COL]] [--pos-label V] [--json]

Group fairness of a binary classifier with Fairlearn's definitions: selection rate, true and false
positive rate per group (several sensitive columns form intersectional groups), demographic parity
and equalized odds difference and ratio, equal opportunity difference, and the four-fifths screen.
Thresholds come from \`fairness.thresholds\` in .github/mlops.yml. Every option left out comes from
\`fairness\` there (predictions, label, prediction, sensitive_features, positive_label).

options:
  --predictions FILE   rows with the true label, the prediction and the sensitive columns (default: fairness.predictions)
  --label COL          true label column (default: fairness.label)
  --prediction COL     predicted label column (default: fairness.prediction)
  --sensitive COLS     sensitive feature column(s), comma-separated (default: fairness.sensitive_features)
  --pos-label V        the positive label as written in the file (default: fairness.positive_label, else 1 / true / yes)
  --json               print the report as JSON, with the metrics under \`data\`
`;

const usageLine = fairnessUsage.split('\n')[0];

export const fairnessCommand: Command = {
  name: 'fairness',
  summary: 'group fairness metrics of a classifier (Fairlearn definitions, four-fifths screen)',
  usage: fairnessUsage,
  async run(args, ctx) {
    const { values: v } = parse(
      args,
      {
        predictions: { type: 'string' },
        label: { type: 'string' },
        prediction: { type: 'string' },
        sensitive: { type: 'string', multiple: true },
        'pos-label': { type: 'string' },
      },
      fairnessUsage,
    );
    const loaded = await loadConfig(ctx.cwd);
    const f = fairnessSource(ctx.cwd, loaded, v);
    const summary = await withEngine(ctx.env, async (engine) => {
      const source = await openSource(engine, dataPath(ctx.cwd, f.predictions), 'predictions', {
        typed: true,
        displayPath: f.predictions,
      });
      return fairnessOf(engine, source, f);
    });
    return print(
      ctx,
      fairnessReport(summary, loaded.config.fairness.thresholds, f.predictions, f.sensitive),
      v.json === true,
      summary,
    );
  },
};

/**
 * What to assess: each option, else its key under `fairness`. Without --predictions the configured
 * file is checked as the check-data action checks it (a missing file is an error on its key's line).
 */
function fairnessSource(root: string, loaded: LoadedConfig, v: Values): FairnessSource {
  const overrides = {
    predictions: str(v, 'predictions'),
    label: str(v, 'label'),
    prediction: str(v, 'prediction'),
    sensitive: commaList(v, 'sensitive'),
    positiveLabel: str(v, 'pos-label'),
  };
  const f = loaded.config.fairness;
  if (!overrides.predictions && !f.predictions)
    throw new UsageError(
      '--predictions is required (or set fairness.predictions in .github/mlops.yml)',
      usageLine,
    );
  // The helper's own message for a missing column names the action's inputs: the options are said here.
  const missing: Array<[string, unknown]> = [
    ['--label', overrides.label || f.label],
    ['--prediction', overrides.prediction || f.prediction],
    ['--sensitive', overrides.sensitive.length || f.sensitive_features.length],
  ];
  for (const [option, value] of missing)
    if (!value)
      throw new UsageError(
        `${option} is required (or set fairness.${option === '--sensitive' ? 'sensitive_features' : option.slice(2)} in .github/mlops.yml)`,
        usageLine,
      );
  const { value, findings } = configuredFairness(root, loaded, overrides);
  const [first] = findings;
  if (first) throw new UserError(first.message, first);
  return value!;
}

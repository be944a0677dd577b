/** `mlops data drift`: one pair from the options, or the pairs configured under `datasets[].drift`. */
import { configuredDrift, unusableFinding, type DriftPair } from '../../adapters/duckdb/check-data-config.js';
import { driftBetween } from '../../adapters/duckdb/drift.js';
import type { Engine } from '../../adapters/duckdb/engine.js';
import { loadConfig, type LoadedConfig } from '../../adapters/fs/config.js';
import type { DatasetEntry } from '../../core/config/index.js';
import { driftReport } from '../../core/drift/report.js';
import type { DatasetDrift } from '../../core/drift/column.js';
import { driftOptionsFromConfig, type DriftOptions } from '../../core/drift/select.js';
import { isUserError, UsageError } from '../../core/errors.js';
import type { Finding } from '../../core/finding.js';
import type { Report } from '../../core/report/model.js';
import type { Command } from '../command.js';
import { parse, printReport as print, str, type Values } from '../args.js';
import { withEngine } from './data-args.js';

const driftUsage = `usage: mlops data drift [--reference FILE|PROFILE.json --current FILE | --dataset NAME] [--stattest TEST] [--threshold X] [--json]

Compares the current data with a reference, column by column, with Evidently's default test per
column type and size (K-S, chi-square, Z for up to 1,000 reference rows; normed Wasserstein or
Jensen-Shannon above), thresholds 0.05 for p-values and 0.1 for distances, and dataset drift when
at least half the columns drift. Tests, thresholds and bins come from \`drift\` in .github/mlops.yml.
Without --reference and --current, every dataset's \`drift\` pair in .github/mlops.yml is compared
(one section per dataset), or only that of --dataset.

options:
  --reference FILE   the reference data, or a profile from \`mlops data profile\` (tests approximated, docs/data.md)
  --current FILE     the data to compare
  --dataset NAME     compare only this dataset's configured pair (datasets[].drift)
  --stattest TEST    one test for every column: ks, chisquare, z, wasserstein, jensenshannon, psi, kl_div, hellinger
  --threshold X      one threshold for every column
  --json             print the report as JSON, with per-column results under \`data\` (a list of
                     {dataset, reference, current, drift} for configured pairs)
`;

const usageLine = driftUsage.split('\n')[0];
const TESTS = ['ks', 'chisquare', 'z', 'wasserstein', 'jensenshannon', 'psi', 'kl_div', 'hellinger'];

export const driftCommand: Command = {
  name: 'data drift',
  summary: 'per-column drift tests and dataset drift against a reference (Evidently defaults)',
  usage: driftUsage,
  async run(args, ctx) {
    const { values: v } = parse(
      args,
      {
        reference: { type: 'string' },
        current: { type: 'string' },
        dataset: { type: 'string' },
        stattest: { type: 'string' },
        threshold: { type: 'string' },
      },
      driftUsage,
    );
    const reference = str(v, 'reference');
    const current = str(v, 'current');
    const loaded = await loadConfig(ctx.cwd);
    const options = driftOptions(loaded, v);
    if (reference || current) {
      if (!reference || !current)
        throw new UsageError('--reference and --current go together: only one of them is set', usageLine);
      if (str(v, 'dataset') !== undefined)
        throw new UsageError(
          '--dataset picks a configured pair: leave it out with --reference and --current',
          usageLine,
        );
      const drift = await withEngine(ctx.env, (engine) =>
        driftBetween(engine, ctx.cwd, reference, current, options),
      );
      return print(ctx, driftReport(drift, reference, current), v.json === true, drift);
    }
    const { pairs, findings } = configuredDrift(ctx.cwd, loaded, driftDatasets(loaded, str(v, 'dataset')));
    const measured = await withEngine(ctx.env, async (engine) => {
      const out: Measured[] = [];
      for (const pair of pairs) out.push(await measure(engine, ctx.cwd, pair, options));
      return out;
    });
    return print(
      ctx,
      combinedReport(measured, findings),
      v.json === true,
      measured.flatMap(({ pair, drift }) => (drift ? [{ ...pair, drift }] : [])),
    );
  },
};

/** The configured tests and thresholds, with --stattest and --threshold applied. */
function driftOptions(loaded: LoadedConfig, v: Values): DriftOptions {
  const options = driftOptionsFromConfig(loaded.config.drift);
  const stattest = str(v, 'stattest');
  if (stattest) {
    if (!TESTS.includes(stattest))
      throw new UsageError(`unknown --stattest '${stattest}'`, `one of: ${TESTS.join(', ')}`);
    options.stattest = stattest as typeof options.stattest;
  }
  const threshold = str(v, 'threshold');
  if (threshold !== undefined) {
    const t = Number(threshold);
    if (!(t > 0)) throw new UsageError(`--threshold must be a positive number, got '${threshold}'`);
    options.threshold = t;
  }
  return options;
}

/** The datasets whose configured pair to compare: every one with `drift`, or the one named. */
function driftDatasets(loaded: LoadedConfig, name: string | undefined): DatasetEntry[] {
  const all = loaded.config.datasets;
  const withDrift = all.filter((d) => d.drift);
  if (name === undefined) {
    if (!withDrift.length)
      throw new UsageError(
        '--reference and --current are required: no dataset in .github/mlops.yml configures a drift pair',
        'Pass both files, or add `drift: {reference, current}` to a dataset in .github/mlops.yml.',
      );
    return withDrift;
  }
  const dataset = all.find((d) => d.name === name);
  if (!dataset?.drift)
    throw new UsageError(
      dataset
        ? `dataset '${name}' configures no drift pair in .github/mlops.yml`
        : `no dataset '${name}' in .github/mlops.yml`,
      withDrift.length
        ? `Datasets with a drift pair: ${withDrift.map((d) => d.name).join(', ')}.`
        : 'Add `drift: {reference, current}` to the dataset in .github/mlops.yml.',
    );
  return [dataset];
}

interface Measured {
  pair: DriftPair;
  drift?: DatasetDrift;
  /** Why the pair could not be compared (a file the engine cannot use). */
  finding?: Finding;
}

/** One pair's drift; an unusable file is a finding, so it does not hide the other datasets. */
async function measure(
  engine: Engine,
  cwd: string,
  pair: DriftPair,
  options: DriftOptions,
): Promise<Measured> {
  try {
    return { pair, drift: await driftBetween(engine, cwd, pair.reference, pair.current, options) };
  } catch (error) {
    if (!isUserError(error)) throw error;
    return { pair, finding: unusableFinding(error, { file: pair.current, rule: 'drift/unreadable' }) };
  }
}

/** One section per dataset (as the check-data action shows them), then the config's own findings. */
function combinedReport(measured: readonly Measured[], configFindings: readonly Finding[]): Report {
  const report: Report = { purpose: 'drift', title: 'Data drift', findings: [], blocks: [] };
  const summaries: string[] = [];
  for (const { pair, drift, finding } of measured) {
    const name = pair.dataset ?? pair.current;
    const section = drift ? driftReport(drift, pair.reference, pair.current) : undefined;
    report.blocks.push(
      { kind: 'heading', text: `Drift of ${name}`, level: 3 },
      ...(section?.blocks ?? [{ kind: 'markdown', text: `Not run: ${finding!.message}` }]),
    );
    report.findings.push(
      ...(section?.findings ?? [finding!]).map((f) => ({ ...f, message: `${name}: ${f.message}` })),
    );
    summaries.push(`${name}: ${section?.summary ?? 'drift not measured'}`);
  }
  report.findings.push(...configFindings);
  if (configFindings.length) summaries.push('a configured drift file is missing or outside the repository');
  report.summary = summaries.join('; ');
  return report;
}

/**
 * The check-data report (action and root action): data contracts of the given cards or of every
 * configured dataset, drift of every dataset that configures a pair (plus the pair given as input),
 * and fairness when `fairness.predictions` (or an input) names a predictions file; each section with
 * its own blocks and findings, in one report. DuckDB is opened only when something needs it.
 */
import path from 'node:path';
import { loadConfig, type LoadedConfig } from '../fs/config.js';
import type { MlopsConfig } from '../../core/config/index.js';
import { dataCheckReport } from '../../core/data/report.js';
import { driftReport } from '../../core/drift/report.js';
import { driftOptionsFromConfig } from '../../core/drift/select.js';
import { isUserError, UserError } from '../../core/errors.js';
import { fairnessReport } from '../../core/fairness/report.js';
import type { Finding } from '../../core/finding.js';
import type { Report } from '../../core/report/model.js';
import {
  configuredDrift,
  configuredFairness,
  unusableFinding,
  type DriftPair,
  type FairnessOverrides,
  type FairnessSource,
} from './check-data-config.js';
import { cardOf, checkContracts } from './dataset.js';
import { driftBetween } from './drift.js';
import { Engine } from './engine.js';
import { fairnessOf } from './metrics.js';
import { openSource } from './source.js';

export type { FairnessOverrides } from './check-data-config.js';

export interface CheckDataInputs {
  /** Cards or contract files; empty: the card of every selected dataset in .github/mlops.yml. */
  contracts: string[];
  /** Data files replacing the cards' declared files. */
  data: string[];
  /** A drift pair given as input, checked besides the configured ones. */
  reference?: string;
  current?: string;
  /** Names of the configured datasets whose contracts and drift run; default every dataset. */
  datasets?: string[];
  /** Inputs replacing parts of `fairness`; `false` skips fairness (the root action's PR path). */
  fairness?: FairnessOverrides | false;
  /** Also report the config's own errors (default true; the root action validates the config itself). */
  configFindings?: boolean;
  memoryLimit: string;
}

/** What will run, decided before DuckDB is loaded. */
interface Plan {
  contracts: string[];
  pairs: DriftPair[];
  fairness?: FairnessSource;
  findings: Finding[];
}

/** The combined report: contracts, then drift per pair, then fairness. */
export async function checkDataReport(workspace: string, inputs: CheckDataInputs): Promise<Report> {
  const loaded = await loadConfig(workspace);
  const plan = planChecks(workspace, loaded, inputs);
  if (!plan.contracts.length && !plan.pairs.length && !plan.fairness) {
    if (!plan.findings.length)
      throw new UserError(
        'nothing to check: no `contracts` input, no datasets in .github/mlops.yml, no drift pair and no fairness predictions',
        {
          hint: 'List datasets (name, path, optionally drift) in .github/mlops.yml, set fairness.predictions, or set the `contracts` input.',
        },
      );
    return {
      ...emptyReport(),
      summary: 'nothing checked (see the findings)',
      findings: plan.findings,
    };
  }
  const engine = await Engine.open({ memoryLimit: inputs.memoryLimit });
  try {
    const report = plan.contracts.length
      ? await contractsSection(engine, workspace, plan.contracts, inputs.data)
      : emptyReport();
    for (const pair of plan.pairs) append(report, await driftSection(engine, workspace, pair, loaded.config));
    if (plan.fairness) append(report, await fairnessSection(engine, workspace, plan.fairness, loaded.config));
    report.findings.push(...plan.findings);
    if (plan.pairs.length || plan.fairness) report.title = 'Data checks';
    return report;
  } finally {
    engine.close();
  }
}

function planChecks(workspace: string, loaded: LoadedConfig, inputs: CheckDataInputs): Plan {
  const { config } = loaded;
  const selected = inputs.datasets
    ? config.datasets.filter((d) => inputs.datasets!.includes(d.name))
    : config.datasets;
  const contracts = inputs.contracts.length ? inputs.contracts : selected.map((d) => cardOf(workspace, d));
  const drift = configuredDrift(workspace, loaded, selected);
  if (inputs.reference && inputs.current)
    drift.pairs.push({ reference: inputs.reference, current: inputs.current });
  else if (inputs.reference || inputs.current)
    throw new UserError('drift-reference and drift-current go together: only one of them is set', {
      hint: 'Set both inputs, or neither (configured pairs come from `datasets[].drift` in .github/mlops.yml).',
    });
  const fairness =
    inputs.fairness === false ? { findings: [] } : configuredFairness(workspace, loaded, inputs.fairness);
  const ownErrors =
    inputs.configFindings === false ? [] : loaded.findings.filter((f) => f.severity === 'error');
  return {
    contracts,
    pairs: drift.pairs,
    fairness: fairness.value,
    findings: [...ownErrors, ...drift.findings, ...fairness.findings],
  };
}

function emptyReport(): Report {
  return { purpose: 'data', title: 'Data checks', summary: '', findings: [], blocks: [] };
}

async function contractsSection(
  engine: Engine,
  workspace: string,
  contracts: string[],
  data: string[],
): Promise<Report> {
  const { summaries, findings } = await checkContracts(engine, workspace, contracts, data);
  const report = dataCheckReport(summaries, findings);
  // Its error and warning counts are the contracts' alone: the rendered report counts every section.
  return { ...report, summary: report.summary?.replace(/; \d+ errors?, \d+ warnings?$/, '') };
}

/** One pair's drift report; a file the engine cannot use becomes a finding instead of ending the run. */
async function driftSection(
  engine: Engine,
  workspace: string,
  pair: DriftPair,
  config: MlopsConfig,
): Promise<Report> {
  const label = pair.dataset ? `Drift of ${pair.dataset}` : 'Drift';
  const prefix = pair.dataset ? `${pair.dataset}: ` : '';
  try {
    const drift = await driftBetween(
      engine,
      workspace,
      pair.reference,
      pair.current,
      driftOptionsFromConfig(config.drift),
    );
    const r = driftReport(drift, pair.reference, pair.current);
    return {
      ...r,
      title: label,
      summary: `${prefix}${r.summary ?? ''}`,
      findings: r.findings.map((f) => ({ ...f, message: `${prefix}${f.message}` })),
    };
  } catch (error) {
    if (!isUserError(error)) throw error;
    const finding = unusableFinding(error, { file: pair.current, rule: 'drift/unreadable' });
    return failedSection(label, `${prefix}drift not measured`, finding);
  }
}

/** The fairness report of the predictions file, as `mlops fairness` makes it. */
async function fairnessSection(
  engine: Engine,
  workspace: string,
  f: FairnessSource,
  config: MlopsConfig,
): Promise<Report> {
  try {
    const source = await openSource(engine, path.resolve(workspace, f.predictions), 'predictions', {
      typed: true,
      displayPath: f.predictions,
    });
    const summary = await fairnessOf(engine, source, {
      label: f.label,
      prediction: f.prediction,
      sensitive: f.sensitive,
      positive: f.positive,
    });
    const r = fairnessReport(summary, config.fairness.thresholds, f.predictions, f.sensitive);
    return { ...r, summary: `fairness: ${r.summary ?? ''}` };
  } catch (error) {
    if (!isUserError(error)) throw error;
    const finding = unusableFinding(error, { file: f.predictions, rule: 'fairness/unreadable' });
    return failedSection('Fairness', 'fairness not assessed', finding);
  }
}

function failedSection(title: string, summary: string, finding: Finding): Report {
  return {
    purpose: 'data',
    title,
    summary,
    findings: [finding],
    blocks: [{ kind: 'markdown', text: `Not run: ${finding.message}` }],
  };
}

/** Adds a section under its own heading, with its findings and its line in the summary. */
function append(report: Report, section: Report): void {
  report.findings.push(...section.findings);
  report.blocks.push({ kind: 'heading', text: section.title, level: 3 }, ...section.blocks);
  report.summary = [report.summary, section.summary].filter(Boolean).join('; ');
}

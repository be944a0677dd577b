/**
 * The root action (`action.yml`): validates the repository's MLOps files with the same validators
 * as `mlops validate`, runs the data contracts of the datasets a pull request touches, and reports
 * through every channel (annotations, summary, PR comment, JSON).
 */
import { loadConfig } from '../../adapters/fs/config.js';
import { Git } from '../../adapters/git.js';
import { validateRepository } from '../../adapters/validate.js';
import { CONFIG_PATHS } from '../../core/config/index.js';
import type { Report } from '../../core/report/model.js';
import { pullRequestBase, readContext } from './context.js';
import { lazyClientFromInput } from './lazy-client.js';
import { booleanInput, enumInput, pathInput, stringInput } from './inputs.js';
import { publishReport } from './publish.js';

/** Reads the inputs, validates, publishes. */
export async function runCheck(): Promise<void> {
  const ctx = readContext();
  const failOn = enumInput('fail-on', ['error', 'warning', 'never'] as const, 'error');
  const comment = booleanInput('comment', true);
  const config = pathInput('config', ctx.workspace, CONFIG_PATHS[0]);
  const botLogin = stringInput('bot-login') || undefined;
  const client = lazyClientFromInput(ctx);
  const data = enumInput('data', ['auto', 'never'] as const, 'auto');
  const base = pullRequestBase(ctx.payload);
  let report = await checkReport(ctx.workspace, config, base);
  if (base && data === 'auto') report = withData(report, await touchedDataReport(ctx.workspace, base));
  await publishReport(report, ctx, { comment, failOn, client, botLogin });
}

/** The names of the datasets whose folder, card or configured drift files changed between `base` and HEAD. */
export async function touchedDatasets(workspace: string, base: string): Promise<string[]> {
  const { config } = await loadConfig(workspace);
  if (!config.datasets.length) return [];
  const changed = await new Git(workspace).changedFiles(base, 'HEAD');
  const { datasetsTouchedBy } = await import('../../adapters/fs/touched-datasets.js');
  return datasetsTouchedBy(config.datasets, changed).map((d) => d.name);
}

/** Contracts and configured drift of the touched datasets on DuckDB (loaded, and installed on a runner, only when there are any). */
async function touchedDataReport(workspace: string, base: string): Promise<Report | undefined> {
  const datasets = await touchedDatasets(workspace, base);
  if (!datasets.length) return undefined;
  const { checkDataReport } = await import('../../adapters/duckdb/check-data.js');
  return checkDataReport(workspace, {
    contracts: [],
    data: [],
    datasets,
    fairness: false,
    configFindings: false,
    memoryLimit: '2GB',
  });
}

/** The check report with the data report's findings and blocks added under a heading. */
export function withData(report: Report, data: Report | undefined): Report {
  if (!data) return report;
  return {
    ...report,
    summary: [report.summary, data.summary].filter(Boolean).join('; '),
    findings: [...report.findings, ...data.findings],
    blocks: [...report.blocks, { kind: 'heading', text: data.title, level: 3 }, ...data.blocks],
  };
}

/** The report of the root action: `mlops validate`'s, in PR mode on pull requests (only what the PR touches). */
export async function checkReport(workspace: string, config: string = CONFIG_PATHS[0], base?: string): Promise<Report> {
  const configFile = (CONFIG_PATHS as readonly string[]).includes(config) ? undefined : config;
  const report = await validateRepository(workspace, { configFile, base, head: base ? 'HEAD' : undefined });
  return { ...report, purpose: 'check', title: 'MLOps check' };
}

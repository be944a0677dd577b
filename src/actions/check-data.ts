/**
 * Action `actions/check-data`: data contracts (cards or contract files), and drift when a reference
 * and a current file are given, reported as one sticky comment, annotations on the contract lines,
 * a job summary and JSON. DuckDB is not bundled: it is installed on first use into the runner tool
 * cache and kept with @actions/cache (src/adapters/duckdb/load.ts).
 */
import { checkContracts } from '../adapters/duckdb/dataset.js';
import { driftBetween } from '../adapters/duckdb/drift.js';
import { Engine } from '../adapters/duckdb/engine.js';
import { loadConfig } from '../adapters/fs/config.js';
import { dataCheckReport } from '../core/data/report.js';
import { driftReport } from '../core/drift/report.js';
import { driftOptionsFromConfig } from '../core/drift/select.js';
import { UserError } from '../core/errors.js';
import type { Report } from '../core/report/model.js';
import { cardOf } from '../cli/commands/data-args.js';
import { readContext } from './lib/context.js';
import { clientFromInput } from './lib/github.js';
import { booleanInput, enumInput, pathsInput, stringInput } from './lib/inputs.js';
import { publishReport } from './lib/publish.js';
import { runAction } from './lib/run.js';

/** The combined report: contracts, then drift. */
export async function checkDataReport(
  workspace: string,
  inputs: { contracts: string[]; data: string[]; reference?: string; current?: string; memoryLimit: string },
): Promise<Report> {
  const { config } = await loadConfig(workspace);
  const contracts = inputs.contracts.length
    ? inputs.contracts
    : config.datasets.map((d) => cardOf(workspace, d));
  if (!contracts.length && !(inputs.reference && inputs.current)) {
    throw new UserError(
      'nothing to check: no `contracts` input, no datasets in .github/mlops.yml, and no drift reference/current',
      {
        hint: 'List datasets (name, path) in .github/mlops.yml, or set the `contracts` input.',
      },
    );
  }
  const engine = await Engine.open({ memoryLimit: inputs.memoryLimit });
  try {
    const { summaries, findings } = contracts.length
      ? await checkContracts(engine, workspace, contracts, inputs.data)
      : { summaries: [], findings: [] };
    const report = dataCheckReport(summaries, findings);
    if (inputs.reference && inputs.current) {
      const drift = driftReport(
        await driftBetween(
          engine,
          workspace,
          inputs.reference,
          inputs.current,
          driftOptionsFromConfig(config.drift),
        ),
        inputs.reference,
        inputs.current,
      );
      report.findings.push(...drift.findings);
      report.blocks.push({ kind: 'heading', text: 'Drift', level: 3 }, ...drift.blocks);
      report.summary = `${report.summary}; ${drift.summary}`;
    }
    return report;
  } finally {
    engine.close();
  }
}

async function run(): Promise<void> {
  const ctx = readContext();
  const optional = (name: string) => pathsInput(name, ctx.workspace)[0];
  const report = await checkDataReport(ctx.workspace, {
    contracts: pathsInput('contracts', ctx.workspace),
    data: pathsInput('data', ctx.workspace),
    reference: optional('drift-reference'),
    current: optional('drift-current'),
    memoryLimit: stringInput('memory-limit', { fallback: '2GB' }),
  });
  await publishReport(report, ctx, {
    comment: booleanInput('comment', true),
    failOn: enumInput('fail-on', ['error', 'warning', 'never'] as const, 'error'),
    client: clientFromInput(ctx),
    botLogin: stringInput('bot-login') || undefined,
  });
}

if (process.env.GITHUB_ACTIONS === 'true' || process.env.MLOPS_ACTION === 'check-data') await runAction(run);

/** The check-data report (action and root action): data contracts of the given cards or of every configured dataset, then drift. */
import { loadConfig } from '../fs/config.js';
import { dataCheckReport } from '../../core/data/report.js';
import { driftReport } from '../../core/drift/report.js';
import { driftOptionsFromConfig } from '../../core/drift/select.js';
import { UserError } from '../../core/errors.js';
import type { Report } from '../../core/report/model.js';
import { cardOf, checkContracts } from './dataset.js';
import { driftBetween } from './drift.js';
import { Engine } from './engine.js';

export interface CheckDataInputs {
  /** Cards or contract files; empty: the card of every dataset in .github/mlops.yml. */
  contracts: string[];
  /** Data files replacing the cards' declared files. */
  data: string[];
  reference?: string;
  current?: string;
  memoryLimit: string;
}

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

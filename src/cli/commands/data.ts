/** `mlops data check|drift|profile|overlap|dictionary`, `mlops fairness`, `mlops evaluate` (SPEC §5). */
import { cardOf, checkContracts } from '../../adapters/duckdb/dataset.js';
import { loadConfig } from '../../adapters/fs/config.js';
import { dataCheckReport } from '../../core/data/report.js';
import { UsageError } from '../../core/errors.js';
import type { Command } from '../command.js';
import { list, parse, printReport as print } from '../args.js';
import { withEngine } from './data-args.js';
import { driftCommand } from './data-drift.js';
import { fairnessCommand } from './data-fairness.js';
import { evaluateCommand } from './data-metrics.js';
import { dictionaryCommand, overlapCommand, profileCommand } from './data-profile.js';

const checkUsage = `usage: mlops data check [CONTRACT]... [--data FILE]... [--json]

Checks data files against their contract. CONTRACT is a data card (its \`schema\` and \`files\`), a
*.contract.yml, or a Great Expectations suite JSON (1.x or 0.18). Without CONTRACT, every dataset in
.github/mlops.yml is checked against its card. Findings point at the contract line of each failed
expectation and at the data row of each malformed line; PII columns not declared under the card's
\`pii\` are errors.

options:
  --data FILE   data to check instead of the card's files (CSV, TSV, JSON Lines, Parquet, .gz/.zst, globs)
  --json        print the report as JSON, with GX-shaped validation results under \`data\`
`;

const checkCommand: Command = {
  name: 'data check',
  summary: 'check data files against their data contract (Great Expectations semantics, on DuckDB)',
  usage: checkUsage,
  async run(args, ctx) {
    const { values: v, positionals } = parse(args, { data: { type: 'string', multiple: true } }, checkUsage);
    const root = ctx.cwd;
    let contracts = positionals;
    if (!contracts.length) {
      const { config } = await loadConfig(root);
      contracts = config.datasets.map((d) => cardOf(root, d));
      if (!contracts.length)
        throw new UsageError(
          'no CONTRACT given and no datasets in .github/mlops.yml',
          checkUsage.split('\n')[0],
        );
    }
    const { summaries, findings } = await withEngine(ctx.env, (engine) =>
      checkContracts(engine, root, contracts, list(v, 'data')),
    );
    return print(
      ctx,
      dataCheckReport(summaries, findings),
      v.json === true,
      summaries.map((s) => ({
        contract: s.contract,
        data: s.data,
        rows: s.rows,
        validation: s.validation,
        pii: s.pii,
      })),
    );
  },
};

/** Every data command, for src/cli/commands/index.ts. */
export const dataCommands: Command[] = [
  checkCommand,
  profileCommand,
  driftCommand,
  overlapCommand,
  dictionaryCommand,
  fairnessCommand,
  evaluateCommand,
];

/** `mlops data check|drift|profile|overlap|dictionary`, `mlops fairness`, `mlops evaluate` (SPEC §5). */
import { cardOf, checkContracts } from '../../adapters/duckdb/dataset.js';
import { driftBetween } from '../../adapters/duckdb/drift.js';
import { loadConfig } from '../../adapters/fs/config.js';
import { dataCheckReport } from '../../core/data/report.js';
import { driftReport } from '../../core/drift/report.js';
import { driftOptionsFromConfig } from '../../core/drift/select.js';
import { UsageError } from '../../core/errors.js';
import type { Command } from '../command.js';
import { list, need, parse, printReport as print, str } from '../args.js';
import { withEngine } from './data-args.js';
import { evaluateCommand, fairnessCommand } from './data-metrics.js';
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

const driftUsage = `usage: mlops data drift --reference FILE|PROFILE.json --current FILE [--stattest TEST] [--threshold X] [--json]

Compares the current data with a reference, column by column, with Evidently's default test per
column type and size (K-S, chi-square, Z for up to 1,000 reference rows; normed Wasserstein or
Jensen-Shannon above), thresholds 0.05 for p-values and 0.1 for distances, and dataset drift when
at least half the columns drift. Tests, thresholds and bins come from \`drift\` in .github/mlops.yml.

options:
  --reference FILE   the reference data, or a profile from \`mlops data profile\` (tests approximated, docs/data.md)
  --current FILE     the data to compare
  --stattest TEST    one test for every column: ks, chisquare, z, wasserstein, jensenshannon, psi, kl_div, hellinger
  --threshold X      one threshold for every column
  --json             print the report as JSON, with per-column results under \`data\`
`;

const TESTS = ['ks', 'chisquare', 'z', 'wasserstein', 'jensenshannon', 'psi', 'kl_div', 'hellinger'];

const driftCommand: Command = {
  name: 'data drift',
  summary: 'per-column drift tests and dataset drift against a reference (Evidently defaults)',
  usage: driftUsage,
  async run(args, ctx) {
    const { values: v } = parse(
      args,
      {
        reference: { type: 'string' },
        current: { type: 'string' },
        stattest: { type: 'string' },
        threshold: { type: 'string' },
      },
      driftUsage,
    );
    const reference = need(v, 'reference', driftUsage);
    const current = need(v, 'current', driftUsage);
    const { config } = await loadConfig(ctx.cwd);
    const options = driftOptionsFromConfig(config.drift);
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
    const drift = await withEngine(ctx.env, (engine) =>
      driftBetween(engine, ctx.cwd, reference, current, options),
    );
    return print(ctx, driftReport(drift, reference, current), v.json === true, drift);
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

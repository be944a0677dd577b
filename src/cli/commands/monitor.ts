/** `mlops monitor MODEL STAGE --batch FILE`: the scheduled monitoring run, locally or with GitHub (SPEC §9). */
import os from 'node:os';
import path from 'node:path';
import { resolveIdentity } from '../../adapters/github/identity.js';
import { monitorModel } from '../../adapters/monitor/run.js';
import { bool, need, parse, positionalArgs, printReport, str } from '../args.js';
import type { Command } from '../command.js';
import { githubFromEnv, openRepo } from './registry-io.js';

const usage = `usage: mlops monitor MODEL STAGE --batch FILE [options]

Checks a batch of production inputs and predictions for MODEL in STAGE: feature and prediction drift
against the reference profile in the release of the version the stage holds (or --reference), data
quality against a contract, performance on ground truth against the version's recorded evaluation,
business and system metrics against the thresholds in .github/mlops.yml (monitoring, deploy.<stage>.health).
With GITHUB_TOKEN (and GITHUB_REPOSITORY or --repo) it also keeps the alert issue of MODEL and STAGE up
to date, fires retraining dispatches outside their cool-down and calls the webhook of
monitoring.alert.webhook_secret (read from the environment variable of that name).

options:
  --batch FILE              inputs and predictions (CSV, TSV, JSON Lines, Parquet; path or https URL)
  --ground-truth FILE       labels joined to the batch by --id-column
  --business-metrics FILE   business metrics (JSON object, or CSV metric,value)
  --system-metrics FILE     latency_p95_ms and error_rate (JSON or CSV)
  --reference FILE          reference data or profile JSON (default: the release's profile asset)
  --reference-asset NAME    the release asset holding the profile (default profile.json / *.profile.json)
  --metrics FILE            recorded evaluation metrics JSON (default: the release's metrics.json)
  --contract FILE           data card or contract the batch must meet
  --id-column NAME          id joining ground truth to predictions (default id)
  --label-column NAME       label column (default label)
  --prediction-column NAME  prediction column (default: the signature's first output, else prediction)
  --score-column NAME       probability of the positive class (adds roc_auc, log_loss)
  --repo OWNER/NAME         the GitHub repository (default GITHUB_REPOSITORY)
  --run-id ID               names this run's section in the alert (default GITHUB_RUN_ID, else local-<time>)
  --json                    print the report as JSON
`;

const flags = {
  batch: { type: 'string' },
  'ground-truth': { type: 'string' },
  'business-metrics': { type: 'string' },
  'system-metrics': { type: 'string' },
  reference: { type: 'string' },
  'reference-asset': { type: 'string' },
  metrics: { type: 'string' },
  contract: { type: 'string' },
  'id-column': { type: 'string' },
  'label-column': { type: 'string' },
  'prediction-column': { type: 'string' },
  'score-column': { type: 'string' },
  repo: { type: 'string' },
  'run-id': { type: 'string' },
} as const;

const monitorCommand: Command = {
  name: 'monitor',
  summary: 'drift, performance, data quality and business metrics of a production batch, with alerts and retraining',
  usage,
  async run(args, ctx) {
    const { values: v, positionals } = parse(args, flags, usage);
    const [model, stage] = positionalArgs(positionals, 2, usage);
    const s = (k: keyof typeof flags) => str(v, k);
    const batch = need(v, 'batch', usage);
    const { root, config } = await openRepo(ctx);
    const gh = await githubFromEnv(ctx.env, s('repo'));
    const github = gh && { ...gh, identity: await resolveIdentity(gh.client) };
    const now = new Date();
    const secret = config.monitoring.alert.webhook_secret;
    const outcome = await monitorModel({
      root,
      config,
      model: model!,
      stage: stage!,
      batch: rel(ctx.cwd, root, batch),
      groundTruth: opt(ctx.cwd, root, s('ground-truth')),
      business: opt(ctx.cwd, root, s('business-metrics')),
      system: opt(ctx.cwd, root, s('system-metrics')),
      reference: opt(ctx.cwd, root, s('reference')),
      referenceAsset: s('reference-asset'),
      metrics: opt(ctx.cwd, root, s('metrics')),
      contract: opt(ctx.cwd, root, s('contract')),
      idColumn: s('id-column'),
      labelColumn: s('label-column'),
      predictionColumn: s('prediction-column'),
      scoreColumn: s('score-column'),
      github,
      event: { name: ctx.env.GITHUB_EVENT_NAME ?? 'local', payload: {} },
      run: s('run-id') ?? ctx.env.GITHUB_RUN_ID ?? `local-${now.getTime()}`,
      now,
      webhookUrl: secret ? ctx.env[secret] || undefined : undefined,
      tempDir: path.join(os.tmpdir(), 'mlops-monitor'),
    });
    if (outcome.alert && outcome.alert.action !== 'none') ctx.stderr(`alert issue: ${outcome.alert.action}${outcome.alert.url ? ` (${outcome.alert.url})` : ''}\n`);
    return printReport(ctx, outcome.report, bool(v, 'json'));
  },
};

/** A path given on the command line, relative to the repository root (URLs as they are). */
function rel(cwd: string, root: string, p: string): string {
  return /^https?:\/\//i.test(p) ? p : path.relative(root, path.resolve(cwd, p)).split(path.sep).join('/');
}

const opt = (cwd: string, root: string, p: string | undefined) => (p ? rel(cwd, root, p) : undefined);

/** The monitoring command group, for src/cli/commands/index.ts. */
export const monitorCommands: Command[] = [monitorCommand];

/**
 * `mlops experiment record|list|show|compare`: experiments as annotated tags and release assets (SPEC §6).
 * Recording (hashing, environment, importers, the GitHub client) and comparing are loaded by the
 * subcommands that use them: `list` on 10,000 tags needs a tenth of that code.
 */
import { experimentSettings } from '../../adapters/experiments/settings.js';
import { listEntries, listRefs } from '../../adapters/experiments/store.js';
import { Git } from '../../adapters/git.js';
import { selectEntries } from '../../core/experiments/catalog.js';
import { selectRefs } from '../../core/experiments/names.js';
import { listReport, refsReport } from '../../core/experiments/report.js';
import { UsageError, UserError } from '../../core/errors.js';
import { bool, list, parse, printReport, str, type Values } from '../args.js';
import type { Command } from '../command.js';

/** `--remote-name NAME` or `--remote` (origin). */
const remoteOf = (v: Values): string | undefined =>
  str(v, 'remote-name') ?? (bool(v, 'remote') ? 'origin' : undefined);

const flag = { type: 'boolean' } as const;
const text = { type: 'string' } as const;
const many = { type: 'string', multiple: true } as const;

const recordUsage = `usage: mlops experiment record --type TYPE [--params FILE]... [--metrics FILE]... [--artifact PATH]...
       [--dataset CARD|NAME@VERSION]... [--seed N]... [--note TEXT] [--allow-dirty]
       [--from-dvc] [--from-mlflow DIR] [--from-wandb DIR] [--push] [--remote NAME]
       [--artifact-store URI] [--project NAME] [--out FILE] [--json]

Records an experiment as the annotated tag exp/{project}-{type}-{YYYYMMDD}[-N]. With --push the tag is
pushed atomically and, with GITHUB_TOKEN set, a pre-release on it holds the record, metrics, params and
artifacts. Rerunning the same record creates nothing new and repairs a half-finished release.

options:
  --type TYPE            kind of run (train, eval, tune …), part of the name
  --params FILE          hyperparameters, YAML or JSON (nested keys are flattened with dots)
  --metrics FILE         metrics, YAML or JSON (nested keys are flattened with dots)
  --artifact PATH        a file or folder in the repository to hash and attach
  --dataset SPEC         a data card path, or NAME@VERSION of a dataset with a data card
  --seed N               a random seed the run used (warning when none)
  --allow-dirty          record uncommitted changes (with the digest of the diff)
  --from-dvc             read params and metrics named in ./dvc.yaml and data from .dvc files
  --from-mlflow DIR      read an MLflow file-store run (mlruns/<experiment>/<run>)
  --from-wandb DIR       read a W&B run folder (wandb/run-…)
  --push                 push the tag (and publish the release when GITHUB_TOKEN is set)
  --remote NAME          remote to push to (default origin)
  --artifact-store URI   record artifacts over 2 GiB by URI and checksum instead of uploading
  --project NAME         override the project name (default: config \`project\`, else the folder)
  --out FILE             where to write the record JSON (default: a temp folder)
  --json                 print the report as JSON
`;

const recordCommand: Command = {
  name: 'experiment record',
  summary: 'record an experiment as an annotated tag (and a pre-release with --push)',
  usage: recordUsage,
  async run(args, ctx) {
    const { values: v, positionals } = parse(
      args,
      {
        type: text,
        params: many,
        metrics: many,
        artifact: many,
        dataset: many,
        seed: many,
        note: text,
        'allow-dirty': flag,
        'from-dvc': flag,
        'from-mlflow': text,
        'from-wandb': text,
        push: flag,
        remote: text,
        'artifact-store': text,
        project: text,
        out: text,
        json: flag,
      },
      recordUsage,
    );
    if (positionals.length)
      throw new UsageError(
        `unexpected argument '${positionals[0]}'`,
        'usage: mlops experiment record --type TYPE …',
      );
    const type = str(v, 'type');
    if (!type) throw new UsageError('--type is required', 'e.g. --type train');
    const seeds = list(v, 'seed').map((s) => {
      if (!/^-?\d+$/.test(s)) throw new UsageError(`--seed '${s}' is not an integer`);
      return Number(s);
    });
    const git = new Git(ctx.cwd);
    const root = await git.root();
    const settings = await experimentSettings(root);
    const remote = bool(v, 'push') ? (str(v, 'remote') ?? 'origin') : undefined;
    const { recordExperiment } = await import('../../adapters/experiments/record.js');
    const outcome = await recordExperiment(
      { git, root, cwd: ctx.cwd, env: ctx.env },
      {
        inputs: {
          project: str(v, 'project') ?? settings.project,
          type,
          params: list(v, 'params'),
          metrics: list(v, 'metrics'),
          artifacts: list(v, 'artifact'),
          datasets: list(v, 'dataset'),
          seeds,
          note: str(v, 'note'),
          allowDirty: bool(v, 'allow-dirty'),
          fromDvc: bool(v, 'from-dvc'),
          fromMlflow: str(v, 'from-mlflow'),
          fromWandb: str(v, 'from-wandb'),
          artifactStore: str(v, 'artifact-store'),
        },
        remote,
        github: remote ? await githubFor(git, remote, ctx.env) : undefined,
        out: str(v, 'out'),
      },
    );
    outcome.report.findings.unshift(...settings.findings);
    return printReport(ctx, outcome.report, bool(v, 'json'));
  },
};

/** The client and `owner/name` for publishing: GITHUB_TOKEN, and GITHUB_REPOSITORY or the remote's GitHub URL. */
async function githubFor(git: Git, remote: string, env: NodeJS.ProcessEnv) {
  const token = env.GITHUB_TOKEN || env.GH_TOKEN;
  if (!token) return undefined;
  let repository = env.GITHUB_REPOSITORY;
  if (!repository) {
    const url = (await git.run(['remote', 'get-url', remote], { allowFailure: true })).stdout.trim();
    repository = /github\.com[:/]([^/]+\/[^/]+?)(\.git)?$/.exec(url)?.[1];
  }
  if (!repository)
    throw new UserError(`cannot tell which GitHub repository '${remote}' is`, {
      hint: 'set GITHUB_REPOSITORY=owner/name',
    });
  const { createClient } = await import('../../adapters/github/client.js');
  return { client: createClient({ token, baseUrl: env.GITHUB_API_URL }), repository };
}

/** With --remote, the remote's experiment tags are fetched first, so the listing is the remote's. */
async function fetchIfAsked(git: Git, remote: string | undefined): Promise<void> {
  if (remote) await git.fetchTags(remote, ['+refs/tags/exp/*:refs/tags/exp/*']);
}

const listUsage = `usage: mlops experiment list [--type T] [--since DATE] [--long] [--remote | --remote-name NAME] [--json]

Lists experiments newest first from the local tags (one \`git for-each-ref\` that reads names only), or
from the remote first with --remote. --since takes YYYY-MM-DD (UTC) or an ISO 8601 instant (its day).
--long adds the tag date, commit and summary line (reads every tag object: slower on thousands of tags).
`;

const listCommand: Command = {
  name: 'experiment list',
  summary: 'list experiments (newest first)',
  usage: listUsage,
  async run(args, ctx) {
    const options = { type: text, since: text, long: flag, remote: flag, 'remote-name': text, json: flag };
    const { values: v, positionals } = parse(args, options, listUsage);
    if (positionals.length)
      throw new UsageError(`unexpected argument '${positionals[0]}'`, listUsage.split('\n')[0]);
    const git = new Git(ctx.cwd);
    await fetchIfAsked(git, remoteOf(v));
    const filter = { type: str(v, 'type'), since: str(v, 'since') };
    if (bool(v, 'long'))
      return printReport(ctx, listReport(selectEntries(await listEntries(git), filter)), bool(v, 'json'));
    // The configuration is read while git lists the tags; outside a repository, root()'s error is the one shown.
    const root = git.root();
    const project = root.then(experimentSettings).then((s) => s.project);
    const refs = await listRefs(git, { project }).catch(async (error: unknown) => {
      await root;
      throw error;
    });
    return printReport(ctx, refsReport(selectRefs(refs, filter)), bool(v, 'json'));
  },
};

const showUsage = `usage: mlops experiment show NAME [--remote | --remote-name NAME] [--json | --record]

Shows an experiment's record: metrics, params, datasets, artifacts, code and environment.
--record prints the record itself, as JSON (schemas/experiment.schema.json), for scripts.
`;

const showCommand: Command = {
  name: 'experiment show',
  summary: 'show one experiment record',
  usage: showUsage,
  async run(args, ctx) {
    const { values: v, positionals } = parse(
      args,
      { remote: flag, 'remote-name': text, json: flag, record: flag },
      showUsage,
    );
    if (positionals.length !== 1)
      throw new UsageError('give exactly one experiment name', showUsage.split('\n')[0]);
    const git = new Git(ctx.cwd);
    await fetchIfAsked(git, remoteOf(v));
    const { readRecord, showExperiment } = await import('../../adapters/experiments/compare.js');
    if (bool(v, 'record')) {
      ctx.stdout(`${JSON.stringify(await readRecord(git, positionals[0]!), null, 2)}\n`);
      return 0;
    }
    return printReport(ctx, await showExperiment(git, positionals[0]!), bool(v, 'json'));
  },
};

const compareUsage = `usage: mlops experiment compare A [B] [--last N] [--base BRANCH] [--model NAME]
       [--remote | --remote-name NAME] [--json]

Compares experiment A with baseline B, like \`dvc metrics diff\`: each metric and changed param with
absolute and relative change, better or worse by the metric's direction (config
\`evaluation.metrics.<name>.higher_is_better\`, else the usual meaning of names such as loss or accuracy),
and a chart of the key metrics over the last N experiments of A's type (default 10).
B is an experiment name, \`main\` (default: the newest experiment on the base branch) or \`production\`
(the experiment behind the model now in production).
`;

const compareCommand: Command = {
  name: 'experiment compare',
  summary: 'compare an experiment with a baseline (experiment, main or production)',
  usage: compareUsage,
  async run(args, ctx) {
    const { values: v, positionals } = parse(
      args,
      { last: text, base: text, model: text, remote: flag, 'remote-name': text, json: flag },
      compareUsage,
    );
    if (positionals.length < 1 || positionals.length > 2)
      throw new UsageError('give one or two experiment names', compareUsage.split('\n')[0]);
    const last = Number(str(v, 'last') ?? 10);
    if (!Number.isInteger(last) || last < 1)
      throw new UsageError(`--last '${str(v, 'last')}' is not a positive integer`);
    const git = new Git(ctx.cwd);
    const root = await git.root();
    await fetchIfAsked(git, remoteOf(v));
    // The configuration is read while git lists the tags (names alone give type, day and order).
    const loading = experimentSettings(root);
    const refs = await listRefs(git, { project: loading.then((s) => s.project) });
    const settings = await loading;
    const { compareExperiments } = await import('../../adapters/experiments/compare.js');
    const report = await compareExperiments(git, {
      refs,
      candidate: positionals[0]!,
      baseline: positionals[1],
      baseBranch: str(v, 'base') ?? ctx.env.GITHUB_BASE_REF,
      last,
      directions: settings.directions,
      models: settings.models,
      model: str(v, 'model'),
      project: settings.project,
      root,
    });
    return printReport(ctx, report, bool(v, 'json'));
  },
};

/** The `experiment` command group. */
export const experimentCommands: Command[] = [recordCommand, listCommand, showCommand, compareCommand];

/** `mlops registry …`: the model registry in git tags (GTO-compatible): views, manual writes, rollback, retention. */
import { Git } from '../../adapters/git.js';
import { readRegistry, writeRegistryTags } from '../../adapters/registry/tags.js';
import { UserError } from '../../core/errors.js';
import { planAssign, planDeprecate, planRegister } from '../../core/registry/plan.js';
import { auditReport, historyReport, showJson, showReport } from '../../core/registry/report.js';
import { artifactHistory } from '../../core/registry/state.js';
import type { Command } from '../command.js';
import { parseFlags, printReportAs } from '../args.js';
import { githubFromEnv, openRepo } from './registry-io.js';

const json = { json: { type: 'boolean' } } as const;
const push = { push: { type: 'boolean' }, remote: { type: 'string' } } as const;
const remoteOf = (f: Record<string, unknown>): string | undefined => (typeof f.remote === 'string' ? f.remote : f.push ? 'origin' : undefined);

const showUsage = `usage: mlops registry show [--json] [--remote NAME]

Every artifact of the registry: its latest version and what each stage holds now, derived from the
repository's tags alone (GTO's format). --remote reads the tags of that remote first.
`;

const show: Command = {
  name: 'registry show',
  summary: 'the registry: latest version and what each stage holds, per model',
  usage: showUsage,
  async run(args, ctx) {
    const { flags } = parseFlags(args, { ...json, remote: { type: 'string' } }, showUsage, [0, 0]);
    // The JSON needs no stage order, so it reads no configuration (the fast path for scripts); git finds
    // the repository from any folder inside it, so no `rev-parse --show-toplevel` first.
    const git = new Git(ctx.cwd);
    if (typeof flags.remote === 'string') await git.fetchTags(flags.remote);
    const state = await readRegistry(git);
    if (flags.json) {
      ctx.stdout(`${JSON.stringify(showJson(state), null, 2)}\n`);
      return 0;
    }
    return printReportAs(ctx, showReport(state, (await openRepo(ctx)).config.stages), 'text');
  },
};

const historyUsage = `usage: mlops registry history MODEL [--json]

Every registry event of MODEL, newest first: registrations, stage assignments, deprecations, with who,
when, the commit and the PR.
`;

const history: Command = {
  name: 'registry history',
  summary: 'every event of one model: who, when, commit, PR',
  usage: historyUsage,
  async run(args, ctx) {
    const { flags, rest } = parseFlags(args, json, historyUsage, [1, 1]);
    const { git } = await openRepo(ctx);
    const state = await readRegistry(git);
    const model = rest[0] ?? '';
    if (!state.artifacts[model]) throw new UserError(`no artifact '${model}' in the registry`, { hint: 'mlops registry show lists them' });
    if (flags.json) {
      ctx.stdout(`${JSON.stringify(artifactHistory(state, model).reverse(), null, 2)}\n`);
      return 0;
    }
    return printReportAs(ctx, historyReport(state, model), 'text');
  },
};

const auditUsage = `usage: mlops registry audit [MODEL]

A Markdown audit report: each version's journey through the stages, with the PR, the approvers, the
gate's checks and the dates, as recorded in the registry tags.
`;

const audit: Command = {
  name: 'registry audit',
  summary: 'Markdown audit: each version’s journey, PRs, approvers, checks, dates',
  usage: auditUsage,
  async run(args, ctx) {
    const { rest } = parseFlags(args, {}, auditUsage, [0, 1]);
    const { git } = await openRepo(ctx);
    const state = await readRegistry(git);
    if (rest[0] && !state.artifacts[rest[0]]) throw new UserError(`no artifact '${rest[0]}' in the registry`);
    return printReportAs(ctx, auditReport(state, rest[0]), 'markdown');
  },
};

const registerUsage = `usage: mlops registry register [MODEL VERSION] [--rev REV] [--push | --remote NAME]

Without arguments: registers every model and data card at REV (default HEAD) that declares a version
not yet registered (what the register action does on the default branch; with GITHUB_TOKEN set the
release with artifacts, card, metrics and SHA256SUMS is created too). With MODEL VERSION: writes that
tag on REV. --push writes it to origin atomically.
`;

const register: Command = {
  name: 'registry register',
  summary: 'register card versions (or MODEL VERSION) as {model}@v{semver} tags',
  usage: registerUsage,
  async run(args, ctx) {
    const { flags, rest } = parseFlags(args, { ...push, rev: { type: 'string' } }, registerUsage, [0, 2]);
    const { git, config } = await openRepo(ctx);
    const rev = (flags.rev as string | undefined) ?? 'HEAD';
    const remote = remoteOf(flags);
    if (rest.length === 1) throw new UserError('give both MODEL and VERSION, or neither', { hint: registerUsage.split('\n')[0] });
    if (rest.length === 2) {
      const commit = await git.resolve(rev);
      if (!commit) throw new UserError(`no such revision '${rev}'`);
      const written = await writeRegistryTags(git, (state) => planRegister(state, rest[0] ?? '', rest[1] ?? '', commit), { remote });
      ctx.stdout(written.length ? `registered ${written.join(', ')}\n` : 'already registered: nothing to do\n');
      return 0;
    }
    const { registerFromCards } = await import('../../adapters/registry/register.js');
    const outcome = await registerFromCards({ git, config, rev, remote, github: remote ? await githubFromEnv(ctx.env) : undefined });
    const report = { purpose: 'registry', title: 'Registration', summary: outcome.tags.length ? `registered ${outcome.tags.join(', ')}` : 'nothing new to register', findings: outcome.findings, blocks: [] };
    return printReportAs(ctx, report, 'text');
  },
};

const assignUsage = `usage: mlops registry assign MODEL VERSION STAGE [--push | --remote NAME]

Records that STAGE now holds VERSION of MODEL: tag {model}#{stage}#{N} on the version's commit. Normally
written by the register action when a promotion PR is merged into the release branch.
`;

const assign: Command = {
  name: 'registry assign',
  summary: 'record a stage assignment {model}#{stage}#{N} by hand',
  usage: assignUsage,
  async run(args, ctx) {
    const { flags, rest } = parseFlags(args, push, assignUsage, [3, 3]);
    const [model = '', version = '', stage = ''] = rest;
    const { git } = await openRepo(ctx);
    const v = version.startsWith('v') ? version : `v${version}`;
    const written = await writeRegistryTags(git, (state) => planAssign(state, model, v, stage, { actor: ctx.env.GITHUB_ACTOR }), { remote: remoteOf(flags) });
    ctx.stdout(written.length ? `wrote ${written.join(', ')}\n` : `${stage} already holds ${model} ${v}: nothing to do\n`);
    return 0;
  },
};

const deprecateUsage = `usage: mlops registry deprecate MODEL [--push | --remote NAME]

Marks MODEL deprecated: tag {model}@deprecated on HEAD (GTO's format).
`;

const deprecate: Command = {
  name: 'registry deprecate',
  summary: 'deprecate a model ({model}@deprecated)',
  usage: deprecateUsage,
  async run(args, ctx) {
    const { flags, rest } = parseFlags(args, push, deprecateUsage, [1, 1]);
    const { git } = await openRepo(ctx);
    const head = await git.resolve('HEAD');
    if (!head) throw new UserError('the repository has no commit yet');
    const written = await writeRegistryTags(git, (state) => planDeprecate(state, rest[0] ?? '', head), { remote: remoteOf(flags) });
    ctx.stdout(written.length ? `wrote ${written.join(', ')}\n` : `${rest[0]} is already deprecated\n`);
    return 0;
  },
};

const rollbackUsage = `usage: mlops registry rollback MODEL STAGE [--remote NAME] [--repo OWNER/NAME]

Opens the PR that returns STAGE to the version of MODEL it held before: a branch off the release branch
with the model folder as at that version, pushed to the remote (default origin), and a PR into the
release branch when GITHUB_TOKEN is set. The gate checks it like any promotion.
`;

const rollback: Command = {
  name: 'registry rollback',
  summary: 'open the PR that returns a stage to its previous version',
  usage: rollbackUsage,
  async run(args, ctx) {
    const { flags, rest } = parseFlags(args, { remote: { type: 'string' }, repo: { type: 'string' } }, rollbackUsage, [2, 2]);
    const { git, config } = await openRepo(ctx);
    const { openRollback } = await import('../../adapters/registry/rollback.js');
    const outcome = await openRollback({ git, config, model: rest[0] ?? '', stage: rest[1] ?? '', remote: (flags.remote as string) ?? 'origin', github: await githubFromEnv(ctx.env, flags.repo as string | undefined) });
    const pr = outcome.pr ? `; PR #${outcome.pr.number}${outcome.pr.created ? ' opened' : ' already open'}: ${outcome.pr.url}` : '; set GITHUB_TOKEN to open the PR';
    ctx.stdout(`${rest[0]} in ${rest[1]}: ${outcome.from} → ${outcome.to} on branch ${outcome.branch}${pr}\n`);
    return 0;
  },
};

const pruneUsage = `usage: mlops registry prune [--dry-run] [--push | --remote NAME]

Applies the retention policy (retention.experiments in .github/mlops.yml) to experiment tags and their
pre-releases; never removes an experiment behind a registered version or in any stage's history.
`;

const prune: Command = {
  name: 'registry prune',
  summary: 'remove old experiment tags by the retention policy (--dry-run lists)',
  usage: pruneUsage,
  async run(args, ctx) {
    const { flags } = parseFlags(args, { ...push, 'dry-run': { type: 'boolean' }, ...json }, pruneUsage, [0, 0]);
    const { git, config } = await openRepo(ctx);
    const remote = remoteOf(flags);
    const dryRun = flags['dry-run'] === true;
    const { pruneExperiments } = await import('../../adapters/registry/prune.js');
    const decision = await pruneExperiments({ git, config, dryRun, remote, github: remote && !dryRun ? await githubFromEnv(ctx.env) : undefined });
    const rows = [...decision.remove.map((e) => [e.name, e.date, dryRun ? 'would remove' : 'removed']), ...decision.keep.map((k) => [k.name, k.date, `kept: ${k.why}`])];
    const report = { purpose: 'registry-prune', title: 'Retention', summary: `${decision.remove.length} to remove, ${decision.keep.length} kept`, findings: [], blocks: [{ kind: 'table' as const, table: { headers: ['experiment', 'date', 'decision'], rows } }] };
    return printReportAs(ctx, report, flags.json ? 'json' : 'text');
  },
};

/** Every `mlops registry` command. */
export const registryCommands: Command[] = [show, history, audit, register, assign, deprecate, rollback, prune];

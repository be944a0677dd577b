/** `mlops deploy plan|run|rollback`: deployments through GitHub Environments (SPEC §8). */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { plannedManifests } from '../../adapters/deploy/drivers.js';
import { runDeployment, withV } from '../../adapters/deploy/run.js';
import { Git } from '../../adapters/git.js';
import { readRegistry } from '../../adapters/registry/tags.js';
import { UserError } from '../../core/errors.js';
import { planDeployment } from '../../core/deploy/plan.js';
import { planReport } from '../../core/deploy/report.js';
import { parseDuration } from '../../core/duration.js';
import { previousStageVersion } from '../../core/registry/state.js';
import { bool, parse, positionalArgs, printReport, str } from '../args.js';
import type { Command, CommandContext } from '../command.js';
import { githubFromEnv, openRepo } from './registry-io.js';

const planUsage = `usage: mlops deploy plan MODEL STAGE [--version V] [--json]

Prints what deploying MODEL to STAGE would do under the stage's policy in .github/mlops.yml:
every step of the strategy, the rollback, and (kserve target) each manifest. Changes nothing.
`;

const runUsage = `usage: mlops deploy run MODEL STAGE [--version V] [--artifacts DIR] [--remote NAME] [--json]

Deploys MODEL to STAGE: verifies the artifacts (the release's assets against SHA256SUMS with
GITHUB_TOKEN and GITHUB_REPOSITORY set, else the files in --artifacts DIR against DIR/SHA256SUMS),
records a GitHub Deployment when a token is set, runs the strategy, and rolls back on failure.
Exit 0 when the deployment succeeded, 1 when it failed (and was rolled back).
`;

const rollbackUsage = `usage: mlops deploy rollback MODEL STAGE [--artifacts DIR] [--remote NAME] [--json]

Returns STAGE to the version it held before the current one, at once (direct), verified like a deployment.
`;

async function deploy(args: string[], ctx: CommandContext, rollback: boolean, usage: string): Promise<number> {
  const { values, positionals } = parse(args, { version: { type: 'string' }, artifacts: { type: 'string' }, remote: { type: 'string' } }, usage);
  const [model = '', stage = ''] = positionalArgs(positionals, 2, usage);
  const { root: repo, config } = await openRepo(ctx);
  const artifacts = str(values, 'artifacts');
  const gh = await githubFromEnv(ctx.env);
  const run = await runDeployment({
    repo,
    config,
    model,
    stage,
    version: str(values, 'version'),
    rollback,
    github: gh && { ...gh, runId: ctx.env.GITHUB_RUN_ID },
    artifactsDir: await mkdtemp(path.join(tmpdir(), 'mlops-artifacts-')),
    localArtifacts: artifacts ? path.resolve(ctx.cwd, artifacts) : undefined,
    remote: str(values, 'remote'),
    log: bool(values, 'json') ? undefined : (line) => ctx.stderr(`${line}\n`),
  });
  return printReport(ctx, run.report, bool(values, 'json'), { plan: run.plan, result: run.result });
}

export const deployCommands: Command[] = [
  {
    name: 'deploy plan',
    summary: 'print the steps, rollback and manifests of a deployment without running it',
    usage: planUsage,
    async run(args, ctx) {
      const { values, positionals } = parse(args, { version: { type: 'string' } }, planUsage);
      const [model = '', stage = ''] = positionalArgs(positionals, 2, planUsage);
      const { root: repo, config } = await openRepo(ctx);
      const policy = config.deploy[stage];
      if (!policy) throw new UserError(`unknown stage '${stage}'`, { hint: `stages: ${config.stages.join(', ')}` });
      const state = await readRegistry(new Git(repo));
      const inStage = state.artifacts[model]?.stages[stage]?.version;
      const given = str(values, 'version');
      const version = given ? withV(given) : inStage;
      if (!version) throw new UserError(`nothing to deploy: ${stage} holds no version of ${model}`, { hint: 'pass --version' });
      const previous = inStage === version ? previousStageVersion(state, model, stage) : inStage;
      const plan = planDeployment({ model, version, stage, previous }, policy, parseDuration(policy.pause) ?? 0);
      const target = policy.target;
      const manifests =
        target?.type === 'kserve' && target.storage_uri
          ? plannedManifests(plan, { manifestPath: target.manifest ?? 'deploy/{stage}/{model}.yaml', namespace: target.namespace ?? 'default', modelFormat: target.model_format ?? 'sklearn', storageUri: target.storage_uri }).map((m) => ({ note: m.step.note, yaml: m.yaml }))
          : [];
      return printReport(ctx, planReport(plan, manifests), bool(values, 'json'), { plan });
    },
  },
  { name: 'deploy run', summary: 'deploy a model version to a stage with its strategy, rolling back on failure', usage: runUsage, run: (a, c) => deploy(a, c, false, runUsage) },
  { name: 'deploy rollback', summary: "return a stage to its previous version at once", usage: rollbackUsage, run: (a, c) => deploy(a, c, true, rollbackUsage) },
];

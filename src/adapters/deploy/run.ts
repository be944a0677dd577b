/**
 * One deployment, end to end, shared by `mlops deploy` and actions/deploy: resolve the version and
 * what it replaces, verify the artifacts, record a GitHub Deployment, walk the plan, roll back on
 * failure, and mark the replaced deployment inactive.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { MlopsConfig } from '../../core/config/types.js';
import { parseDuration } from '../../core/duration.js';
import { UserError } from '../../core/errors.js';
import { parseSha256Sums } from '../../core/gate/evidence.js';
import { planDeployment, type DeployPlan, type Slot } from '../../core/deploy/plan.js';
import { deployReport, type DeployResult } from '../../core/deploy/report.js';
import type { Report } from '../../core/report/model.js';
import { parseTagMessage } from '../../core/registry/message.js';
import { previousStageVersion } from '../../core/registry/state.js';
import { sha256File } from '../fs/hash.js';
import { Git } from '../git.js';
import type { GitHubClient } from '../github/client.js';
import { declaredCardsAt } from '../registry/card-metadata.js';
import { readRegistry } from '../registry/tags.js';
import { loadCrdValidator } from './crd.js';
import { batchDriver, edgeDriver } from './batch.js';
import { commandDriver, kserveDriver, kubernetesDriver } from './drivers.js';
import { executeDeployment, type DeployDriver } from './executor.js';
import { downloadVerified, ensureDeployment, payloadOf, retireReplaced, setDeploymentState, type VerifiedAssets } from './github.js';
import { probesFor } from './probes.js';

export interface GitHubSide {
  client: GitHubClient;
  repo: { owner: string; repo: string };
  runId?: string;
  logUrl?: string;
}

export interface DeployOptions {
  /** The repository checkout. */
  repo: string;
  config: MlopsConfig;
  model: string;
  stage: string;
  /** The version to deploy; default: what the stage holds in the registry. */
  version?: string;
  /** Deploy the version the stage held before (rollback). */
  rollback?: boolean;
  github?: GitHubSide;
  /** Where verified artifacts are downloaded to. */
  artifactsDir: string;
  /** Offline runs: a folder holding the artifacts and their SHA256SUMS, verified instead of a release. */
  localArtifacts?: string;
  /** Git remote that GitOps manifests are pushed to. */
  remote?: string;
  log?: (line: string) => void;
  sleep?: (ms: number) => Promise<void>;
}

export interface DeployRun {
  plan: DeployPlan;
  result: DeployResult;
  report: Report;
}

/** The stage's policy, or a UserError naming the stages that exist. */
function policyFor(config: MlopsConfig, stage: string) {
  const policy = config.deploy[stage];
  if (!policy) throw new UserError(`unknown stage '${stage}'`, { file: '.github/mlops.yml', hint: `stages: ${config.stages.join(', ')}` });
  return policy;
}

/** What serves the stage now, from GitHub's deployments when available, else from the registry's history. */
async function current(o: DeployOptions, environment: string): Promise<{ version?: string; slot?: Slot }> {
  if (o.github) {
    const { client, repo } = o.github;
    const deployments = await client.paginate(client.rest.repos.listDeployments, { ...repo, environment, per_page: 100 });
    for (const d of deployments) {
      const p = payloadOf(d);
      if (p?.model !== o.model) continue;
      const statuses = await client.rest.repos.listDeploymentStatuses({ ...repo, deployment_id: d.id, per_page: 1 });
      if (statuses.data[0]?.state === 'success') return { version: String(p.serving ?? p.version), slot: p.slot as Slot | undefined };
    }
    return {};
  }
  return {};
}

/** The registration of an active version, or a UserError. */
function registration(artifact: { name: string; versions: Array<{ version: string; active: boolean; commit: string; registeredAt: string }> }, version: string) {
  const v = artifact.versions.find((x) => x.version === version && x.active);
  if (!v) throw new UserError(`${artifact.name} ${version} is not a registered version`);
  return { commit: v.commit, registeredAt: v.registeredAt };
}

/** Registry versions carry GTO's `v` (`v1.2.0`); users may type either form. */
export const withV = (version: string): string => (version.startsWith('v') ? version : `v${version}`);

/** Resolves what to deploy and what it replaces. */
async function resolveVersions(o: DeployOptions, environment: string): Promise<{ version: string; previous?: string; liveSlot?: Slot; registered: { commit: string; registeredAt: string } }> {
  const state = await readRegistry(new Git(o.repo));
  const artifact = state.artifacts[o.model];
  if (!artifact) throw new UserError(`model '${o.model}' has no registered version`, { hint: 'register it first: mlops registry register' });
  const live = await current(o, environment);
  const inStage = artifact.stages[o.stage]?.version;
  if (o.rollback) {
    const target = previousStageVersion(state, o.model, o.stage);
    if (!target) throw new UserError(`${o.stage} has no previous version of ${o.model} to roll back to`);
    return { version: target, previous: live.version ?? inStage, liveSlot: live.slot, registered: registration(artifact, target) };
  }
  const version = o.version ? withV(o.version) : inStage;
  if (!version) throw new UserError(`nothing to deploy: ${o.stage} holds no version of ${o.model}`, { hint: 'promote a version (a PR into the release branch) or pass a version' });
  const previous = live.version ?? (inStage === version ? previousStageVersion(state, o.model, o.stage) : inStage);
  return { version, previous: previous === version ? undefined : previous, liveSlot: live.slot, registered: registration(artifact, version) };
}

/** Verifies artifacts: the release's assets against its SHA256SUMS, or a local folder against its own. */
async function verifyArtifacts(o: DeployOptions, tag: string): Promise<VerifiedAssets> {
  if (o.github) return downloadVerified(o.github.client, o.github.repo, tag, o.artifactsDir, await recordedSums(o.repo, tag));
  if (!o.localArtifacts) throw new UserError('no GitHub token and no --artifacts folder: the artifacts cannot be verified', { hint: 'set GITHUB_TOKEN, or pass --artifacts DIR holding the files and SHA256SUMS' });
  const sumsFile = path.join(o.localArtifacts, 'SHA256SUMS');
  const sums = parseSha256Sums(await readFile(sumsFile, 'utf8').catch(() => { throw new UserError('SHA256SUMS is missing', { file: sumsFile }); }));
  const present = new Set(await readdir(o.localArtifacts));
  const files: VerifiedAssets['files'] = [];
  for (const [name, expected] of sums) {
    if (!present.has(name)) throw new UserError(`${name} is listed in SHA256SUMS but missing`, { file: sumsFile });
    const file = path.join(o.localArtifacts, name);
    const { sha256: actual, bytes } = await sha256File(file); // streamed: model files can be large
    if (actual !== expected) throw new UserError(`${name}: sha256 does not match SHA256SUMS`, { file: sumsFile, hint: 'the artifact changed after registration' });
    files.push({ name, sha256: actual, bytes, url: pathToFileURL(file).href });
  }
  return { dir: o.localArtifacts, files };
}

/** The SHA256SUMS digest the registration tag recorded (tags written by GTO or before it was recorded have none). */
async function recordedSums(repo: string, tag: string): Promise<string | undefined> {
  const found = (await new Git(repo).tags([`refs/tags/${tag}`])).find((t) => t.name === tag);
  return found ? parseTagMessage(found.message).meta.sha256sums : undefined;
}

/** The `signature.outputs` of the model card at the version's commit (for batch output checks). */
async function signatureOutputs(o: DeployOptions, commit: string): Promise<Array<{ name: string; type?: string }>> {
  const card = (await declaredCardsAt(new Git(o.repo), o.config, commit)).find((c) => c.artifact === o.model);
  const outputs = (card?.signature as { outputs?: unknown } | undefined)?.outputs;
  return Array.isArray(outputs) ? outputs.filter((x): x is { name: string } => typeof (x as { name?: unknown })?.name === 'string') : [];
}

/** The driver for the stage's target (the command target by default). */
async function driverFor(o: DeployOptions, plan: DeployPlan, verified: VerifiedAssets, version: { commit: string; registeredAt: string }): Promise<DeployDriver> {
  const artifactDir = verified.dir;
  const policy = policyFor(o.config, o.stage);
  const target = policy.target ?? { type: 'command' as const };
  const timeoutMs = parseDuration(policy.timeout) ?? 600_000;
  if (target.type === 'command') {
    if (!target.command) throw new UserError(`deploy.${o.stage}.target.command is not set`, { file: '.github/mlops.yml', hint: 'name the script that deploys a version, e.g. `./deploy.sh`' });
    return commandDriver({ command: target.command, cwd: o.repo, artifactDir, timeoutMs });
  }
  if (target.type === 'kserve') {
    if (!target.storage_uri) throw new UserError(`deploy.${o.stage}.target.storage_uri is not set`, { file: '.github/mlops.yml', hint: 'e.g. s3://models/{model}/{version}' });
    const crd = target.crd ? await loadCrdValidator(target.crd, o.repo) : undefined;
    return kserveDriver(
      { repo: o.repo, manifestPath: target.manifest ?? 'deploy/{stage}/{model}.yaml', branch: target.branch, remote: o.remote, namespace: target.namespace ?? 'default', modelFormat: target.model_format ?? 'sklearn', storageUri: target.storage_uri, crd },
      plan.strategy,
    );
  }
  if (target.type === 'kubernetes') {
    if (!target.image) throw new UserError(`deploy.${o.stage}.target.image is not set`, { file: '.github/mlops.yml', hint: 'the serving image, e.g. ghcr.io/acme/churn-server:{version}' });
    if (plan.strategy === 'shadow' || plan.strategy === 'ab') {
      throw new UserError(`the kubernetes target runs direct, canary and blue-green rollouts, not '${plan.strategy}'`, { file: '.github/mlops.yml', hint: 'shadow and A/B need traffic mirroring or a router: use the command target' });
    }
    return kubernetesDriver({ repo: o.repo, manifestPath: target.manifest ?? 'deploy/{stage}/{model}.yaml', branch: target.branch, remote: o.remote, namespace: target.namespace ?? 'default', image: target.image, storageUri: target.storage_uri, replicas: target.replicas ?? 4, port: target.port ?? 8080 });
  }
  if ((target.type === 'batch' || target.type === 'edge') && plan.strategy !== 'direct') {
    throw new UserError(`the ${target.type} target publishes a version as a whole: use strategy direct, not ${plan.strategy}`, { file: '.github/mlops.yml' });
  }
  if (target.type === 'batch') {
    if (!target.command || !target.input) throw new UserError(`deploy.${o.stage}.target needs \`command\` (your predict command) and \`input\` for batch`, { file: '.github/mlops.yml' });
    const gh = o.github;
    return batchDriver({
      repo: o.repo,
      command: target.command,
      input: target.input,
      output: target.output ?? 'predictions.csv',
      artifactDir,
      timeoutMs,
      signatureOutputs: await signatureOutputs(o, version.commit),
      github: gh ? { client: gh.client, repo: gh.repo, runId: gh.runId, remote: o.remote } : undefined,
    });
  }
  if (target.type === 'edge') {
    if (!o.github) throw new UserError('the edge target publishes download URLs of release assets: it needs GITHUB_TOKEN and GITHUB_REPOSITORY');
    return edgeDriver({ repo: o.repo, channelPath: target.channel ?? 'edge/{model}/{stage}.json', branch: target.branch, remote: o.remote, minRuntime: target.min_runtime, publishedAt: version.registeredAt, artifacts: verified.files.filter((f) => f.name !== 'SHA256SUMS') });
  }
  throw new UserError(`deploy target '${target.type}' is not available in this version`, { file: '.github/mlops.yml', hint: 'use `command`, `kserve`, `kubernetes`, `batch` or `edge`' });
}

/** Deploys (or rolls back) one model in one stage; see the module comment. */
export async function runDeployment(o: DeployOptions): Promise<DeployRun> {
  const log = o.log ?? (() => {});
  const policy = policyFor(o.config, o.stage);
  const environment = policy.environment;
  const { version, previous, liveSlot, registered } = await resolveVersions(o, environment);
  const strategy = o.rollback ? 'direct' : policy.strategy;
  const plan = planDeployment({ model: o.model, version, stage: o.stage, previous, liveSlot }, { strategy, steps: policy.steps }, parseDuration(policy.pause) ?? 0);
  const tag = `${o.model}@${version}`;
  log(`${o.rollback ? 'rolling back' : 'deploying'} ${o.model} ${version} to ${o.stage} (${strategy}), replacing ${previous ?? 'nothing'}`);
  const gh = o.github;
  const production = o.stage === o.config.stages[o.config.stages.length - 1];
  const slot = plan.steps.find((s) => s.action === 'switch')?.slot ?? 'primary';
  const id = gh
    ? await ensureDeployment(gh.client, gh.repo, { ref: tag, environment, production, description: `${o.model} ${version} (${strategy})`, payload: { model: o.model, version, strategy, run_id: gh.runId, ...(strategy === 'blue-green' ? { slot } : {}) } as never })
    : undefined;
  const status = async (state: Parameters<typeof setDeploymentState>[3], description: string) => {
    if (gh && id !== undefined) await setDeploymentState(gh.client, gh.repo, id, state, { description, environmentUrl: policy.url, logUrl: gh.logUrl });
  };
  await status('queued', 'verifying artifacts');
  let verified: VerifiedAssets;
  try {
    verified = await verifyArtifacts(o, tag);
  } catch (error) {
    await status('failure', (error as Error).message);
    throw error;
  }
  log(`artifacts of ${tag} verified`);
  await status('in_progress', `${strategy}: ${plan.steps.length} steps`);
  const driver = await driverFor(o, plan, verified, registered);
  const outcome = await executeDeployment(plan, {
    driver,
    probes: probesFor(policy, o.repo),
    sleep: o.sleep,
    onEntry: (e) => log(`${e.ok ? '✓' : '✗'} ${e.action} ${e.slot} ${e.version} ${e.traffic}%: ${e.detail}`),
  });
  const result: DeployResult = { ...outcome, deploymentId: id };
  if (outcome.status === 'success') {
    await status('success', `${outcome.serving ?? version} serves ${o.stage}`);
    if (gh && id !== undefined && outcome.serving === version) await retireReplaced(gh.client, gh.repo, environment, id, o.model);
    // A/B kept A: this deployment succeeded but does not serve, so what serves stays the previous one.
    else if (outcome.serving !== version) await status('inactive', `${outcome.serving ?? 'the previous version'} kept`);
  } else {
    await status('failure', outcome.reason ?? 'failed');
  }
  return { plan, result, report: deployReport(plan, result) };
}

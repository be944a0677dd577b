/** Deploy targets: the user's command, or GitOps manifests (KServe, plain Kubernetes) committed for Argo CD or Flux to apply. */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from '../../core/yaml/library.js';
import { UserError } from '../../core/errors.js';
import { inferenceService, k8sName } from '../../core/deploy/kserve.js';
import { kubernetesObjects, slotState, type KubernetesOptions } from '../../core/deploy/kubernetes.js';
import type { DeployPlan, PlanStep } from '../../core/deploy/plan.js';
import type { DeployStrategy } from '../../core/config/types.js';
import { insideRoot } from '../fs/inside.js';
import { Git } from '../git.js';
import { runCommand } from './command.js';
import type { CrdValidator } from './crd.js';
import type { DeployDriver } from './executor.js';

export interface CommandDriverOptions {
  command: string;
  cwd: string;
  artifactDir: string;
  timeoutMs: number;
  env?: NodeJS.ProcessEnv;
}

/** Runs the user's deploy script for every step; a non-zero exit or a timeout fails the step. */
export function commandDriver(options: CommandDriverOptions): DeployDriver {
  return {
    name: 'command',
    async apply(step, plan) {
      const r = await runCommand(options.command, {
        action: step.action,
        model: plan.model,
        version: step.version,
        stage: plan.stage,
        slot: step.slot,
        traffic: step.traffic,
        mirror: step.mirror ?? false,
        artifactDir: options.artifactDir,
        previousVersion: plan.previous,
      }, { cwd: options.cwd, timeoutMs: options.timeoutMs, env: options.env });
      const tail = r.output.trim().split('\n').slice(-3).join(' | ');
      if (r.timedOut) return { ok: false, detail: `deploy command killed after its ${Math.round(options.timeoutMs / 1000)}s timeout${tail ? `: ${tail}` : ''}` };
      if (r.code !== 0) return { ok: false, detail: `deploy command exited ${r.code ?? r.signal}${tail ? `: ${tail}` : ''}` };
      return { ok: true, detail: `${step.note}${tail ? ` (${tail})` : ''}` };
    },
  };
}

export interface KServeDriverOptions {
  /** The repository checkout (GITHUB_WORKSPACE). */
  repo: string;
  /** Repository-relative manifest file; `{model}` and `{stage}` substituted. */
  manifestPath: string;
  /** Branch the manifests are committed to; the checkout's current branch when absent. */
  branch?: string;
  /** Remote to push to; no push when absent (local runs). */
  remote?: string;
  namespace: string;
  modelFormat: string;
  storageUri: string;
  crd?: CrdValidator;
}

const KSERVE_STRATEGIES: readonly DeployStrategy[] = ['direct', 'canary'];

/** Commits one InferenceService per step; an unchanged manifest makes no commit, so reruns converge. */
export function kserveDriver(options: KServeDriverOptions, strategy: DeployStrategy): DeployDriver {
  if (!KSERVE_STRATEGIES.includes(strategy)) {
    throw new UserError(`the kserve target runs ${KSERVE_STRATEGIES.join(' and ')} rollouts, not '${strategy}'`, {
      hint: 'KServe splits traffic with canaryTrafficPercent; use the command target for blue-green, shadow or A/B',
    });
  }
  return {
    name: 'kserve',
    async apply(step, plan) {
      const rel = options.manifestPath.replaceAll('{model}', k8sName(plan.model)).replaceAll('{stage}', plan.stage);
      if (path.isAbsolute(rel) || rel.split(/[\\/]/).includes('..')) throw new UserError(`manifest path '${rel}' must stay inside the repository`);
      if (step.action === 'check' || step.action === 'retire') return { ok: true, detail: `${step.note} (KServe keeps the previous revision)` };
      const object = inferenceService(
        { name: k8sName(plan.model), namespace: options.namespace, modelFormat: options.modelFormat, storageUri: options.storageUri, model: plan.model, version: step.version },
        step,
      );
      const problems = options.crd?.validate(object) ?? [];
      if (problems.length) return { ok: false, detail: `manifest rejected by the InferenceService schema: ${problems.join('; ')}` };
      const text = `# Written by gitops-mlops: ${plan.model} ${step.version} in ${plan.stage} (${step.note}).\n${stringify(object)}`;
      const commit = await commitFile(options, rel, text, `deploy(${plan.stage}): ${plan.model} ${step.version} at ${step.traffic}%`);
      return { ok: true, detail: `${step.note}; ${rel} ${commit ? `committed ${commit.slice(0, 12)}` : 'unchanged'}` };
    },
  };
}

/** Writes and commits one file on the target branch (through a temporary worktree); undefined when unchanged. */
export async function commitFile(options: Pick<KServeDriverOptions, 'repo' | 'branch' | 'remote'>, rel: string, text: string, message: string): Promise<string | undefined> {
  const git = new Git(options.repo);
  let dir = options.repo;
  let cleanup = async () => {};
  if (options.branch) {
    dir = await mkdtemp(path.join(tmpdir(), 'mlops-deploy-'));
    const exists = Boolean(await git.resolve(`refs/heads/${options.branch}`));
    if (!exists && options.remote) await git.run(['fetch', '--quiet', options.remote, `+refs/heads/${options.branch}:refs/heads/${options.branch}`], { allowFailure: true });
    const known = Boolean(await git.resolve(`refs/heads/${options.branch}`));
    await git.run(known ? ['worktree', 'add', '--quiet', dir, options.branch] : ['worktree', 'add', '--quiet', '-b', options.branch, dir]);
    cleanup = async () => {
      await git.run(['worktree', 'remove', '--force', dir], { allowFailure: true });
      await rm(dir, { recursive: true, force: true });
    };
  }
  try {
    // The path comes from .github/mlops.yml, and the branch's tree may hold symlinks: stay inside.
    const file = insideRoot(dir, rel, '.github/mlops.yml');
    if (existsSync(file) && (await readFile(file, 'utf8')) === text) return undefined;
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text);
    const wt = new Git(dir);
    await wt.run(['add', '--', rel]);
    await wt.run(['commit', '--quiet', '-m', message, '--', rel], { env: await wt.identityEnv() });
    const sha = (await wt.resolve('HEAD'))!;
    if (options.remote) await wt.run(['push', '--quiet', options.remote, `HEAD:refs/heads/${options.branch ?? (await currentBranch(wt))}`]);
    return sha;
  } finally {
    await cleanup();
  }
}

async function currentBranch(git: Git): Promise<string> {
  return (await git.run(['symbolic-ref', '--short', 'HEAD'])).stdout.trim();
}

/** For `mlops deploy plan`: the manifests each step would commit, without committing them. */
export function plannedManifests(plan: DeployPlan, options: Omit<KServeDriverOptions, 'repo' | 'remote' | 'branch'>): Array<{ step: PlanStep; yaml: string }> {
  return plan.steps
    .filter((s) => s.action !== 'check' && s.action !== 'retire')
    .map((step) => ({
      step,
      yaml: stringify(
        inferenceService({ name: k8sName(plan.model), namespace: options.namespace, modelFormat: options.modelFormat, storageUri: options.storageUri, model: plan.model, version: step.version }, step),
      ),
    }));
}

export interface KubernetesDriverOptions extends Omit<KubernetesOptions, 'model'> {
  repo: string;
  manifestPath: string;
  branch?: string;
  remote?: string;
}

/** Validates an object with the Kubernetes OpenAPI models (apps/v1 Deployment, v1 Service); problems as text. */
export async function validateKubernetes(object: Record<string, unknown>): Promise<string[]> {
  const { Deployment } = await import('kubernetes-models/apps/v1/Deployment');
  const { Service } = await import('kubernetes-models/v1/Service');
  const Model = object.kind === 'Deployment' ? Deployment : Service;
  try {
    new Model(object as never).validate();
    return [];
  } catch (error) {
    return [`${String(object.kind)} ${String((object.metadata as { name?: string })?.name)}: ${(error as Error).message}`];
  }
}

/** Commits the slots' Deployments and the Service after every step; an unchanged file makes no commit. */
export function kubernetesDriver(options: KubernetesDriverOptions): DeployDriver {
  return {
    name: 'kubernetes',
    async apply(step, plan) {
      const rel = options.manifestPath.replaceAll('{model}', k8sName(plan.model)).replaceAll('{stage}', plan.stage);
      if (path.isAbsolute(rel) || rel.split(/[\\/]/).includes('..')) throw new UserError(`manifest path '${rel}' must stay inside the repository`);
      if (step.action === 'check') return { ok: true, detail: step.note };
      const objects = kubernetesObjects({ ...options, model: plan.model }, slotState(plan, step, options.replicas));
      const problems = (await Promise.all(objects.map(validateKubernetes))).flat();
      if (problems.length) return { ok: false, detail: `manifest rejected by the Kubernetes schema: ${problems.join('; ')}` };
      const text = `# Written by gitops-mlops: ${plan.model} in ${plan.stage} (${step.note}).\n${objects.map((o) => stringify(o)).join('---\n')}`;
      const commit = await commitFile(options, rel, text, `deploy(${plan.stage}): ${plan.model} ${step.version} ${step.action} ${step.slot} ${step.traffic}%`);
      return { ok: true, detail: `${step.note}; ${rel} ${commit ? `committed ${commit.slice(0, 12)}` : 'unchanged'}` };
    },
  };
}

import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { runCommand, stepEnv, type CommandStep } from '../../../src/adapters/deploy/command.js';
import { loadCrdValidator } from '../../../src/adapters/deploy/crd.js';
import { edgeDriver } from '../../../src/adapters/deploy/batch.js';
import { kserveDriver, kubernetesDriver, validateKubernetes } from '../../../src/adapters/deploy/drivers.js';
import { pollHealth, probe } from '../../../src/adapters/deploy/health.js';
import { planDeployment } from '../../../src/core/deploy/plan.js';
import { parseAllDocuments } from 'yaml';
import { addBareRemote, git, gitEnv, makeRepo, tempDir } from '../../helpers/repo.js';
import { startModelServer } from '../../helpers/model-server.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const crdFile = path.resolve(root, '../shared/corpus/kserve/serving.kserve.io_inferenceservices.yaml');
const step: CommandStep = { action: 'deploy', model: 'churn', version: 'v1.1.0', stage: 'production', slot: 'canary', traffic: 10, mirror: false, artifactDir: '/tmp/a', previousVersion: 'v1.0.0' };

beforeAll(() => {
  Object.assign(process.env, gitEnv);
});

describe('the command target', () => {
  it('gives the script the step in MLOPS_* variables and keeps its output', async () => {
    const r = await runCommand('echo "$MLOPS_ACTION $MLOPS_SLOT $MLOPS_VERSION $MLOPS_TRAFFIC $MLOPS_PREVIOUS_VERSION"', step, { cwd: root, timeoutMs: 5000 });
    expect(r).toMatchObject({ code: 0, timedOut: false, output: 'deploy canary v1.1.0 10 v1.0.0\n' });
    expect(stepEnv(step)).toMatchObject({ MLOPS_MODEL: 'churn', MLOPS_STAGE: 'production', MLOPS_MIRROR: 'false', MLOPS_ARTIFACT_DIR: '/tmp/a' });
  });

  it('reports a failing script with its exit code', async () => {
    expect(await runCommand('echo nope >&2; exit 3', step, { cwd: root, timeoutMs: 5000 })).toMatchObject({ code: 3, output: 'nope\n' });
  });

  it('kills a hanging script and its children after the timeout', async () => {
    const r = await runCommand('sleep 30 & sleep 30; wait', step, { cwd: root, timeoutMs: 300 });
    expect(r.timedOut).toBe(true);
    expect(r.durationMs).toBeLessThan(10_000);
  });
});

describe('health polling', () => {
  it('times out on an endpoint that never answers instead of hanging', async () => {
    const silent = createServer(() => {}); // accepts connections, never answers
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    const port = (silent.address() as { port: number }).port;
    const p = await probe(`http://127.0.0.1:${port}/health`, 300);
    silent.close();
    expect(p).toMatchObject({ status: 0, error: 'timeout after 300 ms' });
  });

  it('counts a refused connection as a failed probe and judges the slot unhealthy', async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as { port: number }).port;
    await new Promise<void>((r) => closed.close(() => r()));
    const v = await pollHealth({ url: `http://127.0.0.1:${port}/health`, durationMs: 0, intervalMs: 10, timeoutMs: 500, error_rate: 0 });
    expect(v.healthy).toBe(false);
    expect(v.reasons[0]).toMatch(/error rate 100\.0% exceeds 0\.0% \(first failure: ECONNREFUSED\)/);
  });

  it('probes the slot named in the URL and reads service metrics', async () => {
    const server = await startModelServer({ canary: { version: 'v2', traffic: 10 } });
    const v = await pollHealth({ url: `${server.url}/canary/health`, durationMs: 200, intervalMs: 50, timeoutMs: 1000, latency_p95_ms: 1000 });
    await server.close();
    expect(v).toMatchObject({ healthy: true, failedProbes: 0 });
    expect(v.probes).toBeGreaterThanOrEqual(2);
  });
});

describe('the kserve target', () => {
  it('commits one validated InferenceService per traffic step to the deploy branch, and nothing on a rerun', async () => {
    const repo = makeRepo();
    addBareRemote(repo);
    const crd = await loadCrdValidator(crdFile);
    const plan = planDeployment({ model: 'churn', version: 'v1.1.0', stage: 'production', previous: 'v1.0.0' }, { strategy: 'canary', steps: [25, 100] });
    const driver = kserveDriver({ repo, manifestPath: 'deploy/{stage}/{model}.yaml', branch: 'deploy', remote: 'origin', namespace: 'ml', modelFormat: 'sklearn', storageUri: 's3://models/{model}/{version}', crd }, 'canary');
    for (const s of plan.steps) expect((await driver.apply(s, plan)).ok).toBe(true);
    git(repo, 'fetch', '--quiet', 'origin', 'deploy');
    const log = git(repo, 'log', '--format=%s', 'origin/deploy').trim().split('\n');
    expect(log.slice(0, 2)).toEqual(['deploy(production): churn v1.1.0 at 100%', 'deploy(production): churn v1.1.0 at 25%']);
    const manifest = git(repo, 'show', 'origin/deploy:deploy/production/churn.yaml');
    expect(manifest).toMatch(/storageUri: s3:\/\/models\/churn\/v1\.1\.0/);
    expect(manifest).not.toMatch(/canaryTrafficPercent/);
    const again = await driver.apply(plan.steps.find((s) => s.action === 'switch')!, plan);
    expect(again.detail).toMatch(/unchanged/);
    git(repo, 'fetch', '--quiet', 'origin', 'deploy');
    expect(git(repo, 'log', '--format=%s', 'origin/deploy').trim().split('\n')).toHaveLength(log.length);
  });

  it('refuses strategies KServe cannot split traffic for', () => {
    expect(() => kserveDriver({ repo: '.', manifestPath: 'x.yaml', namespace: 'ml', modelFormat: 'sklearn', storageUri: 's3://x' }, 'blue-green')).toThrow(/runs direct and canary rollouts, not 'blue-green'/);
  });
});

describe('GitOps files stay inside the repository', () => {
  const plan = planDeployment({ model: 'churn', version: 'v1.1.0', stage: 'production' }, { strategy: 'direct', steps: [100] });
  const deploy = plan.steps.find((s) => s.action === 'deploy' || s.action === 'switch')!;

  it('refuses an edge channel path that climbs out of the repository, writing nothing', async () => {
    const repo = makeRepo();
    const escape = `../${path.basename(repo)}-{model}.json`;
    const driver = edgeDriver({ repo, channelPath: escape, publishedAt: '2026-01-01T00:00:00Z', artifacts: [] });
    await expect(driver.apply(deploy, plan)).rejects.toThrow(/outside the repository/);
    expect(existsSync(path.resolve(repo, escape.replace('{model}', 'churn')))).toBe(false);
  });

  it('refuses a manifest path that goes through a symlink leaving the repository', async () => {
    const repo = makeRepo();
    const outside = tempDir();
    symlinkSync(outside, path.join(repo, 'deploy'));
    const driver = kserveDriver({ repo, manifestPath: 'deploy/{model}.yaml', namespace: 'ml', modelFormat: 'sklearn', storageUri: 's3://x' }, 'direct');
    await expect(driver.apply(deploy, plan)).rejects.toThrow(/outside the repository/);
    expect(existsSync(path.join(outside, 'churn.yaml'))).toBe(false);
  });

  it('refuses a configured CRD file outside the repository, unread', async () => {
    const repo = makeRepo();
    mkdirSync(path.join(repo, 'k8s'));
    await expect(loadCrdValidator(crdFile, repo)).rejects.toThrow(/outside the repository/);
  });
});

describe('the kubernetes target', () => {
  const options = (repo: string) => ({ repo, manifestPath: 'deploy/{stage}/{model}.yaml', remote: 'origin', namespace: 'ml', image: 'ghcr.io/acme/churn:{version}', storageUri: 's3://m/{model}/{version}', replicas: 4, port: 8080 });
  const docs = (repo: string) =>
    parseAllDocuments(git(repo, 'show', 'HEAD:deploy/production/churn.yaml')).map((d) => d.toJS() as { kind: string; metadata: { name: string; annotations?: Record<string, string> }; spec: { replicas?: number; selector: Record<string, unknown> } });

  it('splits a canary by replicas between primary and canary, then promotes it', async () => {
    const repo = makeRepo();
    addBareRemote(repo);
    const plan = planDeployment({ model: 'churn', version: 'v1.1.0', stage: 'production', previous: 'v1.0.0' }, { strategy: 'canary', steps: [25, 100] });
    const driver = kubernetesDriver(options(repo));
    expect((await driver.apply(plan.steps[0]!, plan)).ok).toBe(true);
    const canary = docs(repo);
    expect(canary.map((d) => `${d.kind} ${d.metadata.name} ${d.spec.replicas ?? ''} ${d.metadata.annotations?.['mlops.github.io/version'] ?? ''}`.trim())).toEqual([
      'Deployment churn-primary 3 v1.0.0',
      'Deployment churn-canary 1 v1.1.0',
      'Service churn',
    ]);
    expect(canary[2]!.spec.selector).toEqual({ 'app.kubernetes.io/name': 'churn' });
    await driver.apply(plan.steps.find((s) => s.action === 'switch')!, plan);
    expect(docs(repo).map((d) => `${d.kind} ${d.metadata.name} ${d.spec.replicas ?? ''}`.trim())).toEqual(['Deployment churn-primary 4', 'Service churn']);
  });

  it('blue-green keeps both slots and moves the Service selector on the switch', async () => {
    const repo = makeRepo();
    addBareRemote(repo);
    const plan = planDeployment({ model: 'churn', version: 'v1.1.0', stage: 'production', previous: 'v1.0.0', liveSlot: 'blue' }, { strategy: 'blue-green', steps: [] });
    const driver = kubernetesDriver(options(repo));
    await driver.apply(plan.steps[0]!, plan);
    expect(docs(repo).find((d) => d.kind === 'Service')!.spec.selector).toMatchObject({ 'mlops.github.io/slot': 'blue' });
    await driver.apply(plan.steps.find((s) => s.action === 'switch')!, plan);
    const after = docs(repo);
    expect(after.find((d) => d.kind === 'Service')!.spec.selector).toMatchObject({ 'mlops.github.io/slot': 'green' });
    expect(after.filter((d) => d.kind === 'Deployment').map((d) => `${d.metadata.name} ${d.metadata.annotations?.['mlops.github.io/version']}`)).toEqual(['churn-blue v1.0.0', 'churn-green v1.1.0']);
  });

  it('validates objects against the Kubernetes schemas', async () => {
    expect(await validateKubernetes({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'x' }, spec: { replicas: 'one', selector: {}, template: {} } })).toEqual([
      expect.stringMatching(/Deployment x: .*replicas must be integer/),
    ]);
  });
});


/**
 * actions/deploy end to end: the built bundle under Node 24 as a runner runs it, against the GitHub
 * emulator (releases, deployments, statuses) and a local model server driven by a real deploy script.
 */
import { createHash } from 'node:crypto';
import { chmodSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { createClient, type GitHubClient } from '../../src/adapters/github/client.js';
import { ensureRelease } from '../../src/adapters/github/releases.js';
import { Git } from '../../src/adapters/git.js';
import { writeRegistryTags } from '../../src/adapters/registry/tags.js';
import { planAssign, planRegister } from '../../src/core/registry/plan.js';
import { startEmulator, type Emulator } from '../harness/emulator/index.js';
import { runAction, webhookExample, retarget } from '../harness/runner.js';
import { startModelServer, type ModelServer } from '../helpers/model-server.js';
import { git, gitEnv, makeRepo, writeFiles } from '../helpers/repo.js';

const repoId = { owner: 'octo-org', repo: 'models' };
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const script = `#!/usr/bin/env bash
set -euo pipefail
test -f "$MLOPS_ARTIFACT_DIR/model.json"
curl -sf -X POST "$MODEL_SERVER/admin/apply?action=$MLOPS_ACTION&slot=$MLOPS_SLOT&version=$MLOPS_VERSION&traffic=$MLOPS_TRAFFIC" >/dev/null
echo "applied $MLOPS_ACTION $MLOPS_SLOT $MLOPS_VERSION $MLOPS_TRAFFIC"
`;

interface World {
  emulator: Emulator;
  server: ModelServer;
  repo: string;
  client: GitHubClient;
}

let opened: World[] = [];

beforeAll(() => {
  Object.assign(process.env, gitEnv, { MLOPS_GITHUB_WRITE_INTERVAL_MS: '0' });
});

afterEach(async () => {
  for (const w of opened) {
    await w.server.close();
    await w.emulator.close();
  }
  opened = [];
});

/** A repository with two registered versions of `churn`, v1.0.0 live in production, v1.1.0 assigned to it. */
async function world(deploy: (server: string) => string, extraFiles: Record<string, string> = {}): Promise<World> {
  const emulator = await startEmulator(repoId);
  const server = await startModelServer();
  const config = `stages: [staging, production]\nmodels:\n  - { name: churn, path: models/churn }\ndeploy:\n  production:\n${deploy(server.url)}`;
  const repo = makeRepo({ '.github/mlops.yml': config, 'deploy.sh': script, 'models/churn/model.json': '{"weights": [1]}\n', ...extraFiles });
  chmodSync(path.join(repo, 'deploy.sh'), 0o755);
  git(repo, 'add', '-A');
  git(repo, 'commit', '--quiet', '--allow-empty', '-m', 'deploy script');
  git(repo, 'remote', 'add', 'origin', emulator.bareRepo);
  const g = new Git(repo);
  const v1 = (await g.resolve('HEAD'))!;
  writeFiles(repo, { 'models/churn/model.json': '{"weights": [2]}\n' });
  git(repo, 'commit', '--quiet', '-am', 'retrain');
  const v2 = (await g.resolve('HEAD'))!;
  git(repo, 'push', '--quiet', 'origin', 'main');
  // Registration records the digest of each release's SHA256SUMS in the version tag, as actions/register does.
  const sums = (weights: number) => `${sha256(`{"weights": [${weights}]}\n`)}  model.json\n`;
  await writeRegistryTags(g, (s) => planRegister(s, 'churn', '1.0.0', v1, { sha256sums: sha256(sums(1)) }), { remote: 'origin' });
  await writeRegistryTags(g, (s) => planRegister(s, 'churn', '1.1.0', v2, { sha256sums: sha256(sums(2)) }), { remote: 'origin' });
  await writeRegistryTags(g, (s) => planAssign(s, 'churn', 'v1.0.0', 'production'), { remote: 'origin' });
  await writeRegistryTags(g, (s) => planAssign(s, 'churn', 'v1.1.0', 'production'), { remote: 'origin' });
  const client = createClient({ token: emulator.tokens.personal('release-bot'), baseUrl: emulator.url });
  for (const [version, weights] of [['v1.0.0', 1], ['v1.1.0', 2]] as const) {
    const model = `{"weights": [${weights}]}\n`;
    await ensureRelease(client, repoId, {
      tag: `churn@${version}`,
      name: `churn ${version}`,
      assets: [
        { name: 'model.json', data: model },
        { name: 'SHA256SUMS', data: sums(weights) },
      ],
    });
  }
  // v1.0.0 is live: a successful deployment from an earlier run, served from the blue slot.
  const first = await client.rest.repos.createDeployment({ ...repoId, ref: 'churn@v1.0.0', environment: 'production', auto_merge: false, required_contexts: [], payload: { model: 'churn', version: 'v1.0.0', strategy: 'direct', slot: 'blue' } });
  await client.rest.repos.createDeploymentStatus({ ...repoId, deployment_id: (first.data as { id: number }).id, state: 'success' });
  server.slots.primary = { version: 'v1.0.0', traffic: 100 };
  server.slots.blue = { version: 'v1.0.0', traffic: 100 };
  const w = { emulator, server, repo, client };
  opened.push(w);
  return w;
}

const health = (url: string) => `    health: { url: "${url}/{slot}/health", duration: 600ms, interval: 200ms, timeout: 2s, error_rate: 0 }\n`;
const command = '    target: { type: command, command: ./deploy.sh }\n    url: https://churn.example.com\n';

async function deploy(w: World, inputs: Record<string, string> = {}) {
  const payload = retarget(webhookExample('push'), { repository: `${repoId.owner}/${repoId.repo}` });
  return runAction({
    bundle: 'deploy',
    inputs: { model: 'churn', stage: 'production', ...inputs },
    event: { name: 'push', payload },
    workspace: w.repo,
    emulator: w.emulator,
    token: w.emulator.tokens.installation,
    env: { MODEL_SERVER: w.server.url, MLOPS_GITHUB_WRITE_INTERVAL_MS: '0' },
    timeoutMs: 60_000,
  });
}

/** The deployments of the emulator as `version: state, state …`, oldest first. */
function deploymentStory(w: World): string[] {
  return w.emulator.state.deployments.map((d) => `${(d.payload as { version?: string }).version}: ${d.statuses.map((s) => s.state).join(', ')}`);
}

/** The step's exit code, with its log and annotations in the failure message when it is not `code`. */
function expectExit(r: Awaited<ReturnType<typeof deploy>>, code: number): void {
  if (r.code !== code) throw new Error(`deploy exited ${r.code}, expected ${code}\n${r.annotations.map((a) => `${a.level}: ${a.message}`).join('\n')}\n${r.stdout.slice(-3000)}\n${r.stderr.slice(-2000)}`);
}

describe('actions/deploy', () => {
  it('runs a canary through 10 → 50 → 100 with health checks and retires the replaced deployment', async () => {
    const w = await world((url) => `    strategy: canary\n    steps: [10, 50, 100]\n${health(url)}${command}`);
    const r = await deploy(w);
    expectExit(r, 0);
    expect(w.server.applied).toEqual(['deploy canary v1.1.0 10', 'traffic canary v1.1.0 50', 'switch primary v1.1.0 100', 'retire canary v1.1.0 0']);
    expect(w.server.slots.primary).toEqual({ version: 'v1.1.0', traffic: 100 });
    expect(deploymentStory(w)).toEqual(['v1.0.0: success, inactive', 'v1.1.0: queued, in_progress, success']);
    const created = w.emulator.state.deployments[1]!;
    expect(created).toMatchObject({ ref: 'churn@v1.1.0', environment: 'production', payload: { model: 'churn', version: 'v1.1.0', strategy: 'canary' } });
    expect(created.statuses.at(-1)).toMatchObject({ environmentUrl: 'https://churn.example.com' });
    expect(r.outputs).toMatchObject({ status: 'success', version: 'v1.1.0', serving: 'v1.1.0', 'rolled-back': 'false' });
    expect(r.summary).toMatch(/switch.*primary.*v1\.1\.0.*100%/);
    w.emulator.assertNoViolations();
  });

  it('rolls a canary back when the health check fails at 50 %', async () => {
    const w = await world((url) => `    strategy: canary\n    steps: [10, 50, 100]\n${health(url)}${command}`);
    w.server.failVersion('v1.1.0', 50);
    const r = await deploy(w);
    expectExit(r, 1);
    expect(w.server.applied).toEqual(['deploy canary v1.1.0 10', 'traffic canary v1.1.0 50', 'switch primary v1.0.0 100']);
    expect(w.server.slots).toEqual({ primary: { version: 'v1.0.0', traffic: 100 }, blue: { version: 'v1.0.0', traffic: 0 } });
    expect(deploymentStory(w)).toEqual(['v1.0.0: success', 'v1.1.0: queued, in_progress, failure']);
    expect(r.outputs).toMatchObject({ status: 'failure', serving: 'v1.0.0', 'rolled-back': 'true' });
    expect(r.annotations.some((a) => a.level === 'error' && /HTTP 503/.test(a.message))).toBe(true);
    w.emulator.assertNoViolations();
  });

  it('blue-green deploys to the idle slot, checks it, switches, and keeps the old slot', async () => {
    const w = await world((url) => `    strategy: blue-green\n${health(url)}${command}`);
    const r = await deploy(w);
    expectExit(r, 0);
    expect(w.server.applied).toEqual(['deploy green v1.1.0 0', 'switch green v1.1.0 100']);
    expect(w.server.slots.green).toEqual({ version: 'v1.1.0', traffic: 100 });
    expect(w.server.slots.blue).toEqual({ version: 'v1.0.0', traffic: 0 });
    expect(w.emulator.state.deployments[1]!.payload).toMatchObject({ slot: 'green' });
    w.emulator.assertNoViolations();
  });

  it('shadow compares predictions with the live model and never switches', async () => {
    const inputs = Array.from({ length: 20 }, (_, i) => JSON.stringify({ tenure_months: i })).join('\n');
    const shadow = (url: string) => `    strategy: shadow\n${health(url)}${command}    shadow: { inputs: shadow-inputs.jsonl, url: "${url}/{slot}/predict", max_disagreement: 0.1 }\n`;
    const agreeing = await world(shadow, { 'shadow-inputs.jsonl': `${inputs}\n` });
    // Both models answer in 20 ms, as a served model does (the latency tolerance, 5 ms by default, also
    // keeps a local server's 1–2 ms from making the 1.5× ratio a coin toss on a millisecond of jitter).
    agreeing.server.slowVersion('v1.0.0', 20);
    agreeing.server.slowVersion('v1.1.0', 20);
    const ok = await deploy(agreeing);
    expectExit(ok, 0);
    expect(agreeing.server.slots.primary).toEqual({ version: 'v1.0.0', traffic: 100 });
    expect(ok.summary).toMatch(/shadow agrees: 20 inputs, 0\.0% disagreement/);
    expect(deploymentStory(agreeing)).toEqual(['v1.0.0: success', 'v1.1.0: queued, in_progress, success, inactive']);

    const disagreeing = await world(shadow, { 'shadow-inputs.jsonl': `${inputs}\n` });
    disagreeing.server.shiftVersion('v1.1.0', 3);
    const bad = await deploy(disagreeing);
    expectExit(bad, 1);
    expect(bad.summary).toMatch(/predictions differ on 100\.0% of inputs/);
    expect(disagreeing.server.applied).toEqual(['deploy shadow v1.1.0 0', 'retire shadow v1.1.0 0']);
    expect(disagreeing.server.slots.primary).toEqual({ version: 'v1.0.0', traffic: 100 });
    disagreeing.emulator.assertNoViolations();
  });

  it('decides an A/B test on logged outcomes and keeps the winner', async () => {
    const rows = [
      ...Array.from({ length: 400 }, (_, i) => ({ variant: 'a', value: i < 40 ? 1 : 0 })),
      ...Array.from({ length: 400 }, (_, i) => ({ variant: 'b', value: i < 80 ? 1 : 0 })),
    ];
    const w = await world((url) => `    strategy: ab\n    steps: [50]\n${health(url)}${command}    ab: { outcomes: outcomes.jsonl, min_samples: 200 }\n`, {
      'outcomes.jsonl': `${rows.map((r) => JSON.stringify(r)).join('\n')}\n`,
    });
    const r = await deploy(w);
    expectExit(r, 0);
    expect(w.server.applied).toEqual(['deploy b v1.1.0 50', 'switch primary v1.1.0 100']);
    expect(r.summary).toMatch(/B better than A \(p = [0-9.e-]+ &lt; 0\.05\): B is kept/);
    expect(r.summary).toMatch(/\| decide \| b \| v1\.1\.0 \| 100% \|/);
    expect(r.outputs.serving).toBe('v1.1.0');
    w.emulator.assertNoViolations();
  });

  it('refuses a version whose release asset was tampered with, before anything changes', async () => {
    const w = await world((url) => `    strategy: direct\n${health(url)}${command}`);
    const release = w.emulator.state.releases.find((x) => x.tagName === 'churn@v1.1.0')!;
    release.assets.find((a) => a.name === 'model.json')!.data = Buffer.from('{"weights": [666]}\n');
    const r = await deploy(w);
    expectExit(r, 1);
    expect(w.server.applied).toEqual([]);
    expect(r.annotations.map((a) => a.message).join('\n')).toMatch(/model\.json: sha256 .* does not match SHA256SUMS/);
    expect(deploymentStory(w)).toEqual(['v1.0.0: success', 'v1.1.0: queued, failure']);
    w.emulator.assertNoViolations();
  });

  it('batch: runs the predict command with the verified version, checks the signature, records output and lineage', async () => {
    const card = '---\nname: churn\nversion: 1.1.0\nsignature:\n  inputs: [{ name: tenure_months }]\n  outputs: [{ name: customer_id }, { name: prediction }]\n---\n# churn\n';
    const predict = '#!/usr/bin/env bash\nset -euo pipefail\ntest -f "$MLOPS_ARTIFACT_DIR/model.json"\n{ echo customer_id,prediction; tail -n +2 "$MLOPS_INPUT" | cut -d, -f1 | sed "s/$/,1/"; } > "$MLOPS_OUTPUT"\n';
    const w = await world(() => '    target: { type: batch, command: ./predict.sh, input: data/batch.csv }\n', {
      'predict.sh': predict,
      'data/batch.csv': 'customer_id,tenure_months\nC1,3\nC2,40\nC3,12\n',
      'models/churn/MODEL_CARD.md': card,
    });
    chmodSync(path.join(w.repo, 'predict.sh'), 0o755);
    const r = await deploy(w);
    expectExit(r, 0);
    const release = w.emulator.state.releases.find((x) => x.tagName.startsWith('batch/churn/production/run-'))!;
    expect(release.assets.map((a) => a.name).sort()).toEqual(['SHA256SUMS', 'lineage.json', 'predictions.csv']);
    expect(release.assets.find((a) => a.name === 'predictions.csv')!.data.toString()).toBe('customer_id,prediction\nC1,1\nC2,1\nC3,1\n');
    const lineage = JSON.parse(release.assets.find((a) => a.name === 'lineage.json')!.data.toString());
    expect(lineage).toMatchObject({ model: 'churn', version: 'v1.1.0', input: { path: 'data/batch.csv', bytes: 43, sha256: sha256('customer_id,tenure_months\nC1,3\nC2,40\nC3,12\n') }, output: { rows: 3 } });
    // A rerun of the same workflow run converges on the same release.
    expect((await deploy(w)).code).toBe(0);
    expect(w.emulator.state.releases.filter((x) => x.tagName.startsWith('batch/'))).toHaveLength(1);
    w.emulator.assertNoViolations();
  });

  it('batch: an output without the signature outputs fails the deployment', async () => {
    const card = '---\nname: churn\nversion: 1.1.0\nsignature:\n  inputs: [{ name: tenure_months }]\n  outputs: [{ name: churn_probability }]\n---\n# churn\n';
    const w = await world(() => '    target: { type: batch, command: "echo id,score > $MLOPS_OUTPUT", input: data/batch.csv }\n', {
      'data/batch.csv': 'customer_id\nC1\n',
      'models/churn/MODEL_CARD.md': card,
    });
    const r = await deploy(w);
    expectExit(r, 1);
    expect(r.summary).toMatch(/output column 'churn_probability' of the model's signature is missing \(columns: id, score\)/);
  });

  it('edge: publishes a channel with checksums and download URLs, once', async () => {
    const w = await world(() => '    target: { type: edge, min_runtime: "2.1" }\n');
    expect((await deploy(w)).code).toBe(0);
    git(w.repo, 'fetch', '--quiet', 'origin', 'main');
    const channel = JSON.parse(git(w.repo, 'show', 'origin/main:edge/churn/production.json'));
    expect(channel).toMatchObject({ schema: 'mlops-edge-channel/v1', model: 'churn', version: 'v1.1.0', min_runtime: '2.1' });
    expect(channel.artifacts).toEqual([{ name: 'model.json', sha256: sha256('{"weights": [2]}\n'), bytes: 17, url: expect.stringMatching(/churn(@|%40)v1\.1\.0\/model\.json$/) }]);
    const commits = git(w.repo, 'rev-list', '--count', 'origin/main');
    expect((await deploy(w)).code).toBe(0);
    git(w.repo, 'fetch', '--quiet', 'origin', 'main');
    expect(git(w.repo, 'rev-list', '--count', 'origin/main')).toBe(commits);
  });

  it('kubernetes: commits schema-validated manifests for Argo CD or Flux, from the built bundle', async () => {
    const w = await world(() => '    target: { type: kubernetes, image: "ghcr.io/acme/churn:{version}", namespace: ml }\n');
    const r = await deploy(w);
    expectExit(r, 0);
    git(w.repo, 'fetch', '--quiet', 'origin', 'main');
    const manifest = git(w.repo, 'show', 'origin/main:deploy/production/churn.yaml');
    expect(manifest).toMatch(/name: churn-primary[\s\S]*image: ghcr\.io\/acme\/churn:v1\.1\.0/);
    expect(manifest).toMatch(/kind: Service/);
    w.emulator.assertNoViolations();
  });

  it('refuses a release whose assets and SHA256SUMS were both replaced, by the digest in the version tag', async () => {
    const w = await world((url) => `    strategy: direct\n${health(url)}${command}`);
    const release = w.emulator.state.releases.find((x) => x.tagName === 'churn@v1.1.0')!;
    const forged = '{"weights": [666]}\n';
    release.assets.find((a) => a.name === 'model.json')!.data = Buffer.from(forged);
    release.assets.find((a) => a.name === 'SHA256SUMS')!.data = Buffer.from(`${sha256(forged)}  model.json\n`);
    const r = await deploy(w);
    expectExit(r, 1);
    expect(w.server.applied).toEqual([]);
    expect(r.annotations.map((a) => a.message).join('\n')).toMatch(/SHA256SUMS of release churn@v1\.1\.0 is not the one recorded in the version tag/);
  });

  it('a deploy script that hangs is killed after its timeout and the stage rolled back', async () => {
    const w = await world((url) => `    strategy: direct\n    timeout: 1s\n${health(url)}    target: { type: command, command: "sleep 30" }\n`);
    const started = Date.now();
    const r = await deploy(w);
    expectExit(r, 1);
    expect(Date.now() - started).toBeLessThan(25_000);
    expect(r.summary).toMatch(/killed after its 1s timeout/);
    expect(r.annotations.map((a) => a.message).join('\n')).toMatch(/the rollback to v1\.0\.0 failed too/);
    expect(r.outputs['rolled-back']).toBe('true');
  });
});

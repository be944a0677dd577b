import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { startEmulator, type Emulator } from '../harness/emulator/index.js';
import {
  pullRequestEvent,
  runAction,
  webhookExample,
  retarget,
  type ActionResult,
} from '../harness/runner.js';
import { git, gitEnv, makeRepo, tempDir, writeFiles } from '../helpers/repo.js';

const repository = 'octo-org/models';
let emulator: Emulator;

beforeEach(async () => {
  emulator = await startEmulator();
});
afterEach(async () => {
  emulator.assertNoViolations();
  await emulator.close();
});

/** A project pushed to the emulator's bare repository, as actions/checkout leaves it (origin set). */
function workspace(): string {
  const repo = makeRepo({
    '.github/mlops.yml': 'project: churn\n',
    '.gitignore': 'out/\n',
    'train.py': 'print(1)\n',
  });
  git(repo, 'remote', 'add', 'origin', emulator.bareRepo);
  git(repo, 'push', '--quiet', 'origin', 'main');
  return repo;
}

function clone(): string {
  const dir = tempDir('mlops-ws-');
  git(dir, 'clone', '--quiet', emulator.bareRepo, '.');
  return dir;
}

const pushEvent = () => ({ name: 'push', payload: retarget(webhookExample('push'), { repository }) });

function record(
  ws: string,
  metrics: object,
  options: { timeoutMs?: number; env?: Record<string, string> } = {},
): Promise<ActionResult> {
  writeFiles(ws, { 'out/metrics.json': JSON.stringify(metrics), 'out/model.bin': 'weights' });
  return runAction({
    bundle: 'record-experiment',
    workspace: ws,
    event: pushEvent(),
    emulator,
    token: emulator.tokens.installation,
    env: options.env ?? (gitEnv as Record<string, string>),
    inputs: { type: 'train', metrics: 'out/metrics.json', artifacts: 'out/model.bin', seeds: '7' },
    timeoutMs: options.timeoutMs,
  });
}

const tags = () => git(emulator.bareRepo, 'tag', '-l').trim().split('\n').filter(Boolean);
const day = () => new Date().toISOString().slice(0, 10).replaceAll('-', '');

describe('record-experiment and compare-experiments on a runner', () => {
  test('records: pushes the tag and publishes a pre-release with the record, metrics, params and artifacts', async () => {
    const ws = workspace();

    // (a runner has no git identity: the tag is signed by the Actions bot)
    const result = await record(ws, { accuracy: 0.9 }, { env: { GIT_CONFIG_NOSYSTEM: '1' } });

    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const name = `churn-train-${day()}`;
    expect(result.outputs).toMatchObject({
      name,
      tag: `exp/${name}`,
      'record-path': expect.stringMatching(/record\.json$/),
    });
    expect(result.outputs['release-url']).toContain(`/releases/tag/exp%2F${name}`);
    expect(tags()).toEqual([`exp/${name}`]);
    expect(git(emulator.bareRepo, 'tag', '-l', '--format=%(taggername)', `exp/${name}`).trim()).toBe(
      'github-actions[bot]',
    );
    const [release] = emulator.state.releases;
    expect(release).toMatchObject({ tagName: `exp/${name}`, draft: false, prerelease: true });
    expect(release!.assets.map((a) => a.name)).toEqual([
      'experiment.json',
      'metrics.json',
      'params.json',
      'model.bin',
    ]);
    const stored = JSON.parse(release!.assets[0]!.data.toString()) as {
      metrics: object;
      environment: { runner: object };
    };
    expect(stored.metrics).toEqual({ accuracy: 0.9 });
    expect(stored.environment.runner).toMatchObject({
      kind: 'github-actions',
      runId: '1000001',
      os: 'Linux',
    });
  });

  test('a rerun creates nothing new', async () => {
    const ws = workspace();
    const first = await record(ws, { accuracy: 0.9 });
    const writes = emulator.requests.filter((r) => r.method !== 'GET').length;

    const again = await record(ws, { accuracy: 0.9 });

    expect(again.code).toBe(0);
    expect(again.outputs.name).toBe(first.outputs.name);
    expect(tags()).toHaveLength(1);
    expect(emulator.state.releases).toHaveLength(1);
    expect(emulator.requests.filter((r) => r.method !== 'GET').length).toBe(writes);
  });

  test('a run killed between the tag and the release is repaired by the next run', async () => {
    // given a run killed while GitHub is creating the release (after the tag was pushed)
    const ws = workspace();
    emulator.inject({ method: 'POST', path: /\/releases$/, kind: 'slow', delayMs: 60_000 });
    await expect(record(ws, { accuracy: 0.9 }, { timeoutMs: 8000 })).rejects.toThrow(/did not finish/);
    expect(tags()).toHaveLength(1);
    const releasesBefore = emulator.state.releases.filter((r) => !r.draft).length;

    // when the job is rerun
    const rerun = await record(ws, { accuracy: 0.9 });

    // then the same experiment gets its published release, and nothing is duplicated
    expect(rerun.code).toBe(0);
    expect(releasesBefore).toBe(0);
    expect(tags()).toEqual([`exp/churn-train-${day()}`]);
    const published = emulator.state.releases.filter((r) => r.tagName === rerun.outputs.tag && !r.draft);
    expect(published).toHaveLength(1);
    expect(published[0]!.assets).toHaveLength(4);
  });

  test('two concurrent records get two names', async () => {
    workspace();
    const [a, b] = [clone(), clone()];

    const results = await Promise.all([record(a, { accuracy: 0.8 }), record(b, { accuracy: 0.85 })]);

    expect(results.map((r) => r.code)).toEqual([0, 0]);
    expect(results.map((r) => r.outputs.name).sort()).toEqual([
      `churn-train-${day()}`,
      `churn-train-${day()}-2`,
    ]);
    expect(tags()).toHaveLength(2);
    expect(emulator.state.releases.filter((r) => !r.draft)).toHaveLength(2);
  });

  test('compare on a pull_request comments once, and updates that comment on the next run', async () => {
    // given an experiment on main and one on the PR branch
    const ws = workspace();
    await record(ws, { accuracy: 0.8, loss: 0.5 });
    git(ws, 'checkout', '--quiet', '-b', 'feature');
    writeFiles(ws, { 'train.py': 'print(2)\n' });
    git(ws, 'commit', '--quiet', '-am', 'better model');
    git(ws, 'push', '--quiet', 'origin', 'feature');
    process.env.GIT_COMMITTER_DATE = new Date(Date.now() + 2000).toISOString();
    const pr = await record(ws, { accuracy: 0.85, loss: 0.6 });
    delete process.env.GIT_COMMITTER_DATE;
    const head = { ref: 'feature', sha: git(ws, 'rev-parse', 'HEAD').trim() };
    const base = { ref: 'main', sha: git(ws, 'rev-parse', 'main').trim() };
    const number = emulator.seed.pullRequest({ head, base, title: 'Better model' }).pull.number;
    const event = pullRequestEvent({ repository, number, head, base });
    const compare = () =>
      runAction({
        bundle: 'compare-experiments',
        workspace: ws,
        event,
        emulator,
        token: emulator.tokens.installation,
        env: gitEnv as Record<string, string>,
      });

    // when the comparison runs twice
    const first = await compare();
    const second = await compare();

    // then one sticky comment holds the table, and the summary says the same
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(second.code).toBe(0);
    expect(first.outputs.experiments).toBe(pr.outputs.name);
    const comments = emulator.state.comments.filter((c) => c.issueNumber === number);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain('✅ better');
    expect(comments[0]!.body).toContain('❌ worse');
    expect(first.summary).toContain('accuracy');
  });
});

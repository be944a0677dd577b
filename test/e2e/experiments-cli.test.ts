import { describe, expect, test } from '@jest/globals';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { main } from '../../src/cli/main.js';
import { addBareRemote, git, gitEnv, makeRepo, tempDir, writeFiles } from '../helpers/repo.js';

Object.assign(process.env, gitEnv);

async function run(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { cwd, env: { ...gitEnv, ...env }, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

const project = {
  '.github/mlops.yml': 'project: churn\n',
  '.gitignore': 'out/\n',
  'params.yaml': 'train:\n  lr: 0.1\n  layers: [64, 32]\nseed: 7\n',
  'requirements.txt': 'numpy==1.26.4\npandas>=2\n',
};

const outside = tempDir('mlops-outside-');
writeFiles(outside, { 'model.bin': 'x' });

function recordedJson(stdout: string) {
  return JSON.parse(stdout) as { title: string; findings: Array<{ rule: string; message: string }> };
}

describe('mlops experiment record', () => {
  test('records params, nested metrics, artifacts, seeds and lockfiles in an annotated tag named by project, type and UTC day', async () => {
    // given a committed project and the outputs of a run
    const repo = makeRepo(project);
    writeFiles(repo, { 'out/metrics.json': '{"eval": {"accuracy": 0.91, "loss": 0.3}}', 'out/model.bin': 'weights' });

    // when it is recorded
    const r = await run(['experiment', 'record', '--type', 'train', '--params', 'params.yaml', '--metrics', 'out/metrics.json', '--artifact', 'out/model.bin', '--seed', '42', '--json', '--out', 'out/record.json'], repo);

    // then the tag holds a summary line and the record
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const day = new Date().toISOString().slice(0, 10).replaceAll('-', '');
    const name = `churn-train-${day}`;
    expect(recordedJson(r.stdout).title).toBe(`Experiment ${name}`);
    const message = git(repo, 'tag', '-l', '--format=%(contents)', `exp/${name}`);
    const [summary, blank, json] = message.split('\n');
    expect(summary).toBe(`${name}: train experiment at ${git(repo, 'rev-parse', '--short=7', 'HEAD').trim()}; eval.accuracy=0.91, eval.loss=0.3`);
    expect(blank).toBe('');
    const record = JSON.parse(json!);
    expect(record.params).toEqual({ 'train.lr': 0.1, 'train.layers.0': 64, 'train.layers.1': 32, seed: 7 });
    expect(record.metrics).toEqual({ 'eval.accuracy': 0.91, 'eval.loss': 0.3 });
    expect(record.seeds).toEqual([42]);
    expect(record.artifacts).toEqual([{ path: 'out/model.bin', sha256: createHash('sha256').update('weights').digest('hex'), bytes: 7 }]);
    expect(record.code).toEqual({ commit: git(repo, 'rev-parse', 'HEAD').trim(), branch: 'main', dirty: false });
    expect(record.environment.lockfiles.map((l: { path: string }) => l.path)).toEqual(['requirements.txt']);
    expect(JSON.parse(readFileSync(`${repo}/out/record.json`, 'utf8')).fingerprint).toBe(record.fingerprint);
    // and the unpinned requirement is a warning
    expect(recordedJson(r.stdout).findings.map((f) => f.rule)).toEqual(['experiment/unpinned-requirement']);
  });

  test('a rerun of the same record creates nothing new, a different run the same day gets -2', async () => {
    const repo = makeRepo(project);
    writeFiles(repo, { 'out/m.json': '{"acc": 0.8}' });
    const args = ['experiment', 'record', '--type', 'eval', '--metrics', 'out/m.json', '--seed', '1', '--json'];
    expect((await run(args, repo)).code).toBe(0);

    const again = await run(args, repo);
    writeFiles(repo, { 'out/m.json': '{"acc": 0.85}' });
    const other = await run(args, repo);

    expect(again.stdout).toContain('(nothing new)');
    const day = new Date().toISOString().slice(0, 10).replaceAll('-', '');
    expect(git(repo, 'tag', '-l', 'exp/*').trim().split('\n')).toEqual([`exp/churn-eval-${day}`, `exp/churn-eval-${day}-2`]);
    expect(other.code).toBe(0);
  });

  test('refuses a dirty tree unless --allow-dirty, then records the digest of the diff', async () => {
    const repo = makeRepo(project);
    writeFiles(repo, { 'params.yaml': 'train:\n  lr: 0.2\n' });

    const refused = await run(['experiment', 'record', '--type', 'train', '--seed', '1'], repo);
    const allowed = await run(['experiment', 'record', '--type', 'train', '--seed', '1', '--allow-dirty', '--json'], repo);

    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('uncommitted changes (params.yaml)');
    expect(refused.stderr).toContain('--allow-dirty');
    expect(allowed.code).toBe(0);
    const record = JSON.parse(git(repo, 'tag', '-l', '--format=%(contents)', 'exp/*').split('\n')[2]!);
    expect(record.code.dirty).toBe(true);
    expect(record.code.diffSha256).toMatch(/^[0-9a-f]{64}$/);
  });

  test('warns when no seed is given', async () => {
    const repo = makeRepo({ '.github/mlops.yml': 'project: churn\n' });
    const r = await run(['experiment', 'record', '--type', 'train', '--json'], repo);
    expect(recordedJson(r.stdout).findings).toEqual([expect.objectContaining({ rule: 'experiment/no-seed' })]);
  });

  test.each([
    [['--metrics', 'bad.json'], { 'bad.json': '{"acc": 0.9,,}' }, 'bad.json:1:'],
    [['--metrics', 'list.yaml'], { 'list.yaml': '- 1\n- 2\n' }, 'list.yaml:1:1: cannot read list.yaml: list.yaml must be a mapping'],
    [['--params', 'missing.yaml'], {}, "params file 'missing.yaml' does not exist"],
    [['--artifact', `${outside}/model.bin`], {}, 'is outside the repository'],
    [['--artifact', 'nope.bin'], {}, "artifact 'nope.bin' does not exist"],
    [['--type', 'bad..type'], {}, "the experiment type 'bad..type' cannot be used in a tag name: git refuses '..' in tag names"],
    [['--type', 'a b'], {}, 'git refuses the character " " in tag names'],
    [['--seed', 'x'], {}, "--seed 'x' is not an integer"],
  ])('rejects bad input %j with a clear error', async (extra, files, message) => {
    const repo = makeRepo({ '.gitignore': '*.json\n*.yaml\n!.github/*.yml\n', ...files });
    const r = await run(['experiment', 'record', '--type', 'train', ...extra], repo);
    expect(r.code).toBeGreaterThan(0);
    expect(r.stderr).toContain(message);
    expect(r.stderr).not.toContain('this is a bug');
  });
});

import { describe, expect, it } from '@jest/globals';
import { cpSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main.js';
import type { DoctorResult } from '../../src/core/doctor/checklist.js';
import { repoRoot } from '../harness/runner.js';
import { git, makeRepo, tempDir } from '../helpers/repo.js';

async function doctor(cwd: string): Promise<{ code: number; result: DoctorResult; text: string }> {
  let json = '';
  let text = '';
  const code = await main(['doctor', '--json'], { cwd, env: {}, stdout: (t) => (json += t), stderr: () => undefined });
  await main(['doctor'], { cwd, env: {}, stdout: (t) => (text += t), stderr: () => undefined });
  return { code, result: (JSON.parse(json) as { data: DoctorResult }).data, text };
}

const status = (r: DoctorResult) => Object.fromEntries(r.items.map((i) => [i.id, i.status]));

function exampleRepo(): string {
  const dir = tempDir('mlops-doctor-');
  cpSync(path.join(repoRoot, 'examples/churn'), dir, { recursive: true });
  git(dir, 'init', '--quiet', '--initial-branch=main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '--quiet', '-m', 'example');
  return dir;
}

describe('mlops doctor', () => {
  it('grades an empty repository 0 with a next step for every item', async () => {
    const { code, result, text } = await doctor(makeRepo());

    expect(code).toBe(0);
    expect(result.score).toBe(0);
    expect(result.items.map((i) => i.id)).toEqual([
      'structure', 'experiments', 'data-versioning', 'data-quality', 'evaluation', 'registry',
      'deployment', 'monitoring', 'feedback', 'ethics', 'frameworks',
    ]);
    expect(result.items.every((i) => i.next && i.evidence.length > 0)).toBe(true);
    expect(text).toContain('score 0/100');
    expect(text).toContain('run `mlops init`');
  });

  it('never reads a dependency manifest that is a symlink out of the repository', async () => {
    const outside = path.join(tempDir('mlops-outside-'), 'environ');
    writeFileSync(outside, 'leakedpkg>=1\n');
    const repo = makeRepo();
    symlinkSync(outside, path.join(repo, 'requirements.txt'));
    git(repo, 'add', 'requirements.txt');

    const { result, text } = await doctor(repo);

    expect(result.items.find((i) => i.id === 'frameworks')?.evidence.join('\n')).toContain('no dependency manifest');
    expect(text).not.toContain('leakedpkg');
  });

  it('rises after mlops init: structure, workflows and the feedback form count as evidence', async () => {
    const repo = makeRepo({ 'models/fraud/model.pkl': 'x' });
    await main(['init'], { cwd: repo, env: {}, stdout: () => undefined, stderr: () => undefined });

    const { result } = await doctor(repo);

    expect(status(result)).toMatchObject({ structure: 'pass', deployment: 'partial', monitoring: 'partial' });
    expect(result.score).toBeGreaterThan(20);
    const deploy = result.items.find((i) => i.id === 'deployment')!;
    expect(deploy.evidence).toEqual(['no `deploy.<stage>.target` in .github/mlops.yml', 'deploy workflow: .github/workflows/mlops-deploy.yml']);
  });

  it('passes the data, evaluation and ethics items on the example project, and counts its tags', async () => {
    const repo = exampleRepo();
    git(repo, 'tag', '-a', 'exp/churn-train-20260101', '-m', 'experiment');
    git(repo, 'tag', 'churn@v1.0.0');

    const { result } = await doctor(repo);

    expect(status(result)).toMatchObject({
      'data-versioning': 'pass', 'data-quality': 'partial', evaluation: 'pass', ethics: 'pass', frameworks: 'pass',
    });
    expect(result.items.find((i) => i.id === 'experiments')!.evidence[0]).toBe('1 experiment tag (exp/…)');
    expect(result.items.find((i) => i.id === 'registry')!.evidence[0]).toBe('1 version tag ({model}@v…)');
  });

  it('names unpinned requirements and frameworks off the approved list', async () => {
    const repo = makeRepo({ 'requirements.txt': 'scikit-learn==1.5.2\npandas>=2\nmxnet==1.9.1\n' });

    const { result } = await doctor(repo);

    const item = result.items.find((i) => i.id === 'frameworks')!;
    expect(item.status).toBe('partial');
    expect(item.evidence).toEqual([
      'dependency manifests: requirements.txt',
      'unpinned: pandas',
      'not on the approved list (review them): mxnet',
    ]);
  });
});

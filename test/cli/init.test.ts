import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main.js';
import { repoRoot } from '../harness/runner.js';
import { makeRepo, tempDir } from '../helpers/repo.js';

async function run(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { cwd, env: {}, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

const starters = readdirSync(path.join(repoRoot, 'workflows')).filter((n) => n.endsWith('.yml'));

describe('mlops init', () => {
  it('writes nothing outside the repository when the config names a model folder that leaves it', async () => {
    const outside = tempDir('mlops-init-outside-');
    const repo = makeRepo({ '.github/mlops.yml': 'models: []\n' });
    writeFileSync(path.join(repo, '.github/mlops.yml'), `models:\n  - {name: fraud, path: ${path.relative(repo, outside)}}\n`);

    const { code, stderr } = await run(['init'], repo);

    expect(code).toBe(1);
    expect(stderr).toContain('is outside the repository');
    expect(readdirSync(outside)).toEqual([]);
  });

  it('writes nothing through a symlinked folder that leads out of the repository', async () => {
    const outside = tempDir('mlops-init-outside-');
    const repo = makeRepo({ 'README.md': '# fraud\n' });
    symlinkSync(outside, path.join(repo, '.github'));

    const { code } = await run(['init'], repo);

    expect(code).toBe(1);
    expect(readdirSync(outside)).toEqual([]);
  });

  it('writes the config, every starter workflow, the cards and the standard folders into an empty repository', async () => {
    const repo = makeRepo({ 'README.md': '# fraud\n', 'models/fraud/model.pkl': 'x', 'data/transactions/t.csv': 'a\n1\n' });

    const { code, stdout } = await run(['init'], repo);

    expect(code).toBe(0);
    const config = readFileSync(path.join(repo, '.github/mlops.yml'), 'utf8');
    expect(config).toContain('  - name: fraud\n    path: models/fraud\n    risk: medium');
    expect(config).toContain('  - name: transactions\n    path: data/transactions');
    for (const name of starters) expect(existsSync(path.join(repo, '.github/workflows', name))).toBe(true);
    expect(readFileSync(path.join(repo, '.github/workflows/mlops-monitor.yml'), 'utf8')).toContain('model: fraud');
    expect(readFileSync(path.join(repo, 'models/fraud/MODEL_CARD.md'), 'utf8')).toContain('name: fraud');
    expect(readFileSync(path.join(repo, 'data/transactions/DATA_CARD.md'), 'utf8')).toContain('name: transactions');
    for (const folder of ['scripts', 'notebooks', 'tests', 'docs']) expect(existsSync(path.join(repo, folder, '.gitkeep'))).toBe(true);
    expect(stdout).toMatch(/files written/);
  });

  it('produces a configuration that mlops validate accepts', async () => {
    const repo = makeRepo({ 'models/fraud/model.pkl': 'x' });
    await run(['init'], repo);

    const { stdout } = await run(['validate', '--json'], repo);

    const findings = (JSON.parse(stdout) as { findings: Array<{ file?: string; severity: string }> }).findings;
    expect(findings.filter((f) => f.file === '.github/mlops.yml')).toEqual([]);
  });

  it('lists what it would write with --dry-run and writes nothing', async () => {
    const repo = makeRepo();

    const { code, stdout } = await run(['init', '--dry-run'], repo);

    expect(code).toBe(0);
    expect(stdout).toContain('.github/mlops.yml');
    expect(stdout).toContain('.github/workflows/mlops-pr.yml');
    expect(stdout).toMatch(/files would be written \(dry run: nothing written\)/);
    expect(existsSync(path.join(repo, '.github'))).toBe(false);
  });

  it('never overwrites a file the user wrote and writes nothing on a second run', async () => {
    const repo = makeRepo({ '.github/mlops.yml': 'project: mine\n', '.github/workflows/mlops-pr.yml': 'mine\n', 'models/a/README.md': '# a card\n' });

    await run(['init'], repo);
    writeFileSync(path.join(repo, 'docs/.gitkeep'), 'kept');
    const again = await run(['init', '--json'], repo);

    expect(readFileSync(path.join(repo, '.github/mlops.yml'), 'utf8')).toBe('project: mine\n');
    expect(readFileSync(path.join(repo, '.github/workflows/mlops-pr.yml'), 'utf8')).toBe('mine\n');
    expect(existsSync(path.join(repo, 'models/a/MODEL_CARD.md'))).toBe(false);
    expect(readFileSync(path.join(repo, 'docs/.gitkeep'), 'utf8')).toBe('kept');
    expect(JSON.parse(again.stdout)).toMatchObject({ summary: expect.stringMatching(/^nothing to do/), data: { files: [], written: [] } });
  });

  it('refuses an unknown option with the usage line', async () => {
    const { code, stderr } = await run(['init', '--force'], makeRepo());
    expect(code).toBe(2);
    expect(stderr).toContain('usage: mlops init');
  });
});

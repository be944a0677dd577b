import { describe, expect, test } from '@jest/globals';
import { main } from '../../src/cli/main.js';
import { git, makeRepo, tempDir, writeFiles } from '../helpers/repo.js';

async function run(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { cwd, env: {}, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

describe('mlops validate', () => {
  test('exits 0 on a repository without a config', async () => {
    const { code, stdout } = await run(['validate'], makeRepo());

    expect(code).toBe(0);
    expect(stdout).toContain('no .github/mlops.yml: using the defaults');
  });

  test('exits 0 on a clean config and names the file it checked', async () => {
    const repo = makeRepo({ '.github/mlops.yml': 'project: churn\nstages: [dev, production]\n' });

    const { code, stdout } = await run(['validate'], repo);

    expect(code).toBe(0);
    expect(stdout).toContain('checked .github/mlops.yml');
  });

  test('exits 1 and prints each error with file, line, column, rule and hint', async () => {
    const repo = makeRepo({ '.github/mlops.yml': 'project: churn\nstgaes: [dev]\n' });

    const { code, stdout } = await run(['validate'], repo);

    expect(code).toBe(1);
    expect(stdout).toContain(
      '.github/mlops.yml:2:1: error: unknown key `stgaes` at the top level [config/unknown-key]',
    );
    expect(stdout).toContain('hint: did you mean `stages`?');
  });

  test('finds the repository root from a subfolder', async () => {
    const repo = makeRepo({ '.github/mlops.yml': 'version: 3\n', 'models/a/README.md': '# a\n' });

    expect((await run(['validate'], `${repo}/models/a`)).code).toBe(1);
  });

  test('prints the report as JSON with --json', async () => {
    const repo = makeRepo({ '.github/mlops.yml': 'models:\n  - name: a\n    path: m\n    risk: hgih\n' });

    const { code, stdout } = await run(['validate', '--json'], repo);
    const report = JSON.parse(stdout) as {
      counts: { error: number };
      findings: Array<{ rule: string; line: number; file: string }>;
    };

    expect(code).toBe(1);
    expect(report.counts.error).toBe(1);
    expect(report.findings).toEqual([
      expect.objectContaining({ rule: 'config/enum', line: 4, file: '.github/mlops.yml' }),
    ]);
  });

  test('exits 0 when there are only warnings', async () => {
    const repo = makeRepo({
      '.github/mlops.yml': 'evaluation:\n  metrics:\n    auc: {}\n  primary_metric: f1\n',
    });

    const { code, stdout } = await run(['validate'], repo);

    expect(code).toBe(0);
    expect(stdout).toContain('warning');
  });

  test('validates a plain folder that is not a git repository', async () => {
    expect((await run(['validate'], tempDir())).code).toBe(0);
  });

  test('exits 2 on an unknown option', async () => {
    const { code, stderr } = await run(['validate', '--jsn'], makeRepo());

    expect(code).toBe(2);
    expect(stderr).toContain("Unknown option '--jsn'");
  });

  test('is listed in mlops --help', async () => {
    expect((await run(['--help'], tempDir())).stdout).toMatch(/validate\s+check \.github\/mlops\.yml/);
  });
});

describe('mlops validate scope', () => {
  const broken = '---\n- not a mapping\n---\n# card\n';
  const files = (json: string): string[] =>
    [...new Set((JSON.parse(json) as { findings: Array<{ file?: string }> }).findings.map((f) => f.file ?? ''))].filter((f) => f.startsWith('models/')).sort();

  test('checks only the cards under the paths given', async () => {
    const repo = makeRepo({
      '.github/mlops.yml': 'models:\n  - { name: bad, path: models/bad }\n  - { name: other, path: models/other }\n',
      'models/bad/MODEL_CARD.md': broken,
      'models/other/MODEL_CARD.md': broken,
    });
    expect(files((await run(['validate', '--json'], repo)).stdout)).toEqual(['models/bad/MODEL_CARD.md', 'models/other/MODEL_CARD.md']);
    expect(files((await run(['validate', 'models/bad', '--json'], repo)).stdout)).toEqual(['models/bad/MODEL_CARD.md']);
  });

  test('with --base checks only the cards changed since that revision', async () => {
    const repo = makeRepo({
      '.github/mlops.yml': 'models:\n  - { name: bad, path: models/bad }\n  - { name: other, path: models/other }\n',
      'models/bad/MODEL_CARD.md': broken,
      'models/other/MODEL_CARD.md': broken,
    });
    writeFiles(repo, { 'models/other/MODEL_CARD.md': `${broken}\nmore\n` });
    git(repo, 'commit', '--quiet', '-am', 'touch other');
    const r = await run(['validate', '--base', 'HEAD~1', '--json'], repo);
    expect(r.code).toBe(1);
    expect(files(r.stdout)).toEqual(['models/other/MODEL_CARD.md']);
  });
});

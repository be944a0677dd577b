/**
 * examples/churn is the project the tutorial and `npm run demo` use: it must stay a complete,
 * valid project (config, cards whose checksums match the real CSVs, a contract the data meets).
 */
import { describe, expect, it } from '@jest/globals';
import { cpSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main.js';
import { repoRoot } from '../harness/runner.js';
import { git, tempDir } from '../helpers/repo.js';

/** A git repository holding a copy of examples/churn at its root, as a user's repository would. */
function exampleRepo(): string {
  const dir = tempDir('mlops-example-');
  cpSync(path.join(repoRoot, 'examples/churn'), dir, { recursive: true });
  git(dir, 'init', '--quiet', '--initial-branch=main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '--quiet', '-m', 'example');
  return dir;
}

async function run(args: string[], cwd: string) {
  let stdout = '';
  const code = await main(args, { cwd, env: {}, stdout: (t) => (stdout += t), stderr: (t) => (stdout += t) });
  return { code, stdout };
}

describe('examples/churn', () => {
  const repo = exampleRepo();

  it('passes mlops validate with no findings: config, model card and data card', async () => {
    const { code, stdout } = await run(['validate', '--json'], repo);
    const report = JSON.parse(stdout) as { findings: unknown[] };
    expect(report.findings).toEqual([]);
    expect(code).toBe(0);
    const text = (await run(['validate'], repo)).stdout;
    expect(text).toContain('models/churn/MODEL_CARD.md');
    expect(text).toContain('data/customers/DATA_CARD.md');
  });

  it('meets its data contract on both files', async () => {
    const { code, stdout } = await run(['data', 'check', 'data/customers/DATA_CARD.md'], repo);
    expect(stdout).toMatch(/2 data files checked, 0 expectations failed/);
    expect(code).toBe(0);
  }, 60_000);

  it('notices a data file changed under the declared checksum', async () => {
    const changed = exampleRepo();
    cpSync(path.join(changed, 'data/customers/test.csv'), path.join(changed, 'data/customers/train.csv'));
    const { code, stdout } = await run(['validate'], changed);
    expect(code).toBe(1);
    expect(stdout).toMatch(/train\.csv/);
  });
});

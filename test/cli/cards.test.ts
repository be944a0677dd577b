import { describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main.js';
import { makeRepo, tempDir } from '../helpers/repo.js';

async function run(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { cwd, env: {}, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

/** What a user does after `init card`: replace every TODO. */
function fillIn(file: string): void {
  const text = readFileSync(file, 'utf8').replace(/"@TODO"/g, '"@ml-team"').replace(/TODO:?/g, 'Written');
  writeFileSync(file, text);
}

describe('mlops init card', () => {
  test('writes a model card template that fails validation until its placeholders are filled', async () => {
    const repo = makeRepo();

    const init = await run(['init', 'card', 'model', 'churn'], repo);
    expect(init).toMatchObject({ code: 0, stdout: 'wrote models/churn/MODEL_CARD.md: fill in every TODO, then run `mlops validate`\n' });

    const before = await run(['validate'], repo);
    expect(before.code).toBe(1);
    expect(before.stdout).toContain('[card/placeholder]');

    fillIn(path.join(repo, 'models/churn/MODEL_CARD.md'));
    const after = await run(['validate'], repo);
    expect(after.stdout).not.toContain('error:');
    expect(after.code).toBe(0);
  });

  test('writes a data card into the folder configured for the dataset', async () => {
    const repo = makeRepo({ '.github/mlops.yml': 'datasets:\n  - name: customers\n    path: data/raw/customers\n' });
    const init = await run(['init', 'card', 'data', 'customers'], repo);
    expect(init.stdout).toContain('wrote data/raw/customers/DATA_CARD.md');
    fillIn(path.join(repo, 'data/raw/customers/DATA_CARD.md'));
    expect((await run(['validate'], repo)).code).toBe(0);
  });

  test('refuses to overwrite an existing card without --force', async () => {
    const repo = makeRepo({ 'models/churn/MODEL_CARD.md': '# mine\n' });
    const again = await run(['init', 'card', 'model', 'churn'], repo);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('models/churn/MODEL_CARD.md already exists');
    expect(readFileSync(path.join(repo, 'models/churn/MODEL_CARD.md'), 'utf8')).toBe('# mine\n');
  });

  test('writes nothing through a symlinked folder that leads out of the repository', async () => {
    const outside = tempDir('mlops-card-outside-');
    const repo = makeRepo();
    symlinkSync(outside, path.join(repo, 'models'));

    const r = await run(['init', 'card', 'model', 'churn'], repo);

    expect(r.code).toBe(1);
    expect(r.stderr).toContain('is outside the repository');
    expect(readdirSync(outside)).toEqual([]);
  });

  test.each([[['init', 'card', 'table', 'x']], [['init', 'card', 'model', 'Bad Name']], [['init', 'card', 'model', 'x', '--dir', '../outside']], [['init', 'card', 'model', 'x', '--dir']], [['init', 'card', 'model', 'x', '--bogus']], [['init', 'card', 'model', 'x', '--json']]])('%j is a usage error (exit 2)', async (args) => {
    expect((await run(args, makeRepo())).code).toBe(2);
  });
});

describe('mlops validate on cards', () => {
  test('prints each card finding with file, line and rule, and a table of cards in JSON', async () => {
    const repo = makeRepo({ 'models/churn/MODEL_CARD.md': '---\nname: churn\nversion: 1.0\n---\n# Churn\n' });
    const text = await run(['validate'], repo);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('models/churn/MODEL_CARD.md:3:');
    expect(text.stdout).toContain('[card/metadata/type]');

    const json = JSON.parse((await run(['validate', '--json'], repo)).stdout) as { blocks: Array<{ kind: string; table?: { rows: string[][] } }> };
    const table = json.blocks.find((b) => b.kind === 'table');
    expect(table?.table?.rows[0]?.slice(0, 4)).toEqual(['models/churn/MODEL_CARD.md', 'model', 'standard', 'churn@v1']);
  });
});

import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main.js';
import { parseGateSnapshot } from '../../src/core/gate/parse.js';
import { startEmulator, type Emulator } from '../harness/emulator/index.js';
import { git, makeRepo, writeFiles } from '../helpers/repo.js';

const CONFIG = 'stages: [staging, production]\nmodels:\n  - name: churn\n    path: models/churn\npromotion:\n  staging:\n    approvals: 1\n    require_card_complete: false\n';
const CARD = '---\nname: churn\nversion: 1.0.0\nrisk: low\nowners: [alice]\n---\n# churn\n';

let emulator: Emulator;
beforeEach(async () => {
  emulator = await startEmulator({ owner: 'octo-org', repo: 'models', users: [{ login: 'alice', permission: 'write' }, { login: 'bob', permission: 'write' }] });
});
afterEach(async () => {
  await emulator.close();
});

async function run(cwd: string, ...argv: string[]) {
  let out = '';
  let err = '';
  const env = { ...process.env, GITHUB_TOKEN: emulator.tokens.personal('carol'), GITHUB_REPOSITORY: 'octo-org/models', GITHUB_API_URL: emulator.url };
  const code = await main(argv, { cwd, env, stdout: (t) => (out += t), stderr: (t) => (err += t) });
  return { code, out, err };
}

describe('mlops gate snapshot', () => {
  it('fetches a snapshot of a PR in GitHub’s shapes that gate evaluate decides on', async () => {
    const repo = makeRepo({ '.github/mlops.yml': CONFIG });
    git(repo, 'remote', 'add', 'origin', emulator.bareRepo);
    const base = git(repo, 'rev-parse', 'HEAD').trim();
    git(repo, 'push', '--quiet', 'origin', `${base}:refs/heads/release/staging`);
    writeFiles(repo, { 'models/churn/MODEL_CARD.md': CARD, 'models/churn/model.pkl': 'w' });
    git(repo, 'add', '-A');
    git(repo, 'commit', '--quiet', '-m', 'churn 1.0.0');
    const head = git(repo, 'rev-parse', 'HEAD').trim();
    git(repo, 'push', '--quiet', 'origin', 'HEAD:refs/heads/main', 'HEAD:refs/heads/promote');
    expect((await run(repo, 'registry', 'register', '--push')).out).toMatch(/registered churn@v1\.0\.0/);
    const { pull } = emulator.seed.pullRequest({ head: { ref: 'promote', sha: head }, base: { ref: 'release/staging', sha: base }, author: 'alice' });
    emulator.seed.review({ pullNumber: pull.number, author: 'bob', state: 'APPROVED', commitId: head });

    const snap = await run(repo, 'gate', 'snapshot', '--pr', String(pull.number), '--output', 'snap.json');
    expect(snap).toMatchObject({ code: 0, err: '' });
    const text = readFileSync(path.join(repo, 'snap.json'), 'utf8');
    const { snapshot, findings } = parseGateSnapshot(text, 'snap.json');
    expect(findings).toEqual([]);
    expect(snapshot).toMatchObject({ stage: 'staging', candidates: [{ model: 'churn', version: 'v1.0.0' }], permissions: { bob: { permission: 'write' } } });
    expect(snapshot?.candidates[0]?.artifacts?.sha256sums).toMatch(/ {2}model\.pkl\n/);

    const verdict = await run(repo, 'gate', 'evaluate', '--input', 'snap.json', '--json');
    expect(verdict.code).toBe(0);
  });

  it('needs a token', async () => {
    const repo = makeRepo();
    let err = '';
    const code = await main(['gate', 'snapshot', '--pr', '1'], { cwd: repo, env: { ...process.env, GITHUB_TOKEN: '', GH_TOKEN: '' }, stdout: () => {}, stderr: (t) => (err += t) });
    expect(code).toBe(1);
    expect(err).toMatch(/GITHUB_TOKEN is not set/);
  });
});

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
    writeFiles(repo, { 'models/churn/MODEL_CARD.md': CARD, 'models/churn/model.pkl': 'w', 'models/churn/metrics.json': '{"auc": 0.9}\n' });
    git(repo, 'add', '-A');
    git(repo, 'commit', '--quiet', '-m', 'churn 1.0.0');
    const head = git(repo, 'rev-parse', 'HEAD').trim();
    git(repo, 'push', '--quiet', 'origin', 'HEAD:refs/heads/main', 'HEAD:refs/heads/promote');
    expect((await run(repo, 'registry', 'register', '--push')).out).toMatch(/registered churn@v1\.0\.0/);
    const files = ['MODEL_CARD.md', 'metrics.json', 'model.pkl'].map((f) => ({ filename: `models/churn/${f}`, status: 'added' as const, additions: 1, deletions: 0 }));
    const { pull } = emulator.seed.pullRequest({ head: { ref: 'promote', sha: head }, base: { ref: 'release/staging', sha: base }, author: 'alice', files });
    emulator.seed.review({ pullNumber: pull.number, author: 'bob', state: 'APPROVED', commitId: head });

    const snap = await run(repo, 'gate', 'snapshot', '--pr', String(pull.number), '--output', 'snap.json');
    expect(snap).toMatchObject({ code: 0, err: '' });
    const text = readFileSync(path.join(repo, 'snap.json'), 'utf8');
    const { snapshot, findings } = parseGateSnapshot(text, 'snap.json');
    expect(findings).toEqual([]);
    expect(snapshot).toMatchObject({ stage: 'staging', candidates: [{ model: 'churn', version: 'v1.0.0' }], permissions: { bob: { permission: 'write' } } });
    expect(snapshot?.candidates[0]?.artifacts?.sha256sums).toMatch(/ {2}model\.pkl\n/);
    expect(snapshot?.candidates[0]?.evaluation).toEqual({ source: 'release', ref: 'churn@v1.0.0', metrics: { auc: 0.9 } });
    // metrics.json reaches release/staging with the PR, but as registered: not an edit of the evidence
    expect(snapshot?.files.map((f) => f.filename)).toContain('models/churn/metrics.json');
    expect(snapshot?.edited).toEqual([]);

    const verdict = await run(repo, 'gate', 'evaluate', '--input', 'snap.json', '--json');
    expect(verdict.code).toBe(0);

    // a PR that also edits the registered metrics is flagged: the gate never takes evidence from the PR
    writeFiles(repo, { 'models/churn/metrics.json': '{"auc": 0.99}\n' });
    git(repo, 'commit', '--quiet', '-am', 'better numbers');
    const edited = git(repo, 'rev-parse', 'HEAD').trim();
    git(repo, 'push', '--quiet', 'origin', 'HEAD:refs/heads/promote-edited');
    const second = emulator.seed.pullRequest({ head: { ref: 'promote-edited', sha: edited }, base: { ref: 'release/staging', sha: base }, author: 'alice', files });
    emulator.seed.review({ pullNumber: second.pull.number, author: 'bob', state: 'APPROVED', commitId: edited });
    await run(repo, 'gate', 'snapshot', '--pr', String(second.pull.number), '--output', 'edited.json');
    expect(JSON.parse(readFileSync(path.join(repo, 'edited.json'), 'utf8')).edited).toEqual(['models/churn/metrics.json']);
    const blocked = await run(repo, 'gate', 'evaluate', '--input', 'edited.json');
    expect(blocked.code).toBe(1);
    expect(blocked.out).toMatch(/models\/churn\/metrics\.json \(added\) is evaluation evidence/);
  });

  it('needs a token', async () => {
    const repo = makeRepo();
    let err = '';
    const code = await main(['gate', 'snapshot', '--pr', '1'], { cwd: repo, env: { ...process.env, GITHUB_TOKEN: '', GH_TOKEN: '' }, stdout: () => {}, stderr: (t) => (err += t) });
    expect(code).toBe(1);
    expect(err).toMatch(/GITHUB_TOKEN is not set/);
  });
});

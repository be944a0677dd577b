import { describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main.js';
import { addBareRemote, git, makeRepo, tempDir, writeFiles } from '../helpers/repo.js';
import { snapshot } from '../core/gate/snapshot-fixture.js';

const config = 'models:\n  - name: churn\n    path: models/churn\n    risk: medium\n';
const card = (version: string, inputs = 'tenure') => `---
name: churn
version: ${version}
risk: medium
owners: [alice]
signature:
  inputs: [{ name: ${inputs}, type: int }]
  outputs: [{ name: churn, type: float }]
---
# churn

## Changelog

Retrained on March data.
`;

async function run(cwd: string, ...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { cwd, env: { ...process.env, GITHUB_TOKEN: '' }, stdout: (t) => (out += t), stderr: (t) => (err += t) });
  return { code, out, err };
}

function commit(dir: string, files: Record<string, string>, message: string): string {
  writeFiles(dir, files);
  git(dir, 'add', '-A');
  git(dir, 'commit', '--quiet', '-m', message);
  return git(dir, 'rev-parse', 'HEAD').trim();
}

describe('mlops registry', () => {
  it('registers card versions, assigns stages, shows state, history and audit, and rolls back through a PR branch', async () => {
    const repo = makeRepo({ '.github/mlops.yml': config, 'models/churn/MODEL_CARD.md': card('1.0.0'), 'models/churn/model.pkl': 'v1' });
    const bare = addBareRemote(repo);
    expect((await run(repo, 'registry', 'register', '--push')).out).toMatch(/registered churn@v1\.0\.0/);
    expect((await run(repo, 'registry', 'register', '--push')).out).toMatch(/nothing new to register/);
    commit(repo, { 'models/churn/MODEL_CARD.md': card('1.1.0'), 'models/churn/model.pkl': 'v2' }, 'v1.1.0');
    await run(repo, 'registry', 'register', '--push');
    git(repo, 'push', '--quiet', 'origin', 'main', 'main:release/production');
    expect((await run(repo, 'registry', 'assign', 'churn', '1.0.0', 'production', '--push')).out).toBe('wrote churn#production#1\n');
    expect((await run(repo, 'registry', 'assign', 'churn', 'v1.1.0', 'production', '--push')).out).toBe('wrote churn#production#2\n');
    expect((await run(repo, 'registry', 'assign', 'churn', 'v1.1.0', 'production', '--push')).out).toMatch(/already holds/);

    const show = JSON.parse((await run(repo, 'registry', 'show', '--json')).out);
    expect(show.artifacts[0]).toMatchObject({ name: 'churn', latest: 'v1.1.0', stages: { production: { version: 'v1.1.0' } }, nextCounter: 3 });
    expect((await run(repo, 'registry', 'show')).out).toMatch(/churn\s+v1\.1\.0\s+v1\.1\.0/);
    const history = JSON.parse((await run(repo, 'registry', 'history', 'churn', '--json')).out);
    expect(history.map((e: { tag: string }) => e.tag)).toEqual(['churn#production#2', 'churn#production#1', 'churn@v1.1.0', 'churn@v1.0.0']);
    const audit = await run(repo, 'registry', 'audit', 'churn');
    expect(audit.out).toMatch(/#### v1\.1\.0 — now in production/);
    expect(audit.out).toMatch(/entered production/);

    const rollback = await run(repo, 'registry', 'rollback', 'churn', 'production');
    expect(rollback.out).toMatch(/churn in production: v1\.1\.0 → v1\.0\.0 on branch mlops\/rollback\/churn-production-v1\.0\.0; set GITHUB_TOKEN/);
    expect(git(bare, 'show', 'mlops/rollback/churn-production-v1.0.0:models/churn/model.pkl')).toBe('v1');
    expect(git(bare, 'rev-parse', 'mlops/rollback/churn-production-v1.0.0^')).toBe(git(bare, 'rev-parse', 'release/production'));
  });

  it('refuses a version that goes down or a signature change without a major bump, naming the card line', async () => {
    const repo = makeRepo({ '.github/mlops.yml': config, 'models/churn/MODEL_CARD.md': card('1.2.0') });
    await run(repo, 'registry', 'register');
    commit(repo, { 'models/churn/MODEL_CARD.md': card('1.3.0', 'plan') }, 'new input');
    const r = await run(repo, 'registry', 'register');
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/models\/churn\/MODEL_CARD\.md:3.*changes its signature/s);
    commit(repo, { 'models/churn/MODEL_CARD.md': card('1.1.0') }, 'down');
    expect((await run(repo, 'registry', 'register')).out).toMatch(/lower than the registered v1\.2\.0/);
  });

  it('registers a data card as data/{name}', async () => {
    const repo = makeRepo({
      '.github/mlops.yml': 'datasets:\n  - name: iris\n    path: data/iris\n',
      'data/iris/DATA_CARD.md': '---\nname: iris\nversion: 2.0.0\nowners: [alice]\n---\n# iris\n',
      'data/iris/iris.csv': 'a,b\n1,2\n',
    });
    expect((await run(repo, 'registry', 'register')).out).toMatch(/registered data\/iris@v2\.0\.0/);
    expect(git(repo, 'tag', '--list').trim()).toBe('data/iris@v2.0.0');
  });

  it('deprecates once, and says so on a rerun', async () => {
    const repo = makeRepo({ '.github/mlops.yml': config, 'models/churn/MODEL_CARD.md': card('1.0.0') });
    await run(repo, 'registry', 'register');
    expect((await run(repo, 'registry', 'deprecate', 'churn')).out).toBe('wrote churn@deprecated\n');
    expect((await run(repo, 'registry', 'deprecate', 'churn')).out).toMatch(/already deprecated/);
  });

  it('lists what prune would remove without removing it', async () => {
    const repo = makeRepo({ '.github/mlops.yml': `${config}retention:\n  experiments:\n    keep_days: 30\n    keep_last: 0\n`, 'models/churn/MODEL_CARD.md': card('1.0.0') });
    await run(repo, 'registry', 'register');
    process.env.GIT_COMMITTER_DATE = '2020-01-01T00:00:00Z';
    try {
      git(repo, 'tag', '-a', '-m', 'old', 'exp/acme-train-20200101', 'HEAD');
      commit(repo, { 'other.txt': 'x' }, 'other');
      git(repo, 'tag', '-a', '-m', 'old', 'exp/acme-train-20200102', 'HEAD');
    } finally {
      delete process.env.GIT_COMMITTER_DATE;
    }
    const r = await run(repo, 'registry', 'prune', '--dry-run');
    expect(r.out).toMatch(/exp\/acme-train-20200102.*would remove/);
    expect(r.out).toMatch(/exp\/acme-train-20200101.*kept: on a commit in the registry history/);
    expect(git(repo, 'tag', '--list', 'exp/*').trim().split('\n')).toHaveLength(2);
  });

  it('rejects a wrong command line with exit code 2', async () => {
    const repo = makeRepo();
    expect((await run(repo, 'registry', 'history')).code).toBe(2);
    expect((await run(repo, 'registry', 'show', '--bogus')).code).toBe(2);
  });
});

describe('mlops gate evaluate', () => {
  it('explains a blocked promotion and exits 1, passes with exit 0', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'blocked.json'), JSON.stringify(snapshot()));
    const blocked = await run(dir, 'gate', 'evaluate', '--input', 'blocked.json');
    expect(blocked.code).toBe(1);
    expect(blocked.out).toMatch(/0 of 1 approvals/); // the default policy: one approval per stage
    const passing = snapshot((s) => (s.reviews = [1, 2].map((i) => ({ id: i, user: { login: i === 1 ? 'alice' : 'bob' }, state: 'APPROVED', commit_id: s.pullRequest.head.sha, submitted_at: '2025-03-10T11:00:00Z' }))));
    writeFileSync(path.join(dir, 'ok.json'), JSON.stringify(passing));
    const ok = await run(dir, 'gate', 'evaluate', '--input', 'ok.json', '--json');
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.out).findings).toEqual([]);
  });

  it('names the file and line of an invalid snapshot', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'bad.json'), '{\n  "repository": 5\n}\n');
    const r = await run(dir, 'gate', 'evaluate', '--input', 'bad.json');
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/bad\.json:2/);
  });
});

describe('mlops registry outside a repository', () => {
  it('says it needs a git repository instead of failing with a stack', async () => {
    const r = await run(tempDir(), 'registry', 'show', '--json');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/cannot read tags.*\nhint: run it inside a git repository/s);
  });
});

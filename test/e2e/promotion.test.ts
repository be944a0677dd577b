/**
 * Promotion end to end: dist/register and dist/promotion-gate under Node 24 as a runner runs them, on
 * real webhook payloads, a real git remote and the GitHub API emulator. A version is registered on
 * main, a promotion PR into release/staging fails the gate, gets an approval, passes; the merge push
 * records the assignment; reruns change nothing.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { createClient } from '../../src/adapters/github/client.js';
import { startEmulator, type Emulator } from '../harness/emulator/index.js';
import { leaks, retarget, runAction, webhookExample } from '../harness/runner.js';
import { git, makeRepo, writeFiles } from '../helpers/repo.js';

const REPO = 'octo-org/models';
const CONFIG = `project: churn
stages: [staging, production]
models:
  - name: churn
    path: models/churn
    risk: low
promotion:
  staging:
    approvals: 1
    require_card_complete: false
`;
const CARD = `---
name: churn
version: 1.0.0
risk: low
owners: [alice]
---
# churn
`;

let emulator: Emulator;
beforeEach(async () => {
  emulator = await startEmulator({ owner: 'octo-org', repo: 'models', users: [{ login: 'alice', permission: 'write' }, { login: 'bob', permission: 'write' }] });
});
afterEach(async () => {
  await emulator.close();
});

const bareTags = () => git(emulator.bareRepo, 'for-each-ref', '--format=%(refname)', 'refs/tags', 'refs/mlops').trim().split('\n').filter(Boolean).sort();

function pushEvent(branch: string, sha: string) {
  const payload = retarget(webhookExample('push'), { repository: REPO, sender: 'bob' });
  Object.assign(payload, { ref: `refs/heads/${branch}`, after: sha });
  Object.assign(payload.repository as object, { default_branch: 'main' });
  return { name: 'push', payload };
}

function reviewEvent(number: number, head: string, base: string, sha: { base: string }) {
  const payload = retarget(webhookExample('pull_request_review', 'submitted'), { repository: REPO, number, head: { ref: head, sha: '' }, base: { ref: base, sha: sha.base }, sender: 'bob' });
  return { name: 'pull_request_review', payload };
}

async function run(bundle: string, workspace: string, event: { name: string; payload: object }) {
  const token = emulator.tokens.installation;
  const result = await runAction({ bundle, event, workspace, token, emulator });
  expect(leaks(result, token)).toEqual([]);
  return result;
}

describe('promotion through a PR into a release branch', () => {
  it('fails, gets an approval, passes, and the merge records exactly one assignment; reruns change nothing', async () => {
    // given: release/staging without the model, main with churn 1.0.0, both on the emulator's remote
    const workspace = makeRepo({ '.github/mlops.yml': CONFIG, 'README.md': '# models\n' });
    git(workspace, 'remote', 'add', 'origin', emulator.bareRepo);
    const base = git(workspace, 'rev-parse', 'HEAD').trim();
    git(workspace, 'push', '--quiet', 'origin', `${base}:refs/heads/release/staging`);
    writeFiles(workspace, { 'models/churn/MODEL_CARD.md': CARD, 'models/churn/model.pkl': 'weights-v1' });
    git(workspace, 'add', '-A');
    git(workspace, 'commit', '--quiet', '-m', 'churn 1.0.0');
    const head = git(workspace, 'rev-parse', 'HEAD').trim();
    git(workspace, 'push', '--quiet', 'origin', 'HEAD:refs/heads/main', 'HEAD:refs/heads/promote/churn-1.0.0');

    // when main is pushed: the version is registered with its release
    const registered = await run('register', workspace, pushEvent('main', head));
    expect(registered.code).toBe(0);
    expect(registered.outputs.tags).toBe('churn@v1.0.0');
    expect(emulator.state.releases.map((r) => r.tagName)).toEqual(['churn@v1.0.0']);

    // a promotion PR by alice: the gate blocks it (no approval yet)
    const { pull } = emulator.seed.pullRequest({ head: { ref: 'promote/churn-1.0.0', sha: head }, base: { ref: 'release/staging', sha: base }, author: 'alice' });
    const opened = retarget(webhookExample('pull_request', 'opened'), { repository: REPO, number: pull.number, head: { ref: 'promote/churn-1.0.0', sha: head }, base: { ref: 'release/staging', sha: base }, sender: 'alice' });
    const first = await run('promotion-gate', workspace, { name: 'pull_request', payload: opened });
    expect(first.code).toBe(0);
    expect(first.outputs.passed).toBe('false');
    expect(emulator.state.statuses.map((s) => [s.sha, s.context, s.state])).toEqual([[head, 'mlops/promotion', 'failure']]);

    // bob approves the head commit: the gate re-runs on the review event and passes
    emulator.seed.review({ pullNumber: pull.number, author: 'bob', state: 'APPROVED', commitId: head });
    const review = reviewEvent(pull.number, 'promote/churn-1.0.0', 'release/staging', { base });
    const second = await run('promotion-gate', workspace, review);
    expect(second.outputs.passed).toBe('true');
    expect(emulator.state.statuses.map((s) => s.state)).toEqual(['failure', 'success']);
    const comments = emulator.state.comments.filter((c) => c.issueNumber === pull.number);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toMatch(/Promotion to staging: passed/);

    // the PR is merged (fast-forward) and the push to release/staging records the assignment
    await createClient({ token: emulator.tokens.personal('bob'), baseUrl: emulator.url }).rest.pulls.merge({ owner: 'octo-org', repo: 'models', pull_number: pull.number });
    const assigned = await run('register', workspace, pushEvent('release/staging', head));
    expect(assigned.code).toBe(0);
    expect(assigned.outputs.tags).toBe('churn#staging#1');
    const expectedRefs = ['refs/mlops/counters/churn/1', 'refs/tags/churn#staging#1', 'refs/tags/churn@v1.0.0'];
    expect(bareTags()).toEqual(expectedRefs);
    const message = git(emulator.bareRepo, 'tag', '-l', '--format=%(contents)', 'churn#staging#1');
    expect(JSON.parse(message.slice(message.indexOf('{')))).toMatchObject({ pr: pull.number, approvers: ['bob'], checks: [{ id: 'mlops/promotion', met: true }], version: 'v1.0.0' });

    // reruns of everything change nothing
    const before = { releases: JSON.stringify(emulator.state.releases), statuses: emulator.state.statuses.length };
    expect((await run('register', workspace, pushEvent('release/staging', head))).outputs.tags).toBe('');
    expect((await run('register', workspace, pushEvent('main', head))).outputs).toMatchObject({ tags: '', releases: '' });
    expect(bareTags()).toEqual(expectedRefs);
    expect(JSON.stringify(emulator.state.releases)).toBe(before.releases);
    expect(emulator.state.comments.filter((c) => c.issueNumber === pull.number)).toHaveLength(1);
    // The emulator does not serve repos/list-activities (push activity); the gate then falls back to the
    // head commit's committer as the last pusher. Every other request kept to GitHub's contract.
    const violations = emulator.violations.filter((v) => !JSON.stringify(v).includes('repos/list-activities'));
    expect(violations).toEqual([]);
  });
});

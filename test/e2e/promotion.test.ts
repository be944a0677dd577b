/**
 * Promotion end to end: dist/register and dist/promotion-gate under Node 24 as a runner runs them, on
 * real webhook payloads, a real git remote and the GitHub API emulator. A version is registered on
 * main, a promotion PR into release/staging fails the gate, gets an approval, passes; the merge push
 * records the assignment; reruns change nothing.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { clientWithEveryEndpoint } from '../helpers/github-client.js';
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

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

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

/** release/staging without the model, main with churn 1.0.0 on the emulator's remote, registered by the action. */
async function givenRegisteredVersion(config: string) {
  const workspace = makeRepo({ '.github/mlops.yml': config, 'README.md': '# models\n' });
  git(workspace, 'remote', 'add', 'origin', emulator.bareRepo);
  const base = git(workspace, 'rev-parse', 'HEAD').trim();
  git(workspace, 'push', '--quiet', 'origin', `${base}:refs/heads/release/staging`);
  writeFiles(workspace, { 'models/churn/MODEL_CARD.md': CARD, 'models/churn/model.pkl': 'weights-v1' });
  git(workspace, 'add', '-A');
  git(workspace, 'commit', '--quiet', '-m', 'churn 1.0.0');
  const head = git(workspace, 'rev-parse', 'HEAD').trim();
  git(workspace, 'push', '--quiet', 'origin', 'HEAD:refs/heads/main', 'HEAD:refs/heads/promote/churn-1.0.0');
  const registered = await run('register', workspace, pushEvent('main', head));
  expect(registered.code).toBe(0);
  expect(registered.outputs.tags).toBe('churn@v1.0.0');
  return { workspace, base, head };
}

/** The promotion PR by alice and its `opened` event. */
function openPromotion(base: string, head: string) {
  const { pull } = emulator.seed.pullRequest({ head: { ref: 'promote/churn-1.0.0', sha: head }, base: { ref: 'release/staging', sha: base }, author: 'alice' });
  const payload = retarget(webhookExample('pull_request', 'opened'), { repository: REPO, number: pull.number, head: { ref: 'promote/churn-1.0.0', sha: head }, base: { ref: 'release/staging', sha: base }, sender: 'alice' });
  return { pull, event: { name: 'pull_request', payload } };
}

describe('promotion through a PR into a release branch', () => {
  it('fails, gets an approval, passes, and the merge records exactly one assignment; reruns change nothing', async () => {
    const { workspace, base, head } = await givenRegisteredVersion(CONFIG);
    expect(emulator.state.releases.map((r) => [r.tagName, r.draft])).toEqual([['churn@v1.0.0', false]]);
    const assets = Object.fromEntries(emulator.state.releases[0]!.assets.map((a) => [a.name, a.data.toString('utf8')]));
    expect(Object.keys(assets).sort()).toEqual(['MODEL_CARD.md', 'SHA256SUMS', 'model.pkl']);
    expect(assets.SHA256SUMS).toBe(`${sha256(CARD)}  MODEL_CARD.md\n${sha256('weights-v1')}  model.pkl\n`);

    // a promotion PR by alice: the gate blocks it (no approval yet)
    const { pull, event } = openPromotion(base, head);
    const first = await run('promotion-gate', workspace, event);
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

    // a rerun of the gate on the same reviews adds no status and no comment
    await run('promotion-gate', workspace, review);
    expect(emulator.state.statuses.map((s) => s.state)).toEqual(['failure', 'success']);
    expect(emulator.state.comments.filter((c) => c.issueNumber === pull.number)).toHaveLength(1);

        // the PR is merged (fast-forward) and the push to release/staging records the assignment
    await clientWithEveryEndpoint({ token: emulator.tokens.personal('bob'), baseUrl: emulator.url }).rest.pulls.merge({ owner: 'octo-org', repo: 'models', pull_number: pull.number });
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

  it('fails the team condition with the reason when the token cannot read org teams, and passes with a teams token', async () => {
    emulator.seed.team('octo-org', 'ml-leads', ['bob']);
    const { workspace, base, head } = await givenRegisteredVersion(CONFIG.replace('    approvals: 1\n', '    approvals: 1\n    teams: [octo-org/ml-leads]\n'));
    const { pull, event } = openPromotion(base, head);
    emulator.seed.review({ pullNumber: pull.number, author: 'bob', state: 'APPROVED', commitId: head });

    const withoutTeamsToken = await run('promotion-gate', workspace, event);
    const verdict = JSON.parse(withoutTeamsToken.outputs.verdict!);
    expect(verdict.conditions.find((c: { id: string }) => c.id === 'teams')).toMatchObject({ met: false, detail: expect.stringMatching(/cannot be read.*403/) });
    expect(emulator.state.statuses.at(-1)?.state).toBe('failure');

    const teamsToken = emulator.tokens.personal('bob');
    const result = await runAction({ bundle: 'promotion-gate', event, workspace, token: emulator.tokens.installation, emulator, inputs: { 'teams-token': teamsToken } });
    expect(leaks(result, teamsToken)).toEqual([]);
    expect(result.outputs.passed).toBe('true');
    expect(emulator.state.statuses.at(-1)?.state).toBe('success');
    expect(emulator.state.comments.filter((c) => c.issueNumber === pull.number)).toHaveLength(1);
  });

  it('still reports the verdict when the token is read-only, as on a fork PR', async () => {
    const { workspace, base, head } = await givenRegisteredVersion(CONFIG);
    const { event } = openPromotion(base, head);
    emulator.tokens.setWrite(emulator.tokens.installation, false);
    const result = await run('promotion-gate', workspace, event);
    expect(result.code).toBe(0);
    expect(result.outputs.passed).toBe('false');
    expect(result.annotations.some((a) => /cannot set the mlops\/promotion status \(403/.test(a.message))).toBe(true);
    expect(emulator.state.statuses).toEqual([]);
  });
});

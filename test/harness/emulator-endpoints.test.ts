/**
 * Every operation the emulator serves, driven through Octokit, with every request and response
 * checked against GitHub's OpenAPI description. The bare Octokit (no throttling plugin) is used so
 * the many writes here are not spaced out like the product's client spaces them.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { Octokit } from '@octokit/rest';
import { git, makeRepo, writeFiles } from '../helpers/repo.js';
import { handlers, startEmulator, type Emulator } from './emulator/index.js';
import { loadApi } from './emulator/openapi.js';
import { ApiValidator } from './emulator/validator.js';

const owner = 'octo-org';
const quiet = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };
const repo = 'models';

describe('emulated endpoints', () => {
  let emulator: Emulator;
  let bot: Octokit;
  let work: string;
  const as = (login: string): Octokit =>
    new Octokit({ auth: emulator.tokens.personal(login), baseUrl: emulator.url, log: quiet });

  beforeEach(async () => {
    emulator = await startEmulator({ owner, repo, users: [{ login: 'alice', permission: 'maintain' }] });
    bot = new Octokit({ auth: emulator.tokens.installation, baseUrl: emulator.url, log: quiet });
    work = makeRepo({ 'model.txt': 'v1\n' });
    git(work, 'push', '--quiet', emulator.bareRepo, 'main');
  });
  afterEach(async () => {
    await emulator.close();
    emulator.assertNoViolations();
  });

  it('reports the repository, collaborator permissions and teams', async () => {
    emulator.seed.team(owner, 'reviewers', ['alice']);

    const repository = await bot.rest.repos.get({ owner, repo });
    const permission = await bot.rest.repos.getCollaboratorPermissionLevel({
      owner,
      repo,
      username: 'alice',
    });
    const teams = await as('alice').rest.teams.list({ org: owner });

    expect(repository.data).toMatchObject({ full_name: `${owner}/${repo}`, default_branch: 'main' });
    // GitHub folds maintain into the legacy `write`; role_name keeps it.
    expect(permission.data).toMatchObject({ permission: 'write', role_name: 'maintain' });
    expect(teams.data.map((t) => t.slug)).toEqual(['reviewers']);
  });

  it('creates, filters, labels and closes issues', async () => {
    emulator.seed.issue({ title: 'older', author: 'bob', labels: ['data'] });
    const created = await bot.rest.issues.createLabel({ owner, repo, name: 'drift', color: 'd73a4a' });
    const issue = await bot.rest.issues.create({ owner, repo, title: 'drift detected', labels: ['drift'] });
    await bot.rest.issues.addLabels({ owner, repo, issue_number: issue.data.number, labels: ['monitoring'] });

    const drift = await bot.rest.issues.listForRepo({
      owner,
      repo,
      labels: 'drift,monitoring',
      creator: 'github-actions[bot]',
    });
    const closed = await bot.rest.issues.update({
      owner,
      repo,
      issue_number: issue.data.number,
      state: 'closed',
    });
    const open = await bot.rest.issues.listForRepo({ owner, repo, state: 'open' });
    const labels = await bot.rest.issues.listLabelsForRepo({ owner, repo });

    expect(created.data.color).toBe('d73a4a');
    expect(drift.data.map((i) => i.title)).toEqual(['drift detected']);
    expect(closed.data).toMatchObject({ state: 'closed', state_reason: 'completed' });
    expect(open.data.map((i) => i.title)).toEqual(['older']);
    expect(labels.data.map((l) => l.name).sort()).toEqual(['data', 'drift', 'monitoring']);
  });

  it('edits and deletes issue comments', async () => {
    const { number } = emulator.seed.issue({ title: 'card' });
    const mine = await bot.rest.issues.createComment({ owner, repo, issue_number: number, body: 'v1' });

    await bot.rest.issues.updateComment({ owner, repo, comment_id: mine.data.id, body: 'v2' });
    const read = await bot.rest.issues.getComment({ owner, repo, comment_id: mine.data.id });
    await bot.rest.issues.deleteComment({ owner, repo, comment_id: mine.data.id });

    expect(read.data.body).toBe('v2');
    expect(emulator.state.comments).toEqual([]);
  });

  it('runs a pull request from creation through review to merge', async () => {
    // given a branch with one commit pushed
    git(work, 'checkout', '--quiet', '-b', 'promote');
    writeFiles(work, { 'model.txt': 'v2\n' });
    git(work, 'commit', '--quiet', '-am', 'promote churn');
    git(work, 'push', '--quiet', emulator.bareRepo, 'promote');
    const head = git(work, 'rev-parse', 'HEAD').trim();

    const pr = await bot.rest.pulls.create({
      owner,
      repo,
      title: 'Promote churn',
      head: 'promote',
      base: 'main',
    });
    emulator.state.pulls[0]?.files.push({
      filename: 'model.txt',
      status: 'modified',
      additions: 1,
      deletions: 1,
      patch: '-v1\n+v2',
    });
    const alice = as('alice');
    const review = await alice.rest.pulls.createReview({
      owner,
      repo,
      pull_number: pr.data.number,
      event: 'APPROVE',
      commit_id: head,
    });
    const reviews = await bot.rest.pulls.listReviews({ owner, repo, pull_number: pr.data.number });
    const files = await bot.rest.pulls.listFiles({ owner, repo, pull_number: pr.data.number });
    const commits = await bot.rest.pulls.listCommits({ owner, repo, pull_number: pr.data.number });
    const listed = await bot.rest.pulls.list({ owner, repo, head: `${owner}:promote` });
    await bot.rest.pulls.update({ owner, repo, pull_number: pr.data.number, body: 'ready' });
    const merged = await bot.rest.pulls.merge({ owner, repo, pull_number: pr.data.number, sha: head });
    const after = await bot.rest.pulls.get({ owner, repo, pull_number: pr.data.number });
    const asIssue = await bot.rest.issues.get({ owner, repo, issue_number: pr.data.number });

    expect(pr.data).toMatchObject({
      head: { ref: 'promote', sha: head },
      user: { login: 'github-actions[bot]' },
    });
    expect(review.data).toMatchObject({ state: 'APPROVED', commit_id: head, user: { login: 'alice' } });
    expect(reviews.data.map((r) => r.state)).toEqual(['APPROVED']);
    expect(files.data).toMatchObject([{ filename: 'model.txt', changes: 2 }]);
    expect(commits.data.map((c) => c.sha)).toEqual([head]);
    expect(listed.data.map((p) => p.number)).toEqual([pr.data.number]);
    expect(merged.data.merged).toBe(true);
    expect(after.data).toMatchObject({ merged: true, state: 'closed', body: 'ready' });
    expect(asIssue.data.pull_request?.merged_at).toBe(after.data.merged_at);
    expect(git(work, 'ls-remote', emulator.bareRepo, 'refs/heads/main')).toContain(head);
  });

  it('dismisses a review given on a seeded pull request', async () => {
    const { pull } = emulator.seed.pullRequest({
      number: 7,
      head: { ref: 'feature', sha: 'a'.repeat(40) },
      author: 'bob',
    });
    const stale = emulator.seed.review({
      pullNumber: pull.number,
      author: 'alice',
      state: 'APPROVED',
      commitId: 'b'.repeat(40),
    });

    const dismissed = await bot.rest.pulls.dismissReview({
      owner,
      repo,
      pull_number: pull.number,
      review_id: stale.id,
      message: 'stale',
    });

    expect(dismissed.data).toMatchObject({
      state: 'DISMISSED',
      commit_id: 'b'.repeat(40),
      pull_request_url: expect.stringMatching(/\/pulls\/7$/),
    });
  });

  it('publishes a draft release and manages its assets', async () => {
    const draft = await bot.rest.repos.createRelease({
      owner,
      repo,
      tag_name: 'v1',
      draft: true,
      prerelease: false,
    });
    const invisible = await bot.rest.repos
      .getReleaseByTag({ owner, repo, tag: 'v1' })
      .catch((e: { status: number }) => e.status);
    const asset = await bot.rest.repos.uploadReleaseAsset({
      owner,
      repo,
      release_id: draft.data.id,
      name: 'metrics.json',
      data: '{"auc":0.9}',
      baseUrl: emulator.url,
      headers: { 'content-type': 'application/json' },
    });
    await bot.rest.repos.updateRelease({
      owner,
      repo,
      release_id: draft.data.id,
      draft: false,
      make_latest: 'true',
    });
    const latest = await bot.rest.repos.getLatestRelease({ owner, repo });
    const byId = await bot.rest.repos.getRelease({ owner, repo, release_id: draft.data.id });
    const byTag = await bot.rest.repos.getReleaseByTag({ owner, repo, tag: 'v1' });
    const assets = await bot.rest.repos.listReleaseAssets({ owner, repo, release_id: draft.data.id });
    const browser = await fetch(asset.data.browser_download_url).then((r) => r.text());
    await bot.rest.repos.deleteReleaseAsset({ owner, repo, asset_id: asset.data.id });
    await bot.rest.repos.deleteRelease({ owner, repo, release_id: draft.data.id });
    const list = await bot.rest.repos.listReleases({ owner, repo });

    expect(invisible).toBe(404);
    expect(latest.data).toMatchObject({ id: draft.data.id, draft: false });
    expect(byTag.data.published_at).not.toBeNull();
    expect(byId.data.assets.map((a) => a.name)).toEqual(['metrics.json']);
    expect(assets.data).toMatchObject([
      { name: 'metrics.json', size: 11, digest: expect.stringMatching(/^sha256:[0-9a-f]{64}$/) },
    ]);
    expect(browser).toBe('{"auc":0.9}');
    expect(list.data).toEqual([]);
  });

  it('records deployments, their statuses and environments', async () => {
    await bot.rest.repos.createOrUpdateEnvironment({
      owner,
      repo,
      environment_name: 'production',
      wait_timer: 5,
    });
    const first = await bot.rest.repos.createDeployment({
      owner,
      repo,
      ref: 'main',
      environment: 'production',
      auto_merge: false,
      required_contexts: [],
    });
    const id = (first.data as { id: number }).id;
    await bot.rest.repos.createDeploymentStatus({
      owner,
      repo,
      deployment_id: id,
      state: 'success',
      environment_url: 'https://model.example/v1',
    });
    const second = await bot.rest.repos.createDeployment({
      owner,
      repo,
      ref: 'main',
      environment: 'production',
      auto_merge: false,
      required_contexts: [],
    });
    await bot.rest.repos.createDeploymentStatus({
      owner,
      repo,
      deployment_id: (second.data as { id: number }).id,
      state: 'success',
    });

    const listed = await bot.rest.repos.listDeployments({ owner, repo, environment: 'production' });
    const statuses = await bot.rest.repos.listDeploymentStatuses({ owner, repo, deployment_id: id });
    const one = await bot.rest.repos.getDeployment({ owner, repo, deployment_id: id });
    const environment = await bot.rest.repos.getEnvironment({ owner, repo, environment_name: 'production' });

    expect(listed.data.map((d) => d.id)).toEqual([(second.data as { id: number }).id, id]);
    // GitHub marks the earlier successful deployment inactive (auto_inactive).
    expect(statuses.data.map((s) => s.state)).toEqual(['inactive', 'success']);
    expect(one.data.sha).toBe(git(work, 'rev-parse', 'HEAD').trim());
    expect(environment.data.protection_rules).toMatchObject([{ type: 'wait_timer', wait_timer: 5 }]);
  });

  it('records check runs and commit statuses per commit', async () => {
    const sha = git(work, 'rev-parse', 'HEAD').trim();
    const run = await bot.rest.checks.create({
      owner,
      repo,
      name: 'mlops/gate',
      head_sha: sha,
      status: 'in_progress',
    });
    await bot.rest.checks.update({
      owner,
      repo,
      check_run_id: run.data.id,
      conclusion: 'failure',
      output: { title: 'Gate', summary: 'AUC dropped' },
    });
    await bot.rest.repos.createCommitStatus({ owner, repo, sha, state: 'success', context: 'mlops/cards' });
    await bot.rest.repos.createCommitStatus({ owner, repo, sha, state: 'pending', context: 'mlops/data' });

    const runs = await bot.rest.checks.listForRef({ owner, repo, ref: 'main' });
    const one = await bot.rest.checks.get({ owner, repo, check_run_id: run.data.id });
    const statuses = await bot.rest.repos.listCommitStatusesForRef({ owner, repo, ref: sha });
    const combined = await bot.rest.repos.getCombinedStatusForRef({ owner, repo, ref: 'main' });
    const refused = await as('alice')
      .rest.checks.create({ owner, repo, name: 'x', head_sha: sha })
      .catch((e: { status: number }) => e.status);

    expect(runs.data).toMatchObject({
      total_count: 1,
      check_runs: [{ status: 'completed', conclusion: 'failure', output: { summary: 'AUC dropped' } }],
    });
    expect(one.data.app?.slug).toBe('github-actions');
    expect(statuses.data.map((s) => s.context)).toEqual(['mlops/data', 'mlops/cards']);
    expect(combined.data).toMatchObject({ state: 'pending', total_count: 2 });
    expect(refused).toBe(403);
  });

  it('receives repository and workflow dispatches and serves file contents', async () => {
    await bot.rest.repos.createDispatchEvent({
      owner,
      repo,
      event_type: 'model-promoted',
      client_payload: { model: 'churn' },
    });
    await bot.rest.actions.createWorkflowDispatch({
      owner,
      repo,
      workflow_id: 'deploy.yml',
      ref: 'main',
      inputs: { stage: 'prod' },
    });
    const file = await bot.rest.repos.getContent({ owner, repo, path: 'model.txt' });
    const raw = await bot.rest.repos.getContent({
      owner,
      repo,
      path: 'model.txt',
      mediaType: { format: 'raw' },
    });

    expect(emulator.state.dispatches).toMatchObject([
      { eventType: 'model-promoted', clientPayload: { model: 'churn' } },
    ]);
    expect(emulator.state.workflowDispatches).toMatchObject([
      { workflowId: 'deploy.yml', inputs: { stage: 'prod' } },
    ]);
    expect(Buffer.from((file.data as { content: string }).content, 'base64').toString()).toBe('v1\n');
    expect(raw.data).toBe('v1\n');
  });

  it('moves, refuses non-fast-forward updates of, compares and deletes refs', async () => {
    const first = git(work, 'rev-parse', 'HEAD').trim();
    writeFiles(work, { 'model.txt': 'v2\n' });
    git(work, 'commit', '--quiet', '-am', 'second');
    git(work, 'push', '--quiet', emulator.bareRepo, 'main');
    const second = git(work, 'rev-parse', 'HEAD').trim();
    await bot.rest.git.createRef({ owner, repo, ref: 'refs/heads/stable', sha: first });

    await bot.rest.git.updateRef({ owner, repo, ref: 'heads/stable', sha: second });
    const backwards = await bot.rest.git
      .updateRef({ owner, repo, ref: 'heads/stable', sha: first })
      .catch((e: { status: number }) => e.status);
    const compare = await bot.rest.repos.compareCommitsWithBasehead({
      owner,
      repo,
      basehead: `${first}...main`,
    });
    const commit = await bot.rest.repos.getCommit({ owner, repo, ref: 'stable' });
    await bot.rest.git.deleteRef({ owner, repo, ref: 'heads/stable' });

    expect(backwards).toBe(422);
    expect(compare.data).toMatchObject({ status: 'ahead', ahead_by: 1, commits: [{ sha: second }] });
    expect(commit.data).toMatchObject({
      sha: second,
      commit: { message: 'second' },
      parents: [{ sha: first }],
    });
    expect(git(work, 'ls-remote', emulator.bareRepo)).not.toContain('refs/heads/stable');
  });
});

describe('response validation', () => {
  const validator = new ApiValidator(loadApi(Object.keys(handlers)));
  const op = validator.api.operations['issues/create-comment']!;

  it('rejects a response body missing fields the schema requires', () => {
    expect(validator.validateResponse(op, 201, { id: 1, body: 'hi' }).join('\n')).toContain(
      "must have required property 'node_id'",
    );
  });

  it('rejects a status the operation does not document', () => {
    expect(validator.validateResponse(op, 200, {})).toEqual([
      'status 200 is not documented for issues/create-comment',
    ]);
  });
});

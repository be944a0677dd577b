import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { clientWithEveryEndpoint } from '../helpers/github-client.js';
import { git, makeRepo } from '../helpers/repo.js';
import { startEmulator, type Emulator } from './emulator/index.js';

const owner = 'octo-org';
const repo = 'models';

describe('GitHub API emulator', () => {
  let emulator: Emulator;
  let bot: ReturnType<typeof client>;
  // Every endpoint: this drives emulator operations (git refs, the repository) the product never calls.
  const client = (token: string) => clientWithEveryEndpoint({ token, baseUrl: emulator.url });

  beforeEach(async () => {
    emulator = await startEmulator({ owner, repo });
    bot = client(emulator.tokens.installation);
  });
  afterEach(async () => emulator.close());

  describe('identity', () => {
    it('refuses GET /user to an installation token and writes as github-actions[bot]', async () => {
      // given an issue
      const { number } = emulator.seed.issue({ title: 'model card', author: 'alice' });

      // when the GITHUB_TOKEN asks who it is and comments
      const whoami = await bot.rest.users.getAuthenticated().catch((error: unknown) => error);
      const comment = await bot.rest.issues.createComment({ owner, repo, issue_number: number, body: 'hi' });

      // then
      expect(whoami).toMatchObject({
        status: 403,
        message: expect.stringContaining('Resource not accessible by integration'),
      });
      expect(comment.data.user).toMatchObject({ login: 'github-actions[bot]', type: 'Bot', id: 41898282 });
      expect(emulator.state.comments).toMatchObject([
        { issueNumber: number, author: 'github-actions[bot]', body: 'hi' },
      ]);
      emulator.assertNoViolations();
    });

    it('answers GET /user to a personal token and writes as that user', async () => {
      const alice = client(emulator.tokens.personal('alice'));
      const { number } = emulator.seed.issue({ title: 'model card' });

      const me = await alice.rest.users.getAuthenticated();
      const comment = await alice.rest.issues.createComment({
        owner,
        repo,
        issue_number: number,
        body: 'lgtm',
      });

      expect(me.data).toMatchObject({ login: 'alice', type: 'User' });
      expect(comment.data.user?.login).toBe('alice');
      emulator.assertNoViolations();
    });

    it('answers 401 to an unknown token', async () => {
      const stranger = client('ghp_not-a-real-token');

      await expect(stranger.rest.repos.get({ owner, repo })).rejects.toMatchObject({
        status: 401,
        message: expect.stringContaining('Bad credentials'),
      });
      expect(emulator.requests.at(-1)).toMatchObject({
        method: 'GET',
        path: `/repos/${owner}/${repo}`,
        status: 401,
      });
    });

    it('refuses writes to a token without write permission', async () => {
      const { number } = emulator.seed.issue({ title: 'from a fork' });
      emulator.tokens.setWrite(emulator.tokens.installation, false);

      const refused = await bot.rest.issues
        .createComment({ owner, repo, issue_number: number, body: 'x' })
        .catch((e: unknown) => e);

      expect(refused).toMatchObject({ status: 403 });
      expect(emulator.state.comments).toEqual([]);
    });

    it('lets only tokens allowed to read the org see team memberships', async () => {
      emulator.seed.team(owner, 'ml-reviewers', { bob: 'maintainer' });
      const bobToken = emulator.tokens.personal('bob');

      const asBot = await bot.rest.teams
        .getMembershipForUserInOrg({ org: owner, team_slug: 'ml-reviewers', username: 'bob' })
        .catch((error: unknown) => error);
      const asBob = await client(bobToken).rest.teams.getMembershipForUserInOrg({
        org: owner,
        team_slug: 'ml-reviewers',
        username: 'bob',
      });

      expect(asBot).toMatchObject({ status: 403 });
      expect(asBob.data).toMatchObject({ role: 'maintainer', state: 'active' });
      emulator.assertNoViolations();
    });
  });

  describe('contract validation', () => {
    it('records a request that breaks the operation schema as a violation', async () => {
      // when a label is created without its required name
      const created = bot.request({
        method: 'POST',
        url: '/repos/{owner}/{repo}/labels',
        owner,
        repo,
        color: 'ff0000',
      });

      await expect(created).rejects.toMatchObject({ status: 422 });
      expect(emulator.violations).toMatchObject([{ kind: 'request', operationId: 'issues/create-label' }]);
      expect(emulator.violations[0]?.problems.join('\n')).toContain("must have required property 'name'");
      expect(() => emulator.assertNoViolations()).toThrow(/issues\/create-label/);
      expect(emulator.state.labels).toEqual([]);
    });

    it('records a path no documented operation matches as a violation', async () => {
      await expect(
        bot.request('GET /repos/{owner}/{repo}/model-registry', { owner, repo }),
      ).rejects.toMatchObject({ status: 404 });

      expect(emulator.violations).toMatchObject([
        { kind: 'undocumented', path: `/repos/${owner}/${repo}/model-registry` },
      ]);
    });

    it('records an undocumented query parameter as a violation', async () => {
      await expect(
        bot.request('GET /repos/{owner}/{repo}/issues', { owner, repo, labelz: 'bug' }),
      ).rejects.toMatchObject({ status: 422 });

      expect(emulator.violations[0]?.problems).toContain("query parameter 'labelz' is not documented");
    });
  });

  it('paginates like GitHub so octokit.paginate reads every page', async () => {
    // given 75 comments on one issue
    const { number } = emulator.seed.issue({ title: 'busy thread' });
    for (let i = 1; i <= 75; i++) emulator.seed.comment(number, `comment ${i}`, i % 2 ? 'alice' : 'bob');

    // when
    const comments = await bot.paginate(bot.rest.issues.listComments, {
      owner,
      repo,
      issue_number: number,
      per_page: 30,
    });

    // then
    expect(comments.map((c) => c.body)).toEqual(Array.from({ length: 75 }, (_, i) => `comment ${i + 1}`));
    expect(emulator.requests.map((r) => r.query)).toEqual([
      '?per_page=30',
      '?per_page=30&page=2',
      '?per_page=30&page=3',
    ]);
    emulator.assertNoViolations();
  });

  it('keeps the bytes of an uploaded release asset and serves them back', async () => {
    // given a draft release
    const release = await bot.rest.repos.createRelease({
      owner,
      repo,
      tag_name: 'churn@v1.0.0',
      draft: true,
    });
    const bytes = Buffer.from([0, 1, 2, 253, 254, 255]);

    // when an asset is uploaded to its upload_url and downloaded as octet-stream
    const asset = await bot.request({
      method: 'POST',
      url: release.data.upload_url,
      name: 'model.onnx',
      data: bytes,
      headers: { 'content-type': 'application/octet-stream' },
    });
    const download = await bot.rest.repos.getReleaseAsset({
      owner,
      repo,
      asset_id: asset.data.id,
      headers: { accept: 'application/octet-stream' },
    });

    // then
    expect(release.data.upload_url.startsWith(emulator.url)).toBe(true);
    expect(asset.data).toMatchObject({
      name: 'model.onnx',
      size: 6,
      uploader: { login: 'github-actions[bot]' },
    });
    expect(Buffer.from(download.data as unknown as ArrayBuffer)).toEqual(bytes);
    expect(emulator.state.releases[0]?.assets[0]?.data).toEqual(bytes);
    emulator.assertNoViolations();
  });

  it('shows a real git push through the refs API and API-made refs to git', async () => {
    // given a tag pushed to the emulator's bare repository
    const work = makeRepo({ 'model.txt': 'v1\n' });
    git(work, 'tag', '-a', 'churn@v1.0.0', '-m', 'register churn 1.0.0');
    git(work, 'push', '--quiet', emulator.bareRepo, 'main', '--tags');
    const head = git(work, 'rev-parse', 'HEAD').trim();

    // when it is read through the API and a new tag is written through it
    const ref = await bot.rest.git.getRef({ owner, repo, ref: 'tags/churn@v1.0.0' });
    const tagObject = await bot.rest.git.getTag({ owner, repo, tag_sha: ref.data.object.sha });
    const matching = await bot.rest.git.listMatchingRefs({ owner, repo, ref: 'tags/churn@' });
    const made = await bot.rest.git.createTag({
      owner,
      repo,
      tag: 'churn@v1.1.0',
      message: 'promote',
      object: head,
      type: 'commit',
    });
    await bot.rest.git.createRef({ owner, repo, ref: 'refs/tags/churn@v1.1.0', sha: made.data.sha });

    // then
    expect(ref.data.object.type).toBe('tag');
    expect(tagObject.data).toMatchObject({
      tag: 'churn@v1.0.0',
      message: 'register churn 1.0.0\n',
      object: { sha: head, type: 'commit' },
    });
    expect(matching.data.map((r) => r.ref)).toEqual(['refs/tags/churn@v1.0.0']);
    expect(made.data.tagger.name).toBe('github-actions[bot]');
    expect(git(work, 'ls-remote', '--tags', emulator.bareRepo)).toContain('refs/tags/churn@v1.1.0');
    emulator.assertNoViolations();
  });

  describe('faults', () => {
    it.each([
      ['a 5xx answer', { kind: '5xx' as const }],
      ['a primary rate limit (429)', { kind: '429' as const, retryAfter: 1 }],
      ['a primary rate limit (403)', { kind: '429' as const, status: 403, retryAfter: 1 }],
      ['a secondary rate limit', { kind: 'secondary' as const, retryAfter: 1 }],
      ['a connection reset', { kind: 'reset' as const }],
      ['a slow answer', { kind: 'slow' as const, delayMs: 200 }],
    ])('lets the client recover from %s', async (_name, fault) => {
      // given one faulted answer on the repository endpoint
      emulator.inject({ ...fault, method: 'GET', path: /^\/repos\/[^/]+\/[^/]+$/ });

      // when
      const got = await bot.rest.repos.get({ owner, repo });

      // then the client retried (or waited) and the fault is in the log
      expect(got.data.full_name).toBe(`${owner}/${repo}`);
      expect(emulator.requests[0]?.fault).toBe(fault.kind);
      expect(emulator.requests.at(-1)).toMatchObject({ status: 200 });
      emulator.assertNoViolations();
    });
  });
});

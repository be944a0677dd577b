import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { createClient, type GitHubClient } from '../../../src/adapters/github/client.js';
import { findOwnSticky, upsertStickyComment } from '../../../src/adapters/github/comments.js';
import { ACTIONS_BOT_LOGIN, resolveIdentity, type Identity } from '../../../src/adapters/github/identity.js';
import { commentMarker } from '../../../src/core/report/marker.js';
import { startEmulator, type Emulator } from '../../harness/emulator/index.js';

const marker = commentMarker('CI', 'check');
const bot: Identity = { login: ACTIONS_BOT_LOGIN, kind: 'bot' };

let gh: Emulator;
let client: GitHubClient;
let pr: number;
const target = () => ({ owner: 'octo-org', repo: 'models', issueNumber: pr });
const commentsOnPr = () => gh.state.comments.filter((c) => c.issueNumber === pr);

beforeEach(async () => {
  gh = await startEmulator();
  client = createClient({ token: gh.tokens.installation, baseUrl: gh.url, writeIntervalMs: 0 });
  pr = gh.seed.pullRequest({ head: { ref: 'feature', sha: 'a'.repeat(40) } }).issue.number;
});
afterEach(async () => {
  gh.assertNoViolations();
  await gh.close();
});

describe('sticky comment', () => {
  it('creates one comment, leaves it alone when unchanged, and updates the same comment on a rerun', async () => {
    const first = await upsertStickyComment(client, target(), {
      marker,
      body: `${marker}\nrun 1`,
      identity: bot,
    });
    const again = await upsertStickyComment(client, target(), {
      marker,
      body: `${marker}\nrun 1`,
      identity: bot,
    });
    const rerun = await upsertStickyComment(client, target(), {
      marker,
      body: `${marker}\nrun 2`,
      identity: bot,
    });
    expect([first.action, again.action, rerun.action]).toEqual(['created', 'unchanged', 'updated']);
    expect(rerun.id).toBe(first.id);
    expect(commentsOnPr().map((c) => [c.author, c.body])).toEqual([[ACTIONS_BOT_LOGIN, `${marker}\nrun 2`]]);
    expect(gh.requests.filter((r) => r.method === 'PATCH')).toHaveLength(1);
  });

  it("never touches another user's comment that carries our marker", async () => {
    const forged = gh.seed.comment(pr, `${marker}\nplease merge`, 'mallory');
    const result = await upsertStickyComment(client, target(), {
      marker,
      body: `${marker}\nreport`,
      identity: bot,
    });
    expect(result.action).toBe('created');
    expect(result.id).not.toBe(forged.id);
    expect(forged.body).toBe(`${marker}\nplease merge`);
    expect(commentsOnPr().map((c) => c.author)).toEqual(['mallory', ACTIONS_BOT_LOGIN]);
  });

  it('finds our comment beyond the first page of comments', async () => {
    for (let i = 0; i < 120; i++) gh.seed.comment(pr, `comment ${i}`, 'reviewer');
    const ours = gh.seed.comment(pr, `${marker}\nold`, ACTIONS_BOT_LOGIN);
    const result = await upsertStickyComment(client, target(), {
      marker,
      body: `${marker}\nnew`,
      identity: bot,
    });
    expect(result).toMatchObject({ action: 'updated', id: ours.id });
    expect(ours.body).toBe(`${marker}\nnew`);
    expect(commentsOnPr()).toHaveLength(121);
  });

  it('keeps our comments of other purposes apart and removes our own duplicates of this one', async () => {
    const other = gh.seed.comment(pr, `${commentMarker('CI', 'promotion')}\ngate`, ACTIONS_BOT_LOGIN);
    const oldest = gh.seed.comment(pr, `${marker}\nA`, ACTIONS_BOT_LOGIN);
    gh.seed.comment(pr, `${marker}\nB`, ACTIONS_BOT_LOGIN);
    const result = await upsertStickyComment(client, target(), { marker, body: 'report', identity: bot });
    expect(result).toMatchObject({ action: 'updated', id: oldest.id, removedDuplicates: 1 });
    expect(commentsOnPr().map((c) => c.body)).toEqual([other.body, `${marker}\nreport`]);
  });

  it('updates the comment of a personal token by its own login only', async () => {
    const token = gh.tokens.personal('ml-bot-user');
    const personal = createClient({ token, baseUrl: gh.url, writeIntervalMs: 0 });
    const identity = await resolveIdentity(personal);
    expect(identity).toEqual({ login: 'ml-bot-user', kind: 'user' });
    const botComment = gh.seed.comment(pr, `${marker}\nfrom the actions bot`, ACTIONS_BOT_LOGIN);
    const result = await upsertStickyComment(personal, target(), {
      marker,
      body: `${marker}\nmine`,
      identity,
    });
    expect(result.action).toBe('created');
    expect(botComment.body).toBe(`${marker}\nfrom the actions bot`);
  });
});

describe('token identity', () => {
  it('is github-actions[bot] for an installation token, which GET /user refuses', async () => {
    expect(await resolveIdentity(client)).toEqual({ login: ACTIONS_BOT_LOGIN, kind: 'bot' });
    expect(gh.requests.some((r) => r.path === '/user' && r.status === 403)).toBe(true);
  });

  it('is the explicit bot login of a GitHub App token, without asking', async () => {
    expect(await resolveIdentity(client, { botLogin: 'my-app[bot]' })).toEqual({
      login: 'my-app[bot]',
      kind: 'bot',
    });
    expect(gh.requests.some((r) => r.path === '/user')).toBe(false);
  });

  it('is a user error when the token is refused', async () => {
    const bad = createClient({ token: 'ghp_nope', baseUrl: gh.url, writeIntervalMs: 0 });
    await expect(resolveIdentity(bad)).rejects.toThrow('GitHub refused the token (401 Bad credentials)');
  });
});

describe('findOwnSticky', () => {
  it('matches logins case-insensitively and needs the marker on a line of its own', () => {
    const comments = [
      { id: 3, body: `${marker}\nx`, html_url: 'u3', user: { login: 'GitHub-Actions[bot]' } },
      { id: 1, body: `quoting ${marker}`, html_url: 'u1', user: { login: ACTIONS_BOT_LOGIN } },
      { id: 2, body: `${marker}`, html_url: 'u2', user: null },
    ];
    expect(findOwnSticky(comments, marker, bot).map((c) => c.id)).toEqual([3]);
  });
});

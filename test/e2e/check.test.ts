/**
 * The root action end to end: dist/check/index.js under Node 24 as a runner runs it, on real
 * pull_request payloads and real git workspaces, against the GitHub API emulator.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { commentMarker } from '../../src/core/report/marker.js';
import { startEmulator, type Emulator } from '../harness/emulator/index.js';
import { leaks, pullRequestEvent, pushEvent, runAction } from '../harness/runner.js';
import { git, makeRepo, writeFiles } from '../helpers/repo.js';

const CLEAN = 'project: churn\nstages: [dev, staging, production]\n';
const BROKEN = 'project: churn\nstgaes: [dev]\n';
const BOT = 'github-actions[bot]';
/** GITHUB_WORKFLOW is `CI` in the harness, and the check's purpose is `check`. */
const MARKER = commentMarker('CI', 'check');

let emulator: Emulator;

beforeEach(async () => {
  emulator = await startEmulator({ owner: 'octo-org', repo: 'models' });
});

afterEach(async () => {
  await emulator.close();
});

/**
 * A checkout of a pull request as actions/checkout leaves it with `fetch-depth: 0`: `main` at the
 * base commit, the PR branch adding `config` as .github/mlops.yml; and the open PR in the emulator.
 */
function givenPullRequest(config: string) {
  const workspace = makeRepo({ 'README.md': '# churn\n' });
  const base = git(workspace, 'rev-parse', 'HEAD').trim();
  git(workspace, 'checkout', '--quiet', '-b', 'feature/config');
  writeFiles(workspace, { '.github/mlops.yml': config });
  git(workspace, 'add', '-A');
  git(workspace, 'commit', '--quiet', '-m', 'configure mlops');
  const head = git(workspace, 'rev-parse', 'HEAD').trim();
  const { pull } = emulator.seed.pullRequest({
    head: { ref: 'feature/config', sha: head },
    base: { ref: 'main', sha: base },
    author: 'alice',
  });
  return { workspace, number: pull.number, base };
}

/** Runs the check as the `pull_request` job would, with the job's GITHUB_TOKEN. */
async function check(pr: { workspace: string; number: number; base: string }, action = 'opened') {
  const head = git(pr.workspace, 'rev-parse', 'HEAD').trim();
  const event = pullRequestEvent(
    {
      repository: 'octo-org/models',
      number: pr.number,
      head: { ref: 'feature/config', sha: head },
      base: { ref: 'main', sha: pr.base },
      sender: 'alice',
    },
    action,
  );
  const token = emulator.tokens.installation;
  const result = await runAction({ bundle: 'check', event, workspace: pr.workspace, token, emulator });
  expect(leaks(result, token)).toEqual([]);
  return result;
}

/** A new commit on the PR branch, as a `git push` would make it (the PR's head moves with it). */
function pushToPullRequest(pr: { workspace: string; number: number }, files: Record<string, string>) {
  writeFiles(pr.workspace, files);
  git(pr.workspace, 'commit', '--quiet', '-am', 'address the review');
  const pull = emulator.state.pulls.find((p) => p.number === pr.number)!;
  pull.head.sha = git(pr.workspace, 'rev-parse', 'HEAD').trim();
}

const commentsOn = (number: number) => emulator.state.comments.filter((c) => c.issueNumber === number);

describe('the root action on a pull request', () => {
  it('passes a clean config: exit 0, outputs, a summary and one sticky comment', async () => {
    const pr = givenPullRequest(CLEAN);

    const result = await check(pr);

    expect(result.code).toBe(0);
    expect(result.outputs).toMatchObject({ findings: '0', errors: '0' });
    expect(existsSync(result.outputs['report-path']!)).toBe(true);
    expect(JSON.parse(readFileSync(result.outputs['report-path']!, 'utf8'))).toMatchObject({ findings: [] });
    expect(result.summary).toContain('MLOps check');
    expect(result.annotations.filter((a) => a.level === 'error')).toEqual([]);
    expect(commentsOn(pr.number)).toEqual([
      expect.objectContaining({ author: BOT, body: expect.stringContaining(MARKER) }),
    ]);
    emulator.assertNoViolations();
  });

  it('fails a broken config with an annotation on the file and line of the mistake', async () => {
    const pr = givenPullRequest(BROKEN);

    const result = await check(pr);

    expect(result.code).toBe(1);
    expect(result.outputs).toMatchObject({ findings: '1', errors: '1' });
    expect(result.annotations).toContainEqual(
      expect.objectContaining({
        level: 'error',
        file: '.github/mlops.yml',
        line: 2,
        message: expect.stringContaining('stgaes'),
      }),
    );
    expect(result.summary).toContain('stgaes');
    expect(commentsOn(pr.number)).toEqual([
      expect.objectContaining({ author: BOT, body: expect.stringContaining('stgaes') }),
    ]);
    emulator.assertNoViolations();
  });

  it('updates its own comment on a rerun instead of adding another', async () => {
    const pr = givenPullRequest(BROKEN);
    await check(pr);
    const [first] = commentsOn(pr.number);

    pushToPullRequest(pr, { '.github/mlops.yml': CLEAN });
    const rerun = await check(pr, 'synchronize');

    expect(rerun.code).toBe(0);
    expect(commentsOn(pr.number)).toEqual([expect.objectContaining({ id: first!.id, author: BOT })]);
    expect(commentsOn(pr.number)[0]!.body).not.toContain('stgaes');
    emulator.assertNoViolations();
  });

  it('leaves alone a comment by another user that carries our marker', async () => {
    const pr = givenPullRequest(BROKEN);
    const impostor = emulator.seed.comment(pr.number, `${MARKER}\nAll good, merge it!`, 'mallory');

    const result = await check(pr);

    expect(result.code).toBe(1);
    const comments = commentsOn(pr.number);
    expect(comments.find((c) => c.id === impostor.id)).toMatchObject({
      author: 'mallory',
      body: `${MARKER}\nAll good, merge it!`,
    });
    expect(comments.filter((c) => c.author === BOT)).toEqual([
      expect.objectContaining({ body: expect.stringContaining('stgaes') }),
    ]);
    emulator.assertNoViolations();
  });

  it('reports a push through annotations and the summary without calling the API', async () => {
    const workspace = makeRepo({ '.github/mlops.yml': BROKEN });
    const after = git(workspace, 'rev-parse', 'HEAD').trim();
    const event = pushEvent({ repository: 'octo-org/models', ref: 'main', after });

    const result = await runAction({
      bundle: 'check',
      event,
      workspace,
      token: emulator.tokens.installation,
      emulator,
    });

    expect(result.code).toBe(1);
    expect(result.annotations).toContainEqual(
      expect.objectContaining({ file: '.github/mlops.yml', line: 2 }),
    );
    expect(result.summary).toContain('stgaes');
    expect(emulator.requests).toEqual([]);
    emulator.assertNoViolations();
  });

  it('still succeeds when the API answers with 5xx, a rate limit and a secondary rate limit', async () => {
    const pr = givenPullRequest(CLEAN);
    emulator.inject({ kind: '5xx', method: 'GET', path: /\/issues\/\d+\/comments$/ });
    emulator.inject({ kind: '5xx', method: 'POST', path: /\/issues\/\d+\/comments$/, status: 503 });
    emulator.inject({ kind: '429', method: 'POST', path: /\/issues\/\d+\/comments$/, retryAfter: 1 });
    emulator.inject({ kind: 'secondary', method: 'POST', path: /\/issues\/\d+\/comments$/, retryAfter: 1 });

    const result = await check(pr);

    expect(result.code).toBe(0);
    expect(emulator.requests.filter((r) => r.fault).map((r) => `${r.fault} ${r.status}`)).toEqual([
      '5xx 502',
      '5xx 503',
      '429 429',
      'secondary 403',
    ]);
    expect(commentsOn(pr.number)).toEqual([expect.objectContaining({ author: BOT })]);
    emulator.assertNoViolations();
  });
});

describe('the root action and data contracts', () => {
  const card = [
    '---',
    'name: customers',
    'version: 1.0.0',
    'files: [{ path: train.csv }]',
    'schema:',
    '  columns:',
    '    - { name: id, type: string, unique: true }',
    '    - { name: tenure, type: integer, constraints: { minimum: 1 } }',
    '---',
    '# customers',
    '',
  ].join('\n');
  const config = 'project: churn\ncards: { profile: huggingface }\ndatasets:\n  - { name: customers, path: data/customers }\n';

  /** A PR that changes only the dataset's data file: its contract runs on DuckDB, other datasets do not. */
  function givenDataPullRequest(rows: string) {
    const workspace = makeRepo({ '.github/mlops.yml': config, 'data/customers/DATA_CARD.md': card, 'data/customers/train.csv': 'id,tenure\nC1,3\n' });
    const base = git(workspace, 'rev-parse', 'HEAD').trim();
    git(workspace, 'checkout', '--quiet', '-b', 'feature/config');
    writeFiles(workspace, { 'data/customers/train.csv': rows });
    git(workspace, 'commit', '--quiet', '-am', 'new rows');
    const head = git(workspace, 'rev-parse', 'HEAD').trim();
    const { pull } = emulator.seed.pullRequest({ head: { ref: 'feature/config', sha: head }, base: { ref: 'main', sha: base }, author: 'alice' });
    return { workspace, number: pull.number, base };
  }

  it('runs the contract of a dataset the PR touches and annotates the contract line', async () => {
    const r = await check(givenDataPullRequest('id,tenure\nC1,3\nC2,0\nC2,5\n'));
    expect(r.code).toBe(1);
    const errors = r.annotations.filter((a) => a.level === 'error' && a.file === 'data/customers/DATA_CARD.md');
    expect(errors.map((a) => [a.title, a.line])).toEqual([
      ['data/expect_column_values_to_be_unique', 7],
      ['data/expect_column_values_to_be_between', 8],
    ]);
    expect(errors[1]!.message).toMatch(/column 'tenure' >= 1: 1 unexpected value .*rows 2; e\.g\. "0"/);
    expect(r.summary).toMatch(/tenure/);
    emulator.assertNoViolations();
  });

  it('passes when the touched dataset keeps its contract', async () => {
    const r = await check(givenDataPullRequest('id,tenure\nC1,3\nC2,7\n'));
    expect(r.code).toBe(0);
    emulator.assertNoViolations();
  });
});


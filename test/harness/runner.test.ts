import { beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { git, makeRepo, tempDir } from '../helpers/repo.js';
import { startEmulator } from './emulator/index.js';
import { inputVariable, leaks, pullRequestEvent, repoRoot, runAction, webhookExample } from './runner.js';

/**
 * A tiny action built with ncc into a temp folder (never into dist/), using the real @actions/core and
 * @actions/github, so the harness is checked against what the toolkit actually writes.
 */
const tinyAction = `
import * as core from '@actions/core';
import * as github from '@actions/github';
import { appendFileSync } from 'node:fs';

const mode = core.getInput('mode');
if (mode === 'hang') await new Promise(() => setInterval(() => {}, 1000));
if (mode === 'comment') {
  const octokit = github.getOctokit(core.getInput('token'));
  await octokit.rest.issues.createComment({ ...github.context.repo, issue_number: github.context.issue.number, body: 'hi' });
}
if (mode === 'leak') console.log('token is ' + core.getInput('token'));
if (mode === 'huge-summary') await core.summary.addRaw('x'.repeat(1024 * 1024 + 1)).write();
if (mode === 'broken-output') appendFileSync(process.env.GITHUB_OUTPUT, 'report<<EOF\\nno closing line\\n');
core.setOutput('greeting', 'hello ' + core.getInput('who', { required: true }));
core.setOutput('spaced', core.getInput('multi word'));
core.setOutput('hyphen', core.getInput('dry-run'));
core.setOutput('report', 'line 1\\nline 2 with = and << inside\\n');
core.setOutput('pr', String(github.context.payload.pull_request?.number ?? 'none'));
core.setOutput('repo', github.context.repo.owner + '/' + github.context.repo.repo);
core.setOutput('cwd', process.cwd());
core.exportVariable('FROM_ACTION', 'a\\nb');
core.saveState('cursor', '42');
core.addPath('/opt/tiny/bin');
core.error('bad value: 100%, see\\nline two', { file: 'cfg/a,b.yml', startLine: 3, startColumn: 5, title: 'Key: x' });
core.warning('just a warning');
core.notice('a notice', { file: 'README.md', startLine: 1, endLine: 2 });
if (mode !== 'fail') console.error('::warning file=stderr.txt::from stderr');
await core.summary.addHeading('Tiny report').addTable([['a', 'b']]).write();
if (mode === 'fail') core.setFailed('it failed');
`;

let bundle = '';
let bundleYml = '';

beforeAll(async () => {
  const dir = tempDir('mlops-tiny-action-');
  symlinkSync(path.join(repoRoot, 'node_modules'), path.join(dir, 'node_modules'));
  writeFileSync(path.join(dir, 'package.json'), '{"type":"module"}');
  writeFileSync(path.join(dir, 'src.mjs'), tinyAction);
  writeFileSync(
    path.join(dir, 'action.yml'),
    [
      'name: tiny',
      'description: t',
      'inputs:',
      '  who: { default: world }',
      '  token: { default: "${{ github.token }}" }',
      '  multi word: {}',
      '  dry-run: {}',
      '  mode: {}',
      'runs: { using: node24, main: out/index.mjs }',
    ].join('\n'),
  );
  const ncc = createRequire(import.meta.url)('@vercel/ncc') as (
    file: string,
    opts: object,
  ) => Promise<{ code: string }>;
  const { code } = await ncc(path.join(dir, 'src.mjs'), { quiet: true, cache: false });
  bundle = path.join(dir, 'out', 'index.mjs');
  mkdirSync(path.dirname(bundle));
  writeFileSync(bundle, code);
  bundleYml = path.join(dir, 'action.yml');
}, 120_000);

function prOn(workspace: string) {
  const head = git(workspace, 'rev-parse', 'HEAD').trim();
  return pullRequestEvent({
    repository: 'octo-org/models',
    number: 42,
    head: { ref: 'feature/x', sha: head },
    base: { ref: 'main', sha: head },
    sender: 'alice',
  });
}

describe('runAction runs a bundle like a GitHub runner', () => {
  it('passes inputs, a real payload and the workspace, and reads outputs, env, state, path and summary back', async () => {
    const workspace = makeRepo();
    const result = await runAction({
      bundle,
      actionYml: bundleYml,
      inputs: { 'multi word': 'spaced value', 'dry-run': 'yes' },
      event: prOn(workspace),
      workspace,
      token: 'ghs_secret',
    });
    expect(result.code).toBe(0);
    expect(result.outputs).toMatchObject({
      greeting: 'hello world',
      spaced: 'spaced value',
      hyphen: 'yes',
      report: 'line 1\nline 2 with = and << inside\n',
      pr: '42',
      repo: 'octo-org/models',
      cwd: workspace,
    });
    expect(result.env).toEqual({ FROM_ACTION: 'a\nb' });
    expect(result.savedState).toEqual({ cursor: '42' });
    expect(result.path).toEqual(['/opt/tiny/bin']);
    expect(result.summary).toContain('<h1>Tiny report</h1>');
  });

  it('forms INPUT_ names as the runner does and evaluates ${{ github.token }} defaults', async () => {
    const workspace = makeRepo();
    const result = await runAction({
      bundle,
      actionYml: bundleYml,
      inputs: { 'multi word': 'x' },
      event: prOn(workspace),
      workspace,
      token: 'ghs_secret',
    });
    expect(inputVariable('multi word')).toBe('INPUT_MULTI_WORD');
    expect(inputVariable('dry-run')).toBe('INPUT_DRY-RUN');
    expect(result.stepEnv).toMatchObject({
      INPUT_MULTI_WORD: 'x',
      INPUT_WHO: 'world',
      INPUT_TOKEN: 'ghs_secret',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_REF: 'refs/pull/42/merge',
      GITHUB_HEAD_REF: 'feature/x',
      GITHUB_BASE_REF: 'main',
      GITHUB_REPOSITORY: 'octo-org/models',
      GITHUB_SHA: git(workspace, 'rev-parse', 'HEAD').trim(),
      GITHUB_WORKSPACE: workspace,
      RUNNER_OS: 'Linux',
      CI: 'true',
    });
    expect(result.stepEnv.NODE_OPTIONS).toBeUndefined();
  });

  it('reads annotations with file, line and column, unescaping messages and properties', async () => {
    const workspace = makeRepo();
    const result = await runAction({ bundle, actionYml: bundleYml, event: prOn(workspace), workspace });
    expect(result.annotations).toEqual([
      {
        level: 'error',
        message: 'bad value: 100%, see\nline two',
        file: 'cfg/a,b.yml',
        line: 3,
        col: 5,
        title: 'Key: x',
      },
      { level: 'warning', message: 'just a warning' },
      { level: 'notice', message: 'a notice', file: 'README.md', line: 1, endLine: 2 },
      { level: 'warning', message: 'from stderr', file: 'stderr.txt' },
    ]);
  });

  it('reports a failed step with exit code 1 and its error annotation', async () => {
    const workspace = makeRepo();
    const result = await runAction({
      bundle,
      actionYml: bundleYml,
      inputs: { mode: 'fail' },
      event: prOn(workspace),
      workspace,
    });
    expect(result.code).toBe(1);
    expect(result.annotations.at(-1)).toEqual({ level: 'error', message: 'it failed' });
  });

  it('rejects when the action leaves a heredoc without its closing delimiter, as the runner fails the step', async () => {
    const workspace = makeRepo();
    await expect(
      runAction({
        bundle,
        actionYml: bundleYml,
        inputs: { mode: 'broken-output' },
        event: prOn(workspace),
        workspace,
      }),
    ).rejects.toThrow(/GITHUB_OUTPUT: invalid value: matching delimiter not found 'EOF'/);
  });

  it('tells a token that is only masked from one printed in clear', async () => {
    const workspace = makeRepo();
    const run = (mode: string) =>
      runAction({
        bundle,
        actionYml: bundleYml,
        inputs: { mode },
        event: prOn(workspace),
        workspace,
        token: 'ghs_s3cret',
      });
    const masked = await run('');
    expect(masked.stdout).not.toContain('ghs_s3cret');
    expect(leaks({ stdout: '::add-mask::ghs_s3cret\n', stderr: '' }, 'ghs_s3cret')).toEqual([]);
    expect(leaks(await run('leak'), 'ghs_s3cret')).toEqual(['token is ghs_s3cret']);
  });

  it('drops a step summary over 1 MiB with an error annotation, as the runner does', async () => {
    const workspace = makeRepo();
    const result = await runAction({
      bundle,
      actionYml: bundleYml,
      inputs: { mode: 'huge-summary' },
      event: prOn(workspace),
      workspace,
    });
    expect(result.summary).toBe('');
    expect(result.annotations.at(-1)).toEqual({
      level: 'error',
      message: '$GITHUB_STEP_SUMMARY upload aborted, supports content up to a size of 1024k, got 1025k.',
    });
  });

  it('refuses an input the action does not declare (a typo in the test)', async () => {
    const workspace = makeRepo();
    await expect(
      runAction({ bundle, actionYml: bundleYml, inputs: { wh0: 'x' }, event: prOn(workspace), workspace }),
    ).rejects.toThrow(
      /unexpected input\(s\) wh0: .*action\.yml declares who, token, multi word, dry-run, mode/,
    );
  });

  it('kills a step that outlives its timeout and says so', async () => {
    const workspace = makeRepo();
    await expect(
      runAction({
        bundle,
        actionYml: bundleYml,
        inputs: { mode: 'hang' },
        event: prOn(workspace),
        workspace,
        timeoutMs: 1500,
      }),
    ).rejects.toThrow(/did not finish within 1500 ms/);
  });

  it('refuses a workspace that is not a git repository', async () => {
    await expect(
      runAction({ bundle, event: { name: 'push', payload: webhookExample('push') }, workspace: tempDir() }),
    ).rejects.toThrow(/is not a git repository/);
  });

  it('points the action at an emulator with the job token and returns the emulator state', async () => {
    const emulator = await startEmulator({ owner: 'octo-org', repo: 'models' });
    try {
      const workspace = makeRepo();
      const head = git(workspace, 'rev-parse', 'HEAD').trim();
      const { pull } = emulator.seed.pullRequest({ head: { ref: 'feature/x', sha: head } });
      const event = pullRequestEvent({
        repository: 'octo-org/models',
        number: pull.number,
        head: { ref: 'feature/x', sha: head },
      });
      const result = await runAction({
        bundle,
        actionYml: bundleYml,
        inputs: { mode: 'comment' },
        event,
        workspace,
        token: emulator.tokens.installation,
        emulator,
      });
      expect({ code: result.code, stderr: result.stderr, stdout: result.stdout }).toMatchObject({ code: 0 });
      expect(result.stepEnv.GITHUB_API_URL).toBe(emulator.url);
      expect(result.state?.comments).toEqual([
        expect.objectContaining({ issueNumber: pull.number, body: 'hi', author: 'github-actions[bot]' }),
      ]);
      emulator.assertNoViolations();
    } finally {
      await emulator.close();
    }
  });

  it('takes GITHUB_REF and GITHUB_SHA of a push from its payload', async () => {
    const workspace = makeRepo();
    const payload = webhookExample('push');
    const result = await runAction({
      bundle,
      actionYml: bundleYml,
      event: { name: 'push', payload },
      workspace,
    });
    expect(result.stepEnv.GITHUB_REF).toBe(payload.ref);
    expect(result.stepEnv.GITHUB_SHA).toBe(payload.after);
    expect(result.outputs.pr).toBe('none');
  });
});

/**
 * actions/validate-cards end to end: dist/validate-cards/index.js under Node 24 as a runner runs it,
 * on a real pull_request payload and a real git workspace, against the GitHub API emulator.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { commentMarker } from '../../src/core/report/marker.js';
import { startEmulator, type Emulator } from '../harness/emulator/index.js';
import { leaks, pullRequestEvent, runAction } from '../harness/runner.js';
import { git, makeRepo, writeFiles } from '../helpers/repo.js';

const BOT = 'github-actions[bot]';
const MARKER = commentMarker('CI', 'cards');
const SECTIONS = ['Model Details', 'Intended Use', 'Out-of-Scope Use', 'Limitations', 'Training Data', 'Evaluation', 'Ethical Considerations'];

/** A model card; `version` and the body's last section are what the tests break. */
function card(version: string, ethics = 'No personal data is used.'): string {
  const body = SECTIONS.map((s) => `## ${s}\n\n${s === 'Ethical Considerations' ? ethics : 'Written.'}\n`).join('\n');
  return `---\nname: churn\nversion: ${version}\nrisk: low\nowners: ["@ml"]\n---\n\n# Churn\n\n${body}`;
}

let emulator: Emulator;

beforeEach(async () => {
  emulator = await startEmulator({ owner: 'octo-org', repo: 'models' });
});

afterEach(async () => {
  await emulator.close();
});

/** main has a good card and another card; the PR branch breaks the churn card. */
function givenPullRequest() {
  const workspace = makeRepo({ 'models/churn/MODEL_CARD.md': card('1.0.0'), 'models/other/MODEL_CARD.md': '# not checked: untouched by the PR\n' });
  const base = git(workspace, 'rev-parse', 'HEAD').trim();
  git(workspace, 'checkout', '--quiet', '-b', 'feature/card');
  writeFiles(workspace, { 'models/churn/MODEL_CARD.md': card('1.1', 'TODO') });
  git(workspace, 'commit', '--quiet', '-am', 'update the card');
  const head = git(workspace, 'rev-parse', 'HEAD').trim();
  const { pull } = emulator.seed.pullRequest({ head: { ref: 'feature/card', sha: head }, author: 'alice' });
  return { workspace, base, number: pull.number };
}

async function validate(workspace: string, base: string, number: number, action = 'opened') {
  const head = git(workspace, 'rev-parse', 'HEAD').trim();
  const event = pullRequestEvent(
    { repository: 'octo-org/models', number, head: { ref: 'feature/card', sha: head }, base: { ref: 'main', sha: base }, sender: 'alice' },
    action,
  );
  const token = emulator.tokens.installation;
  const result = await runAction({ bundle: 'validate-cards', event, workspace, token, emulator });
  expect(leaks(result, token)).toEqual([]);
  return result;
}

const commentsOn = (number: number) => emulator.state.comments.filter((c) => c.issueNumber === number);

describe('actions/validate-cards on a pull request', () => {
  it('fails a broken card with annotations on its lines and one sticky comment, then turns green when fixed', async () => {
    const { workspace, base, number } = givenPullRequest();

    const broken = await validate(workspace, base, number);

    expect(broken.code).toBe(1);
    expect(broken.outputs).toMatchObject({ errors: '3' });
    const errors = broken.annotations.filter((a) => a.level === 'error' && a.file).map((a) => `${a.file}:${a.line}`);
    expect(errors.sort()).toEqual(['models/churn/MODEL_CARD.md:3', 'models/churn/MODEL_CARD.md:34', 'models/churn/MODEL_CARD.md:36']);
    const [comment] = commentsOn(number);
    expect(commentsOn(number)).toHaveLength(1);
    expect(comment).toMatchObject({ author: BOT, body: expect.stringContaining(MARKER) });
    expect(comment!.body).toContain('models/churn/MODEL_CARD.md');
    expect(comment!.body).not.toContain('models/other/MODEL_CARD.md');

    writeFiles(workspace, { 'models/churn/MODEL_CARD.md': card('1.1.0') });
    git(workspace, 'commit', '--quiet', '-am', 'fix the card');
    emulator.state.pulls.find((p) => p.number === number)!.head.sha = git(workspace, 'rev-parse', 'HEAD').trim();
    const fixed = await validate(workspace, base, number, 'synchronize');

    expect(fixed.code).toBe(0);
    expect(fixed.outputs).toMatchObject({ findings: '0', errors: '0' });
    expect(commentsOn(number)).toEqual([expect.objectContaining({ id: comment!.id, author: BOT })]);
    expect(commentsOn(number)[0]!.body).toContain('✅ passing');
    emulator.assertNoViolations();
  });
});

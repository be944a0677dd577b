/**
 * actions/feedback end to end: dist/feedback/index.js under Node 24 on an `issues` payload, model-feedback
 * issues in the GitHub API emulator, and the workspace pushing to the emulator's git repository.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { FEEDBACK_FIELDS } from '../../src/core/feedback/form.js';
import { startEmulator, type Emulator } from '../harness/emulator/index.js';
import { retarget, runAction, webhookExample } from '../harness/runner.js';
import { git, makeRepo } from '../helpers/repo.js';

const CARD = `---
name: feedback
version: 1.0.0
files:
  - path: feedback.jsonl
---

# Data Card: feedback
`;
const BOT = 'github-actions[bot]';

let emulator: Emulator;
let workspace: string;

/** An issue body as GitHub renders the model-feedback form. */
const form = (answers: Record<string, string>) => FEEDBACK_FIELDS.map((f) => `### ${f.label}\n\n${answers[f.id] ?? '_No response_'}`).join('\n\n');

beforeAll(async () => {
  emulator = await startEmulator({ owner: 'octo-org', repo: 'models' });
  workspace = makeRepo({ '.github/mlops.yml': 'project: churn\nmodels:\n  - {name: churn, path: models/churn}\n', 'data/feedback/DATA_CARD.md': CARD });
  git(workspace, 'remote', 'add', 'origin', emulator.bareRepo);
  git(workspace, 'push', '--quiet', 'origin', 'main');
});

afterAll(async () => {
  await emulator.close();
});

async function feedback(issueNumber: number) {
  const payload = retarget(webhookExample('issues', 'opened'), { repository: 'octo-org/models', sender: 'alice' });
  (payload.issue as { number: number }).number = issueNumber;
  (payload.repository as { default_branch: string }).default_branch = 'main';
  const result = await runAction({ bundle: 'feedback', event: { name: 'issues', payload }, workspace, token: emulator.tokens.installation, emulator, env: { MLOPS_GITHUB_WRITE_INTERVAL_MS: '0' }, timeoutMs: 120_000 });
  if (result.code !== 0) throw new Error(`feedback failed (${result.code}):\n${result.stdout.slice(0, 3000)}`);
  return result;
}

const remote = (ref: string) => git(emulator.bareRepo, 'rev-parse', ref).trim();
const remoteFile = (ref: string, file: string) => git(emulator.bareRepo, 'show', `${ref}:${file}`);
const snapshot = () => JSON.stringify({ issues: emulator.state.issues, comments: emulator.state.comments, pulls: emulator.state.pulls, branch: remote('mlops/feedback') });

describe('the feedback action', () => {
  it('turns a feedback issue into a row of one dataset PR, labels it and answers it once', async () => {
    const issue = emulator.seed.issue({ title: '[feedback] churn said yes', author: 'alice', labels: ['model-feedback'], body: form({ model: 'churn', prediction_id: 'C10001', predicted: '1', label: '0' }) });

    const result = await feedback(issue.number);

    expect(result.outputs).toMatchObject({ added: '1', pushed: 'true' });
    const rows = remoteFile('mlops/feedback', 'data/feedback/feedback.jsonl').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(rows).toEqual([expect.objectContaining({ id: `issue-${issue.number}`, source: 'issue', model: 'churn', prediction_id: 'C10001', predicted: '1', label: '0', reporter: 'alice' })]);
    expect(remoteFile('mlops/feedback', 'data/feedback/DATA_CARD.md')).toMatch(/version: 1\.1\.0[\s\S]*rows: 1/);
    expect(emulator.state.pulls).toEqual([expect.objectContaining({ head: expect.objectContaining({ ref: 'mlops/feedback' }), base: expect.objectContaining({ ref: 'main' }) })]);
    expect(issue.labels).toContain('feedback-recorded');
    expect(emulator.state.comments.filter((c) => c.issueNumber === issue.number)).toEqual([expect.objectContaining({ author: BOT, body: expect.stringContaining(`row \`issue-${issue.number}\``) })]);
  });

  it('changes nothing when rerun', async () => {
    const before = snapshot();

    const result = await feedback(1);

    expect(result.outputs).toMatchObject({ added: '1', pushed: 'false' });
    expect(snapshot()).toBe(before);
  });

  it('adds the next issue to the same PR, and asks an incomplete report for what is missing', async () => {
    const [pr] = emulator.state.pulls;
    const second = emulator.seed.issue({ title: '[feedback] again', author: 'bob', labels: ['model-feedback'], body: form({ model: 'churn', input: '```json\n{"age": 30}\n```', label: '1' }) });
    const incomplete = emulator.seed.issue({ title: '[feedback] ?', author: 'carol', labels: ['model-feedback'], body: form({ model: 'churn' }) });

    const result = await feedback(second.number);

    expect(result.outputs).toMatchObject({ added: '2', pushed: 'true', 'pull-request': String(pr!.number) });
    expect(emulator.state.pulls).toHaveLength(1);
    expect(remoteFile('mlops/feedback', 'data/feedback/feedback.jsonl').trim().split('\n')).toHaveLength(2);
    expect(git(emulator.bareRepo, 'rev-list', '--count', 'main..mlops/feedback').trim()).toBe('1');
    expect(incomplete.labels).not.toContain('feedback-recorded');
    expect(emulator.state.comments.filter((c) => c.issueNumber === incomplete.number)).toEqual([expect.objectContaining({ body: expect.stringContaining('**Correct output** is empty') })]);
    emulator.assertNoViolations();
  });

  it('after the PR is merged, opens no new PR and says the rows are in the dataset; a rerun changes nothing', async () => {
    const [pr] = emulator.state.pulls;
    git(emulator.bareRepo, 'update-ref', 'refs/heads/main', 'refs/heads/mlops/feedback');
    const issue = emulator.state.issues.find((i) => i.number === pr!.number)!;
    Object.assign(issue, { state: 'closed', closedAt: issue.updatedAt });
    Object.assign(pr!, { merged: true });

    const result = await feedback(1);
    const before = snapshot();
    await feedback(1);

    expect(result.outputs).toMatchObject({ added: '0', pushed: 'false', 'pull-request': '' });
    expect(emulator.state.pulls).toHaveLength(1);
    expect(emulator.state.comments.find((c) => c.issueNumber === 1)?.body).toContain('It is row `issue-1` of the feedback dataset');
    expect(snapshot()).toBe(before);
    emulator.assertNoViolations();
  });
});

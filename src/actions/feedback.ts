/**
 * Action feedback: every model-feedback issue becomes a row of the feedback dataset through one PR kept
 * up to date; each issue is labelled and answered once. Runs on `issues` events and on a schedule; it
 * always converges on all feedback issues, so a missed or repeated event changes nothing.
 */
import * as core from './lib/runner.js';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { answerIssue, feedbackIssues } from '../adapters/feedback/issues.js';
import { syncFeedbackPr } from '../adapters/feedback/pull-request.js';
import { loadConfig } from '../adapters/fs/config.js';
import { resolveIdentity } from '../adapters/github/identity.js';
import { Git } from '../adapters/git.js';
import { UserError } from '../core/errors.js';
import { feedbackRow, FEEDBACK_LABEL } from '../core/feedback/form.js';
import type { FeedbackRow } from '../core/feedback/dataset.js';
import type { Report } from '../core/report/model.js';
import { readContext } from './lib/context.js';
import { clientFromInput, runRepo } from './lib/github.js';
import { pathInput, stringInput } from './lib/inputs.js';
import { publishReport } from './lib/publish.js';
import { runAction } from './lib/run.js';

function defaultBranch(payload: Record<string, unknown>): string | undefined {
  const b = (payload.repository as { default_branch?: unknown } | undefined)?.default_branch;
  return typeof b === 'string' ? b : undefined;
}

async function run(): Promise<void> {
  const ctx = readContext();
  const git = new Git(ctx.workspace);
  const root = await git.root();
  const client = clientFromInput(ctx);
  const repo = runRepo(ctx);
  if (!client || !repo) throw new UserError('the feedback action needs a token and a repository', { hint: 'keep the default `token: ${{ github.token }}` (permissions: issues: write, contents: write, pull-requests: write)' });
  const { config } = await loadConfig(root);
  const dataset = pathInput('dataset', ctx.workspace, 'data/feedback/feedback.jsonl');
  const cardInput = stringInput('card');
  const besideCard = path.posix.join(path.posix.dirname(dataset), 'DATA_CARD.md');
  const card = cardInput ? pathInput('card', ctx.workspace, '') : existsSync(path.join(root, besideCard)) ? besideCard : undefined;
  const identity = await resolveIdentity(client, { botLogin: stringInput('bot-login') || undefined });
  const issues = await feedbackIssues(client, repo, stringInput('label', { fallback: FEEDBACK_LABEL }));
  const models = config.models.map((m) => m.name);
  const parsed = issues.map((issue) => ({ issue, ...feedbackRow(issue, models) }));
  const rows = parsed.flatMap((p) => (p.row ? [p.row] : [])) as FeedbackRow[];
  const base = stringInput('base-branch') || defaultBranch(ctx.payload) || 'main';
  const pr = await syncFeedbackPr({ git, client, repo, remote: 'origin', base, branch: stringInput('branch', { fallback: 'mlops/feedback' }), dataset, card, rows });
  const pending = new Set(pr.added.map((r) => r.id));
  let answered = 0;
  for (const p of parsed) {
    const recorded = p.row ? { rowId: p.row.id, dataset, pr: pr.pr, merged: !pending.has(p.row.id) } : undefined;
    const result = await answerIssue(client, repo, identity, { issue: p.issue, recorded, problems: p.problems });
    if (result.comment !== 'unchanged' || result.labelled) answered++;
  }
  core.setOutput('added', pr.added.length);
  core.setOutput('pull-request', pr.pr?.number ?? '');
  core.setOutput('pushed', pr.pushed);
  const report: Report = {
    purpose: 'feedback',
    title: 'Model feedback',
    summary: `${issues.length} feedback issue(s), ${rows.length} recorded, ${pr.added.length} not yet on ${base}${pr.pr ? ` (PR #${pr.pr.number})` : ''}`,
    findings: parsed.filter((p) => p.problems.length).map((p) => ({ rule: 'feedback/incomplete', severity: 'notice', message: `issue #${p.issue.number}: ${p.problems.join('; ').replace(/\*\*/g, '')}` })),
    blocks: [{ kind: 'table', table: { headers: ['issues', 'recorded', 'new rows', 'pushed', 'issues answered now'], rows: [[String(issues.length), String(rows.length), String(pr.added.length), pr.pushed ? 'yes' : 'no', String(answered)]] } }],
  };
  await publishReport(report, ctx, { comment: false, failOn: 'error', client });
}

await runAction(run);

/**
 * Action `actions/register`, on push: to the default branch it registers every card version not yet
 * registered (tag + release with artifacts, card, metrics, SHA256SUMS); to a release branch
 * `{prefix}{stage}` it records the stage assignment `{model}#{stage}#{N}` of the merged promotion,
 * with the PR, its approvers and the gate's outcome in the tag message. Reruns change nothing.
 */
import * as core from './lib/runner.js';
import { loadConfig } from '../adapters/fs/config.js';
import type { GitHubClient } from '../adapters/github/client.js';
import { openClient } from '../adapters/github/source.js';
import { Git } from '../adapters/git.js';
import { assignFromBranch, stageOfBranch } from '../adapters/registry/promote.js';
import { UserError } from '../core/errors.js';
import { GATE_CONTEXT } from '../core/gate/report.js';
import { latestReviews } from '../core/gate/reviews.js';
import type { GhReview } from '../core/gate/snapshot.js';
import type { TagMeta } from '../core/registry/message.js';
import type { Report } from '../core/report/model.js';
import { readContext } from './lib/context.js';
import { runRepo } from './lib/repo.js';
import { lazyClientFromInput } from './lib/lazy-client.js';
import { stringInput } from './lib/inputs.js';
import { publishReport } from './lib/publish.js';
import { runAction } from './lib/run.js';

type Repo = { owner: string; repo: string };

async function register(): Promise<void> {
  const ctx = readContext();
  const client = lazyClientFromInput(ctx);
  const repo = runRepo(ctx);
  if (!client || !repo) throw new UserError('the register action needs the `token` input and a repository run');
  const loaded = await loadConfig(ctx.workspace);
  const bad = loaded.findings.find((f) => f.severity === 'error');
  if (bad) throw new UserError(bad.message, { file: bad.file, line: bad.line, hint: bad.hint });
  // Runners have no git identity (actions/checkout sets none): tag as the Actions bot; the actor is in the message.
  process.env.GIT_COMMITTER_NAME ||= 'github-actions[bot]';
  process.env.GIT_COMMITTER_EMAIL ||= '41898282+github-actions[bot]@users.noreply.github.com';
  const git = new Git(ctx.workspace);
  const remote = stringInput('remote', { fallback: 'origin' });
  const ref = String(ctx.payload.ref ?? process.env.GITHUB_REF ?? '');
  const branch = ref.replace(/^refs\/heads\//, '');
  const defaultBranch = String((ctx.payload.repository as { default_branch?: string } | undefined)?.default_branch ?? '');
  const stage = stageOfBranch(loaded.config, branch);
  const actor = process.env.GITHUB_ACTOR || undefined;
  let report: Report;
  if (stage) {
    const meta = await mergeMeta(await openClient(client), repo, branch, ctx.sha, actor);
    const outcome = await assignFromBranch({ git, config: loaded.config, stage, rev: ctx.sha, remote, meta });
    report = { purpose: 'registry', title: `Stage ${stage}`, summary: outcome.tags.length ? `wrote ${outcome.tags.join(', ')}` : `${stage} already holds these versions`, findings: outcome.findings, blocks: [] };
    core.setOutput('tags', outcome.tags.join('\n'));
  } else if (branch && branch === defaultBranch) {
    // Registration's code (card reading, releases) loads on this path only; Octokit at the first release.
    const { registerFromCards } = await import('../adapters/registry/register.js');
    const outcome = await registerFromCards({ git, config: loaded.config, rev: ctx.sha, remote, github: { client, repo }, actor });
    report = { purpose: 'registry', title: 'Registration', summary: outcome.tags.length ? `registered ${outcome.tags.join(', ')}` : 'nothing new to register', findings: outcome.findings, blocks: [] };
    core.setOutput('tags', outcome.tags.join('\n'));
    core.setOutput('releases', outcome.releases.join('\n'));
  } else {
    core.notice(`mlops register: ${branch || ref} is neither the default branch nor a release branch; nothing to do`);
    return;
  }
  await publishReport(report, ctx, { comment: false, failOn: 'error', client });
}

/** The merged PR behind a release-branch push: its number, its counted approvers and the gate's status. */
async function mergeMeta(client: GitHubClient, repo: Repo, branch: string, sha: string, actor: string | undefined): Promise<TagMeta> {
  const closed = await client.rest.pulls.list({ ...repo, state: 'closed', base: branch, sort: 'updated', direction: 'desc', per_page: 30 });
  const pr = closed.data.find((p) => p.merge_commit_sha === sha);
  if (!pr) return { mergeCommit: sha, actor };
  const reviews = await client.paginate(client.rest.pulls.listReviews, { ...repo, pull_number: pr.number, per_page: 100 });
  const approvers = [...latestReviews(reviews as GhReview[])]
    .filter(([, r]) => r.state === 'APPROVED' && r.commit_id === pr.head.sha)
    .map(([login]) => login)
    .sort();
  const statuses = await client.rest.repos.getCombinedStatusForRef({ ...repo, ref: pr.head.sha });
  const gate = statuses.data.statuses.find((s) => s.context === GATE_CONTEXT);
  return { pr: pr.number, mergeCommit: sha, actor, approvers, checks: gate ? [{ id: GATE_CONTEXT, met: gate.state === 'success' }] : undefined };
}

await runAction(register);

/**
 * The feedback dataset PR: one branch (`mlops/feedback`) whose single commit on the base branch adds
 * the new rows (and updates the dataset's data card), and one open PR of it, kept up to date. The
 * branch is rebuilt from the base on every run and pushed only when its content would change, so a
 * rerun pushes nothing and opens nothing (release-please's convergent PR, on git alone).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { UserError } from '../../core/errors.js';
import { sha256Hex } from '../../core/sha256.js';
import { updateCardFile } from '../../core/feedback/card.js';
import { mergeFeedback, parseFeedback, renderFeedback, type FeedbackRow } from '../../core/feedback/dataset.js';
import type { GitHubClient } from '../github/client.js';
import { ACTIONS_BOT_LOGIN } from '../github/identity.js';
import type { Git } from '../git.js';

type Repo = { owner: string; repo: string };

export interface FeedbackPrOptions {
  git: Git;
  client: GitHubClient;
  repo: Repo;
  remote: string;
  base: string;
  branch: string;
  /** Repository path of the JSON Lines dataset. */
  dataset: string;
  /** Repository path of its data card, when it has one. */
  card?: string;
  rows: readonly FeedbackRow[];
}

export interface FeedbackPr {
  /** Rows not yet on the base branch. */
  added: FeedbackRow[];
  pushed: boolean;
  pr?: { number: number; url: string; created: boolean };
}

// Commits made by the action carry the Actions bot's identity (GitHub's documented noreply address).
const AUTHOR = { name: ACTIONS_BOT_LOGIN, email: '41898282+github-actions[bot]@users.noreply.github.com' };

/** Converges the branch and the PR onto `rows`; see the module comment. */
export async function syncFeedbackPr(o: FeedbackPrOptions): Promise<FeedbackPr> {
  const remoteBase = `refs/remotes/${o.remote}/${o.base}`;
  const remoteBranch = `refs/remotes/${o.remote}/${o.branch}`;
  const fetched = await o.git.run(['fetch', '--quiet', '--no-tags', o.remote, `+refs/heads/${o.base}:${remoteBase}`], { allowFailure: true });
  if (fetched.code !== 0) throw new UserError(`cannot fetch the base branch '${o.base}' from ${o.remote}: ${fetched.stderr.trim().split('\n')[0]}`, { hint: 'set the base-branch input, and check out the repository with actions/checkout (its credentials push the branch)' });
  await o.git.run(['fetch', '--quiet', '--no-tags', o.remote, `+refs/heads/${o.branch}:${remoteBranch}`], { allowFailure: true });
  const base = (await o.git.resolve(remoteBase))!;
  const existing = parseFeedback((await o.git.show(base, o.dataset))?.toString('utf8') ?? '', o.dataset);
  const { rows, added } = mergeFeedback(existing, o.rows);
  if (!added.length) return { added, pushed: false, pr: await findPr(o) };
  const files: Record<string, string> = { [o.dataset]: renderFeedback(rows) };
  const cardText = o.card ? (await o.git.show(base, o.card))?.toString('utf8') : undefined;
  if (o.card && cardText !== undefined) {
    const rel = path.posix.relative(path.posix.dirname(o.card), o.dataset);
    const data = files[o.dataset]!;
    files[o.card] = updateCardFile(cardText, o.card, { path: rel, sha256: sha256Hex(data), bytes: Buffer.byteLength(data), rows: rows.length });
  }
  const head = await o.git.resolve(remoteBranch);
  const same = head && (await o.git.resolve(`${head}~1`)) === base && (await sameFiles(o.git, head, files));
  let pushed = false;
  if (!same) {
    const commit = await commitFiles(o.git, base, files, `Add ${added.length} feedback row(s) to ${o.dataset}`);
    await o.git.run(['push', '--quiet', '--force', o.remote, `${commit}:refs/heads/${o.branch}`]);
    pushed = true;
  }
  const body = prBody(o.dataset, rows.length, added);
  const open = await findPr(o);
  if (open) {
    const current = (await o.client.rest.pulls.get({ ...o.repo, pull_number: open.number })).data.body ?? '';
    if (current.trimEnd() !== body.trimEnd()) await o.client.rest.pulls.update({ ...o.repo, pull_number: open.number, body, title: prTitle(added.length) });
    return { added, pushed, pr: open };
  }
  const { data } = await o.client.rest.pulls.create({ ...o.repo, head: o.branch, base: o.base, title: prTitle(added.length), body });
  return { added, pushed, pr: { number: data.number, url: data.html_url, created: true } };
}

async function findPr(o: FeedbackPrOptions): Promise<{ number: number; url: string; created: boolean } | undefined> {
  const { data } = await o.client.rest.pulls.list({ ...o.repo, state: 'open', head: `${o.repo.owner}:${o.branch}`, base: o.base, per_page: 1 });
  return data[0] ? { number: data[0].number, url: data[0].html_url, created: false } : undefined;
}

async function sameFiles(git: Git, commit: string, files: Record<string, string>): Promise<boolean> {
  for (const [file, text] of Object.entries(files)) if ((await git.show(commit, file))?.toString('utf8') !== text) return false;
  return true;
}

/** A commit on `parent` with `files` written, built in a temporary index (the work tree is not touched). */
export async function commitFiles(git: Git, parent: string, files: Record<string, string>, message: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'mlops-index-'));
  const env = { GIT_INDEX_FILE: path.join(dir, 'index'), GIT_AUTHOR_NAME: AUTHOR.name, GIT_AUTHOR_EMAIL: AUTHOR.email, GIT_COMMITTER_NAME: AUTHOR.name, GIT_COMMITTER_EMAIL: AUTHOR.email };
  try {
    await git.run(['read-tree', parent], { env });
    for (const [file, text] of Object.entries(files)) {
      const blob = (await git.run(['hash-object', '-w', '--stdin'], { input: text, env })).stdout.trim();
      await git.run(['update-index', '--add', '--cacheinfo', `100644,${blob},${file}`], { env });
    }
    const tree = (await git.run(['write-tree'], { env })).stdout.trim();
    return (await git.run(['commit-tree', tree, '-p', parent, '-m', message], { env })).stdout.trim();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const prTitle = (n: number) => `Feedback: ${n} new row(s) for the feedback dataset`;

function prBody(dataset: string, total: number, added: readonly FeedbackRow[]): string {
  const lines = added.map((r) => `| ${r.issue ? `#${r.issue}` : (r.batch ?? '')} | ${r.model} | ${r.prediction_id ?? ''} | ${(r.predicted ?? '').replace(/\|/g, '\\|')} | ${r.label.replace(/\|/g, '\\|')} |`);
  return [
    `Adds ${added.length} row(s) to \`${dataset}\` (${total} in all), from model-feedback issues. This PR is kept up to date by the feedback action; merge it to make the rows part of the dataset.`,
    '',
    '| from | model | prediction id | predicted | correct |',
    '|---|---|---|---|---|',
    ...lines,
    '',
  ].join('\n');
}

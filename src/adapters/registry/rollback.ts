/**
 * Rollback as a promotion PR (SPEC §7): a branch off `{prefix}{stage}` whose model folder is put back to
 * its content at the previous version's registered commit, and a PR of it into the release branch. The
 * commit is built with a temporary index (read-tree/write-tree/commit-tree), so no work tree is touched.
 * Merging it runs the gate and then the assignment like any promotion.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { MlopsConfig } from '../../core/config/types.js';
import { UserError } from '../../core/errors.js';
import { previousStageVersion } from '../../core/registry/state.js';
import type { GitHubClient } from '../github/client.js';
import type { Git } from '../git.js';
import { readRegistry } from './tags.js';

export interface RollbackOptions {
  git: Git;
  config: MlopsConfig;
  model: string;
  stage: string;
  remote: string;
  github?: { client: GitHubClient; repo: { owner: string; repo: string } };
}

export interface RollbackOutcome {
  from: string;
  to: string;
  branch: string;
  pr?: { number: number; url: string; created: boolean };
}

/** Opens (or finds) the PR that returns `stage` to the version it held before. */
export async function openRollback(o: RollbackOptions): Promise<RollbackOutcome> {
  const model = o.config.models.find((m) => m.name === o.model);
  if (!model) throw new UserError(`no model '${o.model}' in .github/mlops.yml`, { hint: 'rollback works on configured models' });
  await o.git.fetchTags(o.remote);
  const state = await readRegistry(o.git);
  const from = state.artifacts[o.model]?.stages[o.stage]?.version;
  const to = previousStageVersion(state, o.model, o.stage);
  if (!from || !to) throw new UserError(`${o.model} has no earlier version in ${o.stage} to return to`, { hint: `mlops registry history ${o.model}` });
  const target = state.artifacts[o.model]?.versions.find((v) => v.version === to)?.commit ?? '';
  const base = `${o.config.release_branch_prefix}${o.stage}`;
  await o.git.run(['fetch', '--quiet', o.remote, `+refs/heads/${base}:refs/remotes/${o.remote}/${base}`]);
  const head = await o.git.resolve(`refs/remotes/${o.remote}/${base}`);
  if (!head) throw new UserError(`release branch ${base} does not exist on ${o.remote}`);
  const folder = model.path.replace(/\/+$/, '');
  const commit = await commitWithFolderFrom(o.git, head, target, folder, `Roll back ${o.model} in ${o.stage} from ${from} to ${to}`);
  const branch = `mlops/rollback/${o.model}-${o.stage}-${to}`;
  await o.git.run(['push', '--quiet', '--force', o.remote, `${commit}:refs/heads/${branch}`]);
  if (!o.github) return { from, to, branch };
  const { client, repo } = o.github;
  const open = await client.rest.pulls.list({ ...repo, state: 'open', head: `${repo.owner}:${branch}`, base, per_page: 1 });
  const existing = open.data[0];
  if (existing) return { from, to, branch, pr: { number: existing.number, url: existing.html_url, created: false } };
  const created = await client.rest.pulls.create({
    ...repo,
    head: branch,
    base,
    title: `Roll back ${o.model} in ${o.stage} to ${to}`,
    body: `Returns **${o.stage}** from ${o.model} ${from} to the version it held before, ${to} (\`${o.model}@${to}\`, ${target.slice(0, 12)}).\n\nThe promotion gate checks this PR like any promotion; merging it records the assignment.`,
  });
  return { from, to, branch, pr: { number: created.data.number, url: created.data.html_url, created: true } };
}

/** A commit on `parent` whose `folder` is replaced by the folder as it is in `source`. */
async function commitWithFolderFrom(git: Git, parent: string, source: string, folder: string, message: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'mlops-index-'));
  const env = { GIT_INDEX_FILE: path.join(dir, 'index') };
  try {
    await git.run(['read-tree', parent], { env });
    await git.run(['rm', '--cached', '-r', '-q', '--ignore-unmatch', '--', folder], { env });
    await git.run(['read-tree', `--prefix=${folder}/`, `${source}:${folder}`], { env });
    const tree = (await git.run(['write-tree'], { env })).stdout.trim();
    const same = (await git.run(['rev-parse', `${parent}^{tree}`])).stdout.trim();
    if (tree === same) throw new UserError(`${folder} on the release branch is already as in ${source.slice(0, 12)}`, { hint: 'nothing to roll back' });
    return (await git.run(['commit-tree', tree, '-p', parent, '-m', message])).stdout.trim();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

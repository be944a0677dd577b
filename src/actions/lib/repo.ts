/** The run's repository as Octokit parameters, without loading Octokit (see lazy-client.ts). */
import { repoParams } from '../../adapters/github/repo.js';
import type { ActionContext } from './context.js';

/** `{ owner, repo }` of the run's repository, or undefined outside a repository run. */
export function runRepo(ctx: ActionContext): { owner: string; repo: string } | undefined {
  return ctx.repository ? repoParams(ctx.repository) : undefined;
}

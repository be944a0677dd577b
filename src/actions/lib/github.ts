/** The GitHub client of an action: the `token` input, masked, against the runner's API root. */
import * as core from './runner.js';
import { createClient, repoParams, type GitHubClient } from '../../adapters/github/client.js';
import type { ActionContext } from './context.js';
import { secretInput } from './inputs.js';

/** A client for the token in input `name` (masked in the log), or undefined when the input is empty. */
export function clientFromInput(ctx: ActionContext, name = 'token'): GitHubClient | undefined {
  const token = secretInput(name);
  if (!token) return undefined;
  return createClient({ token, baseUrl: ctx.apiUrl, log: (m) => core.info(m) });
}

/** `{ owner, repo }` of the run's repository, or undefined outside a repository run. */
export function runRepo(ctx: ActionContext): { owner: string; repo: string } | undefined {
  return ctx.repository ? repoParams(ctx.repository) : undefined;
}

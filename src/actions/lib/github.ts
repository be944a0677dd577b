/** The GitHub client of an action: the `token` input, masked, against the runner's API root. */
import { createClient, type GitHubClient } from '../../adapters/github/client.js';
import type { ActionContext } from './context.js';
import { secretInput } from './inputs.js';
import { actionClientOptions } from './lazy-client.js';

export { runRepo } from './repo.js';

/** A client for the token in input `name` (masked in the log), or undefined when the input is empty. */
export function clientFromInput(ctx: ActionContext, name = 'token'): GitHubClient | undefined {
  const token = secretInput(name);
  if (!token) return undefined;
  return createClient(actionClientOptions(ctx, token));
}

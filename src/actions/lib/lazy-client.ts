/**
 * A GitHub client opened only when first needed, for actions whose only API call is the PR comment
 * (check, validate-cards, compare-experiments) or whose calls depend on what the run finds (register):
 * runs that make no call never load Octokit (~90 KB of the bundle at start-up); the others load it
 * at their first call. The token is read and masked at once, as clientFromInput does.
 */
import type { ClientOptions, GitHubClient } from '../../adapters/github/client.js';
import type { ClientSource } from '../../adapters/github/source.js';
import type { ActionContext } from './context.js';
import { secretInput } from './inputs.js';
import * as core from './runner.js';

/** The client options of an action: the token against the runner's API root, retries logged to the step log. */
export function actionClientOptions(ctx: ActionContext, token: string): ClientOptions {
  return { token, baseUrl: ctx.apiUrl, log: (m) => core.info(m) };
}

export { type ClientSource, openClient } from '../../adapters/github/source.js';

/** clientFromInput's client for the token in input `name` (masked now), created on first use; undefined when the input is empty. */
export function lazyClientFromInput(ctx: ActionContext, name = 'token'): ClientSource | undefined {
  const token = secretInput(name);
  if (!token) return undefined;
  let client: Promise<GitHubClient> | undefined;
  return () =>
    (client ??= import('../../adapters/github/client.js').then(({ createClient }) =>
      createClient(actionClientOptions(ctx, token)),
    ));
}

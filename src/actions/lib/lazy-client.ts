/**
 * A GitHub client opened only when first needed, for actions whose only API call is the PR comment
 * (check, validate-cards, compare-experiments): runs without a pull request, with `comment: false`
 * or without a token never load Octokit (~70 KB of the bundle at start-up); the others load it when
 * the comment is written. The token is read and masked at once, as clientFromInput does.
 */
import type { ClientOptions, GitHubClient } from '../../adapters/github/client.js';
import type { ActionContext } from './context.js';
import { secretInput } from './inputs.js';
import * as core from './runner.js';

/** The client options of an action: the token against the runner's API root, retries logged to the step log. */
export function actionClientOptions(ctx: ActionContext, token: string): ClientOptions {
  return { token, baseUrl: ctx.apiUrl, log: (m) => core.info(m) };
}

/** A client, or how to open one on first use. */
export type ClientSource = GitHubClient | (() => Promise<GitHubClient>);

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

/** The client of a source (opened now when it is lazy). */
export async function openClient(source: ClientSource): Promise<GitHubClient> {
  return typeof source === 'function' ? source() : source;
}

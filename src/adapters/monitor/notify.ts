/** Outbound signals of a monitoring run: `repository_dispatch` for retraining, and a Slack-compatible webhook. */
import { UserError } from '../../core/errors.js';
import type { GitHubClient } from '../github/client.js';

/** Fires one `repository_dispatch` event (needs `contents: write`). */
export async function fireDispatch(client: GitHubClient, repo: { owner: string; repo: string }, eventType: string, payload: Record<string, unknown>): Promise<void> {
  await client.rest.repos.createDispatchEvent({ ...repo, event_type: eventType, client_payload: payload });
}

/**
 * Posts `{"text": …}` (Slack's incoming-webhook format, also understood by Mattermost, Rocket.Chat and
 * Teams workflows) to the URL. The URL is a secret: it is never printed, not even in errors.
 */
export async function postWebhook(url: string, text: string, fetcher: typeof fetch = fetch): Promise<void> {
  if (!/^https?:\/\//i.test(url)) throw new UserError('the alert webhook is not an http(s) URL', { hint: 'store the full webhook URL in the secret named by monitoring.alert.webhook_secret' });
  let response: Response;
  try {
    response = await fetcher(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text }), signal: AbortSignal.timeout(15_000) });
  } catch (error) {
    throw new UserError(`the alert webhook could not be reached (${(error as Error).name})`, { hint: 'check the webhook URL in the secret' });
  }
  if (!response.ok) throw new UserError(`the alert webhook answered HTTP ${response.status}`, { hint: 'check the webhook URL in the secret (it may have been revoked)' });
}

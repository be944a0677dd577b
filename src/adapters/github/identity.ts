/**
 * Who the token speaks for, so that a sticky comment is only ever edited by the identity that wrote
 * it. A personal token can ask `GET /user`; an installation token (the Actions `GITHUB_TOKEN`, a
 * GitHub App token) is refused with 403, and its comments are authored by the app's bot account.
 */
import { UserError } from '../../core/errors.js';
import type { GitHubClient } from './client.js';

/** The author of comments made with the Actions `GITHUB_TOKEN`. */
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]';

export interface Identity {
  login: string;
  kind: 'user' | 'bot';
}

export interface IdentityOptions {
  /** The bot login of a GitHub App token (e.g. `my-app[bot]`): its comments are authored by the app. */
  botLogin?: string;
}

/** The token's own identity: the explicit bot login, else `GET /user`, else (403) `github-actions[bot]`. */
export async function resolveIdentity(
  client: GitHubClient,
  options: IdentityOptions = {},
): Promise<Identity> {
  if (options.botLogin) return { login: options.botLogin, kind: 'bot' };
  try {
    const { data } = await client.rest.users.getAuthenticated();
    return { login: data.login, kind: data.type === 'Bot' ? 'bot' : 'user' };
  } catch (error) {
    const status = statusOf(error);
    // "Resource not accessible by integration": an installation token, whose comments the Actions bot writes.
    if (status === 403) return { login: ACTIONS_BOT_LOGIN, kind: 'bot' };
    if (status === 401) {
      throw new UserError('GitHub refused the token (401 Bad credentials)', {
        hint: 'pass a valid token in the `token` input (the default `${{ github.token }}` works)',
      });
    }
    throw error;
  }
}

/** True when `login` is this identity (GitHub logins are case-insensitive). */
export function isSelf(identity: Identity, login: string | undefined): boolean {
  return login !== undefined && login.toLowerCase() === identity.login.toLowerCase();
}

/** The HTTP status of an Octokit RequestError, if it is one. */
export function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

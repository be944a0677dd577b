/**
 * The GitHub client: Octokit composed with the retry and throttling plugins (pagination comes with
 * @octokit/rest). Never hand-roll backoff or pagination: use `octokit.paginate`.
 */
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';

export const MlopsOctokit = Octokit.plugin(retry, throttling);
export type GitHubClient = InstanceType<typeof MlopsOctokit>;

export interface ClientOptions {
  token: string;
  /** API root, `GITHUB_API_URL` on a runner (GitHub Enterprise and the test emulator differ). */
  baseUrl?: string;
  /** How many times a rate-limited request is retried before it fails. */
  rateLimitRetries?: number;
  /** Where retries are logged (never the token). */
  log?: (message: string) => void;
}

/** A client that retries 5xx and network errors with backoff and waits out primary and secondary rate limits. */
export function createClient(options: ClientOptions): GitHubClient {
  const retries = options.rateLimitRetries ?? 3;
  const log = options.log ?? (() => {});
  return new MlopsOctokit({
    auth: options.token,
    baseUrl: (options.baseUrl ?? 'https://api.github.com').replace(/\/+$/, ''),
    userAgent: 'gitops-mlops',
    log: { debug: () => {}, info: () => {}, warn: log, error: log },
    retry: { retries: 3 },
    throttle: {
      onRateLimit: (retryAfter, request, _octokit, retryCount) => {
        log(`rate limit on ${request.method} ${request.url}; retry ${retryCount + 1} in ${retryAfter}s`);
        return retryCount < retries;
      },
      onSecondaryRateLimit: (retryAfter, request, _octokit, retryCount) => {
        log(`secondary rate limit on ${request.method} ${request.url}; retry ${retryCount + 1} in ${retryAfter}s`);
        return retryCount < retries;
      },
    },
  });
}

/** `owner/name` of a repository split into the parameters Octokit expects. */
export function repoParams(repository: string): { owner: string; repo: string } {
  const [owner, repo, ...rest] = repository.split('/');
  if (!owner || !repo || rest.length) throw new Error(`repository must be owner/name, got '${repository}'`);
  return { owner, repo };
}

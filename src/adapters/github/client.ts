/**
 * The GitHub client: @octokit/core composed as @octokit/rest composes it (request log, REST endpoint
 * methods, pagination), plus the retry and throttling plugins. The endpoint methods are only the
 * ones we call (./endpoints.ts), not @octokit/rest's table of every route: that table was parsed and
 * walked at every action's start. Never hand-roll backoff or pagination: use `octokit.paginate`.
 */
import { Octokit } from '@octokit/core';
import { paginateRest } from '@octokit/plugin-paginate-rest';
import { requestLog } from '@octokit/plugin-request-log';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck/light.js';
import { usedEndpoints } from './endpoints.js';

export { repoParams } from './repo.js';

// @octokit/rest's order (request log innermost), then retry and throttling wrapping it as before.
export const MlopsOctokit = Octokit.plugin(requestLog, usedEndpoints, paginateRest, retry, throttling);
export type GitHubClient = InstanceType<typeof MlopsOctokit>;

export interface ClientOptions {
  token: string;
  /** API root, `GITHUB_API_URL` on a runner (GitHub Enterprise and the test emulator differ). */
  baseUrl?: string;
  /** How many times a rate-limited request is retried before it fails. */
  rateLimitRetries?: number;
  /** Where retries are logged (never the token). */
  log?: (message: string) => void;
  /**
   * Spacing of write requests in ms. Default: GitHub's best practice, as the throttling plugin does it
   * (1 s between writes, 3 s between writes that notify). `MLOPS_GITHUB_WRITE_INTERVAL_MS` overrides it
   * (GitHub Enterprise without secondary limits, or the test emulator).
   */
  writeIntervalMs?: number;
}

/** Write limiters with a custom spacing; undefined keeps the plugin's own (shared, module-level) groups. */
function writeGroups(intervalMs: number | undefined): { write?: Bottleneck.Group; notifications?: Bottleneck.Group } {
  if (intervalMs === undefined || !Number.isFinite(intervalMs) || intervalMs < 0) return {};
  return {
    write: new Bottleneck.Group({ id: 'mlops-write', maxConcurrent: 1, minTime: intervalMs }),
    notifications: new Bottleneck.Group({ id: 'mlops-notifications', maxConcurrent: 1, minTime: intervalMs }),
  };
}

/** A client that retries 5xx and network errors with backoff and waits out primary and secondary rate limits. */
export function createClient(options: ClientOptions): GitHubClient {
  const retries = options.rateLimitRetries ?? 3;
  const log = options.log ?? (() => {});
  const fromEnv = process.env.MLOPS_GITHUB_WRITE_INTERVAL_MS;
  const interval = options.writeIntervalMs ?? (fromEnv !== undefined && fromEnv !== '' ? Number(fromEnv) : undefined);
  return new MlopsOctokit({
    auth: options.token,
    baseUrl: (options.baseUrl ?? 'https://api.github.com').replace(/\/+$/, ''),
    userAgent: 'gitops-mlops',
    log: { debug: () => {}, info: () => {}, warn: log, error: log },
    retry: { retries: 3 },
    throttle: {
      ...writeGroups(interval),
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

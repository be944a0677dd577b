/**
 * A GitHub client, or how to open one on first use. Octokit is about 90 KB of every bundle that
 * imports it; code paths that may end without an API call take a source and open it when they make
 * their first call, so a run that makes none never loads it.
 */
import type { GitHubClient } from './client.js';

/** A client, or how to open one on first use. */
export type ClientSource = GitHubClient | (() => Promise<GitHubClient>);

/** The client of a source (opened now when it is lazy). */
export async function openClient(source: ClientSource): Promise<GitHubClient> {
  return typeof source === 'function' ? source() : source;
}

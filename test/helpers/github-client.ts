/**
 * The product's GitHub client with every REST endpoint method, for tests that drive emulator
 * operations the product never calls (merging a pull request, reading git refs): the product's own
 * client has only the methods it uses (src/adapters/github/endpoints.ts).
 */
import { restEndpointMethods } from '@octokit/plugin-rest-endpoint-methods';
import { createClient, type ClientOptions, type GitHubClient } from '../../src/adapters/github/client.js';

/** createClient (same retry, throttling and pagination) with @octokit/rest's full `rest` table. */
export function clientWithEveryEndpoint(
  options: ClientOptions,
): GitHubClient & ReturnType<typeof restEndpointMethods> {
  const client = createClient(options);
  return Object.assign(client, restEndpointMethods(client));
}

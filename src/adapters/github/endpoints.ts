/**
 * The REST endpoint methods the product calls (`client.rest.<scope>.<method>`), and nothing else.
 * @octokit/plugin-rest-endpoint-methods ships all ~1,100 of GitHub's (≈100 KB of routes parsed and
 * walked at every action start); this plugin does what it does (`request.defaults({ method, url })`
 * per method, so `client.paginate(client.rest.<scope>.<method>, …)` works through `.endpoint`) for the routes
 * listed here, typed with that plugin's own types. A method missing here is a type error at its call
 * site, and test/adapters/github/endpoints.test.ts checks every route against the plugin's table.
 */
import type { Octokit } from '@octokit/core';
import type { Api } from '@octokit/plugin-rest-endpoint-methods';

type AllRest = Api['rest'];

/** The routes of the methods we call, exactly as in @octokit/plugin-rest-endpoint-methods. */
export const ROUTES = {
  issues: {
    addLabels: 'POST /repos/{owner}/{repo}/issues/{issue_number}/labels',
    create: 'POST /repos/{owner}/{repo}/issues',
    createComment: 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
    deleteComment: 'DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}',
    listComments: 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
    listForRepo: 'GET /repos/{owner}/{repo}/issues',
    update: 'PATCH /repos/{owner}/{repo}/issues/{issue_number}',
    updateComment: 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}',
  },
  pulls: {
    create: 'POST /repos/{owner}/{repo}/pulls',
    get: 'GET /repos/{owner}/{repo}/pulls/{pull_number}',
    list: 'GET /repos/{owner}/{repo}/pulls',
    listCommits: 'GET /repos/{owner}/{repo}/pulls/{pull_number}/commits',
    listFiles: 'GET /repos/{owner}/{repo}/pulls/{pull_number}/files',
    listReviews: 'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews',
    update: 'PATCH /repos/{owner}/{repo}/pulls/{pull_number}',
  },
  repos: {
    createCommitStatus: 'POST /repos/{owner}/{repo}/statuses/{sha}',
    createDeployment: 'POST /repos/{owner}/{repo}/deployments',
    createDeploymentStatus: 'POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses',
    createDispatchEvent: 'POST /repos/{owner}/{repo}/dispatches',
    createRelease: 'POST /repos/{owner}/{repo}/releases',
    deleteRelease: 'DELETE /repos/{owner}/{repo}/releases/{release_id}',
    deleteReleaseAsset: 'DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}',
    getCollaboratorPermissionLevel: 'GET /repos/{owner}/{repo}/collaborators/{username}/permission',
    getCombinedStatusForRef: 'GET /repos/{owner}/{repo}/commits/{ref}/status',
    getContent: 'GET /repos/{owner}/{repo}/contents/{path}',
    getReleaseAsset: 'GET /repos/{owner}/{repo}/releases/assets/{asset_id}',
    getReleaseByTag: 'GET /repos/{owner}/{repo}/releases/tags/{tag}',
    listActivities: 'GET /repos/{owner}/{repo}/activity',
    listDeploymentStatuses: 'GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses',
    listDeployments: 'GET /repos/{owner}/{repo}/deployments',
    listReleaseAssets: 'GET /repos/{owner}/{repo}/releases/{release_id}/assets',
    listReleases: 'GET /repos/{owner}/{repo}/releases',
    updateRelease: 'PATCH /repos/{owner}/{repo}/releases/{release_id}',
  },
  teams: {
    getMembershipForUserInOrg: 'GET /orgs/{org}/teams/{team_slug}/memberships/{username}',
  },
  users: {
    getAuthenticated: 'GET /user',
  },
} as const satisfies { [S in keyof AllRest]?: { [M in keyof AllRest[S]]?: string } };

type Routes = typeof ROUTES;

/** `client.rest`: the methods of ROUTES, with @octokit/plugin-rest-endpoint-methods' types. */
export type UsedRest = { [S in keyof Routes]: Pick<AllRest[S], keyof Routes[S] & keyof AllRest[S]> };

/** Octokit plugin adding `rest` with the methods of ROUTES (what the full plugin does for every route). */
export function usedEndpoints(octokit: Octokit): { rest: UsedRest } {
  const rest: Record<string, Record<string, unknown>> = {};
  for (const [scope, methods] of Object.entries(ROUTES)) {
    const table: Record<string, unknown> = {};
    for (const [name, route] of Object.entries(methods)) {
      const [method, url] = route.split(' ');
      table[name] = octokit.request.defaults({ method, url });
    }
    rest[scope] = table;
  }
  return { rest: rest as unknown as UsedRest };
}

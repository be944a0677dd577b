export const id = 932;
export const ids = [932];
export const modules = {

/***/ 5932:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MlopsOctokit: () => (/* binding */ MlopsOctokit),
  createClient: () => (/* binding */ createClient),
  repoParams: () => (/* reexport */ repo/* repoParams */.V)
});

// EXTERNAL MODULE: ./node_modules/@octokit/core/dist-src/index.js + 12 modules
var dist_src = __webpack_require__(4730);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js
var dist_bundle = __webpack_require__(3779);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-request-log/dist-src/index.js + 1 modules
var plugin_request_log_dist_src = __webpack_require__(5077);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var plugin_retry_dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
// EXTERNAL MODULE: ./node_modules/bottleneck/light.js
var light = __webpack_require__(3251);
var light_default = /*#__PURE__*/__webpack_require__.n(light);
;// CONCATENATED MODULE: ./src/adapters/github/endpoints.ts
/** The routes of the methods we call, exactly as in @octokit/plugin-rest-endpoint-methods. */
const ROUTES = {
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
};
/** Octokit plugin adding `rest` with the methods of ROUTES (what the full plugin does for every route). */
function usedEndpoints(octokit) {
    const rest = {};
    for (const [scope, methods] of Object.entries(ROUTES)) {
        const table = {};
        for (const [name, route] of Object.entries(methods)) {
            const [method, url] = route.split(' ');
            table[name] = octokit.request.defaults({ method, url });
        }
        rest[scope] = table;
    }
    return { rest: rest };
}

// EXTERNAL MODULE: ./src/adapters/github/repo.ts
var repo = __webpack_require__(4284);
;// CONCATENATED MODULE: ./src/adapters/github/client.ts
/**
 * The GitHub client: @octokit/core composed as @octokit/rest composes it (request log, REST endpoint
 * methods, pagination), plus the retry and throttling plugins. The endpoint methods are only the
 * ones we call (./endpoints.ts), not @octokit/rest's table of every route: that table was parsed and
 * walked at every action's start. Never hand-roll backoff or pagination: use `octokit.paginate`.
 */








// @octokit/rest's order (request log innermost), then retry and throttling wrapping it as before.
const MlopsOctokit = dist_src/* Octokit */.E.plugin(plugin_request_log_dist_src/* requestLog */.M, usedEndpoints, dist_bundle/* paginateRest */.ud, plugin_retry_dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
/** Write limiters with a custom spacing; undefined keeps the plugin's own (shared, module-level) groups. */
function writeGroups(intervalMs) {
    if (intervalMs === undefined || !Number.isFinite(intervalMs) || intervalMs < 0)
        return {};
    return {
        write: new (light_default()).Group({ id: 'mlops-write', maxConcurrent: 1, minTime: intervalMs }),
        notifications: new (light_default()).Group({ id: 'mlops-notifications', maxConcurrent: 1, minTime: intervalMs }),
    };
}
/** A client that retries 5xx and network errors with backoff and waits out primary and secondary rate limits. */
function createClient(options) {
    const retries = options.rateLimitRetries ?? 3;
    const log = options.log ?? (() => { });
    const fromEnv = process.env.MLOPS_GITHUB_WRITE_INTERVAL_MS;
    const interval = options.writeIntervalMs ?? (fromEnv !== undefined && fromEnv !== '' ? Number(fromEnv) : undefined);
    return new MlopsOctokit({
        auth: options.token,
        baseUrl: (options.baseUrl ?? 'https://api.github.com').replace(/\/+$/, ''),
        userAgent: 'gitops-mlops',
        log: { debug: () => { }, info: () => { }, warn: log, error: log },
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


/***/ })

};

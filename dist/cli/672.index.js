export const id = 672;
export const ids = [672];
export const modules = {

/***/ 2672:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   openRollback: () => (/* binding */ openRollback)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4296);
/* harmony import */ var _core_registry_state_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3234);
/* harmony import */ var _tags_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5445);
/**
 * Rollback as a promotion PR (SPEC \u00a77): a branch off `{prefix}{stage}` whose model folder is put back to
 * its content at the previous version's registered commit, and a PR of it into the release branch. The
 * commit is built with a temporary index (read-tree/write-tree/commit-tree), so no work tree is touched.
 * Merging it runs the gate and then the assignment like any promotion.
 */






/** Opens (or finds) the PR that returns `stage` to the version it held before. */
async function openRollback(o) {
    const model = o.config.models.find((m) => m.name === o.model);
    if (!model)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`no model '${o.model}' in .github/mlops.yml`, { hint: 'rollback works on configured models' });
    await o.git.fetchTags(o.remote);
    const state = await (0,_tags_js__WEBPACK_IMPORTED_MODULE_5__/* .readRegistry */ ._5)(o.git);
    const from = state.artifacts[o.model]?.stages[o.stage]?.version;
    const to = (0,_core_registry_state_js__WEBPACK_IMPORTED_MODULE_4__/* .previousStageVersion */ .w8)(state, o.model, o.stage);
    if (!from || !to)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${o.model} has no earlier version in ${o.stage} to return to`, { hint: `mlops registry history ${o.model}` });
    const target = state.artifacts[o.model]?.versions.find((v) => v.version === to)?.commit ?? '';
    const base = `${o.config.release_branch_prefix}${o.stage}`;
    await o.git.run(['fetch', '--quiet', o.remote, `+refs/heads/${base}:refs/remotes/${o.remote}/${base}`]);
    const head = await o.git.resolve(`refs/remotes/${o.remote}/${base}`);
    if (!head)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`release branch ${base} does not exist on ${o.remote}`);
    const folder = model.path.replace(/\/+$/, '');
    const commit = await commitWithFolderFrom(o.git, head, target, folder, `Roll back ${o.model} in ${o.stage} from ${from} to ${to}`);
    const branch = `mlops/rollback/${o.model}-${o.stage}-${to}`;
    await o.git.run(['push', '--quiet', '--force', o.remote, `${commit}:refs/heads/${branch}`]);
    if (!o.github)
        return { from, to, branch };
    const { client, repo } = o.github;
    const open = await client.rest.pulls.list({ ...repo, state: 'open', head: `${repo.owner}:${branch}`, base, per_page: 1 });
    const existing = open.data[0];
    if (existing)
        return { from, to, branch, pr: { number: existing.number, url: existing.html_url, created: false } };
    const created = await client.rest.pulls.create({
        ...repo,
        head: branch,
        base,
        title: `Roll back ${o.model} in ${o.stage} to ${to}`,
        body: `Returns **${o.stage}** from ${o.model} ${from} to the version it held before, ${to} (\`${o.model}@${to}\`, ${target.slice(0, 12)}).\n\nThe promotion gate checks this PR like any promotion; merging it records the assignment.`,
    });
    return { from, to, branch, pr: { number: created.data.number, url: created.data.html_url, created: true } };
}
/** A commit on `parent` whose `folder` is replaced by the folder as it is in `source`. */
async function commitWithFolderFrom(git, parent, source, folder, message) {
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'mlops-index-'));
    const env = { GIT_INDEX_FILE: node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, 'index') };
    try {
        await git.run(['read-tree', parent], { env });
        await git.run(['rm', '--cached', '-r', '-q', '--ignore-unmatch', '--', folder], { env });
        await git.run(['read-tree', `--prefix=${folder}/`, `${source}:${folder}`], { env });
        const tree = (await git.run(['write-tree'], { env })).stdout.trim();
        const same = (await git.run(['rev-parse', `${parent}^{tree}`])).stdout.trim();
        if (tree === same)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${folder} on the release branch is already as in ${source.slice(0, 12)}`, { hint: 'nothing to roll back' });
        return (await git.run(['commit-tree', tree, '-p', parent, '-m', message])).stdout.trim();
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true });
    }
}


/***/ })

};

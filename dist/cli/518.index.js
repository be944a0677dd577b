export const id = 518;
export const ids = [518];
export const modules = {

/***/ 5423:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UU: () => (/* binding */ createClient),
/* harmony export */   Vt: () => (/* binding */ repoParams)
/* harmony export */ });
/* unused harmony export MlopsOctokit */
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6856);
/* harmony import */ var _octokit_rest__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9988);
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3251);
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The GitHub client: Octokit composed with the retry and throttling plugins (pagination comes with
 * @octokit/rest). Never hand-roll backoff or pagination: use `octokit.paginate`.
 */




const MlopsOctokit = _octokit_rest__WEBPACK_IMPORTED_MODULE_1__/* .Octokit */ .E.plugin(_octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__/* .throttling */ .A);
/** Write limiters with a custom spacing; undefined keeps the plugin's own (shared, module-level) groups. */
function writeGroups(intervalMs) {
    if (intervalMs === undefined || !Number.isFinite(intervalMs) || intervalMs < 0)
        return {};
    return {
        write: new (bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0___default().Group)({ id: 'mlops-write', maxConcurrent: 1, minTime: intervalMs }),
        notifications: new (bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0___default().Group)({ id: 'mlops-notifications', maxConcurrent: 1, minTime: intervalMs }),
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
/** `owner/name` of a repository split into the parameters Octokit expects. */
function repoParams(repository) {
    const [owner, repo, ...rest] = repository.split('/');
    if (!owner || !repo || rest.length)
        throw new Error(`repository must be owner/name, got '${repository}'`);
    return { owner, repo };
}


/***/ }),

/***/ 3046:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GN: () => (/* binding */ downloadReleaseAsset),
/* harmony export */   IC: () => (/* binding */ MAX_ASSET_BYTES),
/* harmony export */   w9: () => (/* binding */ ensureRelease)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _core_experiments_record_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8979);
/* harmony import */ var _fs_hash_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8604);
/**
 * Releases that converge: `ensureRelease` finds or creates the release as a draft, uploads every
 * asset that is missing or differs, then publishes it, so immutable releases work and a run that died
 * halfway (no release, missing or half-uploaded assets, a draft never published) is repaired by the
 * next run. Shared by experiments (pre-releases on `exp/…`) and the registry (model versions).
 */





/** GitHub refuses release assets of 2 GiB or more ("each file … must be under 2 GiB"). */
const MAX_ASSET_BYTES = 2 * 1024 * 1024 * 1024 - 1;
/** Creates, repairs or leaves alone the release on `spec.tag`; see the module comment. */
async function ensureRelease(client, repo, spec) {
    const assets = await Promise.all(spec.assets.map(prepare));
    const duplicate = assets.find((a, i) => assets.findIndex((b) => b.spec.name === a.spec.name) !== i);
    if (duplicate)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`two release assets are named '${duplicate.spec.name}'`, {
            hint: 'give every asset a unique name',
        });
    let release = await findRelease(client, repo, spec.tag);
    const created = !release;
    if (!release) {
        const r = await client.rest.repos.createRelease({
            ...repo,
            tag_name: spec.tag,
            name: spec.name,
            body: spec.body ?? '',
            draft: true,
            prerelease: spec.prerelease ?? false,
        });
        release = r.data;
    }
    const existing = await client.paginate(client.rest.repos.listReleaseAssets, {
        ...repo,
        release_id: release.id,
        per_page: 100,
    });
    const uploaded = [];
    const replaced = [];
    for (const asset of assets) {
        const current = existing.find((e) => e.name === asset.spec.name);
        if (current && matches(current, asset))
            continue;
        if (current) {
            await client.rest.repos.deleteReleaseAsset({ ...repo, asset_id: current.id });
            replaced.push(asset.spec.name);
        }
        await upload(client, release, asset);
        uploaded.push(asset.spec.name);
    }
    let published = false;
    if (release.draft) {
        const latest = spec.makeLatest === undefined
            ? {}
            : { make_latest: spec.makeLatest ? 'true' : 'false' };
        const r = await client.rest.repos.updateRelease({
            ...repo,
            release_id: release.id,
            draft: false,
            prerelease: spec.prerelease ?? false,
            ...latest,
        });
        release = r.data;
        published = true;
    }
    return { id: release.id, url: release.html_url, created, published, uploaded, replaced };
}
async function prepare(spec) {
    if (spec.data !== undefined) {
        const bytes = typeof spec.data === 'string' ? Buffer.byteLength(spec.data) : spec.data.byteLength;
        return { spec, bytes, sha256: spec.sha256 ?? (0,_core_experiments_record_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256Hex */ .fg)(spec.data) };
    }
    if (!spec.path)
        throw new Error(`release asset '${spec.name}' has neither path nor data`);
    const size = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(spec.path).then((s) => s.size, () => undefined);
    if (size === undefined)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`release asset '${spec.name}': ${spec.path} does not exist`, { file: spec.path });
    if (size > MAX_ASSET_BYTES) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`release asset '${spec.name}' is ${size} bytes; GitHub release assets must be under 2 GiB`, {
            file: spec.path,
            hint: 'store it elsewhere and record it by URI and checksum (experiments: --artifact-store URI)',
        });
    }
    return { spec, bytes: size, sha256: spec.sha256 ?? (await (0,_fs_hash_js__WEBPACK_IMPORTED_MODULE_4__/* .sha256File */ .Q)(spec.path)).sha256 };
}
/** An asset is kept when fully uploaded with the same size and, where GitHub reports one, the same digest. */
function matches(current, wanted) {
    if (current.state !== 'uploaded' || current.size !== wanted.bytes)
        return false;
    return !current.digest || current.digest === `sha256:${wanted.sha256}`;
}
/**
 * How many pages of releases (newest first) are searched for a draft. A draft is left by a run that
 * died minutes before, so it is among the newest; capping the search keeps every new release from
 * listing thousands of older ones.
 */
const DRAFT_SEARCH_PAGES = 5;
/** The release on a tag: published ones by tag, drafts (invisible to that endpoint) from the list. */
async function findRelease(client, repo, tag) {
    try {
        return (await client.rest.repos.getReleaseByTag({ ...repo, tag })).data;
    }
    catch (error) {
        if (error.status !== 404)
            throw error;
    }
    let pages = 0;
    for await (const page of client.paginate.iterator(client.rest.repos.listReleases, {
        ...repo,
        per_page: 100,
    })) {
        const found = page.data.find((r) => r.tag_name === tag);
        if (found)
            return found;
        if (++pages >= DRAFT_SEARCH_PAGES)
            break;
    }
    return undefined;
}
async function upload(client, release, asset) {
    // Small assets go as a buffer (retries can resend them); large files are streamed.
    const data = asset.spec.data !== undefined
        ? Buffer.from(asset.spec.data)
        : asset.bytes <= 64 * 1024 * 1024
            ? await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(asset.spec.path)
            : (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(asset.spec.path);
    await client.request({
        method: 'POST',
        url: release.upload_url,
        name: asset.spec.name,
        data: data,
        headers: {
            'content-type': asset.spec.contentType ?? 'application/octet-stream',
            'content-length': asset.bytes,
        },
    });
}
/** The bytes of a release asset (GitHub answers `application/octet-stream` with the file, after a redirect). */
async function downloadReleaseAsset(client, repo, assetId) {
    const r = await client.rest.repos.getReleaseAsset({
        ...repo,
        asset_id: assetId,
        headers: { accept: 'application/octet-stream' },
    });
    const data = r.data;
    if (data instanceof ArrayBuffer)
        return Buffer.from(new Uint8Array(data));
    if (ArrayBuffer.isView(data))
        return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    return Buffer.from(typeof data === 'string' ? data : JSON.stringify(data));
}


/***/ }),

/***/ 5445:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K5: () => (/* binding */ writeRegistryTags),
/* harmony export */   X2: () => (/* binding */ registryTags),
/* harmony export */   _5: () => (/* binding */ readRegistry)
/* harmony export */ });
/* unused harmony export CLAIMS */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _core_registry_state_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3234);
/* harmony import */ var _core_registry_tags_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6438);
/**
 * Reading and writing registry tags in a real repository. Writes are atomic pushes. A counted tag
 * (`{artifact}#{stage}#{N}`) is pushed together with a claim ref `refs/mlops/counters/{artifact}/{N}`
 * pointing at the tag object (created, never updated): two runs that picked the same N for different stages cannot both succeed,
 * so the loser deletes its local tag and retries with the next N after re-reading the remote. Concurrent
 * merges therefore get distinct counters, as GTO's `#N` intends (one number per event of an artifact).
 */



/**
 * Reads the registry state from every tag of the repository (one `for-each-ref`). `subjectsOnly` reads
 * only the first line of each message (enough for the current state, not for history and audits).
 */
async function readRegistry(git, options = {}) {
    return (0,_core_registry_state_js__WEBPACK_IMPORTED_MODULE_1__/* .buildRegistryState */ .lq)(await registryTags(git, options));
}
/**
 * Every tag with what the registry reads of it, in one `for-each-ref` with plain atoms: GTO reads
 * annotated tags only, so the committer fallbacks of Git.tags (for lightweight tags, which cost a
 * commit lookup per tag) are not needed; a lightweight tag comes back with `annotated: false`.
 */
async function registryTags(git, options = {}) {
    const contents = options.subjectsOnly ? '%(contents:subject)' : '%(contents)';
    const format = ['%(refname:strip=2)', '%(objecttype)', '%(objectname)', '%(*objectname)', '%(taggername)', '%(taggeremail:trim)', '%(taggerdate:iso-strict)', contents].join('%1f');
    const r = await git.run(['for-each-ref', `--format=${format}%1e`, 'refs/tags/'], { allowFailure: true });
    if (r.code !== 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`cannot read tags in ${git.cwd}: ${r.stderr.trim()}`, { hint: 'run it inside a git repository' });
    const out = [];
    for (const record of r.stdout.split('\x1e')) {
        const [name = '', type, object = '', peeled = '', tagger = '', taggerEmail = '', date = '', message = ''] = record.replace(/^\n/, '').split('\x1f');
        if (!name || name.startsWith('exp/'))
            continue; // experiment tags are never registry tags
        const annotated = type === 'tag';
        out.push({ name, commit: annotated ? peeled : object, annotated, tagger, taggerEmail, date, message: annotated ? message : '' });
    }
    return out;
}
/**
 * Plans against the current state and writes the planned tags in one atomic push. `plan` returns []
 * when there is nothing to do (that is how reruns converge). Returns the names written.
 */
async function writeRegistryTags(git, plan, options = {}) {
    const attempts = options.attempts ?? 8;
    for (let attempt = 1; attempt <= attempts; attempt++) {
        if (options.remote)
            await git.fetchTags(options.remote, ['+refs/tags/*:refs/tags/*', `+${CLAIMS}*:${CLAIMS}*`]);
        const state = await readRegistry(git);
        const planned = plan(state);
        if (!planned.length)
            return [];
        const named = nameTags(state, planned, await claimedCounters(git));
        const names = named.map((n) => n.name);
        const created = [];
        try {
            for (const [i, p] of planned.entries()) {
                const name = names[i] ?? '';
                if ((await git.createAnnotatedTag(name, p.target, p.message)) === 'created')
                    created.push(name);
            }
        }
        catch (error) {
            await deleteLocal(git, created);
            throw error;
        }
        if (!options.remote)
            return names;
        // The claim points at the tag object, unique to this run, so a claim of the same N by another run is a rejected update.
        const refspecs = named.flatMap((n) => [`refs/tags/${n.name}`, ...(n.claim ? [`refs/tags/${n.name}:${n.claim}`] : [])]);
        if (await git.pushAtomic(options.remote, refspecs))
            return names;
        await deleteLocal(git, created); // someone else took the name: re-read and take the next one
    }
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`could not write registry tags after ${attempts} attempts: the remote kept changing`, {
        hint: 'another run is writing to the registry; re-run this job',
    });
}
/** Where counter claims live: outside refs/tags so that tag listings and GTO never see them. */
const CLAIMS = 'refs/mlops/counters/';
function claimRef(artifact, n) {
    return `${CLAIMS}${encodeURIComponent(artifact)}/${n}`;
}
/** The highest claimed counter per artifact (claims outlive tags that were deleted by hand). */
async function claimedCounters(git) {
    const out = new Map();
    const r = await git.run(['for-each-ref', '--format=%(refname)', CLAIMS]);
    for (const ref of r.stdout.split('\n')) {
        const m = /^refs\/mlops\/counters\/([^/]+)\/(\d+)$/.exec(ref);
        if (!m?.[1] || !m[2])
            continue;
        const artifact = decodeURIComponent(m[1]);
        out.set(artifact, Math.max(out.get(artifact) ?? 0, Number(m[2])));
    }
    return out;
}
function nameTags(state, planned, claimed) {
    const next = new Map();
    return planned.map((p) => {
        if (!p.counted)
            return { name: (0,_core_registry_tags_js__WEBPACK_IMPORTED_MODULE_2__/* .formatTagName */ .pg)(p.tag) };
        const a = p.tag.artifact;
        const n = next.get(a) ?? Math.max(state.artifacts[a]?.nextCounter ?? 1, (claimed.get(a) ?? 0) + 1);
        next.set(a, n + 1);
        return { name: (0,_core_registry_tags_js__WEBPACK_IMPORTED_MODULE_2__/* .formatTagName */ .pg)({ ...p.tag, counter: n }), claim: claimRef(a, n) };
    });
}
async function deleteLocal(git, names) {
    if (names.length)
        await git.run(['tag', '--delete', ...names], { allowFailure: true });
}


/***/ }),

/***/ 6492:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ parseTagMessage),
/* harmony export */   v: () => (/* binding */ formatTagMessage)
/* harmony export */ });
/**
 * Registry tag messages. GTO stores a free-text message; ours keep its first line as the human summary
 * (what `gto history` shows) and put a JSON record after a blank line, the same layout as experiment tags.
 */
/** Builds a tag message: the summary line, then the metadata as JSON when there is any. */
function formatTagMessage(summary, meta = {}) {
    const clean = Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== undefined));
    const head = summary.split('\n')[0] ?? '';
    return Object.keys(clean).length ? `${head}\n\n${JSON.stringify(clean, null, 2)}\n` : `${head}\n`;
}
/** Reads a tag message written by us or by GTO (free text: the PR is taken from a `#123` in it). */
function parseTagMessage(message) {
    const newline = message.indexOf('\n');
    const summary = (newline < 0 ? message : message.slice(0, newline)).trim();
    const body = newline < 0 ? '' : message.slice(newline + 1).trim();
    if (body.startsWith('{')) {
        try {
            const value = JSON.parse(body);
            if (value && typeof value === 'object' && !Array.isArray(value))
                return { summary, meta: readMeta(value) };
        }
        catch {
            // not our record: fall through to free text
        }
    }
    const pr = message.includes('#') ? /(?:^|[\s(])#(\d+)\b/.exec(message) : null;
    return { summary, meta: pr ? { pr: Number(pr[1]) } : {} };
}
function readMeta(v) {
    const strings = (x) => Array.isArray(x) ? x.filter((s) => typeof s === 'string') : undefined;
    const checks = Array.isArray(v.checks)
        ? v.checks
            .filter((c) => !!c && typeof c === 'object' && typeof c.id === 'string')
            .map((c) => ({ id: c.id, met: c.met === true }))
        : undefined;
    return {
        pr: typeof v.pr === 'number' ? v.pr : undefined,
        mergeCommit: typeof v.mergeCommit === 'string' ? v.mergeCommit : undefined,
        actor: typeof v.actor === 'string' ? v.actor : undefined,
        approvers: strings(v.approvers),
        checks,
        version: typeof v.version === 'string' ? v.version : undefined,
        reason: typeof v.reason === 'string' ? v.reason : undefined,
        sha256sums: typeof v.sha256sums === 'string' && /^[0-9a-f]{64}$/.test(v.sha256sums) ? v.sha256sums : undefined,
    };
}


/***/ }),

/***/ 3234:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lq: () => (/* binding */ buildRegistryState),
/* harmony export */   t2: () => (/* binding */ artifactHistory),
/* harmony export */   w8: () => (/* binding */ previousStageVersion)
/* harmony export */ });
/* harmony import */ var _message_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6492);
/* harmony import */ var _semver_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4647);
/* harmony import */ var _tags_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6438);
/**
 * Registry state as a pure function of tags, with GTO's semantics (iterative/gto, gto/base.py):
 * an assignment belongs to the version registered on the same commit; a version is active while its
 * last register/deregister event is a registration; an artifact is deprecated while its last event is a
 * deprecation. Where GTO offers two views of a stage, we take the most recent active assignment
 * (`gto show --sort timestamp`); our writers also unassign newer versions on rollback so GTO's default
 * semver view agrees.
 */



const priority = { create: 0, register: 1, deregister: 2, assign: 3, unassign: 4, deprecate: 5 };
/** Builds the registry state from tags; tags that are not registry tags are skipped silently. */
function buildRegistryState(tags) {
    const ignored = [];
    const parsed = [];
    for (const tag of tags) {
        const name = (0,_tags_js__WEBPACK_IMPORTED_MODULE_1__/* .parseTagName */ .fe)(tag.name);
        if (!name)
            continue;
        if (!tag.annotated) {
            ignored.push({ tag: tag.name, reason: 'lightweight tag (registry tags are annotated; GTO ignores these too)' });
            continue;
        }
        parsed.push({ tag, name, time: Date.parse(tag.date) || 0 });
    }
    parsed.sort((a, b) => a.time - b.time ||
        (a.name.counter ?? 0) - (b.name.counter ?? 0) ||
        priority[a.name.action] - priority[b.name.action] ||
        (a.tag.name < b.tag.name ? -1 : a.tag.name > b.tag.name ? 1 : 0));
    const registeredAt = indexRegistrations(parsed);
    const events = parsed.map(({ tag, name }) => toEvent(tag, name, registeredAt));
    const artifacts = {};
    const byArtifact = new Map();
    for (const e of events) {
        const list = byArtifact.get(e.artifact);
        if (list)
            list.push(e);
        else
            byArtifact.set(e.artifact, [e]);
    }
    for (const [name, list] of [...byArtifact].sort(([a], [b]) => (a < b ? -1 : 1)))
        artifacts[name] = artifactState(name, list);
    return { artifacts, events, ignored };
}
/** artifact → commit → versions registered on that commit. */
function indexRegistrations(parsed) {
    const index = new Map();
    for (const { tag, name } of parsed) {
        if (name.action !== 'register' || !name.version)
            continue;
        let commits = index.get(name.artifact);
        if (!commits)
            index.set(name.artifact, (commits = new Map()));
        commits.set(tag.commit, [...(commits.get(tag.commit) ?? []), name.version]);
    }
    return index;
}
function toEvent(tag, name, index) {
    const { summary, meta } = (0,_message_js__WEBPACK_IMPORTED_MODULE_2__/* .parseTagMessage */ .V)(tag.message);
    let version = name.version;
    if (name.action === 'assign' || name.action === 'unassign') {
        // GTO: the version an assignment is for is the one registered on the tag's commit.
        const candidates = index.get(name.artifact)?.get(tag.commit) ?? [];
        version =
            meta.version && candidates.includes(meta.version)
                ? meta.version
                : ([...candidates].sort(_semver_js__WEBPACK_IMPORTED_MODULE_0__/* .compareSemver */ .mU).pop() ?? meta.version ?? tag.commit);
    }
    return {
        event: name.action,
        artifact: name.artifact,
        tag: tag.name,
        version,
        stage: name.stage,
        counter: name.counter,
        commit: tag.commit,
        author: tag.tagger,
        authorEmail: tag.taggerEmail,
        date: tag.date,
        summary,
        meta,
    };
}
function artifactState(name, events) {
    const versions = new Map();
    const stageLists = new Map();
    let counter = 0;
    for (const e of events) {
        counter = Math.max(counter, e.counter ?? 0);
        if (e.event === 'register' && e.version) {
            const known = versions.get(e.version);
            if (known)
                known.active = true;
            else
                versions.set(e.version, { version: e.version, commit: e.commit, tag: e.tag, registeredAt: e.date, author: e.author, active: true, stages: [] });
        }
        else if (e.event === 'deregister' && e.version) {
            const known = versions.get(e.version);
            if (known)
                known.active = false;
        }
        else if ((e.event === 'assign' || e.event === 'unassign') && e.stage) {
            const list = (stageLists.get(e.stage) ?? []).filter((a) => a.version !== e.version);
            if (e.event === 'assign')
                list.push(e);
            stageLists.set(e.stage, list);
        }
    }
    const stages = {};
    for (const [stage, list] of stageLists) {
        const holder = [...list].reverse().find((a) => versions.get(a.version ?? '')?.active !== false);
        if (!holder?.version)
            continue;
        stages[stage] = { stage, version: holder.version, commit: holder.commit, since: holder.date, tag: holder.tag, pr: holder.meta.pr };
        versions.get(holder.version)?.stages.push(stage);
    }
    const sorted = [...versions.values()].sort((a, b) => (0,_semver_js__WEBPACK_IMPORTED_MODULE_0__/* .compareSemver */ .mU)(b.version, a.version));
    return {
        name,
        versions: sorted,
        latest: sorted.find((v) => v.active)?.version,
        stages,
        deprecated: events.at(-1)?.event === 'deprecate',
        nextCounter: counter + 1,
    };
}
/** The events of one artifact (oldest first), optionally of one version. */
function artifactHistory(state, artifact, version) {
    return state.events.filter((e) => e.artifact === artifact && (version === undefined || e.version === version));
}
/** The version a stage held before its current one (for rollback), from the assignment history. */
function previousStageVersion(state, artifact, stage) {
    const current = state.artifacts[artifact]?.stages[stage]?.version;
    const assigned = artifactHistory(state, artifact).filter((e) => e.stage === stage && e.event === 'assign');
    const active = new Set(state.artifacts[artifact]?.versions.filter((v) => v.active).map((v) => v.version));
    for (let i = assigned.length - 1; i >= 0; i--) {
        const v = assigned[i]?.version;
        if (v && v !== current && active.has(v))
            return v;
    }
    return undefined;
}


/***/ })

};

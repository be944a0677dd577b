export const id = 267;
export const ids = [267,473];
export const modules = {

/***/ 8604:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ sha256File)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_sha256_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7424);
/** Streaming file digests: bounded memory whatever the file size. */


/**
 * SHA-256 and size of a file, streamed in 1 MiB chunks (large reads keep the hash near
 * `sha256sum`'s throughput; the default 64 KiB chunks cost ~15 % in syscalls and callbacks).
 */
function sha256File(file) {
    return new Promise((resolve, reject) => {
        const hash = (0,_core_sha256_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256 */ .s)();
        let bytes = 0;
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(file, { highWaterMark: 1024 * 1024 })
            .on('data', (chunk) => {
            bytes += chunk.length;
            hash.update(chunk);
        })
            .on('error', reject)
            .on('end', () => resolve({ sha256: hash.digest('hex'), bytes }));
    });
}


/***/ }),

/***/ 4608:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ isRepoFile),
/* harmony export */   p: () => (/* binding */ insideRoot)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/**
 * Containment for paths a file names (a config key, a card, an input): nothing outside the
 * repository is read or written because a file said so (SPEC \u00a711), neither by `..` nor through a
 * symlink that leads out of it.
 */



/**
 * The absolute path of `rel` (relative to `root`, or absolute) under `root`, or a UserError (naming
 * `file`, the file that gave the path) when it lies outside `root`, climbs out with `..`, or its
 * nearest existing ancestor resolves (following symlinks) outside `root`. It need not exist yet.
 */
function insideRoot(root, rel, file) {
    const base = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root);
    const full = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(base, rel);
    const refuse = () => {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`'${rel}' is outside the repository; it was not used`, { file, hint: 'give a path relative to the repository root that stays inside it' });
    };
    if (!isUnder(base, full))
        refuse();
    if (!isUnder(realExisting(base), realExisting(full)))
        refuse();
    return full;
}
function isUnder(root, p) {
    const r = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, p);
    return r === '' || (!r.startsWith(`..${(node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)}`) && r !== '..' && !node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(r));
}
/**
 * realpath of `p`'s nearest existing ancestor, with the missing rest appended. A dangling symlink is
 * followed to its target (writing through it would create the target), a symlink loop ends outside.
 */
function realExisting(p) {
    const missing = [];
    let at = p;
    for (let hops = 0;;) {
        try {
            return node_path__WEBPACK_IMPORTED_MODULE_1___default().join((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(at), ...missing.reverse());
        }
        catch {
            const link = danglingTarget(at);
            if (link !== undefined) {
                if (++hops > 40)
                    return node_path__WEBPACK_IMPORTED_MODULE_1___default().parse(p).root; // ELOOP, as the kernel gives up
                at = link;
                continue;
            }
            const parent = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(at);
            if (parent === at)
                return p;
            missing.push(node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(at));
            at = parent;
        }
    }
}
/** Where the symlink at `p` points, when `p` is a symlink. */
function danglingTarget(p) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(p).isSymbolicLink() ? node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(p), (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync)(p)) : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * True when repository path `rel` is a regular file whose real path is inside `root`: files found by
 * listing the repository (lockfiles, manifests) are read only then, so a committed symlink to
 * `/proc/self/environ` or `/dev/zero` is never read (a leak, or a hang).
 */
function isRepoFile(root, rel) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(insideRoot(root, rel)).isFile();
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 3046:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dz: () => (/* binding */ releaseAssetName),
/* harmony export */   GN: () => (/* binding */ downloadReleaseAsset),
/* harmony export */   IC: () => (/* binding */ MAX_ASSET_BYTES),
/* harmony export */   w9: () => (/* binding */ ensureRelease)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _core_sha256_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7424);
/* harmony import */ var _fs_hash_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8604);
/**
 * Releases that converge: `ensureRelease` finds or creates the release as a draft, uploads every
 * asset that is missing or differs, then publishes it, so immutable releases work and a run that died
 * halfway (no release, missing or half-uploaded assets, a draft never published) is repaired by the
 * next run. Shared by experiments (pre-releases on `exp/\u2026`) and the registry (model versions).
 */





/** GitHub refuses release assets of 2 GiB or more ("each file \u2026 must be under 2 GiB"). */
const MAX_ASSET_BYTES = 2 * 1024 * 1024 * 1024 - 1;
/**
 * The name GitHub keeps for a release asset. GitHub renames names with special characters or leading
 * or trailing periods (REST docs, "Upload a release asset"), so a rerun would look for the name it
 * gave, miss the renamed asset and fail uploading it again; these names use only letters, digits,
 * `.`, `-` and `_` (`model v2 (final).pkl` \u2192 `model.v2.final.pkl`), which GitHub leaves alone.
 */
function releaseAssetName(name) {
    return name.replace(/[^A-Za-z0-9._-]+/g, '.').replace(/\.{2,}/g, '.').replace(/^\.+|\.+$/g, '') || 'asset';
}
/** Creates, repairs or leaves alone the release on `spec.tag`; see the module comment. */
async function ensureRelease(client, repo, spec) {
    const assets = await Promise.all(spec.assets.map((a) => prepare({ ...a, name: releaseAssetName(a.name) })));
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
        return { spec, bytes, sha256: spec.sha256 ?? (0,_core_sha256_js__WEBPACK_IMPORTED_MODULE_4__/* .sha256Hex */ .f)(spec.data) };
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
    return { spec, bytes: size, sha256: spec.sha256 ?? (await (0,_fs_hash_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256File */ .Q)(spec.path)).sha256 };
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

/***/ 158:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JJ: () => (/* binding */ cardMetadataAt),
/* harmony export */   VQ: () => (/* binding */ cardCandidates),
/* harmony export */   jQ: () => (/* binding */ declaredCardsAt)
/* harmony export */ });
/* unused harmony exports MAX_CARD_BYTES, cardTextAt, readMetadata */
/* harmony import */ var _core_cards_frontmatter_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9125);
/* harmony import */ var _core_yaml_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1971);


/** Cards larger than this are not read (a card is text; anything bigger is a mistake). */
const MAX_CARD_BYTES = 4 * 1024 * 1024;
/** Where a model's or dataset's card may be, in order: the configured `card`, else `names` in its folder. */
function cardCandidates(folder, explicit, names) {
    const dir = folder.replace(/\/+$/, '');
    return explicit ? [explicit] : names.map((n) => (dir ? `${dir}/${n}` : n));
}
/** A card's text at `rev`: the first candidate that exists and is not too large. */
async function cardTextAt(git, rev, candidates) {
    for (const candidate of candidates) {
        const bytes = await git.show(rev, candidate);
        if (!bytes || bytes.length > MAX_CARD_BYTES)
            continue;
        return { path: candidate, text: bytes.toString('utf8').replace(/\r\n?/g, '\n') };
    }
    return undefined;
}
/** A card's metadata ({} without front matter) and its YAML source, as the full reader reads them. */
async function readMetadata(path, text, kind) {
    if (path.toLowerCase().endsWith('.json')) {
        // Model Card Toolkit JSON maps onto metadata through the full reader; rare enough to load it then.
        const { parseCard } = await Promise.all(/* import() */[__webpack_require__.e(825), __webpack_require__.e(840)]).then(__webpack_require__.bind(__webpack_require__, 840));
        const doc = parseCard(text, path, kind, 'standard');
        return { metadata: doc.metadata, source: doc.source };
    }
    const split = (0,_core_cards_frontmatter_js__WEBPACK_IMPORTED_MODULE_1__/* .splitFrontMatter */ .v)(text, path);
    if (!split.found)
        return { metadata: {} };
    const parsed = (0,_core_yaml_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parseYaml */ .hN)(split.yaml, path, { lineOffset: split.yamlLine - 1, expect: 'mapping', rulePrefix: 'card/yaml' });
    return { metadata: parsed.value ?? {}, source: parsed.source };
}
/** The metadata of the card found at `rev` ({} when it has none), or undefined when there is no card. */
async function cardMetadataAt(git, rev, candidates, kind = 'model') {
    const card = await cardTextAt(git, rev, candidates);
    return card && (await readMetadata(card.path, card.text, kind)).metadata;
}
/** Every configured model and dataset card at `rev` that declares a version (datasets as `data/{name}`). */
async function declaredCardsAt(git, config, rev) {
    const out = [];
    for (const m of config.models) {
        const card = await declaredCard(git, rev, m.path, m.card, ['MODEL_CARD.md', 'README.md'], 'model', m.name);
        if (card)
            out.push({ ...card, risk: card.risk ?? m.risk });
    }
    for (const d of config.datasets) {
        const card = await declaredCard(git, rev, d.path, d.card, ['DATA_CARD.md', 'README.md'], 'data', `data/${d.name}`);
        if (card)
            out.push(card);
    }
    return out;
}
async function declaredCard(git, rev, folder, explicit, names, kind, artifact) {
    const card = await cardTextAt(git, rev, cardCandidates(folder, explicit, names));
    if (!card)
        return undefined;
    const { metadata: meta, source } = await readMetadata(card.path, card.text, kind);
    const version = meta.version;
    if (typeof version !== 'string' && typeof version !== 'number')
        return undefined;
    return {
        artifact,
        kind,
        folder: folder.replace(/\/+$/, ''),
        version: String(version),
        cardPath: card.path,
        line: source ? (0,_core_yaml_index_js__WEBPACK_IMPORTED_MODULE_0__/* .locate */ .x5)(source, ['version']).line : undefined,
        signature: meta.signature,
        risk: meta.risk === 'low' || meta.risk === 'medium' || meta.risk === 'high' ? meta.risk : undefined,
        experiment: typeof meta.experiment === 'string' ? meta.experiment : undefined,
        text: card.text,
    };
}


/***/ }),

/***/ 3267:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  deployCommands: () => (/* binding */ deployCommands)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/core/yaml/library.js
var library = __webpack_require__(6217);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/core/deploy/kserve.ts
/** A Kubernetes object name from a model name: lower-case, `[a-z0-9-]`, starts with a letter, \u2264 63 chars. */
function k8sName(model) {
    const name = model
        .toLowerCase()
        .replace(/[^a-z0-9-]+/g, '-')
        .replace(/^[^a-z]+/, '')
        .replace(/-+$/, '')
        .slice(0, 63)
        .replace(/-+$/, '');
    return name || 'model';
}
/** Substitutes `{model}` and `{version}` in a storage URI template. */
function storageUriFor(template, model, version) {
    return template.replaceAll('{model}', model).replaceAll('{version}', version);
}
/** The InferenceService for one plan step: canary steps carry canaryTrafficPercent, full traffic does not. */
function inferenceService(options, step) {
    const predictor = {
        model: {
            modelFormat: { name: options.modelFormat },
            storageUri: storageUriFor(options.storageUri, options.model, options.version),
        },
    };
    if (options.serviceAccountName)
        predictor.serviceAccountName = options.serviceAccountName;
    if (step.traffic > 0 && step.traffic < 100)
        predictor.canaryTrafficPercent = Math.round(step.traffic);
    return {
        apiVersion: 'serving.kserve.io/v1beta1',
        kind: 'InferenceService',
        metadata: {
            name: options.name,
            namespace: options.namespace,
            labels: {
                'app.kubernetes.io/name': options.name,
                'app.kubernetes.io/managed-by': 'gitops-mlops',
                'mlops.github.io/model': k8sName(options.model),
            },
            annotations: {
                'mlops.github.io/version': options.version,
                'mlops.github.io/traffic': String(step.traffic),
            },
        },
        spec: { predictor },
    };
}

;// CONCATENATED MODULE: ./src/core/deploy/kubernetes.ts
/**
 * Plain Kubernetes GitOps manifests, without a service mesh: one Deployment per slot and one Service.
 * Blue-green switches the Service's selector between the `blue` and `green` Deployments; a canary
 * shares the Service between the `primary` and `canary` Deployments and splits traffic by replica
 * count (the classic pattern of the Kubernetes docs, "Canary deployments"), so the share is as
 * close to the step as the replica count allows.
 */

/** The desired state after `step` of `plan` (`step.version` is the version the step is about). */
function slotState(plan, step, replicas) {
    const prev = plan.previous;
    if (plan.strategy === 'blue-green') {
        const other = step.slot === 'blue' ? 'green' : 'blue';
        const slots = [{ slot: step.slot, version: step.version, replicas }, ...(prev && step.version !== prev ? [{ slot: other, version: prev, replicas }] : [])];
        const live = step.action === 'switch' || !prev ? step.slot : other;
        return { slots: slots.sort((a, b) => a.slot.localeCompare(b.slot)), selectSlot: live };
    }
    if (step.slot === 'canary' && step.traffic > 0 && step.traffic < 100) {
        const canary = Math.min(replicas - 1, Math.max(1, Math.round((replicas * step.traffic) / 100)));
        const slots = [{ slot: 'canary', version: step.version, replicas: canary }];
        if (prev)
            slots.unshift({ slot: 'primary', version: prev, replicas: replicas - canary });
        return { slots };
    }
    if (step.action === 'retire' && !prev)
        return { slots: [], selectSlot: 'primary' };
    return { slots: [{ slot: 'primary', version: step.version, replicas }], selectSlot: 'primary' };
}
/** The Deployments and the Service for a state, as plain objects (validated by the adapter). */
function kubernetesObjects(o, state) {
    const app = k8sName(o.model);
    const labels = (slot) => ({ 'app.kubernetes.io/name': app, 'app.kubernetes.io/managed-by': 'gitops-mlops', ...(slot ? { 'mlops.github.io/slot': slot } : {}) });
    const deployments = state.slots.map((s) => ({
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name: `${app}-${s.slot}`, namespace: o.namespace, labels: labels(s.slot), annotations: { 'mlops.github.io/version': s.version } },
        spec: {
            replicas: s.replicas,
            selector: { matchLabels: labels(s.slot) },
            template: {
                metadata: { labels: labels(s.slot) },
                spec: {
                    containers: [
                        {
                            name: 'model',
                            image: o.image.replaceAll('{version}', s.version).replaceAll('{model}', app),
                            ports: [{ containerPort: o.port }],
                            env: [
                                { name: 'MODEL_NAME', value: o.model },
                                { name: 'MODEL_VERSION', value: s.version },
                                ...(o.storageUri ? [{ name: 'MODEL_URI', value: storageUriFor(o.storageUri, o.model, s.version) }] : []),
                            ],
                        },
                    ],
                },
            },
        },
    }));
    const service = {
        apiVersion: 'v1',
        kind: 'Service',
        metadata: { name: app, namespace: o.namespace, labels: labels() },
        spec: {
            selector: { 'app.kubernetes.io/name': app, ...(state.selectSlot ? { 'mlops.github.io/slot': state.selectSlot } : {}) },
            ports: [{ name: 'http', port: 80, targetPort: o.port }],
        },
    };
    return [...deployments, service];
}

// EXTERNAL MODULE: ./src/adapters/fs/inside.ts
var inside = __webpack_require__(4608);
// EXTERNAL MODULE: ./src/adapters/git.ts + 1 modules
var adapters_git = __webpack_require__(3073);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/adapters/deploy/command.ts
/**
 * The `command` target: the user's own deploy script, run once per plan step with the step in
 * environment variables. A script that outlives its timeout is killed with its whole process group.
 */

const KEEP = 16 * 1024;
/** The environment a deploy script sees: MLOPS_ACTION, MLOPS_MODEL, MLOPS_VERSION, MLOPS_TRAFFIC \u2026 */
function stepEnv(step) {
    return {
        MLOPS_ACTION: step.action,
        MLOPS_MODEL: step.model,
        MLOPS_VERSION: step.version,
        MLOPS_STAGE: step.stage,
        MLOPS_SLOT: step.slot,
        MLOPS_TRAFFIC: String(step.traffic),
        MLOPS_MIRROR: step.mirror ? 'true' : 'false',
        MLOPS_ARTIFACT_DIR: step.artifactDir,
        MLOPS_PREVIOUS_VERSION: step.previousVersion ?? '',
    };
}
/** Runs `command` through bash in `cwd` for one step; never throws for a failing or hanging script. */
function runCommand(command, step, options) {
    const started = Date.now();
    return new Promise((resolve) => {
        const child = (0,external_node_child_process_.spawn)('bash', ['-c', command], {
            cwd: options.cwd,
            env: { ...(options.env ?? process.env), ...stepEnv(step) },
            stdio: ['ignore', 'pipe', 'pipe'],
            detached: true,
        });
        let output = '';
        const keep = (chunk) => {
            output = (output + chunk.toString('utf8')).slice(-KEEP);
        };
        child.stdout.on('data', keep);
        child.stderr.on('data', keep);
        let timedOut = false;
        const timer = setTimeout(() => {
            timedOut = true;
            killGroup(child.pid);
        }, options.timeoutMs);
        const finish = (code, signal) => {
            clearTimeout(timer);
            resolve({ code, signal, timedOut, durationMs: Date.now() - started, output });
        };
        child.on('error', (error) => {
            output += `\n${error.message}`;
            finish(127, null);
        });
        child.on('close', finish);
    });
}
function killGroup(pid) {
    if (!pid)
        return;
    try {
        process.kill(-pid, 'SIGKILL');
    }
    catch {
        // Already gone.
    }
}

;// CONCATENATED MODULE: ./src/adapters/deploy/drivers.ts
/** Deploy targets: the user's command, or GitOps manifests (KServe, plain Kubernetes) committed for Argo CD or Flux to apply. */











/** Runs the user's deploy script for every step; a non-zero exit or a timeout fails the step. */
function commandDriver(options) {
    return {
        name: 'command',
        async apply(step, plan) {
            const r = await runCommand(options.command, {
                action: step.action,
                model: plan.model,
                version: step.version,
                stage: plan.stage,
                slot: step.slot,
                traffic: step.traffic,
                mirror: step.mirror ?? false,
                artifactDir: options.artifactDir,
                previousVersion: plan.previous,
            }, { cwd: options.cwd, timeoutMs: options.timeoutMs, env: options.env });
            const tail = r.output.trim().split('\n').slice(-3).join(' | ');
            if (r.timedOut)
                return { ok: false, detail: `deploy command killed after its ${Math.round(options.timeoutMs / 1000)}s timeout${tail ? `: ${tail}` : ''}` };
            if (r.code !== 0)
                return { ok: false, detail: `deploy command exited ${r.code ?? r.signal}${tail ? `: ${tail}` : ''}` };
            return { ok: true, detail: `${step.note}${tail ? ` (${tail})` : ''}` };
        },
    };
}
const KSERVE_STRATEGIES = ['direct', 'canary'];
/** Commits one InferenceService per step; an unchanged manifest makes no commit, so reruns converge. */
function kserveDriver(options, strategy) {
    if (!KSERVE_STRATEGIES.includes(strategy)) {
        throw new errors/* UserError */.yo(`the kserve target runs ${KSERVE_STRATEGIES.join(' and ')} rollouts, not '${strategy}'`, {
            hint: 'KServe splits traffic with canaryTrafficPercent; use the command target for blue-green, shadow or A/B',
        });
    }
    return {
        name: 'kserve',
        async apply(step, plan) {
            const rel = options.manifestPath.replaceAll('{model}', k8sName(plan.model)).replaceAll('{stage}', plan.stage);
            if (external_node_path_default().isAbsolute(rel) || rel.split(/[\\/]/).includes('..'))
                throw new errors/* UserError */.yo(`manifest path '${rel}' must stay inside the repository`);
            if (step.action === 'check' || step.action === 'retire')
                return { ok: true, detail: `${step.note} (KServe keeps the previous revision)` };
            const object = inferenceService({ name: k8sName(plan.model), namespace: options.namespace, modelFormat: options.modelFormat, storageUri: options.storageUri, model: plan.model, version: step.version }, step);
            const problems = options.crd?.validate(object) ?? [];
            if (problems.length)
                return { ok: false, detail: `manifest rejected by the InferenceService schema: ${problems.join('; ')}` };
            const text = `# Written by gitops-mlops: ${plan.model} ${step.version} in ${plan.stage} (${step.note}).\n${(0,library/* stringify */.As)(object)}`;
            const commit = await commitFile(options, rel, text, `deploy(${plan.stage}): ${plan.model} ${step.version} at ${step.traffic}%`);
            return { ok: true, detail: `${step.note}; ${rel} ${commit ? `committed ${commit.slice(0, 12)}` : 'unchanged'}` };
        },
    };
}
/** Writes and commits one file on the target branch (through a temporary worktree); undefined when unchanged. */
async function commitFile(options, rel, text, message) {
    const git = new adapters_git/* Git */.T(options.repo);
    let dir = options.repo;
    let cleanup = async () => { };
    if (options.branch) {
        dir = await (0,promises_.mkdtemp)(external_node_path_default().join((0,external_node_os_.tmpdir)(), 'mlops-deploy-'));
        const exists = Boolean(await git.resolve(`refs/heads/${options.branch}`));
        if (!exists && options.remote)
            await git.run(['fetch', '--quiet', options.remote, `+refs/heads/${options.branch}:refs/heads/${options.branch}`], { allowFailure: true });
        const known = Boolean(await git.resolve(`refs/heads/${options.branch}`));
        await git.run(known ? ['worktree', 'add', '--quiet', dir, options.branch] : ['worktree', 'add', '--quiet', '-b', options.branch, dir]);
        cleanup = async () => {
            await git.run(['worktree', 'remove', '--force', dir], { allowFailure: true });
            await (0,promises_.rm)(dir, { recursive: true, force: true });
        };
    }
    try {
        // The path comes from .github/mlops.yml, and the branch's tree may hold symlinks: stay inside.
        const file = (0,inside/* insideRoot */.p)(dir, rel, '.github/mlops.yml');
        if ((0,external_node_fs_.existsSync)(file) && (await (0,promises_.readFile)(file, 'utf8')) === text)
            return undefined;
        await (0,promises_.mkdir)(external_node_path_default().dirname(file), { recursive: true });
        await (0,promises_.writeFile)(file, text);
        const wt = new adapters_git/* Git */.T(dir);
        await wt.run(['add', '--', rel]);
        await wt.run(['commit', '--quiet', '-m', message, '--', rel], { env: await wt.identityEnv() });
        const sha = (await wt.resolve('HEAD'));
        if (options.remote)
            await wt.run(['push', '--quiet', options.remote, `HEAD:refs/heads/${options.branch ?? (await currentBranch(wt))}`]);
        return sha;
    }
    finally {
        await cleanup();
    }
}
async function currentBranch(git) {
    return (await git.run(['symbolic-ref', '--short', 'HEAD'])).stdout.trim();
}
/** For `mlops deploy plan`: the manifests each step would commit, without committing them. */
function plannedManifests(plan, options) {
    return plan.steps
        .filter((s) => s.action !== 'check' && s.action !== 'retire')
        .map((step) => ({
        step,
        yaml: (0,library/* stringify */.As)(inferenceService({ name: k8sName(plan.model), namespace: options.namespace, modelFormat: options.modelFormat, storageUri: options.storageUri, model: plan.model, version: step.version }, step)),
    }));
}
/** Validates an object with the Kubernetes OpenAPI models (apps/v1 Deployment, v1 Service); problems as text. */
async function validateKubernetes(object) {
    const { Deployment } = await Promise.all(/* import() */[__webpack_require__.e(479), __webpack_require__.e(75)]).then(__webpack_require__.bind(__webpack_require__, 9456));
    const { Service } = await Promise.all(/* import() */[__webpack_require__.e(479), __webpack_require__.e(51)]).then(__webpack_require__.bind(__webpack_require__, 51));
    const Model = object.kind === 'Deployment' ? Deployment : Service;
    try {
        new Model(object).validate();
        return [];
    }
    catch (error) {
        return [`${String(object.kind)} ${String(object.metadata?.name)}: ${error.message}`];
    }
}
/** Commits the slots' Deployments and the Service after every step; an unchanged file makes no commit. */
function kubernetesDriver(options) {
    return {
        name: 'kubernetes',
        async apply(step, plan) {
            const rel = options.manifestPath.replaceAll('{model}', k8sName(plan.model)).replaceAll('{stage}', plan.stage);
            if (external_node_path_default().isAbsolute(rel) || rel.split(/[\\/]/).includes('..'))
                throw new errors/* UserError */.yo(`manifest path '${rel}' must stay inside the repository`);
            if (step.action === 'check')
                return { ok: true, detail: step.note };
            const objects = kubernetesObjects({ ...options, model: plan.model }, slotState(plan, step, options.replicas));
            const problems = (await Promise.all(objects.map(validateKubernetes))).flat();
            if (problems.length)
                return { ok: false, detail: `manifest rejected by the Kubernetes schema: ${problems.join('; ')}` };
            const text = `# Written by gitops-mlops: ${plan.model} in ${plan.stage} (${step.note}).\n${objects.map((o) => (0,library/* stringify */.As)(o)).join('---\n')}`;
            const commit = await commitFile(options, rel, text, `deploy(${plan.stage}): ${plan.model} ${step.version} ${step.action} ${step.slot} ${step.traffic}%`);
            return { ok: true, detail: `${step.note}; ${rel} ${commit ? `committed ${commit.slice(0, 12)}` : 'unchanged'}` };
        },
    };
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
;// CONCATENATED MODULE: ./src/core/duration.ts
/** Durations as people write them in `.github/mlops.yml`: `500ms`, `30s`, `5m`, `2h`, `1d`, or seconds as a number. */
const UNITS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
/** Milliseconds of a duration string; undefined when it does not parse. */
function parseDuration(value) {
    if (typeof value === 'number')
        return Number.isFinite(value) && value >= 0 ? value * 1000 : undefined;
    const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?\s*$/.exec(value);
    if (!m)
        return undefined;
    return Math.round(Number(m[1]) * UNITS[m[2] ?? 's']);
}
/** A duration for people: `1.5s`, `2m 5s`. */
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)}ms`;
    const s = ms / 1000;
    if (s < 60)
        return `${Number(s.toFixed(1))}s`;
    const m = Math.floor(s / 60);
    const rest = Math.round(s - m * 60);
    return rest ? `${m}m ${rest}s` : `${m}m`;
}

// EXTERNAL MODULE: ./src/core/gate/evidence.ts
var evidence = __webpack_require__(1714);
;// CONCATENATED MODULE: ./src/core/deploy/plan.ts

const STRATEGIES = ['direct', 'canary', 'blue-green', 'shadow', 'ab'];
/** Checks canary steps: increasing percentages in (0, 100] that end at 100. */
function validateSteps(strategy, steps) {
    if (strategy === 'canary') {
        if (steps.length === 0)
            return 'canary needs at least one traffic step';
        for (let i = 0; i < steps.length; i++) {
            const s = steps[i];
            if (!(s > 0 && s <= 100))
                return `step ${i + 1} is ${s}%: traffic steps must be in (0, 100]`;
            if (i > 0 && s <= steps[i - 1])
                return `steps must increase: ${steps.join(' \u2192 ')}`;
        }
        if (steps[steps.length - 1] !== 100)
            return `canary steps must end at 100, got ${steps.join(' \u2192 ')}`;
    }
    if (strategy === 'ab' && steps.length > 0 && !(steps[0] > 0 && steps[0] < 100)) {
        return `the A/B split must be strictly between 0 and 100, got ${steps[0]}`;
    }
    return undefined;
}
/** The plan for deploying `request.version` under the stage's policy; a UserError for an invalid policy. */
function planDeployment(request, policy, pauseMs = 0) {
    const { strategy } = policy;
    if (!STRATEGIES.includes(strategy)) {
        throw new errors/* UserError */.yo(`unknown deployment strategy '${String(strategy)}'`, { hint: `use one of: ${STRATEGIES.join(', ')}` });
    }
    const problem = validateSteps(strategy, policy.steps);
    if (problem)
        throw new errors/* UserError */.yo(problem, { hint: 'fix `deploy.<stage>.steps` in .github/mlops.yml, e.g. [10, 50, 100]' });
    const v = request.version;
    const steps = STEP_BUILDERS[strategy](request, policy.steps, pauseMs);
    const rollback = strategy === 'blue-green'
        ? { version: request.previous, slot: request.liveSlot ?? 'blue', note: 'switch traffic back to the previous slot' }
        : { version: request.previous, slot: 'primary', note: request.previous ? `restore ${request.previous} at 100%` : 'remove the new version (no previous version)' };
    return { ...request, version: v, strategy, steps, rollback };
}
const STEP_BUILDERS = {
    direct: (r) => [
        { action: 'deploy', slot: 'primary', version: r.version, traffic: 100, note: `replace ${r.previous ?? 'nothing'} with ${r.version}` },
        { action: 'check', slot: 'primary', version: r.version, traffic: 100, note: 'health check under full traffic' },
    ],
    canary: (r, steps, pauseMs) => {
        const out = [];
        steps.forEach((traffic, i) => {
            const last = i === steps.length - 1;
            if (last) {
                out.push({ action: 'switch', slot: 'primary', version: r.version, traffic: 100, note: `promote ${r.version} to all traffic` });
                out.push({ action: 'check', slot: 'primary', version: r.version, traffic: 100, note: 'health check under full traffic' });
                if (r.previous)
                    out.push({ action: 'retire', slot: 'canary', version: r.version, traffic: 0, note: 'remove the canary slot' });
                return;
            }
            out.push({ action: i === 0 ? 'deploy' : 'traffic', slot: 'canary', version: r.version, traffic, note: `${traffic}% of traffic to ${r.version}` });
            out.push({ action: 'check', slot: 'canary', version: r.version, traffic, pauseMs, note: `health check at ${traffic}%` });
        });
        return out;
    },
    'blue-green': (r) => {
        const live = r.liveSlot ?? 'blue';
        const idle = live === 'blue' ? 'green' : 'blue';
        return [
            { action: 'deploy', slot: idle, version: r.version, traffic: 0, note: `start ${r.version} in the idle ${idle} slot` },
            { action: 'check', slot: idle, version: r.version, traffic: 0, note: `health check of ${idle} before the switch` },
            { action: 'switch', slot: idle, version: r.version, traffic: 100, note: `switch all traffic from ${live} to ${idle}; ${live} is kept for instant rollback` },
            { action: 'check', slot: idle, version: r.version, traffic: 100, note: 'health check under full traffic' },
        ];
    },
    shadow: (r) => [
        { action: 'deploy', slot: 'shadow', version: r.version, traffic: 0, mirror: true, note: `start ${r.version} on mirrored traffic; answers are not served` },
        { action: 'check', slot: 'shadow', version: r.version, traffic: 0, mirror: true, note: 'health check of the shadow' },
        { action: 'compare', slot: 'shadow', version: r.version, traffic: 0, mirror: true, note: `compare predictions and latency with ${r.previous ?? 'the live model'}` },
        { action: 'retire', slot: 'shadow', version: r.version, traffic: 0, note: 'stop the shadow; live traffic never moved' },
    ],
    ab: (r, steps) => {
        const split = steps.length ? steps[0] : 50;
        return [
            { action: 'deploy', slot: 'b', version: r.version, traffic: split, note: `${split}% of traffic to ${r.version} (B), ${100 - split}% to ${r.previous ?? 'A'}` },
            { action: 'check', slot: 'b', version: r.version, traffic: split, note: 'health check of B' },
            { action: 'decide', slot: 'b', version: r.version, traffic: split, note: 'statistical decision on logged outcomes; the winner keeps all traffic' },
        ];
    },
};

;// CONCATENATED MODULE: ./src/core/deploy/report.ts
function rollbackHint(plan, result) {
    if (!result.rolledBack)
        return undefined;
    if (result.serving)
        return `rolled back: ${result.serving} serves ${plan.stage}`;
    return plan.previous
        ? `the rollback to ${plan.previous} failed too: ${plan.stage} needs attention (mlops deploy rollback ${plan.model} ${plan.stage})`
        : `the new version was removed; ${plan.stage} had no previous version`;
}
/** The plan as a table, for `mlops deploy plan`. */
function planReport(plan, manifests = []) {
    const blocks = [
        {
            kind: 'table',
            table: {
                headers: ['#', 'action', 'slot', 'version', 'traffic', 'what happens'],
                rows: plan.steps.map((s, i) => [String(i + 1), s.action, s.slot, s.version, `${s.traffic}%${s.mirror ? ' (mirrored)' : ''}`, s.note]),
                align: ['right', 'left', 'left', 'left', 'right', 'left'],
            },
        },
        { kind: 'markdown', text: `On any failed step: ${plan.rollback.note}.` },
        ...manifests.map((m) => ({ kind: 'details', summary: `manifest: ${m.note}`, blocks: [{ kind: 'code', lang: 'yaml', text: m.yaml }] })),
    ];
    return {
        purpose: 'deploy-plan',
        title: `Deployment plan: ${plan.model} ${plan.version} to ${plan.stage} (${plan.strategy})`,
        summary: `${plan.steps.length} steps, replacing ${plan.previous ?? 'nothing'}`,
        findings: [],
        blocks,
    };
}
/** The outcome of a deployment with its timeline; a failure is an error finding naming the reason. */
function deployReport(plan, result) {
    const findings = result.status === 'failure'
        ? [{ rule: 'deploy/failed', severity: 'error', message: `${plan.model} ${plan.version} failed in ${plan.stage}: ${result.reason ?? 'unknown reason'}`, hint: rollbackHint(plan, result) }]
        : [];
    const traffic = result.timeline.filter((t) => t.action !== 'pause');
    const blocks = [
        {
            kind: 'table',
            table: {
                headers: ['time (UTC)', 'step', 'slot', 'version', 'traffic', 'result', 'detail'],
                rows: result.timeline.map((t) => [t.at.slice(11, 19), t.action, t.slot, t.version, `${t.traffic}%`, t.ok ? '\u2705' : '\u274c', t.detail]),
            },
        },
    ];
    if (traffic.length > 1) {
        blocks.push({
            kind: 'chart',
            mermaid: [
                'xychart-beta',
                `  title "Traffic to ${plan.version} (%)"`,
                `  x-axis [${traffic.map((_, i) => String(i + 1)).join(', ')}]`,
                '  y-axis "traffic %" 0 --> 100',
                `  line [${traffic.map((t) => (t.version === plan.version ? t.traffic : 100 - t.traffic)).join(', ')}]`,
            ].join('\n'),
            fallback: { headers: ['step', 'action', `traffic to ${plan.version}`], rows: traffic.map((t, i) => [String(i + 1), t.action, `${t.version === plan.version ? t.traffic : 100 - t.traffic}%`]) },
        });
    }
    const outcome = result.status === 'success' ? `${result.serving ?? plan.version} serves ${plan.stage}` : `failed${result.rolledBack ? `, rolled back to ${result.serving ?? 'nothing'}` : ''}`;
    return {
        purpose: 'deploy',
        title: `Deployment: ${plan.model} ${plan.version} to ${plan.stage} (${plan.strategy})`,
        summary: outcome,
        findings,
        blocks,
    };
}

// EXTERNAL MODULE: ./src/core/registry/message.ts
var message = __webpack_require__(6492);
// EXTERNAL MODULE: ./src/core/registry/state.ts
var registry_state = __webpack_require__(3234);
// EXTERNAL MODULE: ./src/adapters/fs/hash.ts
var hash = __webpack_require__(8604);
// EXTERNAL MODULE: ./src/adapters/registry/card-metadata.ts
var card_metadata = __webpack_require__(158);
// EXTERNAL MODULE: ./src/adapters/registry/tags.ts
var tags = __webpack_require__(5445);
;// CONCATENATED MODULE: ./src/adapters/deploy/crd.ts
/**
 * Validates generated manifests against a CustomResourceDefinition's `openAPIV3Schema` (e.g. KServe's
 * InferenceService CRD, configured as `deploy.<stage>.target.crd`), the way the API server would
 * before Argo CD or Flux apply them.
 */




/**
 * Loads a CRD file (YAML) and compiles one validator per served version. With `root`, `file` is
 * repository-relative (the config's `target.crd`) and refused unread when it leaves the repository.
 */
async function loadCrdValidator(given, root) {
    const file = root === undefined ? given : (0,inside/* insideRoot */.p)(root, given, '.github/mlops.yml');
    let crd;
    try {
        crd = (0,library/* parse */.qg)(await (0,promises_.readFile)(file, 'utf8'), { maxAliasCount: 100 });
    }
    catch (error) {
        throw new errors/* UserError */.yo(`cannot read the CRD: ${error.message}`, { file });
    }
    const group = crd?.spec?.group;
    const kind = crd?.spec?.names?.kind;
    const versions = crd?.spec?.versions ?? [];
    if (!group || !kind || versions.length === 0)
        throw new errors/* UserError */.yo('not a CustomResourceDefinition (spec.group, spec.names.kind, spec.versions)', { file });
    // Kubernetes structural schemas are OpenAPI v3 subsets: draft-07 rules plus x-kubernetes-* annotations.
    // Loaded here, not at the top: only a KServe target needs ajv, and parsing it slows every deploy start.
    const { Ajv } = await __webpack_require__.e(/* import() */ 463).then(__webpack_require__.t.bind(__webpack_require__, 2463, 23));
    const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
    for (const k of ['x-kubernetes-preserve-unknown-fields', 'x-kubernetes-int-or-string', 'x-kubernetes-list-type', 'x-kubernetes-list-map-keys', 'x-kubernetes-map-type', 'x-kubernetes-embedded-resource', 'x-kubernetes-validations']) {
        ajv.addKeyword(k);
    }
    const compiled = new Map();
    for (const v of versions)
        if (v.schema?.openAPIV3Schema)
            compiled.set(v.name, ajv.compile(structural(v.schema.openAPIV3Schema)));
    return {
        group,
        kind,
        versions: [...compiled.keys()],
        validate(object) {
            const [g, version] = String(object.apiVersion ?? '').split('/');
            if (g !== group || object.kind !== kind)
                return [`apiVersion/kind: expected ${group}/<version> ${kind}, got ${String(object.apiVersion)} ${String(object.kind)}`];
            const fn = compiled.get(version ?? '');
            if (!fn)
                return [`apiVersion: ${group} does not serve version '${version}' (served: ${[...compiled.keys()].join(', ')})`];
            if (fn(object))
                return [];
            return (fn.errors ?? []).map(describe);
        },
    };
}
function describe(e) {
    const where = e.instancePath || '/';
    if (e.keyword === 'additionalProperties')
        return `${where}: unknown field '${String(e.params.additionalProperty)}'`;
    return `${where}: ${e.message ?? e.keyword}`;
}
/**
 * Rewrites a structural schema for ajv: `x-kubernetes-int-or-string` becomes integer-or-string, and
 * objects with declared properties reject unknown fields, as `kubectl apply --validate=strict` does
 * (the API server would otherwise prune them silently, and a typo would deploy as a no-op).
 */
function structural(schema) {
    return JSON.parse(JSON.stringify(schema), (_key, value) => {
        if (!value || typeof value !== 'object' || Array.isArray(value))
            return value;
        const node = value;
        if (node['x-kubernetes-int-or-string'] === true) {
            const { type: _type, ...rest } = node;
            return { ...rest, anyOf: [{ type: 'integer' }, { type: 'string' }] };
        }
        const open = node['x-kubernetes-preserve-unknown-fields'] === true || 'additionalProperties' in node;
        if (node.type === 'object' && node.properties && !open)
            return { ...node, additionalProperties: false };
        return value;
    });
}

// EXTERNAL MODULE: external "node:readline"
var external_node_readline_ = __webpack_require__(481);
;// CONCATENATED MODULE: ./src/core/deploy/batch.ts
/**
 * Batch inference checks and records: the output of the user's predict command against the model's
 * signature, and the lineage that ties the output to the model version and the input data version.
 */
/** Column names of a CSV/TSV header line or of the first JSON Lines record. */
function outputColumns(head, format) {
    const line = head.split(/\r?\n/)[0] ?? '';
    if (format === 'jsonl') {
        try {
            const v = JSON.parse(line);
            return v && typeof v === 'object' && !Array.isArray(v) ? Object.keys(v) : [];
        }
        catch {
            return [];
        }
    }
    return line.split(format === 'tsv' ? '\t' : ',').map((c) => c.trim().replace(/^"(.*)"$/, '$1'));
}
/** What is wrong with an output against the signature's outputs: each missing column named. */
function checkOutputSignature(columns, outputs) {
    const have = new Set(columns);
    return outputs.filter((o) => !have.has(o.name)).map((o) => `output column '${o.name}' of the model's signature is missing (columns: ${columns.join(', ') || 'none'})`);
}
/** The tag a batch run's release lives on: one per workflow run, so a rerun converges on the same release. */
function batchTag(model, stage, runId) {
    return `batch/${model}/${stage}/run-${runId}`;
}
/**
 * The release channel devices poll: what version to run, where to download it and the checksums to
 * verify before switching. Keys sorted so the same release always serialises to the same bytes.
 */
function edgeChannel(c) {
    const channel = { schema: 'mlops-edge-channel/v1', ...c, artifacts: [...c.artifacts].sort((a, b) => a.name.localeCompare(b.name)) };
    return `${JSON.stringify(channel, null, 2)}\n`;
}

// EXTERNAL MODULE: ./src/adapters/github/releases.ts
var releases = __webpack_require__(3046);
;// CONCATENATED MODULE: ./src/adapters/deploy/batch.ts
/**
 * The `batch` and `edge` targets. Batch: the user's predict command runs over an input dataset with
 * the verified artifacts, its output is checked against the model's signature, and the output with
 * its checksums and lineage becomes a release asset. Edge: a channel manifest (version, checksums,
 * download URLs, minimum runtime) committed where devices poll it.
 */













async function firstLine(file) {
    const handle = await (0,promises_.open)(file);
    try {
        const { buffer, bytesRead } = await handle.read(Buffer.alloc(64 * 1024), 0, 64 * 1024, 0);
        return buffer.subarray(0, bytesRead).toString('utf8').split('\n')[0] ?? '';
    }
    finally {
        await handle.close();
    }
}
async function countRows(file, header) {
    let rows = 0;
    for await (const line of (0,external_node_readline_.createInterface)({ input: (0,external_node_fs_.createReadStream)(file), crlfDelay: Infinity }))
        if (line.trim())
            rows++;
    return header ? Math.max(0, rows - 1) : rows;
}
/** Runs batch inference once (the plan's `deploy` step); other steps have nothing to do. */
function batchDriver(o) {
    const format = o.output.endsWith('.jsonl') ? 'jsonl' : o.output.endsWith('.tsv') ? 'tsv' : 'csv';
    return {
        name: 'batch',
        async apply(step, plan) {
            if (step.action !== 'deploy')
                return { ok: true, detail: step.action === 'check' ? 'batch output checked against the signature at inference' : `${step.action}: nothing to do for batch` };
            const input = (0,inside/* insideRoot */.p)(o.repo, o.input, '.github/mlops.yml');
            const inputDigest = await (0,hash/* sha256File */.Q)(input).catch(() => {
                throw new errors/* UserError */.yo(`batch input '${o.input}' cannot be read`, { file: '.github/mlops.yml' });
            });
            const outDir = await (0,promises_.mkdtemp)(external_node_path_default().join((0,external_node_os_.tmpdir)(), 'mlops-batch-'));
            const outFile = external_node_path_default().join(outDir, external_node_path_default().basename(o.output));
            const r = await runCommand(o.command, { action: 'batch', model: plan.model, version: step.version, stage: plan.stage, slot: 'batch', traffic: 100, mirror: false, artifactDir: o.artifactDir }, {
                cwd: o.repo,
                timeoutMs: o.timeoutMs,
                env: { ...process.env, MLOPS_INPUT: input, MLOPS_OUTPUT: outFile },
            });
            if (r.timedOut)
                return { ok: false, detail: `predict command killed after its ${Math.round(o.timeoutMs / 1000)}s timeout` };
            if (r.code !== 0)
                return { ok: false, detail: `predict command exited ${r.code ?? r.signal}: ${r.output.trim().split('\n').slice(-2).join(' | ')}` };
            const size = await (0,promises_.stat)(outFile).catch(() => undefined);
            if (!size?.size)
                return { ok: false, detail: `the predict command wrote no output to MLOPS_OUTPUT (${external_node_path_default().basename(outFile)})` };
            const problems = checkOutputSignature(outputColumns(await firstLine(outFile), format), o.signatureOutputs);
            if (problems.length)
                return { ok: false, detail: `output does not match the model's signature: ${problems.join('; ')}` };
            const digest = await (0,hash/* sha256File */.Q)(outFile);
            const git = new adapters_git/* Git */.T(o.repo);
            const lineage = {
                model: plan.model,
                version: step.version,
                stage: plan.stage,
                input: { path: o.input, sha256: inputDigest.sha256, bytes: inputDigest.bytes },
                output: { name: external_node_path_default().basename(o.output), sha256: digest.sha256, bytes: digest.bytes, rows: await countRows(outFile, format !== 'jsonl') },
                commit: (await git.resolve('HEAD')) ?? '',
                runId: o.github?.runId,
                at: new Date().toISOString(),
            };
            let url;
            if (o.github?.runId) {
                const tag = batchTag(plan.model, plan.stage, o.github.runId);
                await git.createAnnotatedTag(tag, 'HEAD', `Batch inference: ${plan.model} ${step.version} on ${o.input}\n`);
                if (o.github.remote)
                    await git.pushAtomic(o.github.remote, [`refs/tags/${tag}`]);
                const release = await (0,releases/* ensureRelease */.w9)(o.github.client, o.github.repo, {
                    tag,
                    name: `${plan.model} ${step.version}: batch predictions (${plan.stage})`,
                    prerelease: true,
                    makeLatest: false,
                    body: `Predictions of ${plan.model} ${step.version} on \`${o.input}\` (sha256 ${inputDigest.sha256}).`,
                    assets: [
                        { name: lineage.output.name, path: outFile, sha256: digest.sha256 },
                        { name: 'lineage.json', data: `${JSON.stringify({ ...lineage, at: undefined }, null, 2)}\n` },
                        { name: 'SHA256SUMS', data: `${digest.sha256}  ${lineage.output.name}\n` },
                    ],
                });
                url = release.url;
            }
            o.onResult?.(lineage, url);
            return { ok: true, detail: `${lineage.output.rows} predictions, sha256 ${digest.sha256.slice(0, 12)}\u2026${url ? `, recorded in ${url}` : ''}` };
        },
    };
}
/** Publishes the channel manifest on `deploy`/`switch`; an unchanged channel makes no commit. */
function edgeDriver(o) {
    return {
        name: 'edge',
        async apply(step, plan) {
            if (step.action !== 'deploy' && step.action !== 'switch')
                return { ok: true, detail: `${step.action}: devices pick the channel up on their next poll` };
            const rel = o.channelPath.replaceAll('{model}', plan.model.replaceAll('/', '-')).replaceAll('{stage}', plan.stage);
            const text = edgeChannel({ model: plan.model, stage: plan.stage, version: step.version, published_at: o.publishedAt, min_runtime: o.minRuntime, artifacts: o.artifacts });
            const commit = await commitFile({ repo: o.repo, branch: o.branch, remote: o.remote }, rel, text, `edge(${plan.stage}): ${plan.model} ${step.version}`);
            return { ok: true, detail: `channel ${rel} ${commit ? `published in ${commit.slice(0, 12)}` : 'unchanged'}` };
        },
    };
}

;// CONCATENATED MODULE: ./src/adapters/deploy/executor.ts
/** Runs the plan; never throws for a failing step (that is a rollback), only for bugs. */
async function executeDeployment(plan, options) {
    const timeline = [];
    const now = options.now ?? (() => new Date());
    const sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    const log = async (step, action, ok, detail) => {
        const entry = { at: now().toISOString(), action, slot: step.slot, version: step.version, traffic: step.traffic, ok, detail };
        timeline.push(entry);
        await options.onEntry?.(entry);
        return entry;
    };
    let decision;
    for (const step of plan.steps) {
        const result = await runStep(step, plan, options);
        if (result.decision)
            decision = result.decision;
        await log(result.traffic === undefined ? step : { ...step, traffic: result.traffic }, step.action, result.ok, result.detail);
        if (!result.ok) {
            if (plan.strategy === 'shadow') {
                // A failing shadow never served traffic: stop it, nothing to roll back.
                const retire = plan.steps.find((s) => s.action === 'retire');
                if (retire)
                    await log(retire, 'retire', (await options.driver.apply(retire, plan)).ok, 'shadow stopped after a failed check');
                return { status: 'failure', serving: plan.previous, rolledBack: false, reason: result.detail, timeline, decision };
            }
            const back = await rollback(plan, options.driver);
            await log({ slot: back.slot, version: plan.previous ?? '(none)', traffic: plan.previous ? 100 : 0 }, 'rollback', back.ok, back.detail);
            return { status: 'failure', serving: back.ok ? plan.previous : undefined, rolledBack: true, reason: result.detail, timeline, decision };
        }
        if (step.pauseMs) {
            await log(step, 'pause', true, `waited ${Math.round(step.pauseMs / 1000)}s before the next step`);
            await sleep(step.pauseMs);
        }
    }
    const serving = plan.strategy === 'shadow' ? plan.previous : decision && decision.winner === 'a' ? plan.previous : plan.version;
    return { status: 'success', serving, rolledBack: false, timeline, decision };
}
/** A step's result; `traffic` is the candidate's share afterwards when the step changed it (an A/B decision). */
async function runStep(step, plan, options) {
    switch (step.action) {
        case 'check': {
            if (!options.probes.health)
                return { ok: true, detail: 'no health endpoint configured (deploy.<stage>.health.url): not checked' };
            const v = await options.probes.health(step);
            const figures = `${v.probes} probes, p95 ${v.p95Ms.toFixed(0)} ms, errors ${(v.errorRate * 100).toFixed(1)}%`;
            return { ok: v.healthy, detail: v.healthy ? `healthy: ${figures}` : `unhealthy: ${v.reasons.join('; ')} (${figures})` };
        }
        case 'compare':
            return options.probes.compare ? options.probes.compare(step) : { ok: true, detail: 'no shadow comparison configured' };
        case 'decide': {
            if (!options.probes.decide)
                return { ok: false, detail: 'A/B needs logged outcomes (deploy.<stage>.ab.outcomes)' };
            const decision = await options.probes.decide(step);
            const keep = decision.winner === 'b'
                ? { ...step, action: 'switch', slot: 'primary', traffic: 100, note: 'B wins' }
                : { ...step, action: 'retire', traffic: 0, note: 'A kept' };
            const applied = await options.driver.apply(keep, plan);
            return { ok: applied.ok, detail: `${decision.reason}; ${applied.detail}`, decision, traffic: decision.winner === 'b' ? 100 : 0 };
        }
        default:
            return options.driver.apply(step, plan);
    }
}
/** Returns the stage to the previous version (or removes the new one when there is none). */
async function rollback(plan, driver) {
    // `switch` routes all traffic to the previous version's slot and drops the others (canary, B).
    const step = {
        action: plan.previous ? 'switch' : 'retire',
        slot: plan.rollback.slot,
        version: plan.previous ?? plan.version,
        traffic: plan.previous ? 100 : 0,
        note: plan.rollback.note,
    };
    const r = await driver.apply(step, { ...plan, version: step.version });
    return { ok: r.ok, detail: r.detail, slot: step.slot };
}

// EXTERNAL MODULE: ./src/core/sha256.ts
var sha256 = __webpack_require__(7424);
;// CONCATENATED MODULE: ./src/adapters/deploy/github.ts
/**
 * The GitHub side of a deployment: a Deployment on the version tag with statuses, and the
 * version's release assets downloaded and verified against SHA256SUMS before anything changes.
 */






/**
 * Creates the Deployment, or finds the one this workflow run already created (a re-run of the same
 * run converges on one deployment instead of adding another).
 */
async function ensureDeployment(client, repo, spec) {
    const existing = await client.paginate(client.rest.repos.listDeployments, { ...repo, ref: spec.ref, environment: spec.environment, per_page: 100 });
    const same = existing.find((d) => {
        const p = payloadOf(d);
        return spec.payload.run_id !== undefined && p?.run_id === spec.payload.run_id && p?.model === spec.payload.model && p?.version === spec.payload.version;
    });
    if (same)
        return same.id;
    const res = await client.rest.repos.createDeployment({
        ...repo,
        ref: spec.ref,
        environment: spec.environment,
        auto_merge: false,
        required_contexts: [],
        payload: spec.payload,
        description: spec.description.slice(0, 140),
        production_environment: spec.production,
        transient_environment: false,
    });
    if (res.status !== 201 || !('id' in res.data))
        throw new Error(`GitHub did not create the deployment: ${JSON.stringify(res.data)}`);
    return res.data.id;
}
/** A deployment's payload as an object: GitHub returns it as an object, or as the string it was given. */
function payloadOf(d) {
    if (typeof d.payload !== 'string')
        return d.payload && typeof d.payload === 'object' ? d.payload : undefined;
    try {
        const value = JSON.parse(d.payload);
        return value && typeof value === 'object' ? value : undefined;
    }
    catch {
        return undefined;
    }
}
/** Moves a deployment to a state; `auto_inactive: false` because we mark the replaced deployment ourselves. */
async function setDeploymentState(client, repo, id, state, extra = {}) {
    await client.rest.repos.createDeploymentStatus({
        ...repo,
        deployment_id: id,
        state,
        description: extra.description?.slice(0, 140),
        environment_url: extra.environmentUrl,
        log_url: extra.logUrl,
        auto_inactive: false,
    });
}
/** Marks every other deployment of the environment whose latest status is `success` as inactive. */
async function retireReplaced(client, repo, environment, keep, model) {
    const deployments = await client.paginate(client.rest.repos.listDeployments, { ...repo, environment, per_page: 100 });
    const retired = [];
    for (const d of deployments) {
        if (d.id === keep)
            continue;
        const p = payloadOf(d);
        if (p?.model !== model)
            continue;
        const statuses = await client.rest.repos.listDeploymentStatuses({ ...repo, deployment_id: d.id, per_page: 1 });
        if (statuses.data[0]?.state === 'success') {
            await setDeploymentState(client, repo, d.id, 'inactive', { description: `replaced by deployment ${keep}` });
            retired.push(d.id);
        }
    }
    return retired;
}
/**
 * Downloads every asset of the release on `tag` into `dir` and checks each against the release's
 * SHA256SUMS, and SHA256SUMS itself against the digest the version tag recorded at registration: a
 * missing SHA256SUMS, a listed file that is absent, or any mismatch stops the deployment.
 */
async function downloadVerified(client, repo, tag, dir, recordedSums) {
    let release;
    try {
        release = (await client.rest.repos.getReleaseByTag({ ...repo, tag })).data;
    }
    catch (error) {
        if (error.status === 404)
            throw new errors/* UserError */.yo(`no GitHub release on ${tag}`, { hint: 'register the version first (mlops registry register)' });
        throw error;
    }
    const assets = await client.paginate(client.rest.repos.listReleaseAssets, { ...repo, release_id: release.id, per_page: 100 });
    const download = (id) => (0,releases/* downloadReleaseAsset */.GN)(client, repo, id);
    const sumsAsset = assets.find((a) => a.name === 'SHA256SUMS');
    if (!sumsAsset)
        throw new errors/* UserError */.yo(`release ${tag} has no SHA256SUMS asset: its artifacts cannot be verified`);
    const sumsBytes = await download(sumsAsset.id);
    const sumsDigest = (0,sha256/* sha256Hex */.f)(sumsBytes);
    if (recordedSums && sumsDigest !== recordedSums) {
        throw new errors/* UserError */.yo(`SHA256SUMS of release ${tag} is not the one recorded in the version tag (sha256 ${sumsDigest.slice(0, 16)}\u2026, tag says ${recordedSums.slice(0, 16)}\u2026)`, {
            hint: 'the release was changed after registration; re-register the version',
        });
    }
    const sums = (0,evidence/* parseSha256Sums */.Lm)(sumsBytes.toString('utf8'));
    await (0,promises_.mkdir)(dir, { recursive: true });
    const files = [];
    const problems = [];
    for (const [name, expected] of sums) {
        const asset = assets.find((a) => a.name === name);
        if (!asset) {
            problems.push(`${name} is listed in SHA256SUMS but not attached to the release`);
            continue;
        }
        const bytes = await download(asset.id);
        const actual = (0,sha256/* sha256Hex */.f)(bytes);
        if (actual !== expected) {
            problems.push(`${name}: sha256 ${actual.slice(0, 16)}\u2026 does not match SHA256SUMS ${expected.slice(0, 16)}\u2026`);
            continue;
        }
        if (name.includes('/') || name.includes('\\') || name === '..' || name === '.')
            throw new errors/* UserError */.yo(`release asset name '${name}' is not a plain file name`);
        await (0,promises_.writeFile)(external_node_path_default().join(dir, name), bytes);
        files.push({ name, sha256: actual, bytes: bytes.length, url: asset.browser_download_url });
    }
    if (problems.length)
        throw new errors/* UserError */.yo(`artifacts of ${tag} failed verification: ${problems.join('; ')}`, { hint: 'the release was changed after registration; re-register the version' });
    return { dir, files };
}

// EXTERNAL MODULE: ./src/core/drift/special.ts
var special = __webpack_require__(7780);
;// CONCATENATED MODULE: ./src/core/deploy/student.ts
/** Student's t survival function through the regularised incomplete beta function (Numerical Recipes' betacf). */

const EPS = 2.220446049250313e-16;
/** Regularised incomplete beta I_x(a, b). */
function incompleteBeta(x, a, b) {
    if (x <= 0)
        return 0;
    if (x >= 1)
        return 1;
    const front = Math.exp((0,special/* logGamma */.SX)(a + b) - (0,special/* logGamma */.SX)(a) - (0,special/* logGamma */.SX)(b) + a * Math.log(x) + b * Math.log(1 - x));
    // The continued fraction converges fast for x < (a+1)/(a+b+2); use the symmetry otherwise.
    if (x < (a + 1) / (a + b + 2))
        return (front * betaFraction(x, a, b)) / a;
    return 1 - (front * betaFraction(1 - x, b, a)) / b;
}
function betaFraction(x, a, b) {
    const tiny = 1e-300;
    let c = 1;
    let d = 1 - ((a + b) * x) / (a + 1);
    if (Math.abs(d) < tiny)
        d = tiny;
    d = 1 / d;
    let h = d;
    for (let m = 1; m <= 10000; m++) {
        const m2 = 2 * m;
        let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
        d = 1 + aa * d;
        if (Math.abs(d) < tiny)
            d = tiny;
        c = 1 + aa / c;
        if (Math.abs(c) < tiny)
            c = tiny;
        d = 1 / d;
        h *= d * c;
        aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
        d = 1 + aa * d;
        if (Math.abs(d) < tiny)
            d = tiny;
        c = 1 + aa / c;
        if (Math.abs(c) < tiny)
            c = tiny;
        d = 1 / d;
        const delta = d * c;
        h *= delta;
        if (Math.abs(delta - 1) < EPS)
            break;
    }
    return h;
}
/** P(T > t) for Student's t with `df` degrees of freedom, scipy.stats.t.sf. */
function studentTSf(t, df) {
    const tail = 0.5 * incompleteBeta(df / (df + t * t), df / 2, 0.5);
    return t >= 0 ? tail : 1 - tail;
}

;// CONCATENATED MODULE: ./src/core/deploy/ab.ts
/**
 * A/B decisions on logged outcomes: a two-proportion Z test for binary outcomes (conversions,
 * correct predictions) and Welch's t test for continuous ones, two-sided, as scipy's
 * `proportions_ztest`-style pooled Z and `ttest_ind(equal_var=False)` compute them.
 */


/** Decides between A (the live version) and B (the candidate) from logged outcomes. */
function decideAb(outcomes, options = {}) {
    const alpha = options.significance ?? 0.05;
    const minSamples = options.minSamples ?? 100;
    const higher = options.higherIsBetter ?? true;
    const a = outcomes.filter((o) => o.variant === 'a').map((o) => o.value);
    const b = outcomes.filter((o) => o.variant === 'b').map((o) => o.value);
    const binary = outcomes.every((o) => o.value === 0 || o.value === 1);
    const mean = { a: avg(a), b: avg(b) };
    const n = { a: a.length, b: b.length };
    const test = binary ? 'two-proportion-z' : 'welch-t';
    if (a.length < minSamples || b.length < minSamples) {
        return { test, n, mean, statistic: 0, pValue: 1, significant: false, winner: 'a', insufficient: true, reason: `need ${minSamples} outcomes per variant, have A=${n.a}, B=${n.b}: A is kept` };
    }
    const { statistic, pValue } = binary ? twoProportionZ(a, b) : welchT(a, b);
    const significant = pValue < alpha;
    const bBetter = higher ? mean.b > mean.a : mean.b < mean.a;
    const winner = significant && bBetter ? 'b' : 'a';
    const reason = significant
        ? `B ${bBetter ? 'better' : 'worse'} than A (p = ${pValue.toPrecision(3)} < ${alpha}): ${winner === 'b' ? 'B' : 'A'} is kept`
        : `no significant difference (p = ${pValue.toPrecision(3)} \u2265 ${alpha}): A is kept`;
    return { test, n, mean, statistic, pValue, significant, winner, insufficient: false, reason };
}
function avg(xs) {
    return xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : 0;
}
function variance(xs, m) {
    return xs.reduce((s, x) => s + (x - m) ** 2, 0) / (xs.length - 1);
}
/** Pooled two-proportion Z test, two-sided. */
function twoProportionZ(a, b) {
    const pa = avg(a);
    const pb = avg(b);
    const pooled = (pa * a.length + pb * b.length) / (a.length + b.length);
    const se = Math.sqrt(pooled * (1 - pooled) * (1 / a.length + 1 / b.length));
    if (se === 0)
        return { statistic: 0, pValue: 1 };
    const z = (pb - pa) / se;
    return { statistic: z, pValue: 2 * (1 - (0,special/* normalCdf */.vr)(Math.abs(z))) };
}
/** Welch's unequal-variance t test, two-sided, with Welch\u2013Satterthwaite degrees of freedom. */
function welchT(a, b) {
    const ma = avg(a);
    const mb = avg(b);
    const va = variance(a, ma) / a.length;
    const vb = variance(b, mb) / b.length;
    if (va + vb === 0)
        return { statistic: 0, pValue: 1, df: a.length + b.length - 2 };
    const t = (mb - ma) / Math.sqrt(va + vb);
    const df = (va + vb) ** 2 / (va ** 2 / (a.length - 1) + vb ** 2 / (b.length - 1));
    return { statistic: t, pValue: 2 * studentTSf(Math.abs(t), df), df };
}

;// CONCATENATED MODULE: ./src/core/deploy/health.ts
/**
 * Health verdicts from probes of an HTTP endpoint and, where given, the service's own metrics
 * (JSON or Prometheus text exposition format). Pure: the polling lives in src/adapters/deploy.
 */
/** The q-quantile (0..1) with linear interpolation between closest ranks (numpy's default). */
function quantile(values, q) {
    if (values.length === 0)
        return 0;
    const sorted = [...values].sort((a, b) => a - b);
    const pos = (sorted.length - 1) * q;
    const lo = Math.floor(pos);
    const hi = Math.ceil(pos);
    return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}
/** Judges probes (and service metrics, when read) against the thresholds; every failing reason is named. */
function judgeHealth(probes, thresholds, metrics) {
    const failed = probes.filter((p) => p.status < 200 || p.status >= 400);
    const latencies = probes.filter((p) => p.status > 0).map((p) => p.latencyMs);
    const p95 = metrics?.latencyP95Ms ?? quantile(latencies, 0.95);
    const probeErrorRate = probes.length ? failed.length / probes.length : 1;
    const errorRate = metrics && metrics.requests > 0 ? Math.max(probeErrorRate, metrics.errors / metrics.requests) : probeErrorRate;
    const reasons = [];
    if (probes.length === 0)
        reasons.push('no probe was made');
    const maxErrors = thresholds.error_rate ?? 0;
    if (errorRate > maxErrors) {
        const sample = failed[0];
        const first = sample ? ` (first failure: ${sample.status ? `HTTP ${sample.status}` : (sample.error ?? 'no answer')})` : '';
        reasons.push(`error rate ${(errorRate * 100).toFixed(1)}% exceeds ${(maxErrors * 100).toFixed(1)}%${first}`);
    }
    if (thresholds.latency_p95_ms !== undefined && p95 > thresholds.latency_p95_ms) {
        reasons.push(`p95 latency ${p95.toFixed(0)} ms exceeds ${thresholds.latency_p95_ms} ms`);
    }
    return {
        healthy: reasons.length === 0,
        probes: probes.length,
        failedProbes: failed.length,
        p50Ms: quantile(latencies, 0.5),
        p95Ms: p95,
        p99Ms: quantile(latencies, 0.99),
        errorRate,
        reasons,
    };
}
/**
 * Reads request and error counts from a metrics body. JSON: `{requests, errors, latency_p95_ms}`
 * (or `error_rate`). Prometheus text: counters ending in `_requests_total` summed, those with a
 * `code`/`status` label of 5xx counted as errors; a `quantile="0.95"` sample of a `*latency*` or
 * `*duration*` summary is taken as the p95 (seconds unless the name says `_ms`).
 */
function parseServiceMetrics(body, contentType = '') {
    const text = body.trim();
    if (contentType.includes('json') || text.startsWith('{'))
        return fromJson(text);
    return fromPrometheus(text);
}
function fromJson(text) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    if (!value || typeof value !== 'object')
        return undefined;
    const o = value;
    const num = (k) => (typeof o[k] === 'number' && Number.isFinite(o[k]) ? o[k] : undefined);
    const requests = num('requests') ?? num('requests_total');
    const errors = num('errors') ?? num('errors_total');
    const rate = num('error_rate');
    const latency = num('latency_p95_ms');
    if (requests !== undefined && errors !== undefined)
        return { requests, errors, latencyP95Ms: latency };
    if (rate !== undefined)
        return { requests: 1_000_000, errors: Math.round(rate * 1_000_000), latencyP95Ms: latency };
    return latency !== undefined ? { requests: 0, errors: 0, latencyP95Ms: latency } : undefined;
}
const SAMPLE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{([^}]*)\})?\s+(\S+)/;
function fromPrometheus(text) {
    let requests = 0;
    let errors = 0;
    let seen = false;
    let latencyP95Ms;
    for (const line of text.split('\n')) {
        if (line.startsWith('#'))
            continue;
        const m = SAMPLE.exec(line.trim());
        if (!m)
            continue;
        const [, name = '', labels = '', raw = ''] = m;
        const value = Number(raw);
        if (!Number.isFinite(value))
            continue;
        const label = (k) => new RegExp(`(?:^|,)\\s*${k}="([^"]*)"`).exec(labels)?.[1];
        if (name.endsWith('_requests_total')) {
            seen = true;
            requests += value;
            if (/^5/.test(label('code') ?? label('status') ?? ''))
                errors += value;
        }
        else if (/latency|duration/.test(name) && label('quantile') === '0.95') {
            latencyP95Ms = /_ms\b|_milliseconds/.test(name) ? value : value * 1000;
        }
    }
    return seen || latencyP95Ms !== undefined ? { requests, errors, latencyP95Ms } : undefined;
}

;// CONCATENATED MODULE: ./src/adapters/deploy/health.ts
/** Polls a health endpoint for a while and judges it (src/core/deploy/health.ts). Every request is bounded by a timeout. */

const wait = (ms) => new Promise((r) => setTimeout(r, ms));
/** Makes one probe: status and latency, or status 0 with the reason when no answer came. */
async function probe(url, timeoutMs, headers = {}) {
    const started = performance.now();
    try {
        const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), headers });
        await res.arrayBuffer();
        return { status: res.status, latencyMs: performance.now() - started };
    }
    catch (error) {
        const e = error;
        const reason = e.name === 'TimeoutError' ? `timeout after ${timeoutMs} ms` : (e.cause?.code ?? e.cause?.message ?? e.message);
        return { status: 0, latencyMs: performance.now() - started, error: reason };
    }
}
/** Probes `url` every `intervalMs` for `durationMs` (at least once), then judges the probes. */
async function pollHealth(options) {
    const sleep = options.sleep ?? wait;
    const timeoutMs = options.timeoutMs ?? 5000;
    const headers = options.slot ? { 'x-mlops-slot': options.slot } : {};
    const probes = [];
    const deadline = Date.now() + options.durationMs;
    do {
        probes.push(await probe(options.url, timeoutMs, headers));
        if (Date.now() + options.intervalMs > deadline)
            break;
        await sleep(options.intervalMs);
    } while (Date.now() < deadline);
    let metrics;
    if (options.metricsUrl) {
        try {
            const res = await fetch(options.metricsUrl, { signal: AbortSignal.timeout(timeoutMs), headers });
            metrics = parseServiceMetrics(await res.text(), res.headers.get('content-type') ?? '');
        }
        catch {
            metrics = undefined;
        }
    }
    return { ...judgeHealth(probes, options, metrics), metrics };
}

;// CONCATENATED MODULE: ./src/adapters/deploy/probes.ts
/** The outside-world judgements of a deployment, built from the stage's policy: health, shadow comparison, A/B outcomes. */








const ms = (value, fallback) => (value === undefined ? fallback : (parseDuration(value) ?? fallback));
const forSlot = (template, slot) => template.replaceAll('{slot}', slot);
/** Health, shadow and A/B probes for a stage; `repo` bounds the files the policy may name. */
function probesFor(policy, repo) {
    const probes = {};
    const health = policy.health;
    if (health.url) {
        const url = health.url;
        probes.health = (step) => pollHealth({
            url: forSlot(url, step.slot),
            metricsUrl: health.metrics_url ? forSlot(health.metrics_url, step.slot) : undefined,
            durationMs: ms(health.duration, 300_000),
            intervalMs: ms(health.interval, 30_000),
            timeoutMs: ms(health.timeout, 5000),
            latency_p95_ms: health.latency_p95_ms,
            error_rate: health.error_rate,
            slot: step.slot,
        });
    }
    const shadow = policy.shadow;
    if (shadow?.url && shadow.inputs) {
        const { url, inputs } = shadow;
        probes.compare = () => compareShadow(url, repoFile(repo, inputs), shadow.max_disagreement ?? 0.1, shadow.max_latency_ratio ?? 1.5, ms(health.timeout, 5000));
    }
    const ab = policy.ab;
    if (ab?.outcomes) {
        const source = ab.outcomes;
        probes.decide = async () => decideAb(await readOutcomes(source, repo), { minSamples: ab.min_samples, significance: ab.significance, higherIsBetter: ab.higher_is_better });
    }
    return probes;
}
/** A repository-relative path from the config, refused when it leaves the repository. */
const repoFile = (repo, rel) => (0,inside/* insideRoot */.p)(repo, rel, '.github/mlops.yml');
/** Reads JSON Lines, naming the line of any that does not parse. */
function jsonLines(text, file) {
    return text
        .split('\n')
        .map((line, i) => ({ line: line.trim(), n: i + 1 }))
        .filter((l) => l.line)
        .map(({ line, n }) => {
        try {
            return JSON.parse(line);
        }
        catch {
            throw new errors/* UserError */.yo('not a JSON value', { file, line: n });
        }
    });
}
/** Outcomes `{variant, value}` from a repository file or an http(s) URL. */
async function readOutcomes(source, repo) {
    const remote = /^https?:\/\//.test(source);
    const text = remote ? await (await fetch(source, { signal: AbortSignal.timeout(30_000) })).text() : await (0,promises_.readFile)(repoFile(repo, source), 'utf8');
    return jsonLines(text, source).map((row, i) => {
        const r = row;
        const variant = String(r.variant ?? '').toLowerCase();
        const value = typeof r.value === 'boolean' ? Number(r.value) : r.value;
        if ((variant !== 'a' && variant !== 'b') || typeof value !== 'number' || !Number.isFinite(value)) {
            throw new errors/* UserError */.yo('an outcome needs "variant": "a"|"b" and a numeric "value"', { file: source, line: i + 1 });
        }
        return { variant, value };
    });
}
async function post(url, body, timeoutMs) {
    const started = performance.now();
    try {
        const res = await fetch(url, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' }, signal: AbortSignal.timeout(timeoutMs) });
        return { body: await res.text(), latencyMs: performance.now() - started, ok: res.ok };
    }
    catch {
        return { body: '', latencyMs: performance.now() - started, ok: false };
    }
}
/** The prediction in an answer: its `prediction`/`predictions` field when JSON, else the whole body. */
function prediction(body) {
    try {
        const v = JSON.parse(body);
        return JSON.stringify(v?.prediction ?? v?.predictions ?? v);
    }
    catch {
        return body.trim();
    }
}
/** Sends every input to the live and the shadow slot and compares predictions and p95 latency. */
async function compareShadow(url, inputsFile, maxDisagreement, maxLatencyRatio, timeoutMs) {
    const inputs = jsonLines(await (0,promises_.readFile)(inputsFile, 'utf8'), inputsFile);
    if (!inputs.length)
        return { ok: false, detail: `no inputs in ${external_node_path_default().basename(inputsFile)} to compare on` };
    const live = [];
    const shadow = [];
    for (const input of inputs) {
        live.push(await post(forSlot(url, 'primary'), input, timeoutMs));
        shadow.push(await post(forSlot(url, 'shadow'), input, timeoutMs));
    }
    const failed = shadow.filter((a) => !a.ok).length;
    const differ = inputs.filter((_, i) => !shadow[i].ok || prediction(live[i].body) !== prediction(shadow[i].body)).length;
    const disagreement = differ / inputs.length;
    const p95 = (xs) => quantile(xs.map((a) => a.latencyMs), 0.95);
    const ratio = p95(shadow) / Math.max(p95(live), 1e-6);
    const problems = [
        ...(disagreement > maxDisagreement ? [`predictions differ on ${(disagreement * 100).toFixed(1)}% of inputs (limit ${(maxDisagreement * 100).toFixed(1)}%)`] : []),
        ...(ratio > maxLatencyRatio ? [`shadow p95 latency is ${ratio.toFixed(2)}\u00d7 the live one (limit ${maxLatencyRatio}\u00d7)`] : []),
    ];
    const figures = `${inputs.length} inputs, ${(disagreement * 100).toFixed(1)}% disagreement, ${failed} shadow errors, p95 ${p95(shadow).toFixed(0)} ms vs ${p95(live).toFixed(0)} ms live`;
    return { ok: problems.length === 0, detail: problems.length ? `${problems.join('; ')} (${figures})` : `shadow agrees: ${figures}` };
}

;// CONCATENATED MODULE: ./src/adapters/deploy/run.ts
/**
 * One deployment, end to end, shared by `mlops deploy` and actions/deploy: resolve the version and
 * what it replaces, verify the artifacts, record a GitHub Deployment, walk the plan, roll back on
 * failure, and mark the replaced deployment inactive.
 */




















/** The stage's policy, or a UserError naming the stages that exist. */
function policyFor(config, stage) {
    const policy = config.deploy[stage];
    if (!policy)
        throw new errors/* UserError */.yo(`unknown stage '${stage}'`, { file: '.github/mlops.yml', hint: `stages: ${config.stages.join(', ')}` });
    return policy;
}
/** What serves the stage now, from GitHub's deployments when available, else from the registry's history. */
async function current(o, environment) {
    if (o.github) {
        const { client, repo } = o.github;
        const deployments = await client.paginate(client.rest.repos.listDeployments, { ...repo, environment, per_page: 100 });
        for (const d of deployments) {
            const p = payloadOf(d);
            if (p?.model !== o.model)
                continue;
            const statuses = await client.rest.repos.listDeploymentStatuses({ ...repo, deployment_id: d.id, per_page: 1 });
            if (statuses.data[0]?.state === 'success')
                return { version: String(p.serving ?? p.version), slot: p.slot };
        }
        return {};
    }
    return {};
}
/** The registration of an active version, or a UserError. */
function registration(artifact, version) {
    const v = artifact.versions.find((x) => x.version === version && x.active);
    if (!v)
        throw new errors/* UserError */.yo(`${artifact.name} ${version} is not a registered version`);
    return { commit: v.commit, registeredAt: v.registeredAt };
}
/** Registry versions carry GTO's `v` (`v1.2.0`); users may type either form. */
const withV = (version) => (version.startsWith('v') ? version : `v${version}`);
/** Resolves what to deploy and what it replaces. */
async function resolveVersions(o, environment) {
    const state = await (0,tags/* readRegistry */._5)(new adapters_git/* Git */.T(o.repo));
    const artifact = state.artifacts[o.model];
    if (!artifact)
        throw new errors/* UserError */.yo(`model '${o.model}' has no registered version`, { hint: 'register it first: mlops registry register' });
    const live = await current(o, environment);
    const inStage = artifact.stages[o.stage]?.version;
    if (o.rollback) {
        const target = (0,registry_state/* previousStageVersion */.w8)(state, o.model, o.stage);
        if (!target)
            throw new errors/* UserError */.yo(`${o.stage} has no previous version of ${o.model} to roll back to`);
        return { version: target, previous: live.version ?? inStage, liveSlot: live.slot, registered: registration(artifact, target) };
    }
    const version = o.version ? withV(o.version) : inStage;
    if (!version)
        throw new errors/* UserError */.yo(`nothing to deploy: ${o.stage} holds no version of ${o.model}`, { hint: 'promote a version (a PR into the release branch) or pass a version' });
    const previous = live.version ?? (inStage === version ? (0,registry_state/* previousStageVersion */.w8)(state, o.model, o.stage) : inStage);
    return { version, previous: previous === version ? undefined : previous, liveSlot: live.slot, registered: registration(artifact, version) };
}
/** Verifies artifacts: the release's assets against its SHA256SUMS, or a local folder against its own. */
async function verifyArtifacts(o, tag) {
    if (o.github)
        return downloadVerified(o.github.client, o.github.repo, tag, o.artifactsDir, await recordedSums(o.repo, tag));
    if (!o.localArtifacts)
        throw new errors/* UserError */.yo('no GitHub token and no --artifacts folder: the artifacts cannot be verified', { hint: 'set GITHUB_TOKEN, or pass --artifacts DIR holding the files and SHA256SUMS' });
    const sumsFile = external_node_path_default().join(o.localArtifacts, 'SHA256SUMS');
    const sums = (0,evidence/* parseSha256Sums */.Lm)(await (0,promises_.readFile)(sumsFile, 'utf8').catch(() => { throw new errors/* UserError */.yo('SHA256SUMS is missing', { file: sumsFile }); }));
    const present = new Set(await (0,promises_.readdir)(o.localArtifacts));
    const files = [];
    for (const [name, expected] of sums) {
        if (!present.has(name))
            throw new errors/* UserError */.yo(`${name} is listed in SHA256SUMS but missing`, { file: sumsFile });
        const file = external_node_path_default().join(o.localArtifacts, name);
        const { sha256: actual, bytes } = await (0,hash/* sha256File */.Q)(file); // streamed: model files can be large
        if (actual !== expected)
            throw new errors/* UserError */.yo(`${name}: sha256 does not match SHA256SUMS`, { file: sumsFile, hint: 'the artifact changed after registration' });
        files.push({ name, sha256: actual, bytes, url: (0,external_node_url_.pathToFileURL)(file).href });
    }
    return { dir: o.localArtifacts, files };
}
/** The SHA256SUMS digest the registration tag recorded (tags written by GTO or before it was recorded have none). */
async function recordedSums(repo, tag) {
    const found = (await new adapters_git/* Git */.T(repo).tags([`refs/tags/${tag}`])).find((t) => t.name === tag);
    return found ? (0,message/* parseTagMessage */.V)(found.message).meta.sha256sums : undefined;
}
/** The `signature.outputs` of the model card at the version's commit (for batch output checks). */
async function signatureOutputs(o, commit) {
    const card = (await (0,card_metadata/* declaredCardsAt */.jQ)(new adapters_git/* Git */.T(o.repo), o.config, commit)).find((c) => c.artifact === o.model);
    const outputs = card?.signature?.outputs;
    return Array.isArray(outputs) ? outputs.filter((x) => typeof x?.name === 'string') : [];
}
/** The driver for the stage's target (the command target by default). */
async function driverFor(o, plan, verified, version) {
    const artifactDir = verified.dir;
    const policy = policyFor(o.config, o.stage);
    const target = policy.target ?? { type: 'command' };
    const timeoutMs = parseDuration(policy.timeout) ?? 600_000;
    if (target.type === 'command') {
        if (!target.command)
            throw new errors/* UserError */.yo(`deploy.${o.stage}.target.command is not set`, { file: '.github/mlops.yml', hint: 'name the script that deploys a version, e.g. `./deploy.sh`' });
        return commandDriver({ command: target.command, cwd: o.repo, artifactDir, timeoutMs });
    }
    if (target.type === 'kserve') {
        if (!target.storage_uri)
            throw new errors/* UserError */.yo(`deploy.${o.stage}.target.storage_uri is not set`, { file: '.github/mlops.yml', hint: 'e.g. s3://models/{model}/{version}' });
        const crd = target.crd ? await loadCrdValidator(target.crd, o.repo) : undefined;
        return kserveDriver({ repo: o.repo, manifestPath: target.manifest ?? 'deploy/{stage}/{model}.yaml', branch: target.branch, remote: o.remote, namespace: target.namespace ?? 'default', modelFormat: target.model_format ?? 'sklearn', storageUri: target.storage_uri, crd }, plan.strategy);
    }
    if (target.type === 'kubernetes') {
        if (!target.image)
            throw new errors/* UserError */.yo(`deploy.${o.stage}.target.image is not set`, { file: '.github/mlops.yml', hint: 'the serving image, e.g. ghcr.io/acme/churn-server:{version}' });
        if (plan.strategy === 'shadow' || plan.strategy === 'ab') {
            throw new errors/* UserError */.yo(`the kubernetes target runs direct, canary and blue-green rollouts, not '${plan.strategy}'`, { file: '.github/mlops.yml', hint: 'shadow and A/B need traffic mirroring or a router: use the command target' });
        }
        return kubernetesDriver({ repo: o.repo, manifestPath: target.manifest ?? 'deploy/{stage}/{model}.yaml', branch: target.branch, remote: o.remote, namespace: target.namespace ?? 'default', image: target.image, storageUri: target.storage_uri, replicas: target.replicas ?? 4, port: target.port ?? 8080 });
    }
    if ((target.type === 'batch' || target.type === 'edge') && plan.strategy !== 'direct') {
        throw new errors/* UserError */.yo(`the ${target.type} target publishes a version as a whole: use strategy direct, not ${plan.strategy}`, { file: '.github/mlops.yml' });
    }
    if (target.type === 'batch') {
        if (!target.command || !target.input)
            throw new errors/* UserError */.yo(`deploy.${o.stage}.target needs \`command\` (your predict command) and \`input\` for batch`, { file: '.github/mlops.yml' });
        const gh = o.github;
        return batchDriver({
            repo: o.repo,
            command: target.command,
            input: target.input,
            output: target.output ?? 'predictions.csv',
            artifactDir,
            timeoutMs,
            signatureOutputs: await signatureOutputs(o, version.commit),
            github: gh ? { client: gh.client, repo: gh.repo, runId: gh.runId, remote: o.remote } : undefined,
        });
    }
    if (target.type === 'edge') {
        if (!o.github)
            throw new errors/* UserError */.yo('the edge target publishes download URLs of release assets: it needs GITHUB_TOKEN and GITHUB_REPOSITORY');
        return edgeDriver({ repo: o.repo, channelPath: target.channel ?? 'edge/{model}/{stage}.json', branch: target.branch, remote: o.remote, minRuntime: target.min_runtime, publishedAt: version.registeredAt, artifacts: verified.files.filter((f) => f.name !== 'SHA256SUMS') });
    }
    throw new errors/* UserError */.yo(`deploy target '${target.type}' is not available in this version`, { file: '.github/mlops.yml', hint: 'use `command`, `kserve`, `kubernetes`, `batch` or `edge`' });
}
/** Deploys (or rolls back) one model in one stage; see the module comment. */
async function runDeployment(o) {
    const log = o.log ?? (() => { });
    const policy = policyFor(o.config, o.stage);
    const environment = policy.environment;
    const { version, previous, liveSlot, registered } = await resolveVersions(o, environment);
    const strategy = o.rollback ? 'direct' : policy.strategy;
    const plan = planDeployment({ model: o.model, version, stage: o.stage, previous, liveSlot }, { strategy, steps: policy.steps }, parseDuration(policy.pause) ?? 0);
    const tag = `${o.model}@${version}`;
    log(`${o.rollback ? 'rolling back' : 'deploying'} ${o.model} ${version} to ${o.stage} (${strategy}), replacing ${previous ?? 'nothing'}`);
    const gh = o.github;
    const production = o.stage === o.config.stages[o.config.stages.length - 1];
    const slot = plan.steps.find((s) => s.action === 'switch')?.slot ?? 'primary';
    const id = gh
        ? await ensureDeployment(gh.client, gh.repo, { ref: tag, environment, production, description: `${o.model} ${version} (${strategy})`, payload: { model: o.model, version, strategy, run_id: gh.runId, ...(strategy === 'blue-green' ? { slot } : {}) } })
        : undefined;
    const status = async (state, description) => {
        if (gh && id !== undefined)
            await setDeploymentState(gh.client, gh.repo, id, state, { description, environmentUrl: policy.url, logUrl: gh.logUrl });
    };
    await status('queued', 'verifying artifacts');
    let verified;
    try {
        verified = await verifyArtifacts(o, tag);
    }
    catch (error) {
        await status('failure', error.message);
        throw error;
    }
    log(`artifacts of ${tag} verified`);
    await status('in_progress', `${strategy}: ${plan.steps.length} steps`);
    const driver = await driverFor(o, plan, verified, registered);
    const outcome = await executeDeployment(plan, {
        driver,
        probes: probesFor(policy, o.repo),
        sleep: o.sleep,
        onEntry: (e) => log(`${e.ok ? '\u2713' : '\u2717'} ${e.action} ${e.slot} ${e.version} ${e.traffic}%: ${e.detail}`),
    });
    const result = { ...outcome, deploymentId: id };
    if (outcome.status === 'success') {
        await status('success', `${outcome.serving ?? version} serves ${o.stage}`);
        if (gh && id !== undefined && outcome.serving === version)
            await retireReplaced(gh.client, gh.repo, environment, id, o.model);
        // A/B kept A: this deployment succeeded but does not serve, so what serves stays the previous one.
        else if (outcome.serving !== version)
            await status('inactive', `${outcome.serving ?? 'the previous version'} kept`);
    }
    else {
        await status('failure', outcome.reason ?? 'failed');
    }
    return { plan, result, report: deployReport(plan, result) };
}

// EXTERNAL MODULE: ./src/cli/args.ts + 4 modules
var cli_args = __webpack_require__(9123);
// EXTERNAL MODULE: ./src/cli/commands/registry-io.ts
var registry_io = __webpack_require__(1591);
;// CONCATENATED MODULE: ./src/cli/commands/deploy.ts
/** `mlops deploy plan|run|rollback`: deployments through GitHub Environments (SPEC \u00a78). */














const planUsage = `usage: mlops deploy plan MODEL STAGE [--version V] [--json]

Prints what deploying MODEL to STAGE would do under the stage's policy in .github/mlops.yml:
every step of the strategy, the rollback, and (kserve target) each manifest. Changes nothing.
`;
const runUsage = `usage: mlops deploy run MODEL STAGE [--version V] [--artifacts DIR] [--remote NAME] [--json]

Deploys MODEL to STAGE: verifies the artifacts (the release's assets against SHA256SUMS with
GITHUB_TOKEN and GITHUB_REPOSITORY set, else the files in --artifacts DIR against DIR/SHA256SUMS),
records a GitHub Deployment when a token is set, runs the strategy, and rolls back on failure.
Exit 0 when the deployment succeeded, 1 when it failed (and was rolled back).
`;
const rollbackUsage = `usage: mlops deploy rollback MODEL STAGE [--artifacts DIR] [--remote NAME] [--json]

Returns STAGE to the version it held before the current one, at once (direct), verified like a deployment.
`;
async function deploy(args, ctx, rollback, usage) {
    const { values, positionals } = (0,cli_args/* parse */.qg)(args, { version: { type: 'string' }, artifacts: { type: 'string' }, remote: { type: 'string' } }, usage);
    const [model = '', stage = ''] = (0,cli_args/* positionalArgs */.EK)(positionals, 2, usage);
    const { root: repo, config } = await (0,registry_io/* openRepo */.B)(ctx);
    const artifacts = (0,cli_args/* str */.gx)(values, 'artifacts');
    const gh = await (0,registry_io/* githubFromEnv */.Z)(ctx.env);
    const run = await runDeployment({
        repo,
        config,
        model,
        stage,
        version: (0,cli_args/* str */.gx)(values, 'version'),
        rollback,
        github: gh && { ...gh, runId: ctx.env.GITHUB_RUN_ID },
        artifactsDir: await (0,promises_.mkdtemp)(external_node_path_default().join((0,external_node_os_.tmpdir)(), 'mlops-artifacts-')),
        localArtifacts: artifacts ? external_node_path_default().resolve(ctx.cwd, artifacts) : undefined,
        remote: (0,cli_args/* str */.gx)(values, 'remote'),
        log: (0,cli_args/* bool */.lc)(values, 'json') ? undefined : (line) => ctx.stderr(`${line}\n`),
    });
    return (0,cli_args/* printReport */.Y_)(ctx, run.report, (0,cli_args/* bool */.lc)(values, 'json'), { plan: run.plan, result: run.result });
}
const deployCommands = [
    {
        name: 'deploy plan',
        summary: 'print the steps, rollback and manifests of a deployment without running it',
        usage: planUsage,
        async run(args, ctx) {
            const { values, positionals } = (0,cli_args/* parse */.qg)(args, { version: { type: 'string' } }, planUsage);
            const [model = '', stage = ''] = (0,cli_args/* positionalArgs */.EK)(positionals, 2, planUsage);
            const { root: repo, config } = await (0,registry_io/* openRepo */.B)(ctx);
            const policy = config.deploy[stage];
            if (!policy)
                throw new errors/* UserError */.yo(`unknown stage '${stage}'`, { hint: `stages: ${config.stages.join(', ')}` });
            const state = await (0,tags/* readRegistry */._5)(new adapters_git/* Git */.T(repo));
            const inStage = state.artifacts[model]?.stages[stage]?.version;
            const given = (0,cli_args/* str */.gx)(values, 'version');
            const version = given ? withV(given) : inStage;
            if (!version)
                throw new errors/* UserError */.yo(`nothing to deploy: ${stage} holds no version of ${model}`, { hint: 'pass --version' });
            const previous = inStage === version ? (0,registry_state/* previousStageVersion */.w8)(state, model, stage) : inStage;
            const plan = planDeployment({ model, version, stage, previous }, policy, parseDuration(policy.pause) ?? 0);
            const target = policy.target;
            const manifests = target?.type === 'kserve' && target.storage_uri
                ? plannedManifests(plan, { manifestPath: target.manifest ?? 'deploy/{stage}/{model}.yaml', namespace: target.namespace ?? 'default', modelFormat: target.model_format ?? 'sklearn', storageUri: target.storage_uri }).map((m) => ({ note: m.step.note, yaml: m.yaml }))
                : [];
            return (0,cli_args/* printReport */.Y_)(ctx, planReport(plan, manifests), (0,cli_args/* bool */.lc)(values, 'json'), { plan });
        },
    },
    { name: 'deploy run', summary: 'deploy a model version to a stage with its strategy, rolling back on failure', usage: runUsage, run: (a, c) => deploy(a, c, false, runUsage) },
    { name: 'deploy rollback', summary: "return a stage to its previous version at once", usage: rollbackUsage, run: (a, c) => deploy(a, c, true, rollbackUsage) },
];


/***/ }),

/***/ 1591:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ openRepo),
/* harmony export */   Z: () => (/* binding */ githubFromEnv)
/* harmony export */ });
/* harmony import */ var _adapters_git_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3073);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);


/**
 * The repository around cwd with its configuration (config findings of severity error stop the command).
 * The configuration reader (YAML, schema validators) and the GitHub client below are loaded when a
 * command asks for them: `registry show --json` needs neither and starts in half the time.
 */
async function openRepo(ctx) {
    const [root, { loadConfig }] = await Promise.all([new _adapters_git_js__WEBPACK_IMPORTED_MODULE_0__/* .Git */ .T(ctx.cwd).root(), Promise.all(/* import() */[__webpack_require__.e(844), __webpack_require__.e(482), __webpack_require__.e(730)]).then(__webpack_require__.bind(__webpack_require__, 5730))]);
    const loaded = await loadConfig(root);
    const bad = loaded.findings.find((f) => f.severity === 'error');
    if (bad)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(bad.message, { file: bad.file, line: bad.line, column: bad.column, hint: bad.hint });
    return { git: new _adapters_git_js__WEBPACK_IMPORTED_MODULE_0__/* .Git */ .T(root), root, config: loaded.config };
}
/** GitHub from GITHUB_TOKEN (or GH_TOKEN), GITHUB_REPOSITORY or `--repo`, and GITHUB_API_URL; undefined without a token. */
async function githubFromEnv(env, repository) {
    const token = env.GITHUB_TOKEN || env.GH_TOKEN;
    if (!token)
        return undefined;
    const name = repository ?? env.GITHUB_REPOSITORY;
    if (!name)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('which GitHub repository? set GITHUB_REPOSITORY=owner/name or pass --repo owner/name');
    const { createClient, repoParams } = await Promise.all(/* import() */[__webpack_require__.e(133), __webpack_require__.e(932)]).then(__webpack_require__.bind(__webpack_require__, 5932));
    return { client: createClient({ token, baseUrl: env.GITHUB_API_URL }), repo: repoParams(name) };
}


/***/ }),

/***/ 9125:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ splitFrontMatter)
/* harmony export */ });
/* unused harmony export lineAt */
/** Splits LF-normalised card text (see decodeCardText) into front matter and body. */
function splitFrontMatter(text, file) {
    const lead = /^\s*/.exec(text)?.[0].length ?? 0;
    const opener = lead;
    const none = { found: false, yaml: '', yamlLine: 1, body: text, bodyLine: 1, findings: [] };
    if (!text.startsWith('---\n', opener))
        return { ...none, findings: lookalikes(text, opener, file) };
    const yamlStart = opener + 4;
    const close = findCloser(text, yamlStart - 1);
    if (!close) {
        return {
            ...none,
            findings: [
                {
                    rule: 'card/front-matter-unclosed',
                    severity: 'warning',
                    message: 'front matter opened with `---` is never closed by a `---` line, so it is read as Markdown',
                    file,
                    line: lineAt(text, opener),
                    hint: 'close the YAML block with a line that is exactly `---` (no leading spaces)',
                },
            ],
        };
    }
    const findings = [];
    if (lead > 0) {
        findings.push({
            rule: 'card/front-matter-not-at-start',
            severity: 'notice',
            message: 'front matter does not start at the first byte (blank lines or spaces before `---`)',
            file,
            line: 1,
            hint: 'the Hub accepts it, but GitHub and most static-site tools only read front matter at byte 0: remove the leading blank lines',
        });
    }
    return {
        found: true,
        yaml: text.slice(yamlStart, close.yamlEnd),
        yamlLine: lineAt(text, yamlStart),
        body: text.slice(close.bodyStart),
        bodyLine: lineAt(text, close.bodyStart),
        findings,
    };
}
/**
 * The earliest `\n+---(\n|$)` that starts at or after `from` (the newline ending the opener line):
 * the run of newlines before `---` belongs to the delimiter, as in the Hub's regex.
 */
function findCloser(text, from) {
    let at = text.indexOf('\n---', from + 1);
    while (at >= 0) {
        const after = at + 4;
        if (after === text.length || text[after] === '\n') {
            let runStart = at;
            while (runStart > from && text[runStart - 1] === '\n')
                runStart--;
            return { yamlEnd: runStart, bodyStart: Math.min(text.length, after + 1) };
        }
        at = text.indexOf('\n---', at + 1);
    }
    return undefined;
}
/** Delimiters the Hub does not recognise but an author meant as front matter (e.g. `----`). */
function lookalikes(text, at, file) {
    const firstLine = text.slice(at, text.indexOf('\n', at) === -1 ? undefined : text.indexOf('\n', at));
    if (!/^-{3,}\s*$/.test(firstLine) || firstLine === '---')
        return [];
    return [
        {
            rule: 'card/front-matter-delimiter',
            severity: 'warning',
            message: `the first line \`${firstLine.trim()}\` is not the \`---\` front matter delimiter, so the metadata is ignored`,
            file,
            line: lineAt(text, at),
            hint: 'open and close the YAML block with lines that are exactly `---`',
        },
    ];
}
/** 1-based line number of an offset in LF-normalised text. */
function lineAt(text, offset) {
    let line = 1;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1))
        line++;
    return line;
}


/***/ }),

/***/ 7780:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SX: () => (/* binding */ logGamma),
/* harmony export */   vr: () => (/* binding */ normalCdf),
/* harmony export */   wv: () => (/* binding */ chi2Sf)
/* harmony export */ });
/* unused harmony exports gammaQ, erfc */
/**
 * Special functions the drift tests need (normal and chi-square tails, the Kolmogorov distribution),
 * written to double precision so p-values agree with scipy.stats to ~1e-12.
 */
const EPS = 2.220446049250313e-16;
const LANCZOS = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
/** ln \u0393(x) for x > 0 (Lanczos, g = 7, n = 9: relative error < 1e-15). */
function logGamma(x) {
    if (x < 0.5)
        return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
    const z = x - 1;
    let a = LANCZOS[0];
    const t = z + 7.5;
    for (let i = 1; i < 9; i++)
        a += LANCZOS[i] / (z + i);
    return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}
/** Regularised upper incomplete gamma Q(a, x) (series below a + 1, Lentz continued fraction above). */
function gammaQ(a, x) {
    if (x <= 0)
        return 1;
    if (!Number.isFinite(x))
        return 0;
    const lead = a * Math.log(x) - x - logGamma(a);
    if (x < a + 1) {
        let sum = 1 / a;
        let term = sum;
        for (let n = 1; n < 10000; n++) {
            term *= x / (a + n);
            sum += term;
            if (Math.abs(term) < Math.abs(sum) * EPS)
                break;
        }
        return 1 - sum * Math.exp(lead);
    }
    const tiny = 1e-300;
    let b = x + 1 - a;
    let c = 1 / tiny;
    let d = 1 / b;
    let h = d;
    for (let i = 1; i < 10000; i++) {
        const an = -i * (i - a);
        b += 2;
        d = an * d + b;
        if (Math.abs(d) < tiny)
            d = tiny;
        c = b + an / c;
        if (Math.abs(c) < tiny)
            c = tiny;
        d = 1 / d;
        const delta = d * c;
        h *= delta;
        if (Math.abs(delta - 1) < EPS)
            break;
    }
    return Math.exp(lead) * h;
}
/** Survival function of the chi-square distribution, scipy.stats.chi2.sf. */
function chi2Sf(x, dof) {
    return gammaQ(dof / 2, x / 2);
}
/** Complementary error function: erfc(x) = Q(1/2, x\u00b2) for x >= 0, reflected below zero. */
function erfc(x) {
    const q = gammaQ(0.5, x * x);
    return x >= 0 ? q : 2 - q;
}
/** Standard normal CDF, scipy.stats.norm.cdf. */
function normalCdf(z) {
    return 0.5 * erfc(-z / Math.SQRT2);
}


/***/ }),

/***/ 1714:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lm: () => (/* binding */ parseSha256Sums),
/* harmony export */   WK: () => (/* binding */ cardCondition),
/* harmony export */   Xs: () => (/* binding */ stageOrder),
/* harmony export */   lN: () => (/* binding */ checksumCondition),
/* harmony export */   lm: () => (/* binding */ fairnessCondition),
/* harmony export */   rm: () => (/* binding */ metricsCondition),
/* harmony export */   uH: () => (/* binding */ condition)
/* harmony export */ });
/* unused harmony export heldBefore */
/** Folds per-candidate problems into one condition. */
function condition(id, title, problems, okDetail, fix) {
    return problems.length ? { id, title, met: false, detail: problems.join('; '), fix } : { id, title, met: true, detail: okDetail };
}
/** True when the stage held this version before: a rollback returns to a version that already passed the gate there. */
function heldBefore(registry, model, version, stage) {
    return registry.events.some((e) => e.artifact === model && e.event === 'assign' && e.stage === stage && e.version === version);
}
/**
 * Production only from what the previous stage holds now, and (optionally) after a soak time there.
 * A rollback (a version the target stage held before) is exempt: it passed this gate already.
 */
function stageOrder(candidates, registry, policy, now) {
    const from = policy.fromStage;
    if (!from)
        return [];
    candidates = candidates.filter((c) => !heldBefore(registry, c.model, c.version, policy.stage));
    const order = candidates.map((c) => {
        const held = registry.artifacts[c.model]?.stages[from]?.version;
        return held === c.version ? '' : `${c.model} ${c.version} is not in ${from} (${from} holds ${held ?? 'nothing'})`;
    });
    const out = [
        condition('stage-order', `Comes from ${from}`, order.filter(Boolean), `every version is what ${from} holds now`, `promote the version to ${from} first, or promote what ${from} holds`),
    ];
    if (policy.soakHours > 0) {
        const soak = candidates.map((c) => {
            const since = registry.artifacts[c.model]?.stages[from]?.since;
            const hours = since ? (now - Date.parse(since)) / 3.6e6 : 0;
            return since && hours >= policy.soakHours ? '' : `${c.model} ${c.version} has been in ${from} for ${hours.toFixed(1)} h of ${policy.soakHours} h`;
        });
        out.push(condition('soak', `Soaked ${policy.soakHours} h in ${from}`, soak.filter(Boolean), `every version spent ${policy.soakHours} h in ${from}`, 'wait for the soak time to pass, then re-run the gate'));
    }
    return out;
}
/**
 * Metric thresholds, and the largest allowed regression against the version now in the target stage
 * (not for a rollback: returning to a version the stage held before is the point, whatever it scores).
 */
function metricsCondition(candidates, policy, registry) {
    const rules = Object.entries(policy.metrics);
    if (!rules.length)
        return [];
    const problems = [];
    for (const c of candidates) {
        const m = c.evaluation?.metrics;
        if (!m) {
            problems.push(`${c.model} ${c.version}: no metrics in its experiment record or release`);
            continue;
        }
        for (const [name, rule] of rules) {
            const value = m[name];
            if (value === undefined) {
                problems.push(`${c.model} ${c.version}: metric ${name} missing`);
                continue;
            }
            if (rule.min !== undefined && value < rule.min)
                problems.push(`${c.model} ${name} = ${value} < min ${rule.min}`);
            if (rule.max !== undefined && value > rule.max)
                problems.push(`${c.model} ${name} = ${value} > max ${rule.max}`);
            const base = c.baseline?.metrics[name];
            if (rule.maxRegression !== undefined && base !== undefined && !heldBefore(registry, c.model, c.version, policy.stage)) {
                const drop = rule.higherIsBetter === false ? value - base : base - value;
                if (drop > rule.maxRegression + 1e-12)
                    problems.push(`${c.model} ${name} regresses by ${round(drop)} against ${c.baseline?.ref} (${base} \u2192 ${value}), max ${rule.maxRegression}`);
            }
        }
    }
    return [condition('metrics', 'Metrics meet thresholds', problems, `${rules.map(([n]) => n).join(', ')} within thresholds and regression limits`, 'train a better version, or change the thresholds in .github/mlops.yml through a reviewed PR')];
}
/** Fairness thresholds, and a fairness report for high-risk models. */
function fairnessCondition(candidates, policy) {
    const rules = Object.entries(policy.fairness);
    const highRisk = candidates.filter((c) => c.risk === 'high');
    if (!rules.length && !(policy.highRisk.requireFairnessReport && highRisk.length))
        return [];
    const problems = [];
    for (const c of candidates) {
        const f = c.evaluation?.fairness ?? {};
        if (c.risk === 'high' && policy.highRisk.requireFairnessReport && !c.evaluation?.fairnessReport)
            problems.push(`${c.model} is risk: high and has no fairness report`);
        for (const [name, rule] of rules) {
            const value = f[name];
            if (value === undefined)
                problems.push(`${c.model} ${c.version}: fairness metric ${name} missing`);
            else if (rule.min !== undefined && value < rule.min)
                problems.push(`${c.model} ${name} = ${value} < min ${rule.min}`);
            else if (rule.max !== undefined && value > rule.max)
                problems.push(`${c.model} ${name} = ${value} > max ${rule.max}`);
        }
    }
    return [condition('fairness', 'Fairness', problems, 'fairness thresholds met', 'run the fairness assessment (`mlops fairness`) and attach its report to the experiment')];
}
/** A complete model card (required sections and keys present, no placeholders). */
function cardCondition(candidates, policy) {
    if (!policy.requireCompleteCard)
        return [];
    const problems = candidates.filter((c) => c.card.missing.length).map((c) => `${c.card.path}: missing ${c.card.missing.join(', ')}`);
    return [condition('card', 'Model card complete', problems, 'every card is complete', 'fill in the missing card sections (`mlops validate` lists them)')];
}
/** Every release asset matches SHA256SUMS and every listed file is present. */
function checksumCondition(candidates, policy) {
    if (!policy.requireChecksums)
        return [];
    const problems = [];
    for (const c of candidates) {
        const a = c.artifacts;
        if (!a?.sha256sums) {
            problems.push(`${c.model} ${c.version}: no SHA256SUMS in its release`);
            continue;
        }
        const sums = parseSha256Sums(a.sha256sums);
        const actual = new Map(a.files.map((f) => [f.name, f.sha256.toLowerCase()]));
        for (const [name, sum] of sums) {
            const got = actual.get(name);
            if (got === undefined)
                problems.push(`${c.model} ${c.version}: ${name} listed in SHA256SUMS is missing`);
            else if (got !== sum)
                problems.push(`${c.model} ${c.version}: ${name} has sha256 ${got.slice(0, 12)}\u2026, SHA256SUMS says ${sum.slice(0, 12)}\u2026`);
        }
        for (const name of actual.keys())
            if (!sums.has(name) && name !== 'SHA256SUMS')
                problems.push(`${c.model} ${c.version}: ${name} is not in SHA256SUMS`);
    }
    return [condition('checksums', 'Artifact checksums match', problems, 'every artifact matches SHA256SUMS', 're-register the version so its release assets and SHA256SUMS agree')];
}
/** Parses `sha256sum` output (`<hex>  <name>` or `<hex> *<name>`). */
function parseSha256Sums(text) {
    const out = new Map();
    for (const line of text.split(/\r?\n/)) {
        const m = /^([0-9a-fA-F]{64}) [ *](.+)$/.exec(line.trim());
        if (m?.[1] && m[2])
            out.set(m[2], m[1].toLowerCase());
    }
    return out;
}
const round = (x) => Math.round(x * 1e6) / 1e6;


/***/ }),

/***/ 7424:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ sha256Hex),
/* harmony export */   s: () => (/* binding */ sha256)
/* harmony export */ });
/** A fresh SHA-256 hash (update it, then `digest('hex')`). */
function sha256() {
    return process.getBuiltinModule('node:crypto').createHash('sha256');
}
/** SHA-256 hex of a string or bytes. */
function sha256Hex(data) {
    return sha256().update(data).digest('hex');
}


/***/ }),

/***/ 1971:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hN: () => (/* reexport safe */ _parse_js__WEBPACK_IMPORTED_MODULE_0__.hN),
/* harmony export */   x5: () => (/* reexport safe */ _locate_js__WEBPACK_IMPORTED_MODULE_1__.x)
/* harmony export */ });
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2816);
/* harmony import */ var _locate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1473);
/** Safe YAML parsing with source locations; see parse.ts and locate.ts. */




/***/ }),

/***/ 1473:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ locate)
/* harmony export */ });
/* harmony import */ var _library_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6217);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2816);
/** Maps a JSON path (as ajv and our validators report it) back to the YAML node it came from. */


/**
 * Where a JSON path sits in the YAML source. A path that does not exist falls back to its
 * nearest existing parent (for a missing key, the mapping that should hold it).
 */
function locate(source, path, opts = {}) {
    let node = source.doc.contents;
    let pair;
    for (const segment of path) {
        const next = child(source, node, segment);
        if (!next)
            break;
        ({ node, pair } = next);
    }
    const target = pick(node, pair, opts.at ?? 'auto');
    const range = target?.range;
    if (!range)
        return { line: 1 + source.lineOffset, column: 1 };
    const start = (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .position */ .G1)(source, range[0]);
    const end = (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .position */ .G1)(source, range[1]);
    return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}
function child(source, node, segment) {
    const resolved = (0,_library_js__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node) ? (node.resolve(source.doc) ?? null) : node;
    if ((0,_library_js__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(resolved)) {
        const found = pairIndex(resolved).get(String(segment));
        if (!found)
            return undefined;
        return { node: found.value ?? null, pair: found };
    }
    if ((0,_library_js__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(resolved) && typeof segment === 'number') {
        const item = resolved.items[segment];
        if (item === undefined)
            return undefined;
        return { node: (0,_library_js__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(item) ? (item.key ?? null) : item };
    }
    return undefined;
}
// Findings on a large mapping would each scan it; an index per mapping keeps locate O(depth).
const indexes = new WeakMap();
function pairIndex(map) {
    let index = indexes.get(map);
    if (!index) {
        index = new Map();
        for (const pair of map.items) {
            const key = keyOf(pair);
            // The last occurrence wins, as in the parsed value (duplicates are reported separately).
            if (key !== undefined)
                index.set(key, pair);
        }
        indexes.set(map, index);
    }
    return index;
}
function keyOf(pair) {
    if ((0,_library_js__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key))
        return String(pair.key.value);
    return undefined;
}
function pick(node, pair, at) {
    const key = pair && (0,_library_js__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key) ? pair.key : undefined;
    if (at === 'key')
        return key ?? node;
    if (at === 'value')
        return node ?? key;
    // `key:` with nothing after it parses as an empty scalar placed after the colon; the key is the place.
    if (!node || ((0,_library_js__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) && node.range && node.range[0] === node.range[1]))
        return key ?? node;
    const block = ((0,_library_js__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node) || (0,_library_js__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) && !node.flow;
    return block && key ? key : node;
}


/***/ }),

/***/ 2816:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G1: () => (/* binding */ position),
/* harmony export */   hN: () => (/* binding */ parseYaml),
/* harmony export */   np: () => (/* binding */ tooLargeFinding)
/* harmony export */ });
/* unused harmony export DEFAULT_MAX_YAML_BYTES */
/* harmony import */ var _library_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6217);
/**
 * Safe YAML parsing for every file the product reads (config, card front matter, contracts):
 * the `yaml` package's Document API keeps the nodes so findings can name exact lines, and
 * every hostile input (alias bombs, duplicate keys, huge files, `__proto__` keys) becomes a
 * Finding instead of a crash.
 */

/**
 * Config files and front matter are a few kilobytes. The yaml package parses roughly 0.3 MB a
 * second on a busy runner core, so 1 MiB bounds the worst case at a few seconds.
 */
const DEFAULT_MAX_YAML_BYTES = 1024 * 1024;
/** The yaml package's own default: far above honest use, far below a billion-laughs expansion. */
const MAX_ALIAS_COUNT = 100;
/** Broken input repeats one mistake; the first ten of a kind say it all. */
const MAX_SYNTAX_FINDINGS = 10;
/** Keys that would reach Object.prototype or a constructor when code indexes the parsed value. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Parses one YAML document into plain data plus its source nodes; never throws on bad input. */
function parseYaml(text, file, opts = {}) {
    const prefix = opts.rulePrefix ?? 'yaml';
    const lineOffset = opts.lineOffset ?? 0;
    const maxBytes = opts.maxBytes ?? DEFAULT_MAX_YAML_BYTES;
    const fallback = opts.expect === 'mapping' ? {} : undefined;
    const bytes = byteLength(text, maxBytes);
    if (bytes > maxBytes)
        return { value: fallback, findings: [tooLargeFinding(file, bytes, maxBytes, prefix, 1 + lineOffset)] };
    // A BOM is legal but shifts every column on line 1; editors do not count it, so neither do we.
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    try {
        return parseBody(body, file, { prefix, lineOffset, expectMapping: opts.expect === 'mapping' });
    }
    catch (error) {
        // Deeply nested input can exhaust the parser's stack; that is bad input, not a bug.
        const finding = at(prefix, 'syntax', file, 1 + lineOffset, 1);
        finding.message = `${file} could not be parsed: ${error.message}`;
        return { value: fallback, findings: [finding] };
    }
}
/** The finding for a file over the size limit; adapters use it when they refuse to read a file at all. */
function tooLargeFinding(file, bytes, maxBytes, prefix = 'yaml', line = 1) {
    const finding = at(prefix, 'too-large', file, line, 1);
    finding.message = `${file} is ${formatBytes(bytes)}, larger than the ${formatBytes(maxBytes)} limit; it was not parsed`;
    finding.hint = 'Keep YAML files small: move data into separate files and reference them by path.';
    return finding;
}
function parseBody(body, file, o) {
    const lineCounter = new _library_js__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    // uniqueKeys compares every key with every other (quadratic: 16k keys take seconds); checkKeys does it in one pass.
    const docs = (0,_library_js__WEBPACK_IMPORTED_MODULE_0__/* .parseAllDocuments */ .hR)(body, { lineCounter, prettyErrors: false, uniqueKeys: false });
    const fallback = o.expectMapping ? {} : undefined;
    if (!Array.isArray(docs) || docs.length === 0)
        return { value: fallback, findings: [] };
    const doc = docs[0];
    const source = { file, doc, lineCounter, lineOffset: o.lineOffset };
    const pos = (offset) => position(source, offset);
    const findings = [];
    for (const e of firstDistinct(doc.errors)) {
        const f = at(o.prefix, 'syntax', file, pos(e.pos[0]).line, pos(e.pos[0]).column);
        f.message = `YAML syntax: ${e.message}`;
        findings.push(f);
    }
    for (const w of firstDistinct(doc.warnings)) {
        const f = at(o.prefix, 'warning', file, pos(w.pos[0]).line, pos(w.pos[0]).column, 'warning');
        f.message = `YAML: ${w.message}`;
        findings.push(f);
    }
    for (const extra of docs.slice(1)) {
        const f = at(o.prefix, 'multiple-documents', file, pos(extra.range[0]).line, 1);
        f.message = `${file} holds more than one YAML document; only the first is read`;
        f.hint = 'Remove the `---` separator and the documents after it.';
        findings.push(f);
        break;
    }
    findings.push(...checkKeys(doc, source, o.prefix));
    if (findings.some((f) => f.rule === `${o.prefix}/syntax`))
        return { value: fallback, source, findings };
    let value;
    try {
        value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    }
    catch (error) {
        const message = error.message;
        const alias = /alias/i.test(message);
        const where = alias ? firstAlias(source) : { line: 1 + o.lineOffset, column: 1 };
        const f = at(o.prefix, alias ? 'alias-limit' : 'syntax', file, where.line, where.column);
        f.message = alias
            ? `${file} expands aliases too often (${message}); it was not read`
            : `${file} could not be read: ${message}`;
        if (alias)
            f.hint = `Use fewer than ${MAX_ALIAS_COUNT} alias references (*name), or write the values out.`;
        return { value: fallback, source, findings: [...findings, f] };
    }
    if (o.expectMapping)
        return expectMapping(value, source, findings, o.prefix);
    return { value, source, findings };
}
/** Where the first alias (`*name`) is used: the place an alias bomb starts to expand. */
function firstAlias(source) {
    let offset = 0;
    (0,_library_js__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR)(source.doc, {
        Alias(_key, node) {
            offset = node.range?.[0] ?? 0;
            return _library_js__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR.BREAK;
        },
    });
    return position(source, offset);
}
function expectMapping(value, source, findings, prefix) {
    if (value === null || value === undefined)
        return { value: {}, source, findings };
    if (typeof value === 'object' && !Array.isArray(value))
        return { value, source, findings };
    const start = position(source, source.doc.contents?.range[0] ?? 0);
    const f = at(prefix, 'not-a-mapping', source.file, start.line, start.column);
    f.message = `${source.file} must be a mapping of keys to values, not ${Array.isArray(value) ? 'a list' : `a ${typeof value}`}`;
    f.hint = 'Write `key: value` pairs at the top level.';
    return { value: {}, source, findings: [...findings, f] };
}
/**
 * One pass over every mapping: repeated keys get a finding at the repeat (the last value wins, as
 * in the parsed value), and `__proto__`-like keys are removed before conversion, one finding each.
 */
function checkKeys(doc, source, prefix) {
    const findings = [];
    let duplicates = 0;
    const keyAt = (pair) => position(source, (0,_library_js__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key) ? (pair.key.range?.[0] ?? 0) : 0);
    (0,_library_js__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR)(doc, {
        Map(_key, map) {
            // Offsets only: a line is computed for the few keys that are reported.
            const first = new Map();
            for (const pair of map.items) {
                if (!(0,_library_js__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key))
                    continue;
                const key = String(pair.key.value);
                const earlier = first.get(key);
                if (earlier === undefined) {
                    first.set(key, pair.key.range?.[0] ?? 0);
                    continue;
                }
                if (++duplicates > MAX_SYNTAX_FINDINGS)
                    continue;
                const where = keyAt(pair);
                const f = at(prefix, 'duplicate-key', source.file, where.line, where.column);
                f.message = `duplicate key \`${key.slice(0, 80)}\` (first on line ${position(source, earlier).line})`;
                f.hint = 'Each key may appear once per mapping; remove or merge the repeated one.';
                findings.push(f);
            }
            return undefined;
        },
        Pair(_key, pair) {
            const key = (0,_library_js__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key) ? pair.key.value : undefined;
            if (typeof key !== 'string' || !FORBIDDEN_KEYS.has(key))
                return undefined;
            const where = keyAt(pair);
            const f = at(prefix, 'forbidden-key', source.file, where.line, where.column);
            f.message = `key \`${key}\` is not allowed; it was ignored`;
            f.hint = 'Rename the key: it would reach JavaScript object internals.';
            findings.push(f);
            return _library_js__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR.REMOVE;
        },
    });
    return findings;
}
/** 1-based line and column of a character offset in the parsed text, with the line offset applied. */
function position(source, offset) {
    const p = source.lineCounter.linePos(offset);
    return { line: p.line + source.lineOffset, column: p.col };
}
function at(prefix, rule, file, line, column, severity = 'error') {
    return { rule: `${prefix}/${rule}`, severity, message: '', file, line, column };
}
/** Broken input can yield hundreds of errors at one place; the first few distinct ones say it all. */
function firstDistinct(errors) {
    const seen = new Set();
    const out = [];
    for (const e of errors) {
        const id = `${e.pos[0]}:${e.message}`;
        if (seen.has(id))
            continue;
        seen.add(id);
        out.push(e);
        if (out.length === MAX_SYNTAX_FINDINGS)
            break;
    }
    return out;
}
/** UTF-8 size when the string could exceed the limit (a UTF-16 unit is at most 3 bytes); else a bound below it. */
function byteLength(text, limit) {
    if (text.length * 3 <= limit)
        return text.length;
    return Buffer.byteLength(text, 'utf8');
}
function formatBytes(n) {
    if (n >= 1024 * 1024)
        return `${(n / 1024 / 1024).toFixed(1)} MiB`;
    if (n >= 1024)
        return `${(n / 1024).toFixed(1)} KiB`;
    return `${n} bytes`;
}


/***/ }),

/***/ 6217:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   As: () => (/* reexport safe */ _node_modules_yaml_browser_dist_index_js__WEBPACK_IMPORTED_MODULE_0__.As),
/* harmony export */   HN: () => (/* reexport safe */ _node_modules_yaml_browser_dist_index_js__WEBPACK_IMPORTED_MODULE_0__.HN),
/* harmony export */   Tp: () => (/* reexport safe */ _node_modules_yaml_browser_dist_index_js__WEBPACK_IMPORTED_MODULE_0__.Tp),
/* harmony export */   Vj: () => (/* reexport safe */ _node_modules_yaml_browser_dist_index_js__WEBPACK_IMPORTED_MODULE_0__.Vj),
/* harmony export */   YR: () => (/* reexport safe */ _node_modules_yaml_browser_dist_index_js__WEBPACK_IMPORTED_MODULE_0__.YR),
/* harmony export */   hR: () => (/* reexport safe */ _node_modules_yaml_browser_dist_index_js__WEBPACK_IMPORTED_MODULE_0__.hR),
/* harmony export */   jh: () => (/* reexport safe */ _node_modules_yaml_browser_dist_index_js__WEBPACK_IMPORTED_MODULE_0__.jh),
/* harmony export */   jn: () => (/* reexport safe */ _node_modules_yaml_browser_dist_index_js__WEBPACK_IMPORTED_MODULE_0__.jn),
/* harmony export */   oP: () => (/* reexport safe */ _node_modules_yaml_browser_dist_index_js__WEBPACK_IMPORTED_MODULE_0__.oP),
/* harmony export */   qg: () => (/* reexport safe */ _node_modules_yaml_browser_dist_index_js__WEBPACK_IMPORTED_MODULE_0__.qg),
/* harmony export */   tO: () => (/* reexport safe */ _node_modules_yaml_browser_dist_index_js__WEBPACK_IMPORTED_MODULE_0__.tO)
/* harmony export */ });
/* harmony import */ var _node_modules_yaml_browser_dist_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4844);
// The `yaml` package as every bundle loads it: its ES module build (what the package serves to
// bundlers outside Node), not the CommonJS build Node resolves `yaml` to. Bundled, the ES build is
// hoisted into one scope and only what is used stays: about 8 ms less at every action's start
// than the CommonJS build's module factories (scripts/bench.mjs, "cold start"). The code is the same
// release of the same sources; only its warnings go to console.warn instead of process.emitWarning.
// Types: library.d.ts, the package's own. Tests load this file too, so they run what ships.



/***/ })

};

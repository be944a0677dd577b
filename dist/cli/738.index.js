export const id = 738;
export const ids = [738,473];
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

/***/ 5082:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XH: () => (/* binding */ resolveIdentity),
/* harmony export */   c2: () => (/* binding */ statusOf),
/* harmony export */   fy: () => (/* binding */ isSelf)
/* harmony export */ });
/* unused harmony export ACTIONS_BOT_LOGIN */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/**
 * Who the token speaks for, so that a sticky comment is only ever edited by the identity that wrote
 * it. A personal token can ask `GET /user`; an installation token (the Actions `GITHUB_TOKEN`, a
 * GitHub App token) is refused with 403, and its comments are authored by the app's bot account.
 */

/** The author of comments made with the Actions `GITHUB_TOKEN`. */
const ACTIONS_BOT_LOGIN = 'github-actions[bot]';
/** The token's own identity: the explicit bot login, else `GET /user`, else (403) `github-actions[bot]`. */
async function resolveIdentity(client, options = {}) {
    if (options.botLogin)
        return { login: options.botLogin, kind: 'bot' };
    try {
        const { data } = await client.rest.users.getAuthenticated();
        return { login: data.login, kind: data.type === 'Bot' ? 'bot' : 'user' };
    }
    catch (error) {
        const status = statusOf(error);
        // "Resource not accessible by integration": an installation token, whose comments the Actions bot writes.
        if (status === 403)
            return { login: ACTIONS_BOT_LOGIN, kind: 'bot' };
        if (status === 401) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('GitHub refused the token (401 Bad credentials)', {
                hint: 'pass a valid token in the `token` input (the default `${{ github.token }}` works)',
            });
        }
        throw error;
    }
}
/** True when `login` is this identity (GitHub logins are case-insensitive). */
function isSelf(identity, login) {
    return login !== undefined && login.toLowerCase() === identity.login.toLowerCase();
}
/** The HTTP status of an Octokit RequestError, if it is one. */
function statusOf(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
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

/***/ 4732:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  monitorCommands: () => (/* binding */ monitorCommands)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/adapters/github/identity.ts
var github_identity = __webpack_require__(5082);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/core/drift/select.ts
var drift_select = __webpack_require__(4239);
// EXTERNAL MODULE: ./src/core/data/profile.ts
var profile = __webpack_require__(3981);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/core/report/marker.ts
/** The hidden marker that names a sticky comment: one per workflow and purpose. */
/** `<!-- mlops:{workflow}:{purpose} -->`, with both parts reduced to characters that cannot end the comment. */
function commentMarker(workflow, purpose) {
    return `<!-- mlops:${markerPart(workflow)}:${markerPart(purpose)} -->`;
}
function markerPart(text) {
    // `--` and `>` could close the HTML comment early; `:` separates the parts.
    const part = text
        .trim()
        .replace(/[^A-Za-z0-9 ._/()[\]+-]/g, '_')
        .replace(/-{2,}/g, '-');
    return part || '_';
}
/** True when one line of `body` is exactly `marker` (a marker quoted inside a sentence does not count). */
function hasMarker(body, marker) {
    return body.split(/\r?\n/).some((line) => line.trim() === marker);
}

// EXTERNAL MODULE: ./src/core/report/markdown.ts + 3 modules
var markdown = __webpack_require__(3331);
;// CONCATENATED MODULE: ./src/core/monitor/alert.ts
/**
 * The alert issue of one model and stage, as text: a head (status, runbook, rollback command), the
 * retraining dispatches recorded so far (hidden lines, the cool-down's memory), and one dated section
 * per monitoring run that found a problem. Parsing and rendering are inverse, so every run rebuilds
 * the body from the issue itself and a rerun of the same run changes nothing.
 */


/** The hidden marker of the alert issue of `model` in `stage`. */
function alertMarker(model, stage) {
    return commentMarker('alert', `${model}/${stage}`);
}
/** The issue title. */
function alertTitle(model, stage) {
    return `Monitoring alert: ${model} in ${stage}`;
}
/** The exact command that puts the stage back to its previous version (SPEC \u00a78). */
function rollbackCommand(model, stage) {
    return `mlops deploy rollback ${model} ${stage}`;
}
/** Severity labels, as GitHub issue labels (one at a time on the issue). */
const SEVERITY_LABELS = { critical: 'severity:critical', warning: 'severity:warning' };
const DISPATCH = /^<!-- mlops:dispatch (\{.*\}) -->$/;
const SECTION = /^<!-- mlops:run (\S+) -->$/;
/** How many keys the body remembers (each new data version is a key of its own). */
const MAX_DISPATCH_KEYS = 200;
/**
 * The records worth keeping: the latest per key (cool-down, rerun and "this data version already
 * fired" all look at the newest record of a key), for the newest MAX_DISPATCH_KEYS keys. Without
 * this, a monitor on an hourly schedule grows the issue body by a record per dispatch until GitHub
 * refuses the update.
 */
function pruneDispatches(records) {
    const latest = new Map();
    for (const r of records) {
        const known = latest.get(r.key);
        if (!known || Date.parse(r.at) >= Date.parse(known.at))
            latest.set(r.key, r);
    }
    return [...latest.values()].sort((a, b) => Date.parse(a.at) - Date.parse(b.at)).slice(-MAX_DISPATCH_KEYS);
}
/** Reads the dispatch records and sections back from an issue body written by renderAlertBody. */
function parseAlertBody(body) {
    const dispatches = [];
    const sections = [];
    let current;
    const close = () => current && sections.push({ run: current.run, text: current.lines.join('\n').trim() });
    for (const line of body.replace(/\r\n?/g, '\n').split('\n')) {
        const d = DISPATCH.exec(line.trim());
        if (d) {
            const record = parseRecord(d[1]);
            if (record)
                dispatches.push(record);
            continue;
        }
        const s = SECTION.exec(line.trim());
        if (s) {
            close();
            current = { run: s[1], lines: [] };
            continue;
        }
        current?.lines.push(line);
    }
    close();
    return { dispatches, sections };
}
function parseRecord(text) {
    try {
        const v = JSON.parse(text);
        if (typeof v.cause === 'string' && typeof v.at === 'string' && !Number.isNaN(Date.parse(v.at))) {
            return { cause: v.cause, key: typeof v.key === 'string' ? v.key : v.cause, at: v.at, run: typeof v.run === 'string' ? v.run : '' };
        }
    }
    catch {
        // A hand-edited line that is not JSON is not a record.
    }
    return undefined;
}
/** The body: marker, head, hidden dispatch records, then the sections (oldest dropped to fit GitHub's limit). */
function renderAlertBody(marker, body, limit = markdown/* COMMENT_MAX_CHARS */.dq - 1000) {
    const head = [
        marker,
        body.status,
        '',
        body.runbook ? `**Runbook:** ${body.runbook}` : '**Runbook:** none configured (set `monitoring.alert.runbook` in .github/mlops.yml)',
        '',
        `**Rollback:** \`${body.rollback}\``,
        '',
        'Each monitoring run that finds a problem adds a dated section below, newest last. This issue is written by the monitoring workflow; it closes itself when the model is healthy again.',
        '',
        ...body.dispatches.map((d) => `<!-- mlops:dispatch ${JSON.stringify(d)} -->`),
    ].join('\n');
    let sections = body.sections;
    const render = (list, dropped) => [head, ...(dropped ? [`\n_${dropped} older section(s) removed to stay within GitHub's size limit._`] : []), ...list.map((s) => `\n<!-- mlops:run ${s.run} -->\n${s.text}`)].join('\n') + '\n';
    let dropped = 0;
    let text = render(sections, 0);
    while (text.length > limit && sections.length > 1) {
        sections = sections.slice(1);
        dropped++;
        text = render(sections, dropped);
    }
    return text;
}
/** The sections with this run's section added, or the same list when the run already wrote one (a rerun). */
function withSection(sections, section) {
    return sections.some((s) => s.run === section.run) ? [...sections] : [...sections, section];
}

// EXTERNAL MODULE: ./src/core/drift/column.ts + 2 modules
var column = __webpack_require__(8074);
// EXTERNAL MODULE: ./src/core/drift/report.ts
var report = __webpack_require__(8669);
// EXTERNAL MODULE: ./src/core/evaluate/summary.ts
var summary = __webpack_require__(5339);
// EXTERNAL MODULE: ./src/core/experiments/compare.ts
var compare = __webpack_require__(5027);
;// CONCATENATED MODULE: ./src/core/monitor/evaluate.ts
/**
 * Judges one monitoring run: every measured fact against the policy, as findings. A finding of
 * severity warning or error is a breach (it opens or keeps the alert issue); notices only inform.
 */




/** Evidently-style defaults where the config is silent: a drop of 0.05 in a metric is a degradation. */
const DEFAULT_DEGRADATION = 0.05;
const fmt = (x) => (Number.isInteger(x) ? String(x) : x.toFixed(4));
/** Every finding of the run, input problems first. */
function monitorFindings(facts, policy) {
    return [
        ...facts.input,
        ...driftChecks(facts, policy),
        ...(facts.performance ? performanceChecks(facts.performance, policy) : []),
        ...(facts.quality ?? []).map((f) => ({ ...f, rule: f.rule.startsWith('monitor/') ? f.rule : `monitor/quality/${f.rule}` })),
        ...missingChecks(facts, policy),
        ...(facts.business ? boundChecks(facts.business, policy.business, 'monitor/business', 'monitoring.thresholds.business') : []),
        ...(facts.system ? systemChecks(facts.system, policy) : []),
    ];
}
function driftChecks(facts, policy) {
    if (!facts.drift)
        return [];
    const { features, prediction, reference } = facts.drift;
    // The alerting share may differ from the drift section's (monitoring.thresholds.drift_share).
    const judged = (0,column/* datasetDrift */.Eg)(features.columns, policy.driftShare);
    const out = (0,report/* driftFindings */.M)(judged, facts.batch.file).map((f) => f.rule === 'drift/dataset'
        ? { ...f, rule: 'monitor/drift', severity: 'warning', message: `${f.message} against ${reference}` }
        : { ...f, rule: 'monitor/drift-column', severity: 'notice' });
    if (prediction?.drifted) {
        out.push({
            rule: 'monitor/prediction-drift',
            severity: 'warning',
            message: `predictions drifted: ${prediction.testLabel} ${fmt(prediction.score)} (threshold ${prediction.threshold}) on '${prediction.column}'`,
            file: facts.batch.file,
            hint: 'The model sees different inputs or behaves differently; compare with the reference and consider retraining.',
        });
    }
    return out;
}
/** Degradation against the recorded evaluation, and bounds from `monitoring.thresholds.metrics`. */
function performanceChecks(perf, policy) {
    const out = (0,summary/* thresholdFindings */.i)(perf.metrics, policy.metrics, perf.source).map((f) => ({
        ...f,
        rule: 'monitor/metric',
        hint: 'Investigate the model in production (see the runbook), or change the bound in .github/mlops.yml (monitoring.thresholds.metrics).',
    }));
    for (const [name, recorded] of Object.entries(perf.recorded ?? {})) {
        const current = perf.metrics[name];
        if (current === undefined)
            continue;
        const direction = (0,compare/* directionOf */.FR)(name, policy.directions);
        if (!direction)
            continue;
        const drop = direction === 'higher' ? recorded - current : current - recorded;
        const tolerance = policy.tolerance.perMetric[name] ?? policy.tolerance.default;
        if (drop <= tolerance + 1e-12)
            continue;
        out.push({
            rule: 'monitor/degradation',
            severity: 'error',
            message: `${name} is ${fmt(current)} on ${perf.rows} labelled rows, ${fmt(drop)} worse than the recorded ${fmt(recorded)} (tolerance ${tolerance})`,
            file: perf.source,
            hint: 'Roll back (see the command in the alert) or retrain on recent data; the tolerance is monitoring.thresholds.degradation or evaluation.metrics.<name>.tolerance.',
        });
    }
    return out;
}
function missingChecks(facts, policy) {
    const limit = policy.missingShare;
    if (limit === undefined || !facts.missing)
        return [];
    return Object.entries(facts.missing)
        .filter(([, share]) => share > limit)
        .map(([column, share]) => ({
        rule: 'monitor/missing',
        severity: 'warning',
        message: `column '${column}' is ${(100 * share).toFixed(1)}% missing (limit ${(100 * limit).toFixed(1)}%)`,
        file: facts.batch.file,
        hint: 'Check the upstream feature pipeline; the limit is monitoring.thresholds.missing_share.',
    }));
}
function boundChecks(metrics, bounds, rule, key) {
    const out = [];
    for (const [name, b] of Object.entries(bounds)) {
        const value = metrics.values[name];
        if (value === undefined) {
            out.push({ rule: `${rule}-missing`, severity: 'notice', message: `${name} is not in ${metrics.file}`, file: metrics.file, hint: `${key}.${name} has a bound but the file has no value for it.` });
            continue;
        }
        const low = b.min !== undefined && value < b.min;
        const high = b.max !== undefined && value > b.max;
        if (!low && !high)
            continue;
        out.push({
            rule,
            severity: 'error',
            message: `${name} is ${fmt(value)}, ${low ? `below the minimum ${b.min}` : `above the maximum ${b.max}`}`,
            file: metrics.file,
            hint: `Follow the runbook; the bound is ${key}.${name}.`,
        });
    }
    return out;
}
/** Latency and error rate against the stage's health thresholds (the same ones a deployment checks). */
function systemChecks(system, policy) {
    const bounds = {};
    if (policy.system.latency_p95_ms !== undefined)
        bounds.latency_p95_ms = { max: policy.system.latency_p95_ms };
    if (policy.system.error_rate !== undefined)
        bounds.error_rate = { max: policy.system.error_rate };
    return boundChecks({ ...system, values: system.values }, bounds, 'monitor/system', 'deploy.<stage>.health').filter((f) => f.severity !== 'notice');
}
/** The kind of a finding's breach, or undefined for notices (they never alert). */
function breachKind(finding) {
    if (finding.severity === 'notice')
        return undefined;
    const r = finding.rule;
    if (r === 'monitor/drift' || r === 'monitor/prediction-drift')
        return 'drift';
    if (r === 'monitor/degradation' || r === 'monitor/metric')
        return 'degradation';
    if (r.startsWith('monitor/business'))
        return 'business';
    if (r.startsWith('monitor/system'))
        return 'system';
    if (r.startsWith('monitor/quality') || r === 'monitor/missing')
        return 'quality';
    return 'input';
}
/** The breaches among the findings (warnings and errors). */
function breaches(findings) {
    return findings.filter((f) => breachKind(f) !== undefined);
}
/** The alert's severity: `critical` when any breach is an error, `warning` otherwise, undefined when healthy. */
function alertSeverity(findings) {
    const b = breaches(findings);
    if (!b.length)
        return undefined;
    return b.some((f) => f.severity === 'error') ? 'critical' : 'warning';
}

;// CONCATENATED MODULE: ./src/core/monitor/metrics-file.ts
/**
 * Business and system metrics files: JSON (`{"conversion": 0.031}`, nested objects flattened with dots)
 * or CSV, either `metric,value` rows or one header of metric names with the values on the last row
 * (the newest, for an appended log). Anything that is not a finite number is a UserError on its line.
 */

/** Parses a metrics file's text into named numbers. */
function parseMetricsFile(text, file) {
    const body = text.replace(/^\uFEFF/, '').trim();
    if (!body)
        throw new errors/* UserError */.yo(`${file} is empty`, { file, line: 1, hint: 'Write a JSON object of metric names to numbers, or a CSV with `metric,value` rows.' });
    if (body.startsWith('{'))
        return fromJson(body, file);
    return fromCsv(body, file);
}
function fromJson(text, file) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* UserError */.yo(`${file} is not valid JSON: ${error.message}`, { file, hint: 'Write an object such as {"conversion_rate": 0.031}.' });
    }
    const out = {};
    const walk = (v, prefix) => {
        if (typeof v === 'number' && Number.isFinite(v))
            out[prefix] = v;
        else if (v && typeof v === 'object' && !Array.isArray(v))
            for (const [k, x] of Object.entries(v))
                walk(x, prefix ? `${prefix}.${k}` : k);
    };
    walk(value, '');
    return out;
}
function fromCsv(text, file) {
    const lines = text.split(/\r?\n/).map((l) => l.split(',').map((c) => c.trim().replace(/^"(.*)"$/, '$1')));
    const header = lines[0];
    const number = (cell, line) => {
        const x = Number(cell);
        if (cell === undefined || cell === '' || !Number.isFinite(x))
            throw new errors/* UserError */.yo(`${file}:${line}: '${cell ?? ''}' is not a number`, { file, line, hint: 'Metric values must be plain numbers (0.031, 120).' });
        return x;
    };
    const out = {};
    if (header.length === 2 && /^(metric|name)$/i.test(header[0]) && /^value$/i.test(header[1])) {
        lines.slice(1).forEach((cells, i) => {
            if (cells.length === 1 && cells[0] === '')
                return;
            out[cells[0]] = number(cells[1], i + 2);
        });
        return out;
    }
    if (lines.length < 2)
        throw new errors/* UserError */.yo(`${file} has a header but no values`, { file, line: 1, hint: 'Add a row of values under the metric names.' });
    const last = lines.length;
    header.forEach((name, i) => (out[name] = number(lines[last - 1][i], last)));
    return out;
}

;// CONCATENATED MODULE: ./src/core/monitor/policy.ts

/**
 * Thresholds for a stage: drift share from `monitoring.thresholds.drift_share` (else the drift
 * section's), metric bounds and tolerances, business bounds, and the stage's health thresholds
 * for latency and error rate (the same numbers a deployment's health check uses).
 */
function monitorPolicy(config, stage) {
    const t = config.monitoring.thresholds;
    const perMetric = {};
    for (const [name, m] of Object.entries(config.evaluation.metrics))
        if (m.tolerance !== undefined)
            perMetric[name] = m.tolerance;
    const health = config.deploy[stage]?.health;
    return {
        driftShare: t.drift_share ?? config.drift.dataset_drift_share,
        missingShare: t.missing_share,
        metrics: t.metrics,
        tolerance: { default: t.degradation ?? DEFAULT_DEGRADATION, perMetric },
        directions: config.evaluation.metrics,
        business: t.business ?? {},
        system: { latency_p95_ms: health?.latency_p95_ms, error_rate: health?.error_rate },
    };
}

;// CONCATENATED MODULE: ./src/core/monitor/report.ts
/** The monitoring report of one model and stage (every channel), and the retraining causes it shows. */


const report_fmt = (x) => (x === undefined ? '\u2013' : Number.isInteger(x) ? String(x) : x.toFixed(4));
/** Drift and degradation causes for retraining, with the evidence a retraining job can use. */
function retrainCandidates(facts, findings) {
    const kinds = new Set(findings.map(breachKind));
    const out = [];
    const drift = facts.drift;
    if (kinds.has('drift') && drift) {
        out.push({
            cause: 'drift',
            key: 'drift',
            evidence: {
                reference: drift.reference,
                batch: facts.batch.file,
                drifted_columns: drift.features.columns.filter((c) => c.drifted).map((c) => c.column),
                share: Number(drift.features.share.toFixed(4)),
                prediction_drift: drift.prediction?.drifted ?? false,
            },
        });
    }
    if (kinds.has('degradation') && facts.performance) {
        const p = facts.performance;
        const metrics = Object.keys(p.metrics)
            .filter((m) => p.recorded?.[m] !== undefined)
            .map((m) => ({ metric: m, recorded: p.recorded[m], current: Number(p.metrics[m].toFixed(6)) }));
        out.push({ cause: 'degradation', key: 'degradation', evidence: { source: p.source, rows: p.rows, metrics } });
    }
    return out;
}
/** The report: checks overview, drift table and chart, performance, business and system metrics, retraining. */
function monitorReport(facts, findings, retraining) {
    const { model, stage, version } = facts.target;
    const severity = alertSeverity(findings);
    const blocks = [
        { kind: 'markdown', text: `Batch \`${facts.batch.file}\` (${facts.batch.rows} rows) for **${model}** ${version ?? '(version unknown)'} in **${stage}**.` },
        { kind: 'table', table: overview(facts, findings) },
    ];
    if (facts.drift) {
        const d = (0,report/* driftReport */.C)(facts.drift.features, facts.drift.reference, facts.batch.file);
        blocks.push({ kind: 'details', summary: `Feature drift: ${facts.drift.features.driftedColumns} of ${facts.drift.features.columns.length} columns${facts.drift.fromProfile ? ' (from the reference profile)' : ''}`, blocks: d.blocks });
    }
    if (facts.performance)
        blocks.push({ kind: 'heading', text: 'Performance on ground truth', level: 3 }, { kind: 'table', table: performanceTable(facts) });
    for (const [title, m] of [['Business metrics', facts.business], ['System metrics', facts.system]]) {
        if (m)
            blocks.push({ kind: 'heading', text: title, level: 3 }, { kind: 'table', table: { headers: ['metric', 'value'], align: ['left', 'right'], rows: Object.entries(m.values).map(([k, v]) => [k, report_fmt(v)]) } });
    }
    if (retraining && (retraining.fire.length || retraining.held.length)) {
        const rows = [...retraining.fire.map((c) => [c.cause, 'dispatched']), ...retraining.held.map((h) => [h.candidate.cause, `held: ${h.why}`])];
        blocks.push({ kind: 'heading', text: 'Retraining', level: 3 }, { kind: 'table', table: { headers: ['cause', 'outcome'], rows } });
    }
    return {
        purpose: `monitor-${model}-${stage}`,
        title: `Monitoring: ${model} in ${stage}`,
        summary: severity ? `${severity === 'critical' ? 'Critical' : 'Warning'}: ${[...new Set(findings.map(breachKind).filter(Boolean))].join(', ')}` : 'Healthy',
        findings,
        blocks,
    };
}
function overview(facts, findings) {
    const status = (kind, measured) => {
        if (!measured)
            return 'not measured';
        const hit = findings.filter((f) => breachKind(f) === kind);
        if (!hit.length)
            return 'ok';
        return hit.some((f) => f.severity === 'error') ? 'breach (error)' : 'breach (warning)';
    };
    return {
        headers: ['check', 'status'],
        rows: [
            ['input', status('input', true)],
            ['drift', status('drift', !!facts.drift)],
            ['performance', status('degradation', !!facts.performance)],
            ['data quality', status('quality', !!facts.quality || findings.some((f) => breachKind(f) === 'quality'))],
            ['business metrics', status('business', !!facts.business)],
            ['system metrics', status('system', !!facts.system)],
        ],
    };
}
function performanceTable(facts) {
    const p = facts.performance;
    return {
        headers: ['metric', 'recorded', 'current', 'change'],
        align: ['left', 'right', 'right', 'right'],
        rows: Object.entries(p.metrics).map(([name, value]) => {
            const rec = p.recorded?.[name];
            return [name, report_fmt(rec), report_fmt(value), rec === undefined ? '\u2013' : `${value - rec >= 0 ? '+' : ''}${(value - rec).toFixed(4)}`];
        }),
    };
}

;// CONCATENATED MODULE: ./src/core/monitor/retrain.ts
/** Decides which candidates fire. */
function planRetraining(candidates, settings, records) {
    const plan = { fire: [], held: [] };
    const cooldownMs = settings.cooldownHours * 3600 * 1000;
    for (const candidate of candidates) {
        if (!settings.triggers.includes(candidate.cause)) {
            plan.held.push({ candidate, why: `the '${candidate.cause}' trigger is not in retraining.triggers` });
            continue;
        }
        const same = records.filter((r) => r.key === candidate.key);
        const rerun = same.find((r) => r.run === settings.run);
        const last = same.map((r) => Date.parse(r.at)).sort((a, b) => b - a)[0];
        if (rerun)
            plan.held.push({ candidate, why: `already fired by this run at ${rerun.at}` });
        else if (candidate.cause === 'new_data' && same.length)
            plan.held.push({ candidate, why: `already fired for this data version at ${same[0].at}` });
        else if (last !== undefined && settings.now.getTime() - last < cooldownMs) {
            const until = new Date(last + cooldownMs).toISOString();
            plan.held.push({ candidate, why: `cool-down: last fired ${new Date(last).toISOString()}, next possible after ${until}` });
        }
        else
            plan.fire.push(candidate);
    }
    return plan;
}
/** The `repository_dispatch` client payload: model, stage, reason, evidence (GitHub allows 10 top-level keys). */
function dispatchPayload(model, stage, candidate, version) {
    return { model, stage, version: version ?? null, reason: candidate.cause, evidence: candidate.evidence };
}
/**
 * The schedule trigger fires on scheduled runs whose cron is `retraining.schedule` (GitHub puts the
 * cron in the `schedule` event's payload); without a configured schedule, every scheduled run may fire.
 */
function scheduleDue(eventName, payloadCron, configured) {
    if (eventName !== 'schedule')
        return false;
    if (!configured)
        return true;
    return typeof payloadCron === 'string' && payloadCron.trim() === configured.trim();
}

// EXTERNAL MODULE: ./src/adapters/duckdb/engine.ts + 1 modules
var duckdb_engine = __webpack_require__(67);
// EXTERNAL MODULE: ./src/adapters/git.ts + 1 modules
var adapters_git = __webpack_require__(3073);
// EXTERNAL MODULE: ./src/adapters/registry/tags.ts
var tags = __webpack_require__(5445);
;// CONCATENATED MODULE: ./src/adapters/monitor/alerts.ts
/**
 * The alert issue of a model and stage on GitHub: found by its hidden marker among issues written by
 * our own identity (a look-alike by anyone else is ignored), opened on the first breach, given a new
 * dated section on later runs, reopened on a new breach, closed with a note when healthy again.
 * Everything it remembers (sections, fired dispatches) lives in the issue body itself.
 */



/** The label that finds alert issues when `monitoring.alert.labels` is empty. */
const ALERT_LABEL = 'mlops-alert';
/** Our alert issue (open or closed, the newest when a race made two), or undefined. */
async function findAlertIssue(client, repo, identity, marker, label) {
    // Our label narrows the listing; the marker and the author decide (labels can be edited by anyone).
    const issues = await client.paginate(client.rest.issues.listForRepo, { ...repo, state: 'all', labels: label, per_page: 100 });
    const ours = issues
        .filter((i) => !i.pull_request && (0,github_identity/* isSelf */.fy)(identity, i.user?.login) && hasMarker(i.body ?? '', marker))
        .sort((a, b) => b.number - a.number)[0];
    if (!ours)
        return undefined;
    const labels = ours.labels.map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter(Boolean);
    return { number: ours.number, state: ours.state, body: ours.body ?? '', labels, url: ours.html_url };
}
/** Brings the issue in line with this run; returns what was done. */
async function syncAlert(o) {
    // The first label finds the issue again, so an issue always carries one (the default when none is configured).
    const own = o.labels.length ? o.labels : [ALERT_LABEL];
    const issue = await findAlertIssue(o.client, o.repo, o.identity, o.marker, own[0]);
    const parsed = issue ? parseAlertBody(issue.body) : { dispatches: [], sections: [] };
    const records = pruneDispatches([...parsed.dispatches, ...o.fired]);
    const params = { ...o.repo };
    if (o.severity) {
        const sections = withSection(parsed.sections, { run: o.run, text: o.text });
        const last = sections[sections.length - 1];
        const status = `**Status:** ${o.severity === 'critical' ? '\ud83d\udd34 critical' : '\ud83d\udfe0 warning'}, latest breach in run ${last.run} (the last section below).`;
        const body = renderAlertBody(o.marker, { ...o.head, status, dispatches: records, sections });
        const labels = [...new Set([...(issue?.labels ?? []).filter((l) => !Object.values(SEVERITY_LABELS).includes(l)), ...own, SEVERITY_LABELS[o.severity]])];
        if (!issue) {
            const { data } = await o.client.rest.issues.create({ ...params, title: alertTitle(o.model, o.stage), body, labels, assignees: o.assignees });
            return { action: 'opened', number: data.number, url: data.html_url, records };
        }
        const reopen = issue.state === 'closed';
        if (!reopen && same(issue.body, body) && sameSet(issue.labels, labels))
            return { action: 'unchanged', number: issue.number, url: issue.url, records };
        await o.client.rest.issues.update({ ...params, issue_number: issue.number, body, labels, ...(reopen ? { state: 'open' } : {}) });
        return { action: reopen ? 'reopened' : 'updated', number: issue.number, url: issue.url, records };
    }
    if (issue?.state === 'open') {
        const body = renderAlertBody(o.marker, { ...o.head, status: `**Status:** \ud83d\udfe2 healthy again in run ${o.run}; closed.`, dispatches: records, sections: parsed.sections });
        await o.client.rest.issues.createComment({ ...params, issue_number: issue.number, body: o.text });
        await o.client.rest.issues.update({ ...params, issue_number: issue.number, body, state: 'closed', state_reason: 'completed' });
        return { action: 'closed', number: issue.number, url: issue.url, records };
    }
    if (!o.fired.length)
        return { action: 'none', number: issue?.number, url: issue?.url, records };
    // A dispatch without a breach (schedule, new data) is still recorded, so its cool-down holds.
    const body = renderAlertBody(o.marker, { ...o.head, status: '**Status:** \ud83d\udfe2 healthy; this issue records retraining dispatches.', dispatches: records, sections: parsed.sections });
    if (issue) {
        await o.client.rest.issues.update({ ...params, issue_number: issue.number, body });
        return { action: 'recorded', number: issue.number, url: issue.url, records };
    }
    const { data } = await o.client.rest.issues.create({ ...params, title: alertTitle(o.model, o.stage), body, labels: own });
    await o.client.rest.issues.update({ ...params, issue_number: data.number, state: 'closed', state_reason: 'completed' });
    return { action: 'recorded', number: data.number, url: data.html_url, records };
}
/** The dispatches recorded in the alert issue (the cool-down state), read before deciding. */
async function recordedDispatches(client, repo, identity, marker, label) {
    const issue = await findAlertIssue(client, repo, identity, marker, label);
    return issue ? parseAlertBody(issue.body).dispatches : [];
}
const same = (a, b) => a.replace(/\r\n/g, '\n').trimEnd() === b.replace(/\r\n/g, '\n').trimEnd();
const sameSet = (a, b) => a.length === b.length && a.every((x) => b.includes(x));

;// CONCATENATED MODULE: ./src/adapters/monitor/inputs.ts
/** Monitoring inputs as local files: repository paths as they are, http(s) URLs downloaded once into a temp folder. */



/** The local file for a path or URL; a URL's query string (often a token) is never shown. */
async function localInput(root, value, tempDir, fetcher = fetch) {
    if (!/^https?:\/\//i.test(value))
        return { path: external_node_path_default().resolve(root, value), display: value.replaceAll('\\', '/') };
    const url = new URL(value);
    const display = `${url.origin}${url.pathname}`;
    let response;
    try {
        response = await fetcher(value, { signal: AbortSignal.timeout(120_000) });
    }
    catch (error) {
        throw new errors/* UserError */.yo(`cannot download ${display}: ${error.message}`, { hint: 'check the URL and that the runner can reach it' });
    }
    if (!response.ok)
        throw new errors/* UserError */.yo(`cannot download ${display}: HTTP ${response.status}`, { hint: 'check the URL (and its credentials)' });
    await (0,promises_.mkdir)(tempDir, { recursive: true });
    const name = external_node_path_default().basename(url.pathname) || 'download';
    const file = external_node_path_default().join(tempDir, `${Date.now().toString(36)}-${name.replace(/[^A-Za-z0-9._-]/g, '_')}`);
    await (0,promises_.writeFile)(file, Buffer.from(await response.arrayBuffer()));
    return { path: file, display };
}

// EXTERNAL MODULE: ./src/adapters/duckdb/drift.ts
var drift = __webpack_require__(7329);
// EXTERNAL MODULE: ./src/adapters/duckdb/metrics.ts + 2 modules
var metrics = __webpack_require__(8063);
// EXTERNAL MODULE: ./src/adapters/duckdb/source.ts
var source = __webpack_require__(4813);
// EXTERNAL MODULE: ./src/core/data/sql.ts
var sql = __webpack_require__(4820);
// EXTERNAL MODULE: ./src/core/cards/datafiles.ts
var datafiles = __webpack_require__(2448);
;// CONCATENATED MODULE: ./src/core/monitor/signature.ts
/**
 * A batch against the model's signature (the model card's `signature`): every input column present,
 * the prediction column present, and types that fit (numbers where numbers are declared). Column types
 * are DuckDB's as read from the file.
 */

/** The card's `signature` value as a Signature, or undefined when it is absent or not a mapping. */
function readSignature(value) {
    if (!value || typeof value !== 'object' || Array.isArray(value))
        return undefined;
    const side = (list) => (Array.isArray(list) ? list : []).flatMap((f) => {
        const o = f;
        return o && typeof o.name === 'string' ? [{ name: o.name, type: typeof o.type === 'string' ? o.type : undefined }] : [];
    });
    const v = value;
    return { inputs: side(v.inputs), outputs: side(v.outputs) };
}
const DUCK_INTEGER = /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT)$/;
const DUCK_NUMBER = /^(FLOAT|DOUBLE|DECIMAL.*)$/;
/** The canonical type a DuckDB column type stands for. */
function columnKind(duckType) {
    if (DUCK_INTEGER.test(duckType))
        return 'integer';
    if (DUCK_NUMBER.test(duckType))
        return 'number';
    if (duckType === 'BOOLEAN')
        return 'boolean';
    if (duckType === 'DATE')
        return 'date';
    if (duckType.startsWith('TIMESTAMP'))
        return 'datetime';
    return 'string';
}
/** True when a column of `actual` (canonical) can hold values of the declared type. */
function fits(declared, actual) {
    if (declared === 'number')
        return actual === 'number' || actual === 'integer';
    if (declared === 'integer')
        return actual === 'integer';
    if (declared === 'boolean')
        return actual === 'boolean' || actual === 'integer';
    return true;
}
/** Findings for the batch's columns against the signature; `prediction` is the output column to expect. */
function signatureFindings(signature, columns, file, prediction) {
    const byName = new Map(columns.map((c) => [c.name, c]));
    const out = [];
    const expected = [...signature.inputs, ...signature.outputs.filter((o) => o.name === prediction)];
    for (const field of expected) {
        const column = byName.get(field.name);
        const role = signature.inputs.includes(field) ? 'input' : 'output';
        if (!column) {
            out.push({
                rule: 'monitor/missing-column',
                severity: 'error',
                message: `the model's ${role} '${field.name}' is not a column of the batch`,
                file,
                line: 1,
                hint: `The signature in the model card lists it; the batch has: ${columns.map((c) => c.name).slice(0, 20).join(', ')}.`,
            });
            continue;
        }
        const declared = field.type ? (0,datafiles/* canonicalType */.jD)(field.type) : undefined;
        const actual = columnKind(column.type);
        if (declared && !fits(declared, actual)) {
            out.push({
                rule: 'monitor/signature-type',
                severity: 'error',
                message: `column '${field.name}' holds ${actual} values but the model's signature declares ${field.type}`,
                file,
                line: 1,
                hint: 'The batch does not follow the model signature: check the producer, or that the model card describes the deployed model.',
            });
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/adapters/monitor/measure.ts







/** Everything measurable about the batch; see the module comment. */
async function measureBatch(engine, o) {
    const file = o.batch.display;
    const facts = { batch: { file, rows: 0 }, input: [] };
    const batch = await measure_open(engine, o.batch, 'batch', facts.input);
    if (!batch)
        return facts;
    facts.batch.rows = await count(engine, batch);
    if (facts.batch.rows === 0) {
        facts.input.push({ rule: 'monitor/empty-batch', severity: 'error', message: `${file} has a header but no rows`, file, line: 1, hint: 'Check the export that writes production batches; nothing was monitored.' });
        return facts;
    }
    if (o.signature)
        facts.input.push(...signatureFindings(o.signature, batch.columns, file, o.predictionColumn));
    facts.missing = await missingShares(engine, batch);
    if (o.reference)
        facts.drift = await measure_drift(engine, o, batch, facts.input);
    facts.performance = await performance(engine, o, batch, facts.input);
    if (o.contract) {
        const { checkDataFiles } = await Promise.all(/* import() */[__webpack_require__.e(183), __webpack_require__.e(450)]).then(__webpack_require__.bind(__webpack_require__, 5183));
        facts.quality = (await checkDataFiles(engine, o.root, o.contract, [o.batch.path])).findings.map((f) => ({ ...f, message: f.message.replace(o.batch.path, file) }));
    }
    return facts;
}
async function measure_open(engine, f, view, input) {
    try {
        return await (0,source/* openSource */.oD)(engine, f.path, view, { typed: true, displayPath: f.display });
    }
    catch (error) {
        if (!(0,errors/* isUserError */.iU)(error))
            throw error;
        const empty = /is empty/.test(error.message);
        input.push({ rule: empty ? 'monitor/empty-batch' : 'monitor/unreadable', severity: 'error', message: error.message, file: f.display, line: error.line, hint: error.hint });
        return undefined;
    }
}
async function count(engine, source) {
    return Number((await engine.all(`SELECT count(*) AS n FROM ${(0,sql/* quoteIdent */.v)(source.view)}`))[0]?.n ?? 0);
}
async function missingShares(engine, source) {
    if (!source.columns.length)
        return {};
    const parts = source.columns.map((c, i) => `1 - count(${(0,sql/* quoteIdent */.v)(c.name)}) / count(*) AS m${i}`);
    const row = (await engine.all(`SELECT ${parts.join(', ')} FROM ${(0,sql/* quoteIdent */.v)(source.view)}`))[0] ?? {};
    return Object.fromEntries(source.columns.map((c, i) => [c.name, Number(row[`m${i}`] ?? 0)]));
}
/** Feature drift over the input columns, and prediction drift against the reference's prediction or target. */
async function measure_drift(engine, o, batch, input) {
    const ref = o.reference;
    const skip = [o.idColumn, o.labelColumn, o.predictionColumn, ...(o.scoreColumn ? [o.scoreColumn] : [])];
    const columns = { ...o.drift.columns };
    for (const name of skip)
        columns[name] = { ...columns[name], ignore: true };
    const options = { ...o.drift, columns };
    const refColumns = ref.kind === 'profile' ? ref.profile.columns.map((c) => c.name) : undefined;
    let features;
    let prediction;
    if (ref.kind === 'profile') {
        features = await (0,drift/* runDriftAgainstProfile */.Nw)(engine, ref.profile, batch, options);
        const target = ref.profile.columns.find((c) => c.name === o.predictionColumn) ?? ref.profile.columns.find((c) => c.name === o.labelColumn);
        if (target && batch.columns.some((c) => c.name === o.predictionColumn)) {
            // The reference's prediction (or target) column profiled under the prediction's name.
            const only = { ...o.drift, columns: { [o.predictionColumn]: { ...o.drift.columns?.[o.predictionColumn] } } };
            const column = (await (0,drift/* runDriftAgainstProfile */.Nw)(engine, { ...ref.profile, columns: [{ ...target, name: o.predictionColumn }] }, batch, only)).columns[0];
            prediction = column && target.name !== o.predictionColumn ? { ...column, column: `${o.predictionColumn} (vs ${target.name})` } : column;
        }
    }
    else {
        const reference = await measure_open(engine, ref, 'reference', input);
        if (!reference)
            return undefined;
        features = await (0,drift/* runDrift */.le)(engine, reference, batch, options);
        prediction = await predictionDrift(engine, o, reference, batch);
        input.push(...missingFromReference(reference.columns.map((c) => c.name), batch, skip, o));
    }
    if (refColumns)
        input.push(...missingFromReference(refColumns, batch, skip, o));
    return { reference: ref.display, fromProfile: ref.kind === 'profile', features: (0,column/* datasetDrift */.Eg)(features.columns, features.driftShare), prediction };
}
/** Reference columns the batch lacks (when no signature names the inputs, the reference does). */
function missingFromReference(reference, batch, skip, o) {
    if (o.signature)
        return [];
    const have = new Set(batch.columns.map((c) => c.name));
    return reference
        .filter((name) => !skip.includes(name) && !have.has(name) && !o.drift.columns?.[name]?.ignore)
        .map((name) => ({
        rule: 'monitor/missing-column',
        severity: 'error',
        message: `column '${name}' of the reference ${o.reference.display} is not in the batch`,
        file: o.batch.display,
        line: 1,
        hint: 'The batch must carry the features the model was trained on; drift was measured on the columns both have.',
    }));
}
/** The prediction column against the reference's column of the same name, else its label column (renamed in a view). */
async function predictionDrift(engine, o, reference, batch) {
    if (!batch.columns.some((c) => c.name === o.predictionColumn))
        return undefined;
    const source = reference.columns.find((c) => c.name === o.predictionColumn) ?? reference.columns.find((c) => c.name === o.labelColumn);
    if (!source)
        return undefined;
    const view = 'reference_prediction';
    await engine.run(`CREATE OR REPLACE TEMP VIEW ${view} AS SELECT ${(0,sql/* quoteIdent */.v)(source.name)} AS ${(0,sql/* quoteIdent */.v)(o.predictionColumn)} FROM ${(0,sql/* quoteIdent */.v)(reference.view)}`);
    const renamed = { ...reference, view, scanView: view, columns: [{ name: o.predictionColumn, type: source.type }] };
    const only = { ...o.drift, columns: { [o.predictionColumn]: { ...o.drift.columns?.[o.predictionColumn] } } };
    const result = await (0,drift/* runDrift */.le)(engine, renamed, { ...batch, columns: batch.columns.filter((c) => c.name === o.predictionColumn) }, only);
    const column = result.columns[0];
    return column && source.name !== o.predictionColumn ? { ...column, column: `${o.predictionColumn} (vs ${source.name})` } : column;
}
/** Metrics on rows with a known label: the batch's own label column, or ground truth joined by id. */
async function performance(engine, o, batch, input) {
    const has = (s, c) => s.columns.some((x) => x.name === c);
    if (!has(batch, o.predictionColumn)) {
        if (o.groundTruth || has(batch, o.labelColumn))
            input.push({ rule: 'monitor/no-predictions', severity: 'notice', message: `the batch has no prediction column '${o.predictionColumn}', so performance was not measured`, file: o.batch.display, line: 1, hint: 'Log the model output with each request, or name the column with --prediction-column / input prediction-column.' });
        return undefined;
    }
    let source = batch;
    let label = o.labelColumn;
    let where = o.batch.display;
    if (o.groundTruth) {
        const joined = await joinGroundTruth(engine, o, batch, input);
        if (!joined)
            return undefined;
        [source, label, where] = [joined, '__label', o.groundTruth.display];
    }
    else if (!has(batch, o.labelColumn))
        return undefined;
    const regression = Object.keys(o.recorded ?? {}).some((m) => /^(mae|mse|rmse|r2|mape)$/.test(m));
    try {
        const metrics = regression ? await regressionMetrics(engine, source, label, o) : await classificationMetrics(engine, source, label, o);
        if (!metrics)
            return undefined;
        return { source: where, rows: metrics.rows, metrics: metrics.values, recorded: o.recorded };
    }
    catch (error) {
        if (!(0,errors/* isUserError */.iU)(error))
            throw error;
        input.push({ rule: 'monitor/performance', severity: 'warning', message: error.message, file: where, hint: error.hint });
        return undefined;
    }
}
async function classificationMetrics(engine, source, label, o) {
    const score = o.scoreColumn && source.columns.some((c) => c.name === o.scoreColumn) ? o.scoreColumn : undefined;
    const m = (await (0,metrics/* classificationOf */.AZ)(engine, source, { label, prediction: o.predictionColumn, score })).get('');
    if (!m || m.rows === 0)
        return undefined;
    const values = { accuracy: m.accuracy };
    const b = m.binary;
    Object.assign(values, b ? { precision: b.precision, recall: b.recall, f1: b.f1 } : { precision: m.precision_macro, recall: m.recall_macro, f1: m.f1_macro });
    if (m.roc_auc !== undefined && Number.isFinite(m.roc_auc))
        values.roc_auc = m.roc_auc;
    if (m.log_loss !== undefined && Number.isFinite(m.log_loss))
        values.log_loss = m.log_loss;
    return { rows: m.rows, values };
}
async function regressionMetrics(engine, source, label, o) {
    const m = (await (0,metrics/* regressionOf */.RS)(engine, source, { label, prediction: o.predictionColumn })).get('');
    if (!m)
        return undefined;
    return { rows: m.rows, values: { mae: m.mae, mse: m.mse, rmse: m.rmse, r2: m.r2, mape: m.mape } };
}
/** A view of batch rows with the ground-truth label as `__label`; unknown ids are reported, not joined. */
async function joinGroundTruth(engine, o, batch, input) {
    const gt = await measure_open(engine, o.groundTruth, 'ground_truth', input);
    if (!gt)
        return undefined;
    const need = (s, c, what) => {
        if (s.columns.some((x) => x.name === c))
            return true;
        input.push({ rule: 'monitor/missing-column', severity: 'error', message: `${what} has no column '${c}'`, file: s.displayPath, line: 1, hint: `Columns are: ${s.columns.map((x) => x.name).slice(0, 20).join(', ')}. Set the id and label columns (--id-column, --label-column).` });
        return false;
    };
    if (![need(gt, o.idColumn, o.groundTruth.display), need(gt, o.labelColumn, o.groundTruth.display), need(batch, o.idColumn, o.batch.display)].every(Boolean))
        return undefined;
    const id = (alias) => `CAST(${alias}.${(0,sql/* quoteIdent */.v)(o.idColumn)} AS VARCHAR)`;
    const unknown = await engine.all(`SELECT ${id('g')} AS id FROM ${(0,sql/* quoteIdent */.v)(gt.view)} g ANTI JOIN ${(0,sql/* quoteIdent */.v)(batch.view)} b ON ${id('g')} = ${id('b')} ORDER BY 1`);
    if (unknown.length) {
        const examples = unknown.slice(0, 5).map((r) => `'${String(r.id)}'`).join(', ');
        input.push({ rule: 'monitor/unknown-ids', severity: 'warning', message: `${unknown.length} ground-truth row(s) name ids that are not in the batch (${examples}${unknown.length > 5 ? ', \u2026' : ''}); they were left out`, file: o.groundTruth.display, hint: `Ground truth is joined to predictions on '${o.idColumn}': check that both files use the same ids and the same batch window.` });
    }
    const view = 'labelled_batch';
    await engine.run(`CREATE OR REPLACE TEMP VIEW ${view} AS SELECT b.*, g.${(0,sql/* quoteIdent */.v)(o.labelColumn)} AS __label FROM ${(0,sql/* quoteIdent */.v)(batch.view)} b JOIN ${(0,sql/* quoteIdent */.v)(gt.view)} g ON ${id('g')} = ${id('b')}`);
    const type = gt.columns.find((c) => c.name === o.labelColumn).type;
    return { ...batch, view, scanView: view, displayPath: o.groundTruth.display, columns: [...batch.columns.filter((c) => c.name !== '__label'), { name: '__label', type }] };
}

;// CONCATENATED MODULE: ./src/adapters/monitor/notify.ts
/** Outbound signals of a monitoring run: `repository_dispatch` for retraining, and a Slack-compatible webhook. */

/** Fires one `repository_dispatch` event (needs `contents: write`). */
async function fireDispatch(client, repo, eventType, payload) {
    await client.rest.repos.createDispatchEvent({ ...repo, event_type: eventType, client_payload: payload });
}
/**
 * Posts `{"text": \u2026}` (Slack's incoming-webhook format, also understood by Mattermost, Rocket.Chat and
 * Teams workflows) to the URL. The URL is a secret: it is never printed, not even in errors.
 */
async function postWebhook(url, text, fetcher = fetch) {
    if (!/^https?:\/\//i.test(url))
        throw new errors/* UserError */.yo('the alert webhook is not an http(s) URL', { hint: 'store the full webhook URL in the secret named by monitoring.alert.webhook_secret' });
    let response;
    try {
        response = await fetcher(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text }), signal: AbortSignal.timeout(15_000) });
    }
    catch (error) {
        throw new errors/* UserError */.yo(`the alert webhook could not be reached (${error.name})`, { hint: 'check the webhook URL in the secret' });
    }
    if (!response.ok)
        throw new errors/* UserError */.yo(`the alert webhook answered HTTP ${response.status}`, { hint: 'check the webhook URL in the secret (it may have been revoked)' });
}

// EXTERNAL MODULE: ./src/adapters/github/releases.ts
var releases = __webpack_require__(3046);
// EXTERNAL MODULE: ./src/adapters/registry/card-metadata.ts
var card_metadata = __webpack_require__(158);
;// CONCATENATED MODULE: ./src/adapters/monitor/reference.ts






/** The version of `model` in `stage`, or undefined when the stage holds none. */
function stageVersion(state, model, stage) {
    const artifact = state.artifacts[model];
    const info = artifact?.stages[stage];
    const version = info && artifact.versions.find((v) => v.version === info.version);
    return info && version ? { version: version.version, tag: version.tag, commit: version.commit, registeredAt: version.registeredAt } : undefined;
}
/**
 * The signature in the model card at the version's commit (undefined when the card declares no
 * version, as the registry then ignores it). Only the front matter is read.
 */
async function signatureAt(git, config, model, commit) {
    const m = config.models.find((x) => x.name === model);
    const meta = m && (await (0,card_metadata/* cardMetadataAt */.JJ)(git, commit, (0,card_metadata/* cardCandidates */.VQ)(m.path, m.card, ['MODEL_CARD.md', 'README.md'])));
    if (typeof meta?.version !== 'string' && typeof meta?.version !== 'number')
        return undefined;
    return readSignature(meta.signature);
}
/**
 * The reference profile (asset `profileAsset`, else the only `*profile.json` asset) and `metrics.json`
 * of the release on `tag`. A release without them gives an empty result (drift needs another
 * reference then); an asset that is not what it claims is a UserError naming the release.
 */
async function releaseReference(client, repo, tag, profileAsset) {
    let release;
    try {
        release = (await client.rest.repos.getReleaseByTag({ ...repo, tag })).data;
    }
    catch (error) {
        if ((0,github_identity/* statusOf */.c2)(error) === 404)
            return {};
        throw error;
    }
    const assets = await client.paginate(client.rest.repos.listReleaseAssets, { ...repo, release_id: release.id, per_page: 100 });
    const out = {};
    const profiles = assets.filter((a) => (profileAsset ? a.name === profileAsset : /(^|[.-])profile\.json$/.test(a.name)));
    if (profiles.length > 1)
        throw new errors/* UserError */.yo(`release ${tag} has several profile assets (${profiles.map((a) => a.name).join(', ')})`, { hint: 'name the one to use with the reference-asset input (--reference-asset)' });
    if (profiles[0]) {
        const value = json(await (0,releases/* downloadReleaseAsset */.GN)(client, repo, profiles[0].id), `${tag}: ${profiles[0].name}`);
        if (!(0,profile/* isProfile */.S9)(value))
            throw new errors/* UserError */.yo(`${tag}: ${profiles[0].name} is not a data profile`, { hint: 'write it with `mlops data profile FILE --output profile.json` (schemas/data-profile.schema.json)' });
        out.profile = { name: profiles[0].name, profile: value };
    }
    const metrics = assets.find((a) => a.name === 'metrics.json');
    if (metrics)
        out.metrics = numbers(json(await (0,releases/* downloadReleaseAsset */.GN)(client, repo, metrics.id), `${tag}: metrics.json`));
    return out;
}
function json(bytes, where) {
    try {
        return JSON.parse(bytes.toString('utf8'));
    }
    catch (error) {
        throw new errors/* UserError */.yo(`${where} is not valid JSON: ${error.message}`);
    }
}
/** The numeric entries of a flat metrics object. */
function numbers(value) {
    const out = {};
    if (value && typeof value === 'object')
        for (const [k, v] of Object.entries(value))
            if (typeof v === 'number' && Number.isFinite(v))
                out[k] = v;
    return out;
}
/** Datasets registered (as `data/{name}`) after the model version: the `new_data` retraining cause. */
function newDataVersions(state, config, since) {
    const out = [];
    for (const d of config.datasets) {
        const latest = state.artifacts[`data/${d.name}`]?.versions.find((v) => v.active);
        if (latest && Date.parse(latest.registeredAt) > Date.parse(since))
            out.push({ dataset: d.name, version: latest.version, registeredAt: latest.registeredAt });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/adapters/monitor/run.ts
/**
 * One monitoring run for a model and stage, shared by `mlops monitor` and actions/monitor: gather the
 * facts (registry, release assets, DuckDB), judge them (src/core/monitor), fire retraining dispatches
 * outside their cool-down, bring the alert issue up to date, and notify the webhook.
 */



















/** Runs the whole monitoring step; see the module comment. */
async function monitorModel(o) {
    if (!o.config.models.some((m) => m.name === o.model))
        throw new errors/* UserError */.yo(`no model '${o.model}' in .github/mlops.yml`, { file: '.github/mlops.yml', hint: `configured models: ${o.config.models.map((m) => m.name).join(', ') || 'none'}` });
    if (!o.config.stages.includes(o.stage))
        throw new errors/* UserError */.yo(`no stage '${o.stage}' in .github/mlops.yml`, { file: '.github/mlops.yml', hint: `stages: ${o.config.stages.join(', ')}` });
    const notes = [];
    const git = new adapters_git/* Git */.T(o.root);
    const state = await (0,tags/* readRegistry */._5)(git);
    const version = stageVersion(state, o.model, o.stage);
    if (!version)
        notes.push({ rule: 'monitor/no-version', severity: 'notice', message: `the registry has no version of ${o.model} in ${o.stage}; monitoring without its release`, hint: 'promote a version (its release holds the reference profile and metrics), or pass the reference and metrics files' });
    const release = version && o.github ? await releaseReference(o.github.client, o.github.repo, version.tag, o.referenceAsset) : {};
    const signature = version ? await signatureAt(git, o.config, o.model, version.commit) : undefined;
    const reference = await referenceOf(o, release, version?.tag);
    if (!reference)
        notes.push({ rule: 'monitor/no-reference', severity: 'notice', message: 'no reference profile or file: drift was not measured', hint: `attach a profile (\`mlops data profile\`) to the version's release as profile.json, or pass a reference` });
    const unreadable = [];
    const recorded = o.metrics ? await attempt(unreadable, async () => numbers(await readJson(o, o.metrics))) : release.metrics;
    const facts = await gather(o, reference, recorded, signature, version?.version);
    facts.input.unshift(...unreadable);
    const findings = [...notes, ...monitorFindings(facts, monitorPolicy(o.config, o.stage))];
    const candidates = [...retrainCandidates(facts, findings), ...otherCauses(o, state, version?.registeredAt)];
    const marker = alertMarker(o.model, o.stage);
    const label = o.config.monitoring.alert.labels[0] ?? ALERT_LABEL;
    const records = o.github ? await recordedDispatches(o.github.client, o.github.repo, o.github.identity, marker, label) : [];
    const settings = { triggers: o.config.retraining.triggers, cooldownHours: o.config.retraining.cooldown_hours, now: o.now, run: o.run };
    const plan = offline(planRetraining(candidates, settings, records), !o.github);
    const fired = await fire(o, plan, version?.version);
    const report = monitorReport(facts, findings, plan);
    const severity = alertSeverity(findings);
    const outcome = { report, severity, dispatched: plan.fire };
    if (!o.github)
        return outcome;
    const when = `${o.now.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
    const text = severity ? `### ${when} \u00b7 run ${o.run}\n\n${(0,markdown/* renderMarkdown */.Gc)(report, { maxChars: 20_000 }).replace(/^## .*\n\n/, '')}` : `Healthy again at ${when} (run ${o.run}): no breach in \`${facts.batch.file}\`. Closing.`;
    const head = { runbook: o.config.monitoring.alert.runbook, rollback: rollbackCommand(o.model, o.stage) };
    const alert = await syncAlert({ ...o.github, model: o.model, stage: o.stage, marker, labels: o.config.monitoring.alert.labels, assignees: o.config.monitoring.alert.assignees, head, run: o.run, severity, text, fired });
    outcome.alert = alert;
    if (o.webhookUrl && ['opened', 'reopened', 'updated', 'closed'].includes(alert.action))
        await notify(o, report, alert, head, findings);
    return outcome;
}
async function gather(o, reference, recorded, signature, version) {
    const batch = await localInput(o.root, o.batch, o.tempDir);
    const groundTruth = o.groundTruth ? await localInput(o.root, o.groundTruth, o.tempDir) : undefined;
    const problems = [];
    // The contract engine (its schema, the expectation compiler) loads only for a run given a contract.
    const contract = o.contract ? await attempt(problems, async () => (await Promise.all(/* import() */[__webpack_require__.e(183), __webpack_require__.e(450)]).then(__webpack_require__.bind(__webpack_require__, 5183))).readContractFile(o.root, o.contract)) : undefined;
    const engine = await duckdb_engine/* Engine */.N.open({ memoryLimit: process.env.MLOPS_DUCKDB_MEMORY || '2GB' });
    let measured;
    try {
        measured = await measureBatch(engine, {
            root: o.root,
            batch,
            reference,
            groundTruth,
            idColumn: o.idColumn || 'id',
            labelColumn: o.labelColumn || 'label',
            predictionColumn: o.predictionColumn || signature?.outputs[0]?.name || 'prediction',
            scoreColumn: o.scoreColumn,
            signature,
            recorded,
            contract,
            drift: (0,drift_select/* driftOptionsFromConfig */.qe)(o.config.drift),
        });
    }
    finally {
        engine.close();
    }
    const business = o.business ? await attempt(problems, () => metricsFile(o, o.business)) : undefined;
    const system = o.system ? await attempt(problems, () => metricsFile(o, o.system)) : undefined;
    return { ...measured, input: [...problems, ...measured.input], target: { model: o.model, stage: o.stage, version }, business, system };
}
async function referenceOf(o, release, tag) {
    if (o.reference) {
        const file = await localInput(o.root, o.reference, o.tempDir);
        if (file.path.toLowerCase().endsWith('.json')) {
            const value = await readJson(o, file.path, file.display).catch(() => undefined);
            if ((0,profile/* isProfile */.S9)(value))
                return { kind: 'profile', profile: value, display: file.display };
        }
        return { kind: 'file', ...file };
    }
    return release.profile ? { kind: 'profile', profile: release.profile.profile, display: `release ${tag}: ${release.profile.name}` } : undefined;
}
async function readJson(o, file, display = file) {
    const local = await localInput(o.root, file, o.tempDir);
    let text;
    try {
        text = await (0,promises_.readFile)(local.path, 'utf8');
    }
    catch {
        throw new errors/* UserError */.yo(`file not found: ${display}`, { file: display, hint: 'check the path (relative to the repository root)' });
    }
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new errors/* UserError */.yo(`${display} is not valid JSON: ${error.message}`, { file: display });
    }
}
async function metricsFile(o, value) {
    const file = await localInput(o.root, value, o.tempDir);
    let text;
    try {
        text = await (0,promises_.readFile)(file.path, 'utf8');
    }
    catch {
        throw new errors/* UserError */.yo(`file not found: ${file.display}`, { file: file.display, hint: 'check the path (relative to the repository root)' });
    }
    return { file: file.display, values: parseMetricsFile(text, file.display) };
}
/** Runs a read whose UserError becomes an input finding, so one bad file does not stop the other checks. */
async function attempt(findings, read) {
    try {
        return await read();
    }
    catch (error) {
        if (!(error instanceof errors/* UserError */.yo))
            throw error;
        findings.push({ rule: 'monitor/unreadable', severity: 'error', message: error.message, file: error.file, line: error.line, hint: error.hint });
        return undefined;
    }
}
/** Schedule and new-data causes (drift and degradation come from the findings). */
function otherCauses(o, state, since) {
    const out = [];
    if (scheduleDue(o.event.name, o.event.payload.schedule, o.config.retraining.schedule))
        out.push({ cause: 'schedule', key: 'schedule', evidence: { schedule: o.config.retraining.schedule ?? o.event.payload.schedule ?? null } });
    if (since)
        for (const d of newDataVersions(state, o.config, since))
            out.push({ cause: 'new_data', key: `new_data:${d.dataset}@${d.version}`, evidence: d });
    return out;
}
/** Without GitHub nothing is dispatched: every cause is shown as held. */
function offline(plan, isOffline) {
    if (!isOffline)
        return plan;
    return { fire: [], held: [...plan.fire.map((candidate) => ({ candidate, why: 'not dispatched: no GitHub repository and token (dry run)' })), ...plan.held] };
}
async function fire(o, plan, version) {
    const fired = [];
    if (!o.github)
        return fired;
    for (const c of plan.fire) {
        await fireDispatch(o.github.client, o.github.repo, o.config.retraining.event_type, dispatchPayload(o.model, o.stage, c, version));
        fired.push({ cause: c.cause, key: c.key, at: o.now.toISOString(), run: o.run });
    }
    return fired;
}
async function notify(o, report, alert, head, findings) {
    const lines = [`*${report.title}*: ${report.summary ?? ''} (${alert.action})`, ...(alert.url ? [alert.url] : []), ...(head.runbook ? [`Runbook: ${head.runbook}`] : []), `Rollback: \`${head.rollback}\``];
    try {
        await postWebhook(o.webhookUrl, lines.join('\n'));
    }
    catch (error) {
        if (!(error instanceof errors/* UserError */.yo))
            throw error;
        findings.push({ rule: 'monitor/webhook', severity: 'warning', message: error.message, hint: error.hint });
    }
}

// EXTERNAL MODULE: ./src/cli/args.ts + 4 modules
var cli_args = __webpack_require__(9123);
// EXTERNAL MODULE: ./src/cli/commands/registry-io.ts
var registry_io = __webpack_require__(1591);
;// CONCATENATED MODULE: ./src/cli/commands/monitor.ts
/** `mlops monitor MODEL STAGE --batch FILE`: the scheduled monitoring run, locally or with GitHub (SPEC \u00a79). */






const usage = `usage: mlops monitor MODEL STAGE --batch FILE [options]

Checks a batch of production inputs and predictions for MODEL in STAGE: feature and prediction drift
against the reference profile in the release of the version the stage holds (or --reference), data
quality against a contract, performance on ground truth against the version's recorded evaluation,
business and system metrics against the thresholds in .github/mlops.yml (monitoring, deploy.<stage>.health).
With GITHUB_TOKEN (and GITHUB_REPOSITORY or --repo) it also keeps the alert issue of MODEL and STAGE up
to date, fires retraining dispatches outside their cool-down and calls the webhook of
monitoring.alert.webhook_secret (read from the environment variable of that name).

options:
  --batch FILE              inputs and predictions (CSV, TSV, JSON Lines, Parquet; path or https URL)
  --ground-truth FILE       labels joined to the batch by --id-column
  --business-metrics FILE   business metrics (JSON object, or CSV metric,value)
  --system-metrics FILE     latency_p95_ms and error_rate (JSON or CSV)
  --reference FILE          reference data or profile JSON (default: the release's profile asset)
  --reference-asset NAME    the release asset holding the profile (default profile.json / *.profile.json)
  --metrics FILE            recorded evaluation metrics JSON (default: the release's metrics.json)
  --contract FILE           data card or contract the batch must meet
  --id-column NAME          id joining ground truth to predictions (default id)
  --label-column NAME       label column (default label)
  --prediction-column NAME  prediction column (default: the signature's first output, else prediction)
  --score-column NAME       probability of the positive class (adds roc_auc, log_loss)
  --repo OWNER/NAME         the GitHub repository (default GITHUB_REPOSITORY)
  --run-id ID               names this run's section in the alert (default GITHUB_RUN_ID, else local-<time>)
  --json                    print the report as JSON
`;
const flags = {
    batch: { type: 'string' },
    'ground-truth': { type: 'string' },
    'business-metrics': { type: 'string' },
    'system-metrics': { type: 'string' },
    reference: { type: 'string' },
    'reference-asset': { type: 'string' },
    metrics: { type: 'string' },
    contract: { type: 'string' },
    'id-column': { type: 'string' },
    'label-column': { type: 'string' },
    'prediction-column': { type: 'string' },
    'score-column': { type: 'string' },
    repo: { type: 'string' },
    'run-id': { type: 'string' },
};
const monitorCommand = {
    name: 'monitor',
    summary: 'drift, performance, data quality and business metrics of a production batch, with alerts and retraining',
    usage,
    async run(args, ctx) {
        const { values: v, positionals } = (0,cli_args/* parse */.qg)(args, flags, usage);
        const [model, stage] = (0,cli_args/* positionalArgs */.EK)(positionals, 2, usage);
        const s = (k) => (0,cli_args/* str */.gx)(v, k);
        const batch = (0,cli_args/* need */.$B)(v, 'batch', usage);
        const { root, config } = await (0,registry_io/* openRepo */.B)(ctx);
        const gh = await (0,registry_io/* githubFromEnv */.Z)(ctx.env, s('repo'));
        const github = gh && { ...gh, identity: await (0,github_identity/* resolveIdentity */.XH)(gh.client) };
        const now = new Date();
        const secret = config.monitoring.alert.webhook_secret;
        const outcome = await monitorModel({
            root,
            config,
            model: model,
            stage: stage,
            batch: rel(ctx.cwd, root, batch),
            groundTruth: opt(ctx.cwd, root, s('ground-truth')),
            business: opt(ctx.cwd, root, s('business-metrics')),
            system: opt(ctx.cwd, root, s('system-metrics')),
            reference: opt(ctx.cwd, root, s('reference')),
            referenceAsset: s('reference-asset'),
            metrics: opt(ctx.cwd, root, s('metrics')),
            contract: opt(ctx.cwd, root, s('contract')),
            idColumn: s('id-column'),
            labelColumn: s('label-column'),
            predictionColumn: s('prediction-column'),
            scoreColumn: s('score-column'),
            github,
            event: { name: ctx.env.GITHUB_EVENT_NAME ?? 'local', payload: {} },
            run: s('run-id') ?? ctx.env.GITHUB_RUN_ID ?? `local-${now.getTime()}`,
            now,
            webhookUrl: secret ? ctx.env[secret] || undefined : undefined,
            tempDir: external_node_path_default().join(external_node_os_default().tmpdir(), 'mlops-monitor'),
        });
        if (outcome.alert && outcome.alert.action !== 'none')
            ctx.stderr(`alert issue: ${outcome.alert.action}${outcome.alert.url ? ` (${outcome.alert.url})` : ''}\n`);
        return (0,cli_args/* printReport */.Y_)(ctx, outcome.report, (0,cli_args/* bool */.lc)(v, 'json'));
    },
};
/** A path given on the command line, relative to the repository root (URLs as they are). */
function rel(cwd, root, p) {
    return /^https?:\/\//i.test(p) ? p : external_node_path_default().relative(root, external_node_path_default().resolve(cwd, p)).split((external_node_path_default()).sep).join('/');
}
const opt = (cwd, root, p) => (p ? rel(cwd, root, p) : undefined);
/** The monitoring command group, for src/cli/commands/index.ts. */
const monitorCommands = [monitorCommand];


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

/***/ 5027:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FR: () => (/* binding */ directionOf),
/* harmony export */   Fl: () => (/* binding */ formatValue),
/* harmony export */   In: () => (/* binding */ diffValues),
/* harmony export */   ZV: () => (/* binding */ formatNumber)
/* harmony export */ });
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1688);

// Conventional directions of common metric names (scikit-learn, Keras, Hugging Face evaluate):
// errors, losses and costs go down; scores, accuracies and areas under curves go up.
const LOWER = /^(loss|.*_loss|val_loss|error|err|mae|mse|rmse|rmsle|mape|smape|msle|logloss|log_loss|perplexity|ppl|wer|cer|fpr|fnr|far|frr|latency|.*_latency|duration|time|.*_time|brier|hamming_loss|eer|cost)$/i;
const HIGHER = /^(acc|accuracy|.*_accuracy|balanced_accuracy|precision|recall|f1|f1_score|.*_f1|fbeta|auc|roc_auc|auroc|pr_auc|auprc|ap|average_precision|map|ndcg|mrr|r2|r2_score|bleu|rouge.*|meteor|iou|miou|dice|tpr|tnr|specificity|sensitivity|score|.*_score|exact_match|em|throughput|explained_variance|kappa|mcc|top_?\d+.*)$/i;
/** The direction of a metric: the config first, then the conventional meaning of its last name segment. */
function directionOf(metric, config = {}) {
    const configured = config[metric]?.higher_is_better ?? config[lastSegment(metric)]?.higher_is_better;
    if (configured !== undefined)
        return configured ? 'higher' : 'lower';
    const last = lastSegment(metric);
    if (LOWER.test(last))
        return 'lower';
    if (HIGHER.test(last))
        return 'higher';
    return undefined;
}
function lastSegment(name) {
    const dot = name.lastIndexOf('.');
    return dot < 0 ? name : name.slice(dot + 1);
}
/** Compares two flattened maps; with `directions` the numeric changes of metrics are judged. */
function diffValues(baseline, candidate, directions) {
    const names = [...new Set([...Object.keys(baseline), ...Object.keys(candidate)])].sort();
    return names.map((name) => diffOne(name, baseline, candidate, directions));
}
function diffOne(name, a, b, directions) {
    const inA = Object.hasOwn(a, name);
    const inB = Object.hasOwn(b, name);
    const baseline = a[name];
    const candidate = b[name];
    if (!inA)
        return { name, candidate, verdict: 'added' };
    if (!inB)
        return { name, baseline, verdict: 'removed' };
    const x = (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .asNumber */ .i)(baseline);
    const y = (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .asNumber */ .i)(candidate);
    if (x === undefined || y === undefined) {
        return {
            name,
            baseline,
            candidate,
            verdict: String(baseline) === String(candidate) ? 'same' : 'changed',
        };
    }
    const change = y - x;
    const relative = x !== 0 ? change / Math.abs(x) : undefined;
    return {
        name,
        baseline,
        candidate,
        change,
        relative,
        verdict: judge(change, directions ? directionOf(name, directions) : undefined),
    };
}
function judge(change, direction) {
    if (change === 0)
        return 'same';
    if (!direction)
        return 'changed';
    return change > 0 === (direction === 'higher') ? 'better' : 'worse';
}
/** Formats a number for tables: up to 6 significant digits, no exponent for ordinary magnitudes. */
function formatNumber(value) {
    if (Number.isInteger(value))
        return String(value);
    return String(Number(value.toPrecision(6)));
}
/** Formats a value for tables (text as is, missing as `-`). */
function formatValue(value) {
    if (value === undefined)
        return '-';
    if (typeof value === 'number')
        return formatNumber(value);
    return String(value);
}


/***/ }),

/***/ 1688:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bq: () => (/* binding */ flatten),
/* harmony export */   Qc: () => (/* binding */ parseValues),
/* harmony export */   i: () => (/* binding */ asNumber),
/* harmony export */   vV: () => (/* binding */ yamlOrThrow)
/* harmony export */ });
/* unused harmony export MAX_VALUES_BYTES */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _yaml_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1971);
/** Params and metrics files (YAML or JSON), flattened to dotted names the way `dvc params diff` shows them. */


/**
 * Flattens nested objects to dotted keys (`{train: {lr: 0.1}}` \u2192 `train.lr`) and arrays to
 * indexed keys (`layers.0`), as DVC does for params and metrics files.
 */
function flatten(value, prefix = '', out = {}) {
    if (Array.isArray(value)) {
        if (value.length === 0 && prefix)
            out[prefix] = '[]';
        value.forEach((v, i) => flatten(v, prefix ? `${prefix}.${i}` : String(i), out));
    }
    else if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
        const entries = Object.entries(value);
        if (entries.length === 0 && prefix)
            out[prefix] = '{}';
        for (const [k, v] of entries)
            flatten(v, prefix ? `${prefix}.${k}` : k, out);
    }
    else if (prefix) {
        out[prefix] = toScalar(value);
    }
    return out;
}
function toScalar(value) {
    if (value === null || value === undefined)
        return null;
    if (typeof value === 'number')
        return Number.isFinite(value) ? value : String(value);
    if (typeof value === 'string' || typeof value === 'boolean')
        return value;
    if (value instanceof Date)
        return value.toISOString();
    return String(value);
}
/** Params and metrics files can hold thousands of values; far above that is not a metrics file. */
const MAX_VALUES_BYTES = 32 * 1024 * 1024;
/** Parses YAML (or JSON) with the safe parser; its first error becomes a UserError with file and line. */
function yamlOrThrow(text, file, options = {}, hint) {
    const parsed = (0,_yaml_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseYaml */ .hN)(text, file, { rulePrefix: 'experiment', ...options });
    const error = parsed.findings.find((f) => f.severity === 'error');
    if (!error)
        return parsed.value;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`cannot read ${file}: ${error.message}`, {
        file,
        line: error.line,
        column: error.column,
        hint: error.hint ?? hint,
    });
}
/**
 * Parses a params or metrics file (JSON is YAML 1.2, so the one safe YAML parser reads both) and
 * flattens it. Malformed text or a top level that is not a mapping is a UserError naming file and line.
 */
function parseValues(text, file) {
    const hint = 'params and metrics files are YAML or JSON mappings; nested mappings are flattened with dots';
    return flatten(yamlOrThrow(text, file, { expect: 'mapping', maxBytes: MAX_VALUES_BYTES }, hint) ?? {});
}
/** Reads a numeric value for comparison: numbers and numeric strings count, anything else is text. */
function asNumber(value) {
    if (typeof value === 'number')
        return value;
    if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
        return Number(value);
    return undefined;
}


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

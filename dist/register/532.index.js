export const id = 532;
export const ids = [532];
export const modules = {

/***/ 5532:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  registerFromCards: () => (/* binding */ registerFromCards)
});

// UNUSED EXPORTS: experimentMetrics, releaseAssets

;// CONCATENATED MODULE: ./src/core/sha256.ts
/** A fresh SHA-256 hash (update it, then `digest('hex')`). */
function sha256() {
    return process.getBuiltinModule('node:crypto').createHash('sha256');
}
/** SHA-256 hex of a string or bytes. */
function sha256_sha256Hex(data) {
    return sha256().update(data).digest('hex');
}

;// CONCATENATED MODULE: ./src/core/experiments/message.ts

/** Largest tag message we write, in UTF-8 bytes (64 KiB: thousands of metrics still fit). */
const TAG_MESSAGE_LIMIT = (/* unused pure expression or super */ null && (64 * 1024));
/** The release asset that always holds the full record. */
const RECORD_ASSET = 'experiment.json';
/** The first line of the message: name, type, commit and up to three metrics. */
function summaryLine(record) {
    const commit = `${record.code.commit.slice(0, 7)}${record.code.dirty ? '+dirty' : ''}`;
    const metrics = Object.entries(record.metrics)
        .slice(0, 3)
        .map(([k, v]) => `${k}=${typeof v === 'number' ? Number(v.toPrecision(6)) : String(v)}`)
        .join(', ');
    const line = `${record.name}: ${record.type} experiment at ${commit}${metrics ? `; ${metrics}` : ''}`;
    return line.length > 200 ? `${line.slice(0, 197)}...` : line;
}
/** The record's JSON exactly as stored in the release asset (pretty, newline-terminated). */
function recordJson(record) {
    return `${JSON.stringify(record, null, 2)}\n`;
}
/** The tag message for a record; `truncated` when the tag only holds the stub. */
function formatMessage(record, limit = TAG_MESSAGE_LIMIT) {
    const head = `${summaryLine(record)}\n\n`;
    const full = `${head}${JSON.stringify(record)}\n`;
    if (Buffer.byteLength(full) <= limit)
        return { message: full, truncated: false };
    const json = recordJson(record);
    const stub = {
        schemaVersion: 1,
        name: record.name,
        project: record.project,
        type: record.type,
        created: record.created,
        code: record.code,
        fingerprint: record.fingerprint,
        metrics: record.metrics,
        truncated: true,
        record: { asset: RECORD_ASSET, sha256: sha256Hex(json), bytes: Buffer.byteLength(json) },
    };
    let message = `${head}${JSON.stringify(stub)}\n`;
    if (Buffer.byteLength(message) > limit)
        message = `${head}${JSON.stringify({ ...stub, metrics: undefined })}\n`;
    return { message, truncated: true };
}
/** Parses a tag message written by formatMessage; foreign or damaged messages get a `problem`. */
function parseMessage(message) {
    const newline = message.indexOf('\n');
    const summary = (newline < 0 ? message : message.slice(0, newline)).trim();
    const body = newline < 0 ? '' : message.slice(newline + 1).trim();
    if (!body.startsWith('{'))
        return { summary, problem: 'the tag message holds no experiment record' };
    try {
        const value = JSON.parse(body);
        if (!isRecordLike(value))
            return { summary, problem: 'the JSON in the tag message is not an experiment record' };
        return { summary, record: value };
    }
    catch (error) {
        return {
            summary,
            problem: `the record in the tag message is not valid JSON: ${error.message}`,
        };
    }
}
function isRecordLike(value) {
    if (!value || typeof value !== 'object')
        return false;
    const v = value;
    return typeof v.name === 'string' && typeof v.type === 'string' && typeof v.fingerprint === 'string';
}
/** True for a stub: the full record is only in the release asset. */
function isStub(record) {
    return record.truncated === true;
}
/** The type named in a summary line (`name: type experiment at \u2026`), without parsing the JSON. */
function typeFromSummary(summary) {
    return /^\S+: (\S+) experiment at /.exec(summary)?.[1];
}

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/registry/plan.ts
var registry_plan = __webpack_require__(2468);
;// CONCATENATED MODULE: ./src/core/experiments/record.ts
/**
 * The experiment record (SPEC \u00a76, schema `schemas/experiment.schema.json`): everything needed to
 * reproduce and judge one training or evaluation run. Pure types and canonical hashing.
 */

/** JSON with keys sorted at every level, so equal records hash equally whatever the key order. */
function canonicalJson(value) {
    return JSON.stringify(sortKeys(value));
}
function sortKeys(value) {
    if (Array.isArray(value))
        return value.map(sortKeys);
    if (value && typeof value === 'object') {
        const out = {};
        for (const key of Object.keys(value).sort())
            out[key] = sortKeys(value[key]);
        return out;
    }
    return value;
}
/**
 * The identity of a run: its content (params, metrics, data, code, seeds, artifacts, note, source)
 * plus the GitHub run id when there is one, so a re-run attempt of the same workflow run converges on
 * the same experiment while two workflow runs with equal results stay two experiments. The name, the
 * time and the machine are left out: they differ between attempts of the same run.
 */
function fingerprintOf(record) {
    const { environment, ...content } = record;
    return sha256Hex(canonicalJson({ ...content, lockfiles: environment.lockfiles, runId: environment.runner.runId ?? null }));
}

// EXTERNAL MODULE: ./src/core/registry/semver.ts
var semver = __webpack_require__(4647);
// EXTERNAL MODULE: ./src/core/registry/tags.ts
var tags = __webpack_require__(6438);
;// CONCATENATED MODULE: ./src/core/registry/registration.ts
/**
 * Which card versions to register, and whether each bump fits the change: versions only go up, and a
 * changed `signature` needs a major bump (semver: an incompatible interface change). A minor or patch
 * bump should say why in a "Changelog"/"Changes" section of the card.
 */



/** Decides, for every declared version, whether it is new and allowed. */
function planRegistrations(declared, state, previous = {}) {
    const plan = { register: [], findings: [] };
    for (const d of declared) {
        const at = { file: d.cardPath, line: d.line };
        if (!(0,tags/* isValidArtifactName */.oD)(d.artifact)) {
            plan.findings.push({ rule: 'registry/invalid-name', severity: 'error', message: `'${d.artifact}' cannot be a registry name`, ...at, hint: 'use letters, digits, `-`, `_` and `/`, starting and ending with a letter or digit (GTO names)' });
            continue;
        }
        if (!(0,semver/* parseSemver */.kf)(d.version)) {
            plan.findings.push({ rule: 'registry/invalid-version', severity: 'error', message: `version '${d.version}' of ${d.artifact} is not semver`, ...at, hint: 'write MAJOR.MINOR.PATCH, e.g. 1.2.0' });
            continue;
        }
        const tagVersion = d.version.startsWith('v') ? d.version : `v${d.version}`;
        const known = state.artifacts[d.artifact]?.versions ?? [];
        if (isRegistered(state, d.artifact, d.version))
            continue; // nothing to do
        const highest = [...known].sort((a, b) => (0,semver/* compareSemver */.mU)(b.version, a.version))[0];
        if (highest) {
            const kind = (0,semver/* bumpKind */.xt)(highest.version, tagVersion);
            if (kind === 'down') {
                plan.findings.push({ rule: 'registry/version-not-increasing', severity: 'error', message: `${d.artifact} ${tagVersion} is lower than the registered ${highest.version}`, ...at, hint: `versions only go up: use a version above ${highest.version}` });
                continue;
            }
            if (d.kind === 'model' && d.artifact in previous && !sameJson(previous[d.artifact], d.signature) && kind !== 'major') {
                plan.findings.push({ rule: 'registry/signature-needs-major', severity: 'error', message: `${d.artifact} changes its signature from ${highest.version} but ${tagVersion} is only a ${kind} bump`, ...at, hint: `a changed signature breaks callers: bump the major version (v${((0,semver/* parseSemver */.kf)(highest.version)?.major ?? 0) + 1}.0.0)` });
                continue;
            }
            if (kind !== 'major' && !d.explainsChange)
                plan.findings.push({ rule: 'registry/bump-unexplained', severity: 'notice', message: `${d.artifact} ${tagVersion} is a ${kind} bump without a "Changelog" section saying why`, ...at, hint: 'add a `## Changelog` section: what changed and why it is a minor or patch change' });
        }
        plan.register.push({ ...d, tagVersion });
    }
    return plan;
}
/** True when `version` (as a card writes it, `1.2.0` or `v1.2.0`) is already registered for `artifact`. */
function isRegistered(state, artifact, version) {
    if (!(0,semver/* parseSemver */.kf)(version))
        return false;
    const tagVersion = version.startsWith('v') ? version : `v${version}`;
    return (state.artifacts[artifact]?.versions ?? []).some((v) => (0,semver/* compareSemver */.mU)(v.version, tagVersion) === 0);
}
/** Structural equality of two JSON-like values (key order ignored). */
function sameJson(a, b) {
    return canonicalJson(a ?? null) === canonicalJson(b ?? null);
}

// EXTERNAL MODULE: ./src/adapters/github/source.ts
var source = __webpack_require__(9137);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/adapters/fs/hash.ts
/** Streaming file digests: bounded memory whatever the file size. */


/**
 * SHA-256 and size of a file, streamed in 1 MiB chunks (large reads keep the hash near
 * `sha256sum`'s throughput; the default 64 KiB chunks cost ~15 % in syscalls and callbacks).
 */
function sha256File(file) {
    return new Promise((resolve, reject) => {
        const hash = sha256();
        let bytes = 0;
        (0,external_node_fs_.createReadStream)(file, { highWaterMark: 1024 * 1024 })
            .on('data', (chunk) => {
            bytes += chunk.length;
            hash.update(chunk);
        })
            .on('error', reject)
            .on('end', () => resolve({ sha256: hash.digest('hex'), bytes }));
    });
}

;// CONCATENATED MODULE: ./src/adapters/github/releases.ts
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
        throw new errors/* UserError */.yo(`two release assets are named '${duplicate.spec.name}'`, {
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
        return { spec, bytes, sha256: spec.sha256 ?? sha256_sha256Hex(spec.data) };
    }
    if (!spec.path)
        throw new Error(`release asset '${spec.name}' has neither path nor data`);
    const size = await (0,promises_.stat)(spec.path).then((s) => s.size, () => undefined);
    if (size === undefined)
        throw new errors/* UserError */.yo(`release asset '${spec.name}': ${spec.path} does not exist`, { file: spec.path });
    if (size > MAX_ASSET_BYTES) {
        throw new errors/* UserError */.yo(`release asset '${spec.name}' is ${size} bytes; GitHub release assets must be under 2 GiB`, {
            file: spec.path,
            hint: 'store it elsewhere and record it by URI and checksum (experiments: --artifact-store URI)',
        });
    }
    return { spec, bytes: size, sha256: spec.sha256 ?? (await sha256File(spec.path)).sha256 };
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
            ? await (0,promises_.readFile)(asset.spec.path)
            : (0,external_node_fs_.createReadStream)(asset.spec.path);
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

// EXTERNAL MODULE: ./src/adapters/registry/card-metadata.ts
var card_metadata = __webpack_require__(158);
// EXTERNAL MODULE: ./src/adapters/registry/tags.ts + 1 modules
var registry_tags = __webpack_require__(9020);
;// CONCATENATED MODULE: ./src/adapters/registry/register.ts









/** Registers what the cards at `rev` declare; see the module comment. */
async function registerFromCards(o) {
    const commit = await o.git.resolve(o.rev ?? 'HEAD');
    if (!commit)
        throw new errors/* UserError */.yo(`cannot resolve ${o.rev ?? 'HEAD'} to a commit`);
    if (o.remote)
        await o.git.fetchTags(o.remote);
    const cards = await (0,card_metadata/* declaredCardsAt */.jQ)(o.git, o.config, commit);
    const before = await (0,registry_tags/* readRegistry */._5)(o.git);
    // Only cards declaring a version not registered yet are read whole: a bump must say why. A push that
    // bumps nothing never loads the Markdown parser or the card schemas.
    const fresh = cards.filter((c) => !isRegistered(before, c.artifact, c.version));
    const { completeCard } = fresh.length ? await Promise.all(/* import() */[__webpack_require__.e(825), __webpack_require__.e(29)]).then(__webpack_require__.bind(__webpack_require__, 2029)) : { completeCard: undefined };
    const declared = cards.map((c) => (completeCard && fresh.includes(c) ? completeCard(c) : c));
    const plan = planRegistrations(declared, before, await previousSignatures(o.git, o.config, before, cards));
    const byArtifact = new Map(cards.map((c) => [c.artifact, c]));
    const assets = new Map();
    for (const r of plan.register)
        assets.set(r.artifact, await releaseAssets(o.git, commit, byArtifact.get(r.artifact)));
    const tags = await (0,registry_tags/* writeRegistryTags */.K5)(o.git, 
    // A concurrent run may have registered a version meanwhile (on its own commit): then it is done.
    (state) => plan.register
        .filter((r) => !state.artifacts[r.artifact]?.versions.some((v) => v.version === r.tagVersion))
        .flatMap((r) => (0,registry_plan/* planRegister */.Zf)(state, r.artifact, r.tagVersion, commit, { actor: o.actor, sha256sums: sumsDigest(assets.get(r.artifact)) })), { remote: o.remote });
    const releases = [];
    if (o.github) {
        const after = await (0,registry_tags/* readRegistry */._5)(o.git);
        for (const card of cards) {
            const version = card.version.startsWith('v') ? card.version : `v${card.version}`;
            const v = after.artifacts[card.artifact]?.versions.find((x) => x.version === version);
            if (!v || v.commit !== commit)
                continue;
            const result = await ensureRelease(await (0,source/* openClient */.M)(o.github.client), o.github.repo, {
                tag: v.tag,
                name: `${card.artifact} ${version}`,
                body: `${card.kind === 'data' ? 'Dataset' : 'Model'} ${card.artifact} ${version}, registered from \`${card.cardPath}\` at ${commit.slice(0, 12)}.`,
                makeLatest: false,
                assets: assets.get(card.artifact) ?? (await releaseAssets(o.git, commit, card)),
            });
            if (result.created || result.published || result.uploaded.length)
                releases.push(v.tag);
        }
    }
    return { tags, releases, findings: plan.findings };
}
/** sha256 of the SHA256SUMS asset among a release's assets. */
function sumsDigest(assets) {
    const sums = assets?.find((a) => a.name === 'SHA256SUMS')?.data;
    return sums === undefined ? undefined : sha256_sha256Hex(sums);
}
/** The signature in the card of each model's highest registered version. */
async function previousSignatures(git, config, state, cards) {
    const out = {};
    for (const card of cards.filter((c) => c.kind === 'model')) {
        const highest = state.artifacts[card.artifact]?.versions[0];
        if (!highest)
            continue;
        const then = (await (0,card_metadata/* declaredCardsAt */.jQ)(git, config, highest.commit)).find((c) => c.artifact === card.artifact);
        if (then)
            out[card.artifact] = then.signature;
    }
    return out;
}
/** The folder's files at the commit (asset names are paths with `/` as `.`), metrics.json, and SHA256SUMS. */
async function releaseAssets(git, commit, card) {
    const listing = await git.run(['ls-tree', '-r', '-z', '--name-only', commit, '--', card.folder || '.']);
    const assets = [];
    for (const file of listing.stdout.split('\0').filter(Boolean)) {
        const data = await git.show(commit, file);
        if (!data)
            continue;
        const rel = card.folder ? file.slice(card.folder.length + 1) : file;
        const name = releaseAssetName(rel.replaceAll('/', '.')); // as GitHub will list it, so SHA256SUMS names it so too
        if (name !== 'SHA256SUMS')
            assets.push({ name, data: new Uint8Array(data) }); // ours is computed below
    }
    const metrics = await experimentMetrics(git, card.experiment);
    // The experiment record is the source of truth; a committed metrics.json is released as it is otherwise.
    if (metrics) {
        const at = assets.findIndex((a) => a.name === 'metrics.json');
        if (at >= 0)
            assets.splice(at, 1);
        assets.push({ name: 'metrics.json', data: `${JSON.stringify(metrics, null, 2)}\n` });
    }
    const sums = assets.map((a) => `${sha256_sha256Hex(a.data ?? '')}  ${a.name}`).sort((a, b) => (a.slice(66) < b.slice(66) ? -1 : 1)); // byte order, whatever the locale
    assets.push({ name: 'SHA256SUMS', data: `${sums.join('\n')}\n` });
    return assets;
}
/** Metrics of the experiment a card names (`experiment: exp/...`), from its tag's record. */
async function experimentMetrics(git, experiment) {
    if (!experiment)
        return undefined;
    const name = experiment.startsWith('exp/') ? experiment : `exp/${experiment}`;
    const tag = (await git.tags([`refs/tags/${name}`])).find((t) => t.name === name);
    const record = tag ? parseMessage(tag.message).record : undefined;
    if (!record?.metrics)
        return undefined;
    const out = {};
    for (const [k, v] of Object.entries(record.metrics))
        if (typeof v === 'number')
            out[k] = v;
    return out;
}


/***/ })

};

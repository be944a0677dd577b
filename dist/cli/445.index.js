export const id = 445;
export const ids = [445];
export const modules = {

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
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3073);
/**
 * Reading and writing registry tags in a real repository. Writes are atomic pushes. A counted tag
 * (`{artifact}#{stage}#{N}`) is pushed together with a claim ref `refs/mlops/counters/{artifact}/{N}`
 * pointing at the tag object (created, never updated): two runs that picked the same N for different stages cannot both succeed,
 * so the loser deletes its local tag and retries with the next N after re-reading the remote. Concurrent
 * merges therefore get distinct counters, as GTO's `#N` intends (one number per event of an artifact).
 */




/** Reads the registry state from every tag of the repository (one streamed `for-each-ref`). */
async function readRegistry(git) {
    const builder = new _core_registry_state_js__WEBPACK_IMPORTED_MODULE_1__/* .RegistryStateBuilder */ .k6();
    await registryTags(git, (tag) => builder.add(tag));
    return builder.build();
}
/**
 * Every tag but experiment tags, as the registry reads them; `each` sees each as it is read. GTO reads
 * annotated tags only, so the committer fallback of Git.tags (a commit lookup per lightweight tag) is
 * skipped: a lightweight tag comes back with `annotated: false` and is reported as ignored.
 */
async function registryTags(git, each) {
    try {
        // Registry tags hold `@` or `#` (GTO's grammar) and experiment tags neither, so git reads only the
        // candidates (`**/` for names in folders, such as data/iris@v1.0.0); parseTagName decides the rest.
        return await git.tags(['refs/tags/**/*@*', 'refs/tags/**/*#*'], { committers: false, each });
    }
    catch (error) {
        if (error instanceof _git_js__WEBPACK_IMPORTED_MODULE_3__/* .GitError */ .X)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`cannot read tags in ${git.cwd}: ${error.result.stderr.trim()}`, { hint: 'run it inside a git repository' });
        throw error;
    }
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

/***/ 4647:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DM: () => (/* binding */ SEMVER_SOURCE),
/* harmony export */   kf: () => (/* binding */ parseSemver),
/* harmony export */   mU: () => (/* binding */ compareSemver),
/* harmony export */   xt: () => (/* binding */ bumpKind)
/* harmony export */ });
/** Semantic versions (semver.org 2.0.0), the grammar GTO accepts after the `v` of a version tag. */
// The regular expression published on semver.org, the same one GTO embeds in its tag grammar.
const SEMVER_SOURCE = '(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?';
const SEMVER_RE = new RegExp(`^${SEMVER_SOURCE}$`);
const parsed = new Map();
/** Parses `1.2.3`, `v1.2.3-rc.1+build`; undefined when it is not semver. Memoised: registries sort the same versions often. */
function parseSemver(text) {
    if (parsed.has(text))
        return parsed.get(text);
    if (parsed.size > 100_000)
        parsed.clear();
    const value = parseUncached(text);
    parsed.set(text, value);
    return value;
}
function parseUncached(text) {
    const m = SEMVER_RE.exec(text.startsWith('v') ? text.slice(1) : text);
    if (!m)
        return undefined;
    return {
        major: Number(m[1]),
        minor: Number(m[2]),
        patch: Number(m[3]),
        prerelease: m[4] ? m[4].split('.') : [],
        build: m[5] ?? '',
    };
}
/** Orders two versions by semver precedence (build metadata ignored); invalid versions sort first. */
function compareSemver(a, b) {
    const x = parseSemver(a);
    const y = parseSemver(b);
    if (!x || !y)
        return x ? 1 : y ? -1 : a.localeCompare(b);
    return x.major - y.major || x.minor - y.minor || x.patch - y.patch || comparePrerelease(x.prerelease, y.prerelease);
}
function comparePrerelease(a, b) {
    if (!a.length || !b.length)
        return b.length - a.length; // a release outranks its pre-releases
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const p = a[i];
        const q = b[i];
        if (p === undefined || q === undefined)
            return p === undefined ? -1 : 1;
        const pn = /^\d+$/.test(p);
        const qn = /^\d+$/.test(q);
        if (pn && qn && Number(p) !== Number(q))
            return Number(p) - Number(q);
        if (pn !== qn)
            return pn ? -1 : 1;
        if (p !== q)
            return p < q ? -1 : 1;
    }
    return 0;
}
/** The kind of bump from `from` to `to`: major, minor, patch, prerelease, or none/down when it does not go up. */
function bumpKind(from, to) {
    const c = compareSemver(to, from);
    if (c === 0)
        return 'none';
    if (c < 0)
        return 'down';
    const x = parseSemver(from);
    const y = parseSemver(to);
    if (!x || !y)
        return 'major';
    if (y.major !== x.major)
        return 'major';
    if (y.minor !== x.minor)
        return 'minor';
    if (y.patch !== x.patch)
        return 'patch';
    return 'prerelease';
}


/***/ }),

/***/ 3234:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k6: () => (/* binding */ RegistryStateBuilder),
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
    const builder = new RegistryStateBuilder();
    for (const tag of tags)
        builder.add(tag);
    return builder.build();
}
/** The order of events: by time, then counter, then GTO's action priority, then tag name (a total order). */
function eventOrder(a, b) {
    return a.time - b.time || (a.counter ?? 0) - (b.counter ?? 0) || priority[a.event] - priority[b.event] || (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0);
}
/**
 * The same, fed one tag at a time: a reader adds tags while git still reads the next ones, and the
 * work that needs no other tag is done then (grouping by artifact, the index of registrations, the
 * registrations' identities). `build` orders each artifact's events and derives its state; the list of
 * every event, in one order, is made only when read (`registry show` never reads it).
 */
class RegistryStateBuilder {
    #ignored = [];
    #byArtifact = new Map();
    /** Per artifact, commit \u2192 the versions registered on it (what an assignment on that commit is for). */
    #registered = new Map();
    add(tag) {
        const name = (0,_tags_js__WEBPACK_IMPORTED_MODULE_1__/* .parseTagName */ .fe)(tag.name);
        if (!name)
            return;
        if (!tag.annotated) {
            this.#ignored.push({ tag: tag.name, reason: 'lightweight tag (registry tags are annotated; GTO ignores these too)' });
            return;
        }
        const event = new LazyEvent(tag, name);
        const list = this.#byArtifact.get(event.artifact);
        if (list)
            list.push(event);
        else
            this.#byArtifact.set(event.artifact, [event]);
        if (name.action !== 'register')
            return;
        // Every view shows when and by whom each version was registered: read that now, while the reader
        // still waits for git to stream the next tags, rather than after the last one.
        event.readIdentity();
        if (!event.version)
            return;
        let commits = this.#registered.get(event.artifact);
        if (!commits)
            this.#registered.set(event.artifact, (commits = new Map()));
        const versions = commits.get(event.commit);
        if (versions)
            versions.push(event.version);
        else
            commits.set(event.commit, [event.version]);
    }
    build() {
        const lists = [...this.#byArtifact].sort(([a], [b]) => (a < b ? -1 : 1));
        const artifacts = {};
        for (const [name, list] of lists) {
            list.sort(eventOrder);
            resolveAssignedVersions(list, this.#registered.get(name));
            artifacts[name] = artifactState(name, list);
        }
        let events;
        return {
            artifacts,
            get events() {
                return (events ??= lists.flatMap(([, list]) => list).sort(eventOrder));
            },
            ignored: this.#ignored,
        };
    }
}
/**
 * GTO: the version an assignment is for is the one registered on the tag's commit; the version the
 * message names decides only between several registered there (so most messages are never parsed).
 * `events` are one artifact's; `registered` maps each commit to the versions registered on it.
 */
function resolveAssignedVersions(events, registered) {
    for (const e of events) {
        if (e.event !== 'assign' && e.event !== 'unassign')
            continue;
        const candidates = registered?.get(e.commit) ?? [];
        if (candidates.length === 1)
            e.version = candidates[0];
        else {
            const named = e.meta.version;
            e.version = named && candidates.includes(named) ? named : ([...candidates].sort(_semver_js__WEBPACK_IMPORTED_MODULE_0__/* .compareSemver */ .mU).pop() ?? named ?? e.commit);
        }
    }
}
/**
 * A registry event whose tag's identity and message are read on first use: a registry of 10,000 tags
 * shows a few dozen of them (the git reader decodes them lazily too).
 */
class LazyEvent {
    event;
    artifact;
    tag;
    version;
    stage;
    counter;
    commit;
    /** Epoch milliseconds, the first sort key. */
    time;
    #source;
    #read;
    constructor(tag, name) {
        this.event = name.action;
        this.artifact = name.artifact;
        this.tag = tag.name;
        this.version = name.version;
        this.stage = name.stage;
        this.counter = name.counter;
        this.commit = tag.commit;
        this.time = tag.time ?? (Date.parse(tag.date) || 0);
        this.#source = tag;
    }
    /** Decodes the tagger, e-mail and date now (the tag reader keeps them as bytes until one is asked for). */
    readIdentity() {
        return this.#source.tagger;
    }
    get author() {
        return this.#source.tagger;
    }
    get authorEmail() {
        return this.#source.taggerEmail;
    }
    get date() {
        return this.#source.date;
    }
    get summary() {
        return (this.#read ??= (0,_message_js__WEBPACK_IMPORTED_MODULE_2__/* .parseTagMessage */ .V)(this.#source.message)).summary;
    }
    get meta() {
        return (this.#read ??= (0,_message_js__WEBPACK_IMPORTED_MODULE_2__/* .parseTagMessage */ .V)(this.#source.message)).meta;
    }
    toJSON() {
        const { event, artifact, tag, version, stage, counter, commit, author, authorEmail, date, summary, meta } = this;
        return { event, artifact, tag, version, stage, counter, commit, author, authorEmail, date, summary, meta };
    }
}
function artifactState(name, events) {
    const versions = new Map();
    // Per stage, version \u2192 its latest assignment, in the order of those assignments (a Map keeps insertion order).
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
            let list = stageLists.get(e.stage);
            if (!list)
                stageLists.set(e.stage, (list = new Map()));
            list.delete(e.version);
            if (e.event === 'assign')
                list.set(e.version, e);
        }
    }
    const stages = {};
    for (const [stage, list] of stageLists) {
        const holder = [...list.values()].reverse().find((a) => versions.get(a.version ?? '')?.active !== false);
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


/***/ }),

/***/ 6438:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fe: () => (/* binding */ parseTagName),
/* harmony export */   oD: () => (/* binding */ isValidArtifactName),
/* harmony export */   pg: () => (/* binding */ formatTagName)
/* harmony export */ });
/* unused harmony exports isValidStageName, parseByPattern */
/* harmony import */ var _semver_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4647);
/**
 * The registry's tag grammar, compatible with GTO both ways (iterative/gto, gto/constants.py `tag_re`
 * and gto/tag.py `name_tag`):
 *   register `{artifact}@v{semver}`     deregister `{artifact}@v{semver}!`
 *   assign   `{artifact}#{stage}#{N}`   unassign   `{artifact}#{stage}!#{N}`
 *   deprecate `{artifact}@deprecated`   create `{artifact}@created` (GTO reserves it; read, never written)
 * Any of them may carry a `#{N}` counter; GTO's legacy assignment `{artifact}#{stage}` has none.
 * Artifact names may contain `/` (datasets are `data/{name}`); GTO's `dir:name` form is `dir=name` in a tag.
 */

const NAME = '[a-zA-Z0-9](?:[a-zA-Z0-9\\-/_]*[a-zA-Z0-9])?';
const DIRNAME = '[a-zA-Z0-9\\-_./]+';
const ACTION = `(?:(?:#(?<stage>${NAME})|@(?<version>v${_semver_js__WEBPACK_IMPORTED_MODULE_0__/* .SEMVER_SOURCE */ .DM}))(?<cancel>!?)|@(?:(?<deprecated>deprecated)|(?<created>created)))(?:#(?<counter>[0-9]+))?$`;
const TAG_RE = new RegExp(`^(?<artifact>(?:${DIRNAME}=)?${NAME})${ACTION}`);
const NAME_RE = new RegExp(`^(?:${DIRNAME}:)?${NAME}$`);
const STAGE_RE = new RegExp(`^${NAME}$`);
/** True when GTO accepts the artifact name (letters, digits, `-`, `_`, `/`; starts and ends alphanumeric). */
function isValidArtifactName(name) {
    return NAME_RE.test(name);
}
/** True when GTO accepts the stage name. */
function isValidStageName(stage) {
    return STAGE_RE.test(stage);
}
/** Parses a tag name; undefined when it is not a registry tag (experiment tags, release tags \u2026). */
function parseTagName(tag) {
    if (!tag.includes('@') && !tag.includes('#'))
        return undefined;
    return tag.includes('=') ? parseByPattern(tag) : parsePlain(tag);
}
/** The grammar as one pattern (GTO's `tag_re`): the reference, and the reader of `dir=name` tags. */
function parseByPattern(tag) {
    const g = TAG_RE.exec(tag)?.groups;
    if (!g?.artifact)
        return undefined;
    const artifact = g.artifact.replace('=', ':');
    const counter = g.counter !== undefined ? Number(g.counter) : undefined;
    const cancel = g.cancel === '!';
    if (g.version)
        return { artifact, action: cancel ? 'deregister' : 'register', version: g.version, counter };
    if (g.stage)
        return { artifact, action: cancel ? 'unassign' : 'assign', stage: g.stage, counter };
    return { artifact, action: g.deprecated ? 'deprecate' : 'create', counter };
}
const VERSION_RE = new RegExp(`^v${_semver_js__WEBPACK_IMPORTED_MODULE_0__/* .SEMVER_SOURCE */ .DM}$`);
const COUNTER_RE = /^#[0-9]+$/;
/**
 * The same grammar read by position, for names without `dir=` (nearly all): neither an artifact nor
 * a stage nor a version can hold `@`, `#` or `!`, so the first `@` or `#` ends the artifact and the
 * next `!` or `#` ends the stage or version. A registry of 10,000 tags is read at start-up of every
 * `registry show`, and one pattern with named groups per tag was a fifth of that.
 */
function parsePlain(tag) {
    const at = tag.indexOf('@');
    const hash = tag.indexOf('#');
    const split = at < 0 ? hash : hash < 0 ? at : Math.min(at, hash);
    const artifact = tag.slice(0, split);
    if (!validName(artifact))
        return undefined;
    // The word (stage, version, `deprecated`) ends at the first `!` or `#` after the split.
    const bang = tag.indexOf('!', split + 1);
    const nextHash = tag.indexOf('#', split + 1);
    const end = bang < 0 ? (nextHash < 0 ? tag.length : nextHash) : nextHash < 0 ? bang : Math.min(bang, nextHash);
    const word = tag.slice(split + 1, end);
    const cancel = end === bang;
    const tail = tag.slice(cancel ? end + 1 : end);
    if (tail && !COUNTER_RE.test(tail))
        return undefined;
    const counter = tail ? Number(tail.slice(1)) : undefined;
    if (split === hash)
        return validName(word) ? { artifact, action: cancel ? 'unassign' : 'assign', stage: word, counter } : undefined;
    if (word === 'deprecated' || word === 'created')
        return cancel ? undefined : { artifact, action: word === 'deprecated' ? 'deprecate' : 'create', counter };
    return VERSION_RE.test(word) ? { artifact, action: cancel ? 'deregister' : 'register', version: word, counter } : undefined;
}
/** Artifact and stage names already checked: a registry repeats a few dozen of them across 10,000 tags. */
const checked = new Map();
function validName(name) {
    let ok = checked.get(name);
    if (ok === undefined) {
        ok = STAGE_RE.test(name);
        if (checked.size < 10_000)
            checked.set(name, ok);
    }
    return ok;
}
/** Formats a tag name; the inverse of parseTagName. Throws on names GTO would reject. */
function formatTagName(t) {
    if (!isValidArtifactName(t.artifact))
        throw new Error(`invalid artifact name '${t.artifact}'`);
    const artifact = t.artifact.replace(':', '=');
    const counter = t.counter !== undefined ? `#${t.counter}` : '';
    switch (t.action) {
        case 'register':
        case 'deregister': {
            const version = t.version?.startsWith('v') ? t.version : `v${t.version ?? ''}`;
            const tag = `${artifact}@${version}${t.action === 'deregister' ? '!' : ''}${counter}`;
            if (!TAG_RE.test(tag))
                throw new Error(`invalid version '${t.version}' for ${t.artifact}`);
            return tag;
        }
        case 'assign':
        case 'unassign':
            if (!t.stage || !isValidStageName(t.stage))
                throw new Error(`invalid stage name '${t.stage}'`);
            return `${artifact}#${t.stage}${t.action === 'unassign' ? '!' : ''}${counter}`;
        case 'deprecate':
            return `${artifact}@deprecated${counter}`;
        case 'create':
            return `${artifact}@created${counter}`;
    }
}


/***/ })

};

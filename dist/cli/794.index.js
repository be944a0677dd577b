export const id = 794;
export const ids = [794];
export const modules = {

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

/***/ 8537:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ cardsAt)
/* harmony export */ });
/* harmony import */ var _core_cards_document_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(840);
/* harmony import */ var _core_cards_sections_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2855);
/* harmony import */ var _core_cards_validate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8137);
/* harmony import */ var _core_yaml_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1971);
/**
 * Model and data cards read at a git revision (not the work tree), so that registration, promotion and
 * the gate read exactly the committed content. Parsing is the cards module's (`parseCard`); only the
 * registry's keys are taken here: name, version, risk, signature, experiment.
 */




const MAX_CARD_BYTES = 4 * 1024 * 1024;
/** Every configured model and dataset card at `rev` that declares a version (datasets as `data/{name}`). */
async function cardsAt(git, config, rev) {
    const out = [];
    for (const m of config.models) {
        const card = await readCard(git, rev, m.path, m.card, ['MODEL_CARD.md', 'README.md'], 'model', m.name);
        if (card)
            out.push({ ...card, risk: card.risk ?? m.risk });
    }
    for (const d of config.datasets) {
        const card = await readCard(git, rev, d.path, d.card, ['DATA_CARD.md', 'README.md'], 'data', `data/${d.name}`);
        if (card)
            out.push(card);
    }
    return out;
}
async function readCard(git, rev, folder, explicit, names, kind, artifact) {
    const dir = folder.replace(/\/+$/, '');
    for (const path of explicit ? [explicit] : names.map((n) => (dir ? `${dir}/${n}` : n))) {
        const bytes = await git.show(rev, path);
        if (!bytes || bytes.length > MAX_CARD_BYTES)
            continue;
        const doc = (0,_core_cards_document_js__WEBPACK_IMPORTED_MODULE_0__/* .parseCard */ .c)(bytes.toString('utf8').replace(/\r\n?/g, '\n'), path, kind, 'standard');
        const meta = doc.metadata;
        const version = meta.version;
        if (typeof version !== 'string' && typeof version !== 'number')
            return undefined;
        const risk = meta.risk === 'low' || meta.risk === 'medium' || meta.risk === 'high' ? meta.risk : undefined;
        return {
            artifact,
            kind,
            folder: dir,
            version: String(version),
            cardPath: path,
            line: doc.source ? (0,_core_yaml_index_js__WEBPACK_IMPORTED_MODULE_3__/* .locate */ .x5)(doc.source, ['version']).line : undefined,
            signature: meta.signature,
            explainsChange: (0,_core_cards_sections_js__WEBPACK_IMPORTED_MODULE_1__/* .allSections */ .ym)(doc.sections).some((s) => /change/i.test(s.title)),
            risk,
            experiment: typeof meta.experiment === 'string' ? meta.experiment : undefined,
            missing: (0,_core_cards_validate_js__WEBPACK_IMPORTED_MODULE_2__/* .validateCardDocument */ .k)(doc)
                .filter((f) => f.severity === 'error')
                .map((f) => f.message),
        };
    }
    return undefined;
}


/***/ }),

/***/ 9061:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  RR: () => (/* binding */ experimentMetrics),
  L4: () => (/* binding */ registerFromCards)
});

// UNUSED EXPORTS: releaseAssets

// EXTERNAL MODULE: ./src/core/experiments/record.ts
var record = __webpack_require__(8979);
// EXTERNAL MODULE: ./src/core/experiments/message.ts
var message = __webpack_require__(5819);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/registry/plan.ts
var registry_plan = __webpack_require__(2468);
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
        if (known.some((v) => (0,semver/* compareSemver */.mU)(v.version, tagVersion) === 0))
            continue; // already registered: nothing to do
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
/** Structural equality of two JSON-like values (key order ignored). */
function sameJson(a, b) {
    return (0,record/* canonicalJson */.dj)(a ?? null) === (0,record/* canonicalJson */.dj)(b ?? null);
}

// EXTERNAL MODULE: ./src/adapters/github/releases.ts
var github_releases = __webpack_require__(3046);
// EXTERNAL MODULE: ./src/adapters/registry/cards.ts
var registry_cards = __webpack_require__(8537);
// EXTERNAL MODULE: ./src/adapters/registry/tags.ts
var registry_tags = __webpack_require__(5445);
;// CONCATENATED MODULE: ./src/adapters/registry/register.ts








/** Registers what the cards at `rev` declare; see the module comment. */
async function registerFromCards(o) {
    const commit = await o.git.resolve(o.rev ?? 'HEAD');
    if (!commit)
        throw new errors/* UserError */.yo(`cannot resolve ${o.rev ?? 'HEAD'} to a commit`);
    if (o.remote)
        await o.git.fetchTags(o.remote);
    const cards = await (0,registry_cards/* cardsAt */.L)(o.git, o.config, commit);
    const before = await (0,registry_tags/* readRegistry */._5)(o.git);
    const plan = planRegistrations(cards, before, await previousSignatures(o.git, o.config, before, cards));
    const assets = new Map();
    for (const card of cards)
        assets.set(card.artifact, await releaseAssets(o.git, commit, card));
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
            const result = await (0,github_releases/* ensureRelease */.w9)(o.github.client, o.github.repo, {
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
    return sums === undefined ? undefined : (0,record/* sha256Hex */.fg)(sums);
}
/** The signature in the card of each model's highest registered version. */
async function previousSignatures(git, config, state, cards) {
    const out = {};
    for (const card of cards.filter((c) => c.kind === 'model')) {
        const highest = state.artifacts[card.artifact]?.versions[0];
        if (!highest)
            continue;
        const then = (await (0,registry_cards/* cardsAt */.L)(git, config, highest.commit)).find((c) => c.artifact === card.artifact);
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
        const name = rel.replaceAll('/', '.');
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
    const sums = assets.map((a) => `${(0,record/* sha256Hex */.fg)(a.data ?? '')}  ${a.name}`).sort((a, b) => (a.slice(66) < b.slice(66) ? -1 : 1)); // byte order, whatever the locale
    assets.push({ name: 'SHA256SUMS', data: `${sums.join('\n')}\n` });
    return assets;
}
/** Metrics of the experiment a card names (`experiment: exp/...`), from its tag's record. */
async function experimentMetrics(git, experiment) {
    if (!experiment)
        return undefined;
    const name = experiment.startsWith('exp/') ? experiment : `exp/${experiment}`;
    const tag = (await git.tags([`refs/tags/${name}`])).find((t) => t.name === name);
    const record = tag ? (0,message/* parseMessage */.vY)(tag.message).record : undefined;
    if (!record?.metrics)
        return undefined;
    const out = {};
    for (const [k, v] of Object.entries(record.metrics))
        if (typeof v === 'number')
            out[k] = v;
    return out;
}


/***/ }),

/***/ 1591:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B8: () => (/* binding */ openRepo),
/* harmony export */   Y_: () => (/* binding */ printReport),
/* harmony export */   ZC: () => (/* binding */ githubFromEnv),
/* harmony export */   bQ: () => (/* binding */ parseFlags)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _adapters_fs_config_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5730);
/* harmony import */ var _adapters_github_client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5423);
/* harmony import */ var _adapters_git_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6960);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4296);
/* harmony import */ var _core_finding_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5278);
/* harmony import */ var _core_report_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4185);
/** Plumbing shared by the `registry` and `gate` commands: arguments, repository, config, GitHub from the environment. */







/** Parses options strictly; a bad command line is a UsageError naming the usage line. */
function parseFlags(args, options, usage, positionals) {
    let parsed;
    try {
        parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args, options, allowPositionals: true, strict: true });
    }
    catch (error) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(error.message.replace(/\. To specify.*$/s, ''), usage.split('\n')[0]);
    }
    const [min, max] = positionals;
    if (parsed.positionals.length < min || parsed.positionals.length > max)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`expected ${min === max ? min : `${min} to ${max}`} argument(s), got ${parsed.positionals.length}`, usage.split('\n')[0]);
    return { flags: parsed.values, rest: parsed.positionals };
}
/** The repository around cwd with its configuration (config findings of severity error stop the command). */
async function openRepo(ctx) {
    const root = await new _adapters_git_js__WEBPACK_IMPORTED_MODULE_3__/* .Git */ .T(ctx.cwd).root();
    const loaded = await (0,_adapters_fs_config_js__WEBPACK_IMPORTED_MODULE_1__/* .loadConfig */ .Z)(root);
    const bad = loaded.findings.find((f) => f.severity === 'error');
    if (bad)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(bad.message, { file: bad.file, line: bad.line, column: bad.column, hint: bad.hint });
    return { git: new _adapters_git_js__WEBPACK_IMPORTED_MODULE_3__/* .Git */ .T(root), root, config: loaded.config };
}
/** GitHub from GITHUB_TOKEN (or GH_TOKEN), GITHUB_REPOSITORY or `--repo`, and GITHUB_API_URL; undefined without a token. */
function githubFromEnv(env, repository) {
    const token = env.GITHUB_TOKEN || env.GH_TOKEN;
    if (!token)
        return undefined;
    const name = repository ?? env.GITHUB_REPOSITORY;
    if (!name)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo('which GitHub repository? set GITHUB_REPOSITORY=owner/name or pass --repo owner/name');
    return { client: (0,_adapters_github_client_js__WEBPACK_IMPORTED_MODULE_2__/* .createClient */ .UU)({ token, baseUrl: env.GITHUB_API_URL }), repo: (0,_adapters_github_client_js__WEBPACK_IMPORTED_MODULE_2__/* .repoParams */ .Vt)(name) };
}
/** Prints a report as text, JSON or Markdown and returns the exit code its findings give. */
function printReport(ctx, report, format) {
    ctx.stdout(format === 'json' ? (0,_core_report_index_js__WEBPACK_IMPORTED_MODULE_6__/* .renderJson */ .hF)(report) : format === 'markdown' ? (0,_core_report_index_js__WEBPACK_IMPORTED_MODULE_6__/* .renderMarkdown */ .Gc)(report) : (0,_core_report_index_js__WEBPACK_IMPORTED_MODULE_6__/* .renderText */ .S5)(report));
    return (0,_core_finding_js__WEBPACK_IMPORTED_MODULE_5__/* .shouldFail */ .W9)(report.findings, 'error') ? 1 : 0;
}


/***/ }),

/***/ 5819:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $s: () => (/* binding */ typeFromSummary),
/* harmony export */   Du: () => (/* binding */ TAG_MESSAGE_LIMIT),
/* harmony export */   dC: () => (/* binding */ summaryLine),
/* harmony export */   hw: () => (/* binding */ formatMessage),
/* harmony export */   jk: () => (/* binding */ RECORD_ASSET),
/* harmony export */   ki: () => (/* binding */ recordJson),
/* harmony export */   vY: () => (/* binding */ parseMessage)
/* harmony export */ });
/* unused harmony export isStub */
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8979);

/** Largest tag message we write, in UTF-8 bytes (64 KiB: thousands of metrics still fit). */
const TAG_MESSAGE_LIMIT = 64 * 1024;
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
        record: { asset: RECORD_ASSET, sha256: (0,_record_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Hex */ .fg)(json), bytes: Buffer.byteLength(json) },
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
/** The type named in a summary line (`name: type experiment at …`), without parsing the JSON. */
function typeFromSummary(summary) {
    return /^\S+: (\S+) experiment at /.exec(summary)?.[1];
}


/***/ }),

/***/ 2468:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LB: () => (/* binding */ planDeprecate),
/* harmony export */   Zf: () => (/* binding */ planRegister),
/* harmony export */   r: () => (/* binding */ planAssign)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _message_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6492);
/* harmony import */ var _semver_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4647);
/** Registry writes planned against the current state: empty when the state already says so (reruns converge). */



/** Registers `version` of `artifact` on `commit`; nothing when it is registered there already. */
function planRegister(state, artifact, version, commit, meta = {}) {
    const v = version.startsWith('v') ? version : `v${version}`;
    const known = state.artifacts[artifact]?.versions.find((x) => x.version === v);
    if (known) {
        if (known.commit === commit)
            return [];
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${artifact} ${v} is already registered on ${known.commit.slice(0, 12)}`, { hint: 'versions are immutable: bump the version instead' });
    }
    // GTO writes registrations without a counter (`simple=True` by default in gto/api.py register).
    return [{ tag: { artifact, action: 'register', version: v }, counted: false, target: commit, message: (0,_message_js__WEBPACK_IMPORTED_MODULE_2__/* .formatTagMessage */ .v)(`Registering artifact ${artifact} version ${v}`, meta) }];
}
/**
 * Assigns `version` to `stage`: an assignment tag on the version's registered commit (GTO finds the
 * version by commit). Newer versions still assigned to the stage are unassigned first, so that GTO's
 * default view (highest assigned semver) agrees with ours (most recent assignment) after a rollback.
 */
function planAssign(state, artifact, version, stage, meta = {}) {
    const a = state.artifacts[artifact];
    const v = a?.versions.find((x) => x.version === version && x.active);
    if (!a || !v)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${artifact} ${version} is not registered`, { hint: `register it first: mlops registry register ${artifact} ${version}` });
    if (a.stages[stage]?.version === version)
        return [];
    const out = [];
    for (const newer of stillAssigned(state, artifact, stage).filter((x) => (0,_semver_js__WEBPACK_IMPORTED_MODULE_1__/* .compareSemver */ .mU)(x, version) > 0)) {
        const commit = a.versions.find((x) => x.version === newer)?.commit ?? '';
        out.push({ tag: { artifact, action: 'unassign', stage }, counted: true, target: commit, message: (0,_message_js__WEBPACK_IMPORTED_MODULE_2__/* .formatTagMessage */ .v)(`Unassigning stage '${stage}' to artifact '${artifact}' version '${newer}'`, { ...meta, version: newer }) });
    }
    out.push({ tag: { artifact, action: 'assign', stage }, counted: true, target: v.commit, message: (0,_message_js__WEBPACK_IMPORTED_MODULE_2__/* .formatTagMessage */ .v)(`Assigning stage ${stage} to artifact ${artifact} version ${version}${meta.pr ? ` (#${meta.pr})` : ''}`, { ...meta, version }) });
    return out;
}
/** Deprecates an artifact; nothing when it is deprecated already. */
function planDeprecate(state, artifact, commit, meta = {}) {
    if (!state.artifacts[artifact])
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`no artifact '${artifact}' in the registry`);
    if (state.artifacts[artifact]?.deprecated)
        return [];
    return [{ tag: { artifact, action: 'deprecate' }, counted: false, target: commit, message: (0,_message_js__WEBPACK_IMPORTED_MODULE_2__/* .formatTagMessage */ .v)(`Deprecating artifact '${artifact}'`, meta) }];
}
/** Versions whose latest event for the stage is an assignment. */
function stillAssigned(state, artifact, stage) {
    const last = new Map();
    for (const e of state.events)
        if (e.artifact === artifact && e.stage === stage && e.version)
            last.set(e.version, e.event);
    return [...last].filter(([, event]) => event === 'assign').map(([v]) => v);
}


/***/ })

};

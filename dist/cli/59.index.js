export const id = 59;
export const ids = [59];
export const modules = {

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

/***/ 3059:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  registryCommands: () => (/* binding */ registryCommands)
});

// EXTERNAL MODULE: ./src/adapters/git.ts + 1 modules
var adapters_git = __webpack_require__(3073);
// EXTERNAL MODULE: ./src/adapters/registry/tags.ts
var tags = __webpack_require__(5445);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/registry/plan.ts
var plan = __webpack_require__(2468);
// EXTERNAL MODULE: ./src/core/registry/state.ts
var registry_state = __webpack_require__(3234);
;// CONCATENATED MODULE: ./src/core/registry/report.ts

/** `mlops registry show`: one row per artifact, one column per stage. */
function showReport(state, stageOrder = []) {
    const artifacts = Object.values(state.artifacts);
    const seen = new Set(artifacts.flatMap((a) => Object.keys(a.stages)));
    const stages = [...stageOrder.filter((s) => seen.has(s)), ...[...seen].filter((s) => !stageOrder.includes(s)).sort()];
    const rows = artifacts.map((a) => [a.name + (a.deprecated ? ' (deprecated)' : ''), a.latest ?? '\u2014', ...stages.map((s) => a.stages[s]?.version ?? '\u2014')]);
    const blocks = [{ kind: 'table', table: { headers: ['artifact', 'latest', ...stages], rows } }];
    if (state.ignored.length)
        blocks.push({ kind: 'details', summary: `${state.ignored.length} tag(s) not read`, blocks: [{ kind: 'table', table: { headers: ['tag', 'why'], rows: state.ignored.map((i) => [i.tag, i.reason]) } }] });
    return { purpose: 'registry', title: 'Model registry', summary: `${artifacts.length} artifact(s), ${state.events.length} event(s)`, findings: [], blocks };
}
/** The JSON form of `show`: the state without the event list. */
function showJson(state) {
    return { artifacts: Object.values(state.artifacts), ignored: state.ignored };
}
/** `mlops registry history MODEL`: every event, newest first. */
function historyReport(state, artifact) {
    const events = (0,registry_state/* artifactHistory */.t2)(state, artifact).reverse();
    const rows = events.map((e) => [e.date, e.event, e.version ?? '', e.stage ?? '', who(e), e.commit.slice(0, 7), e.meta.pr ? `#${e.meta.pr}` : '', e.tag]);
    return {
        purpose: 'registry-history',
        title: `History of ${artifact}`,
        summary: `${events.length} event(s)`,
        findings: [],
        blocks: [{ kind: 'table', table: { headers: ['when', 'event', 'version', 'stage', 'who', 'commit', 'PR', 'tag'], rows } }],
    };
}
/** `mlops registry audit [MODEL]`: each version's journey through the stages, with PRs, approvers and checks. */
function auditReport(state, artifact) {
    const names = artifact ? [artifact] : Object.keys(state.artifacts);
    const blocks = [];
    for (const name of names) {
        const a = state.artifacts[name];
        if (!a)
            continue;
        blocks.push({ kind: 'heading', level: 3, text: `${name}${a.deprecated ? ' (deprecated)' : ''}` });
        for (const v of a.versions) {
            const journey = (0,registry_state/* artifactHistory */.t2)(state, name, v.version);
            const rows = journey.map((e) => [e.date, label(e), who(e), e.meta.pr ? `#${e.meta.pr}` : '\u2014', e.meta.approvers?.map((x) => `@${x}`).join(', ') || '\u2014', checks(e)]);
            blocks.push({ kind: 'heading', level: 4, text: `${v.version}${v.active ? '' : ' (deregistered)'}${v.stages.length ? ` \u2014 now in ${v.stages.join(', ')}` : ''}` });
            blocks.push({ kind: 'table', table: { headers: ['when', 'event', 'by', 'PR', 'approvers', 'checks'], rows } });
        }
    }
    return { purpose: 'registry-audit', title: artifact ? `Audit of ${artifact}` : 'Registry audit', summary: `${names.length} artifact(s)`, findings: [], blocks };
}
function label(e) {
    if (e.event === 'assign')
        return `entered ${e.stage}`;
    if (e.event === 'unassign')
        return `left ${e.stage}`;
    return e.event === 'register' ? 'registered' : e.event === 'deregister' ? 'deregistered' : e.event;
}
function who(e) {
    return e.meta.actor ? `@${e.meta.actor}` : e.author;
}
function checks(e) {
    if (!e.meta.checks?.length)
        return '\u2014';
    const failed = e.meta.checks.filter((c) => !c.met);
    return failed.length ? `unmet: ${failed.map((c) => c.id).join(', ')}` : `${e.meta.checks.length} met`;
}

// EXTERNAL MODULE: ./src/cli/args.ts + 4 modules
var cli_args = __webpack_require__(9123);
// EXTERNAL MODULE: ./src/cli/commands/registry-io.ts
var registry_io = __webpack_require__(1591);
;// CONCATENATED MODULE: ./src/cli/commands/registry.ts
/** `mlops registry \u2026`: the model registry in git tags (GTO-compatible): views, manual writes, rollback, retention. */








const json = { json: { type: 'boolean' } };
const push = { push: { type: 'boolean' }, remote: { type: 'string' } };
const remoteOf = (f) => (typeof f.remote === 'string' ? f.remote : f.push ? 'origin' : undefined);
const showUsage = `usage: mlops registry show [--json] [--remote NAME]

Every artifact of the registry: its latest version and what each stage holds now, derived from the
repository's tags alone (GTO's format). --remote reads the tags of that remote first.
`;
const show = {
    name: 'registry show',
    summary: 'the registry: latest version and what each stage holds, per model',
    usage: showUsage,
    async run(args, ctx) {
        const { flags } = (0,cli_args/* parseFlags */.bQ)(args, { ...json, remote: { type: 'string' } }, showUsage, [0, 0]);
        // The JSON needs no stage order, so it reads no configuration (the fast path for scripts); git finds
        // the repository from any folder inside it, so no `rev-parse --show-toplevel` first.
        const git = new adapters_git/* Git */.T(ctx.cwd);
        if (typeof flags.remote === 'string')
            await git.fetchTags(flags.remote);
        const state = await (0,tags/* readRegistry */._5)(git);
        if (flags.json) {
            ctx.stdout(`${JSON.stringify(showJson(state), null, 2)}\n`);
            return 0;
        }
        return (0,cli_args/* printReportAs */.w2)(ctx, showReport(state, (await (0,registry_io/* openRepo */.B)(ctx)).config.stages), 'text');
    },
};
const historyUsage = `usage: mlops registry history MODEL [--json]

Every registry event of MODEL, newest first: registrations, stage assignments, deprecations, with who,
when, the commit and the PR.
`;
const registry_history = {
    name: 'registry history',
    summary: 'every event of one model: who, when, commit, PR',
    usage: historyUsage,
    async run(args, ctx) {
        const { flags, rest } = (0,cli_args/* parseFlags */.bQ)(args, json, historyUsage, [1, 1]);
        const { git } = await (0,registry_io/* openRepo */.B)(ctx);
        const state = await (0,tags/* readRegistry */._5)(git);
        const model = rest[0] ?? '';
        if (!state.artifacts[model])
            throw new errors/* UserError */.yo(`no artifact '${model}' in the registry`, { hint: 'mlops registry show lists them' });
        if (flags.json) {
            ctx.stdout(`${JSON.stringify((0,registry_state/* artifactHistory */.t2)(state, model).reverse(), null, 2)}\n`);
            return 0;
        }
        return (0,cli_args/* printReportAs */.w2)(ctx, historyReport(state, model), 'text');
    },
};
const auditUsage = `usage: mlops registry audit [MODEL]

A Markdown audit report: each version's journey through the stages, with the PR, the approvers, the
gate's checks and the dates, as recorded in the registry tags.
`;
const audit = {
    name: 'registry audit',
    summary: 'Markdown audit: each version\u2019s journey, PRs, approvers, checks, dates',
    usage: auditUsage,
    async run(args, ctx) {
        const { rest } = (0,cli_args/* parseFlags */.bQ)(args, {}, auditUsage, [0, 1]);
        const { git } = await (0,registry_io/* openRepo */.B)(ctx);
        const state = await (0,tags/* readRegistry */._5)(git);
        if (rest[0] && !state.artifacts[rest[0]])
            throw new errors/* UserError */.yo(`no artifact '${rest[0]}' in the registry`);
        return (0,cli_args/* printReportAs */.w2)(ctx, auditReport(state, rest[0]), 'markdown');
    },
};
const registerUsage = `usage: mlops registry register [MODEL VERSION] [--rev REV] [--push | --remote NAME]

Without arguments: registers every model and data card at REV (default HEAD) that declares a version
not yet registered (what the register action does on the default branch; with GITHUB_TOKEN set the
release with artifacts, card, metrics and SHA256SUMS is created too). With MODEL VERSION: writes that
tag on REV. --push writes it to origin atomically.
`;
const register = {
    name: 'registry register',
    summary: 'register card versions (or MODEL VERSION) as {model}@v{semver} tags',
    usage: registerUsage,
    async run(args, ctx) {
        const { flags, rest } = (0,cli_args/* parseFlags */.bQ)(args, { ...push, rev: { type: 'string' } }, registerUsage, [0, 2]);
        const { git, config } = await (0,registry_io/* openRepo */.B)(ctx);
        const rev = flags.rev ?? 'HEAD';
        const remote = remoteOf(flags);
        if (rest.length === 1)
            throw new errors/* UserError */.yo('give both MODEL and VERSION, or neither', { hint: registerUsage.split('\n')[0] });
        if (rest.length === 2) {
            const commit = await git.resolve(rev);
            if (!commit)
                throw new errors/* UserError */.yo(`no such revision '${rev}'`);
            const written = await (0,tags/* writeRegistryTags */.K5)(git, (state) => (0,plan/* planRegister */.Zf)(state, rest[0] ?? '', rest[1] ?? '', commit), { remote });
            ctx.stdout(written.length ? `registered ${written.join(', ')}\n` : 'already registered: nothing to do\n');
            return 0;
        }
        const { registerFromCards } = await Promise.all(/* import() */[__webpack_require__.e(844), __webpack_require__.e(471), __webpack_require__.e(473)]).then(__webpack_require__.bind(__webpack_require__, 4471));
        const outcome = await registerFromCards({ git, config, rev, remote, github: remote ? await (0,registry_io/* githubFromEnv */.Z)(ctx.env) : undefined });
        const report = { purpose: 'registry', title: 'Registration', summary: outcome.tags.length ? `registered ${outcome.tags.join(', ')}` : 'nothing new to register', findings: outcome.findings, blocks: [] };
        return (0,cli_args/* printReportAs */.w2)(ctx, report, 'text');
    },
};
const assignUsage = `usage: mlops registry assign MODEL VERSION STAGE [--push | --remote NAME]

Records that STAGE now holds VERSION of MODEL: tag {model}#{stage}#{N} on the version's commit. Normally
written by the register action when a promotion PR is merged into the release branch.
`;
const registry_assign = {
    name: 'registry assign',
    summary: 'record a stage assignment {model}#{stage}#{N} by hand',
    usage: assignUsage,
    async run(args, ctx) {
        const { flags, rest } = (0,cli_args/* parseFlags */.bQ)(args, push, assignUsage, [3, 3]);
        const [model = '', version = '', stage = ''] = rest;
        const { git } = await (0,registry_io/* openRepo */.B)(ctx);
        const v = version.startsWith('v') ? version : `v${version}`;
        const written = await (0,tags/* writeRegistryTags */.K5)(git, (state) => (0,plan/* planAssign */.r)(state, model, v, stage, { actor: ctx.env.GITHUB_ACTOR }), { remote: remoteOf(flags) });
        ctx.stdout(written.length ? `wrote ${written.join(', ')}\n` : `${stage} already holds ${model} ${v}: nothing to do\n`);
        return 0;
    },
};
const deprecateUsage = `usage: mlops registry deprecate MODEL [--push | --remote NAME]

Marks MODEL deprecated: tag {model}@deprecated on HEAD (GTO's format).
`;
const deprecate = {
    name: 'registry deprecate',
    summary: 'deprecate a model ({model}@deprecated)',
    usage: deprecateUsage,
    async run(args, ctx) {
        const { flags, rest } = (0,cli_args/* parseFlags */.bQ)(args, push, deprecateUsage, [1, 1]);
        const { git } = await (0,registry_io/* openRepo */.B)(ctx);
        const head = await git.resolve('HEAD');
        if (!head)
            throw new errors/* UserError */.yo('the repository has no commit yet');
        const written = await (0,tags/* writeRegistryTags */.K5)(git, (state) => (0,plan/* planDeprecate */.LB)(state, rest[0] ?? '', head), { remote: remoteOf(flags) });
        ctx.stdout(written.length ? `wrote ${written.join(', ')}\n` : `${rest[0]} is already deprecated\n`);
        return 0;
    },
};
const rollbackUsage = `usage: mlops registry rollback MODEL STAGE [--remote NAME] [--repo OWNER/NAME]

Opens the PR that returns STAGE to the version of MODEL it held before: a branch off the release branch
with the model folder as at that version, pushed to the remote (default origin), and a PR into the
release branch when GITHUB_TOKEN is set. The gate checks it like any promotion.
`;
const rollback = {
    name: 'registry rollback',
    summary: 'open the PR that returns a stage to its previous version',
    usage: rollbackUsage,
    async run(args, ctx) {
        const { flags, rest } = (0,cli_args/* parseFlags */.bQ)(args, { remote: { type: 'string' }, repo: { type: 'string' } }, rollbackUsage, [2, 2]);
        const { git, config } = await (0,registry_io/* openRepo */.B)(ctx);
        const { openRollback } = await __webpack_require__.e(/* import() */ 672).then(__webpack_require__.bind(__webpack_require__, 2672));
        const outcome = await openRollback({ git, config, model: rest[0] ?? '', stage: rest[1] ?? '', remote: flags.remote ?? 'origin', github: await (0,registry_io/* githubFromEnv */.Z)(ctx.env, flags.repo) });
        const pr = outcome.pr ? `; PR #${outcome.pr.number}${outcome.pr.created ? ' opened' : ' already open'}: ${outcome.pr.url}` : '; set GITHUB_TOKEN to open the PR';
        ctx.stdout(`${rest[0]} in ${rest[1]}: ${outcome.from} \u2192 ${outcome.to} on branch ${outcome.branch}${pr}\n`);
        return 0;
    },
};
const pruneUsage = `usage: mlops registry prune [--dry-run] [--push | --remote NAME]

Applies the retention policy (retention.experiments in .github/mlops.yml) to experiment tags and their
pre-releases; never removes an experiment behind a registered version or in any stage's history.
`;
const prune = {
    name: 'registry prune',
    summary: 'remove old experiment tags by the retention policy (--dry-run lists)',
    usage: pruneUsage,
    async run(args, ctx) {
        const { flags } = (0,cli_args/* parseFlags */.bQ)(args, { ...push, 'dry-run': { type: 'boolean' }, ...json }, pruneUsage, [0, 0]);
        const { git, config } = await (0,registry_io/* openRepo */.B)(ctx);
        const remote = remoteOf(flags);
        const dryRun = flags['dry-run'] === true;
        const { pruneExperiments } = await Promise.all(/* import() */[__webpack_require__.e(844), __webpack_require__.e(443)]).then(__webpack_require__.bind(__webpack_require__, 1443));
        const decision = await pruneExperiments({ git, config, dryRun, remote, github: remote && !dryRun ? await (0,registry_io/* githubFromEnv */.Z)(ctx.env) : undefined });
        const rows = [...decision.remove.map((e) => [e.name, e.date, dryRun ? 'would remove' : 'removed']), ...decision.keep.map((k) => [k.name, k.date, `kept: ${k.why}`])];
        const report = { purpose: 'registry-prune', title: 'Retention', summary: `${decision.remove.length} to remove, ${decision.keep.length} kept`, findings: [], blocks: [{ kind: 'table', table: { headers: ['experiment', 'date', 'decision'], rows } }] };
        return (0,cli_args/* printReportAs */.w2)(ctx, report, flags.json ? 'json' : 'text');
    },
};
/** Every `mlops registry` command. */
const registryCommands = [show, registry_history, audit, register, registry_assign, deprecate, rollback, prune];


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

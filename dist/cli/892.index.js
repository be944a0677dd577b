export const id = 892;
export const ids = [892];
export const modules = {

/***/ 1892:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  registryCommands: () => (/* binding */ registryCommands)
});

// EXTERNAL MODULE: ./src/adapters/git.ts
var adapters_git = __webpack_require__(6960);
// EXTERNAL MODULE: ./src/adapters/registry/register.ts + 1 modules
var register = __webpack_require__(9061);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/registry/state.ts
var registry_state = __webpack_require__(3234);
// EXTERNAL MODULE: ./src/adapters/registry/tags.ts
var tags = __webpack_require__(5445);
;// CONCATENATED MODULE: ./src/adapters/registry/rollback.ts
/**
 * Rollback as a promotion PR (SPEC §7): a branch off `{prefix}{stage}` whose model folder is put back to
 * its content at the previous version's registered commit, and a PR of it into the release branch. The
 * commit is built with a temporary index (read-tree/write-tree/commit-tree), so no work tree is touched.
 * Merging it runs the gate and then the assignment like any promotion.
 */






/** Opens (or finds) the PR that returns `stage` to the version it held before. */
async function openRollback(o) {
    const model = o.config.models.find((m) => m.name === o.model);
    if (!model)
        throw new errors/* UserError */.yo(`no model '${o.model}' in .github/mlops.yml`, { hint: 'rollback works on configured models' });
    await o.git.fetchTags(o.remote);
    const state = await (0,tags/* readRegistry */._5)(o.git);
    const from = state.artifacts[o.model]?.stages[o.stage]?.version;
    const to = (0,registry_state/* previousStageVersion */.w8)(state, o.model, o.stage);
    if (!from || !to)
        throw new errors/* UserError */.yo(`${o.model} has no earlier version in ${o.stage} to return to`, { hint: `mlops registry history ${o.model}` });
    const target = state.artifacts[o.model]?.versions.find((v) => v.version === to)?.commit ?? '';
    const base = `${o.config.release_branch_prefix}${o.stage}`;
    await o.git.run(['fetch', '--quiet', o.remote, `+refs/heads/${base}:refs/remotes/${o.remote}/${base}`]);
    const head = await o.git.resolve(`refs/remotes/${o.remote}/${base}`);
    if (!head)
        throw new errors/* UserError */.yo(`release branch ${base} does not exist on ${o.remote}`);
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
    const dir = await (0,promises_.mkdtemp)(external_node_path_default().join((0,external_node_os_.tmpdir)(), 'mlops-index-'));
    const env = { GIT_INDEX_FILE: external_node_path_default().join(dir, 'index') };
    try {
        await git.run(['read-tree', parent], { env });
        await git.run(['rm', '--cached', '-r', '-q', '--ignore-unmatch', '--', folder], { env });
        await git.run(['read-tree', `--prefix=${folder}/`, `${source}:${folder}`], { env });
        const tree = (await git.run(['write-tree'], { env })).stdout.trim();
        const same = (await git.run(['rev-parse', `${parent}^{tree}`])).stdout.trim();
        if (tree === same)
            throw new errors/* UserError */.yo(`${folder} on the release branch is already as in ${source.slice(0, 12)}`, { hint: 'nothing to roll back' });
        return (await git.run(['commit-tree', tree, '-p', parent, '-m', message])).stdout.trim();
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./src/core/registry/prune.ts
/**
 * Retention of experiment tags (SPEC §7): older than `keep_days` and not among the `keep_last` newest go,
 * except an experiment behind a registered version (named by its card's `experiment`, or on the same
 * commit), or on a commit in any stage's history: audits are built from those, so they stay.
 */
/** Decides which experiment tags go. */
function planPrune(input) {
    const newest = [...input.experiments].sort((a, b) => Date.parse(b.date) - Date.parse(a.date));
    const out = { remove: [], keep: [] };
    newest.forEach((e, i) => {
        const ageDays = (input.now - Date.parse(e.date)) / 86_400_000;
        const why = input.referenced.has(e.name)
            ? 'named by a registered version’s card'
            : input.registryCommits.has(e.commit)
                ? 'on a commit in the registry history'
                : i < input.keepLast
                    ? `among the ${input.keepLast} newest`
                    : ageDays <= input.keepDays
                        ? `younger than ${input.keepDays} days`
                        : '';
        if (why)
            out.keep.push({ ...e, why });
        else
            out.remove.push(e);
    });
    return out;
}

// EXTERNAL MODULE: ./src/adapters/github/identity.ts
var identity = __webpack_require__(5082);
// EXTERNAL MODULE: ./src/adapters/registry/cards.ts
var cards = __webpack_require__(8537);
;// CONCATENATED MODULE: ./src/adapters/registry/prune.ts




/** Decides and (unless dry-run) deletes; remote tags go in one atomic push. */
async function pruneExperiments(o) {
    if (o.remote)
        await o.git.fetchTags(o.remote);
    const state = await (0,tags/* readRegistry */._5)(o.git);
    const referenced = new Set();
    const seen = new Set();
    for (const a of Object.values(state.artifacts))
        for (const v of a.versions) {
            if (seen.has(v.commit))
                continue;
            seen.add(v.commit);
            for (const card of await (0,cards/* cardsAt */.L)(o.git, o.config, v.commit))
                if (card.experiment)
                    referenced.add(card.experiment.startsWith('exp/') ? card.experiment : `exp/${card.experiment}`);
        }
    const experiments = (await o.git.tags(['refs/tags/exp/'])).map((t) => ({ name: t.name, commit: t.commit, date: t.date }));
    const decision = planPrune({
        experiments,
        referenced,
        registryCommits: new Set(state.events.map((e) => e.commit)),
        keepDays: o.config.retention.experiments.keep_days,
        keepLast: o.config.retention.experiments.keep_last,
        now: o.now ?? Date.now(),
    });
    const names = decision.remove.map((e) => e.name);
    if (o.dryRun || !names.length)
        return { ...decision, deleted: [] };
    if (o.github)
        for (const tag of names)
            await deleteRelease(o.github.client, o.github.repo, tag);
    if (o.remote)
        await o.git.run(['push', '--atomic', '--quiet', o.remote, ...names.map((n) => `:refs/tags/${n}`)]);
    await o.git.run(['tag', '--delete', ...names]);
    return { ...decision, deleted: names };
}
async function deleteRelease(client, repo, tag) {
    try {
        const release = (await client.rest.repos.getReleaseByTag({ ...repo, tag })).data;
        await client.rest.repos.deleteRelease({ ...repo, release_id: release.id });
    }
    catch (error) {
        if ((0,identity/* statusOf */.c2)(error) !== 404)
            throw error;
    }
}

// EXTERNAL MODULE: ./src/core/registry/plan.ts
var plan = __webpack_require__(2468);
;// CONCATENATED MODULE: ./src/core/registry/report.ts

/** `mlops registry show`: one row per artifact, one column per stage. */
function showReport(state, stageOrder = []) {
    const artifacts = Object.values(state.artifacts);
    const seen = new Set(artifacts.flatMap((a) => Object.keys(a.stages)));
    const stages = [...stageOrder.filter((s) => seen.has(s)), ...[...seen].filter((s) => !stageOrder.includes(s)).sort()];
    const rows = artifacts.map((a) => [a.name + (a.deprecated ? ' (deprecated)' : ''), a.latest ?? '—', ...stages.map((s) => a.stages[s]?.version ?? '—')]);
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
            const rows = journey.map((e) => [e.date, label(e), who(e), e.meta.pr ? `#${e.meta.pr}` : '—', e.meta.approvers?.map((x) => `@${x}`).join(', ') || '—', checks(e)]);
            blocks.push({ kind: 'heading', level: 4, text: `${v.version}${v.active ? '' : ' (deregistered)'}${v.stages.length ? ` — now in ${v.stages.join(', ')}` : ''}` });
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
        return '—';
    const failed = e.meta.checks.filter((c) => !c.met);
    return failed.length ? `unmet: ${failed.map((c) => c.id).join(', ')}` : `${e.meta.checks.length} met`;
}

// EXTERNAL MODULE: ./src/cli/commands/registry-io.ts
var registry_io = __webpack_require__(1591);
;// CONCATENATED MODULE: ./src/cli/commands/registry.ts
/** `mlops registry …`: the model registry in git tags (GTO-compatible): views, manual writes, rollback, retention. */










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
        const { flags } = (0,registry_io/* parseFlags */.bQ)(args, { ...json, remote: { type: 'string' } }, showUsage, [0, 0]);
        // The JSON needs no stage order, so it reads no configuration (the fast path for scripts); git finds
        // the repository from any folder inside it, so no `rev-parse --show-toplevel` first.
        const git = new adapters_git/* Git */.T(ctx.cwd);
        if (typeof flags.remote === 'string')
            await git.fetchTags(flags.remote);
        const state = await (0,tags/* readRegistry */._5)(git, { subjectsOnly: true });
        if (flags.json) {
            ctx.stdout(`${JSON.stringify(showJson(state), null, 2)}\n`);
            return 0;
        }
        return (0,registry_io/* printReport */.Y_)(ctx, showReport(state, (await (0,registry_io/* openRepo */.B8)(ctx)).config.stages), 'text');
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
        const { flags, rest } = (0,registry_io/* parseFlags */.bQ)(args, json, historyUsage, [1, 1]);
        const { git } = await (0,registry_io/* openRepo */.B8)(ctx);
        const state = await (0,tags/* readRegistry */._5)(git);
        const model = rest[0] ?? '';
        if (!state.artifacts[model])
            throw new errors/* UserError */.yo(`no artifact '${model}' in the registry`, { hint: 'mlops registry show lists them' });
        if (flags.json) {
            ctx.stdout(`${JSON.stringify((0,registry_state/* artifactHistory */.t2)(state, model).reverse(), null, 2)}\n`);
            return 0;
        }
        return (0,registry_io/* printReport */.Y_)(ctx, historyReport(state, model), 'text');
    },
};
const auditUsage = `usage: mlops registry audit [MODEL]

A Markdown audit report: each version's journey through the stages, with the PR, the approvers, the
gate's checks and the dates, as recorded in the registry tags.
`;
const audit = {
    name: 'registry audit',
    summary: 'Markdown audit: each version’s journey, PRs, approvers, checks, dates',
    usage: auditUsage,
    async run(args, ctx) {
        const { rest } = (0,registry_io/* parseFlags */.bQ)(args, {}, auditUsage, [0, 1]);
        const { git } = await (0,registry_io/* openRepo */.B8)(ctx);
        const state = await (0,tags/* readRegistry */._5)(git);
        if (rest[0] && !state.artifacts[rest[0]])
            throw new errors/* UserError */.yo(`no artifact '${rest[0]}' in the registry`);
        return (0,registry_io/* printReport */.Y_)(ctx, auditReport(state, rest[0]), 'markdown');
    },
};
const registerUsage = `usage: mlops registry register [MODEL VERSION] [--rev REV] [--push | --remote NAME]

Without arguments: registers every model and data card at REV (default HEAD) that declares a version
not yet registered (what the register action does on the default branch; with GITHUB_TOKEN set the
release with artifacts, card, metrics and SHA256SUMS is created too). With MODEL VERSION: writes that
tag on REV. --push writes it to origin atomically.
`;
const registry_register = {
    name: 'registry register',
    summary: 'register card versions (or MODEL VERSION) as {model}@v{semver} tags',
    usage: registerUsage,
    async run(args, ctx) {
        const { flags, rest } = (0,registry_io/* parseFlags */.bQ)(args, { ...push, rev: { type: 'string' } }, registerUsage, [0, 2]);
        const { git, config } = await (0,registry_io/* openRepo */.B8)(ctx);
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
        const outcome = await (0,register/* registerFromCards */.L4)({ git, config, rev, remote, github: remote ? (0,registry_io/* githubFromEnv */.ZC)(ctx.env) : undefined });
        const report = { purpose: 'registry', title: 'Registration', summary: outcome.tags.length ? `registered ${outcome.tags.join(', ')}` : 'nothing new to register', findings: outcome.findings, blocks: [] };
        return (0,registry_io/* printReport */.Y_)(ctx, report, 'text');
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
        const { flags, rest } = (0,registry_io/* parseFlags */.bQ)(args, push, assignUsage, [3, 3]);
        const [model = '', version = '', stage = ''] = rest;
        const { git } = await (0,registry_io/* openRepo */.B8)(ctx);
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
        const { flags, rest } = (0,registry_io/* parseFlags */.bQ)(args, push, deprecateUsage, [1, 1]);
        const { git } = await (0,registry_io/* openRepo */.B8)(ctx);
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
        const { flags, rest } = (0,registry_io/* parseFlags */.bQ)(args, { remote: { type: 'string' }, repo: { type: 'string' } }, rollbackUsage, [2, 2]);
        const { git, config } = await (0,registry_io/* openRepo */.B8)(ctx);
        const outcome = await openRollback({ git, config, model: rest[0] ?? '', stage: rest[1] ?? '', remote: flags.remote ?? 'origin', github: (0,registry_io/* githubFromEnv */.ZC)(ctx.env, flags.repo) });
        const pr = outcome.pr ? `; PR #${outcome.pr.number}${outcome.pr.created ? ' opened' : ' already open'}: ${outcome.pr.url}` : '; set GITHUB_TOKEN to open the PR';
        ctx.stdout(`${rest[0]} in ${rest[1]}: ${outcome.from} → ${outcome.to} on branch ${outcome.branch}${pr}\n`);
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
        const { flags } = (0,registry_io/* parseFlags */.bQ)(args, { ...push, 'dry-run': { type: 'boolean' }, ...json }, pruneUsage, [0, 0]);
        const { git, config } = await (0,registry_io/* openRepo */.B8)(ctx);
        const remote = remoteOf(flags);
        const dryRun = flags['dry-run'] === true;
        const decision = await pruneExperiments({ git, config, dryRun, remote, github: remote && !dryRun ? (0,registry_io/* githubFromEnv */.ZC)(ctx.env) : undefined });
        const rows = [...decision.remove.map((e) => [e.name, e.date, dryRun ? 'would remove' : 'removed']), ...decision.keep.map((k) => [k.name, k.date, `kept: ${k.why}`])];
        const report = { purpose: 'registry-prune', title: 'Retention', summary: `${decision.remove.length} to remove, ${decision.keep.length} kept`, findings: [], blocks: [{ kind: 'table', table: { headers: ['experiment', 'date', 'decision'], rows } }] };
        return (0,registry_io/* printReport */.Y_)(ctx, report, flags.json ? 'json' : 'text');
    },
};
/** Every `mlops registry` command. */
const registryCommands = [show, registry_history, audit, registry_register, registry_assign, deprecate, rollback, prune];


/***/ })

};

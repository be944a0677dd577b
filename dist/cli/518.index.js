export const id = 518;
export const ids = [518,730];
export const modules = {

/***/ 9874:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $2: () => (/* binding */ readEntries),
/* harmony export */   Dy: () => (/* binding */ listRefs),
/* harmony export */   S5: () => (/* binding */ dayPatterns),
/* harmony export */   fi: () => (/* binding */ listEntries),
/* harmony export */   x9: () => (/* binding */ newestMerged)
/* harmony export */ });
/* harmony import */ var _core_experiments_catalog_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3519);
/* harmony import */ var _core_experiments_naming_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5938);
/* harmony import */ var _core_experiments_names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3584);



const FIELDS = [
    '%(refname)',
    '%(*objectname)',
    '%(objectname)',
    '%(taggerdate:iso-strict)',
    '%(taggername)',
    '%(contents:subject)',
];
/** Experiment tags in one `for-each-ref`; lightweight tags under `exp/` are skipped (they hold no record). */
async function listEntries(git, options = {}) {
    const fields = options.messages ? [...FIELDS, '%(contents)'] : FIELDS;
    const args = ['for-each-ref', `--format=${fields.join('%1f')}%1e`];
    if (options.merged)
        args.push(`--merged=${options.merged}`);
    if (options.noMerged)
        args.push(`--no-merged=${options.noMerged}`);
    const patterns = options.patterns ?? [`refs/tags/${_core_experiments_naming_js__WEBPACK_IMPORTED_MODULE_1__/* .TAG_PREFIX */ .C_}`];
    const r = await git.run([...args, ...patterns]);
    const out = [];
    for (const chunk of r.stdout.split('\x1e')) {
        const line = chunk.charCodeAt(0) === 10 ? chunk.slice(1) : chunk;
        if (!line)
            continue;
        const [ref = '', commit = '', , date = '', tagger = '', summary = '', message] = line.split('\x1f');
        if (!commit || !date)
            continue;
        const tag = ref.slice('refs/tags/'.length);
        out.push((0,_core_experiments_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .entryOf */ .Ms)({
            name: (0,_core_experiments_naming_js__WEBPACK_IMPORTED_MODULE_1__/* .nameOf */ .Vb)(tag),
            tag,
            commit,
            date,
            tagger,
            summary,
            ...(message !== undefined ? { message } : {}),
        }));
    }
    return out;
}
/** Experiment tags by name only, in one `for-each-ref` that reads no tag object (see names.ts). */
async function listRefs(git, 
// The project may still be loading (the configuration is read while git lists the tags).
options = {}) {
    const args = ['for-each-ref', '--format=%(objecttype) %(refname)'];
    if (options.merged)
        args.push(`--merged=${options.merged}`);
    if (options.noMerged)
        args.push(`--no-merged=${options.noMerged}`);
    const [r, project] = await Promise.all([git.run([...args, ...(options.patterns ?? [`refs/tags/${_core_experiments_naming_js__WEBPACK_IMPORTED_MODULE_1__/* .TAG_PREFIX */ .C_}`])]), options.project]);
    const out = [];
    const prefix = `tag refs/tags/${_core_experiments_naming_js__WEBPACK_IMPORTED_MODULE_1__/* .TAG_PREFIX */ .C_}`;
    // Lightweight tags (`commit \u2026`) hold no record and are skipped.
    for (const line of r.stdout.split('\n'))
        if (line.startsWith(prefix))
            out.push((0,_core_experiments_names_js__WEBPACK_IMPORTED_MODULE_2__/* .refOf */ .H8)(line.slice(prefix.length), project));
    return out;
}
/** The entries of the named experiments (with messages), in one `for-each-ref`. */
async function readEntries(git, names) {
    if (names.length === 0)
        return new Map();
    const entries = await listEntries(git, {
        messages: true,
        patterns: names.map((n) => `refs/tags/${_core_experiments_naming_js__WEBPACK_IMPORTED_MODULE_1__/* .TAG_PREFIX */ .C_}${(0,_core_experiments_naming_js__WEBPACK_IMPORTED_MODULE_1__/* .nameOf */ .Vb)(n)}`),
    });
    return new Map(entries.filter((e) => names.map(_core_experiments_naming_js__WEBPACK_IMPORTED_MODULE_1__/* .nameOf */ .Vb).includes(e.name)).map((e) => [e.name, e]));
}
/** The for-each-ref pattern of every experiment of a day's base name (`base`, `base-2`, \u2026). */
function dayPatterns(base) {
    return [`refs/tags/${_core_experiments_naming_js__WEBPACK_IMPORTED_MODULE_1__/* .TAG_PREFIX */ .C_}${base}`, `refs/tags/${_core_experiments_naming_js__WEBPACK_IMPORTED_MODULE_1__/* .TAG_PREFIX */ .C_}${base}-*`];
}
/** How many of the newest candidates are checked first: `--merged` peels every tag it is given. */
const FIRST_CHECK = 64;
/**
 * The newest experiment (of a type, when given) whose commit is reachable from `rev`, an existing
 * revision. With `known` (all experiment refs, already listed) the newest candidates are checked
 * first, so the usual case peels 64 tags instead of every one.
 */
async function newestMerged(git, rev, filter = {}) {
    const wanted = (r) => !filter.exclude?.includes(r.name) && (!filter.type || r.type === filter.type);
    const newest = (refs) => refs.filter(wanted).sort(_core_experiments_names_js__WEBPACK_IMPORTED_MODULE_2__/* .newestRefFirst */ .AE);
    if (filter.known) {
        const first = newest(filter.known).slice(0, FIRST_CHECK);
        if (first.length === 0)
            return undefined;
        const patterns = first.map((r) => `refs/tags/${r.tag}`);
        const found = newest(await listRefs(git, { merged: rev, project: filter.project, patterns }))[0];
        if (found || first.length < FIRST_CHECK)
            return found?.name;
    }
    return newest(await listRefs(git, { merged: rev, project: filter.project }))[0]?.name;
}


/***/ }),

/***/ 5730:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadConfig: () => (/* binding */ loadConfig)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_config_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1482);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4296);
/* harmony import */ var _core_yaml_parse_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2816);
/** Loads `.github/mlops.yml` from a repository; a missing file means the defaults, with no finding. */





/** Reads and validates the configuration of the repository at `repoRoot`. */
async function loadConfig(repoRoot, opts = {}) {
    const project = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(repoRoot));
    const found = [];
    if (opts.file !== undefined) {
        if (!(await exists((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(repoRoot, opts.file)))) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`the configuration file ${opts.file} does not exist`, {
                hint: `create it, or leave the option out to use ${_core_config_index_js__WEBPACK_IMPORTED_MODULE_2__/* .CONFIG_PATHS */ .iE[0]}`,
            });
        }
        found.push(opts.file.replace(/\\/g, '/'));
    }
    else {
        for (const candidate of _core_config_index_js__WEBPACK_IMPORTED_MODULE_2__/* .CONFIG_PATHS */ .iE)
            if (await exists((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(repoRoot, candidate)))
                found.push(candidate);
    }
    const file = found[0];
    if (!file)
        return { config: (0,_core_config_index_js__WEBPACK_IMPORTED_MODULE_2__/* .defaultConfig */ .sb)(project), findings: [] };
    const extra = found.slice(1).map((other) => ({
        rule: 'config/ambiguous-file',
        severity: 'warning',
        message: `both ${file} and ${other} exist; only ${file} is read`,
        file: other,
        line: 1,
        hint: `Delete ${other} or merge it into ${file}.`,
    }));
    const read = await readInside(repoRoot, file);
    if ('finding' in read)
        return { file, config: (0,_core_config_index_js__WEBPACK_IMPORTED_MODULE_2__/* .defaultConfig */ .sb)(project), findings: [read.finding, ...extra] };
    const parsed = (0,_core_config_index_js__WEBPACK_IMPORTED_MODULE_2__/* .parseConfig */ .o4)(read.text, file, { project });
    return { file, config: parsed.config, source: parsed.source, findings: [...parsed.findings, ...extra] };
}
async function exists(path) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(path);
        return true;
    }
    catch {
        return false;
    }
}
/** Reads a repository file as UTF-8, refusing symlinks out of the repository, non-files and oversized files. */
async function readInside(repoRoot, file) {
    const root = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(repoRoot);
    const target = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, file));
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, target);
    if (rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) || rel === '..' || rel.startsWith(node_path__WEBPACK_IMPORTED_MODULE_1__.sep)) {
        return {
            finding: {
                rule: 'config/path-outside-repo',
                severity: 'error',
                message: `${file} links outside the repository; it was not read`,
                file,
                line: 1,
                hint: 'Make the configuration a regular file in the repository.',
            },
        };
    }
    // stat before opening: opening a FIFO would block until someone writes to it.
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(target);
    if (!info.isFile()) {
        return {
            finding: {
                rule: 'config/not-a-file',
                severity: 'error',
                message: `${file} is not a regular file`,
                file,
                hint: 'Make the configuration a regular YAML file.',
            },
        };
    }
    if (info.size > _core_config_index_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_CONFIG_BYTES */ .GW)
        return { finding: (0,_core_yaml_parse_js__WEBPACK_IMPORTED_MODULE_4__/* .tooLargeFinding */ .np)(file, info.size, _core_config_index_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_CONFIG_BYTES */ .GW, 'config') };
    return { text: await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(target, 'utf8') };
}


/***/ }),

/***/ 2518:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  experimentCommands: () => (/* binding */ experimentCommands)
});

// EXTERNAL MODULE: ./src/adapters/fs/config.ts
var fs_config = __webpack_require__(5730);
;// CONCATENATED MODULE: ./src/adapters/experiments/settings.ts

/** Reads the settings of the repository at `root` (defaults when there is no config). */
async function experimentSettings(root) {
    const { config, findings } = await (0,fs_config.loadConfig)(root);
    return { project: config.project, directions: config.evaluation.metrics, models: config.models, findings };
}

// EXTERNAL MODULE: ./src/adapters/experiments/store.ts
var store = __webpack_require__(9874);
// EXTERNAL MODULE: ./src/adapters/git.ts + 1 modules
var adapters_git = __webpack_require__(3073);
// EXTERNAL MODULE: ./src/core/experiments/catalog.ts
var catalog = __webpack_require__(3519);
// EXTERNAL MODULE: ./src/core/experiments/names.ts
var names = __webpack_require__(3584);
// EXTERNAL MODULE: ./src/core/experiments/report.ts
var report = __webpack_require__(1292);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/cli/args.ts + 4 modules
var cli_args = __webpack_require__(9123);
;// CONCATENATED MODULE: ./src/cli/commands/experiment.ts
/**
 * `mlops experiment record|list|show|compare`: experiments as annotated tags and release assets (SPEC \u00a76).
 * Recording (hashing, environment, importers, the GitHub client) and comparing are loaded by the
 * subcommands that use them: `list` on 10,000 tags needs a tenth of that code.
 */








/** `--remote-name NAME` or `--remote` (origin). */
const remoteOf = (v) => (0,cli_args/* str */.gx)(v, 'remote-name') ?? ((0,cli_args/* bool */.lc)(v, 'remote') ? 'origin' : undefined);
const flag = { type: 'boolean' };
const experiment_text = { type: 'string' };
const many = { type: 'string', multiple: true };
const recordUsage = `usage: mlops experiment record --type TYPE [--params FILE]... [--metrics FILE]... [--artifact PATH]...
       [--dataset CARD|NAME@VERSION]... [--seed N]... [--note TEXT] [--allow-dirty]
       [--from-dvc] [--from-mlflow DIR] [--from-wandb DIR] [--push] [--remote NAME]
       [--artifact-store URI] [--project NAME] [--out FILE] [--json]

Records an experiment as the annotated tag exp/{project}-{type}-{YYYYMMDD}[-N]. With --push the tag is
pushed atomically and, with GITHUB_TOKEN set, a pre-release on it holds the record, metrics, params and
artifacts. Rerunning the same record creates nothing new and repairs a half-finished release.

options:
  --type TYPE            kind of run (train, eval, tune \u2026), part of the name
  --params FILE          hyperparameters, YAML or JSON (nested keys are flattened with dots)
  --metrics FILE         metrics, YAML or JSON (nested keys are flattened with dots)
  --artifact PATH        a file or folder in the repository to hash and attach
  --dataset SPEC         a data card path, or NAME@VERSION of a dataset with a data card
  --seed N               a random seed the run used (warning when none)
  --allow-dirty          record uncommitted changes (with the digest of the diff)
  --from-dvc             read params and metrics named in ./dvc.yaml and data from .dvc files
  --from-mlflow DIR      read an MLflow file-store run (mlruns/<experiment>/<run>)
  --from-wandb DIR       read a W&B run folder (wandb/run-\u2026)
  --push                 push the tag (and publish the release when GITHUB_TOKEN is set)
  --remote NAME          remote to push to (default origin)
  --artifact-store URI   record artifacts over 2 GiB by URI and checksum instead of uploading
  --project NAME         override the project name (default: config \`project\`, else the folder)
  --out FILE             where to write the record JSON (default: a temp folder)
  --json                 print the report as JSON
`;
const recordCommand = {
    name: 'experiment record',
    summary: 'record an experiment as an annotated tag (and a pre-release with --push)',
    usage: recordUsage,
    async run(args, ctx) {
        const { values: v, positionals } = (0,cli_args/* parse */.qg)(args, {
            type: experiment_text,
            params: many,
            metrics: many,
            artifact: many,
            dataset: many,
            seed: many,
            note: experiment_text,
            'allow-dirty': flag,
            'from-dvc': flag,
            'from-mlflow': experiment_text,
            'from-wandb': experiment_text,
            push: flag,
            remote: experiment_text,
            'artifact-store': experiment_text,
            project: experiment_text,
            out: experiment_text,
            json: flag,
        }, recordUsage);
        if (positionals.length)
            throw new errors/* UsageError */.eb(`unexpected argument '${positionals[0]}'`, 'usage: mlops experiment record --type TYPE \u2026');
        const type = (0,cli_args/* str */.gx)(v, 'type');
        if (!type)
            throw new errors/* UsageError */.eb('--type is required', 'e.g. --type train');
        const seeds = (0,cli_args/* list */.p_)(v, 'seed').map((s) => {
            if (!/^-?\d+$/.test(s))
                throw new errors/* UsageError */.eb(`--seed '${s}' is not an integer`);
            return Number(s);
        });
        const git = new adapters_git/* Git */.T(ctx.cwd);
        const root = await git.root();
        const settings = await experimentSettings(root);
        const remote = (0,cli_args/* bool */.lc)(v, 'push') ? ((0,cli_args/* str */.gx)(v, 'remote') ?? 'origin') : undefined;
        const { recordExperiment } = await __webpack_require__.e(/* import() */ 384).then(__webpack_require__.bind(__webpack_require__, 7384));
        const outcome = await recordExperiment({ git, root, cwd: ctx.cwd, env: ctx.env }, {
            inputs: {
                project: (0,cli_args/* str */.gx)(v, 'project') ?? settings.project,
                type,
                params: (0,cli_args/* list */.p_)(v, 'params'),
                metrics: (0,cli_args/* list */.p_)(v, 'metrics'),
                artifacts: (0,cli_args/* list */.p_)(v, 'artifact'),
                datasets: (0,cli_args/* list */.p_)(v, 'dataset'),
                seeds,
                note: (0,cli_args/* str */.gx)(v, 'note'),
                allowDirty: (0,cli_args/* bool */.lc)(v, 'allow-dirty'),
                fromDvc: (0,cli_args/* bool */.lc)(v, 'from-dvc'),
                fromMlflow: (0,cli_args/* str */.gx)(v, 'from-mlflow'),
                fromWandb: (0,cli_args/* str */.gx)(v, 'from-wandb'),
                artifactStore: (0,cli_args/* str */.gx)(v, 'artifact-store'),
            },
            remote,
            github: remote ? await githubFor(git, remote, ctx.env) : undefined,
            out: (0,cli_args/* str */.gx)(v, 'out'),
        });
        outcome.report.findings.unshift(...settings.findings);
        return (0,cli_args/* printReport */.Y_)(ctx, outcome.report, (0,cli_args/* bool */.lc)(v, 'json'));
    },
};
/** The client and `owner/name` for publishing: GITHUB_TOKEN, and GITHUB_REPOSITORY or the remote's GitHub URL. */
async function githubFor(git, remote, env) {
    const token = env.GITHUB_TOKEN || env.GH_TOKEN;
    if (!token)
        return undefined;
    let repository = env.GITHUB_REPOSITORY;
    if (!repository) {
        const url = (await git.run(['remote', 'get-url', remote], { allowFailure: true })).stdout.trim();
        repository = /github\.com[:/]([^/]+\/[^/]+?)(\.git)?$/.exec(url)?.[1];
    }
    if (!repository)
        throw new errors/* UserError */.yo(`cannot tell which GitHub repository '${remote}' is`, {
            hint: 'set GITHUB_REPOSITORY=owner/name',
        });
    const { createClient } = await Promise.all(/* import() */[__webpack_require__.e(133), __webpack_require__.e(932)]).then(__webpack_require__.bind(__webpack_require__, 5932));
    return { client: createClient({ token, baseUrl: env.GITHUB_API_URL }), repository };
}
/** With --remote, the remote's experiment tags are fetched first, so the listing is the remote's. */
async function fetchIfAsked(git, remote) {
    if (remote)
        await git.fetchTags(remote, ['+refs/tags/exp/*:refs/tags/exp/*']);
}
const listUsage = `usage: mlops experiment list [--type T] [--since DATE] [--long] [--remote | --remote-name NAME] [--json]

Lists experiments newest first from the local tags (one \`git for-each-ref\` that reads names only), or
from the remote first with --remote. --since takes YYYY-MM-DD (UTC) or an ISO 8601 instant (its day).
--long adds the tag date, commit and summary line (reads every tag object: slower on thousands of tags).
`;
const listCommand = {
    name: 'experiment list',
    summary: 'list experiments (newest first)',
    usage: listUsage,
    async run(args, ctx) {
        const options = { type: experiment_text, since: experiment_text, long: flag, remote: flag, 'remote-name': experiment_text, json: flag };
        const { values: v, positionals } = (0,cli_args/* parse */.qg)(args, options, listUsage);
        if (positionals.length)
            throw new errors/* UsageError */.eb(`unexpected argument '${positionals[0]}'`, listUsage.split('\n')[0]);
        const git = new adapters_git/* Git */.T(ctx.cwd);
        await fetchIfAsked(git, remoteOf(v));
        const filter = { type: (0,cli_args/* str */.gx)(v, 'type'), since: (0,cli_args/* str */.gx)(v, 'since') };
        if ((0,cli_args/* bool */.lc)(v, 'long'))
            return (0,cli_args/* printReport */.Y_)(ctx, (0,report/* listReport */.LC)((0,catalog/* selectEntries */.XO)(await (0,store/* listEntries */.fi)(git), filter)), (0,cli_args/* bool */.lc)(v, 'json'));
        // The configuration is read while git lists the tags; outside a repository, root()'s error is the one shown.
        const root = git.root();
        const project = root.then(experimentSettings).then((s) => s.project);
        const refs = await (0,store/* listRefs */.Dy)(git, { project }).catch(async (error) => {
            await root;
            throw error;
        });
        return (0,cli_args/* printReport */.Y_)(ctx, (0,report/* refsReport */.T$)((0,names/* selectRefs */.Xi)(refs, filter)), (0,cli_args/* bool */.lc)(v, 'json'));
    },
};
const showUsage = `usage: mlops experiment show NAME [--remote | --remote-name NAME] [--json | --record]

Shows an experiment's record: metrics, params, datasets, artifacts, code and environment.
--record prints the record itself, as JSON (schemas/experiment.schema.json), for scripts.
`;
const showCommand = {
    name: 'experiment show',
    summary: 'show one experiment record',
    usage: showUsage,
    async run(args, ctx) {
        const { values: v, positionals } = (0,cli_args/* parse */.qg)(args, { remote: flag, 'remote-name': experiment_text, json: flag, record: flag }, showUsage);
        if (positionals.length !== 1)
            throw new errors/* UsageError */.eb('give exactly one experiment name', showUsage.split('\n')[0]);
        const git = new adapters_git/* Git */.T(ctx.cwd);
        await fetchIfAsked(git, remoteOf(v));
        const { readRecord, showExperiment } = await Promise.all(/* import() */[__webpack_require__.e(445), __webpack_require__.e(120)]).then(__webpack_require__.bind(__webpack_require__, 8120));
        if ((0,cli_args/* bool */.lc)(v, 'record')) {
            ctx.stdout(`${JSON.stringify(await readRecord(git, positionals[0]), null, 2)}\n`);
            return 0;
        }
        return (0,cli_args/* printReport */.Y_)(ctx, await showExperiment(git, positionals[0]), (0,cli_args/* bool */.lc)(v, 'json'));
    },
};
const compareUsage = `usage: mlops experiment compare A [B] [--last N] [--base BRANCH] [--model NAME]
       [--remote | --remote-name NAME] [--json]

Compares experiment A with baseline B, like \`dvc metrics diff\`: each metric and changed param with
absolute and relative change, better or worse by the metric's direction (config
\`evaluation.metrics.<name>.higher_is_better\`, else the usual meaning of names such as loss or accuracy),
and a chart of the key metrics over the last N experiments of A's type (default 10).
B is an experiment name, \`main\` (default: the newest experiment on the base branch) or \`production\`
(the experiment behind the model now in production).
`;
const compareCommand = {
    name: 'experiment compare',
    summary: 'compare an experiment with a baseline (experiment, main or production)',
    usage: compareUsage,
    async run(args, ctx) {
        const { values: v, positionals } = (0,cli_args/* parse */.qg)(args, { last: experiment_text, base: experiment_text, model: experiment_text, remote: flag, 'remote-name': experiment_text, json: flag }, compareUsage);
        if (positionals.length < 1 || positionals.length > 2)
            throw new errors/* UsageError */.eb('give one or two experiment names', compareUsage.split('\n')[0]);
        const last = Number((0,cli_args/* str */.gx)(v, 'last') ?? 10);
        if (!Number.isInteger(last) || last < 1)
            throw new errors/* UsageError */.eb(`--last '${(0,cli_args/* str */.gx)(v, 'last')}' is not a positive integer`);
        const git = new adapters_git/* Git */.T(ctx.cwd);
        const root = await git.root();
        await fetchIfAsked(git, remoteOf(v));
        // The configuration is read while git lists the tags (names alone give type, day and order).
        const loading = experimentSettings(root);
        const refs = await (0,store/* listRefs */.Dy)(git, { project: loading.then((s) => s.project) });
        const settings = await loading;
        const { compareExperiments } = await Promise.all(/* import() */[__webpack_require__.e(445), __webpack_require__.e(120)]).then(__webpack_require__.bind(__webpack_require__, 8120));
        const report = await compareExperiments(git, {
            refs,
            candidate: positionals[0],
            baseline: positionals[1],
            baseBranch: (0,cli_args/* str */.gx)(v, 'base') ?? ctx.env.GITHUB_BASE_REF,
            last,
            directions: settings.directions,
            models: settings.models,
            model: (0,cli_args/* str */.gx)(v, 'model'),
            project: settings.project,
            root,
        });
        return (0,cli_args/* printReport */.Y_)(ctx, report, (0,cli_args/* bool */.lc)(v, 'json'));
    },
};
/** The `experiment` command group. */
const experimentCommands = [recordCommand, listCommand, showCommand, compareCommand];


/***/ }),

/***/ 3519:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ms: () => (/* binding */ entryOf),
/* harmony export */   XO: () => (/* binding */ selectEntries),
/* harmony export */   zv: () => (/* binding */ recordOf)
/* harmony export */ });
/* unused harmony export newestFirst */
/* harmony import */ var _message_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5819);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3584);


/** An entry from the fields `for-each-ref` gives, the type read from the summary line. */
function entryOf(fields) {
    return { ...fields, type: (0,_message_js__WEBPACK_IMPORTED_MODULE_1__/* .typeFromSummary */ .$s)(fields.summary) };
}
/** Filters by type and by UTC day (`--since`, as selectRefs), newest first. */
function selectEntries(entries, filter = {}) {
    const since = filter.since ? (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .sinceDay */ .B2)(filter.since) : undefined;
    const day = (e) => new Date(e.date).toISOString().slice(0, 10).replaceAll('-', '');
    return entries
        .filter((e) => (!filter.type || e.type === filter.type) && (!since || day(e) >= since))
        .sort(newestFirst);
}
/** Newest first by tag date, then by name (so `-10` comes after `-9` on the same second). */
function newestFirst(a, b) {
    return Date.parse(b.date) - Date.parse(a.date) || b.name.localeCompare(a.name, 'en', { numeric: true });
}
const parsed = new WeakMap();
/** The parsed message of an entry, parsed once and only when asked (list never needs it). */
function recordOf(entry) {
    let result = parsed.get(entry);
    if (!result) {
        result = (0,_message_js__WEBPACK_IMPORTED_MODULE_1__/* .parseMessage */ .vY)(entry.message ?? entry.summary);
        parsed.set(entry, result);
    }
    return result;
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
/* harmony import */ var _sha256_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7424);

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
        record: { asset: RECORD_ASSET, sha256: (0,_sha256_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Hex */ .f)(json), bytes: Buffer.byteLength(json) },
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


/***/ }),

/***/ 3584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AE: () => (/* binding */ newestRefFirst),
/* harmony export */   B2: () => (/* binding */ sinceDay),
/* harmony export */   H8: () => (/* binding */ refOf),
/* harmony export */   Xi: () => (/* binding */ selectRefs)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _naming_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5938);
/**
 * Experiments known from their tag names alone: `{project}-{type}-{YYYYMMDD}[-N]` says the type, the
 * UTC day and the order within the day, so listing needs no tag object read (`for-each-ref` reads
 * names from packed-refs at the speed of a plain `git for-each-ref`).
 */


const GENERIC = /^(.+)-([^-]+)-(\d{8})(?:-([1-9]\d*))?$/;
/**
 * Reads a name; with the project known the type may contain `-` (`churn-train-eval-20260304`),
 * otherwise the type is the word before the day.
 */
function refOf(name, project) {
    const tag = `${_naming_js__WEBPACK_IMPORTED_MODULE_1__/* .TAG_PREFIX */ .C_}${name}`;
    if (project && name.startsWith(`${project}-`)) {
        const m = /^(.+)-(\d{8})(?:-([1-9]\d*))?$/.exec(name.slice(project.length + 1));
        if (m)
            return { name, tag, type: m[1], day: m[2], number: m[3] ? Number(m[3]) : 1 };
    }
    const m = GENERIC.exec(name);
    if (!m)
        return { name, tag, number: 1 };
    return { name, tag, type: m[2], day: m[3], number: m[4] ? Number(m[4]) : 1 };
}
/** Newest first: by day, then by number within the day (names without a day last). */
function newestRefFirst(a, b) {
    // Plain comparisons, not localeCompare: this sorts 10,000 names on every `list`.
    const day = cmp(b.day ?? '', a.day ?? '');
    return day || b.number - a.number || cmp(a.name, b.name);
}
function cmp(x, y) {
    return x < y ? -1 : x > y ? 1 : 0;
}
/** `--since` as a UTC day `YYYYMMDD` (an instant counts from its day). */
function sinceDay(text) {
    const value = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00Z` : text);
    if (Number.isNaN(value))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`--since '${text}' is not a date`, {
            hint: 'use YYYY-MM-DD (UTC) or an ISO 8601 instant',
        });
    return new Date(value).toISOString().slice(0, 10).replaceAll('-', '');
}
/** Filters by type and by day (`--since`), newest first. */
function selectRefs(refs, filter = {}) {
    const since = filter.since ? sinceDay(filter.since) : undefined;
    return refs
        .filter((r) => (!filter.type || r.type === filter.type) && (!since || (r.day !== undefined && r.day >= since)))
        .sort(newestRefFirst);
}


/***/ }),

/***/ 5938:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C_: () => (/* binding */ TAG_PREFIX),
/* harmony export */   Fl: () => (/* binding */ baseName),
/* harmony export */   HW: () => (/* binding */ nextName),
/* harmony export */   Vb: () => (/* binding */ nameOf),
/* harmony export */   cO: () => (/* binding */ tagOf),
/* harmony export */   he: () => (/* binding */ assertNamePart)
/* harmony export */ });
/* unused harmony exports utcDay, refusedNamePart, nthName, numberOf */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/** Experiment names (SPEC \u00a76): `{project}-{type}-{YYYYMMDD}`, then `-2`, `-3` \u2026 the same UTC day; tag `exp/{name}`. */

/** The tag namespace of experiments. */
const TAG_PREFIX = 'exp/';
/** The tag of an experiment name. */
function tagOf(name) {
    return `${TAG_PREFIX}${name}`;
}
/** The experiment name of a tag (or the name itself when it has no `exp/` prefix). */
function nameOf(tagOrName) {
    const bare = tagOrName.replace(/^refs\/tags\//, '');
    return bare.startsWith(TAG_PREFIX) ? bare.slice(TAG_PREFIX.length) : bare;
}
/** `YYYYMMDD` of a date in UTC (a run just after midnight in Tokyo still counts for the UTC day). */
function utcDay(date) {
    return date.toISOString().slice(0, 10).replaceAll('-', '');
}
/**
 * Why a project or type word cannot be part of a tag name, or undefined when it can. Mirrors
 * `git check-ref-format` (no control characters, space, `~^:?*[\`, `..`, `@{`, leading `.` or `-`,
 * trailing `.` or `.lock`) and also refuses `/`, which would nest the name.
 */
function refusedNamePart(part) {
    if (part === '')
        return 'it is empty';
    const bad = /[\x00-\x20\x7f~^:?*[\\/]/.exec(part);
    if (bad)
        return `git refuses the character ${JSON.stringify(bad[0])} in tag names`;
    if (part.includes('..'))
        return "git refuses '..' in tag names";
    if (part.includes('@{'))
        return "git refuses '@{' in tag names";
    if (part.startsWith('.') || part.startsWith('-'))
        return `a tag name part cannot start with '${part[0]}'`;
    if (part.endsWith('.') || part.endsWith('.lock'))
        return "a tag name cannot end with '.' or '.lock'";
    return undefined;
}
/** Throws a UserError naming the option when a project or type cannot be used in a tag name. */
function assertNamePart(what, part) {
    const why = refusedNamePart(part);
    if (why) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`the experiment ${what} '${part}' cannot be used in a tag name: ${why}`, {
            hint: what === 'project'
                ? 'set `project:` in .github/mlops.yml to letters, digits, `-`, `_` or `.`'
                : 'use letters, digits, `-`, `_` or `.` in --type',
        });
    }
}
/** The base name of the day, before any `-N` suffix. */
function baseName(project, type, date) {
    return `${project}-${type}-${utcDay(date)}`;
}
/** The n-th name of the day: the first has no suffix, later ones `-2`, `-3` \u2026. */
function nthName(base, n) {
    return n <= 1 ? base : `${base}-${n}`;
}
/** The number of a name of the day (1 for the base, N for `-N`), or undefined when it is not one. */
function numberOf(base, name) {
    if (name === base)
        return 1;
    if (!name.startsWith(`${base}-`))
        return undefined;
    const rest = name.slice(base.length + 1);
    return /^[1-9]\d*$/.test(rest) && Number(rest) >= 2 ? Number(rest) : undefined;
}
/** The first free name of the day after every name already taken (locally or on the remote). */
function nextName(base, taken) {
    let highest = 0;
    for (const name of taken)
        highest = Math.max(highest, numberOf(base, name) ?? 0);
    return nthName(base, highest + 1);
}


/***/ }),

/***/ 1292:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EU: () => (/* binding */ compareReport),
/* harmony export */   LC: () => (/* binding */ listReport),
/* harmony export */   T$: () => (/* binding */ refsReport),
/* harmony export */   UY: () => (/* binding */ showReport),
/* harmony export */   qu: () => (/* binding */ experimentReport)
/* harmony export */ });
/* unused harmony exports keyMetrics, historyChart */
/* harmony import */ var _compare_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5027);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1688);


/** The table of `experiment list`: name, type and UTC day, read from the names alone. */
function refsReport(refs) {
    const day = (d) => (d ? `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6)}` : '?');
    return {
        purpose: 'experiments',
        title: 'Experiments',
        summary: `${refs.length} experiment${refs.length === 1 ? '' : 's'}`,
        findings: [],
        blocks: [
            {
                kind: 'table',
                table: {
                    headers: ['name', 'type', 'day'],
                    rows: refs.map((r) => [r.name, r.type ?? '?', day(r.day)]),
                },
            },
        ],
    };
}
/** The table of `experiment list --long`: with tag date, commit and summary (reads every tag object). */
function listReport(entries) {
    const rows = entries.map((e) => [
        e.name,
        e.type ?? '?',
        e.date,
        e.commit.slice(0, 12),
        e.summary.replace(/^\S+: /, ''),
    ]);
    return {
        purpose: 'experiments',
        title: 'Experiments',
        summary: `${entries.length} experiment${entries.length === 1 ? '' : 's'}`,
        findings: [],
        blocks: [{ kind: 'table', table: { headers: ['name', 'type', 'date', 'commit', 'summary'], rows } }],
    };
}
const kv = (map) => ({
    headers: ['name', 'value'],
    rows: Object.entries(map).map(([k, v]) => [k, (0,_compare_js__WEBPACK_IMPORTED_MODULE_0__/* .formatValue */ .Fl)(v)]),
});
/** The report of `experiment show`: every part of the record as tables. */
function showReport(record, findings = []) {
    const blocks = [{ kind: 'markdown', text: codeLine(record) }];
    if ('truncated' in record) {
        blocks.push({
            kind: 'markdown',
            text: `The tag holds a digest only; the full record is the release asset \`${record.record.asset}\` (sha256 ${record.record.sha256}).`,
        });
        if (record.metrics)
            blocks.push({ kind: 'heading', text: 'Metrics', level: 3 }, { kind: 'table', table: kv(record.metrics) });
        return {
            purpose: 'experiments',
            title: `Experiment ${record.name}`,
            summary: `${record.type} experiment`,
            findings,
            blocks,
        };
    }
    blocks.push({ kind: 'heading', text: 'Metrics', level: 3 }, { kind: 'table', table: kv(record.metrics) });
    blocks.push({ kind: 'heading', text: 'Params', level: 3 }, { kind: 'table', table: kv(record.params) });
    const files = (title, rows) => rows.length
        ? [
            { kind: 'heading', text: title, level: 3 },
            { kind: 'table', table: { headers: ['name', 'path', 'sha256', 'bytes'], rows } },
        ]
        : [];
    blocks.push(...files('Datasets', record.datasets.flatMap((d) => d.files.map((f) => [
        `${d.name}${d.version ? `@${d.version}` : ''}`,
        f.path,
        f.sha256 ?? (f.md5 ? `md5:${f.md5}` : '-'),
        f.bytes === undefined ? '-' : String(f.bytes),
    ]))));
    blocks.push(...files('Artifacts', record.artifacts.map((a) => ['', a.uri ?? a.path, a.sha256, String(a.bytes)])));
    const env = record.environment;
    const runtimes = Object.entries(env.runtimes)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ');
    blocks.push({
        kind: 'details',
        summary: 'Environment',
        blocks: [
            {
                kind: 'markdown',
                text: `${env.os.platform} ${env.os.release} (${env.os.arch}); ${runtimes}; runner: ${env.runner.kind}${env.runner.name ? ` ${env.runner.name}` : ''}; seeds: ${record.seeds.join(', ') || 'none'}`,
            },
            {
                kind: 'table',
                table: {
                    headers: ['lockfile', 'sha256', 'bytes'],
                    rows: env.lockfiles.map((l) => [l.path, l.sha256, String(l.bytes)]),
                },
            },
        ],
    });
    return {
        purpose: 'experiments',
        title: `Experiment ${record.name}`,
        summary: `${record.type} experiment by ${record.author.name} at ${record.created}`,
        findings,
        blocks,
    };
}
function codeLine(record) {
    const dirty = record.code.dirty ? ` (dirty, diff sha256 ${record.code.diffSha256 ?? '?'})` : '';
    return `Commit \`${record.code.commit.slice(0, 12)}\`${dirty}, created ${record.created}.`;
}
const SIGN = {
    better: '\u2705 better',
    worse: '\u274c worse',
    same: 'same',
    changed: 'changed',
    added: 'added',
    removed: 'removed',
};
function diffTable(rows, baseline, candidate) {
    return {
        headers: ['name', baseline, candidate, 'change', 'relative', ''],
        align: ['left', 'right', 'right', 'right', 'right', 'left'],
        rows: rows.map((r) => [
            r.name,
            (0,_compare_js__WEBPACK_IMPORTED_MODULE_0__/* .formatValue */ .Fl)(r.baseline),
            (0,_compare_js__WEBPACK_IMPORTED_MODULE_0__/* .formatValue */ .Fl)(r.candidate),
            r.change === undefined ? '-' : `${r.change > 0 ? '+' : ''}${(0,_compare_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(r.change)}`,
            r.relative === undefined ? '-' : `${r.relative > 0 ? '+' : ''}${(r.relative * 100).toFixed(2)}%`,
            SIGN[r.verdict],
        ]),
    };
}
/** The key metrics: the configured ones present in the candidate, else its first three numeric ones. */
function keyMetrics(candidate, directions, max = 3) {
    const numeric = Object.keys(candidate.metrics).filter((k) => (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .asNumber */ .i)(candidate.metrics[k]) !== undefined);
    const configured = numeric.filter((k) => directions[k] !== undefined);
    const known = numeric.filter((k) => (0,_compare_js__WEBPACK_IMPORTED_MODULE_0__/* .directionOf */ .FR)(k, directions) !== undefined);
    return [...new Set([...configured, ...known, ...numeric])].slice(0, max);
}
/** A mermaid xychart of one metric over the history; the table fallback holds the same numbers. */
function historyChart(history, metrics) {
    if (history.length < 2 || metrics.length === 0)
        return undefined;
    const label = (s) => JSON.stringify(s.replaceAll('"', "'"));
    const lines = metrics.map((m) => `  line [${history.map((h) => (0,_compare_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)((0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .asNumber */ .i)(h.metrics[m]) ?? 0)).join(', ')}]`);
    const mermaid = [
        'xychart-beta',
        `  title ${label(`${metrics.join(', ')} over the last ${history.length} experiments`)}`,
        `  x-axis [${history.map((h, i) => label(String(i + 1))).join(', ')}]`,
        ...lines,
    ].join('\n');
    const fallback = {
        headers: ['#', 'experiment', ...metrics],
        rows: history.map((h, i) => [String(i + 1), h.name, ...metrics.map((m) => (0,_compare_js__WEBPACK_IMPORTED_MODULE_0__/* .formatValue */ .Fl)(h.metrics[m]))]),
    };
    return { kind: 'chart', mermaid, fallback };
}
/** The report of `experiment compare` and of the compare-experiments action. */
function compareReport(input) {
    const { candidate, baseline, directions } = input;
    const metrics = (0,_compare_js__WEBPACK_IMPORTED_MODULE_0__/* .diffValues */ .In)(baseline.metrics, candidate.metrics, directions);
    const params = (0,_compare_js__WEBPACK_IMPORTED_MODULE_0__/* .diffValues */ .In)(baseline.params, candidate.params).filter((r) => r.verdict !== 'same');
    const worse = metrics.filter((r) => r.verdict === 'worse');
    const better = metrics.filter((r) => r.verdict === 'better');
    const blocks = [
        { kind: 'markdown', text: `\`${candidate.name}\` against ${input.baselineLabel} \`${baseline.name}\`.` },
        { kind: 'heading', text: 'Metrics', level: 3 },
        { kind: 'table', table: diffTable(metrics, baseline.name, candidate.name) },
        { kind: 'heading', text: 'Params', level: 3 },
        params.length
            ? { kind: 'table', table: diffTable(params, baseline.name, candidate.name) }
            : { kind: 'markdown', text: 'No params changed.' },
    ];
    const chart = historyChart(input.history, keyMetrics(candidate, directions));
    if (chart)
        blocks.push({ kind: 'heading', text: 'Key metrics over recent experiments', level: 3 }, chart);
    return {
        purpose: 'experiments',
        title: `Experiment ${candidate.name} vs ${baseline.name}`,
        summary: `${better.length} metric${better.length === 1 ? '' : 's'} better, ${worse.length} worse, ${params.length} param${params.length === 1 ? '' : 's'} changed`,
        findings: worse.map((r) => ({
            rule: 'experiment/metric-regressed',
            severity: 'notice',
            message: `${r.name} is worse than ${baseline.name}: ${(0,_compare_js__WEBPACK_IMPORTED_MODULE_0__/* .formatValue */ .Fl)(r.baseline)} \u2192 ${(0,_compare_js__WEBPACK_IMPORTED_MODULE_0__/* .formatValue */ .Fl)(r.candidate)}`,
        })),
        blocks,
    };
}
/** The report of `experiment record`. */
function experimentReport(record, s) {
    const what = s.status === 'created'
        ? `Recorded as tag \`exp/${record.name}\``
        : `Already recorded as tag \`exp/${record.name}\` (nothing new)`;
    const lines = [
        `${what}${s.pushed ? ', pushed' : ''}.`,
        s.truncated
            ? 'The record is over the tag message limit: the tag holds its digest, the release asset `experiment.json` holds it in full.'
            : '',
        s.releaseUrl
            ? `Release: ${s.releaseUrl}${s.status === 'exists' && s.repaired ? ' (completed now)' : ''}`
            : '',
    ].filter(Boolean);
    return {
        purpose: 'experiments',
        title: `Experiment ${record.name}`,
        summary: `${record.type} experiment, ${Object.keys(record.metrics).length} metrics, ${record.artifacts.length} artifacts`,
        findings: s.findings,
        blocks: [
            { kind: 'markdown', text: lines.join('\n') },
            { kind: 'heading', text: 'Metrics', level: 3 },
            { kind: 'table', table: kv(record.metrics) },
        ],
    };
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

/***/ 1971:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hN: () => (/* reexport safe */ _parse_js__WEBPACK_IMPORTED_MODULE_0__.hN),
/* harmony export */   x5: () => (/* reexport safe */ _locate_js__WEBPACK_IMPORTED_MODULE_1__.x)
/* harmony export */ });
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2816);
/* harmony import */ var _locate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1473);
/** Safe YAML parsing with source locations; see parse.ts and locate.ts. */




/***/ })

};

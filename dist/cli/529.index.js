export const id = 529;
export const ids = [529,730];
export const modules = {

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

/***/ 7529:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  initCommand: () => (/* binding */ initCommand),
  initReport: () => (/* binding */ initReport)
});

// EXTERNAL MODULE: ./src/adapters/fs/config.ts
var config = __webpack_require__(5730);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/adapters/fs/inside.ts
var inside = __webpack_require__(4608);
;// CONCATENATED MODULE: ./src/adapters/init/apply.ts
/** Writes the files `mlops init` planned, and what it needs to know about the repository first. */




/** Existence of a repository-relative path. */
const existsIn = (root) => (rel) => (0,external_node_fs_.existsSync)(external_node_path_default().join(root, rel));
/**
 * Writes each file with the `wx` flag, so a file that appeared since the plan is left alone
 * (never overwritten). Returns the paths written.
 */
async function writeMissing(root, files) {
    // Card folders come from .github/mlops.yml: every target is checked before anything is written.
    const targets = files.map((f) => ({ f, target: (0,inside/* insideRoot */.p)(root, f.path, '.github/mlops.yml') }));
    const written = [];
    for (const { f, target } of targets) {
        await (0,promises_.mkdir)(external_node_path_default().dirname(target), { recursive: true });
        try {
            await (0,promises_.writeFile)(target, f.content, { flag: 'wx' });
            written.push(f.path);
        }
        catch (error) {
            if (error.code !== 'EEXIST')
                throw error;
        }
    }
    return written;
}
/** The subfolders of `dir` (none when it does not exist), as name and repository-relative path. */
function subfolders(root, dir) {
    const abs = external_node_path_default().join(root, dir);
    if (!(0,external_node_fs_.existsSync)(abs))
        return [];
    return (0,external_node_fs_.readdirSync)(abs, { withFileTypes: true })
        .filter((e) => e.isDirectory() && /^[a-z0-9][a-z0-9._-]*$/.test(e.name))
        .map((e) => ({ name: e.name, path: `${dir}/${e.name}` }))
        .sort((a, b) => a.name.localeCompare(b.name));
}
/** Models and datasets: those of the config when it names any, else the folders under models/ and data/. */
function projectAssets(root, config, hasConfig) {
    return {
        models: hasConfig && config.models.length ? config.models.map(({ name, path: p }) => ({ name, path: p })) : subfolders(root, 'models'),
        datasets: hasConfig && config.datasets.length ? config.datasets.map(({ name, path: p }) => ({ name, path: p })) : subfolders(root, 'data'),
    };
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
;// CONCATENATED MODULE: ./src/adapters/init/templates.ts
/**
 * The template texts `mlops init` copies, read from the package itself: templates/ (config, issue
 * form) and workflows/ (the starter workflows, the same files users copy by hand). The package root
 * is found from this module's location, which works from src/ (tests) and from dist/cli (the bundle).
 */



/** The folder holding this package's package.json named gitops-mlops, above `from`. */
function packageRoot(from = external_node_path_default().dirname((0,external_node_url_.fileURLToPath)(import.meta.url))) {
    for (let dir = from;; dir = external_node_path_default().dirname(dir)) {
        const manifest = external_node_path_default().join(dir, 'package.json');
        if ((0,external_node_fs_.existsSync)(manifest) && /"name":\s*"gitops-mlops"/.test((0,external_node_fs_.readFileSync)(manifest, 'utf8')))
            return dir;
        if (external_node_path_default().dirname(dir) === dir)
            throw new Error(`gitops-mlops package root not found above ${from}`);
    }
}
/** Reads the templates init writes from the package at `root`. */
function loadTemplates(root = packageRoot()) {
    const read = (rel) => (0,external_node_fs_.readFileSync)(external_node_path_default().join(root, rel), 'utf8');
    const workflows = {};
    for (const name of (0,external_node_fs_.readdirSync)(external_node_path_default().join(root, 'workflows')).filter((n) => n.endsWith('.yml')).sort()) {
        workflows[name] = read(`workflows/${name}`);
    }
    const form = 'templates/ISSUE_TEMPLATE/model-feedback.yml';
    return { config: read('templates/mlops.yml'), workflows, feedbackForm: (0,external_node_fs_.existsSync)(external_node_path_default().join(root, form)) ? read(form) : undefined };
}

// EXTERNAL MODULE: ./src/adapters/git.ts + 1 modules
var git = __webpack_require__(3073);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/init/plan.ts
var init_plan = __webpack_require__(2711);
// EXTERNAL MODULE: ./src/cli/args.ts + 4 modules
var cli_args = __webpack_require__(9123);
;// CONCATENATED MODULE: ./src/cli/commands/init.ts
/** `mlops init [--dry-run]`: brings a repository to the standard, writing only what is missing. */







const usage = `usage: mlops init [--dry-run] [--json]

Brings the repository to the standard: .github/mlops.yml (naming the folders under models/ and
data/), the starter workflows in .github/workflows/, a card template for every model and dataset
without a card, the model feedback issue form, and the standard folders (data, models, scripts,
notebooks, tests, docs). Only what is missing is written; an existing file is never overwritten,
so running it again changes nothing.

options:
  --dry-run   list what would be written, write nothing
  --json      print the report as JSON
`;
const initCommand = {
    name: 'init',
    summary: 'bring the repository to the standard: config, workflows, cards, structure (only what is missing)',
    usage,
    async run(args, ctx) {
        const { values } = (0,cli_args/* parse */.qg)(args, { 'dry-run': { type: 'boolean' } }, usage);
        const root = await new git/* Git */.T(ctx.cwd).root().catch((error) => {
            if ((0,errors/* isUserError */.iU)(error))
                return ctx.cwd;
            throw error;
        });
        const loaded = await (0,config.loadConfig)(root);
        const plan = (0,init_plan/* planInit */.X)({
            exists: existsIn(root),
            project: loaded.config.project,
            ...projectAssets(root, loaded.config, loaded.file !== undefined),
            templates: loadTemplates(),
        });
        const dryRun = (0,cli_args/* bool */.lc)(values, 'dry-run');
        const written = dryRun ? [] : await writeMissing(root, plan);
        return (0,cli_args/* printReport */.Y_)(ctx, initReport(plan, written, dryRun), (0,cli_args/* bool */.lc)(values, 'json'), { files: plan.map((f) => f.path), written });
    },
};
/** The files planned (and written), as a table. */
function initReport(plan, written, dryRun) {
    const summary = !plan.length
        ? 'nothing to do: the repository already has every file of the standard'
        : dryRun
            ? `${plan.length} files would be written (dry run: nothing written)`
            : `${written.length} files written; next: fill in the TODOs of the cards and run \`mlops doctor\``;
    return {
        purpose: 'init',
        title: 'mlops init',
        summary,
        findings: [],
        blocks: plan.length
            ? [{ kind: 'table', table: { headers: ['file', 'what', dryRun ? 'would be' : 'status'], rows: plan.map((f) => [`\`${f.path}\``, f.why, dryRun ? 'written' : written.includes(f.path) ? 'written' : 'already there']) } }]
            : [],
    };
}


/***/ }),

/***/ 4552:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ dataCardTemplate),
/* harmony export */   Q: () => (/* binding */ modelCardTemplate)
/* harmony export */ });
/* harmony import */ var _schemas_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3095);
/* harmony import */ var _profiles_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9385);
/**
 * `mlops init card` templates: every key and section the standard profile requires, with `TODO`
 * placeholders that the placeholder rule reports until they are filled in.
 */


const SECTION_PROMPTS = {
    'model-details': 'TODO: what the model is (architecture, inputs, outputs), who built it and when.',
    'intended-use': 'TODO: the primary uses and users this model is meant for.',
    'out-of-scope-use': 'TODO: uses the model must not be put to, and why.',
    limitations: 'TODO: known limitations, failure modes and risks.',
    'training-data': 'TODO: the datasets used for training, with versions (`name@v1.0.0`).',
    evaluation: 'TODO: metrics, baseline, cross-validation and holdout results.',
    'ethical-considerations': 'TODO: ethical considerations, affected groups, mitigations.',
    motivation: 'TODO: why the dataset was created and for which task.',
    composition: 'TODO: what an instance is, how many there are, the columns and their meaning.',
    collection: 'TODO: how, when and from where the data was collected.',
    preprocessing: 'TODO: cleaning, labelling and other processing applied.',
    uses: 'TODO: what the dataset may and may not be used for.',
    distribution: 'TODO: license, access and how it is shared.',
    maintenance: 'TODO: who maintains it, how to report issues, how versions are made.',
};
/** A model card for `name` that passes the standard profile once every TODO is replaced. */
function modelCardTemplate(name) {
    return [
        '---',
        `# yaml-language-server: $schema=${_schemas_js__WEBPACK_IMPORTED_MODULE_0__/* .modelCardSchema */ .$.$id}`,
        `name: ${name}`,
        'version: 0.1.0',
        '# low | medium | high (high also requires a "Fairness Assessment" section)',
        'risk: low',
        'owners:',
        '  - "@TODO"',
        '# experiment: exp/TODO        # the experiment tag that produced this model',
        '# datasets: [TODO@v1.0.0]     # data cards used for training, with versions',
        'signature:',
        '  inputs:',
        '    - { name: TODO, type: TODO }',
        '  outputs:',
        '    - { name: TODO, type: TODO }',
        'intended_use: TODO',
        '---',
        '',
        `# Model Card: ${name}`,
        '',
        ..._profiles_js__WEBPACK_IMPORTED_MODULE_1__/* .MODEL_SECTIONS */ .P0.flatMap((s) => [`## ${s.title}`, '', SECTION_PROMPTS[s.id] ?? 'TODO', '']),
    ].join('\n');
}
/** A data card for `name` that passes the standard profile once every TODO is replaced. */
function dataCardTemplate(name) {
    return [
        '---',
        `# yaml-language-server: $schema=${_schemas_js__WEBPACK_IMPORTED_MODULE_0__/* .dataCardSchema */ .W.$id}`,
        `name: ${name}`,
        'version: 0.1.0',
        'owners:',
        '  - "@TODO"',
        '# files: paths relative to this folder; `sha256sum FILE` and `wc -l` give the numbers',
        'files: []',
        '#  - { path: train.csv, sha256: <64 hex digits>, bytes: 0, rows: 0 }',
        'schema:',
        '  columns: []',
        '#    - { name: id, type: integer }',
        'lineage:',
        '  source: TODO',
        'pii: false',
        '---',
        '',
        `# Data Card: ${name}`,
        '',
        ..._profiles_js__WEBPACK_IMPORTED_MODULE_1__/* .DATA_SECTIONS */ .M6.flatMap((s) => [`## ${s.title}`, '', SECTION_PROMPTS[s.id] ?? 'TODO', '']),
    ].join('\n');
}


/***/ }),

/***/ 2711:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ planInit),
/* harmony export */   o: () => (/* binding */ STANDARD_FOLDERS)
/* harmony export */ });
/* harmony import */ var _cards_templates_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4552);
/* harmony import */ var _config_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1482);
/**
 * What `mlops init` writes to bring a repository to the standard (SPEC \u00a72, issue #9): the config,
 * the starter workflows, card templates, the feedback issue form and the standard folders. Pure:
 * it gets what exists and the template texts, and returns only the files that are missing, so a
 * rerun writes nothing and nothing a user wrote is ever overwritten.
 */


/** The standard project structure; an empty folder is kept in git by a .gitkeep file. */
const STANDARD_FOLDERS = ['data', 'models', 'scripts', 'notebooks', 'tests', 'docs'];
/** The files init would write, in the order it writes them; empty when the repository is complete. */
function planInit(input) {
    const files = [];
    const add = (path, content, why) => {
        if (!input.exists(path) && !files.some((f) => f.path === path))
            files.push({ path, content, why });
    };
    if (!_config_index_js__WEBPACK_IMPORTED_MODULE_1__/* .CONFIG_PATHS */ .iE.some(input.exists))
        add('.github/mlops.yml', configText(input), 'the MLOps configuration');
    for (const [name, text] of Object.entries(input.templates.workflows).sort()) {
        add(`.github/workflows/${name}`, starterText(text, input.models[0]?.name), 'a starter workflow');
    }
    if (input.templates.feedbackForm) {
        add('.github/ISSUE_TEMPLATE/model-feedback.yml', input.templates.feedbackForm, 'the model feedback issue form');
    }
    for (const m of input.models) {
        if (!input.exists(`${m.path}/MODEL_CARD.md`) && !input.exists(`${m.path}/README.md`)) {
            add(`${m.path}/MODEL_CARD.md`, (0,_cards_templates_js__WEBPACK_IMPORTED_MODULE_0__/* .modelCardTemplate */ .Q)(m.name), `the model card of ${m.name}`);
        }
    }
    for (const d of input.datasets) {
        if (!input.exists(`${d.path}/DATA_CARD.md`) && !input.exists(`${d.path}/README.md`)) {
            add(`${d.path}/DATA_CARD.md`, (0,_cards_templates_js__WEBPACK_IMPORTED_MODULE_0__/* .dataCardTemplate */ .J)(d.name), `the data card of ${d.name}`);
        }
    }
    for (const folder of STANDARD_FOLDERS) {
        if (!input.exists(folder) && !files.some((f) => f.path.startsWith(`${folder}/`))) {
            add(`${folder}/.gitkeep`, '', `the standard folder ${folder}/`);
        }
    }
    return files;
}
function configText(input) {
    const list = (items, extra) => items.length ? items.map((i) => `\n  - name: ${i.name}\n    path: ${i.path}${extra}`).join('') : ' []';
    return input.templates.config
        .replace('{{project}}', input.project)
        .replace('{{models}}', list(input.models, '\n    risk: medium'))
        .replace('{{datasets}}', list(input.datasets, ''));
}
/** The starter workflows name the example's model `churn`; a repository with a model gets its own name. */
function starterText(text, model) {
    return model ? text.replaceAll('model: churn', `model: ${model}`) : text;
}


/***/ })

};

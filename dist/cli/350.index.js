export const id = 350;
export const ids = [350,730];
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

/***/ 2350:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   initCardCommand: () => (/* binding */ initCardCommand)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _adapters_fs_config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5730);
/* harmony import */ var _adapters_fs_inside_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4608);
/* harmony import */ var _adapters_git_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3073);
/* harmony import */ var _core_cards_templates_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4552);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4296);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9123);
/** `mlops init card model|data NAME`: a card template that passes `mlops validate` once filled in. */








const NAME = /^[a-z0-9]([a-z0-9._-]*[a-z0-9])?$/;
const usage = `usage: mlops init card model|data NAME [--dir DIR] [--force]

Writes a model card (MODEL_CARD.md) or data card (DATA_CARD.md) template with every key and
section the standard profile requires. It passes \`mlops validate\` once every TODO is filled in.

The folder is DIR, else the model's or dataset's folder in .github/mlops.yml, else
models/NAME or data/NAME.

options:
  --dir DIR   folder to write the card into (relative to the repository root)
  --force     overwrite an existing card
`;
const initCardCommand = {
    name: 'init card',
    summary: 'write a model or data card template',
    usage,
    async run(args, ctx) {
        const { kind, name, dir, force } = parseCardArgs(args);
        const root = await repositoryRoot(ctx.cwd);
        const { config } = await (0,_adapters_fs_config_js__WEBPACK_IMPORTED_MODULE_2__.loadConfig)(root);
        const configured = kind === 'model' ? config.models.find((m) => m.name === name)?.path : config.datasets.find((d) => d.name === name)?.path;
        const folder = dir ?? configured ?? (kind === 'model' ? `models/${name}` : `data/${name}`);
        const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().posix.join(folder.split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/'), kind === 'model' ? 'MODEL_CARD.md' : 'DATA_CARD.md');
        const target = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root, rel);
        const inside = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, target);
        if (inside.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(inside))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb(`--dir ${folder} is outside the repository`);
        (0,_adapters_fs_inside_js__WEBPACK_IMPORTED_MODULE_3__/* .insideRoot */ .p)(root, rel, dir ? undefined : '.github/mlops.yml'); // nor through a symlink that leads out
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(target), { recursive: true });
        const text = kind === 'model' ? (0,_core_cards_templates_js__WEBPACK_IMPORTED_MODULE_5__/* .modelCardTemplate */ .Q)(name) : (0,_core_cards_templates_js__WEBPACK_IMPORTED_MODULE_5__/* .dataCardTemplate */ .J)(name);
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(target, text, { flag: force ? 'w' : 'wx' });
        }
        catch (error) {
            if (error.code === 'EEXIST')
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .yo(`${rel} already exists`, { file: rel, hint: 'pass --force to overwrite it' });
            throw error;
        }
        ctx.stdout(`wrote ${rel}: fill in every TODO, then run \`mlops validate\`\n`);
        return 0;
    },
};
/** `model|data NAME [--dir DIR] [--force]`; a bad command line is a usage error (exit 2). */
function parseCardArgs(args) {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_7__/* .parse */ .qg)(args, { dir: { type: 'string' }, force: { type: 'boolean' } }, usage);
    // The card is a file, not a report: there is no JSON form to print.
    if ((0,_args_js__WEBPACK_IMPORTED_MODULE_7__/* .bool */ .lc)(values, 'json'))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb('--json is not an option of init card', usage.split('\n')[0]);
    const [kind, name, extra] = positionals;
    if ((kind !== 'model' && kind !== 'data') || !name || extra !== undefined)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb('expected `model` or `data` and a NAME', 'usage: mlops init card model|data NAME');
    if (!NAME.test(name))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb(`'${name}' is not a valid card name`, 'use lower case letters, digits, `.`, `_` and `-`');
    const dir = (0,_args_js__WEBPACK_IMPORTED_MODULE_7__/* .str */ .gx)(values, 'dir');
    if (dir === '')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb('--dir needs a folder');
    return { kind, name, dir, force: (0,_args_js__WEBPACK_IMPORTED_MODULE_7__/* .bool */ .lc)(values, 'force') };
}
/** The git repository root above cwd (a plain folder is used as it is), as `mlops validate` finds it. */
function repositoryRoot(cwd) {
    return new _adapters_git_js__WEBPACK_IMPORTED_MODULE_4__/* .Git */ .T(cwd).root().catch((error) => ((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .isUserError */ .iU)(error) ? cwd : Promise.reject(error)));
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


/***/ })

};

export const id = 350;
export const ids = [350];
export const modules = {

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
/* harmony import */ var _adapters_git_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6960);
/* harmony import */ var _core_cards_templates_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4552);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4296);
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
        const { kind, name, dir, force } = parseArgs(args);
        const root = await repositoryRoot(ctx.cwd);
        const { config } = await (0,_adapters_fs_config_js__WEBPACK_IMPORTED_MODULE_2__/* .loadConfig */ .Z)(root);
        const configured = kind === 'model' ? config.models.find((m) => m.name === name)?.path : config.datasets.find((d) => d.name === name)?.path;
        const folder = dir ?? configured ?? (kind === 'model' ? `models/${name}` : `data/${name}`);
        const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().posix.join(folder.split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/'), kind === 'model' ? 'MODEL_CARD.md' : 'DATA_CARD.md');
        const target = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root, rel);
        const inside = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, target);
        if (inside.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(inside))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`--dir ${folder} is outside the repository`);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(target), { recursive: true });
        const text = kind === 'model' ? (0,_core_cards_templates_js__WEBPACK_IMPORTED_MODULE_4__/* .modelCardTemplate */ .Q)(name) : (0,_core_cards_templates_js__WEBPACK_IMPORTED_MODULE_4__/* .dataCardTemplate */ .J)(name);
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(target, text, { flag: force ? 'w' : 'wx' });
        }
        catch (error) {
            if (error.code === 'EEXIST')
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`${rel} already exists`, { file: rel, hint: 'pass --force to overwrite it' });
            throw error;
        }
        ctx.stdout(`wrote ${rel}: fill in every TODO, then run \`mlops validate\`\n`);
        return 0;
    },
};
function parseArgs(args) {
    const rest = [];
    let dir;
    let force = false;
    for (let i = 0; i < args.length; i++) {
        const a = args[i] ?? '';
        if (a === '--force')
            force = true;
        else if (a === '--dir')
            dir = args[++i];
        else if (a.startsWith('--dir='))
            dir = a.slice(6);
        else if (a.startsWith('-'))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`unknown option '${a}'`, 'usage: mlops init card model|data NAME [--dir DIR] [--force]');
        else
            rest.push(a);
    }
    const [kind, name, extra] = rest;
    if ((kind !== 'model' && kind !== 'data') || !name || extra !== undefined)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb('expected `model` or `data` and a NAME', 'usage: mlops init card model|data NAME');
    if (!NAME.test(name))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`'${name}' is not a valid card name`, 'use lower case letters, digits, `.`, `_` and `-`');
    if (dir === '')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb('--dir needs a folder');
    return { kind, name, dir, force };
}
/** The git repository root above cwd (a plain folder is used as it is), as `mlops validate` finds it. */
function repositoryRoot(cwd) {
    return new _adapters_git_js__WEBPACK_IMPORTED_MODULE_3__/* .Git */ .T(cwd).root().catch((error) => ((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .isUserError */ .iU)(error) ? cwd : Promise.reject(error)));
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

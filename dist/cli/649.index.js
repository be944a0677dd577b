export const id = 649;
export const ids = [649,730];
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

/***/ 6649:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  dataCommands: () => (/* binding */ dataCommands)
});

// EXTERNAL MODULE: ./src/adapters/duckdb/dataset.ts + 9 modules
var dataset = __webpack_require__(5183);
// EXTERNAL MODULE: ./src/adapters/fs/config.ts
var fs_config = __webpack_require__(5730);
// EXTERNAL MODULE: ./src/core/finding.ts
var finding = __webpack_require__(5278);
;// CONCATENATED MODULE: ./src/core/data/report.ts
/** The report of `mlops data check` and of the check-data action: a table per data file, then findings. */

const fmt = (x) => x === null || x === undefined ? '' : Number.isInteger(x) ? String(x) : x.toPrecision(4);
/** Per data file: one row per expectation (column, check, result, unexpected, example rows). */
function dataCheckReport(checks, findings) {
    const blocks = [];
    for (const c of checks) {
        const s = c.validation.statistics;
        blocks.push({ kind: 'heading', text: `${c.data} against ${c.contract}`, level: 3 });
        blocks.push({
            kind: 'markdown',
            text: `${c.rows} rows; ${s.successful_expectations} of ${s.evaluated_expectations} expectations met.`,
        });
        blocks.push({
            kind: 'table',
            table: {
                headers: ['column', 'expectation', 'result', 'unexpected', '%', 'rows', 'observed'],
                align: ['left', 'left', 'center', 'right', 'right', 'left', 'left'],
                rows: c.validation.results.map((r) => {
                    const k = r.expectation_config.kwargs;
                    const column = typeof k.column === 'string'
                        ? k.column
                        : Array.isArray(k.column_list)
                            ? k.column_list.join(', ')
                            : '(table)';
                    return [
                        column,
                        r.expectation_config.type.replace(/^expect_/, ''),
                        r.exception_info.raised_exception ? 'error' : r.success ? 'pass' : 'fail',
                        fmt(r.result.unexpected_count),
                        fmt(r.result.unexpected_percent),
                        (r.result.partial_unexpected_index_list ?? []).slice(0, 5).join(', '),
                        r.result.observed_value === undefined
                            ? (r.exception_info.exception_message ?? '')
                            : JSON.stringify(r.result.observed_value).slice(0, 60),
                    ];
                }),
            },
        });
        if (c.pii.length) {
            blocks.push({
                kind: 'table',
                table: {
                    headers: ['column', 'looks like', 'share of sample'],
                    rows: c.pii.map((p) => [p.column, p.kind, `${Math.round(100 * p.share)}%`]),
                },
            });
        }
    }
    const n = (0,finding/* countFindings */.Gt)(findings);
    const failed = checks.reduce((a, c) => a + c.validation.statistics.unsuccessful_expectations, 0);
    return {
        purpose: 'data',
        title: 'Data contracts',
        summary: `${checks.length} data file${checks.length === 1 ? '' : 's'} checked, ${failed} expectation${failed === 1 ? '' : 's'} failed; ${n.error} errors, ${n.warning} warnings`,
        findings,
        blocks,
    };
}

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/cli/args.ts + 4 modules
var cli_args = __webpack_require__(9123);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/adapters/duckdb/engine.ts + 1 modules
var duckdb_engine = __webpack_require__(67);
;// CONCATENATED MODULE: ./src/cli/commands/data-args.ts
/** Helpers shared by the data, drift, fairness and evaluate commands (argument parsing itself is ../args.ts). */



/** Comma-separated values of an option (`--sensitive sex,age`), repeated or not. */
function commaList(v, key) {
    const raw = Array.isArray(v[key]) ? v[key].map(String) : (0,cli_args/* str */.gx)(v, key) ? [(0,cli_args/* str */.gx)(v, key)] : [];
    return raw
        .flatMap((s) => s.split(','))
        .map((s) => s.trim())
        .filter(Boolean);
}
/** A data path given on the command line, resolved against the working directory (URLs as they are). */
function dataPath(cwd, p) {
    return /^https?:\/\//i.test(p) || external_node_path_default().isAbsolute(p) ? p : external_node_path_default().resolve(cwd, p);
}
/** Runs `fn` with an engine that is always closed. Memory limit from MLOPS_DUCKDB_MEMORY (default 2GB). */
async function withEngine(env, fn) {
    const engine = await duckdb_engine/* Engine */.N.open({ memoryLimit: env.MLOPS_DUCKDB_MEMORY || '2GB' });
    try {
        return await fn(engine);
    }
    finally {
        engine.close();
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/core/config/index.ts + 6 modules
var config = __webpack_require__(1482);
// EXTERNAL MODULE: ./src/core/schema/path.ts
var path = __webpack_require__(9512);
// EXTERNAL MODULE: ./src/core/yaml/index.ts
var yaml = __webpack_require__(1971);
// EXTERNAL MODULE: ./src/adapters/fs/inside.ts
var inside = __webpack_require__(4608);
;// CONCATENATED MODULE: ./src/adapters/duckdb/check-data-config.ts
/**
 * What `.github/mlops.yml` asks the check-data action to run besides contracts: each dataset's drift
 * pair (`datasets[].drift`) and the fairness predictions (`fairness.predictions`), resolved to
 * repository files. A configured file that is missing or leaves the repository is a finding on the
 * line of its key, so one bad path neither hides the other checks nor crashes the action.
 */






const isGlob = (p) => /[*?[]/.test(p);
/** The drift pairs of the given datasets that configure `drift`, each file checked on disk. */
function configuredDrift(root, loaded, datasets) {
    const pairs = [];
    const findings = [];
    for (const d of datasets) {
        if (!d.drift)
            continue;
        const index = yamlIndex(loaded, d.name);
        const at = (key) => ['datasets', index, 'drift', key];
        const what = `the drift of dataset \`${d.name}\` was not measured`;
        const reference = configuredFile(root, loaded, d.drift.reference, at('reference'), what);
        const current = configuredFile(root, loaded, d.drift.current, at('current'), what);
        findings.push(...reference.findings, ...current.findings);
        if (reference.value && current.value)
            pairs.push({ dataset: d.name, reference: reference.value, current: current.value });
    }
    return { pairs, findings };
}
/**
 * Where the dataset sits in the YAML list: an invalid entry before it is dropped from the parsed
 * config (with its own finding), so the config's index can be off.
 */
function yamlIndex(loaded, name) {
    const raw = loaded.source?.doc.toJS();
    const list = raw?.datasets;
    const index = Array.isArray(list)
        ? list.findIndex((d) => d?.name === name)
        : -1;
    return index < 0 ? loaded.config.datasets.findIndex((d) => d.name === name) : index;
}
/**
 * The fairness assessment to run: `fairness.predictions` (or the `predictions` override) with its
 * columns; undefined when neither names a predictions file. Overrides are action inputs, already
 * checked to stay inside the workspace.
 */
function configuredFairness(root, loaded, overrides = {}) {
    const f = loaded.config.fairness;
    const file = overrides.predictions
        ? { value: overrides.predictions, findings: [] }
        : f.predictions
            ? configuredFile(root, loaded, f.predictions, ['fairness', 'predictions'], 'fairness was not assessed')
            : undefined;
    if (!file?.value)
        return { findings: file?.findings ?? [] };
    const label = overrides.label || f.label;
    const prediction = overrides.prediction || f.prediction;
    const sensitive = overrides.sensitive?.length ? overrides.sensitive : f.sensitive_features;
    const missing = [
        label ? '' : 'the true-label column (`fairness.label`, or the `fairness-label` input)',
        prediction
            ? ''
            : 'the predicted-label column (`fairness.prediction`, or the `fairness-prediction` input)',
        sensitive.length
            ? ''
            : 'the sensitive columns (`fairness.sensitive_features`, or the `fairness-sensitive-features` input)',
    ].filter(Boolean);
    if (missing.length) {
        const message = `fairness of ${file.value} cannot be assessed: ${missing.join('; ')} ${missing.length === 1 ? 'is' : 'are'} not set`;
        const hint = 'Name the columns as `mlops fairness` takes them: label, prediction, sensitive_features (optionally positive_label).';
        // An input names the file: the inputs are what to fix. Otherwise the config (the schema already
        // requires label and prediction with predictions, so this is an empty sensitive_features list).
        if (overrides.predictions)
            throw new errors/* UserError */.yo(`input 'fairness-predictions': ${message}`, { hint });
        return {
            findings: [
                configFinding(loaded, ['fairness', 'sensitive_features'], {
                    rule: 'fairness/incomplete',
                    message,
                    hint,
                }),
            ],
        };
    }
    const positive = overrides.positiveLabel ?? f.positive_label;
    return {
        value: {
            predictions: file.value,
            label: label,
            prediction: prediction,
            sensitive,
            positive: positive === undefined ? undefined : [String(positive)],
        },
        findings: [],
    };
}
/** A repository file named by the config key at `key`: its path, or a finding on the key's line. */
function configuredFile(root, loaded, rel, key, consequence) {
    const name = (0,path/* formatPath */.j)(key);
    let full;
    try {
        full = (0,inside/* insideRoot */.p)(root, rel, configFile(loaded));
    }
    catch (error) {
        if (!(0,errors/* isUserError */.iU)(error))
            throw error;
        return {
            findings: [
                configFinding(loaded, key, {
                    rule: 'config/path-outside-repo',
                    message: `\`${name}\` is \`${rel}\`, which leads outside the repository; ${consequence}`,
                    hint: 'Use a path relative to the repository root that stays inside it (no `..` out of it, no symlink out of it).',
                }),
            ],
        };
    }
    if (!isGlob(rel) && !(0,external_node_fs_.existsSync)(full))
        return {
            findings: [
                configFinding(loaded, key, {
                    rule: 'config/missing-file',
                    message: `\`${name}\` names ${rel}, which does not exist; ${consequence}`,
                    hint: 'Commit the file, or fix the path (relative to the repository root).',
                }),
            ],
        };
    return { value: rel.replaceAll('\\', '/'), findings: [] };
}
function configFile(loaded) {
    return loaded.file ?? config/* CONFIG_PATHS */.iE[0];
}
/** An error on the config file, at the value of `key` when the YAML source is known. */
function configFinding(loaded, key, f) {
    const where = loaded.source ? (0,yaml/* locate */.x5)(loaded.source, key, { at: 'value' }) : {};
    return { severity: 'error', ...f, file: configFile(loaded), ...where };
}
/** A finding for a data file the engine could not use (missing column, empty file, bad format). */
function unusableFinding(error, fallback) {
    return {
        rule: fallback.rule,
        severity: 'error',
        message: error.message,
        file: error.file ?? fallback.file,
        line: error.line,
        hint: error.hint,
    };
}

// EXTERNAL MODULE: ./src/adapters/duckdb/drift.ts
var duckdb_drift = __webpack_require__(7329);
// EXTERNAL MODULE: ./src/core/drift/report.ts
var drift_report = __webpack_require__(8669);
// EXTERNAL MODULE: ./src/core/drift/select.ts
var drift_select = __webpack_require__(4239);
;// CONCATENATED MODULE: ./src/cli/commands/data-drift.ts
/** `mlops data drift`: one pair from the options, or the pairs configured under `datasets[].drift`. */








const driftUsage = `usage: mlops data drift [--reference FILE|PROFILE.json --current FILE | --dataset NAME] [--stattest TEST] [--threshold X] [--json]

Compares the current data with a reference, column by column, with Evidently's default test per
column type and size (K-S, chi-square, Z for up to 1,000 reference rows; normed Wasserstein or
Jensen-Shannon above), thresholds 0.05 for p-values and 0.1 for distances, and dataset drift when
at least half the columns drift. Tests, thresholds and bins come from \`drift\` in .github/mlops.yml.
Without --reference and --current, every dataset's \`drift\` pair in .github/mlops.yml is compared
(one section per dataset), or only that of --dataset.

options:
  --reference FILE   the reference data, or a profile from \`mlops data profile\` (tests approximated, docs/data.md)
  --current FILE     the data to compare
  --dataset NAME     compare only this dataset's configured pair (datasets[].drift)
  --stattest TEST    one test for every column: ks, chisquare, z, wasserstein, jensenshannon, psi, kl_div, hellinger
  --threshold X      one threshold for every column
  --json             print the report as JSON, with per-column results under \`data\` (a list of
                     {dataset, reference, current, drift} for configured pairs)
`;
const usageLine = driftUsage.split('\n')[0];
const TESTS = ['ks', 'chisquare', 'z', 'wasserstein', 'jensenshannon', 'psi', 'kl_div', 'hellinger'];
const driftCommand = {
    name: 'data drift',
    summary: 'per-column drift tests and dataset drift against a reference (Evidently defaults)',
    usage: driftUsage,
    async run(args, ctx) {
        const { values: v } = (0,cli_args/* parse */.qg)(args, {
            reference: { type: 'string' },
            current: { type: 'string' },
            dataset: { type: 'string' },
            stattest: { type: 'string' },
            threshold: { type: 'string' },
        }, driftUsage);
        const reference = (0,cli_args/* str */.gx)(v, 'reference');
        const current = (0,cli_args/* str */.gx)(v, 'current');
        const loaded = await (0,fs_config.loadConfig)(ctx.cwd);
        const options = driftOptions(loaded, v);
        if (reference || current) {
            if (!reference || !current)
                throw new errors/* UsageError */.eb('--reference and --current go together: only one of them is set', usageLine);
            if ((0,cli_args/* str */.gx)(v, 'dataset') !== undefined)
                throw new errors/* UsageError */.eb('--dataset picks a configured pair: leave it out with --reference and --current', usageLine);
            const drift = await withEngine(ctx.env, (engine) => (0,duckdb_drift/* driftBetween */.uq)(engine, ctx.cwd, reference, current, options));
            return (0,cli_args/* printReport */.Y_)(ctx, (0,drift_report/* driftReport */.C)(drift, reference, current), v.json === true, drift);
        }
        const { pairs, findings } = configuredDrift(ctx.cwd, loaded, driftDatasets(loaded, (0,cli_args/* str */.gx)(v, 'dataset')));
        const measured = await withEngine(ctx.env, async (engine) => {
            const out = [];
            for (const pair of pairs)
                out.push(await measure(engine, ctx.cwd, pair, options));
            return out;
        });
        return (0,cli_args/* printReport */.Y_)(ctx, combinedReport(measured, findings), v.json === true, measured.flatMap(({ pair, drift }) => (drift ? [{ ...pair, drift }] : [])));
    },
};
/** The configured tests and thresholds, with --stattest and --threshold applied. */
function driftOptions(loaded, v) {
    const options = (0,drift_select/* driftOptionsFromConfig */.qe)(loaded.config.drift);
    const stattest = (0,cli_args/* str */.gx)(v, 'stattest');
    if (stattest) {
        if (!TESTS.includes(stattest))
            throw new errors/* UsageError */.eb(`unknown --stattest '${stattest}'`, `one of: ${TESTS.join(', ')}`);
        options.stattest = stattest;
    }
    const threshold = (0,cli_args/* str */.gx)(v, 'threshold');
    if (threshold !== undefined) {
        const t = Number(threshold);
        if (!(t > 0))
            throw new errors/* UsageError */.eb(`--threshold must be a positive number, got '${threshold}'`);
        options.threshold = t;
    }
    return options;
}
/** The datasets whose configured pair to compare: every one with `drift`, or the one named. */
function driftDatasets(loaded, name) {
    const all = loaded.config.datasets;
    const withDrift = all.filter((d) => d.drift);
    if (name === undefined) {
        if (!withDrift.length)
            throw new errors/* UsageError */.eb('--reference and --current are required: no dataset in .github/mlops.yml configures a drift pair', 'Pass both files, or add `drift: {reference, current}` to a dataset in .github/mlops.yml.');
        return withDrift;
    }
    const dataset = all.find((d) => d.name === name);
    if (!dataset?.drift)
        throw new errors/* UsageError */.eb(dataset
            ? `dataset '${name}' configures no drift pair in .github/mlops.yml`
            : `no dataset '${name}' in .github/mlops.yml`, withDrift.length
            ? `Datasets with a drift pair: ${withDrift.map((d) => d.name).join(', ')}.`
            : 'Add `drift: {reference, current}` to the dataset in .github/mlops.yml.');
    return [dataset];
}
/** One pair's drift; an unusable file is a finding, so it does not hide the other datasets. */
async function measure(engine, cwd, pair, options) {
    try {
        return { pair, drift: await (0,duckdb_drift/* driftBetween */.uq)(engine, cwd, pair.reference, pair.current, options) };
    }
    catch (error) {
        if (!(0,errors/* isUserError */.iU)(error))
            throw error;
        return { pair, finding: unusableFinding(error, { file: pair.current, rule: 'drift/unreadable' }) };
    }
}
/** One section per dataset (as the check-data action shows them), then the config's own findings. */
function combinedReport(measured, configFindings) {
    const report = { purpose: 'drift', title: 'Data drift', findings: [], blocks: [] };
    const summaries = [];
    for (const { pair, drift, finding } of measured) {
        const name = pair.dataset ?? pair.current;
        const section = drift ? (0,drift_report/* driftReport */.C)(drift, pair.reference, pair.current) : undefined;
        report.blocks.push({ kind: 'heading', text: `Drift of ${name}`, level: 3 }, ...(section?.blocks ?? [{ kind: 'markdown', text: `Not run: ${finding.message}` }]));
        report.findings.push(...(section?.findings ?? [finding]).map((f) => ({ ...f, message: `${name}: ${f.message}` })));
        summaries.push(`${name}: ${section?.summary ?? 'drift not measured'}`);
    }
    report.findings.push(...configFindings);
    if (configFindings.length)
        summaries.push('a configured drift file is missing or outside the repository');
    report.summary = summaries.join('; ');
    return report;
}

// EXTERNAL MODULE: ./src/adapters/duckdb/metrics.ts + 2 modules
var metrics = __webpack_require__(8063);
// EXTERNAL MODULE: ./src/adapters/duckdb/source.ts
var duckdb_source = __webpack_require__(4813);
// EXTERNAL MODULE: ./src/core/fairness/metrics.ts
var fairness_metrics = __webpack_require__(4);
;// CONCATENATED MODULE: ./src/core/fairness/report.ts

const f = (x) => x.toFixed(4);
/** Builds the report for `mlops fairness`. */
function fairnessReport(summary, thresholds, file, sensitive) {
    const findings = (0,fairness_metrics/* fairnessFindings */.qR)(summary, thresholds, file);
    const metric = (name, value, bound, ratio) => [
        name,
        f(value),
        bound === undefined ? '' : `${ratio ? '>=' : '<='} ${bound}`,
    ];
    return {
        purpose: 'fairness',
        title: 'Fairness',
        summary: `${summary.groups.length} groups by ${sensitive.join(' \u00d7 ')}; demographic parity difference ${f(summary.demographicParityDifference)}, equalized odds difference ${f(summary.equalizedOddsDifference)}`,
        findings,
        blocks: [
            {
                kind: 'table',
                table: {
                    headers: ['group', 'count', 'selection rate', 'TPR', 'FPR'],
                    align: ['left', 'right', 'right', 'right', 'right'],
                    rows: summary.groups.map((g) => [
                        g.group,
                        String(g.count),
                        f(g.selectionRate),
                        f(g.truePositiveRate),
                        f(g.falsePositiveRate),
                    ]),
                },
            },
            {
                kind: 'table',
                table: {
                    headers: ['metric', 'value', 'threshold'],
                    rows: [
                        metric('demographic parity difference', summary.demographicParityDifference, thresholds.demographic_parity_difference, false),
                        metric('demographic parity ratio', summary.demographicParityRatio, thresholds.demographic_parity_ratio, true),
                        metric('equalized odds difference', summary.equalizedOddsDifference, thresholds.equalized_odds_difference, false),
                        metric('equalized odds ratio', summary.equalizedOddsRatio, thresholds.equalized_odds_ratio, true),
                        metric('equal opportunity difference', summary.equalOpportunityDifference, thresholds.equal_opportunity_difference, false),
                    ],
                },
            },
        ],
    };
}

;// CONCATENATED MODULE: ./src/cli/commands/data-fairness.ts
/** `mlops fairness`: Fairlearn's group metrics on DuckDB, from the options or from `fairness` in .github/mlops.yml. */








const fairnessUsage = `usage: mlops fairness [--predictions FILE] [--label COL] [--prediction COL] [--sensitive COL[,COL]] [--pos-label V] [--json]

Group fairness of a binary classifier with Fairlearn's definitions: selection rate, true and false
positive rate per group (several sensitive columns form intersectional groups), demographic parity
and equalized odds difference and ratio, equal opportunity difference, and the four-fifths screen.
Thresholds come from \`fairness.thresholds\` in .github/mlops.yml. Every option left out comes from
\`fairness\` there (predictions, label, prediction, sensitive_features, positive_label).

options:
  --predictions FILE   rows with the true label, the prediction and the sensitive columns (default: fairness.predictions)
  --label COL          true label column (default: fairness.label)
  --prediction COL     predicted label column (default: fairness.prediction)
  --sensitive COLS     sensitive feature column(s), comma-separated (default: fairness.sensitive_features)
  --pos-label V        the positive label as written in the file (default: fairness.positive_label, else 1 / true / yes)
  --json               print the report as JSON, with the metrics under \`data\`
`;
const data_fairness_usageLine = fairnessUsage.split('\n')[0];
const fairnessCommand = {
    name: 'fairness',
    summary: 'group fairness metrics of a classifier (Fairlearn definitions, four-fifths screen)',
    usage: fairnessUsage,
    async run(args, ctx) {
        const { values: v } = (0,cli_args/* parse */.qg)(args, {
            predictions: { type: 'string' },
            label: { type: 'string' },
            prediction: { type: 'string' },
            sensitive: { type: 'string', multiple: true },
            'pos-label': { type: 'string' },
        }, fairnessUsage);
        const loaded = await (0,fs_config.loadConfig)(ctx.cwd);
        const f = fairnessSource(ctx.cwd, loaded, v);
        const summary = await withEngine(ctx.env, async (engine) => {
            const source = await (0,duckdb_source/* openSource */.oD)(engine, dataPath(ctx.cwd, f.predictions), 'predictions', {
                typed: true,
                displayPath: f.predictions,
            });
            return (0,metrics/* fairnessOf */.xe)(engine, source, f);
        });
        return (0,cli_args/* printReport */.Y_)(ctx, fairnessReport(summary, loaded.config.fairness.thresholds, f.predictions, f.sensitive), v.json === true, summary);
    },
};
/**
 * What to assess: each option, else its key under `fairness`. Without --predictions the configured
 * file is checked as the check-data action checks it (a missing file is an error on its key's line).
 */
function fairnessSource(root, loaded, v) {
    const overrides = {
        predictions: (0,cli_args/* str */.gx)(v, 'predictions'),
        label: (0,cli_args/* str */.gx)(v, 'label'),
        prediction: (0,cli_args/* str */.gx)(v, 'prediction'),
        sensitive: commaList(v, 'sensitive'),
        positiveLabel: (0,cli_args/* str */.gx)(v, 'pos-label'),
    };
    const f = loaded.config.fairness;
    if (!overrides.predictions && !f.predictions)
        throw new errors/* UsageError */.eb('--predictions is required (or set fairness.predictions in .github/mlops.yml)', data_fairness_usageLine);
    // The helper's own message for a missing column names the action's inputs: the options are said here.
    const missing = [
        ['--label', overrides.label || f.label],
        ['--prediction', overrides.prediction || f.prediction],
        ['--sensitive', overrides.sensitive.length || f.sensitive_features.length],
    ];
    for (const [option, value] of missing)
        if (!value)
            throw new errors/* UsageError */.eb(`${option} is required (or set fairness.${option === '--sensitive' ? 'sensitive_features' : option.slice(2)} in .github/mlops.yml)`, data_fairness_usageLine);
    const { value, findings } = configuredFairness(root, loaded, overrides);
    const [first] = findings;
    if (first)
        throw new errors/* UserError */.yo(first.message, first);
    return value;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/core/evaluate/report.ts
const report_f = (x) => x === undefined || Number.isNaN(x) ? '' : Number.isInteger(x) ? String(x) : x.toFixed(4);
/** Builds the report for `mlops evaluate`. */
function evaluationReport(input) {
    const names = [
        ...new Set([...input.slices.values()].flatMap((m) => Object.keys(m).filter((k) => m[k] !== undefined))),
    ];
    const blocks = [
        {
            kind: 'table',
            table: {
                headers: [input.sliceColumn ?? 'rows', ...names],
                align: ['left', ...names.map(() => 'right')],
                rows: [...input.slices.entries()].map(([slice, m]) => [slice || 'all', ...names.map((n) => report_f(m[n]))]),
            },
        },
    ];
    if (input.confusion) {
        const { labels, matrix } = input.confusion;
        blocks.push({ kind: 'heading', text: 'Confusion matrix (rows: true, columns: predicted)', level: 3 });
        blocks.push({
            kind: 'table',
            table: { headers: ['', ...labels], rows: matrix.map((row, i) => [labels[i], ...row.map(String)]) },
        });
    }
    if (input.cv) {
        blocks.push({ kind: 'heading', text: 'Cross-validation', level: 3 });
        blocks.push({
            kind: 'table',
            table: {
                headers: ['metric', 'mean', 'std', 'folds'],
                rows: Object.entries(input.cv).map(([k, v]) => [k, report_f(v.mean), report_f(v.std), String(v.folds)]),
            },
        });
    }
    if (input.attribution?.length)
        blocks.push(attributionChart(input.attribution));
    return {
        purpose: 'evaluate',
        title: `Evaluation (${input.task})`,
        summary: `${input.slices.size} slice${input.slices.size === 1 ? '' : 's'} of ${input.file}`,
        findings: input.findings,
        blocks,
    };
}
function attributionChart(rows) {
    const top = [...rows].sort((a, b) => Math.abs(b.importance) - Math.abs(a.importance)).slice(0, 20);
    const label = (s) => JSON.stringify(s.replaceAll('"', "'").slice(0, 30));
    const fallback = {
        headers: ['feature', 'importance'],
        rows: top.map((r) => [r.feature, report_f(r.importance)]),
    };
    return {
        kind: 'chart',
        mermaid: [
            'xychart-beta',
            '  title "Feature attribution"',
            `  x-axis [${top.map((r) => label(r.feature)).join(', ')}]`,
            `  bar [${top.map((r) => r.importance.toFixed(4)).join(', ')}]`,
        ].join('\n'),
        fallback,
    };
}

// EXTERNAL MODULE: ./src/core/evaluate/summary.ts
var summary = __webpack_require__(5339);
;// CONCATENATED MODULE: ./src/cli/commands/data-metrics.ts
/** `mlops evaluate`: scikit-learn's definitions on DuckDB. */









const evaluateUsage = `usage: mlops evaluate --predictions FILE --task classification|regression --label COL --prediction COL
       [--score COL] [--pos-label V] [--slice COL] [--folds FILE] [--attribution FILE] [--model NAME] [--json]

Standard metrics with scikit-learn's definitions. Classification: accuracy, precision, recall and F1
(per class; macro, micro, weighted; binary for two labels), ROC AUC and log loss with --score (the
probability of the positive label), confusion matrix. Regression: MAE, MSE, RMSE, R\u00b2, MAPE.
--slice evaluates each value of a column separately; --folds summarises per-fold results (mean,
std); --attribution (CSV with feature, importance) is charted. Bounds: \`evaluation.metrics\`.

options:
  --predictions FILE   rows with the true value and the prediction
  --task TASK          classification or regression
  --label COL          true value column
  --prediction COL     predicted value column
  --score COL          predicted probability of the positive label (binary classification)
  --pos-label V        the positive label (default: the larger of the two labels, as sklearn's 1)
  --slice COL          evaluate per value of COL as well
  --folds FILE         cross-validation results: one row per fold, one numeric column per metric
  --attribution FILE   feature attributions: columns feature, importance
  --model NAME         the model evaluated (default: the only model in .github/mlops.yml, if one);
                       for \`risk: high\` models --attribution is required
  --json               print the report as JSON
`;
const evaluateCommand = {
    name: 'evaluate',
    summary: 'evaluation metrics (scikit-learn definitions), per slice, with a CV summary',
    usage: evaluateUsage,
    async run(args, ctx) {
        const opts = {
            predictions: { type: 'string' },
            task: { type: 'string' },
            label: { type: 'string' },
            prediction: { type: 'string' },
            score: { type: 'string' },
            'pos-label': { type: 'string' },
            slice: { type: 'string' },
            folds: { type: 'string' },
            attribution: { type: 'string' },
            model: { type: 'string' },
        };
        const { values: v } = (0,cli_args/* parse */.qg)(args, opts, evaluateUsage);
        const file = (0,cli_args/* need */.$B)(v, 'predictions', evaluateUsage);
        const task = (0,cli_args/* need */.$B)(v, 'task', evaluateUsage);
        if (task !== 'classification' && task !== 'regression')
            throw new errors/* UsageError */.eb(`--task must be classification or regression, got '${task}'`);
        const label = (0,cli_args/* need */.$B)(v, 'label', evaluateUsage);
        const prediction = (0,cli_args/* need */.$B)(v, 'prediction', evaluateUsage);
        const sliceColumn = (0,cli_args/* str */.gx)(v, 'slice');
        const { config } = await (0,fs_config.loadConfig)(ctx.cwd);
        const findings = [];
        const result = await withEngine(ctx.env, async (engine) => {
            const source = await (0,duckdb_source/* openSource */.oD)(engine, dataPath(ctx.cwd, file), 'predictions', {
                typed: true,
                displayPath: file,
            });
            const slices = new Map();
            let confusion;
            if (task === 'classification') {
                const all = await (0,metrics/* classificationOf */.AZ)(engine, source, {
                    label,
                    prediction,
                    score: (0,cli_args/* str */.gx)(v, 'score'),
                    positive: (0,cli_args/* str */.gx)(v, 'pos-label'),
                });
                const per = sliceColumn
                    ? await (0,metrics/* classificationOf */.AZ)(engine, source, {
                        label,
                        prediction,
                        score: (0,cli_args/* str */.gx)(v, 'score'),
                        positive: (0,cli_args/* str */.gx)(v, 'pos-label'),
                        slice: sliceColumn,
                    })
                    : new Map();
                for (const [name, m] of [...all, ...per]) {
                    const key = name === '' ? '' : `${sliceColumn}=${name}`;
                    slices.set(key, {
                        rows: m.rows,
                        accuracy: m.accuracy,
                        precision: m.binary?.precision ?? m.precision_macro,
                        recall: m.binary?.recall ?? m.recall_macro,
                        f1: m.binary?.f1 ?? m.f1_macro,
                        f1_macro: m.f1_macro,
                        f1_weighted: m.f1_weighted,
                        roc_auc: m.roc_auc,
                        log_loss: m.log_loss,
                    });
                }
                const m = all.get('');
                confusion = { labels: m.labels, matrix: m.confusion };
            }
            else {
                const all = await (0,metrics/* regressionOf */.RS)(engine, source, { label, prediction });
                const per = sliceColumn
                    ? await (0,metrics/* regressionOf */.RS)(engine, source, { label, prediction, slice: sliceColumn })
                    : new Map();
                for (const [name, m] of [...all, ...per])
                    slices.set(name === '' ? '' : `${sliceColumn}=${name}`, { ...m });
            }
            const foldsFile = (0,cli_args/* str */.gx)(v, 'folds');
            const cv = foldsFile
                ? (0,summary/* cvSummary */._)(await (0,metrics/* foldsOf */.k4)(engine, await (0,duckdb_source/* openSource */.oD)(engine, dataPath(ctx.cwd, foldsFile), 'folds', {
                    typed: true,
                    displayPath: foldsFile,
                })))
                : undefined;
            return { slices, confusion, cv };
        });
        for (const [name, m] of result.slices)
            findings.push(...(0,summary/* thresholdFindings */.i)(m, config.evaluation.metrics, file, name ? `${name}: ` : ''));
        const attribution = (0,cli_args/* str */.gx)(v, 'attribution')
            ? await readAttribution(dataPath(ctx.cwd, (0,cli_args/* str */.gx)(v, 'attribution')), (0,cli_args/* str */.gx)(v, 'attribution'))
            : undefined;
        findings.push(...attributionFindings(config.models, (0,cli_args/* str */.gx)(v, 'model'), attribution !== undefined, file));
        const report = evaluationReport({
            task,
            file,
            slices: result.slices,
            sliceColumn,
            confusion: result.confusion,
            cv: result.cv,
            attribution,
            findings,
        });
        return (0,cli_args/* printReport */.Y_)(ctx, report, v.json === true, {
            slices: Object.fromEntries(result.slices),
            confusion: result.confusion,
            cv: result.cv,
            attribution,
        });
    },
};
/** A small CSV of `feature,importance` rows. */
async function readAttribution(file, display) {
    const text = await (0,promises_.readFile)(file, 'utf8').catch(() => {
        throw new errors/* UserError */.yo(`attribution file not found: ${display}`, { file: display });
    });
    const lines = text.split(/\r?\n/).filter((l) => l.trim());
    const header = lines
        .shift()
        ?.split(',')
        .map((h) => h.trim().toLowerCase()) ?? [];
    const fi = header.indexOf('feature');
    const ii = header.indexOf('importance');
    if (fi < 0 || ii < 0)
        throw new errors/* UserError */.yo(`${display} needs the columns feature and importance`, { file: display, line: 1 });
    return lines.map((l, i) => {
        const cells = l.split(',');
        const importance = Number(cells[ii]);
        if (!Number.isFinite(importance))
            throw new errors/* UserError */.yo(`importance is not a number: '${cells[ii] ?? ''}'`, { file: display, line: i + 2 });
        return { feature: cells[fi] ?? '', importance };
    });
}
/** A high-risk model must come with feature attributions (responsible-AI governance, SPEC \u00a71). */
function attributionFindings(models, model, hasAttribution, file) {
    // Without --model, a repository with one model evaluates that one (its risk decides as if named).
    if (model === undefined && models.length !== 1)
        return [];
    const name = model ?? models[0]?.name ?? '';
    const entry = models.find((m) => m.name === name);
    if (!entry)
        return [
            {
                rule: 'evaluate/unknown-model',
                severity: 'warning',
                message: `model '${name}' is not in .github/mlops.yml`,
                file: '.github/mlops.yml',
            },
        ];
    if (entry.risk !== 'high' || hasAttribution)
        return [];
    return [
        {
            rule: 'evaluate/attribution-required',
            severity: 'error',
            message: `model '${name}' has risk: high, so its evaluation needs a feature-attribution file`,
            file,
            hint: 'Pass --attribution FILE (CSV with columns feature, importance), e.g. from SHAP or permutation importance.',
        },
    ];
}

// EXTERNAL MODULE: ./src/core/data/sql.ts
var sql = __webpack_require__(4820);
;// CONCATENATED MODULE: ./src/adapters/duckdb/overlap.ts
/** Holdout leakage: rows of the test data that also appear in the training data, by whole row or by key. */



/**
 * Exact comparison of the chosen columns (all shared columns by default): every value as text with a
 * NUL marker for missing values, joined with the unit separator, so equal rows match and nothing else does.
 */
async function findOverlap(engine, train, test, key) {
    const shared = test.columns.map((c) => c.name).filter((n) => train.columns.some((c) => c.name === n));
    const columns = key?.length ? key : shared;
    for (const c of columns) {
        if (!shared.includes(c))
            throw new errors/* UserError */.yo(`key column '${c}' is not in both ${train.displayPath} and ${test.displayPath}`, {
                hint: `Shared columns: ${shared.slice(0, 30).join(', ')}`,
            });
    }
    if (!columns.length)
        throw new errors/* UserError */.yo(`${train.displayPath} and ${test.displayPath} share no columns`);
    const k = `concat_ws(chr(31), ${columns.map((c) => `coalesce(CAST(${(0,sql/* quoteIdent */.v)(c)} AS VARCHAR), chr(0))`).join(', ')})`;
    try {
        const rows = await engine.all(`WITH t AS (SELECT row_number() OVER () AS r, ${k} AS k FROM ${(0,sql/* quoteIdent */.v)(test.view)}), tr AS (SELECT DISTINCT ${k} AS k FROM ${(0,sql/* quoteIdent */.v)(train.view)})
       SELECT (SELECT count(*) FROM t) AS n, count(*) OVER () AS m, t.r FROM t SEMI JOIN tr ON t.k = tr.k ORDER BY t.r LIMIT 20`);
        const n = rows.length
            ? Number(rows[0].n)
            : Number((await engine.all(`SELECT count(*) AS n FROM ${(0,sql/* quoteIdent */.v)(test.view)}`))[0]?.n ?? 0);
        return {
            columns,
            testRows: n,
            overlapping: rows.length ? Number(rows[0].m) : 0,
            rows: rows.map((r) => Number(r.r)),
        };
    }
    catch (error) {
        throw (0,duckdb_source/* engineError */.v_)(error, test.displayPath);
    }
}

// EXTERNAL MODULE: ./src/adapters/duckdb/profile.ts
var duckdb_profile = __webpack_require__(3067);
;// CONCATENATED MODULE: ./src/core/data/dictionary.ts
const cell = (s) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const num = (x) => typeof x === 'number'
    ? Number.isInteger(x)
        ? String(x)
        : x.toPrecision(4)
    : x === null || x === undefined
        ? ''
        : String(x);
function constraintsOf(c) {
    const k = { ...(c.constraints ?? {}) };
    if (c.required)
        k.required = true;
    if (c.unique)
        k.unique = true;
    return Object.entries(k)
        .map(([name, v]) => (v === true ? name : `${name}: ${Array.isArray(v) ? v.join(', ') : String(v)}`))
        .join('; ');
}
/** Markdown for docs/: one table row per column, profile figures when a profile is given. */
function dataDictionary(input) {
    const prof = new Map((input.profile?.columns ?? []).map((c) => [c.name, c]));
    const withProfile = prof.size > 0;
    const headers = [
        'column',
        'type',
        'constraints',
        'description',
        ...(withProfile ? ['nulls', 'distinct', 'min', 'max', 'mean'] : []),
    ];
    const names = input.columns.length ? input.columns.map((c) => c.name) : [...prof.keys()];
    const rows = names.map((name) => {
        const c = input.columns.find((x) => x.name === name) ?? { name };
        const p = prof.get(name);
        const base = [
            `\`${cell(name)}\``,
            c.type ?? p?.type ?? '',
            cell(constraintsOf(c)),
            cell(c.description ?? ''),
        ];
        return withProfile
            ? [...base, num(p?.nulls), num(p?.distinct), num(p?.min), num(p?.max), num(p?.mean)]
            : base;
    });
    const lines = [
        `# Data dictionary: ${input.name}`,
        '',
        ...(input.description ? [input.description.trim(), ''] : []),
        ...(input.profile ? [`Profile of \`${input.profile.source}\`: ${input.profile.rows} rows.`, ''] : []),
        `| ${headers.join(' | ')} |`,
        `| ${headers.map(() => '---').join(' | ')} |`,
        ...rows.map((r) => `| ${r.join(' | ')} |`),
        '',
    ];
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/cli/commands/data-profile.ts
/** `mlops data profile|overlap|dictionary`. */










/** The $id of schemas/data-profile.schema.json, written into every profile. */
const PROFILE_SCHEMA_ID = 'https://github.com/gitops-mlops/schemas/data-profile.schema.json';
const profileUsage = `usage: mlops data profile --data FILE [--out FILE] [--json]

Writes a data profile (schemas/data-profile.schema.json): per column count, nulls, distinct, min,
max, mean, std, quantiles, top categories and a histogram. Store it with a model version and pass it
to \`mlops data drift --reference PROFILE.json\` when the raw reference data cannot be kept.

options:
  --data FILE   the data to profile
  --out FILE    where to write the profile JSON (default: print it)
`;
const profileCommand = {
    name: 'data profile',
    summary: 'write a data profile (usable as a drift reference)',
    usage: profileUsage,
    async run(args, ctx) {
        const { values: v } = (0,cli_args/* parse */.qg)(args, { data: { type: 'string' }, out: { type: 'string' } }, profileUsage);
        const file = (0,cli_args/* need */.$B)(v, 'data', profileUsage);
        const profile = await withEngine(ctx.env, async (engine) => (0,duckdb_profile/* profileSource */.D)(engine, await (0,duckdb_source/* openSource */.oD)(engine, dataPath(ctx.cwd, file), 'data', { typed: true, displayPath: file })));
        const json = `${JSON.stringify({ $schema: PROFILE_SCHEMA_ID, ...profile }, null, 2)}\n`;
        const out = (0,cli_args/* str */.gx)(v, 'out');
        if (!out) {
            ctx.stdout(json);
            return 0;
        }
        await (0,promises_.mkdir)(external_node_path_default().dirname(external_node_path_default().resolve(ctx.cwd, out)), { recursive: true });
        await (0,promises_.writeFile)(external_node_path_default().resolve(ctx.cwd, out), json);
        const report = {
            purpose: 'profile',
            title: 'Data profile',
            summary: `${profile.rows} rows, ${profile.columns.length} columns of ${file} written to ${out}`,
            findings: [],
            blocks: [],
        };
        return (0,cli_args/* printReport */.Y_)(ctx, report, v.json === true, { out, rows: profile.rows, columns: profile.columns.length });
    },
};
const overlapUsage = `usage: mlops data overlap --train FILE --test FILE [--key COL[,COL]] [--json]

Finds rows of the holdout (test) data that also appear in the training data: whole rows over the
shared columns by default, or rows with the same key. Any overlap is an error, so leakage fails a PR.

options:
  --train FILE   training data
  --test FILE    holdout data
  --key COLS     compare these columns only (an id, or a compound key)
`;
const overlapCommand = {
    name: 'data overlap',
    summary: 'rows of the holdout set that also appear in training (leakage)',
    usage: overlapUsage,
    async run(args, ctx) {
        const { values: v } = (0,cli_args/* parse */.qg)(args, { train: { type: 'string' }, test: { type: 'string' }, key: { type: 'string', multiple: true } }, overlapUsage);
        const train = (0,cli_args/* need */.$B)(v, 'train', overlapUsage);
        const test = (0,cli_args/* need */.$B)(v, 'test', overlapUsage);
        const overlap = await withEngine(ctx.env, async (engine) => {
            const a = await (0,duckdb_source/* openSource */.oD)(engine, dataPath(ctx.cwd, train), 'train', { displayPath: train });
            const b = await (0,duckdb_source/* openSource */.oD)(engine, dataPath(ctx.cwd, test), 'test', { displayPath: test });
            return findOverlap(engine, a, b, commaList(v, 'key'));
        });
        const findings = overlap.overlapping
            ? [
                {
                    rule: 'data/holdout-overlap',
                    severity: 'error',
                    message: `${overlap.overlapping} of ${overlap.testRows} rows of ${test} also appear in ${train} (by ${overlap.columns.length > 5 ? `${overlap.columns.length} columns` : overlap.columns.join(', ')}); rows ${overlap.rows.join(', ')}${overlap.overlapping > overlap.rows.length ? ' \u2026' : ''}`,
                    file: test,
                    line: overlap.rows[0] === undefined ? undefined : overlap.rows[0] + 1,
                    hint: 'Split by a stable key (or by time) so that no example is in both sets, then regenerate the holdout.',
                },
            ]
            : [];
        const report = {
            purpose: 'overlap',
            title: 'Holdout overlap',
            summary: `${overlap.overlapping} of ${overlap.testRows} holdout rows found in training`,
            findings,
            blocks: [],
        };
        return (0,cli_args/* printReport */.Y_)(ctx, report, v.json === true, overlap);
    },
};
const dictionaryUsage = `usage: mlops data dictionary CARD [--profile FILE] [--out FILE]

Renders the data dictionary of a data card (columns, types, constraints, descriptions, and profile
figures when --profile is given) as Markdown, for docs/.
`;
const dictionaryCommand = {
    name: 'data dictionary',
    summary: 'render a data card as a Markdown data dictionary',
    usage: dictionaryUsage,
    async run(args, ctx) {
        const { values: v, positionals } = (0,cli_args/* parse */.qg)(args, { profile: { type: 'string' }, out: { type: 'string' } }, dictionaryUsage);
        const card = positionals[0];
        if (!card)
            throw new errors/* UsageError */.eb('CARD is required', dictionaryUsage.split('\n')[0]);
        const cf = await (0,dataset.readContractFile)(ctx.cwd, card);
        const profileFile = (0,cli_args/* str */.gx)(v, 'profile');
        const profile = profileFile ? await (0,duckdb_profile/* readProfile */.e)(dataPath(ctx.cwd, profileFile)) : undefined;
        if (profileFile && !profile)
            throw new errors/* UserError */.yo(`${profileFile} is not a data profile`, {
                file: profileFile,
                hint: 'Write one with `mlops data profile --data FILE --out FILE`.',
            });
        const name = external_node_path_default().basename(external_node_path_default().dirname(external_node_path_default().resolve(ctx.cwd, card)));
        const markdown = dataDictionary({ name, columns: cf.contract.columns, profile });
        const out = (0,cli_args/* str */.gx)(v, 'out');
        if (out) {
            await (0,promises_.mkdir)(external_node_path_default().dirname(external_node_path_default().resolve(ctx.cwd, out)), { recursive: true });
            await (0,promises_.writeFile)(external_node_path_default().resolve(ctx.cwd, out), markdown);
        }
        else
            ctx.stdout(markdown);
        return 0;
    },
};

;// CONCATENATED MODULE: ./src/cli/commands/data.ts
/** `mlops data check|drift|profile|overlap|dictionary`, `mlops fairness`, `mlops evaluate` (SPEC \u00a75). */










const checkUsage = `usage: mlops data check [CONTRACT]... [--data FILE]... [--json]

Checks data files against their contract. CONTRACT is a data card (its \`schema\` and \`files\`), a
*.contract.yml, or a Great Expectations suite JSON (1.x or 0.18). Without CONTRACT, every dataset in
.github/mlops.yml is checked against its card. Findings point at the contract line of each failed
expectation and at the data row of each malformed line; PII columns not declared under the card's
\`pii\` are errors.

options:
  --data FILE   data to check instead of the card's files (CSV, TSV, JSON Lines, Parquet, .gz/.zst, globs)
  --json        print the report as JSON, with GX-shaped validation results under \`data\`
`;
const checkCommand = {
    name: 'data check',
    summary: 'check data files against their data contract (Great Expectations semantics, on DuckDB)',
    usage: checkUsage,
    async run(args, ctx) {
        const { values: v, positionals } = (0,cli_args/* parse */.qg)(args, { data: { type: 'string', multiple: true } }, checkUsage);
        const root = ctx.cwd;
        let contracts = positionals;
        if (!contracts.length) {
            const { config } = await (0,fs_config.loadConfig)(root);
            contracts = config.datasets.map((d) => (0,dataset.cardOf)(root, d));
            if (!contracts.length)
                throw new errors/* UsageError */.eb('no CONTRACT given and no datasets in .github/mlops.yml', checkUsage.split('\n')[0]);
        }
        const { summaries, findings } = await withEngine(ctx.env, (engine) => (0,dataset.checkContracts)(engine, root, contracts, (0,cli_args/* list */.p_)(v, 'data')));
        return (0,cli_args/* printReport */.Y_)(ctx, dataCheckReport(summaries, findings), v.json === true, summaries.map((s) => ({
            contract: s.contract,
            data: s.data,
            rows: s.rows,
            validation: s.validation,
            pii: s.pii,
        })));
    },
};
/** Every data command, for src/cli/commands/index.ts. */
const dataCommands = [
    checkCommand,
    profileCommand,
    driftCommand,
    overlapCommand,
    dictionaryCommand,
    fairnessCommand,
    evaluateCommand,
];


/***/ })

};

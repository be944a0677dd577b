export const id = 456;
export const ids = [456];
export const modules = {

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

/***/ 5456:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  doctorCommand: () => (/* binding */ doctorCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/cards/document.ts + 1 modules
var cards_document = __webpack_require__(840);
// EXTERNAL MODULE: ./src/adapters/fs/cards.ts + 6 modules
var fs_cards = __webpack_require__(5209);
// EXTERNAL MODULE: ./src/adapters/fs/config.ts
var config = __webpack_require__(5730);
// EXTERNAL MODULE: ./src/adapters/fs/inside.ts
var inside = __webpack_require__(4608);
// EXTERNAL MODULE: ./src/adapters/git.ts + 1 modules
var adapters_git = __webpack_require__(3073);
;// CONCATENATED MODULE: ./src/adapters/init/facts.ts
/** Gathers what `mlops doctor` grades (src/core/doctor/facts.ts) from a repository on disk and its git tags. */








/** More files than this are not listed: the checklist looks at layout, not at every data file. */
const MAX_FILES = 50_000;
/** Manifests larger than this are not dependency lists. */
const MAX_MANIFEST = 256 * 1024;
const MANIFEST = /(^|\/)(requirements[^/]*\.txt|pyproject\.toml|environment\.ya?ml|Pipfile|setup\.cfg)$/;
/** Everything doctor needs, read from the repository at `root` (a git repository or a plain folder). */
async function gatherFacts(root) {
    const git = new adapters_git/* Git */.T(root);
    const isGit = await git.root().then(() => true, () => false);
    const files = isGit ? await gitFiles(git) : [];
    const loaded = await (0,config.loadConfig)(root);
    const validated = await (0,fs_cards/* validateCards */.qD)(root, { config: loaded.config });
    const cards = await Promise.all(validated.cards.map((c) => cardFact(root, c.target, c.findings, loaded.config.cards.placeholders, c)));
    const tags = isGit ? (await git.run(['tag', '--list'])).stdout.split('\n').filter(Boolean) : [];
    return {
        files,
        configFile: loaded.file,
        configErrors: loaded.findings.filter((f) => f.severity === 'error').length,
        config: loaded.config,
        cards,
        tags,
        workflows: await readAll(root, workflowFiles(root)),
        dependencies: await readAll(root, files.filter((f) => MANIFEST.test(f) && !f.includes('node_modules/')).slice(0, 50)),
    };
}
async function gitFiles(git) {
    const { stdout } = await git.run(['ls-files', '-co', '--exclude-standard', '-z']);
    return stdout.split('\0').filter(Boolean).slice(0, MAX_FILES);
}
function workflowFiles(root) {
    const dir = external_node_path_default().join(root, '.github/workflows');
    if (!(0,external_node_fs_.existsSync)(dir))
        return [];
    return (0,external_node_fs_.readdirSync)(dir).filter((n) => /\.ya?ml$/.test(n)).sort().map((n) => `.github/workflows/${n}`);
}
async function readAll(root, files) {
    const out = {};
    for (const f of files) {
        if (!(0,inside/* isRepoFile */.n)(root, f))
            continue; // a symlink out of the repository is never read
        const text = await (0,promises_.readFile)(external_node_path_default().join(root, f), 'utf8').catch(() => '');
        if (text.length <= MAX_MANIFEST)
            out[f] = text;
    }
    return out;
}
async function cardFact(root, target, findings, placeholders, id) {
    const text = await (0,promises_.readFile)(external_node_path_default().join(root, target.file), 'utf8').catch(() => '');
    const meta = text ? (0,cards_document.parseCard)(text.replace(/\r\n/g, '\n'), target.file, target.kind, target.profile, placeholders).metadata : {};
    const files = Array.isArray(meta.files) ? meta.files : [];
    return {
        file: target.file,
        kind: target.kind,
        name: id.name,
        version: id.version,
        errorRules: findings.filter((f) => f.severity === 'error').map((f) => f.rule),
        sectionProblems: findings.filter((f) => /section/.test(f.rule)).map((f) => f.message),
        checksummedFiles: files.filter((f) => typeof f.sha256 === 'string').length,
        hasContract: typeof meta.schema === 'object' && meta.schema !== null,
    };
}

// EXTERNAL MODULE: ./src/core/init/plan.ts
var plan = __webpack_require__(2711);
;// CONCATENATED MODULE: ./src/core/doctor/frameworks.ts
/**
 * Approved ML frameworks and pinning of dependency manifests: the standard's "approved frameworks
 * with pinned versions". A requirement is pinned when it names one exact version (`==`, PEP 440) or
 * when a lockfile sits beside its manifest (poetry.lock, uv.lock, Pipfile.lock, conda-lock, npm).
 */
/** Widely supported, maintained ML and data libraries; anything else is listed for review, not refused. */
const APPROVED_FRAMEWORKS = [
    'scikit-learn', 'xgboost', 'lightgbm', 'catboost', 'torch', 'pytorch', 'tensorflow', 'keras', 'jax',
    'transformers', 'onnx', 'onnxruntime', 'statsmodels', 'numpy', 'pandas', 'scipy', 'polars', 'pyarrow',
];
const ML_HINTS = /^(sklearn|scikit-|xgboost|lightgbm|catboost|torch|pytorch|tensorflow|keras|jax|flax|transformers|onnx|statsmodels|mxnet|paddle|theano|caffe|h2o|spacy|fastai)/;
const LOCKFILES = ['poetry.lock', 'uv.lock', 'Pipfile.lock', 'conda-lock.yml', 'package-lock.json', 'pdm.lock'];
/** Requirements of requirements*.txt and environment.yml lists (pyproject is covered by its lockfile). */
function requirements(manifests) {
    const out = [];
    for (const [file, text] of Object.entries(manifests)) {
        if (!/requirements[^/]*\.txt$|environment\.ya?ml$/.test(file))
            continue;
        for (const raw of text.split('\n')) {
            const line = raw.replace(/#.*/, '').replace(/^\s*-\s*/, '').trim();
            if (!line || line.startsWith('-') || /:$/.test(line) || /^(name|channels|dependencies|pip)\b/.test(line))
                continue;
            const name = (/^[A-Za-z0-9._-]+/.exec(line)?.[0] ?? '').toLowerCase();
            if (name)
                out.push({ file, name, pinned: /(==|===)\s*[0-9]/.test(line) || /^[A-Za-z0-9._-]+=[0-9]/.test(line) });
        }
    }
    return out;
}
/** True when a lockfile pins the manifests' dependencies. */
const hasLockfile = (files) => files.some((f) => LOCKFILES.includes(f.split('/').pop() ?? ''));
/** ML libraries in use that are not on the approved list. */
function unapproved(reqs) {
    const approved = new Set(APPROVED_FRAMEWORKS);
    return [...new Set(reqs.filter((r) => ML_HINTS.test(r.name) && !approved.has(r.name)).map((r) => r.name))];
}

;// CONCATENATED MODULE: ./src/core/doctor/checklist.ts
/**
 * `mlops doctor`: grades a repository against the standard's implementation checklist (SPEC \u00a71,
 * issue #9). Each item says what evidence was found and the next step; the score is the share of
 * the checklist met (a partial item counts half), like a scorecard (OpenSSF Scorecard's 0-10 per check).
 */


/** Status from how many of the item's conditions hold. */
const statusOf = (met, of) => (met >= of ? 'pass' : met > 0 ? 'partial' : 'fail');
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
/** The workflows whose text matches (a reusable workflow or an action of ours, or the CLI command). */
function workflowsUsing(facts, pattern) {
    return Object.entries(facts.workflows)
        .filter(([, text]) => pattern.test(text))
        .map(([file]) => file);
}
const evidenceOf = (files, what) => (files.length ? `${what}: ${files.join(', ')}` : `no workflow ${what.replace(/^workflow /, '')}`);
function item(id, title, checks, next) {
    const met = checks.filter(([ok]) => ok).length;
    const status = statusOf(met, checks.length);
    return { id, title, status, evidence: checks.map(([ok, yes, no]) => (ok ? yes : no)), ...(status === 'pass' ? {} : { next }) };
}
function structure(f) {
    const present = plan/* STANDARD_FOLDERS */.o.filter((d) => f.files.some((p) => p.startsWith(`${d}/`)) || f.config.models.some((m) => m.path.split('/')[0] === d));
    return item('structure', 'Project structure', [
        [f.configFile !== undefined, `configuration ${f.configFile}`, 'no .github/mlops.yml'],
        [f.configFile !== undefined && f.configErrors === 0, 'the configuration is valid', `the configuration has ${plural(f.configErrors, 'error')}`],
        [present.length >= 4, `standard folders: ${present.join(', ')}`, `standard folders present: ${present.join(', ') || 'none'} of ${plan/* STANDARD_FOLDERS */.o.join(', ')}`],
    ], 'run `mlops init` (it writes only what is missing), then `mlops validate`');
}
function experiments(f) {
    const tags = f.tags.filter((t) => t.startsWith('exp/'));
    const flows = workflowsUsing(f, /record-experiment|mlops-experiment\.yml|mlops experiment record/);
    const params = f.files.filter((p) => /(^|\/)params\.(ya?ml|json)$/.test(p));
    return item('experiments', 'Experiment tracking and reproducibility', [
        [tags.length > 0, `${plural(tags.length, 'experiment tag')} (exp/\u2026)`, 'no experiment tags (exp/\u2026)'],
        [flows.length > 0, evidenceOf(flows, 'workflow recording experiments'), 'no workflow recording experiments'],
        [params.length > 0, `parameters in ${params.slice(0, 3).join(', ')}`, 'no params.yaml or params.json'],
    ], 'record each training run with `mlops experiment record` or the mlops-experiment workflow, with its params file');
}
const dataCards = (f) => f.cards.filter((c) => c.kind === 'data');
const modelCards = (f) => f.cards.filter((c) => c.kind === 'model');
const clean = (c) => c.errorRules.length === 0;
function dataVersioning(f) {
    const cards = dataCards(f);
    const withFiles = cards.filter((c) => c.checksummedFiles > 0 && c.version);
    return item('data-versioning', 'Data versioning', [
        [cards.length > 0, `${plural(cards.length, 'data card')}`, 'no data cards'],
        [cards.length > 0 && withFiles.length === cards.length, `${withFiles.length} of ${cards.length} declare a version and files with sha256`, 'data cards without a version or file checksums'],
        [cards.length > 0 && cards.every(clean), 'data cards pass validation (checksums match the files)', `${plural(cards.filter((c) => !clean(c)).length, 'data card')} with errors`],
    ], 'write a data card per dataset (`mlops init card data NAME`) with `version` and `files` (path, sha256, bytes, rows)');
}
function dataQuality(f) {
    const contracts = dataCards(f).filter((c) => c.hasContract).length + f.files.filter((p) => /\.contract\.ya?ml$/.test(p)).length;
    const flows = workflowsUsing(f, /check-data|mlops-pr\.yml|mlops data check/);
    return item('data-quality', 'Data quality', [
        [contracts > 0, `${plural(contracts, 'data contract')}`, 'no data contract (a data card `schema` or *.contract.yml)'],
        [flows.length > 0, evidenceOf(flows, 'workflow checking data'), 'no workflow checking data'],
    ], 'declare the columns and expectations in the data card `schema`, and run the mlops-pr workflow on pull requests');
}
function evaluation(f) {
    const metrics = Object.keys(f.config.evaluation.metrics);
    const models = modelCards(f);
    const highRisk = f.config.models.filter((m) => m.risk === 'high');
    const fairness = f.config.fairness.sensitive_features.length > 0;
    return item('evaluation', 'Development and evaluation standards', [
        [metrics.length > 0, `evaluation metrics: ${metrics.join(', ')}`, 'no evaluation metrics in .github/mlops.yml'],
        [models.length > 0 && models.every(clean), `${plural(models.length, 'model card')} complete (evaluation, baseline, holdout)`, models.length ? 'model cards with errors' : 'no model cards'],
        [models.length > 0 && (!highRisk.length || fairness), highRisk.length ? `fairness on ${f.config.fairness.sensitive_features.join(', ')}` : 'no high-risk model needs a fairness assessment', 'high-risk models but no fairness.sensitive_features'],
    ], 'set `evaluation.metrics` (and `fairness` for high-risk models) and complete the Evaluation section of each model card');
}
function registry(f) {
    const names = f.config.models.map((m) => m.name);
    const versions = f.tags.filter((t) => names.some((n) => t.startsWith(`${n}@v`)));
    const stages = f.tags.filter((t) => names.some((n) => t.startsWith(`${n}#`)));
    const flows = workflowsUsing(f, /promotion-gate|actions\/register|mlops-promote\.yml/);
    return item('registry', 'Registry and versioning', [
        [versions.length > 0, `${plural(versions.length, 'version tag')} ({model}@v\u2026)`, 'no registered versions ({model}@v\u2026)'],
        [stages.length > 0, `${plural(stages.length, 'stage assignment')} ({model}#{stage}#N)`, 'no stage assignments yet'],
        [flows.length > 0 && Object.keys(f.config.promotion).length > 0, `promotion policy for ${Object.keys(f.config.promotion).join(', ')}; ${evidenceOf(flows, 'workflow')}`, 'no promotion policy or no promotion workflow'],
    ], 'add the mlops-promote workflow, make `mlops/promotion` a required check on release/* branches, and merge a card version to register it');
}
function deployment(f) {
    const stages = Object.entries(f.config.deploy).filter(([, d]) => d.target).map(([stage]) => stage);
    const flows = workflowsUsing(f, /actions\/deploy|mlops-deploy\.yml/);
    return item('deployment', 'Deployment pipelines', [
        [stages.length > 0, `deploy configured for ${stages.join(', ')}`, 'no `deploy.<stage>.target` in .github/mlops.yml'],
        [flows.length > 0, evidenceOf(flows, 'deploy workflow'), 'no deploy workflow'],
    ], 'configure `deploy.<stage>` (strategy, target, health) and add the mlops-deploy workflow');
}
function monitoring(f) {
    const flows = workflowsUsing(f, /actions\/monitor|mlops-monitor\.yml|mlops monitor/);
    const scheduled = flows.filter((w) => /\bschedule:/.test(f.workflows[w] ?? ''));
    const t = f.config.monitoring.thresholds;
    const thresholds = Object.keys(t.metrics ?? {}).length > 0 || t.drift_share !== undefined;
    return item('monitoring', 'Monitoring and alerting', [
        [scheduled.length > 0, evidenceOf(scheduled, 'scheduled monitoring workflow'), flows.length ? 'the monitoring workflow has no schedule' : 'no monitoring workflow'],
        [thresholds, 'monitoring thresholds configured', 'no `monitoring.thresholds` (metrics or drift share)'],
    ], 'add the mlops-monitor workflow on a schedule and set `monitoring.thresholds`');
}
function feedback(f) {
    const form = f.files.some((p) => /^\.github\/ISSUE_TEMPLATE\/[^/]*feedback[^/]*\.ya?ml$/.test(p));
    const flows = workflowsUsing(f, /actions\/feedback|mlops-feedback\.yml/);
    return item('feedback', 'Feedback loops', [
        [form, 'a feedback issue form', 'no feedback issue form in .github/ISSUE_TEMPLATE/'],
        [flows.length > 0, evidenceOf(flows, 'feedback workflow'), 'no feedback workflow'],
        [f.configFile !== undefined && f.config.retraining.triggers.length > 0, `retraining on ${f.config.retraining.triggers.join(', ')}`, 'no retraining triggers'],
    ], 'run `mlops init` for the issue form and the mlops-feedback workflow');
}
function ethics(f) {
    const models = modelCards(f);
    const missing = models.filter((c) => c.sectionProblems.some((m) => /ethic|fairness/i.test(m)));
    return item('ethics', 'Documented ethics and risk', [
        [models.length > 0 && missing.length === 0, 'every model card documents ethical considerations (and fairness for high risk)', models.length ? `missing or empty in ${missing.map((c) => c.file).join(', ')}` : 'no model cards'],
        [f.config.models.length > 0, `risk tiers: ${f.config.models.map((m) => `${m.name} ${m.risk}`).join(', ')}`, 'no models with a risk tier in .github/mlops.yml'],
    ], 'fill in the Ethical Considerations section of each model card and give each model a `risk` tier');
}
function frameworks(f) {
    const manifests = Object.keys(f.dependencies);
    const reqs = requirements(f.dependencies);
    const locked = hasLockfile(f.files);
    const loose = reqs.filter((r) => !r.pinned);
    const other = unapproved(reqs);
    return item('frameworks', 'Approved ML frameworks, pinned versions', [
        [manifests.length > 0, `dependency manifests: ${manifests.join(', ')}`, 'no dependency manifest (requirements.txt, pyproject.toml, environment.yml)'],
        [manifests.length > 0 && (locked || loose.length === 0), locked ? 'a lockfile pins the versions' : `${plural(reqs.length, 'requirement')}, all pinned with ==`, `unpinned: ${loose.map((r) => r.name).join(', ') || 'no manifest'}`],
        [manifests.length > 0 && other.length === 0, 'every ML framework is on the approved list', `not on the approved list (review them): ${other.join(', ')}`],
    ], 'pin every dependency to one version (`name==1.2.3`) or commit a lockfile; use approved frameworks');
}
/** Grades the repository against every item of the checklist. */
function gradeRepository(facts) {
    const items = [structure, experiments, dataVersioning, dataQuality, evaluation, registry, deployment, monitoring, feedback, ethics, frameworks].map((grade) => grade(facts));
    const points = items.reduce((sum, i) => sum + (i.status === 'pass' ? 1 : i.status === 'partial' ? 0.5 : 0), 0);
    return { items, score: Math.round((100 * points) / items.length) };
}

;// CONCATENATED MODULE: ./src/core/doctor/report.ts
const MARK = { pass: '\u2705 pass', partial: '\ud83d\udfe1 partial', fail: '\u274c missing' };
/** Items not met become notices (a repository on its way is not an error); the table says the rest. */
function doctorReport(result) {
    const met = result.items.filter((i) => i.status === 'pass').length;
    const findings = result.items
        .filter((i) => i.status !== 'pass')
        .map((i) => ({ rule: `doctor/${i.id}`, severity: 'notice', message: `${i.title}: ${i.evidence.join('; ')}`, hint: i.next }));
    return {
        purpose: 'doctor',
        title: 'mlops doctor',
        summary: `score ${result.score}/100 \u00b7 ${met} of ${result.items.length} checklist items met`,
        findings,
        blocks: [
            {
                kind: 'table',
                table: {
                    headers: ['item', 'status', 'evidence', 'next step'],
                    rows: result.items.map((i) => [i.title, MARK[i.status], i.evidence.join('; '), i.next ?? '']),
                },
            },
        ],
    };
}

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/cli/args.ts + 4 modules
var cli_args = __webpack_require__(9123);
;// CONCATENATED MODULE: ./src/cli/commands/doctor.ts
/** `mlops doctor [--json]`: grades the repository against the standard's implementation checklist. */






const usage = `usage: mlops doctor [--json]

Grades the repository against the standard's checklist: structure, experiment tracking, data
versioning, data quality, development and evaluation standards, registry and versioning,
deployment pipelines, monitoring and alerting, feedback loops, documented ethics and risk, and
approved ML frameworks with pinned versions. Each item shows the evidence found and the next
step; the score (0-100) counts a partial item as half. Exit code 0: items not met are notices.

options:
  --json   print the report as JSON (with the items and the score)
`;
const doctorCommand = {
    name: 'doctor',
    summary: "grade the repository against the standard's checklist, with evidence, next steps and a score",
    usage,
    async run(args, ctx) {
        const { values } = (0,cli_args/* parse */.qg)(args, {}, usage);
        const root = await new adapters_git/* Git */.T(ctx.cwd).root().catch((error) => {
            if ((0,errors/* isUserError */.iU)(error))
                return ctx.cwd;
            throw error;
        });
        const result = gradeRepository(await gatherFacts(root));
        return (0,cli_args/* printReport */.Y_)(ctx, doctorReport(result), (0,cli_args/* bool */.lc)(values, 'json'), result);
    },
};


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

export const id = 164;
export const ids = [164];
export const modules = {

/***/ 4164:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkDataReport: () => (/* binding */ checkDataReport)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/adapters/fs/config.ts
var config = __webpack_require__(5730);
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

;// CONCATENATED MODULE: ./src/core/drift/report.ts
const num = (x) => x === 0 || (Math.abs(x) >= 1e-3 && Math.abs(x) < 1e6) ? x.toFixed(4) : x.toExponential(3);
/** Findings: one warning per drifted column and an error when the dataset drifts. */
function driftFindings(drift, file) {
    const findings = drift.columns
        .filter((c) => c.drifted)
        .map((c) => ({
        rule: 'drift/column',
        severity: 'warning',
        message: `column '${c.column}' drifted: ${c.testLabel} ${num(c.score)} (threshold ${c.threshold})`,
        file,
    }));
    if (drift.drifted) {
        findings.push({
            rule: 'drift/dataset',
            severity: 'error',
            message: `dataset drift: ${drift.driftedColumns} of ${drift.columns.length} columns drifted (${(100 * drift.share).toFixed(1)}%, limit ${100 * drift.driftShare}%)`,
            file,
            hint: 'Check the upstream data; retrain on recent data, or update the reference when the change is expected.',
        });
    }
    return findings;
}
/** Builds the report for `mlops data drift` and the monitoring workflow. */
function driftReport(drift, reference, current) {
    const table = {
        headers: ['column', 'type', 'test', 'score', 'threshold', 'drifted'],
        align: ['left', 'left', 'left', 'right', 'right', 'center'],
        rows: drift.columns.map((c) => [
            c.column,
            c.kind,
            c.testLabel,
            num(c.score),
            String(c.threshold),
            c.drifted ? 'yes' : 'no',
        ]),
    };
    const blocks = [
        {
            kind: 'markdown',
            text: `Current \`${current}\` against reference \`${reference}\`: ${drift.driftedColumns} of ${drift.columns.length} columns drifted.`,
        },
        { kind: 'table', table },
    ];
    if (drift.columns.length)
        blocks.push(driftChart(drift));
    return {
        purpose: 'drift',
        title: 'Data drift',
        summary: drift.drifted
            ? `Dataset drift: ${drift.driftedColumns}/${drift.columns.length} columns`
            : `No dataset drift (${drift.driftedColumns}/${drift.columns.length} columns drifted)`,
        findings: driftFindings(drift, current),
        blocks,
    };
}
/** Bars of score \u00f7 threshold per column, so p-values and distances share one axis (drift: p-value bars below 1, distance bars at or above 1). */
function driftChart(drift) {
    const label = (s) => JSON.stringify(s.replaceAll('"', "'").slice(0, 30));
    const ratio = drift.columns.map((c) => (c.threshold ? c.score / c.threshold : 0));
    const mermaid = [
        'xychart-beta',
        `  title "Drift score / threshold per column"`,
        `  x-axis [${drift.columns.map((c) => label(c.column)).join(', ')}]`,
        `  bar [${ratio.map((r) => (Number.isFinite(r) ? Math.min(r, 10).toFixed(3) : '10')).join(', ')}]`,
    ].join('\n');
    return {
        kind: 'chart',
        mermaid,
        fallback: {
            headers: ['column', 'score / threshold', 'drifted'],
            rows: drift.columns.map((c, i) => [c.column, ratio[i].toFixed(3), c.drifted ? 'yes' : 'no']),
        },
    };
}

;// CONCATENATED MODULE: ./src/core/drift/select.ts
/** Which drift test runs on a column, and with which threshold: Evidently's defaults, all overridable. */
const binned = (kind) => (kind === 'numerical' ? 'bins' : 'categories');
/** Evidently's stattests with their default thresholds (0.05 for p-values, 0.1 for distances). */
const DRIFT_TESTS = {
    ks: { label: 'K-S p_value', score: 'p_value', defaultThreshold: 0.05, input: () => 'values' },
    chisquare: {
        label: 'chi-square p_value',
        score: 'p_value',
        defaultThreshold: 0.05,
        input: () => 'categories',
    },
    z: { label: 'Z-test p_value', score: 'p_value', defaultThreshold: 0.05, input: () => 'categories' },
    wasserstein: {
        label: 'Wasserstein distance (normed)',
        score: 'distance',
        defaultThreshold: 0.1,
        input: () => 'values',
    },
    jensenshannon: {
        label: 'Jensen-Shannon distance',
        score: 'distance',
        defaultThreshold: 0.1,
        input: binned,
    },
    psi: { label: 'PSI', score: 'distance', defaultThreshold: 0.1, input: binned },
    kl_div: { label: 'Kullback-Leibler divergence', score: 'distance', defaultThreshold: 0.1, input: binned },
    hellinger: { label: 'Hellinger distance', score: 'distance', defaultThreshold: 0.1, input: binned },
};
/**
 * Evidently's get_default_stattest: reference of at most 1,000 rows \u2192 K-S for numerical columns
 * with more than 5 distinct values, else chi-square (Z when binary); larger reference \u2192 normed
 * Wasserstein for numerical columns with more than 5 distinct values, else Jensen-Shannon.
 */
function defaultTest(kind, referenceRows, distinct) {
    if (referenceRows <= 1000) {
        if (kind === 'numerical' && distinct > 5)
            return 'ks';
        return distinct > 2 ? 'chisquare' : 'z';
    }
    return kind === 'numerical' && distinct > 5 ? 'wasserstein' : 'jensenshannon';
}
/** The test and threshold for one column under the options. */
function chooseTest(column, kind, referenceRows, distinct, options = {}) {
    const own = options.columns?.[column];
    const global = options.stattest && options.stattest !== 'auto' ? options.stattest : undefined;
    const byKind = kind === 'numerical' ? options.numStattest : options.catStattest;
    const test = own?.stattest ?? global ?? byKind ?? defaultTest(kind, referenceRows, distinct);
    const byScore = DRIFT_TESTS[test].score === 'p_value' ? options.pValueThreshold : options.distanceThreshold;
    const threshold = own?.threshold ?? options.threshold ?? byScore ?? DRIFT_TESTS[test].defaultThreshold;
    return { test, threshold };
}
/** True when the score means drift: p-value below the threshold, distance at or above it (Evidently). */
function isDrifted(test, score, threshold) {
    return DRIFT_TESTS[test].score === 'p_value' ? score < threshold : score >= threshold;
}
/** The `drift` section of .github/mlops.yml (after defaults) as options. */
function driftOptionsFromConfig(drift) {
    const test = (t) => t && t !== 'auto' && t in DRIFT_TESTS ? t : undefined;
    const columns = {};
    for (const [name, c] of Object.entries(drift.columns))
        columns[name] = { stattest: test(c.stattest), threshold: c.threshold, ignore: c.ignore };
    return {
        numStattest: test(drift.stattest.numerical),
        catStattest: test(drift.stattest.categorical),
        pValueThreshold: drift.thresholds.p_value,
        distanceThreshold: drift.thresholds.distance,
        driftShare: drift.dataset_drift_share,
        bins: drift.bins,
        columns,
    };
}

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/core/fairness/metrics.ts
const rate = (a, b) => (b === 0 ? 0 : a / b);
const spread = (xs) => Math.max(...xs) - Math.min(...xs);
// Fairlearn's ratio is min / max; when every group has rate 0 there is no disparity, so 1.
const ratio = (xs) => (Math.max(...xs) === 0 ? 1 : Math.min(...xs) / Math.max(...xs));
/** Per-group rates from confusion counts. */
function groupMetrics(g) {
    const count = g.tp + g.fp + g.fn + g.tn;
    return {
        group: g.group,
        count,
        selectionRate: rate(g.tp + g.fp, count),
        truePositiveRate: rate(g.tp, g.tp + g.fn),
        falsePositiveRate: rate(g.fp, g.fp + g.tn),
    };
}
/** The disparity metrics over groups. */
function fairnessSummary(counts) {
    const groups = counts.map(groupMetrics);
    const sr = groups.map((g) => g.selectionRate);
    const tpr = groups.map((g) => g.truePositiveRate);
    const fpr = groups.map((g) => g.falsePositiveRate);
    const top = Math.max(...sr);
    return {
        groups,
        demographicParityDifference: spread(sr),
        demographicParityRatio: ratio(sr),
        equalizedOddsDifference: Math.max(spread(tpr), spread(fpr)),
        equalizedOddsRatio: Math.min(ratio(tpr), ratio(fpr)),
        equalOpportunityDifference: spread(tpr),
        fourFifthsFailing: groups.filter((g) => g.selectionRate < 0.8 * top).map((g) => g.group),
    };
}
const METRIC_OF = {
    demographic_parity_difference: 'demographicParityDifference',
    demographic_parity_ratio: 'demographicParityRatio',
    equalized_odds_difference: 'equalizedOddsDifference',
    equalized_odds_ratio: 'equalizedOddsRatio',
    equal_opportunity_difference: 'equalOpportunityDifference',
};
/** Findings for thresholds exceeded (errors) and for the four-fifths screen (a warning unless a ratio bound is set). */
function fairnessFindings(summary, thresholds, file) {
    const findings = [];
    for (const [key, bound] of Object.entries(thresholds)) {
        if (typeof bound !== 'number' || !(key in METRIC_OF))
            continue;
        const value = summary[METRIC_OF[key]];
        const isRatio = key.endsWith('_ratio');
        if (isRatio ? value < bound : value > bound) {
            findings.push({
                rule: `fairness/${key.replaceAll('_', '-')}`,
                severity: 'error',
                message: `${key.replaceAll('_', ' ')} is ${value.toFixed(4)}, ${isRatio ? 'below the minimum' : 'above the maximum'} ${bound}`,
                file,
                hint: 'Investigate the groups in the table; mitigate (reweighting, thresholds per group) or document an accepted exception in the model card.',
            });
        }
    }
    if (summary.fourFifthsFailing.length) {
        findings.push({
            rule: 'fairness/four-fifths',
            severity: thresholds.demographic_parity_ratio === undefined ? 'warning' : 'notice',
            message: `selection rate of ${summary.fourFifthsFailing.join(', ')} is below four fifths of the highest group's (ratio ${summary.demographicParityRatio.toFixed(4)})`,
            file,
            hint: 'The four-fifths rule is a screen for adverse impact, not proof; set `fairness.demographic_parity_ratio` to enforce a bound.',
        });
    }
    return findings;
}

;// CONCATENATED MODULE: ./src/core/fairness/report.ts

const f = (x) => x.toFixed(4);
/** Builds the report for `mlops fairness`. */
function fairnessReport(summary, thresholds, file, sensitive) {
    const findings = fairnessFindings(summary, thresholds, file);
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/core/config/index.ts + 6 modules
var core_config = __webpack_require__(1482);
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
    return loaded.file ?? core_config/* CONFIG_PATHS */.iE[0];
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

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/core/cards/datafiles.ts
var datafiles = __webpack_require__(2448);
// EXTERNAL MODULE: ./src/core/cards/frontmatter.ts
var frontmatter = __webpack_require__(9125);
;// CONCATENATED MODULE: ./src/core/data/contract.ts
/** Frictionless Table Schema field types. */
const FIELD_TYPES = (/* unused pure expression or super */ null && ([
    'string',
    'number',
    'integer',
    'boolean',
    'date',
    'datetime',
    'time',
    'year',
    'duration',
    'object',
    'array',
    'any',
]));
const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Normalises a parsed contract (our YAML, a data card's `schema`, or a GX suite JSON) into expectations. */
function normaliseContract(value, file, basePath = []) {
    const findings = [];
    const contract = { columns: [], expectations: [], findings };
    if (!isObj(value)) {
        findings.push({
            rule: 'contract/not-a-mapping',
            severity: 'error',
            message: 'a data contract must be a mapping with `columns` and/or `expectations`',
            file,
        });
        return contract;
    }
    const key = Array.isArray(value.columns) ? 'columns' : 'fields';
    const columns = Array.isArray(value[key]) ? value[key] : [];
    columns.forEach((raw, i) => {
        if (!isObj(raw) || typeof raw.name !== 'string')
            return;
        const spec = raw;
        contract.columns.push(spec);
        contract.expectations.push(...columnExpectations(spec, [...basePath, key, i]));
    });
    const pk = value.primaryKey ?? value.primary_key;
    if (typeof pk === 'string' || Array.isArray(pk)) {
        const cols = (Array.isArray(pk) ? pk : [pk]).map(String);
        const path = [...basePath, value.primaryKey !== undefined ? 'primaryKey' : 'primary_key'];
        for (const column of cols)
            contract.expectations.push({ type: 'expect_column_values_to_not_be_null', kwargs: { column }, path });
        contract.expectations.push({
            type: 'expect_compound_columns_to_be_unique',
            kwargs: { column_list: cols },
            path,
        });
    }
    const list = Array.isArray(value.expectations) ? value.expectations : [];
    list.forEach((raw, i) => {
        const e = expectationEntry(raw, [...basePath, 'expectations', i]);
        if (e)
            contract.expectations.push(e);
        else
            findings.push({
                rule: 'contract/bad-expectation',
                severity: 'error',
                message: `expectations[${i}] is not an expectation`,
                file,
                hint: 'Write `- expect_column_values_to_not_be_null: {column: id}` or `{type: expect_\u2026, kwargs: {\u2026}}`.',
            });
    });
    return contract;
}
/** `{type|expectation_type, kwargs, meta}` (GX 1.x / 0.18) or `{expect_name: {kwargs}}` (our short form). */
function expectationEntry(raw, path) {
    if (!isObj(raw))
        return undefined;
    const type = raw.type ?? raw.expectation_type;
    if (typeof type === 'string') {
        const kwargs = isObj(raw.kwargs) ? raw.kwargs : {};
        return { type, kwargs, path, ...(isObj(raw.meta) ? { meta: raw.meta } : {}) };
    }
    const keys = Object.keys(raw);
    if (keys.length === 1 && keys[0].startsWith('expect_')) {
        const kwargs = raw[keys[0]];
        return { type: keys[0], kwargs: isObj(kwargs) ? { ...kwargs } : {}, path: [...path, keys[0]] };
    }
    return undefined;
}
/** The expectations a Frictionless field implies: its type, `required`, `unique` and constraints. */
function columnExpectations(spec, path) {
    const column = spec.name;
    const c = { ...(spec.constraints ?? {}) };
    const out = [
        { type: 'expect_column_to_exist', kwargs: { column }, path: [...path, 'name'] },
    ];
    const at = (k) => spec.constraints && k in spec.constraints ? [...path, 'constraints', k] : [...path, k];
    if (spec.type && spec.type !== 'any' && spec.type !== 'string') {
        out.push({
            type: 'expect_column_values_to_be_of_type',
            kwargs: { column, type_: spec.type },
            path: [...path, 'type'],
        });
    }
    if (spec.required || c.required)
        out.push({ type: 'expect_column_values_to_not_be_null', kwargs: { column }, path: at('required') });
    if (spec.unique || c.unique)
        out.push({ type: 'expect_column_values_to_be_unique', kwargs: { column }, path: at('unique') });
    const min = c.exclusiveMinimum ?? c.minimum;
    const max = c.exclusiveMaximum ?? c.maximum;
    if (min !== undefined || max !== undefined) {
        out.push({
            type: 'expect_column_values_to_be_between',
            kwargs: {
                column,
                min_value: min ?? null,
                max_value: max ?? null,
                strict_min: c.exclusiveMinimum !== undefined,
                strict_max: c.exclusiveMaximum !== undefined,
            },
            path: at(min !== undefined
                ? c.exclusiveMinimum !== undefined
                    ? 'exclusiveMinimum'
                    : 'minimum'
                : c.exclusiveMaximum !== undefined
                    ? 'exclusiveMaximum'
                    : 'maximum'),
        });
    }
    if (c.minLength !== undefined || c.maxLength !== undefined) {
        out.push({
            type: 'expect_column_value_lengths_to_be_between',
            kwargs: { column, min_value: c.minLength ?? null, max_value: c.maxLength ?? null },
            path: at(c.minLength !== undefined ? 'minLength' : 'maxLength'),
        });
    }
    if (c.pattern !== undefined)
        out.push({
            type: 'expect_column_values_to_match_regex',
            kwargs: { column, regex: c.pattern, full_match: true },
            path: at('pattern'),
        });
    if (c.enum !== undefined)
        out.push({
            type: 'expect_column_values_to_be_in_set',
            kwargs: { column, value_set: c.enum },
            path: at('enum'),
        });
    return out;
}

;// CONCATENATED MODULE: ./src/core/data/pii.ts
const EMAIL = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/;
const PHONE = /^\+?[0-9][0-9 ().-]{6,18}[0-9]$/;
const SSN = /^(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}$/;
const NINO = /^[A-CEGHJ-PR-TW-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]$/i;
const NIR = /^[12] ?\d{2} ?(0[1-9]|1[0-2]) ?(\d{2}|2[AB]) ?\d{3} ?\d{3} ?(\d{2})?$/;
const IPV4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;
const IPV6 = /^(?=.*:.*:)[0-9A-Fa-f:]{2,39}$/;
/** The Luhn (mod 10) checksum of a digit string, as payment card numbers carry. */
function luhnValid(digits) {
    let sum = 0;
    for (let i = 0; i < digits.length; i++) {
        let d = digits.charCodeAt(digits.length - 1 - i) - 48;
        if (i % 2 === 1) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
    }
    return sum % 10 === 0;
}
/** The kind of personal data one value looks like, if any. */
function piiKindOf(value) {
    const v = value.trim();
    if (!v || v.length > 100)
        return undefined;
    if (EMAIL.test(v))
        return 'email';
    if (IPV4.test(v) || IPV6.test(v))
        return 'ip_address';
    if (SSN.test(v) || NINO.test(v) || NIR.test(v))
        return 'national_id';
    const digits = v.replace(/[ -]/g, '');
    if (/^\d{13,19}$/.test(digits) && /^[\d -]+$/.test(v) && luhnValid(digits))
        return 'payment_card';
    // E.164 numbers have at most 15 digits; separators or a leading + tell them from plain integers.
    const n = v.replace(/\D/g, '').length;
    const dateLike = /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$|^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}$/.test(v);
    if (PHONE.test(v) && !dateLike && n >= 7 && n <= 15 && (v.startsWith('+') || /[ ().-]/.test(v)))
        return 'phone';
    return undefined;
}
/** Flags a column when at least half its sampled non-empty values are one kind of PII. */
function detectPii(column, values) {
    const texts = values
        .filter((v) => (typeof v === 'string' && v.trim() !== '') || typeof v === 'number')
        .map(String);
    if (!texts.length)
        return undefined;
    const counts = new Map();
    for (const t of texts) {
        const k = piiKindOf(t);
        if (k)
            counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
    if (!best || best[1] / texts.length < 0.5)
        return undefined;
    return { column, kind: best[0], share: best[1] / texts.length, examples: best[1] };
}
/** Which columns the card's `pii` declares: `fields`, or every column when it says `contains: true` without a list. */
function declaredPii(pii) {
    if (pii === true)
        return { all: true, fields: new Set() };
    if (typeof pii === 'object' && pii !== null) {
        const p = pii;
        const fields = Array.isArray(p.fields) ? p.fields.map(String) : [];
        return { all: p.contains === true && fields.length === 0, fields: new Set(fields) };
    }
    return { all: false, fields: new Set() };
}
/** An error for each detected PII column the card does not declare under `pii`. */
function piiFindings(found, pii, card, at) {
    const declared = declaredPii(pii);
    return found
        .filter((c) => !declared.all && !declared.fields.has(c.column))
        .map((c) => ({
        rule: 'data/pii-undeclared',
        severity: 'error',
        message: `column '${c.column}' looks like ${c.kind.replace('_', ' ')} data (${Math.round(100 * c.share)}% of sampled values) but the data card does not declare it under \`pii\``,
        file: card,
        ...at,
        hint: `Add it to the card: \`pii: {contains: true, fields: [${c.column}], handling: \u2026}\`, or remove / pseudonymise the column.`,
    }));
}

;// CONCATENATED MODULE: ./src/core/data/results.ts
const pct = (a, b) => (b === 0 ? null : (100 * a) / b);
/** GX's `mostly`: the share of (non-null) values that must pass, default 1. */
function mostlyOf(kwargs) {
    return typeof kwargs.mostly === 'number' ? kwargs.mostly : 1;
}
/** One expectation's result from its facts. */
function expectationResult(check, facts) {
    const e = check.expectation;
    const config = { type: e.type, kwargs: e.kwargs, ...(e.meta ? { meta: e.meta } : {}) };
    const s = check.spec;
    const noException = { raised_exception: false, exception_message: null };
    if (s.kind === 'invalid') {
        return {
            success: false,
            expectation_config: config,
            result: {},
            exception_info: { raised_exception: true, exception_message: s.message },
        };
    }
    if (s.kind === 'table') {
        const judged = s.judge({ columns: facts.columns ?? [], rowCount: facts.elementCount });
        return {
            success: judged.success,
            expectation_config: config,
            result: { observed_value: judged.observed },
            exception_info: noException,
        };
    }
    if (s.kind === 'aggregate') {
        return {
            success: s.judge(facts.observed),
            expectation_config: config,
            result: { observed_value: facts.observed ?? null },
            exception_info: noException,
        };
    }
    const n = facts.elementCount;
    const nonNull = facts.nonNull ?? n;
    const unexpected = facts.unexpected ?? 0;
    const missing = n - nonNull;
    const countsNulls = s.kind === 'map' && s.countNulls === true;
    // Nulls are outside the denominator, except when the expectation is about nulls (GX).
    const denominator = countsNulls ? n : nonNull;
    const success = denominator === 0 || (denominator - unexpected) / denominator >= mostlyOf(e.kwargs);
    const result = {
        element_count: n,
        unexpected_count: unexpected,
        unexpected_percent: pct(unexpected, denominator),
        partial_unexpected_list: (facts.samples ?? []).map((x) => x.value),
        partial_unexpected_index_list: (facts.samples ?? []).map((x) => x.row),
    };
    if (!countsNulls) {
        Object.assign(result, {
            missing_count: missing,
            missing_percent: pct(missing, n),
            unexpected_percent_total: pct(unexpected, n),
            unexpected_percent_nonmissing: pct(unexpected, nonNull),
        });
    }
    return { success, expectation_config: config, result, exception_info: noException };
}
/** The suite-level result, as GX's ExpectationSuiteValidationResult. */
function validationResult(results) {
    const ok = results.filter((r) => r.success).length;
    return {
        success: ok === results.length,
        statistics: {
            evaluated_expectations: results.length,
            successful_expectations: ok,
            unsuccessful_expectations: results.length - ok,
            success_percent: results.length ? (100 * ok) / results.length : null,
        },
        results,
    };
}
/** One finding per failed expectation, at the contract line that declared it. */
function resultFindings(checks, results, file, locate) {
    const declaredColumns = new Set(checks
        .filter((c) => c.expectation.type === 'expect_column_to_exist')
        .map((c) => String(c.expectation.kwargs.column)));
    const findings = [];
    checks.forEach((check, i) => {
        const r = results[i];
        if (r.success)
            return;
        const s = check.spec;
        // A missing column is reported once, by its expect_column_to_exist, not by every check on it.
        if (s.kind === 'invalid' &&
            s.missingColumn !== undefined &&
            declaredColumns.has(s.missingColumn) &&
            check.expectation.type !== 'expect_column_to_exist')
            return;
        const where = locate(check.expectation.path) ?? {};
        findings.push({
            rule: `data/${check.expectation.type}`,
            severity: severityOf(check),
            message: messageOf(check, r),
            file,
            ...where,
            hint: hintOf(check, r),
        });
    });
    return findings;
}
function severityOf(check) {
    const s = check.expectation.meta?.severity ?? check.expectation.kwargs.severity;
    return s === 'warning' || s === 'notice' ? s : 'error';
}
function subject(check) {
    const k = check.expectation.kwargs;
    if (typeof k.column === 'string')
        return `column '${k.column}'`;
    if (Array.isArray(k.column_list))
        return `columns (${k.column_list.join(', ')})`;
    return 'table';
}
function messageOf(check, r) {
    const s = check.spec;
    if (s.kind === 'invalid')
        return `${check.expectation.type}: ${s.message}`;
    const what = `${subject(check)} ${'describe' in s ? s.describe : ''}`.trim();
    if (s.kind === 'table' || s.kind === 'aggregate')
        return `${what}: observed ${JSON.stringify(r.result.observed_value)}`;
    const u = r.result.unexpected_count ?? 0;
    const p = r.result.unexpected_percent;
    const rows = r.result.partial_unexpected_index_list ?? [];
    const values = (r.result.partial_unexpected_list ?? []).slice(0, 5).map((v) => JSON.stringify(v));
    const mostly = mostlyOf(check.expectation.kwargs);
    const share = p === null || p === undefined
        ? ''
        : ` (${p.toFixed(2)}%${mostly < 1 ? `, mostly ${mostly} allows ${(100 * (1 - mostly)).toFixed(2)}%` : ''})`;
    const at = rows.length ? `; rows ${rows.slice(0, 10).join(', ')}${u > rows.length ? ' \u2026' : ''}` : '';
    return `${what}: ${u} unexpected value${u === 1 ? '' : 's'}${share}${at}${values.length ? `; e.g. ${values.join(', ')}` : ''}`;
}
function hintOf(check, r) {
    if (check.spec.kind === 'invalid')
        return r.exception_info.exception_message?.includes('unsupported')
            ? 'Use one of the supported Great Expectations names (docs/data.md).'
            : 'Fix the expectation in the contract.';
    return 'Fix the data (row numbers count data rows after the header), or change the expectation if the data is right.';
}

// EXTERNAL MODULE: ./src/core/data/sql.ts
var data_sql = __webpack_require__(4820);
;// CONCATENATED MODULE: ./schemas/data-contract.schema.json
const data_contract_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://github.com/gitops-mlops/schemas/data-contract.schema.json","title":"Data contract","description":"Columns with Frictionless Table Schema types and constraints, and Great Expectations expectations by name. Lives in a data card\'s `schema` key or in a standalone `*.contract.yml`; a Great Expectations suite JSON (1.x or 0.18) is accepted as it is.","type":"object","properties":{"columns":{"type":"array","items":{"$ref":"#/$defs/column"},"description":"Columns in file order."},"fields":{"type":"array","items":{"$ref":"#/$defs/column"},"description":"Frictionless Table Schema spelling of `columns`."},"primaryKey":{"anyOf":[{"type":"string"},{"type":"array","items":{"type":"string"},"minItems":1}],"description":"Columns whose values are present and unique together."},"primary_key":{"anyOf":[{"type":"string"},{"type":"array","items":{"type":"string"},"minItems":1}]},"missingValues":{"type":"array","items":{"type":"string"},"description":"Frictionless missing values (informational: empty fields are missing)."},"expectations":{"type":"array","items":{"$ref":"#/$defs/expectation"}},"name":{"type":"string","description":"GX 1.x suite name."},"expectation_suite_name":{"type":"string","description":"GX 0.18 suite name."},"meta":{"type":"object"}},"$defs":{"column":{"type":"object","additionalProperties":false,"required":["name"],"description":"One column (a Frictionless Table Schema field).","properties":{"name":{"type":"string","minLength":1,"description":"Column name as in the file header."},"title":{"type":"string"},"type":{"enum":["string","number","integer","boolean","date","datetime","time","year","duration","object","array","any"],"description":"Frictionless Table Schema type; values that do not parse as it are unexpected (expect_column_values_to_be_of_type)."},"format":{"type":"string","description":"Frictionless format (informational)."},"description":{"type":"string"},"required":{"type":"boolean","description":"No missing values (expect_column_values_to_not_be_null)."},"unique":{"type":"boolean","description":"No value occurs twice (expect_column_values_to_be_unique)."},"pii":{"type":"boolean","description":"The column holds personal data (also list it under the card\'s `pii.fields`)."},"constraints":{"type":"object","additionalProperties":false,"description":"Frictionless constraints, each compiled to a Great Expectations expectation.","properties":{"required":{"type":"boolean"},"unique":{"type":"boolean"},"minimum":{"type":["number","string"]},"maximum":{"type":["number","string"]},"exclusiveMinimum":{"type":["number","string"]},"exclusiveMaximum":{"type":["number","string"]},"minLength":{"type":"integer","minimum":0},"maxLength":{"type":"integer","minimum":0},"pattern":{"type":"string","description":"Regular expression (RE2 syntax) the whole value must match."},"enum":{"type":"array","minItems":1,"description":"Allowed values (expect_column_values_to_be_in_set)."}}}}},"expectation":{"description":"A Great Expectations expectation: `{type: expect_\u2026, kwargs: {\u2026}}` (GX 1.x), `{expectation_type: \u2026, kwargs: \u2026}` (GX 0.18), or the short form `{expect_\u2026: {kwargs}}`.","anyOf":[{"type":"object","required":["type"],"properties":{"type":{"type":"string","pattern":"^expect_"},"kwargs":{"$ref":"#/$defs/kwargs"},"meta":{"type":"object"},"id":{},"rendered_content":{},"notes":{},"description":{},"severity":{"enum":["critical","warning","info","error","notice"]}}},{"type":"object","required":["expectation_type"],"properties":{"expectation_type":{"type":"string","pattern":"^expect_"},"kwargs":{"$ref":"#/$defs/kwargs"},"meta":{"type":"object"},"ge_cloud_id":{},"rendered_content":{},"notes":{}}},{"type":"object","minProperties":1,"maxProperties":1,"propertyNames":{"pattern":"^expect_"},"additionalProperties":{"$ref":"#/$defs/kwargs"}}]},"kwargs":{"type":"object","description":"Keyword arguments as in Great Expectations (column, min_value, max_value, strict_min, strict_max, value_set, regex, type_, column_list, column_set, exact_match, value, mostly \u2026).","properties":{"column":{"type":"string"},"mostly":{"type":"number","minimum":0,"maximum":1,"description":"Share of non-null values that must pass (default 1)."},"min_value":{"type":["number","string","null"]},"max_value":{"type":["number","string","null"]},"strict_min":{"type":"boolean"},"strict_max":{"type":"boolean"},"value_set":{"type":"array"},"regex":{"type":"string"},"type_":{"type":"string"},"type_list":{"type":"array","items":{"type":"string"}},"column_list":{"type":"array","items":{"type":"string"}},"column_set":{"type":"array","items":{"type":"string"}},"exact_match":{"type":["boolean","null"]},"severity":{"enum":["error","warning","notice"]}}}}}');
// EXTERNAL MODULE: ./src/core/schema/precompiled.ts
var precompiled = __webpack_require__(3637);
;// CONCATENATED MODULE: ./src/generated/validators/data-contract.ts
// Generated by scripts/generate-validators.mjs from schemas/data-contract.schema.json: do not edit.
// Regenerate with `node scripts/generate-validators.mjs` (scripts/build.mjs runs it before bundling).
/* eslint-disable */
// @ts-nocheck


const validate = validate21;
const schema34 = data_contract_schema_namespaceObject;
const schema35 = data_contract_schema_namespaceObject.$defs.column;
const func5 = Object.prototype.hasOwnProperty;
const func1 = function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
};
const schema37 = data_contract_schema_namespaceObject.$defs.expectation;
const schema38 = data_contract_schema_namespaceObject.$defs.kwargs;
const pattern11 = new RegExp("^expect_", "u");
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate22.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} const _errs0 = errors; let valid0 = false; const _errs1 = errors; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === undefined) {
        vErrors = addKeywordError(vErrors, instancePath, "#/anyOf/0/required", "required", { missingProperty: "type" }, "must have required property '" + "type" + "'", schema37.anyOf[0], data);
        errors++;
    }
    if (data.type !== undefined) {
        let data0 = data.type;
        if (typeof data0 === "string") {
            if (!pattern11.test(data0)) {
                vErrors = addError(vErrors, instancePath + "/type", "#/anyOf/0/properties/type/pattern", "pattern", { pattern: "^expect_" }, "must match pattern \"" + "^expect_" + "\"", "^expect_", schema37.anyOf[0].properties.type, data0);
                errors++;
            }
        }
        else {
            vErrors = addKeywordError(vErrors, instancePath + "/type", "#/anyOf/0/properties/type/type", "type", { type: "string" }, "must be string", schema37.anyOf[0].properties.type, data0);
            errors++;
        }
    }
    if (data.kwargs !== undefined) {
        let data1 = data.kwargs;
        if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
            if (data1.column !== undefined) {
                let data2 = data1.column;
                if (typeof data2 !== "string") {
                    vErrors = addKeywordError(vErrors, instancePath + "/kwargs/column", "#/$defs/kwargs/properties/column/type", "type", { type: "string" }, "must be string", schema38.properties.column, data2);
                    errors++;
                }
            }
            if (data1.mostly !== undefined) {
                let data3 = data1.mostly;
                if ((typeof data3 == "number") && (isFinite(data3))) {
                    if (data3 > 1 || isNaN(data3)) {
                        vErrors = addError(vErrors, instancePath + "/kwargs/mostly", "#/$defs/kwargs/properties/mostly/maximum", "maximum", { comparison: "<=", limit: 1 }, "must be <= 1", 1, schema38.properties.mostly, data3);
                        errors++;
                    }
                    if (data3 < 0 || isNaN(data3)) {
                        vErrors = addError(vErrors, instancePath + "/kwargs/mostly", "#/$defs/kwargs/properties/mostly/minimum", "minimum", { comparison: ">=", limit: 0 }, "must be >= 0", 0, schema38.properties.mostly, data3);
                        errors++;
                    }
                }
                else {
                    vErrors = addKeywordError(vErrors, instancePath + "/kwargs/mostly", "#/$defs/kwargs/properties/mostly/type", "type", { type: "number" }, "must be number", schema38.properties.mostly, data3);
                    errors++;
                }
            }
            if (data1.min_value !== undefined) {
                let data4 = data1.min_value;
                if (((!((typeof data4 == "number") && (isFinite(data4)))) && (typeof data4 !== "string")) && (data4 !== null)) {
                    vErrors = addKeywordError(vErrors, instancePath + "/kwargs/min_value", "#/$defs/kwargs/properties/min_value/type", "type", { type: schema38.properties.min_value.type }, "must be number,string,null", schema38.properties.min_value, data4);
                    errors++;
                }
            }
            if (data1.max_value !== undefined) {
                let data5 = data1.max_value;
                if (((!((typeof data5 == "number") && (isFinite(data5)))) && (typeof data5 !== "string")) && (data5 !== null)) {
                    vErrors = addKeywordError(vErrors, instancePath + "/kwargs/max_value", "#/$defs/kwargs/properties/max_value/type", "type", { type: schema38.properties.max_value.type }, "must be number,string,null", schema38.properties.max_value, data5);
                    errors++;
                }
            }
            if (data1.strict_min !== undefined) {
                let data6 = data1.strict_min;
                if (typeof data6 !== "boolean") {
                    vErrors = addKeywordError(vErrors, instancePath + "/kwargs/strict_min", "#/$defs/kwargs/properties/strict_min/type", "type", { type: "boolean" }, "must be boolean", schema38.properties.strict_min, data6);
                    errors++;
                }
            }
            if (data1.strict_max !== undefined) {
                let data7 = data1.strict_max;
                if (typeof data7 !== "boolean") {
                    vErrors = addKeywordError(vErrors, instancePath + "/kwargs/strict_max", "#/$defs/kwargs/properties/strict_max/type", "type", { type: "boolean" }, "must be boolean", schema38.properties.strict_max, data7);
                    errors++;
                }
            }
            if (data1.value_set !== undefined) {
                let data8 = data1.value_set;
                if (!(Array.isArray(data8))) {
                    vErrors = addKeywordError(vErrors, instancePath + "/kwargs/value_set", "#/$defs/kwargs/properties/value_set/type", "type", { type: "array" }, "must be array", schema38.properties.value_set, data8);
                    errors++;
                }
            }
            if (data1.regex !== undefined) {
                let data9 = data1.regex;
                if (typeof data9 !== "string") {
                    vErrors = addKeywordError(vErrors, instancePath + "/kwargs/regex", "#/$defs/kwargs/properties/regex/type", "type", { type: "string" }, "must be string", schema38.properties.regex, data9);
                    errors++;
                }
            }
            if (data1.type_ !== undefined) {
                let data10 = data1.type_;
                if (typeof data10 !== "string") {
                    vErrors = addKeywordError(vErrors, instancePath + "/kwargs/type_", "#/$defs/kwargs/properties/type_/type", "type", { type: "string" }, "must be string", schema38.properties.type_, data10);
                    errors++;
                }
            }
            if (data1.type_list !== undefined) {
                let data11 = data1.type_list;
                if (Array.isArray(data11)) {
                    const len0 = data11.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                        let data12 = data11[i0];
                        if (typeof data12 !== "string") {
                            vErrors = addKeywordError(vErrors, instancePath + "/kwargs/type_list/" + i0, "#/$defs/kwargs/properties/type_list/items/type", "type", { type: "string" }, "must be string", schema38.properties.type_list.items, data12);
                            errors++;
                        }
                    }
                }
                else {
                    vErrors = addKeywordError(vErrors, instancePath + "/kwargs/type_list", "#/$defs/kwargs/properties/type_list/type", "type", { type: "array" }, "must be array", schema38.properties.type_list, data11);
                    errors++;
                }
            }
            if (data1.column_list !== undefined) {
                let data13 = data1.column_list;
                if (Array.isArray(data13)) {
                    const len1 = data13.length;
                    for (let i1 = 0; i1 < len1; i1++) {
                        let data14 = data13[i1];
                        if (typeof data14 !== "string") {
                            vErrors = addKeywordError(vErrors, instancePath + "/kwargs/column_list/" + i1, "#/$defs/kwargs/properties/column_list/items/type", "type", { type: "string" }, "must be string", schema38.properties.column_list.items, data14);
                            errors++;
                        }
                    }
                }
                else {
                    vErrors = addKeywordError(vErrors, instancePath + "/kwargs/column_list", "#/$defs/kwargs/properties/column_list/type", "type", { type: "array" }, "must be array", schema38.properties.column_list, data13);
                    errors++;
                }
            }
            if (data1.column_set !== undefined) {
                let data15 = data1.column_set;
                if (Array.isArray(data15)) {
                    const len2 = data15.length;
                    for (let i2 = 0; i2 < len2; i2++) {
                        let data16 = data15[i2];
                        if (typeof data16 !== "string") {
                            vErrors = addKeywordError(vErrors, instancePath + "/kwargs/column_set/" + i2, "#/$defs/kwargs/properties/column_set/items/type", "type", { type: "string" }, "must be string", schema38.properties.column_set.items, data16);
                            errors++;
                        }
                    }
                }
                else {
                    vErrors = addKeywordError(vErrors, instancePath + "/kwargs/column_set", "#/$defs/kwargs/properties/column_set/type", "type", { type: "array" }, "must be array", schema38.properties.column_set, data15);
                    errors++;
                }
            }
            if (data1.exact_match !== undefined) {
                let data17 = data1.exact_match;
                if ((typeof data17 !== "boolean") && (data17 !== null)) {
                    vErrors = addKeywordError(vErrors, instancePath + "/kwargs/exact_match", "#/$defs/kwargs/properties/exact_match/type", "type", { type: schema38.properties.exact_match.type }, "must be boolean,null", schema38.properties.exact_match, data17);
                    errors++;
                }
            }
            if (data1.severity !== undefined) {
                let data18 = data1.severity;
                if (!(((data18 === "error") || (data18 === "warning")) || (data18 === "notice"))) {
                    vErrors = addKeywordError(vErrors, instancePath + "/kwargs/severity", "#/$defs/kwargs/properties/severity/enum", "enum", { allowedValues: schema38.properties.severity.enum }, "must be equal to one of the allowed values", schema38.properties.severity, data18);
                    errors++;
                }
            }
        }
        else {
            vErrors = addKeywordError(vErrors, instancePath + "/kwargs", "#/$defs/kwargs/type", "type", { type: "object" }, "must be object", schema38, data1);
            errors++;
        }
    }
    if (data.meta !== undefined) {
        let data19 = data.meta;
        if (!(data19 && typeof data19 == "object" && !Array.isArray(data19))) {
            vErrors = addKeywordError(vErrors, instancePath + "/meta", "#/anyOf/0/properties/meta/type", "type", { type: "object" }, "must be object", schema37.anyOf[0].properties.meta, data19);
            errors++;
        }
    }
    if (data.severity !== undefined) {
        let data20 = data.severity;
        if (!(((((data20 === "critical") || (data20 === "warning")) || (data20 === "info")) || (data20 === "error")) || (data20 === "notice"))) {
            vErrors = addKeywordError(vErrors, instancePath + "/severity", "#/anyOf/0/properties/severity/enum", "enum", { allowedValues: schema37.anyOf[0].properties.severity.enum }, "must be equal to one of the allowed values", schema37.anyOf[0].properties.severity, data20);
            errors++;
        }
    }
}
else {
    vErrors = addKeywordError(vErrors, instancePath, "#/anyOf/0/type", "type", { type: "object" }, "must be object", schema37.anyOf[0], data);
    errors++;
} var _valid0 = _errs1 === errors; valid0 = valid0 || _valid0; if (_valid0) {
    var props0 = {};
    props0.type = true;
    props0.kwargs = true;
    props0.meta = true;
    props0.id = true;
    props0.rendered_content = true;
    props0.notes = true;
    props0.description = true;
    props0.severity = true;
} const _errs44 = errors; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.expectation_type === undefined) {
        vErrors = addKeywordError(vErrors, instancePath, "#/anyOf/1/required", "required", { missingProperty: "expectation_type" }, "must have required property '" + "expectation_type" + "'", schema37.anyOf[1], data);
        errors++;
    }
    if (data.expectation_type !== undefined) {
        let data21 = data.expectation_type;
        if (typeof data21 === "string") {
            if (!pattern11.test(data21)) {
                vErrors = addError(vErrors, instancePath + "/expectation_type", "#/anyOf/1/properties/expectation_type/pattern", "pattern", { pattern: "^expect_" }, "must match pattern \"" + "^expect_" + "\"", "^expect_", schema37.anyOf[1].properties.expectation_type, data21);
                errors++;
            }
        }
        else {
            vErrors = addKeywordError(vErrors, instancePath + "/expectation_type", "#/anyOf/1/properties/expectation_type/type", "type", { type: "string" }, "must be string", schema37.anyOf[1].properties.expectation_type, data21);
            errors++;
        }
    }
    if (data.kwargs !== undefined) {
        let data22 = data.kwargs;
        if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
            if (data22.column !== undefined) {
                let data23 = data22.column;
                if (typeof data23 !== "string") {
                    vErrors = addKeywordError(vErrors, instancePath + "/kwargs/column", "#/$defs/kwargs/properties/column/type", "type", { type: "string" }, "must be string", schema38.properties.column, data23);
                    errors++;
                }
            }
            if (data22.mostly !== undefined) {
                let data24 = data22.mostly;
                if ((typeof data24 == "number") && (isFinite(data24))) {
                    if (data24 > 1 || isNaN(data24)) {
                        vErrors = addError(vErrors, instancePath + "/kwargs/mostly", "#/$defs/kwargs/properties/mostly/maximum", "maximum", { comparison: "<=", limit: 1 }, "must be <= 1", 1, schema38.properties.mostly, data24);
                        errors++;
                    }
                    if (data24 < 0 || isNaN(data24)) {
                        vErrors = addError(vErrors, instancePath + "/kwargs/mostly", "#/$defs/kwargs/properties/mostly/minimum", "minimum", { comparison: ">=", limit: 0 }, "must be >= 0", 0, schema38.properties.mostly, data24);
                        errors++;
                    }
                }
                else {
                    vErrors = addKeywordError(vErrors, instancePath + "/kwargs/mostly", "#/$defs/kwargs/properties/mostly/type", "type", { type: "number" }, "must be number", schema38.properties.mostly, data24);
                    errors++;
                }
            }
            if (data22.min_value !== undefined) {
                let data25 = data22.min_value;
                if (((!((typeof data25 == "number") && (isFinite(data25)))) && (typeof data25 !== "string")) && (data25 !== null)) {
                    vErrors = addKeywordError(vErrors, instancePath + "/kwargs/min_value", "#/$defs/kwargs/properties/min_value/type", "type", { type: schema38.properties.min_value.type }, "must be number,string,null", schema38.properties.min_value, data25);
                    errors++;
                }
            }
            if (data22.max_value !== undefined) {
                let data26 = data22.max_value;
                if (((!((typeof data26 == "number") && (isFinite(data26)))) && (typeof data26 !== "string")) && (data26 !== null)) {
                    vErrors = addKeywordError(vErrors, instancePath + "/kwargs/max_value", "#/$defs/kwargs/properties/max_value/type", "type", { type: schema38.properties.max_value.type }, "must be number,string,null", schema38.properties.max_value, data26);
                    errors++;
                }
            }
            if (data22.strict_min !== undefined) {
                let data27 = data22.strict_min;
                if (typeof data27 !== "boolean") {
                    vErrors = addKeywordError(vErrors, instancePath + "/kwargs/strict_min", "#/$defs/kwargs/properties/strict_min/type", "type", { type: "boolean" }, "must be boolean", schema38.properties.strict_min, data27);
                    errors++;
                }
            }
            if (data22.strict_max !== undefined) {
                let data28 = data22.strict_max;
                if (typeof data28 !== "boolean") {
                    vErrors = addKeywordError(vErrors, instancePath + "/kwargs/strict_max", "#/$defs/kwargs/properties/strict_max/type", "type", { type: "boolean" }, "must be boolean", schema38.properties.strict_max, data28);
                    errors++;
                }
            }
            if (data22.value_set !== undefined) {
                let data29 = data22.value_set;
                if (!(Array.isArray(data29))) {
                    vErrors = addKeywordError(vErrors, instancePath + "/kwargs/value_set", "#/$defs/kwargs/properties/value_set/type", "type", { type: "array" }, "must be array", schema38.properties.value_set, data29);
                    errors++;
                }
            }
            if (data22.regex !== undefined) {
                let data30 = data22.regex;
                if (typeof data30 !== "string") {
                    vErrors = addKeywordError(vErrors, instancePath + "/kwargs/regex", "#/$defs/kwargs/properties/regex/type", "type", { type: "string" }, "must be string", schema38.properties.regex, data30);
                    errors++;
                }
            }
            if (data22.type_ !== undefined) {
                let data31 = data22.type_;
                if (typeof data31 !== "string") {
                    vErrors = addKeywordError(vErrors, instancePath + "/kwargs/type_", "#/$defs/kwargs/properties/type_/type", "type", { type: "string" }, "must be string", schema38.properties.type_, data31);
                    errors++;
                }
            }
            if (data22.type_list !== undefined) {
                let data32 = data22.type_list;
                if (Array.isArray(data32)) {
                    const len3 = data32.length;
                    for (let i3 = 0; i3 < len3; i3++) {
                        let data33 = data32[i3];
                        if (typeof data33 !== "string") {
                            vErrors = addKeywordError(vErrors, instancePath + "/kwargs/type_list/" + i3, "#/$defs/kwargs/properties/type_list/items/type", "type", { type: "string" }, "must be string", schema38.properties.type_list.items, data33);
                            errors++;
                        }
                    }
                }
                else {
                    vErrors = addKeywordError(vErrors, instancePath + "/kwargs/type_list", "#/$defs/kwargs/properties/type_list/type", "type", { type: "array" }, "must be array", schema38.properties.type_list, data32);
                    errors++;
                }
            }
            if (data22.column_list !== undefined) {
                let data34 = data22.column_list;
                if (Array.isArray(data34)) {
                    const len4 = data34.length;
                    for (let i4 = 0; i4 < len4; i4++) {
                        let data35 = data34[i4];
                        if (typeof data35 !== "string") {
                            vErrors = addKeywordError(vErrors, instancePath + "/kwargs/column_list/" + i4, "#/$defs/kwargs/properties/column_list/items/type", "type", { type: "string" }, "must be string", schema38.properties.column_list.items, data35);
                            errors++;
                        }
                    }
                }
                else {
                    vErrors = addKeywordError(vErrors, instancePath + "/kwargs/column_list", "#/$defs/kwargs/properties/column_list/type", "type", { type: "array" }, "must be array", schema38.properties.column_list, data34);
                    errors++;
                }
            }
            if (data22.column_set !== undefined) {
                let data36 = data22.column_set;
                if (Array.isArray(data36)) {
                    const len5 = data36.length;
                    for (let i5 = 0; i5 < len5; i5++) {
                        let data37 = data36[i5];
                        if (typeof data37 !== "string") {
                            vErrors = addKeywordError(vErrors, instancePath + "/kwargs/column_set/" + i5, "#/$defs/kwargs/properties/column_set/items/type", "type", { type: "string" }, "must be string", schema38.properties.column_set.items, data37);
                            errors++;
                        }
                    }
                }
                else {
                    vErrors = addKeywordError(vErrors, instancePath + "/kwargs/column_set", "#/$defs/kwargs/properties/column_set/type", "type", { type: "array" }, "must be array", schema38.properties.column_set, data36);
                    errors++;
                }
            }
            if (data22.exact_match !== undefined) {
                let data38 = data22.exact_match;
                if ((typeof data38 !== "boolean") && (data38 !== null)) {
                    vErrors = addKeywordError(vErrors, instancePath + "/kwargs/exact_match", "#/$defs/kwargs/properties/exact_match/type", "type", { type: schema38.properties.exact_match.type }, "must be boolean,null", schema38.properties.exact_match, data38);
                    errors++;
                }
            }
            if (data22.severity !== undefined) {
                let data39 = data22.severity;
                if (!(((data39 === "error") || (data39 === "warning")) || (data39 === "notice"))) {
                    vErrors = addKeywordError(vErrors, instancePath + "/kwargs/severity", "#/$defs/kwargs/properties/severity/enum", "enum", { allowedValues: schema38.properties.severity.enum }, "must be equal to one of the allowed values", schema38.properties.severity, data39);
                    errors++;
                }
            }
        }
        else {
            vErrors = addKeywordError(vErrors, instancePath + "/kwargs", "#/$defs/kwargs/type", "type", { type: "object" }, "must be object", schema38, data22);
            errors++;
        }
    }
    if (data.meta !== undefined) {
        let data40 = data.meta;
        if (!(data40 && typeof data40 == "object" && !Array.isArray(data40))) {
            vErrors = addKeywordError(vErrors, instancePath + "/meta", "#/anyOf/1/properties/meta/type", "type", { type: "object" }, "must be object", schema37.anyOf[1].properties.meta, data40);
            errors++;
        }
    }
}
else {
    vErrors = addKeywordError(vErrors, instancePath, "#/anyOf/1/type", "type", { type: "object" }, "must be object", schema37.anyOf[1], data);
    errors++;
} var _valid0 = _errs44 === errors; valid0 = valid0 || _valid0; if (_valid0) {
    if (props0 !== true) {
        props0 = props0 || {};
        props0.expectation_type = true;
        props0.kwargs = true;
        props0.meta = true;
        props0.ge_cloud_id = true;
        props0.rendered_content = true;
        props0.notes = true;
    }
} const _errs86 = errors; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (Object.keys(data).length > 1) {
        vErrors = addError(vErrors, instancePath, "#/anyOf/2/maxProperties", "maxProperties", { limit: 1 }, "must NOT have more than 1 properties", 1, schema37.anyOf[2], data);
        errors++;
    }
    if (Object.keys(data).length < 1) {
        vErrors = addError(vErrors, instancePath, "#/anyOf/2/minProperties", "minProperties", { limit: 1 }, "must NOT have fewer than 1 properties", 1, schema37.anyOf[2], data);
        errors++;
    }
    for (const key0 in data) {
        const _errs88 = errors;
        if (typeof key0 === "string") {
            if (!pattern11.test(key0)) {
                const err53 = { instancePath, schemaPath: "#/anyOf/2/propertyNames/pattern", keyword: "pattern", params: { pattern: "^expect_" }, message: "must match pattern \"" + "^expect_" + "\"", schema: "^expect_", parentSchema: schema37.anyOf[2].propertyNames, data: key0, propertyName: key0 };
                if (vErrors === null) {
                    vErrors = [err53];
                }
                else {
                    vErrors.push(err53);
                }
                errors++;
            }
        }
        var valid19 = _errs88 === errors;
        if (!valid19) {
            vErrors = addKeywordError(vErrors, instancePath, "#/anyOf/2/propertyNames", "propertyNames", { propertyName: key0 }, "property name must be valid", schema37.anyOf[2], data);
            errors++;
        }
    }
    for (const key1 in data) {
        let data41 = data[key1];
        if (data41 && typeof data41 == "object" && !Array.isArray(data41)) {
            if (data41.column !== undefined) {
                let data42 = data41.column;
                if (typeof data42 !== "string") {
                    vErrors = addKeywordError(vErrors, instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/column", "#/$defs/kwargs/properties/column/type", "type", { type: "string" }, "must be string", schema38.properties.column, data42);
                    errors++;
                }
            }
            if (data41.mostly !== undefined) {
                let data43 = data41.mostly;
                if ((typeof data43 == "number") && (isFinite(data43))) {
                    if (data43 > 1 || isNaN(data43)) {
                        vErrors = addError(vErrors, instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/mostly", "#/$defs/kwargs/properties/mostly/maximum", "maximum", { comparison: "<=", limit: 1 }, "must be <= 1", 1, schema38.properties.mostly, data43);
                        errors++;
                    }
                    if (data43 < 0 || isNaN(data43)) {
                        vErrors = addError(vErrors, instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/mostly", "#/$defs/kwargs/properties/mostly/minimum", "minimum", { comparison: ">=", limit: 0 }, "must be >= 0", 0, schema38.properties.mostly, data43);
                        errors++;
                    }
                }
                else {
                    vErrors = addKeywordError(vErrors, instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/mostly", "#/$defs/kwargs/properties/mostly/type", "type", { type: "number" }, "must be number", schema38.properties.mostly, data43);
                    errors++;
                }
            }
            if (data41.min_value !== undefined) {
                let data44 = data41.min_value;
                if (((!((typeof data44 == "number") && (isFinite(data44)))) && (typeof data44 !== "string")) && (data44 !== null)) {
                    vErrors = addKeywordError(vErrors, instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/min_value", "#/$defs/kwargs/properties/min_value/type", "type", { type: schema38.properties.min_value.type }, "must be number,string,null", schema38.properties.min_value, data44);
                    errors++;
                }
            }
            if (data41.max_value !== undefined) {
                let data45 = data41.max_value;
                if (((!((typeof data45 == "number") && (isFinite(data45)))) && (typeof data45 !== "string")) && (data45 !== null)) {
                    vErrors = addKeywordError(vErrors, instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/max_value", "#/$defs/kwargs/properties/max_value/type", "type", { type: schema38.properties.max_value.type }, "must be number,string,null", schema38.properties.max_value, data45);
                    errors++;
                }
            }
            if (data41.strict_min !== undefined) {
                let data46 = data41.strict_min;
                if (typeof data46 !== "boolean") {
                    vErrors = addKeywordError(vErrors, instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/strict_min", "#/$defs/kwargs/properties/strict_min/type", "type", { type: "boolean" }, "must be boolean", schema38.properties.strict_min, data46);
                    errors++;
                }
            }
            if (data41.strict_max !== undefined) {
                let data47 = data41.strict_max;
                if (typeof data47 !== "boolean") {
                    vErrors = addKeywordError(vErrors, instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/strict_max", "#/$defs/kwargs/properties/strict_max/type", "type", { type: "boolean" }, "must be boolean", schema38.properties.strict_max, data47);
                    errors++;
                }
            }
            if (data41.value_set !== undefined) {
                let data48 = data41.value_set;
                if (!(Array.isArray(data48))) {
                    vErrors = addKeywordError(vErrors, instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/value_set", "#/$defs/kwargs/properties/value_set/type", "type", { type: "array" }, "must be array", schema38.properties.value_set, data48);
                    errors++;
                }
            }
            if (data41.regex !== undefined) {
                let data49 = data41.regex;
                if (typeof data49 !== "string") {
                    vErrors = addKeywordError(vErrors, instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/regex", "#/$defs/kwargs/properties/regex/type", "type", { type: "string" }, "must be string", schema38.properties.regex, data49);
                    errors++;
                }
            }
            if (data41.type_ !== undefined) {
                let data50 = data41.type_;
                if (typeof data50 !== "string") {
                    vErrors = addKeywordError(vErrors, instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/type_", "#/$defs/kwargs/properties/type_/type", "type", { type: "string" }, "must be string", schema38.properties.type_, data50);
                    errors++;
                }
            }
            if (data41.type_list !== undefined) {
                let data51 = data41.type_list;
                if (Array.isArray(data51)) {
                    const len6 = data51.length;
                    for (let i6 = 0; i6 < len6; i6++) {
                        let data52 = data51[i6];
                        if (typeof data52 !== "string") {
                            vErrors = addKeywordError(vErrors, instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/type_list/" + i6, "#/$defs/kwargs/properties/type_list/items/type", "type", { type: "string" }, "must be string", schema38.properties.type_list.items, data52);
                            errors++;
                        }
                    }
                }
                else {
                    vErrors = addKeywordError(vErrors, instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/type_list", "#/$defs/kwargs/properties/type_list/type", "type", { type: "array" }, "must be array", schema38.properties.type_list, data51);
                    errors++;
                }
            }
            if (data41.column_list !== undefined) {
                let data53 = data41.column_list;
                if (Array.isArray(data53)) {
                    const len7 = data53.length;
                    for (let i7 = 0; i7 < len7; i7++) {
                        let data54 = data53[i7];
                        if (typeof data54 !== "string") {
                            vErrors = addKeywordError(vErrors, instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/column_list/" + i7, "#/$defs/kwargs/properties/column_list/items/type", "type", { type: "string" }, "must be string", schema38.properties.column_list.items, data54);
                            errors++;
                        }
                    }
                }
                else {
                    vErrors = addKeywordError(vErrors, instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/column_list", "#/$defs/kwargs/properties/column_list/type", "type", { type: "array" }, "must be array", schema38.properties.column_list, data53);
                    errors++;
                }
            }
            if (data41.column_set !== undefined) {
                let data55 = data41.column_set;
                if (Array.isArray(data55)) {
                    const len8 = data55.length;
                    for (let i8 = 0; i8 < len8; i8++) {
                        let data56 = data55[i8];
                        if (typeof data56 !== "string") {
                            vErrors = addKeywordError(vErrors, instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/column_set/" + i8, "#/$defs/kwargs/properties/column_set/items/type", "type", { type: "string" }, "must be string", schema38.properties.column_set.items, data56);
                            errors++;
                        }
                    }
                }
                else {
                    vErrors = addKeywordError(vErrors, instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/column_set", "#/$defs/kwargs/properties/column_set/type", "type", { type: "array" }, "must be array", schema38.properties.column_set, data55);
                    errors++;
                }
            }
            if (data41.exact_match !== undefined) {
                let data57 = data41.exact_match;
                if ((typeof data57 !== "boolean") && (data57 !== null)) {
                    vErrors = addKeywordError(vErrors, instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/exact_match", "#/$defs/kwargs/properties/exact_match/type", "type", { type: schema38.properties.exact_match.type }, "must be boolean,null", schema38.properties.exact_match, data57);
                    errors++;
                }
            }
            if (data41.severity !== undefined) {
                let data58 = data41.severity;
                if (!(((data58 === "error") || (data58 === "warning")) || (data58 === "notice"))) {
                    vErrors = addKeywordError(vErrors, instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/severity", "#/$defs/kwargs/properties/severity/enum", "enum", { allowedValues: schema38.properties.severity.enum }, "must be equal to one of the allowed values", schema38.properties.severity, data58);
                    errors++;
                }
            }
        }
        else {
            vErrors = addKeywordError(vErrors, instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), "#/$defs/kwargs/type", "type", { type: "object" }, "must be object", schema38, data41);
            errors++;
        }
    }
}
else {
    vErrors = addKeywordError(vErrors, instancePath, "#/anyOf/2/type", "type", { type: "object" }, "must be object", schema37.anyOf[2], data);
    errors++;
} var _valid0 = _errs86 === errors; valid0 = valid0 || _valid0; if (_valid0) {
    if (props0 !== true) {
        props0 = true;
    }
} if (!valid0) {
    vErrors = addKeywordError(vErrors, instancePath, "#/anyOf", "anyOf", {}, "must match a schema in anyOf", schema37, data);
    errors++;
}
else {
    errors = _errs0;
    if (vErrors !== null) {
        if (_errs0) {
            vErrors.length = _errs0;
        }
        else {
            vErrors = null;
        }
    }
} validate22.errors = vErrors; evaluated0.props = props0; return errors === 0; }
validate22.evaluated = { "dynamicProps": true, "dynamicItems": false };
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { /*# sourceURL="https://github.com/gitops-mlops/schemas/data-contract.schema.json" */ ; let vErrors = null; let errors = 0; const evaluated0 = validate21.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.columns !== undefined) {
        let data0 = data.columns;
        if (Array.isArray(data0)) {
            const len0 = data0.length;
            for (let i0 = 0; i0 < len0; i0++) {
                let data1 = data0[i0];
                if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                    if (data1.name === undefined) {
                        vErrors = addKeywordError(vErrors, instancePath + "/columns/" + i0, "#/$defs/column/required", "required", { missingProperty: "name" }, "must have required property '" + "name" + "'", schema35, data1);
                        errors++;
                    }
                    for (const key0 in data1) {
                        if (!(func5.call(schema35.properties, key0))) {
                            vErrors = addError(vErrors, instancePath + "/columns/" + i0, "#/$defs/column/additionalProperties", "additionalProperties", { additionalProperty: key0 }, "must NOT have additional properties", false, schema35, data1);
                            errors++;
                        }
                    }
                    if (data1.name !== undefined) {
                        let data2 = data1.name;
                        if (typeof data2 === "string") {
                            if (func1(data2) < 1) {
                                vErrors = addError(vErrors, instancePath + "/columns/" + i0 + "/name", "#/$defs/column/properties/name/minLength", "minLength", { limit: 1 }, "must NOT have fewer than 1 characters", 1, schema35.properties.name, data2);
                                errors++;
                            }
                        }
                        else {
                            vErrors = addKeywordError(vErrors, instancePath + "/columns/" + i0 + "/name", "#/$defs/column/properties/name/type", "type", { type: "string" }, "must be string", schema35.properties.name, data2);
                            errors++;
                        }
                    }
                    if (data1.title !== undefined) {
                        let data3 = data1.title;
                        if (typeof data3 !== "string") {
                            vErrors = addKeywordError(vErrors, instancePath + "/columns/" + i0 + "/title", "#/$defs/column/properties/title/type", "type", { type: "string" }, "must be string", schema35.properties.title, data3);
                            errors++;
                        }
                    }
                    if (data1.type !== undefined) {
                        let data4 = data1.type;
                        if (!((((((((((((data4 === "string") || (data4 === "number")) || (data4 === "integer")) || (data4 === "boolean")) || (data4 === "date")) || (data4 === "datetime")) || (data4 === "time")) || (data4 === "year")) || (data4 === "duration")) || (data4 === "object")) || (data4 === "array")) || (data4 === "any"))) {
                            vErrors = addKeywordError(vErrors, instancePath + "/columns/" + i0 + "/type", "#/$defs/column/properties/type/enum", "enum", { allowedValues: schema35.properties.type.enum }, "must be equal to one of the allowed values", schema35.properties.type, data4);
                            errors++;
                        }
                    }
                    if (data1.format !== undefined) {
                        let data5 = data1.format;
                        if (typeof data5 !== "string") {
                            vErrors = addKeywordError(vErrors, instancePath + "/columns/" + i0 + "/format", "#/$defs/column/properties/format/type", "type", { type: "string" }, "must be string", schema35.properties.format, data5);
                            errors++;
                        }
                    }
                    if (data1.description !== undefined) {
                        let data6 = data1.description;
                        if (typeof data6 !== "string") {
                            vErrors = addKeywordError(vErrors, instancePath + "/columns/" + i0 + "/description", "#/$defs/column/properties/description/type", "type", { type: "string" }, "must be string", schema35.properties.description, data6);
                            errors++;
                        }
                    }
                    if (data1.required !== undefined) {
                        let data7 = data1.required;
                        if (typeof data7 !== "boolean") {
                            vErrors = addKeywordError(vErrors, instancePath + "/columns/" + i0 + "/required", "#/$defs/column/properties/required/type", "type", { type: "boolean" }, "must be boolean", schema35.properties.required, data7);
                            errors++;
                        }
                    }
                    if (data1.unique !== undefined) {
                        let data8 = data1.unique;
                        if (typeof data8 !== "boolean") {
                            vErrors = addKeywordError(vErrors, instancePath + "/columns/" + i0 + "/unique", "#/$defs/column/properties/unique/type", "type", { type: "boolean" }, "must be boolean", schema35.properties.unique, data8);
                            errors++;
                        }
                    }
                    if (data1.pii !== undefined) {
                        let data9 = data1.pii;
                        if (typeof data9 !== "boolean") {
                            vErrors = addKeywordError(vErrors, instancePath + "/columns/" + i0 + "/pii", "#/$defs/column/properties/pii/type", "type", { type: "boolean" }, "must be boolean", schema35.properties.pii, data9);
                            errors++;
                        }
                    }
                    if (data1.constraints !== undefined) {
                        let data10 = data1.constraints;
                        if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                            for (const key1 in data10) {
                                if (!(func5.call(schema35.properties.constraints.properties, key1))) {
                                    vErrors = addError(vErrors, instancePath + "/columns/" + i0 + "/constraints", "#/$defs/column/properties/constraints/additionalProperties", "additionalProperties", { additionalProperty: key1 }, "must NOT have additional properties", false, schema35.properties.constraints, data10);
                                    errors++;
                                }
                            }
                            if (data10.required !== undefined) {
                                let data11 = data10.required;
                                if (typeof data11 !== "boolean") {
                                    vErrors = addKeywordError(vErrors, instancePath + "/columns/" + i0 + "/constraints/required", "#/$defs/column/properties/constraints/properties/required/type", "type", { type: "boolean" }, "must be boolean", schema35.properties.constraints.properties.required, data11);
                                    errors++;
                                }
                            }
                            if (data10.unique !== undefined) {
                                let data12 = data10.unique;
                                if (typeof data12 !== "boolean") {
                                    vErrors = addKeywordError(vErrors, instancePath + "/columns/" + i0 + "/constraints/unique", "#/$defs/column/properties/constraints/properties/unique/type", "type", { type: "boolean" }, "must be boolean", schema35.properties.constraints.properties.unique, data12);
                                    errors++;
                                }
                            }
                            if (data10.minimum !== undefined) {
                                let data13 = data10.minimum;
                                if ((!((typeof data13 == "number") && (isFinite(data13)))) && (typeof data13 !== "string")) {
                                    vErrors = addKeywordError(vErrors, instancePath + "/columns/" + i0 + "/constraints/minimum", "#/$defs/column/properties/constraints/properties/minimum/type", "type", { type: schema35.properties.constraints.properties.minimum.type }, "must be number,string", schema35.properties.constraints.properties.minimum, data13);
                                    errors++;
                                }
                            }
                            if (data10.maximum !== undefined) {
                                let data14 = data10.maximum;
                                if ((!((typeof data14 == "number") && (isFinite(data14)))) && (typeof data14 !== "string")) {
                                    vErrors = addKeywordError(vErrors, instancePath + "/columns/" + i0 + "/constraints/maximum", "#/$defs/column/properties/constraints/properties/maximum/type", "type", { type: schema35.properties.constraints.properties.maximum.type }, "must be number,string", schema35.properties.constraints.properties.maximum, data14);
                                    errors++;
                                }
                            }
                            if (data10.exclusiveMinimum !== undefined) {
                                let data15 = data10.exclusiveMinimum;
                                if ((!((typeof data15 == "number") && (isFinite(data15)))) && (typeof data15 !== "string")) {
                                    vErrors = addKeywordError(vErrors, instancePath + "/columns/" + i0 + "/constraints/exclusiveMinimum", "#/$defs/column/properties/constraints/properties/exclusiveMinimum/type", "type", { type: schema35.properties.constraints.properties.exclusiveMinimum.type }, "must be number,string", schema35.properties.constraints.properties.exclusiveMinimum, data15);
                                    errors++;
                                }
                            }
                            if (data10.exclusiveMaximum !== undefined) {
                                let data16 = data10.exclusiveMaximum;
                                if ((!((typeof data16 == "number") && (isFinite(data16)))) && (typeof data16 !== "string")) {
                                    vErrors = addKeywordError(vErrors, instancePath + "/columns/" + i0 + "/constraints/exclusiveMaximum", "#/$defs/column/properties/constraints/properties/exclusiveMaximum/type", "type", { type: schema35.properties.constraints.properties.exclusiveMaximum.type }, "must be number,string", schema35.properties.constraints.properties.exclusiveMaximum, data16);
                                    errors++;
                                }
                            }
                            if (data10.minLength !== undefined) {
                                let data17 = data10.minLength;
                                if (!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))) {
                                    vErrors = addKeywordError(vErrors, instancePath + "/columns/" + i0 + "/constraints/minLength", "#/$defs/column/properties/constraints/properties/minLength/type", "type", { type: "integer" }, "must be integer", schema35.properties.constraints.properties.minLength, data17);
                                    errors++;
                                }
                                if ((typeof data17 == "number") && (isFinite(data17))) {
                                    if (data17 < 0 || isNaN(data17)) {
                                        vErrors = addError(vErrors, instancePath + "/columns/" + i0 + "/constraints/minLength", "#/$defs/column/properties/constraints/properties/minLength/minimum", "minimum", { comparison: ">=", limit: 0 }, "must be >= 0", 0, schema35.properties.constraints.properties.minLength, data17);
                                        errors++;
                                    }
                                }
                            }
                            if (data10.maxLength !== undefined) {
                                let data18 = data10.maxLength;
                                if (!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18)))) {
                                    vErrors = addKeywordError(vErrors, instancePath + "/columns/" + i0 + "/constraints/maxLength", "#/$defs/column/properties/constraints/properties/maxLength/type", "type", { type: "integer" }, "must be integer", schema35.properties.constraints.properties.maxLength, data18);
                                    errors++;
                                }
                                if ((typeof data18 == "number") && (isFinite(data18))) {
                                    if (data18 < 0 || isNaN(data18)) {
                                        vErrors = addError(vErrors, instancePath + "/columns/" + i0 + "/constraints/maxLength", "#/$defs/column/properties/constraints/properties/maxLength/minimum", "minimum", { comparison: ">=", limit: 0 }, "must be >= 0", 0, schema35.properties.constraints.properties.maxLength, data18);
                                        errors++;
                                    }
                                }
                            }
                            if (data10.pattern !== undefined) {
                                let data19 = data10.pattern;
                                if (typeof data19 !== "string") {
                                    vErrors = addKeywordError(vErrors, instancePath + "/columns/" + i0 + "/constraints/pattern", "#/$defs/column/properties/constraints/properties/pattern/type", "type", { type: "string" }, "must be string", schema35.properties.constraints.properties.pattern, data19);
                                    errors++;
                                }
                            }
                            if (data10.enum !== undefined) {
                                let data20 = data10.enum;
                                if (Array.isArray(data20)) {
                                    if (data20.length < 1) {
                                        vErrors = addError(vErrors, instancePath + "/columns/" + i0 + "/constraints/enum", "#/$defs/column/properties/constraints/properties/enum/minItems", "minItems", { limit: 1 }, "must NOT have fewer than 1 items", 1, schema35.properties.constraints.properties.enum, data20);
                                        errors++;
                                    }
                                }
                                else {
                                    vErrors = addKeywordError(vErrors, instancePath + "/columns/" + i0 + "/constraints/enum", "#/$defs/column/properties/constraints/properties/enum/type", "type", { type: "array" }, "must be array", schema35.properties.constraints.properties.enum, data20);
                                    errors++;
                                }
                            }
                        }
                        else {
                            vErrors = addKeywordError(vErrors, instancePath + "/columns/" + i0 + "/constraints", "#/$defs/column/properties/constraints/type", "type", { type: "object" }, "must be object", schema35.properties.constraints, data10);
                            errors++;
                        }
                    }
                }
                else {
                    vErrors = addKeywordError(vErrors, instancePath + "/columns/" + i0, "#/$defs/column/type", "type", { type: "object" }, "must be object", schema35, data1);
                    errors++;
                }
            }
        }
        else {
            vErrors = addKeywordError(vErrors, instancePath + "/columns", "#/properties/columns/type", "type", { type: "array" }, "must be array", schema34.properties.columns, data0);
            errors++;
        }
    }
    if (data.fields !== undefined) {
        let data21 = data.fields;
        if (Array.isArray(data21)) {
            const len1 = data21.length;
            for (let i1 = 0; i1 < len1; i1++) {
                let data22 = data21[i1];
                if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
                    if (data22.name === undefined) {
                        vErrors = addKeywordError(vErrors, instancePath + "/fields/" + i1, "#/$defs/column/required", "required", { missingProperty: "name" }, "must have required property '" + "name" + "'", schema35, data22);
                        errors++;
                    }
                    for (const key2 in data22) {
                        if (!(func5.call(schema35.properties, key2))) {
                            vErrors = addError(vErrors, instancePath + "/fields/" + i1, "#/$defs/column/additionalProperties", "additionalProperties", { additionalProperty: key2 }, "must NOT have additional properties", false, schema35, data22);
                            errors++;
                        }
                    }
                    if (data22.name !== undefined) {
                        let data23 = data22.name;
                        if (typeof data23 === "string") {
                            if (func1(data23) < 1) {
                                vErrors = addError(vErrors, instancePath + "/fields/" + i1 + "/name", "#/$defs/column/properties/name/minLength", "minLength", { limit: 1 }, "must NOT have fewer than 1 characters", 1, schema35.properties.name, data23);
                                errors++;
                            }
                        }
                        else {
                            vErrors = addKeywordError(vErrors, instancePath + "/fields/" + i1 + "/name", "#/$defs/column/properties/name/type", "type", { type: "string" }, "must be string", schema35.properties.name, data23);
                            errors++;
                        }
                    }
                    if (data22.title !== undefined) {
                        let data24 = data22.title;
                        if (typeof data24 !== "string") {
                            vErrors = addKeywordError(vErrors, instancePath + "/fields/" + i1 + "/title", "#/$defs/column/properties/title/type", "type", { type: "string" }, "must be string", schema35.properties.title, data24);
                            errors++;
                        }
                    }
                    if (data22.type !== undefined) {
                        let data25 = data22.type;
                        if (!((((((((((((data25 === "string") || (data25 === "number")) || (data25 === "integer")) || (data25 === "boolean")) || (data25 === "date")) || (data25 === "datetime")) || (data25 === "time")) || (data25 === "year")) || (data25 === "duration")) || (data25 === "object")) || (data25 === "array")) || (data25 === "any"))) {
                            vErrors = addKeywordError(vErrors, instancePath + "/fields/" + i1 + "/type", "#/$defs/column/properties/type/enum", "enum", { allowedValues: schema35.properties.type.enum }, "must be equal to one of the allowed values", schema35.properties.type, data25);
                            errors++;
                        }
                    }
                    if (data22.format !== undefined) {
                        let data26 = data22.format;
                        if (typeof data26 !== "string") {
                            vErrors = addKeywordError(vErrors, instancePath + "/fields/" + i1 + "/format", "#/$defs/column/properties/format/type", "type", { type: "string" }, "must be string", schema35.properties.format, data26);
                            errors++;
                        }
                    }
                    if (data22.description !== undefined) {
                        let data27 = data22.description;
                        if (typeof data27 !== "string") {
                            vErrors = addKeywordError(vErrors, instancePath + "/fields/" + i1 + "/description", "#/$defs/column/properties/description/type", "type", { type: "string" }, "must be string", schema35.properties.description, data27);
                            errors++;
                        }
                    }
                    if (data22.required !== undefined) {
                        let data28 = data22.required;
                        if (typeof data28 !== "boolean") {
                            vErrors = addKeywordError(vErrors, instancePath + "/fields/" + i1 + "/required", "#/$defs/column/properties/required/type", "type", { type: "boolean" }, "must be boolean", schema35.properties.required, data28);
                            errors++;
                        }
                    }
                    if (data22.unique !== undefined) {
                        let data29 = data22.unique;
                        if (typeof data29 !== "boolean") {
                            vErrors = addKeywordError(vErrors, instancePath + "/fields/" + i1 + "/unique", "#/$defs/column/properties/unique/type", "type", { type: "boolean" }, "must be boolean", schema35.properties.unique, data29);
                            errors++;
                        }
                    }
                    if (data22.pii !== undefined) {
                        let data30 = data22.pii;
                        if (typeof data30 !== "boolean") {
                            vErrors = addKeywordError(vErrors, instancePath + "/fields/" + i1 + "/pii", "#/$defs/column/properties/pii/type", "type", { type: "boolean" }, "must be boolean", schema35.properties.pii, data30);
                            errors++;
                        }
                    }
                    if (data22.constraints !== undefined) {
                        let data31 = data22.constraints;
                        if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
                            for (const key3 in data31) {
                                if (!(func5.call(schema35.properties.constraints.properties, key3))) {
                                    vErrors = addError(vErrors, instancePath + "/fields/" + i1 + "/constraints", "#/$defs/column/properties/constraints/additionalProperties", "additionalProperties", { additionalProperty: key3 }, "must NOT have additional properties", false, schema35.properties.constraints, data31);
                                    errors++;
                                }
                            }
                            if (data31.required !== undefined) {
                                let data32 = data31.required;
                                if (typeof data32 !== "boolean") {
                                    vErrors = addKeywordError(vErrors, instancePath + "/fields/" + i1 + "/constraints/required", "#/$defs/column/properties/constraints/properties/required/type", "type", { type: "boolean" }, "must be boolean", schema35.properties.constraints.properties.required, data32);
                                    errors++;
                                }
                            }
                            if (data31.unique !== undefined) {
                                let data33 = data31.unique;
                                if (typeof data33 !== "boolean") {
                                    vErrors = addKeywordError(vErrors, instancePath + "/fields/" + i1 + "/constraints/unique", "#/$defs/column/properties/constraints/properties/unique/type", "type", { type: "boolean" }, "must be boolean", schema35.properties.constraints.properties.unique, data33);
                                    errors++;
                                }
                            }
                            if (data31.minimum !== undefined) {
                                let data34 = data31.minimum;
                                if ((!((typeof data34 == "number") && (isFinite(data34)))) && (typeof data34 !== "string")) {
                                    vErrors = addKeywordError(vErrors, instancePath + "/fields/" + i1 + "/constraints/minimum", "#/$defs/column/properties/constraints/properties/minimum/type", "type", { type: schema35.properties.constraints.properties.minimum.type }, "must be number,string", schema35.properties.constraints.properties.minimum, data34);
                                    errors++;
                                }
                            }
                            if (data31.maximum !== undefined) {
                                let data35 = data31.maximum;
                                if ((!((typeof data35 == "number") && (isFinite(data35)))) && (typeof data35 !== "string")) {
                                    vErrors = addKeywordError(vErrors, instancePath + "/fields/" + i1 + "/constraints/maximum", "#/$defs/column/properties/constraints/properties/maximum/type", "type", { type: schema35.properties.constraints.properties.maximum.type }, "must be number,string", schema35.properties.constraints.properties.maximum, data35);
                                    errors++;
                                }
                            }
                            if (data31.exclusiveMinimum !== undefined) {
                                let data36 = data31.exclusiveMinimum;
                                if ((!((typeof data36 == "number") && (isFinite(data36)))) && (typeof data36 !== "string")) {
                                    vErrors = addKeywordError(vErrors, instancePath + "/fields/" + i1 + "/constraints/exclusiveMinimum", "#/$defs/column/properties/constraints/properties/exclusiveMinimum/type", "type", { type: schema35.properties.constraints.properties.exclusiveMinimum.type }, "must be number,string", schema35.properties.constraints.properties.exclusiveMinimum, data36);
                                    errors++;
                                }
                            }
                            if (data31.exclusiveMaximum !== undefined) {
                                let data37 = data31.exclusiveMaximum;
                                if ((!((typeof data37 == "number") && (isFinite(data37)))) && (typeof data37 !== "string")) {
                                    vErrors = addKeywordError(vErrors, instancePath + "/fields/" + i1 + "/constraints/exclusiveMaximum", "#/$defs/column/properties/constraints/properties/exclusiveMaximum/type", "type", { type: schema35.properties.constraints.properties.exclusiveMaximum.type }, "must be number,string", schema35.properties.constraints.properties.exclusiveMaximum, data37);
                                    errors++;
                                }
                            }
                            if (data31.minLength !== undefined) {
                                let data38 = data31.minLength;
                                if (!(((typeof data38 == "number") && (!(data38 % 1) && !isNaN(data38))) && (isFinite(data38)))) {
                                    vErrors = addKeywordError(vErrors, instancePath + "/fields/" + i1 + "/constraints/minLength", "#/$defs/column/properties/constraints/properties/minLength/type", "type", { type: "integer" }, "must be integer", schema35.properties.constraints.properties.minLength, data38);
                                    errors++;
                                }
                                if ((typeof data38 == "number") && (isFinite(data38))) {
                                    if (data38 < 0 || isNaN(data38)) {
                                        vErrors = addError(vErrors, instancePath + "/fields/" + i1 + "/constraints/minLength", "#/$defs/column/properties/constraints/properties/minLength/minimum", "minimum", { comparison: ">=", limit: 0 }, "must be >= 0", 0, schema35.properties.constraints.properties.minLength, data38);
                                        errors++;
                                    }
                                }
                            }
                            if (data31.maxLength !== undefined) {
                                let data39 = data31.maxLength;
                                if (!(((typeof data39 == "number") && (!(data39 % 1) && !isNaN(data39))) && (isFinite(data39)))) {
                                    vErrors = addKeywordError(vErrors, instancePath + "/fields/" + i1 + "/constraints/maxLength", "#/$defs/column/properties/constraints/properties/maxLength/type", "type", { type: "integer" }, "must be integer", schema35.properties.constraints.properties.maxLength, data39);
                                    errors++;
                                }
                                if ((typeof data39 == "number") && (isFinite(data39))) {
                                    if (data39 < 0 || isNaN(data39)) {
                                        vErrors = addError(vErrors, instancePath + "/fields/" + i1 + "/constraints/maxLength", "#/$defs/column/properties/constraints/properties/maxLength/minimum", "minimum", { comparison: ">=", limit: 0 }, "must be >= 0", 0, schema35.properties.constraints.properties.maxLength, data39);
                                        errors++;
                                    }
                                }
                            }
                            if (data31.pattern !== undefined) {
                                let data40 = data31.pattern;
                                if (typeof data40 !== "string") {
                                    vErrors = addKeywordError(vErrors, instancePath + "/fields/" + i1 + "/constraints/pattern", "#/$defs/column/properties/constraints/properties/pattern/type", "type", { type: "string" }, "must be string", schema35.properties.constraints.properties.pattern, data40);
                                    errors++;
                                }
                            }
                            if (data31.enum !== undefined) {
                                let data41 = data31.enum;
                                if (Array.isArray(data41)) {
                                    if (data41.length < 1) {
                                        vErrors = addError(vErrors, instancePath + "/fields/" + i1 + "/constraints/enum", "#/$defs/column/properties/constraints/properties/enum/minItems", "minItems", { limit: 1 }, "must NOT have fewer than 1 items", 1, schema35.properties.constraints.properties.enum, data41);
                                        errors++;
                                    }
                                }
                                else {
                                    vErrors = addKeywordError(vErrors, instancePath + "/fields/" + i1 + "/constraints/enum", "#/$defs/column/properties/constraints/properties/enum/type", "type", { type: "array" }, "must be array", schema35.properties.constraints.properties.enum, data41);
                                    errors++;
                                }
                            }
                        }
                        else {
                            vErrors = addKeywordError(vErrors, instancePath + "/fields/" + i1 + "/constraints", "#/$defs/column/properties/constraints/type", "type", { type: "object" }, "must be object", schema35.properties.constraints, data31);
                            errors++;
                        }
                    }
                }
                else {
                    vErrors = addKeywordError(vErrors, instancePath + "/fields/" + i1, "#/$defs/column/type", "type", { type: "object" }, "must be object", schema35, data22);
                    errors++;
                }
            }
        }
        else {
            vErrors = addKeywordError(vErrors, instancePath + "/fields", "#/properties/fields/type", "type", { type: "array" }, "must be array", schema34.properties.fields, data21);
            errors++;
        }
    }
    if (data.primaryKey !== undefined) {
        let data42 = data.primaryKey;
        const _errs90 = errors;
        let valid11 = false;
        const _errs91 = errors;
        if (typeof data42 !== "string") {
            vErrors = addKeywordError(vErrors, instancePath + "/primaryKey", "#/properties/primaryKey/anyOf/0/type", "type", { type: "string" }, "must be string", schema34.properties.primaryKey.anyOf[0], data42);
            errors++;
        }
        var _valid0 = _errs91 === errors;
        valid11 = valid11 || _valid0;
        const _errs93 = errors;
        if (Array.isArray(data42)) {
            if (data42.length < 1) {
                vErrors = addError(vErrors, instancePath + "/primaryKey", "#/properties/primaryKey/anyOf/1/minItems", "minItems", { limit: 1 }, "must NOT have fewer than 1 items", 1, schema34.properties.primaryKey.anyOf[1], data42);
                errors++;
            }
            const len2 = data42.length;
            for (let i2 = 0; i2 < len2; i2++) {
                let data43 = data42[i2];
                if (typeof data43 !== "string") {
                    vErrors = addKeywordError(vErrors, instancePath + "/primaryKey/" + i2, "#/properties/primaryKey/anyOf/1/items/type", "type", { type: "string" }, "must be string", schema34.properties.primaryKey.anyOf[1].items, data43);
                    errors++;
                }
            }
        }
        else {
            vErrors = addKeywordError(vErrors, instancePath + "/primaryKey", "#/properties/primaryKey/anyOf/1/type", "type", { type: "array" }, "must be array", schema34.properties.primaryKey.anyOf[1], data42);
            errors++;
        }
        var _valid0 = _errs93 === errors;
        valid11 = valid11 || _valid0;
        if (!valid11) {
            vErrors = addKeywordError(vErrors, instancePath + "/primaryKey", "#/properties/primaryKey/anyOf", "anyOf", {}, "must match a schema in anyOf", schema34.properties.primaryKey, data42);
            errors++;
        }
        else {
            errors = _errs90;
            if (vErrors !== null) {
                if (_errs90) {
                    vErrors.length = _errs90;
                }
                else {
                    vErrors = null;
                }
            }
        }
    }
    if (data.primary_key !== undefined) {
        let data44 = data.primary_key;
        const _errs98 = errors;
        let valid14 = false;
        const _errs99 = errors;
        if (typeof data44 !== "string") {
            vErrors = addKeywordError(vErrors, instancePath + "/primary_key", "#/properties/primary_key/anyOf/0/type", "type", { type: "string" }, "must be string", schema34.properties.primary_key.anyOf[0], data44);
            errors++;
        }
        var _valid1 = _errs99 === errors;
        valid14 = valid14 || _valid1;
        const _errs101 = errors;
        if (Array.isArray(data44)) {
            if (data44.length < 1) {
                vErrors = addError(vErrors, instancePath + "/primary_key", "#/properties/primary_key/anyOf/1/minItems", "minItems", { limit: 1 }, "must NOT have fewer than 1 items", 1, schema34.properties.primary_key.anyOf[1], data44);
                errors++;
            }
            const len3 = data44.length;
            for (let i3 = 0; i3 < len3; i3++) {
                let data45 = data44[i3];
                if (typeof data45 !== "string") {
                    vErrors = addKeywordError(vErrors, instancePath + "/primary_key/" + i3, "#/properties/primary_key/anyOf/1/items/type", "type", { type: "string" }, "must be string", schema34.properties.primary_key.anyOf[1].items, data45);
                    errors++;
                }
            }
        }
        else {
            vErrors = addKeywordError(vErrors, instancePath + "/primary_key", "#/properties/primary_key/anyOf/1/type", "type", { type: "array" }, "must be array", schema34.properties.primary_key.anyOf[1], data44);
            errors++;
        }
        var _valid1 = _errs101 === errors;
        valid14 = valid14 || _valid1;
        if (!valid14) {
            vErrors = addKeywordError(vErrors, instancePath + "/primary_key", "#/properties/primary_key/anyOf", "anyOf", {}, "must match a schema in anyOf", schema34.properties.primary_key, data44);
            errors++;
        }
        else {
            errors = _errs98;
            if (vErrors !== null) {
                if (_errs98) {
                    vErrors.length = _errs98;
                }
                else {
                    vErrors = null;
                }
            }
        }
    }
    if (data.missingValues !== undefined) {
        let data46 = data.missingValues;
        if (Array.isArray(data46)) {
            const len4 = data46.length;
            for (let i4 = 0; i4 < len4; i4++) {
                let data47 = data46[i4];
                if (typeof data47 !== "string") {
                    vErrors = addKeywordError(vErrors, instancePath + "/missingValues/" + i4, "#/properties/missingValues/items/type", "type", { type: "string" }, "must be string", schema34.properties.missingValues.items, data47);
                    errors++;
                }
            }
        }
        else {
            vErrors = addKeywordError(vErrors, instancePath + "/missingValues", "#/properties/missingValues/type", "type", { type: "array" }, "must be array", schema34.properties.missingValues, data46);
            errors++;
        }
    }
    if (data.expectations !== undefined) {
        let data48 = data.expectations;
        if (Array.isArray(data48)) {
            const len5 = data48.length;
            for (let i5 = 0; i5 < len5; i5++) {
                if (!(validate22(data48[i5], { instancePath: instancePath + "/expectations/" + i5, parentData: data48, parentDataProperty: i5, rootData, dynamicAnchors }))) {
                    vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                    errors = vErrors.length;
                }
            }
        }
        else {
            vErrors = addKeywordError(vErrors, instancePath + "/expectations", "#/properties/expectations/type", "type", { type: "array" }, "must be array", schema34.properties.expectations, data48);
            errors++;
        }
    }
    if (data.name !== undefined) {
        let data50 = data.name;
        if (typeof data50 !== "string") {
            vErrors = addKeywordError(vErrors, instancePath + "/name", "#/properties/name/type", "type", { type: "string" }, "must be string", schema34.properties.name, data50);
            errors++;
        }
    }
    if (data.expectation_suite_name !== undefined) {
        let data51 = data.expectation_suite_name;
        if (typeof data51 !== "string") {
            vErrors = addKeywordError(vErrors, instancePath + "/expectation_suite_name", "#/properties/expectation_suite_name/type", "type", { type: "string" }, "must be string", schema34.properties.expectation_suite_name, data51);
            errors++;
        }
    }
    if (data.meta !== undefined) {
        let data52 = data.meta;
        if (!(data52 && typeof data52 == "object" && !Array.isArray(data52))) {
            vErrors = addKeywordError(vErrors, instancePath + "/meta", "#/properties/meta/type", "type", { type: "object" }, "must be object", schema34.properties.meta, data52);
            errors++;
        }
    }
}
else {
    vErrors = addKeywordError(vErrors, instancePath, "#/type", "type", { type: "object" }, "must be object", schema34, data);
    errors++;
} validate21.errors = vErrors; return errors === 0; }
validate21.evaluated = { "props": { "columns": true, "fields": true, "primaryKey": true, "primary_key": true, "missingValues": true, "expectations": true, "name": true, "expectation_suite_name": true, "meta": true }, "dynamicProps": false, "dynamicItems": false };
function addError(errors, instancePath, schemaPath, keyword, params, message, schema, parentSchema, data) {
    const error = { instancePath, schemaPath, keyword, params, message, schema, parentSchema, data };
    if (errors === null)
        return [error];
    errors.push(error);
    return errors;
}
function addKeywordError(errors, instancePath, schemaPath, keyword, params, message, parentSchema, data) {
    return addError(errors, instancePath, schemaPath, keyword, params, message, parentSchema[keyword], parentSchema, data);
}
(0,precompiled/* registerPrecompiled */.sc)(data_contract_schema_namespaceObject, validate);
/** schemas/data-contract.schema.json, whose validator is precompiled (importing this module registers it). */
/* harmony default export */ const data_contract = (data_contract_schema_namespaceObject);

// EXTERNAL MODULE: ./src/core/schema/validate.ts + 1 modules
var schema_validate = __webpack_require__(8450);
;// CONCATENATED MODULE: ./src/core/data/types.ts

/** Values of a column as text and as a number (non-numbers become NULL). */
function exprs(col) {
    const q = (0,data_sql/* quoteIdent */.v)(col.name);
    return {
        q,
        text: col.type === 'VARCHAR' ? q : `CAST(${q} AS VARCHAR)`,
        number: `TRY_CAST(${q} AS DOUBLE)`,
    };
}
/** The column's value as a number: the shared cast of the aggregate pass when given, else inline. */
function numberOf(col, shared) {
    return shared ? shared(col.name) : exprs(col).number;
}
/**
 * Frictionless integer: optional sign and digits, any length. Not `TRY_CAST(\u2026 AS BIGINT)`: DuckDB's
 * cast also accepts `1.0`, `1.5` (rounded), `1e3`, `0x10`, `0b101`, `1_000` and a vertical tab, and
 * refuses integers beyond 64 bits (checked against DuckDB 1.5's integer_cast_operator.hpp).
 */
const INTEGER = '\\s*[+-]?[0-9]+\\s*';
const YEAR = '[+-]?[0-9]{4}';
const DURATION = 'P(?:[0-9]+Y)?(?:[0-9]+M)?(?:[0-9]+W)?(?:[0-9]+D)?(?:T(?:[0-9]+H)?(?:[0-9]+M)?(?:[0-9]+(?:\\.[0-9]+)?S)?)?';
/** GX / pandas / SQL type names mapped onto Frictionless types (values are checked, since CSV has none). */
function fieldTypeOf(name) {
    const t = name.toLowerCase().replace(/\(.*\)$/, '');
    if (/^(integer|int|int8|int16|int32|int64|uint8|uint16|uint32|uint64|bigint|smallint|tinyint|hugeint|long)$/.test(t))
        return 'integer';
    if (/^(number|float|float16|float32|float64|double|real|decimal|numeric)$/.test(t))
        return 'number';
    if (/^(string|str|varchar|text|char|object_)$/.test(t))
        return 'string';
    if (/^(boolean|bool)$/.test(t))
        return 'boolean';
    if (t === 'date')
        return 'date';
    if (/^(datetime|datetime64|datetime64\[ns\]|timestamp|timestamptz|timestamp with time zone)$/.test(t))
        return 'datetime';
    if (t === 'time')
        return 'time';
    if (t === 'year')
        return 'year';
    if (/^(duration|interval|timedelta)$/.test(t))
        return 'duration';
    if (/^(object|struct|map|dict|json)$/.test(t))
        return 'object';
    if (/^(array|list)$/.test(t))
        return 'array';
    if (t === 'any')
        return 'any';
    return undefined;
}
const NATIVE_INTEGER = /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT)$/;
/** Frictionless' boolean values (trueValues and falseValues defaults). */
const BOOLEAN_VALUES = `['true', 'True', 'TRUE', '1', 'false', 'False', 'FALSE', '0']`;
const CASTS = { date: 'DATE', datetime: 'TIMESTAMPTZ', time: 'TIME' };
/** Condition true when a non-null value does not parse as the Frictionless type. */
function notOfType(col, type, p, shared) {
    const e = exprs(col);
    const cast = CASTS[type];
    if (cast)
        return `TRY_CAST(${e.text} AS ${cast}) IS NULL`;
    switch (type) {
        case 'integer':
            return NATIVE_INTEGER.test(col.type) ? 'FALSE' : `NOT regexp_full_match(${e.text}, ${p.add(INTEGER)})`;
        case 'number':
            return `${numberOf(col, shared)} IS NULL`;
        case 'boolean':
            return col.type === 'BOOLEAN' ? 'FALSE' : `NOT list_contains(${BOOLEAN_VALUES}, ${e.text})`;
        case 'year':
            return `NOT regexp_full_match(${e.text}, ${p.add(YEAR)})`;
        case 'duration':
            return `(${e.text} IN ('P', '') OR ${e.text} LIKE '%T' OR NOT regexp_full_match(${e.text}, ${p.add(DURATION)}))`;
        case 'object':
            return /^(STRUCT|MAP)/.test(col.type)
                ? 'FALSE'
                : `coalesce(json_type(TRY_CAST(${e.text} AS JSON)) <> 'OBJECT', TRUE)`;
        case 'array':
            return /\[\]$|^LIST/.test(col.type)
                ? 'FALSE'
                : `coalesce(json_type(TRY_CAST(${e.text} AS JSON)) <> 'ARRAY', TRUE)`;
        default:
            return 'FALSE';
    }
}
/**
 * The type check's unexpected count as an aggregate for the single pass: non-null values minus the
 * values that parse (a count of casts, no per-row test), or the regex test alone (NULL for a null
 * value, so not counted). Undefined: the planner counts `notOfType` on non-null values.
 */
function typeCount(col, type) {
    const e = exprs(col);
    const cast = CASTS[type];
    if (cast)
        return () => `count(${e.q}) - count(TRY_CAST(${e.text} AS ${cast}))`;
    switch (type) {
        case 'number':
            return (_p, n) => `count(${e.q}) - count(${numberOf(col, n)})`;
        case 'integer':
        case 'year':
            return (p) => `count_if(${notOfType(col, type, p)})`;
        case 'boolean':
            return col.type === 'BOOLEAN'
                ? () => '0'
                : () => `count(${e.q}) - count_if(list_contains(${BOOLEAN_VALUES}, ${e.text}))`;
        default:
            return undefined;
    }
}

;// CONCATENATED MODULE: ./src/core/data/catalog.ts


const catalog_num = (v) => typeof v === 'number' && Number.isFinite(v);
const str = (v) => typeof v === 'string';
/** Whether `v` lies in GX's [min_value, max_value] (strict_min / strict_max make a bound exclusive; null is unbounded). */
function inRange(v, k) {
    if (v === null || v === undefined || (typeof v === 'number' && Number.isNaN(v)))
        return false;
    const lo = k.min_value;
    const hi = k.max_value;
    const cmp = (a, b) => typeof a === 'number' && typeof b === 'number'
        ? a - b
        : String(a) < String(b)
            ? -1
            : String(a) > String(b)
                ? 1
                : 0;
    if (lo !== null && lo !== undefined && (k.strict_min ? cmp(v, lo) <= 0 : cmp(v, lo) < 0))
        return false;
    if (hi !== null && hi !== undefined && (k.strict_max ? cmp(v, hi) >= 0 : cmp(v, hi) > 0))
        return false;
    return true;
}
function rangeText(k) {
    const lo = k.min_value ?? null;
    const hi = k.max_value ?? null;
    if (lo !== null && hi !== null)
        return `between ${String(lo)} and ${String(hi)}`;
    if (lo !== null)
        return `${k.strict_min ? '>' : '>='} ${String(lo)}`;
    return `${k.strict_max ? '<' : '<='} ${String(hi)}`;
}
/** Whether a bound is given (GX: null or absent means unbounded). */
const bounded = (v) => v !== null && v !== undefined;
/** Condition true when a value (known to be non-null) lies outside GX's range. */
function beyond(v, k, p) {
    const parts = [];
    if (bounded(k.min_value))
        parts.push(`${v} ${k.strict_min ? '<=' : '<'} ${p.add(k.min_value)}`);
    if (bounded(k.max_value))
        parts.push(`${v} ${k.strict_max ? '>=' : '>'} ${p.add(k.max_value)}`);
    return parts;
}
/** SQL condition true when a non-null value is outside GX's range; strings compare as text (ISO dates). */
function outside(col, k, p, valueOf, shared) {
    const e = exprs(col);
    const textual = str(k.min_value) || str(k.max_value);
    const v = valueOf === 'length' ? `length(${e.text})` : textual ? e.text : numberOf(col, shared);
    return [`${v} IS NULL`, ...beyond(v, k, p)].join(' OR ');
}
/**
 * The unexpected count of a numeric range check in one pass: values that are not numbers (non-null
 * values minus successful casts) plus numbers outside the range, without a per-row IS NULL test.
 */
function outsideCount(col, k, p, shared) {
    const n = numberOf(col, shared);
    return `count(${exprs(col).q}) - count(${n}) + count_if(${beyond(n, k, p).join(' OR ')})`;
}
/**
 * Membership of a non-null value in the set, numerically when every member is a number (as GX
 * compares parsed values; a value that is not a number is then not in the set). `list_contains` over
 * the bound members costs DuckDB about a tenth of `IN ($1, \u2026)` per row (measured). Null members are
 * left out: they never match a value (GX's `isin` on non-null values).
 */
function inSet(col, set, p, shared) {
    const members = set.filter((v) => v !== null && v !== undefined);
    if (!members.length)
        return 'FALSE';
    if (members.every(catalog_num))
        return `coalesce(list_contains([${members.map((v) => p.add(v)).join(', ')}], ${numberOf(col, shared)}), FALSE)`;
    return `list_contains([${members.map((v) => p.add(String(v))).join(', ')}], ${exprs(col).text})`;
}
/** RE2 metacharacters: a regex without any is a plain string, matched faster by `contains` / `=`. */
const REGEX_META = /[\\.+*?()|[\]{}^$]/;
/** Whether the value matches the regex: anywhere (GX's re.search) or as a whole (Frictionless pattern). */
function matches(text, regex, full, p) {
    if (!REGEX_META.test(regex))
        return full ? `(${text} = ${p.add(regex)})` : `contains(${text}, ${p.add(regex)})`;
    return `${full ? 'regexp_full_match' : 'regexp_matches'}(${text}, ${p.add(regex)})`;
}
const STATS = {
    expect_column_mean_to_be_between: { sql: (n) => `avg(${n})`, name: 'mean' },
    expect_column_median_to_be_between: { sql: (n) => `median(${n})`, name: 'median' },
    expect_column_stdev_to_be_between: { sql: (n) => `stddev_samp(${n})`, name: 'standard deviation' },
    expect_column_sum_to_be_between: { sql: (n) => `sum(${n})`, name: 'sum' },
    expect_column_min_to_be_between: { sql: (n) => `min(${n})`, name: 'minimum' },
    expect_column_max_to_be_between: { sql: (n) => `max(${n})`, name: 'maximum' },
};
/** Names of every supported expectation. */
const SUPPORTED = [
    'expect_column_to_exist',
    'expect_column_values_to_not_be_null',
    'expect_column_values_to_be_null',
    'expect_column_values_to_be_between',
    'expect_column_value_lengths_to_be_between',
    'expect_column_value_lengths_to_equal',
    'expect_column_values_to_be_in_set',
    'expect_column_values_to_not_be_in_set',
    'expect_column_values_to_match_regex',
    'expect_column_values_to_not_match_regex',
    'expect_column_values_to_be_of_type',
    'expect_column_values_to_be_in_type_list',
    'expect_column_values_to_be_unique',
    'expect_compound_columns_to_be_unique',
    'expect_select_column_values_to_be_unique_within_record',
    ...Object.keys(STATS),
    'expect_column_unique_value_count_to_be_between',
    'expect_column_proportion_of_unique_values_to_be_between',
    'expect_table_row_count_to_be_between',
    'expect_table_row_count_to_equal',
    'expect_table_column_count_to_equal',
    'expect_table_column_count_to_be_between',
    'expect_table_columns_to_match_set',
    'expect_table_columns_to_match_ordered_list',
].filter((n) => n !== 'expect_select_column_values_to_be_unique_within_record');
/** Compiles one expectation against the actual columns. */
function checkSpec(e, columns) {
    const k = e.kwargs;
    const table = tableSpec(e.type, k);
    if (table)
        return table;
    if (e.type === 'expect_compound_columns_to_be_unique') {
        const list = Array.isArray(k.column_list) ? k.column_list.map(String) : [];
        const missing = list.find((c) => !columns.some((x) => x.name === c));
        if (!list.length)
            return { kind: 'invalid', message: 'needs `column_list`' };
        if (missing !== undefined)
            return { kind: 'invalid', message: `column '${missing}' is not in the data`, missingColumn: missing };
        return { kind: 'unique', columns: list, describe: `(${list.join(', ')}) unique` };
    }
    if (!str(k.column))
        return {
            kind: 'invalid',
            message: SUPPORTED.includes(e.type) ? 'needs `column`' : `unsupported expectation '${e.type}'`,
        };
    const col = columns.find((c) => c.name === k.column);
    if (!SUPPORTED.includes(e.type))
        return { kind: 'invalid', message: `unsupported expectation '${e.type}'` };
    if (!col)
        return { kind: 'invalid', message: `column '${k.column}' is not in the data`, missingColumn: k.column };
    return columnSpec(e.type, k, col) ?? { kind: 'invalid', message: `invalid arguments for '${e.type}'` };
}
function columnSpec(type, k, col) {
    const e = exprs(col);
    const column = col.name;
    const map = (describe, unexpected, count) => ({
        kind: 'map',
        column,
        unexpected,
        describe,
        ...(count ? { count } : {}),
    });
    const ranged = bounded(k.min_value) || bounded(k.max_value);
    switch (type) {
        case 'expect_column_to_exist':
            return { kind: 'table', judge: () => ({ success: true, observed: true }), describe: 'exists' };
        case 'expect_column_values_to_not_be_null':
            return {
                kind: 'map',
                column,
                unexpected: () => `${e.q} IS NULL`,
                count: () => `count(*) - count(${e.q})`,
                countNulls: true,
                describe: 'not null',
            };
        case 'expect_column_values_to_be_null':
            return map('null', () => 'TRUE', () => `count(${e.q})`);
        case 'expect_column_values_to_be_between': {
            if (!ranged)
                return undefined;
            const textual = str(k.min_value) || str(k.max_value);
            return map(rangeText(k), (p, n) => outside(col, k, p, 'value', n), textual ? undefined : (p, n) => outsideCount(col, k, p, n));
        }
        case 'expect_column_value_lengths_to_be_between':
            if (!ranged)
                return undefined;
            return map(`length ${rangeText(k)}`, (p) => outside(col, k, p, 'length'));
        case 'expect_column_value_lengths_to_equal':
            return catalog_num(k.value)
                ? map(`length ${k.value}`, (p) => `length(${e.text}) <> ${p.add(k.value)}`)
                : undefined;
        case 'expect_column_values_to_be_in_set': {
            if (!Array.isArray(k.value_set))
                return undefined;
            const set = k.value_set;
            return map(`in ${JSON.stringify(set)}`, (p, n) => `NOT (${inSet(col, set, p, n)})`, (p, n) => `count(${e.q}) - count_if(${inSet(col, set, p, n)})`);
        }
        case 'expect_column_values_to_not_be_in_set': {
            if (!Array.isArray(k.value_set))
                return undefined;
            const set = k.value_set;
            return map(`not in ${JSON.stringify(set)}`, (p, n) => `coalesce(${inSet(col, set, p, n)}, FALSE)`);
        }
        case 'expect_column_values_to_match_regex': {
            // GX matches anywhere in the value (re.search); Frictionless `pattern` must match the whole value.
            if (!str(k.regex))
                return undefined;
            const unmatched = (p) => `NOT ${matches(e.text, k.regex, !!k.full_match, p)}`;
            // A match of a null value is NULL, which count_if leaves out: no separate IS NOT NULL test.
            return map(`match /${k.regex}/`, unmatched, (p) => `count_if(${unmatched(p)})`);
        }
        case 'expect_column_values_to_not_match_regex': {
            if (!str(k.regex))
                return undefined;
            const matched = (p) => matches(e.text, k.regex, false, p);
            return map(`not match /${k.regex}/`, matched, (p) => `count_if(${matched(p)})`);
        }
        case 'expect_column_values_to_be_of_type': {
            const t = str(k.type_) ? fieldTypeOf(k.type_) : undefined;
            return t
                ? map(`of type ${String(k.type_)}`, (p, n) => notOfType(col, t, p, n), typeCount(col, t))
                : undefined;
        }
        case 'expect_column_values_to_be_in_type_list': {
            const ts = Array.isArray(k.type_list) ? k.type_list.map((x) => fieldTypeOf(String(x))) : [];
            if (!ts.length || ts.some((t) => !t))
                return undefined;
            return map(`of a type in ${JSON.stringify(k.type_list)}`, (p, n) => ts.map((t) => `(${notOfType(col, t, p, n)})`).join(' AND '));
        }
        case 'expect_column_values_to_be_unique':
            return { kind: 'unique', columns: [column], describe: 'unique' };
        case 'expect_column_unique_value_count_to_be_between':
            return {
                kind: 'aggregate',
                column,
                expr: () => `count(DISTINCT ${e.q})`,
                judge: (v) => inRange(v, k),
                describe: `distinct count ${rangeText(k)}`,
            };
        case 'expect_column_proportion_of_unique_values_to_be_between':
            return {
                kind: 'aggregate',
                column,
                expr: () => `count(DISTINCT ${e.q}) / nullif(count(${e.q}), 0)`,
                judge: (v) => inRange(v, k),
                describe: `unique proportion ${rangeText(k)}`,
            };
    }
    const stat = STATS[type];
    if (stat)
        return {
            kind: 'aggregate',
            column,
            expr: (_p, n) => stat.sql(numberOf(col, n)),
            judge: (v) => inRange(v, k),
            describe: `${stat.name} ${rangeText(k)}`,
        };
    return undefined;
}
function tableSpec(type, k) {
    switch (type) {
        case 'expect_table_row_count_to_be_between':
            return {
                kind: 'table',
                judge: (t) => ({ success: inRange(t.rowCount, k), observed: t.rowCount }),
                describe: `row count ${rangeText(k)}`,
            };
        case 'expect_table_row_count_to_equal':
            return {
                kind: 'table',
                judge: (t) => ({ success: t.rowCount === k.value, observed: t.rowCount }),
                describe: `row count ${String(k.value)}`,
            };
        case 'expect_table_column_count_to_equal':
            return {
                kind: 'table',
                judge: (t) => ({ success: t.columns.length === k.value, observed: t.columns.length }),
                describe: `${String(k.value)} columns`,
            };
        case 'expect_table_column_count_to_be_between':
            return {
                kind: 'table',
                judge: (t) => ({ success: inRange(t.columns.length, k), observed: t.columns.length }),
                describe: `column count ${rangeText(k)}`,
            };
        case 'expect_table_columns_to_match_ordered_list': {
            const list = Array.isArray(k.column_list) ? k.column_list.map(String) : [];
            return {
                kind: 'table',
                judge: (t) => ({ success: t.columns.join('\0') === list.join('\0'), observed: t.columns }),
                describe: `columns ${JSON.stringify(list)} in order`,
            };
        }
        case 'expect_table_columns_to_match_set': {
            const set = Array.isArray(k.column_set) ? k.column_set.map(String) : [];
            const exact = k.exact_match !== false;
            return {
                kind: 'table',
                judge: (t) => {
                    const missing = set.filter((c) => !t.columns.includes(c));
                    const extra = t.columns.filter((c) => !set.includes(c));
                    return { success: missing.length === 0 && (!exact || extra.length === 0), observed: t.columns };
                },
                describe: `columns ${JSON.stringify(set)}`,
            };
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/core/data/plan.ts

/** Row number column added for samples; named so that no real column collides in practice. */
const ROW = '__mlops_row';
/** Prefix of the shared numeric casts of the aggregate pass (same reasoning as ROW). */
const NUMBER = '__mlops_number';
/**
 * The single aggregate pass: `n` rows, `blank` rows (every column null, which also makes the scan
 * read every column), and per check `u<i>`/`nn<i>` (map) or `a<i>` (aggregate). A column read as a
 * number by several checks (type, range, numeric set, statistics) is cast once per row, in an inner
 * projection, instead of once per check; map checks with a cheaper aggregate form (`count`) use it.
 */
function aggregateQuery(view, checks, columns = []) {
    const p = new data_sql/* Params */.X();
    const casts = new Map();
    const numberOf = (column) => {
        if (!casts.has(column))
            casts.set(column, (0,data_sql/* quoteIdent */.v)(`${NUMBER}${casts.size}`));
        return casts.get(column);
    };
    const select = ['count(*) AS n'];
    if (columns.length)
        select.push(`count_if(${columns.map((c) => `${(0,data_sql/* quoteIdent */.v)(c)} IS NULL`).join(' AND ')}) AS blank`);
    for (const c of checks) {
        const s = c.spec;
        if (s.kind === 'map') {
            const q = (0,data_sql/* quoteIdent */.v)(s.column);
            select.push(`count(${q}) AS nn${c.index}`);
            select.push(s.count
                ? `${s.count(p, numberOf)} AS u${c.index}`
                : s.countNulls
                    ? `count_if(${s.unexpected(p, numberOf)}) AS u${c.index}`
                    : `count_if(${q} IS NOT NULL AND (${s.unexpected(p, numberOf)})) AS u${c.index}`);
        }
        else if (s.kind === 'aggregate') {
            select.push(`${s.expr(p, numberOf)} AS a${c.index}`);
        }
    }
    const shared = [...casts].map(([column, alias]) => `TRY_CAST(${(0,data_sql/* quoteIdent */.v)(column)} AS DOUBLE) AS ${alias}`);
    const from = shared.length ? `(SELECT *, ${shared.join(', ')} FROM ${(0,data_sql/* quoteIdent */.v)(view)})` : (0,data_sql/* quoteIdent */.v)(view);
    return { sql: `SELECT ${select.join(', ')} FROM ${from}`, params: p.values };
}
/**
 * GX's uniqueness: every row whose (non-null) value occurs more than once is unexpected, not just
 * the repeats; for compound keys, rows where all values are missing are ignored.
 */
function duplicateCountQuery(view, columns) {
    const cols = columns.map(data_sql/* quoteIdent */.v);
    const where = columns.length === 1
        ? `${cols[0]} IS NOT NULL`
        : `NOT (${cols.map((c) => `${c} IS NULL`).join(' AND ')})`;
    return {
        sql: `SELECT coalesce(sum(c), 0) AS u, (SELECT count(*) FROM ${(0,data_sql/* quoteIdent */.v)(view)} WHERE ${where}) AS nn FROM (SELECT count(*) AS c FROM ${(0,data_sql/* quoteIdent */.v)(view)} WHERE ${where} GROUP BY ${cols.join(', ')} HAVING count(*) > 1)`,
        params: [],
    };
}
/** Up to `limit` unexpected rows of a failed check: 1-based data row number and the value(s). */
function sampleQuery(view, spec, limit = 20) {
    const p = new data_sql/* Params */.X();
    const v = (0,data_sql/* quoteIdent */.v)(view);
    if (spec.kind === 'map') {
        const q = (0,data_sql/* quoteIdent */.v)(spec.column);
        const cond = spec.countNulls ? spec.unexpected(p) : `${q} IS NOT NULL AND (${spec.unexpected(p)})`;
        return {
            // Only the one column is projected: a wide file (10,000 columns) stays cheap to sample.
            sql: `SELECT ${ROW}, CAST(${q} AS VARCHAR) AS v FROM (SELECT row_number() OVER () AS ${ROW}, ${q} FROM ${v}) WHERE ${cond} ORDER BY ${ROW} LIMIT ${p.add(limit)}`,
            params: p.values,
        };
    }
    if (spec.kind === 'unique') {
        const cols = spec.columns.map(data_sql/* quoteIdent */.v);
        const value = cols.length === 1
            ? `CAST(${cols[0]} AS VARCHAR)`
            : `concat_ws(', ', ${cols.map((c) => `CAST(${c} AS VARCHAR)`).join(', ')})`;
        const where = cols.length === 1 ? `${cols[0]} IS NOT NULL` : `NOT (${cols.map((c) => `${c} IS NULL`).join(' AND ')})`;
        return {
            sql: `SELECT ${ROW}, v FROM (SELECT row_number() OVER () AS ${ROW}, ${value} AS v, ${where} AS keep, count(*) OVER (PARTITION BY ${cols.join(', ')}) AS c FROM ${v}) WHERE keep AND c > 1 ORDER BY ${ROW} LIMIT ${p.add(limit)}`,
            params: p.values,
        };
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/adapters/duckdb/source.ts
var duckdb_source = __webpack_require__(4813);
;// CONCATENATED MODULE: ./src/adapters/duckdb/check.ts
/** Runs a DataContract against a data source: one aggregate pass, then duplicates and samples where needed. */




/** Compiles the contract against the source's columns. */
function planContract(contract, source) {
    return contract.expectations.map((expectation, index) => ({
        index,
        expectation,
        spec: checkSpec(expectation, source.columns),
    }));
}
/** Validates the source against the contract; results are in GX's shape, in contract order. */
async function runContract(engine, source, contract) {
    const checks = planContract(contract, source);
    try {
        const touchAll = source.scanView !== source.view ? source.columns.map((c) => c.name) : [];
        const agg = aggregateQuery(source.scanView, checks, touchAll);
        const row = (await engine.all(agg.sql, agg.params))[0] ?? {};
        const elementCount = Number(row.n ?? 0);
        const columns = source.columns.map((c) => c.name);
        const facts = [];
        for (const c of checks) {
            const f = { elementCount, columns };
            if (c.spec.kind === 'map') {
                f.nonNull = Number(row[`nn${c.index}`]);
                f.unexpected = Number(row[`u${c.index}`]);
            }
            else if (c.spec.kind === 'aggregate') {
                f.observed = row[`a${c.index}`] ?? null;
            }
            else if (c.spec.kind === 'unique') {
                const q = duplicateCountQuery(source.view, c.spec.columns);
                const d = (await engine.all(q.sql, q.params))[0] ?? {};
                f.unexpected = Number(d.u ?? 0);
                f.nonNull = Number(d.nn ?? 0);
            }
            facts.push(f);
        }
        const results = [];
        for (const [i, c] of checks.entries()) {
            let r = expectationResult(c, facts[i]);
            if (!r.success && (r.result.unexpected_count ?? 0) > 0) {
                facts[i].samples = await samples(engine, source, c);
                r = expectationResult(c, facts[i]);
            }
            results.push(r);
        }
        return { checks, validation: validationResult(results), rows: elementCount };
    }
    catch (error) {
        throw (0,duckdb_source/* engineError */.v_)(error, source.displayPath);
    }
}
async function samples(engine, source, check) {
    const q = sampleQuery(source.view, check.spec);
    if (!q)
        return [];
    const rows = await engine.all(q.sql, q.params);
    return rows.map((r) => ({ row: Number(r[ROW]), value: r.v ?? null }));
}

;// CONCATENATED MODULE: ./src/adapters/duckdb/dataset.ts
/**
 * A contract file read from the repository (a data card's `schema`, a `*.contract.yml`, or a GX
 * suite JSON) and checked against its data files: contract, malformed rows and PII in one go.
 */















/** Reads a card or contract; YAML and JSON both go through the safe YAML parser for exact lines. */
async function readContractFile(root, file) {
    let text;
    try {
        text = (await (0,promises_.readFile)(external_node_path_default().join(root, file), 'utf8')).replace(/\r\n?/g, '\n');
    }
    catch {
        throw new errors/* UserError */.yo(`contract not found: ${file}`, {
            file,
            hint: 'Pass a data card (DATA_CARD.md), a *.contract.yml or a Great Expectations suite JSON.',
        });
    }
    if (file.toLowerCase().endsWith('.md')) {
        const split = (0,frontmatter/* splitFrontMatter */.v)(text, file);
        const parsed = (0,yaml/* parseYaml */.hN)(split.yaml, file, {
            lineOffset: split.yamlLine - 1,
            expect: 'mapping',
            rulePrefix: 'contract/yaml',
        });
        const meta = (parsed.value ?? {});
        const cardDir = external_node_path_default().posix.dirname(file.replaceAll('\\', '/'));
        const dataFiles = [];
        const findings = [...split.findings, ...parsed.findings];
        for (const [i, f] of (Array.isArray(meta.files) ? meta.files : []).entries()) {
            const declared = typeof f === 'string' ? f : f?.path;
            if (typeof declared !== 'string')
                continue;
            const r = (0,datafiles/* resolveDeclaredPath */.cw)(cardDir === '.' ? '' : cardDir, declared);
            if ('repoPath' in r)
                dataFiles.push(r.repoPath);
            else
                findings.push({
                    rule: 'data/file-path',
                    severity: 'error',
                    message: `files[${i}].path ${r.problem}`,
                    file,
                    ...(parsed.source ? (0,yaml/* locate */.x5)(parsed.source, ['files', i]) : {}),
                });
        }
        const contract = normaliseContract(meta.schema ?? {}, file, ['schema']);
        findings.push(...(0,schema_validate/* validateAgainstSchema */.v9)(data_contract, { schema: meta.schema ?? {} }, parsed.source, {
            rulePrefix: 'contract',
            file,
            at: ['schema'],
        }));
        return {
            file,
            kind: 'card',
            contract,
            source: parsed.source,
            dataFiles,
            pii: meta.pii,
            findings: [...findings, ...contract.findings],
        };
    }
    const parsed = (0,yaml/* parseYaml */.hN)(text, file, {
        expect: 'mapping',
        rulePrefix: 'contract/yaml',
        maxBytes: 8 * 1024 * 1024,
    });
    const contract = normaliseContract(parsed.value ?? {}, file);
    const invalid = (0,schema_validate/* validateAgainstSchema */.v9)(data_contract, parsed.value ?? {}, parsed.source, {
        rulePrefix: 'contract',
        file,
    });
    return {
        file,
        kind: 'contract',
        contract,
        source: parsed.source,
        dataFiles: [],
        findings: [...parsed.findings, ...invalid, ...contract.findings],
    };
}
/** Checks every data file against the contract; findings point at the contract's lines and the data's rows. */
async function checkDataFiles(engine, root, cf, dataFiles) {
    const findings = [...cf.findings];
    const checks = [];
    const at = (p) => (cf.source ? (0,yaml/* locate */.x5)(cf.source, p) : undefined);
    for (const [i, data] of dataFiles.entries()) {
        const input = /^https?:\/\//i.test(data) ? data : external_node_path_default().resolve(root, data);
        let source;
        try {
            source = await (0,duckdb_source/* openSource */.oD)(engine, input, `data${i}`, { displayPath: data });
        }
        catch (error) {
            if (!(error instanceof errors/* UserError */.yo))
                throw error;
            findings.push({
                rule: 'data/unreadable',
                severity: 'error',
                message: error.message,
                file: error.file ?? data,
                line: error.line,
                hint: error.hint,
            });
            continue;
        }
        const { checks: planned, validation, rows } = await runContract(engine, source, cf.contract);
        findings.push(...(await source.rejects()));
        findings.push(...resultFindings(planned, validation.results, cf.file, at).map((f) => ({
            ...f,
            message: `${data}: ${f.message}`,
        })));
        const pii = cf.kind === 'card'
            ? await scanPii(engine, source.view, source.columns.map((c) => c.name))
            : [];
        if (pii.length)
            findings.push(...piiFindings(pii, cf.pii, cf.file, (cf.source && (0,yaml/* locate */.x5)(cf.source, ['pii'])) || { line: 1 }));
        checks.push({ data, validation, pii, rows });
    }
    return { checks, findings };
}
/** Samples the first 1,000 rows of every column (100 columns per query, so wide files stay small) and flags PII. */
async function scanPii(engine, view, columns) {
    const found = [];
    for (let start = 0; start < columns.length; start += 100) {
        const batch = columns.slice(start, start + 100);
        const rows = await engine.all(`SELECT ${batch.map((c, i) => `CAST(${(0,data_sql/* quoteIdent */.v)(c)} AS VARCHAR) AS c${i}`).join(', ')} FROM ${(0,data_sql/* quoteIdent */.v)(view)} LIMIT 1000`);
        found.push(...batch.flatMap((name, i) => detectPii(name, rows.map((r) => r[`c${i}`])) ?? []));
    }
    return found;
}
/** Checks each contract (card or contract file) against its declared files, or against `override` when given. */
async function checkContracts(engine, root, contracts, override = []) {
    const summaries = [];
    const findings = [];
    for (const file of contracts) {
        const cf = await readContractFile(root, file.replaceAll('\\', '/'));
        const data = override.length ? override : cf.dataFiles;
        if (!data.length)
            throw new errors/* UserError */.yo(`${file} names no data files`, {
                file,
                hint: 'Pass the data explicitly, or list the files under `files:` in the data card.',
            });
        const out = await checkDataFiles(engine, root, cf, data);
        findings.push(...out.findings);
        summaries.push(...out.checks.map((c) => ({
            contract: file,
            data: c.data,
            rows: c.rows,
            validation: c.validation,
            pii: c.pii,
        })));
    }
    return { summaries, findings };
}
/** The card of a dataset entry in .github/mlops.yml: its `card`, else DATA_CARD.md, else README.md in its folder. */
function cardOf(root, entry) {
    if (entry.card)
        return entry.card;
    const first = external_node_path_default().posix.join(entry.path, 'DATA_CARD.md');
    return (0,external_node_fs_.existsSync)(external_node_path_default().join(root, first)) ? first : external_node_path_default().posix.join(entry.path, 'README.md');
}

;// CONCATENATED MODULE: ./src/core/drift/binning.ts
/**
 * Histogram binning exactly as numpy: np.histogram_bin_edges(bins='sturges') for the edges
 * (Evidently's get_binned_data) and np.histogram's bin assignment, so that proportions computed in
 * SQL agree with the Python reference bit for bit.
 */
/** numpy's Sturges edges over data spanning [min, max] with `count` values (equal-width, linspace). */
function binning_sturgesEdges(min, max, count) {
    const ptp = max - min;
    let bins = 1;
    if (count > 0) {
        const width = ptp / (Math.log2(count) + 1);
        bins = width ? Math.ceil(ptp / width) : 1;
    }
    return equalEdges(min, max, bins);
}
/** numpy's linspace(first, last, bins + 1), widening a zero range by \u00b10.5 like _get_outer_edges. */
function equalEdges(min, max, bins) {
    let first = min;
    let last = max;
    if (first === last) {
        first -= 0.5;
        last += 0.5;
    }
    const step = (last - first) / bins;
    const edges = [];
    for (let i = 0; i <= bins; i++)
        edges.push(step === 0 ? (i / bins) * (last - first) + first : i * step + first);
    edges[bins] = last;
    return edges;
}
/** np.histogram's bin of x for equal-width edges (right edge closed on the last bin), or -1 outside. */
function binning_binOf(x, edges) {
    const n = edges.length - 1;
    const first = edges[0];
    const last = edges[n];
    if (!(x >= first && x <= last))
        return -1;
    let i = Math.trunc(((x - first) / (last - first)) * n);
    if (i === n)
        i -= 1;
    if (x < edges[i])
        i -= 1;
    if (x >= edges[i + 1] && i !== n - 1)
        i += 1;
    return i;
}

;// CONCATENATED MODULE: ./src/core/drift/ks.ts
/**
 * Two-sample Kolmogorov-Smirnov test, two-sided, as scipy.stats.ks_2samp(method='auto') (scipy 1.10):
 * the exact distribution when both samples have at most 10,000 values, otherwise the asymptotic one.
 * The statistic comes in as exact integers (see ksStatistic) so the lattice index h is exact.
 */
/** scipy's MAX_AUTO_N: 'auto' is exact up to this sample size. */
const KS_MAX_EXACT_N = 10_000;
function gcd(a, b) {
    while (b)
        [a, b] = [b, a % b];
    return a;
}
/**
 * The KS statistic from value counts sorted by value: `dMax` is max over values of
 * (cum1\u00b7n2 \u2212 cum2\u00b7n1) and `dMin` the most negative, both integers, so D = max(dMax, \u2212dMin)/(n1\u00b7n2).
 */
function ksFromCounts(counts) {
    let n1 = 0;
    let n2 = 0;
    for (const [a, b] of counts) {
        n1 += a;
        n2 += b;
    }
    let c1 = 0;
    let c2 = 0;
    let dInt = 0;
    for (const [a, b] of counts) {
        c1 += a;
        c2 += b;
        dInt = Math.max(dInt, Math.abs(c1 * n2 - c2 * n1));
    }
    return { n1, n2, dInt };
}
/** The test from sample sizes and the integer statistic numerator (cum1\u00b7n2 \u2212 cum2\u00b7n1 at its largest). */
function ksTest(n1, n2, dInt) {
    if (n1 === 0 || n2 === 0)
        throw new Error('KS needs two non-empty samples');
    const g = gcd(n1, n2);
    const lcm = (n1 / g) * n2;
    const h = dInt / g; // exactly round(d\u00b7lcm) in scipy, since d = dInt / (n1\u00b7n2)
    if (Math.max(n1, n2) <= KS_MAX_EXACT_N) {
        const d = h / lcm;
        if (h === 0)
            return { statistic: d, pValue: 1, method: 'exact' };
        const p = n1 === n2 ? probOutsideSquare(n1, h) : outerProbInside(n1, n2, g, h);
        if (Number.isFinite(p) && p >= 0 && p <= 1)
            return { statistic: d, pValue: p, method: 'exact' };
    }
    const d = dInt / n1 / n2;
    const [m, n] = n1 >= n2 ? [n1, n2] : [n2, n1];
    const en = Math.round((m * n) / (m + n));
    return { statistic: d, pValue: clip(kolmogorovSf(en, d)), method: 'asymp' };
}
/** scipy's _compute_prob_outside_square: paths outside x \u2212 y = \u00b1h for equal sample sizes. */
function probOutsideSquare(n, h) {
    let p = 0;
    for (let k = Math.floor(n / h); k >= 0; k--) {
        let p1 = 1;
        for (let j = 0; j < h; j++)
            p1 = ((n - k * h - j) * p1) / (n + k * h + j + 1);
        p = p1 * (1 - p);
    }
    return 2 * p;
}
/** scipy's _compute_outer_prob_inside_method (Hodges; Viehmann's recursion for 1 \u2212 p). */
function outerProbInside(m0, n0, g, h) {
    const [m, n] = m0 >= n0 ? [m0, n0] : [n0, m0];
    const mg = m / g;
    const ng = n / g;
    let minj = 0;
    let maxj = Math.min(Math.ceil(h / mg), n + 1);
    let curlen = maxj - minj;
    const lenA = Math.min(2 * maxj + 2, n + 1);
    const a = new Float64Array(lenA).fill(1);
    a.fill(0, minj, maxj);
    for (let i = 1; i <= m; i++) {
        const lastminj = minj;
        const lastlen = curlen;
        minj = Math.min(Math.max(Math.floor((ng * i - h) / mg) + 1, 0), n);
        maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
        if (maxj <= minj)
            return 1;
        let val = minj === 0 ? 0 : 1;
        for (let jj = 0; jj < maxj - minj; jj++) {
            const j = jj + minj;
            val = (a[jj + minj - lastminj] * i + val * j) / (i + j);
            a[jj] = val;
        }
        curlen = maxj - minj;
        if (lastlen > curlen)
            a.fill(1, maxj - minj, Math.min(maxj - minj + (lastlen - curlen), lenA));
    }
    return a[maxj - minj - 1];
}
const PI2 = Math.PI ** 2;
const PI4 = Math.PI ** 4;
const PI6 = Math.PI ** 6;
const SQRT2PI = Math.sqrt(2 * Math.PI);
/**
 * P(D_n > x) for the one-sample Kolmogorov statistic, scipy's kstwo.sf(x, n) for large n: Pelz-Good's
 * expansion (scipy switches to the Durbin matrix or 2\u00b7smirnov in some corners; agreement ~1e-7, documented).
 */
function kolmogorovSf(n, x) {
    if (x <= 0)
        return 1;
    if (x >= 1)
        return 0;
    const t = n * x;
    if (t <= 0.5)
        return 1;
    if (t >= n - 1)
        return 2 * (1 - x) ** n;
    if (t * x >= 370)
        return 0;
    const z = Math.sqrt(n) * x;
    const z2 = z * z;
    const z4 = z2 * z2;
    const z6 = z4 * z2;
    const qlog = -PI2 / 8 / z2;
    if (qlog < -708)
        return 1;
    let q = Math.exp(qlog);
    const k1a = -z2;
    const k1b = PI2 / 4;
    const k2a = 6 * z6 + 2 * z4;
    const k2b = ((2 * z4 - 5 * z2) * PI2) / 4;
    const k2c = (PI4 * (1 - 2 * z2)) / 16;
    const k3d = (PI6 * (5 - 30 * z2)) / 64;
    const k3c = (PI4 * (-60 * z2 + 212 * z4)) / 16;
    const k3b = (PI2 * (135 * z4 - 96 * z6)) / 4;
    const k3a = -30 * z6 - 90 * z ** 8;
    const k = [0, 0, 0, 0];
    const maxk = Math.ceil((16 * z) / Math.PI);
    for (let kk = maxk; kk > 0; kk--) {
        const m = 2 * kk - 1;
        const m2 = m * m;
        const qp = q ** (8 * kk);
        const coeffs = [
            1,
            k1a + k1b * m2,
            k2a + k2b * m2 + k2c * m2 * m2,
            k3a + k3b * m2 + k3c * m2 * m2 + k3d * m2 ** 3,
        ];
        for (let i = 0; i < 4; i++)
            k[i] = k[i] * qp + coeffs[i];
    }
    const div = [z, 6 * z4, 72 * z ** 7, 6480 * z ** 10];
    for (let i = 0; i < 4; i++)
        k[i] = (k[i] * q * SQRT2PI) / div[i];
    q = Math.exp(-PI2 / 2 / z2);
    let e2 = 0;
    let e3 = 0;
    const s3z = Math.sqrt(3) * z;
    for (let kk = maxk; kk > 0; kk--) {
        const w = kk * kk * q ** (kk * kk);
        e2 += w;
        e3 += (s3z + Math.PI * kk) * (s3z - Math.PI * kk) * w;
    }
    k[2] = k[2] + (e2 * PI2 * SQRT2PI) / (-36 * z2 * z);
    k[3] = k[3] + (e3 * PI2 * SQRT2PI) / (216 * z6);
    let sf = 1;
    for (let i = 0; i < 4; i++)
        sf -= k[i] / n ** (i / 2);
    return sf;
}
function clip(p) {
    return Math.min(1, Math.max(0, p));
}

;// CONCATENATED MODULE: ./src/core/drift/special.ts
/**
 * Special functions the drift tests need (normal and chi-square tails, the Kolmogorov distribution),
 * written to double precision so p-values agree with scipy.stats to ~1e-12.
 */
const EPS = 2.220446049250313e-16;
const LANCZOS = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
/** ln \u0393(x) for x > 0 (Lanczos, g = 7, n = 9: relative error < 1e-15). */
function logGamma(x) {
    if (x < 0.5)
        return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
    const z = x - 1;
    let a = LANCZOS[0];
    const t = z + 7.5;
    for (let i = 1; i < 9; i++)
        a += LANCZOS[i] / (z + i);
    return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}
/** Regularised upper incomplete gamma Q(a, x) (series below a + 1, Lentz continued fraction above). */
function gammaQ(a, x) {
    if (x <= 0)
        return 1;
    if (!Number.isFinite(x))
        return 0;
    const lead = a * Math.log(x) - x - logGamma(a);
    if (x < a + 1) {
        let sum = 1 / a;
        let term = sum;
        for (let n = 1; n < 10000; n++) {
            term *= x / (a + n);
            sum += term;
            if (Math.abs(term) < Math.abs(sum) * EPS)
                break;
        }
        return 1 - sum * Math.exp(lead);
    }
    const tiny = 1e-300;
    let b = x + 1 - a;
    let c = 1 / tiny;
    let d = 1 / b;
    let h = d;
    for (let i = 1; i < 10000; i++) {
        const an = -i * (i - a);
        b += 2;
        d = an * d + b;
        if (Math.abs(d) < tiny)
            d = tiny;
        c = b + an / c;
        if (Math.abs(c) < tiny)
            c = tiny;
        d = 1 / d;
        const delta = d * c;
        h *= delta;
        if (Math.abs(delta - 1) < EPS)
            break;
    }
    return Math.exp(lead) * h;
}
/** Survival function of the chi-square distribution, scipy.stats.chi2.sf. */
function chi2Sf(x, dof) {
    return gammaQ(dof / 2, x / 2);
}
/** Complementary error function: erfc(x) = Q(1/2, x\u00b2) for x >= 0, reflected below zero. */
function erfc(x) {
    const q = gammaQ(0.5, x * x);
    return x >= 0 ? q : 2 - q;
}
/** Standard normal CDF, scipy.stats.norm.cdf. */
function normalCdf(z) {
    return 0.5 * erfc(-z / Math.SQRT2);
}

;// CONCATENATED MODULE: ./src/core/drift/tests.ts
/**
 * The per-column drift tests, with Evidently's definitions (evidently.calculations.stattests) and
 * scipy's formulas underneath. Inputs are counts that DuckDB computes; nothing here reads data.
 */

function totals(counts) {
    let a = 0;
    let b = 0;
    for (const [x, y] of counts) {
        a += x;
        b += y;
    }
    return [a, b];
}
/** Evidently's chi_stat_test: scipy.stats.chisquare(current counts, reference counts scaled to current size). */
function chiSquareTest(counts) {
    const [nRef, nCur] = totals(counts);
    const k = nCur / nRef;
    let stat = 0;
    for (const [ref, cur] of counts) {
        const expected = ref * k;
        stat += expected === 0 ? (cur === 0 ? 0 : Infinity) : (cur - expected) ** 2 / expected;
    }
    return { statistic: stat, pValue: counts.length < 2 ? 1 : chi2Sf(stat, counts.length - 1) };
}
/** Evidently's z_stat_test: two-proportion Z test on the share of the first category, p = 2\u00b7(1 \u2212 \u03a6(|z|)). */
function proportionZTest(counts) {
    if (counts.length <= 1)
        return { statistic: 0, pValue: 1 };
    const [n1, n2] = totals(counts);
    const [r, c] = counts[0];
    const p1 = r / n1;
    const p2 = c / n2;
    const p = (p1 * n1 + p2 * n2) / (n1 + n2);
    const z = (p1 - p2) / Math.sqrt(p * (1 - p) * (1 / n1 + 1 / n2));
    return { statistic: z, pValue: 2 * (1 - normalCdf(Math.abs(z))) };
}
/**
 * scipy.stats.wasserstein_distance from value counts sorted by value, divided by
 * max(reference population std, 0.001) as Evidently's wasserstein_distance_norm.
 */
function wassersteinNorm(values, counts, refStd) {
    const [n1, n2] = totals(counts);
    let c1 = 0;
    let c2 = 0;
    let sum = 0;
    for (let i = 0; i < values.length - 1; i++) {
        c1 += counts[i][0];
        c2 += counts[i][1];
        sum += Math.abs(c1 / n1 - c2 / n2) * (values[i + 1] - values[i]);
    }
    return sum / Math.max(refStd, 0.001);
}
/** Proportions per bin as Evidently's get_binned_data, optionally replacing zeros ("feel_zeroes"). */
function binnedPercents(counts, fillZeroes) {
    const [n1, n2] = totals(counts);
    const ref = counts.map(([a]) => a / n1);
    const cur = counts.map(([, b]) => b / n2);
    return fillZeroes ? [fillZeros(ref), fillZeros(cur)] : [ref, cur];
}
function fillZeros(p) {
    const nonzero = p.filter((x) => x !== 0);
    if (nonzero.length === p.length)
        return p;
    const min = Math.min(...nonzero);
    const fill = min <= 0.0001 ? min / 1e6 : 0.0001;
    return p.map((x) => (x === 0 ? fill : x));
}
/** Evidently's PSI: \u03a3 (ref \u2212 cur)\u00b7ln(ref / cur) over bins with zeros filled. */
function psi(counts) {
    const [ref, cur] = binnedPercents(counts, true);
    let s = 0;
    for (let i = 0; i < ref.length; i++)
        s += (ref[i] - cur[i]) * Math.log(ref[i] / cur[i]);
    return s;
}
/** Evidently's kl_div: scipy.stats.entropy(ref, cur) (both renormalised) over bins with zeros filled. */
function klDivergence(counts) {
    const [ref, cur] = binnedPercents(counts, true).map(normalise);
    let s = 0;
    for (let i = 0; i < ref.length; i++)
        if (ref[i] > 0)
            s += ref[i] * Math.log(ref[i] / cur[i]);
    return s;
}
/** Evidently's jensenshannon: scipy.spatial.distance.jensenshannon (natural log) on raw proportions. */
function jensenShannon(counts) {
    const [p, q] = binnedPercents(counts, false).map(normalise);
    let s = 0;
    for (let i = 0; i < p.length; i++) {
        const m = (p[i] + q[i]) / 2;
        if (p[i] > 0)
            s += p[i] * Math.log(p[i] / m);
        if (q[i] > 0)
            s += q[i] * Math.log(q[i] / m);
    }
    return Math.sqrt(Math.max(0, s / 2));
}
/** Hellinger distance on the binned proportions: sqrt(1 \u2212 \u03a3 sqrt(p\u00b7q)) (Evidently's hellinger). */
function hellinger(counts) {
    const [p, q] = binnedPercents(counts, false);
    let bc = 0;
    for (let i = 0; i < p.length; i++)
        bc += Math.sqrt(p[i] * q[i]);
    return Math.sqrt(Math.max(0, 1 - bc));
}
function normalise(p) {
    const s = p.reduce((a, b) => a + b, 0);
    return p.map((x) => x / s);
}

;// CONCATENATED MODULE: ./src/core/drift/column.ts
/** One column's drift verdict from the counts the engine gathered for its test. */



/** Runs the named test on the column's counts. */
function scoreColumn(test, data) {
    switch (test) {
        case 'ks': {
            const { n1, n2, dInt } = data.summary ?? ksFromCounts(data.counts);
            const r = ksTest(n1, n2, dInt);
            return { score: r.pValue, statistic: r.statistic };
        }
        case 'chisquare': {
            const r = chiSquareTest(data.counts);
            return { score: r.pValue, statistic: r.statistic };
        }
        case 'z': {
            const r = proportionZTest(data.counts);
            return { score: r.pValue, statistic: r.statistic };
        }
        case 'wasserstein':
            if (data.summary)
                return { score: data.summary.wasserstein / Math.max(data.referenceStd ?? 0, 0.001) };
            return { score: wassersteinNorm(data.keys, data.counts, data.referenceStd ?? 0) };
        case 'jensenshannon':
            return { score: jensenShannon(data.counts) };
        case 'psi':
            return { score: psi(data.counts) };
        case 'kl_div':
            return { score: klDivergence(data.counts) };
        case 'hellinger':
            return { score: hellinger(data.counts) };
    }
}
/** Scores a column and decides whether it drifted. */
function columnDrift(column, kind, test, threshold, data) {
    const { score, statistic } = scoreColumn(test, data);
    let referenceRows = data.summary?.n1 ?? 0;
    let currentRows = data.summary?.n2 ?? 0;
    for (const [a, b] of data.counts) {
        referenceRows += a;
        currentRows += b;
    }
    const result = {
        column,
        kind,
        test,
        testLabel: DRIFT_TESTS[test].label,
        score,
        threshold,
        drifted: isDrifted(test, score, threshold),
        referenceRows,
        currentRows,
    };
    if (statistic !== undefined)
        result.statistic = statistic;
    return result;
}
/** Dataset-level verdict over the per-column results. */
function datasetDrift(columns, driftShare = 0.5) {
    const driftedColumns = columns.filter((c) => c.drifted).length;
    const share = columns.length ? driftedColumns / columns.length : 0;
    return { columns, driftedColumns, share, driftShare, drifted: columns.length > 0 && share >= driftShare };
}

;// CONCATENATED MODULE: ./src/core/data/profile.ts
/**
 * A data profile: per column count, nulls, distinct, min, max, mean, std, quantiles, top categories and
 * a histogram (Sturges edges). Small enough for a release asset; usable as a drift reference when the
 * raw reference data is not kept (see driftCountsFromProfile for how each test is approximated).
 */

const profile_PROFILE_VERSION = 1;
const profile_PROFILE_QUANTILES = (/* unused pure expression or super */ null && ([0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99]));
/** Categories kept per column; the rest is counted as `other_count`. */
const profile_PROFILE_TOP = 50;
/** True when a parsed JSON value looks like a profile (drift then uses it as the reference). */
function isProfile(value) {
    const v = value;
    return typeof v === 'object' && v !== null && typeof v.version === 'number' && Array.isArray(v.columns);
}
/**
 * Counts for a drift test from a reference profile and the current data's counts on the same keys:
 * categorical tests use the top categories (exact when the column had at most PROFILE_TOP distinct
 * values, otherwise the rest is one `(other)` bucket); numerical tests use the reference histogram's
 * edges (current values outside them fall in the first or last bin), K-S compares the two ECDFs at
 * the bin edges (a lower bound of D) and Wasserstein integrates the binned ECDF difference.
 */
function profileHistogramCounts(column, current) {
    const h = column.histogram;
    const counts = h.counts.map((c) => [c, 0]);
    const last = h.edges.length - 2;
    for (const x of current) {
        const i = x < h.edges[0] ? 0 : x > h.edges[h.edges.length - 1] ? last : binOf(x, h.edges);
        counts[i][1]++;
    }
    return { keys: h.edges.slice(0, -1), counts, referenceStd: column.std ?? 0 };
}
/** Binned K-S numerator and Wasserstein integral on the histogram's edges (see profileHistogramCounts). */
function binnedSummary(edges, counts) {
    let n1 = 0;
    let n2 = 0;
    for (const [a, b] of counts) {
        n1 += a;
        n2 += b;
    }
    let c1 = 0;
    let c2 = 0;
    let dInt = 0;
    let w = 0;
    counts.forEach(([a, b], i) => {
        c1 += a;
        c2 += b;
        dInt = Math.max(dInt, Math.abs(c1 * n2 - c2 * n1));
        if (i < counts.length - 1)
            w +=
                Math.abs(c1 / n1 - c2 / n2) * (edges[i + 2] - edges[i + 1]) * 0.5 +
                    Math.abs(c1 / n1 - c2 / n2) * (edges[i + 1] - edges[i]) * 0.5;
    });
    return { n1, n2, dInt, wasserstein: w };
}

;// CONCATENATED MODULE: ./src/adapters/duckdb/profile.ts
/** Profiles a data source in DuckDB: one aggregate pass for every column, then histograms and top categories. */





/** The profile of a typed source (read with `typed: true`). */
async function profileSource(engine, source) {
    try {
        const v = quoteIdent(source.view);
        const parts = ['count(*) AS n'];
        source.columns.forEach((c, i) => {
            const q = quoteIdent(c.name);
            parts.push(`count(${q}) AS n${i}`, `count(DISTINCT ${q}) AS d${i}`);
            if (isNumericType(c.type)) {
                const x = `CASE WHEN isfinite(CAST(${q} AS DOUBLE)) THEN CAST(${q} AS DOUBLE) END`;
                parts.push(`min(${x}) AS lo${i}`, `max(${x}) AS hi${i}`, `avg(${x}) AS m${i}`, `stddev_pop(${x}) AS s${i}`, `quantile_cont(${x}, [${PROFILE_QUANTILES.join(', ')}]) AS q${i}`);
            }
            else {
                parts.push(`min(CAST(${q} AS VARCHAR)) AS lo${i}`, `max(CAST(${q} AS VARCHAR)) AS hi${i}`);
            }
        });
        const row = (await engine.all(`SELECT ${parts.join(', ')} FROM ${v}`))[0] ?? {};
        const rows = Number(row.n ?? 0);
        const columns = [];
        for (const [i, c] of source.columns.entries()) {
            const numeric = isNumericType(c.type);
            const count = Number(row[`n${i}`] ?? 0);
            const p = {
                name: c.name,
                type: c.type,
                kind: numeric ? 'numerical' : 'categorical',
                count,
                nulls: rows - count,
                distinct: Number(row[`d${i}`] ?? 0),
                min: asValue(row[`lo${i}`]),
                max: asValue(row[`hi${i}`]),
                top: [],
                other_count: 0,
            };
            if (numeric) {
                p.mean = asNumber(row[`m${i}`]);
                p.std = asNumber(row[`s${i}`]);
                const qs = Array.isArray(row[`q${i}`]) ? row[`q${i}`] : [];
                p.quantiles = Object.fromEntries(PROFILE_QUANTILES.map((q, k) => [String(q), asNumber(qs[k])]));
                if (typeof p.min === 'number' && typeof p.max === 'number')
                    p.histogram = await histogram(engine, v, c.name, p.min, p.max, count);
            }
            if (!numeric || p.distinct <= PROFILE_TOP)
                await topCategories(engine, v, c.name, p);
            columns.push(p);
        }
        return { version: PROFILE_VERSION, source: source.displayPath, rows, columns };
    }
    catch (error) {
        throw engineError(error, source.displayPath);
    }
}
async function histogram(engine, view, name, min, max, count) {
    const edges = sturgesEdges(min, max, count);
    const nb = edges.length - 1;
    const p = new Params();
    const q = `CAST(${quoteIdent(name)} AS DOUBLE)`;
    const first = p.add(edges[0]);
    const span = p.add(edges[nb] - edges[0]);
    const n = p.add(nb);
    const rows = await engine.all(`SELECT least(CAST(trunc(((${q} - ${first}) / ${span}) * ${n}) AS BIGINT), ${n} - 1) AS i, count(*) AS c FROM ${view} WHERE isfinite(${q}) GROUP BY 1`, p.values);
    const counts = edges.slice(1).map(() => 0);
    for (const r of rows)
        counts[Math.max(0, Math.min(nb - 1, Number(r.i)))] += Number(r.c);
    return { edges, counts };
}
async function topCategories(engine, view, name, p) {
    const q = quoteIdent(name);
    const params = new Params();
    const rows = await engine.all(`SELECT CAST(${q} AS VARCHAR) AS v, count(*) AS c FROM ${view} WHERE ${q} IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ${params.add(PROFILE_TOP)}`, params.values);
    p.top = rows.map((r) => ({ value: String(r.v), count: Number(r.c) }));
    p.other_count = p.count - p.top.reduce((a, t) => a + t.count, 0);
}
function asNumber(v) {
    return typeof v === 'number' && Number.isFinite(v) ? v : null;
}
function asValue(v) {
    if (typeof v === 'number')
        return Number.isFinite(v) ? v : null;
    return v === null || v === undefined ? null : String(v);
}
/** Reads a profile JSON written by `mlops data profile`, or undefined when the file is data. */
async function readProfile(file) {
    if (!file.toLowerCase().endsWith('.json'))
        return undefined;
    let value;
    try {
        value = JSON.parse(await (0,promises_.readFile)(file, 'utf8'));
    }
    catch {
        return undefined;
    }
    return isProfile(value) ? value : undefined;
}

;// CONCATENATED MODULE: ./src/adapters/duckdb/drift.ts
/**
 * Drift between a reference and a current data source. DuckDB does the heavy lifting (one pass for
 * column statistics, then per column a GROUP BY: cumulative counts for K-S and Wasserstein, category
 * counts, or histogram bins with numpy's bin rule); the tests themselves are pure (src/core/drift).
 */








/** The columns both sides share, each numerical when numeric on both sides (Evidently's column types). */
function sharedColumns(reference, current, options = {}) {
    const out = [];
    reference.forEach((r) => {
        const c = current.find((x) => x.name === r.name);
        const own = options.columns?.[r.name];
        if (!c || own?.ignore)
            return;
        const kind = own?.kind ?? ((0,duckdb_source/* isNumericType */.cD)(r.type) && (0,duckdb_source/* isNumericType */.cD)(c.type) ? 'numerical' : 'categorical');
        out.push({ name: r.name, kind, alias: `c${out.length}` });
    });
    return out;
}
/** Compares current with reference column by column and decides dataset drift. */
async function runDrift(engine, reference, current, options = {}) {
    const columns = sharedColumns(reference.columns, current.columns, options);
    try {
        await materialise(engine, reference, current, columns);
        const stats = await columnStats(engine, columns);
        const results = [];
        for (const col of columns) {
            const s = stats.get(col.alias);
            if (s.n1 === 0 || s.n2 === 0)
                continue;
            const { test, threshold } = chooseTest(col.name, col.kind, s.n1, s.distinct, options);
            const input = DRIFT_TESTS[test].input(col.kind);
            const data = input === 'values'
                ? await values(engine, col, s)
                : input === 'bins'
                    ? await bins(engine, col, s, options)
                    : await categories(engine, col);
            results.push(columnDrift(col.name, col.kind, test, threshold, data));
        }
        return datasetDrift(results, options.driftShare ?? 0.5);
    }
    catch (error) {
        throw (0,duckdb_source/* engineError */.v_)(error, `${reference.displayPath} / ${current.displayPath}`);
    }
    finally {
        await engine.run('DROP TABLE IF EXISTS drift_data').catch(() => undefined);
    }
}
/** Both sides in one table (side 0 = reference), numbers as DOUBLE with NaN/inf as NULL, the rest as text. */
async function materialise(engine, reference, current, columns) {
    const select = (view, side) => `SELECT ${side} AS side${columns
        .map((c) => {
        const q = (0,data_sql/* quoteIdent */.v)(c.name);
        const v = c.kind === 'numerical'
            ? `CASE WHEN isfinite(TRY_CAST(${q} AS DOUBLE)) THEN TRY_CAST(${q} AS DOUBLE) END`
            : `CAST(${q} AS VARCHAR)`;
        return `, ${v} AS ${c.alias}`;
    })
        .join('')} FROM ${(0,data_sql/* quoteIdent */.v)(view)}`;
    // Row order does not matter here: letting DuckDB insert out of order parallelises the load.
    await engine.run('SET preserve_insertion_order = false');
    try {
        await engine.run(`CREATE OR REPLACE TEMP TABLE drift_data AS ${select(reference.view, 0)} UNION ALL ${select(current.view, 1)}`);
    }
    finally {
        await engine.run('RESET preserve_insertion_order');
    }
}
async function columnStats(engine, columns) {
    const out = new Map();
    if (!columns.length)
        return out;
    const parts = columns.flatMap((c) => {
        const a = c.alias;
        const num = c.kind === 'numerical';
        return [
            `count(${a}) FILTER (WHERE side = 0) AS ${a}_n1`,
            `count(${a}) FILTER (WHERE side = 1) AS ${a}_n2`,
            num
                ? `min(${a}) AS ${a}_min, max(${a}) AS ${a}_max, stddev_pop(${a}) FILTER (WHERE side = 0) AS ${a}_std`
                : `NULL AS ${a}_min, NULL AS ${a}_max, NULL AS ${a}_std`,
        ];
    });
    const row = (await engine.all(`SELECT ${parts.join(', ')} FROM drift_data`))[0] ?? {};
    // Evidently only asks whether there are more than 2 or 5 distinct values: a sample of 10,000 rows
    // usually shows many more; only columns with few distinct values in it are counted exactly.
    const sampled = (await engine.all(`SELECT ${columns.map((c) => `count(DISTINCT ${c.alias}) AS ${c.alias}_d`).join(', ')} FROM (SELECT * FROM drift_data LIMIT 10000)`))[0] ?? {};
    for (const c of columns)
        row[`${c.alias}_d`] = sampled[`${c.alias}_d`];
    const few = columns.filter((c) => Number(row[`${c.alias}_d`]) < 100);
    if (few.length) {
        const exact = (await engine.all(`SELECT ${few.map((c) => `count(DISTINCT ${c.alias}) AS ${c.alias}_d`).join(', ')} FROM drift_data`))[0] ?? {};
        for (const c of few)
            row[`${c.alias}_d`] = exact[`${c.alias}_d`];
    }
    for (const c of columns) {
        const a = c.alias;
        out.set(a, {
            n1: Number(row[`${a}_n1`]),
            n2: Number(row[`${a}_n2`]),
            distinct: Number(row[`${a}_d`]),
            min: Number(row[`${a}_min`]),
            max: Number(row[`${a}_max`]),
            std: Number(row[`${a}_std`] ?? 0),
        });
    }
    return out;
}
/** K-S numerator (exact integers) and the Wasserstein integral from cumulative counts per distinct value. */
async function values(engine, col, s) {
    const p = new data_sql/* Params */.X();
    const n1 = p.add(s.n1);
    const n2 = p.add(s.n2);
    const a = col.alias;
    const sql = `WITH g AS (SELECT ${a} AS x, count(*) FILTER (WHERE side = 0) AS r, count(*) FILTER (WHERE side = 1) AS c FROM drift_data WHERE ${a} IS NOT NULL GROUP BY ${a}),
    w AS (SELECT x, sum(r) OVER (ORDER BY x) AS cr, sum(c) OVER (ORDER BY x) AS cc, lead(x) OVER (ORDER BY x) AS nx FROM g)
    SELECT max(abs(CAST(cr AS HUGEINT) * ${n2} - CAST(cc AS HUGEINT) * ${n1})) AS d, sum(abs(cr / ${n1} - cc / ${n2}) * (nx - x)) AS w FROM w`;
    const row = (await engine.all(sql, p.values))[0] ?? {};
    return {
        keys: [],
        counts: [],
        referenceStd: s.std,
        summary: { n1: s.n1, n2: s.n2, dInt: Number(row.d ?? 0), wasserstein: Number(row.w ?? 0) },
    };
}
async function categories(engine, col) {
    const a = col.alias;
    const rows = await engine.all(`SELECT CAST(${a} AS VARCHAR) AS k, count(*) FILTER (WHERE side = 0) AS r, count(*) FILTER (WHERE side = 1) AS c FROM drift_data WHERE ${a} IS NOT NULL GROUP BY 1 ORDER BY 1`);
    return { keys: rows.map((r) => String(r.k)), counts: rows.map((r) => [Number(r.r), Number(r.c)]) };
}
/** Histogram counts with numpy's rule: trunc((x \u2212 first)/(last \u2212 first)\u00b7bins), corrected against the edges. */
async function bins(engine, col, s, options) {
    const edges = typeof options.bins === 'number'
        ? equalEdges(s.min, s.max, options.bins)
        : binning_sturgesEdges(s.min, s.max, s.n1 + s.n2);
    const nb = edges.length - 1;
    const p = new data_sql/* Params */.X();
    const first = p.add(edges[0]);
    const span = p.add(edges[nb] - edges[0]);
    const n = p.add(nb);
    const list = `list_value(${edges.map((e) => p.add(e)).join(', ')})`;
    const a = col.alias;
    const sql = `WITH i0 AS (SELECT side, ${a} AS x, least(CAST(trunc(((${a} - ${first}) / ${span}) * ${n}) AS BIGINT), ${n} - 1) AS i FROM drift_data WHERE ${a} IS NOT NULL),
    i1 AS (SELECT side, x, CASE WHEN x < list_extract(${list}, i + 1) THEN i - 1 ELSE i END AS i FROM i0),
    i2 AS (SELECT side, CASE WHEN x >= list_extract(${list}, i + 2) AND i <> ${n} - 1 THEN i + 1 ELSE i END AS i FROM i1)
    SELECT i, count(*) FILTER (WHERE side = 0) AS r, count(*) FILTER (WHERE side = 1) AS c FROM i2 GROUP BY i ORDER BY i`;
    const rows = await engine.all(sql, p.values);
    const counts = edges.slice(1).map(() => [0, 0]);
    for (const r of rows)
        counts[Number(r.i)] = [Number(r.r), Number(r.c)];
    return { keys: edges.slice(0, -1), counts };
}
/**
 * Drift of the current data against a stored profile (when the raw reference is not kept): the
 * approximations are those of src/core/data/profile.ts: reference histogram edges for numerical
 * columns (K-S at the bin edges, Wasserstein between bin midpoints), top categories plus `(other)`.
 */
async function runDriftAgainstProfile(engine, profile, current, options = {}) {
    const results = [];
    try {
        for (const col of profile.columns) {
            if (!current.columns.some((c) => c.name === col.name) ||
                options.columns?.[col.name]?.ignore ||
                col.count === 0)
                continue;
            const kind = options.columns?.[col.name]?.kind ?? col.kind;
            const { test, threshold } = chooseTest(col.name, kind, col.count, col.distinct, options);
            const input = DRIFT_TESTS[test].input(kind);
            let data;
            if (kind === 'numerical' && col.histogram) {
                const counts = await currentBins(engine, current, col.name, col.histogram.edges, col.histogram.counts);
                data =
                    input === 'values'
                        ? {
                            keys: [],
                            counts: [],
                            referenceStd: col.std ?? 0,
                            summary: binnedSummary(col.histogram.edges, counts),
                        }
                        : { keys: col.histogram.edges.slice(0, -1), counts };
            }
            else {
                data = await currentCategories(engine, current, col);
            }
            if (data.counts.length === 0 && !data.summary)
                continue;
            results.push(columnDrift(col.name, kind, test, threshold, data));
        }
    }
    catch (error) {
        throw (0,duckdb_source/* engineError */.v_)(error, current.displayPath);
    }
    return datasetDrift(results, options.driftShare ?? 0.5);
}
async function currentBins(engine, current, name, edges, reference) {
    const nb = edges.length - 1;
    const p = new data_sql/* Params */.X();
    const q = `TRY_CAST(${(0,data_sql/* quoteIdent */.v)(name)} AS DOUBLE)`;
    const first = p.add(edges[0]);
    const span = p.add(edges[nb] - edges[0]);
    const n = p.add(nb);
    const rows = await engine.all(`SELECT greatest(0, least(CAST(trunc(((${q} - ${first}) / ${span}) * ${n}) AS BIGINT), ${n} - 1)) AS i, count(*) AS c FROM ${(0,data_sql/* quoteIdent */.v)(current.view)} WHERE isfinite(${q}) GROUP BY 1`, p.values);
    const counts = reference.map((r) => [r, 0]);
    for (const r of rows)
        counts[Number(r.i)][1] += Number(r.c);
    return counts;
}
async function currentCategories(engine, current, col) {
    const q = (0,data_sql/* quoteIdent */.v)(col.name);
    const rows = await engine.all(`SELECT CAST(${q} AS VARCHAR) AS k, count(*) AS c FROM ${(0,data_sql/* quoteIdent */.v)(current.view)} WHERE ${q} IS NOT NULL GROUP BY 1`);
    const ref = new Map(col.top.map((t) => [t.value, t.count]));
    const cur = new Map();
    for (const r of rows) {
        const key = ref.has(String(r.k)) || col.other_count === 0 ? String(r.k) : '(other)';
        cur.set(key, (cur.get(key) ?? 0) + Number(r.c));
    }
    if (col.other_count > 0)
        ref.set('(other)', col.other_count);
    const keys = [...new Set([...ref.keys(), ...cur.keys()])].sort();
    return { keys, counts: keys.map((k) => [ref.get(k) ?? 0, cur.get(k) ?? 0]) };
}
/**
 * Drift of `current` against `reference` (a data file, or a profile JSON), paths resolved against
 * `cwd`; URLs are passed through to the engine.
 */
async function driftBetween(engine, cwd, reference, current, options = {}) {
    const resolve = (p) => (/^https?:\/\//i.test(p) || external_node_path_default().isAbsolute(p) ? p : external_node_path_default().resolve(cwd, p));
    const profile = await readProfile(resolve(reference));
    const c = await (0,duckdb_source/* openSource */.oD)(engine, resolve(current), 'current', { typed: true, displayPath: current });
    if (profile)
        return runDriftAgainstProfile(engine, profile, c, options);
    const r = await (0,duckdb_source/* openSource */.oD)(engine, resolve(reference), 'reference', {
        typed: true,
        displayPath: reference,
    });
    return runDrift(engine, r, c, options);
}

// EXTERNAL MODULE: ./src/adapters/duckdb/engine.ts + 1 modules
var duckdb_engine = __webpack_require__(67);
;// CONCATENATED MODULE: ./src/core/evaluate/labels.ts
/**
 * Class labels as written in a predictions file. Numbers name one class whatever their spelling
 * (`1`, `1.0`, `1e0`), as pandas reads a numeric column before scikit-learn or Fairlearn compares
 * labels; any other value is a class exactly as written (`yes`, `no`, `true`, `Spam`).
 */
/** Whether a label is a number (the same test np.unique's numeric order applies, see compareLabels). */
function isNumericLabel(value) {
    return value.trim() !== '' && Number.isFinite(Number(value));
}
const classKey = (value) => (isNumericLabel(value) ? `n:${Number(value)}` : `s:${value}`);
/** Maps each spelling to the one spelling that names its class (the shortest, then the first in text order). */
function labels_labelClasses(values) {
    const spellings = new Map();
    for (const v of new Set(values)) {
        const key = classKey(v);
        spellings.set(key, [...(spellings.get(key) ?? []), v]);
    }
    const out = new Map();
    for (const list of spellings.values()) {
        const name = [...list].sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0))[0];
        for (const v of list)
            out.set(v, name);
    }
    return out;
}
/** The classes (canonical spellings from labelClasses) equal to one of the requested labels. */
function labels_matchingClasses(classes, requested) {
    const wanted = new Set(requested.map(classKey));
    return new Set([...classes.values()].filter((name) => wanted.has(classKey(name))));
}
/** The spellings of `name` found in the data (for comparing a text column in SQL). */
function labels_spellingsOf(classes, name) {
    return [...classes].filter(([, c]) => c === name).map(([raw]) => raw);
}
/** Up to `max` labels for a message, sorted, with how many were left out. */
function labels_listLabels(labels, max = 10) {
    const all = [...new Set(labels)].sort();
    const shown = all
        .slice(0, max)
        .map((l) => `'${l}'`)
        .join(', ');
    return all.length > max ? `${shown} and ${all.length - max} more` : shown;
}

;// CONCATENATED MODULE: ./src/adapters/duckdb/metrics.ts
/**
 * Counts for fairness and evaluation metrics, computed in DuckDB (GROUP BY group, label, prediction)
 * so that predictions files of any size reduce to a few rows; the metrics are pure (src/core).
 */






/** Labels read as positive unless --pos-label says otherwise (1, true, yes in their usual spellings). */
const DEFAULT_POSITIVE = ['1', '1.0', 'true', 'True', 'TRUE', 'yes', 'Yes', 'YES'];
function requireColumns(source, names) {
    for (const name of names) {
        if (!source.columns.some((c) => c.name === name)) {
            throw new errors/* UserError */.yo(`column '${name}' is not in ${source.displayPath}`, {
                file: source.displayPath,
                line: 1,
                hint: `Columns are: ${source.columns
                    .map((c) => c.name)
                    .slice(0, 30)
                    .join(', ')}`,
            });
        }
    }
}
const metrics_text = (col) => `CAST(${(0,data_sql/* quoteIdent */.v)(col)} AS VARCHAR)`;
const groupExpr = (cols) => cols.length === 1
    ? `coalesce(${metrics_text(cols[0])}, '(missing)')`
    : `concat_ws(',', ${cols.map((c) => `coalesce(${metrics_text(c)}, '(missing)')`).join(', ')})`;
/**
 * The source with its CSV columns as written. DuckDB's sniffer reads yes/no, t/f and true/false as
 * BOOLEAN (printed true/false) and 1.0 as DOUBLE, so a positive label `no` would never match; a
 * CSV whose label, prediction or group columns got such a type is read again as text. JSON Lines
 * and Parquet carry their own types, which print as written (`true`, `1`). A view derived from the
 * file (the monitor's join with ground truth) has other columns than the file and keeps its types.
 */
async function asWritten(engine, source, columns) {
    const csv = source.format === 'csv' || source.format === 'tsv';
    if (!csv || source.columns.every((c) => !columns.includes(c.name) || c.type === 'VARCHAR'))
        return source;
    const text = await (0,duckdb_source/* openSource */.oD)(engine, source.input, `${source.view}_text`, {
        format: source.format,
        typed: false,
        rejects: false,
        displayPath: source.displayPath,
    });
    const names = (s) => JSON.stringify(s.columns.map((c) => c.name));
    return names(text) === names(source) ? text : source;
}
/** More (group, label, prediction) combinations than this means a column holds scores, not labels. */
const MAX_CELLS = 100_000;
/** Row counts per (group, true label, predicted label), labels as text; rows missing either label are left out. */
async function labelCells(engine, source, opts) {
    const notNull = `${(0,data_sql/* quoteIdent */.v)(opts.label)} IS NOT NULL AND ${(0,data_sql/* quoteIdent */.v)(opts.prediction)} IS NOT NULL`;
    const rows = await query(engine, source, `SELECT ${opts.group} AS g, ${metrics_text(opts.label)} AS a, ${metrics_text(opts.prediction)} AS p, count(*) AS n
      FROM ${(0,data_sql/* quoteIdent */.v)(source.view)} WHERE ${notNull} GROUP BY ALL LIMIT ${MAX_CELLS + 1}`);
    if (rows.length > MAX_CELLS)
        throw new errors/* UserError */.yo(`'${opts.label}' and '${opts.prediction}' of ${source.displayPath} have too many distinct values to be class labels`, {
            file: source.displayPath,
            hint: 'Pass the columns holding the true and the predicted class (a probability column goes to --score).',
        });
    return rows.map((r) => ({
        group: String(r.g),
        actual: String(r.a),
        predicted: String(r.p),
        count: Number(r.n),
    }));
}
/** Fairlearn-style group metrics for a binary classifier; several sensitive columns form intersectional groups. */
async function fairnessOf(engine, source, opts) {
    const columns = [opts.label, opts.prediction, ...opts.sensitive];
    requireColumns(source, columns);
    const data = await asWritten(engine, source, columns);
    const cells = await labelCells(engine, data, { ...opts, group: groupExpr(opts.sensitive) });
    if (!cells.length)
        throw new errors/* UserError */.yo(`${source.displayPath} has no rows with both '${opts.label}' and '${opts.prediction}'`, { file: source.displayPath });
    const classes = labels_labelClasses(cells.flatMap((c) => [c.actual, c.predicted]));
    const positive = labels_matchingClasses(classes, opts.positive ?? DEFAULT_POSITIVE);
    if (!positive.size)
        throw noPositive(source.displayPath, opts, classes);
    const isPositive = (label) => positive.has(classes.get(label));
    const groups = new Map();
    for (const c of cells) {
        const g = groups.get(c.group) ?? { group: c.group, tp: 0, fp: 0, fn: 0, tn: 0 };
        const y = isPositive(c.actual);
        const yhat = isPositive(c.predicted);
        g[y ? (yhat ? 'tp' : 'fn') : yhat ? 'fp' : 'tn'] += c.count;
        groups.set(c.group, g);
    }
    return fairnessSummary([...groups.values()].sort((a, b) => (a.group < b.group ? -1 : a.group > b.group ? 1 : 0)));
}
/** A positive label that occurs in neither column would make every rate 0: an error instead. */
function noPositive(file, opts, classes) {
    const values = `(their values: ${labels_listLabels(classes.values())})`;
    return new errors/* UserError */.yo(opts.positive
        ? `the positive label ${labels_listLabels(opts.positive)} occurs neither in '${opts.label}' nor in '${opts.prediction}' of ${file} ${values}`
        : `none of the default positive labels (1, true, yes) occurs in '${opts.label}' or '${opts.prediction}' of ${file} ${values}`, {
        file,
        hint: 'Name the positive label as it is written in the file: `--pos-label` of `mlops fairness`, or `fairness.positive_label` in .github/mlops.yml.',
    });
}
/** Classification metrics per slice (one slice `''` without --slice). */
async function classificationOf(engine, source, opts) {
    const columns = [opts.label, opts.prediction, ...(opts.slice ? [opts.slice] : [])];
    requireColumns(source, [...columns, ...(opts.score ? [opts.score] : [])]);
    const data = await asWritten(engine, source, columns);
    const s = opts.slice ? groupExpr([opts.slice]) : "''";
    const cells = await labelCells(engine, data, { ...opts, group: s });
    const classes = labelClasses(cells.flatMap((c) => [c.actual, c.predicted]));
    const positive = opts.positive === undefined ? undefined : positiveClass(data.displayPath, opts, classes);
    const out = new Map();
    for (const slice of [...new Set(cells.map((c) => c.group))].sort()) {
        const cm = confusionMatrix(cells
            .filter((c) => c.group === slice)
            .map((c) => ({
            actual: classes.get(c.actual),
            predicted: classes.get(c.predicted),
            count: c.count,
        })));
        const m = classificationMetrics(cm, positive);
        out.set(slice, {
            ...m,
            labels: cm.labels,
            confusion: cm.matrix,
            rows: cm.matrix.flat().reduce((a, b) => a + b, 0),
        });
    }
    if (opts.score)
        await addScoreMetrics(engine, data, { ...opts, score: opts.score }, s, out, classes);
    return out;
}
/** The class of --pos-label; like scikit-learn ("pos_label=\u2026 is not a valid label"), an absent one is an error. */
function positiveClass(file, opts, classes) {
    const [match] = matchingClasses(classes, [opts.positive]);
    if (match !== undefined)
        return match;
    throw new UserError(`the positive label '${opts.positive}' is not a label of '${opts.label}' or '${opts.prediction}' in ${file} (labels: ${listLabels(classes.values())})`, { file, hint: 'Pass --pos-label as the label is written in the file.' });
}
/** ROC AUC and log loss for binary labels from a probability-of-positive column (sklearn, eps = float64 eps). */
async function addScoreMetrics(engine, source, opts, s, out, classes) {
    const v = quoteIdent(source.view);
    for (const [slice, m] of out) {
        if (m.labels.length > 2 || !m.binary)
            continue;
        const p = new Params();
        const pos = spellingsOf(classes, m.binary.positive).map((l) => p.add(l));
        const sl = p.add(slice);
        const y = `(${metrics_text(opts.label)} IN (${pos.join(', ')}))`;
        const sc = `TRY_CAST(${quoteIdent(opts.score)} AS DOUBLE)`;
        const where = `${s} = ${sl} AND ${quoteIdent(opts.label)} IS NOT NULL AND ${sc} IS NOT NULL`;
        const groups = await query(engine, source, `SELECT ${sc} AS score, count_if(${y}) AS pos, count_if(NOT ${y}) AS neg FROM ${v} WHERE ${where} GROUP BY 1`, p.values);
        m.roc_auc = rocAuc(groups.map((g) => ({ score: Number(g.score), positives: Number(g.pos), negatives: Number(g.neg) })));
        const eps = p.add(2.220446049250313e-16);
        const clipped = `least(greatest(${sc}, ${eps}), 1 - ${eps})`;
        const loss = await query(engine, source, `SELECT avg(CASE WHEN ${y} THEN -ln(${clipped}) ELSE -ln(1 - ${clipped}) END) AS l FROM ${v} WHERE ${where}`, p.values);
        m.log_loss = Number(loss[0]?.l);
    }
}
/** scikit-learn's regression metrics per slice; R\u00b2 is 1 when the truth is constant and predicted exactly, else 0 (force_finite). */
async function regressionOf(engine, source, opts) {
    requireColumns(source, [opts.label, opts.prediction, ...(opts.slice ? [opts.slice] : [])]);
    const s = opts.slice ? groupExpr([opts.slice]) : "''";
    const y = `TRY_CAST(${quoteIdent(opts.label)} AS DOUBLE)`;
    const f = `TRY_CAST(${quoteIdent(opts.prediction)} AS DOUBLE)`;
    const p = new Params();
    const eps = p.add(2.220446049250313e-16);
    const sql = `WITH d AS (SELECT ${s} AS s, ${y} AS y, ${f} AS f FROM ${quoteIdent(source.view)} WHERE ${y} IS NOT NULL AND ${f} IS NOT NULL),
    m AS (SELECT s, avg(y) AS my FROM d GROUP BY s)
    SELECT d.s, count(*) AS n, avg(abs(y - f)) AS mae, avg((y - f) * (y - f)) AS mse, sum((y - f) * (y - f)) AS ssr, sum((y - my) * (y - my)) AS sst,
      avg(abs(y - f) / greatest(abs(y), ${eps})) AS mape FROM d JOIN m USING (s) GROUP BY d.s ORDER BY d.s`;
    const rows = await query(engine, source, sql, p.values);
    const out = new Map();
    for (const r of rows) {
        const ssr = Number(r.ssr);
        const sst = Number(r.sst);
        const mse = Number(r.mse);
        out.set(String(r.s), {
            rows: Number(r.n),
            mae: Number(r.mae),
            mse,
            rmse: Math.sqrt(mse),
            r2: sst === 0 ? (ssr === 0 ? 1 : 0) : 1 - ssr / sst,
            mape: Number(r.mape),
        });
    }
    return out;
}
/** Per-fold metric rows of a cross-validation results file (numeric columns only). */
async function foldsOf(engine, source) {
    const rows = await query(engine, source, `SELECT * FROM ${quoteIdent(source.view)}`);
    return rows.map((r) => {
        const out = {};
        for (const [k, v] of Object.entries(r))
            if (typeof v === 'number' && !/^(fold|split|index)$/i.test(k))
                out[k] = v;
        return out;
    });
}
async function query(engine, source, sql, params = []) {
    try {
        return await engine.all(sql, params);
    }
    catch (error) {
        throw (0,duckdb_source/* engineError */.v_)(error, source.displayPath);
    }
}

;// CONCATENATED MODULE: ./src/adapters/duckdb/check-data.ts
/**
 * The check-data report (action and root action): data contracts of the given cards or of every
 * configured dataset, drift of every dataset that configures a pair (plus the pair given as input),
 * and fairness when `fairness.predictions` (or an input) names a predictions file; each section with
 * its own blocks and findings, in one report. DuckDB is opened only when something needs it.
 */













/** The combined report: contracts, then drift per pair, then fairness. */
async function checkDataReport(workspace, inputs) {
    const loaded = await (0,config/* loadConfig */.Z)(workspace);
    const plan = planChecks(workspace, loaded, inputs);
    if (!plan.contracts.length && !plan.pairs.length && !plan.fairness) {
        if (!plan.findings.length)
            throw new errors/* UserError */.yo('nothing to check: no `contracts` input, no datasets in .github/mlops.yml, no drift pair and no fairness predictions', {
                hint: 'List datasets (name, path, optionally drift) in .github/mlops.yml, set fairness.predictions, or set the `contracts` input.',
            });
        return {
            ...emptyReport(),
            summary: 'nothing checked (see the findings)',
            findings: plan.findings,
        };
    }
    const engine = await duckdb_engine/* Engine */.N.open({ memoryLimit: inputs.memoryLimit });
    try {
        const report = plan.contracts.length
            ? await contractsSection(engine, workspace, plan.contracts, inputs.data)
            : emptyReport();
        for (const pair of plan.pairs)
            append(report, await driftSection(engine, workspace, pair, loaded.config));
        if (plan.fairness)
            append(report, await fairnessSection(engine, workspace, plan.fairness, loaded.config));
        report.findings.push(...plan.findings);
        if (plan.pairs.length || plan.fairness)
            report.title = 'Data checks';
        return report;
    }
    finally {
        engine.close();
    }
}
function planChecks(workspace, loaded, inputs) {
    const { config } = loaded;
    const selected = inputs.datasets
        ? config.datasets.filter((d) => inputs.datasets.includes(d.name))
        : config.datasets;
    const contracts = inputs.contracts.length ? inputs.contracts : selected.map((d) => cardOf(workspace, d));
    const drift = configuredDrift(workspace, loaded, selected);
    if (inputs.reference && inputs.current)
        drift.pairs.push({ reference: inputs.reference, current: inputs.current });
    else if (inputs.reference || inputs.current)
        throw new errors/* UserError */.yo('drift-reference and drift-current go together: only one of them is set', {
            hint: 'Set both inputs, or neither (configured pairs come from `datasets[].drift` in .github/mlops.yml).',
        });
    const fairness = inputs.fairness === false ? { findings: [] } : configuredFairness(workspace, loaded, inputs.fairness);
    const ownErrors = inputs.configFindings === false ? [] : loaded.findings.filter((f) => f.severity === 'error');
    return {
        contracts,
        pairs: drift.pairs,
        fairness: fairness.value,
        findings: [...ownErrors, ...drift.findings, ...fairness.findings],
    };
}
function emptyReport() {
    return { purpose: 'data', title: 'Data checks', summary: '', findings: [], blocks: [] };
}
async function contractsSection(engine, workspace, contracts, data) {
    const { summaries, findings } = await checkContracts(engine, workspace, contracts, data);
    const report = dataCheckReport(summaries, findings);
    // Its error and warning counts are the contracts' alone: the rendered report counts every section.
    return { ...report, summary: report.summary?.replace(/; \d+ errors?, \d+ warnings?$/, '') };
}
/** One pair's drift report; a file the engine cannot use becomes a finding instead of ending the run. */
async function driftSection(engine, workspace, pair, config) {
    const label = pair.dataset ? `Drift of ${pair.dataset}` : 'Drift';
    const prefix = pair.dataset ? `${pair.dataset}: ` : '';
    try {
        const drift = await driftBetween(engine, workspace, pair.reference, pair.current, driftOptionsFromConfig(config.drift));
        const r = driftReport(drift, pair.reference, pair.current);
        return {
            ...r,
            title: label,
            summary: `${prefix}${r.summary ?? ''}`,
            findings: r.findings.map((f) => ({ ...f, message: `${prefix}${f.message}` })),
        };
    }
    catch (error) {
        if (!(0,errors/* isUserError */.iU)(error))
            throw error;
        const finding = unusableFinding(error, { file: pair.current, rule: 'drift/unreadable' });
        return failedSection(label, `${prefix}drift not measured`, finding);
    }
}
/** The fairness report of the predictions file, as `mlops fairness` makes it. */
async function fairnessSection(engine, workspace, f, config) {
    try {
        const source = await (0,duckdb_source/* openSource */.oD)(engine, external_node_path_default().resolve(workspace, f.predictions), 'predictions', {
            typed: true,
            displayPath: f.predictions,
        });
        const summary = await fairnessOf(engine, source, {
            label: f.label,
            prediction: f.prediction,
            sensitive: f.sensitive,
            positive: f.positive,
        });
        const r = fairnessReport(summary, config.fairness.thresholds, f.predictions, f.sensitive);
        return { ...r, summary: `fairness: ${r.summary ?? ''}` };
    }
    catch (error) {
        if (!(0,errors/* isUserError */.iU)(error))
            throw error;
        const finding = unusableFinding(error, { file: f.predictions, rule: 'fairness/unreadable' });
        return failedSection('Fairness', 'fairness not assessed', finding);
    }
}
function failedSection(title, summary, finding) {
    return {
        purpose: 'data',
        title,
        summary,
        findings: [finding],
        blocks: [{ kind: 'markdown', text: `Not run: ${finding.message}` }],
    };
}
/** Adds a section under its own heading, with its findings and its line in the summary. */
function append(report, section) {
    report.findings.push(...section.findings);
    report.blocks.push({ kind: 'heading', text: section.title, level: 3 }, ...section.blocks);
    report.summary = [report.summary, section.summary].filter(Boolean).join('; ');
}


/***/ })

};

export const id = 61;
export const ids = [61];
export const modules = {

/***/ 7329:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nw: () => (/* binding */ runDriftAgainstProfile),
/* harmony export */   le: () => (/* binding */ runDrift),
/* harmony export */   uq: () => (/* binding */ driftBetween)
/* harmony export */ });
/* unused harmony export sharedColumns */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_drift_binning_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(96);
/* harmony import */ var _core_drift_column_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8074);
/* harmony import */ var _core_drift_select_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4239);
/* harmony import */ var _core_data_profile_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3981);
/* harmony import */ var _core_data_sql_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4820);
/* harmony import */ var _profile_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3067);
/* harmony import */ var _source_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4813);
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
        const kind = own?.kind ?? ((0,_source_js__WEBPACK_IMPORTED_MODULE_4__/* .isNumericType */ .cD)(r.type) && (0,_source_js__WEBPACK_IMPORTED_MODULE_4__/* .isNumericType */ .cD)(c.type) ? 'numerical' : 'categorical');
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
            const { test, threshold } = (0,_core_drift_select_js__WEBPACK_IMPORTED_MODULE_2__/* .chooseTest */ .YF)(col.name, col.kind, s.n1, s.distinct, options);
            const input = _core_drift_select_js__WEBPACK_IMPORTED_MODULE_2__/* .DRIFT_TESTS */ .qx[test].input(col.kind);
            const data = input === 'values'
                ? await values(engine, col, s)
                : input === 'bins'
                    ? await bins(engine, col, s, options)
                    : await categories(engine, col);
            results.push((0,_core_drift_column_js__WEBPACK_IMPORTED_MODULE_1__/* .columnDrift */ .U4)(col.name, col.kind, test, threshold, data));
        }
        return (0,_core_drift_column_js__WEBPACK_IMPORTED_MODULE_1__/* .datasetDrift */ .Eg)(results, options.driftShare ?? 0.5);
    }
    catch (error) {
        throw (0,_source_js__WEBPACK_IMPORTED_MODULE_4__/* .engineError */ .v_)(error, `${reference.displayPath} / ${current.displayPath}`);
    }
    finally {
        await engine.run('DROP TABLE IF EXISTS drift_data').catch(() => undefined);
    }
}
/** Both sides in one table (side 0 = reference), numbers as DOUBLE with NaN/inf as NULL, the rest as text. */
async function materialise(engine, reference, current, columns) {
    const select = (view, side) => `SELECT ${side} AS side${columns
        .map((c) => {
        const q = (0,_core_data_sql_js__WEBPACK_IMPORTED_MODULE_5__/* .quoteIdent */ .v)(c.name);
        const v = c.kind === 'numerical'
            ? `CASE WHEN isfinite(TRY_CAST(${q} AS DOUBLE)) THEN TRY_CAST(${q} AS DOUBLE) END`
            : `CAST(${q} AS VARCHAR)`;
        return `, ${v} AS ${c.alias}`;
    })
        .join('')} FROM ${(0,_core_data_sql_js__WEBPACK_IMPORTED_MODULE_5__/* .quoteIdent */ .v)(view)}`;
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
    const p = new _core_data_sql_js__WEBPACK_IMPORTED_MODULE_5__/* .Params */ .X();
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
        ? (0,_core_drift_binning_js__WEBPACK_IMPORTED_MODULE_6__/* .equalEdges */ .Fl)(s.min, s.max, options.bins)
        : (0,_core_drift_binning_js__WEBPACK_IMPORTED_MODULE_6__/* .sturgesEdges */ .EX)(s.min, s.max, s.n1 + s.n2);
    const nb = edges.length - 1;
    const p = new _core_data_sql_js__WEBPACK_IMPORTED_MODULE_5__/* .Params */ .X();
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
            const { test, threshold } = (0,_core_drift_select_js__WEBPACK_IMPORTED_MODULE_2__/* .chooseTest */ .YF)(col.name, kind, col.count, col.distinct, options);
            const input = _core_drift_select_js__WEBPACK_IMPORTED_MODULE_2__/* .DRIFT_TESTS */ .qx[test].input(kind);
            let data;
            if (kind === 'numerical' && col.histogram) {
                const counts = await currentBins(engine, current, col.name, col.histogram.edges, col.histogram.counts);
                data =
                    input === 'values'
                        ? {
                            keys: [],
                            counts: [],
                            referenceStd: col.std ?? 0,
                            summary: (0,_core_data_profile_js__WEBPACK_IMPORTED_MODULE_7__/* .binnedSummary */ .h5)(col.histogram.edges, counts),
                        }
                        : { keys: col.histogram.edges.slice(0, -1), counts };
            }
            else {
                data = await currentCategories(engine, current, col);
            }
            if (data.counts.length === 0 && !data.summary)
                continue;
            results.push((0,_core_drift_column_js__WEBPACK_IMPORTED_MODULE_1__/* .columnDrift */ .U4)(col.name, kind, test, threshold, data));
        }
    }
    catch (error) {
        throw (0,_source_js__WEBPACK_IMPORTED_MODULE_4__/* .engineError */ .v_)(error, current.displayPath);
    }
    return (0,_core_drift_column_js__WEBPACK_IMPORTED_MODULE_1__/* .datasetDrift */ .Eg)(results, options.driftShare ?? 0.5);
}
async function currentBins(engine, current, name, edges, reference) {
    const nb = edges.length - 1;
    const p = new _core_data_sql_js__WEBPACK_IMPORTED_MODULE_5__/* .Params */ .X();
    const q = `TRY_CAST(${(0,_core_data_sql_js__WEBPACK_IMPORTED_MODULE_5__/* .quoteIdent */ .v)(name)} AS DOUBLE)`;
    const first = p.add(edges[0]);
    const span = p.add(edges[nb] - edges[0]);
    const n = p.add(nb);
    const rows = await engine.all(`SELECT greatest(0, least(CAST(trunc(((${q} - ${first}) / ${span}) * ${n}) AS BIGINT), ${n} - 1)) AS i, count(*) AS c FROM ${(0,_core_data_sql_js__WEBPACK_IMPORTED_MODULE_5__/* .quoteIdent */ .v)(current.view)} WHERE isfinite(${q}) GROUP BY 1`, p.values);
    const counts = reference.map((r) => [r, 0]);
    for (const r of rows)
        counts[Number(r.i)][1] += Number(r.c);
    return counts;
}
async function currentCategories(engine, current, col) {
    const q = (0,_core_data_sql_js__WEBPACK_IMPORTED_MODULE_5__/* .quoteIdent */ .v)(col.name);
    const rows = await engine.all(`SELECT CAST(${q} AS VARCHAR) AS k, count(*) AS c FROM ${(0,_core_data_sql_js__WEBPACK_IMPORTED_MODULE_5__/* .quoteIdent */ .v)(current.view)} WHERE ${q} IS NOT NULL GROUP BY 1`);
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
    const resolve = (p) => (/^https?:\/\//i.test(p) || node_path__WEBPACK_IMPORTED_MODULE_0___default().isAbsolute(p) ? p : node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(cwd, p));
    const profile = await (0,_profile_js__WEBPACK_IMPORTED_MODULE_3__/* .readProfile */ .e)(resolve(reference));
    const c = await (0,_source_js__WEBPACK_IMPORTED_MODULE_4__/* .openSource */ .oD)(engine, resolve(current), 'current', { typed: true, displayPath: current });
    if (profile)
        return runDriftAgainstProfile(engine, profile, c, options);
    const r = await (0,_source_js__WEBPACK_IMPORTED_MODULE_4__/* .openSource */ .oD)(engine, resolve(reference), 'reference', {
        typed: true,
        displayPath: reference,
    });
    return runDrift(engine, r, c, options);
}


/***/ }),

/***/ 8063:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  AZ: () => (/* binding */ classificationOf),
  xe: () => (/* binding */ fairnessOf),
  k4: () => (/* binding */ foldsOf),
  RS: () => (/* binding */ regressionOf)
});

// UNUSED EXPORTS: DEFAULT_POSITIVE

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
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
function labelClasses(values) {
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
function matchingClasses(classes, requested) {
    const wanted = new Set(requested.map(classKey));
    return new Set([...classes.values()].filter((name) => wanted.has(classKey(name))));
}
/** The spellings of `name` found in the data (for comparing a text column in SQL). */
function spellingsOf(classes, name) {
    return [...classes].filter(([, c]) => c === name).map(([raw]) => raw);
}
/** Up to `max` labels for a message, sorted, with how many were left out. */
function listLabels(labels, max = 10) {
    const all = [...new Set(labels)].sort();
    const shown = all
        .slice(0, max)
        .map((l) => `'${l}'`)
        .join(', ');
    return all.length > max ? `${shown} and ${all.length - max} more` : shown;
}

;// CONCATENATED MODULE: ./src/core/evaluate/classification.ts
/** Classification metrics with scikit-learn's definitions, from a confusion matrix and score counts. */

// zero_division=0, as sklearn returns (with a warning) when a denominator is zero.
const div = (a, b) => (b === 0 ? 0 : a / b);
const f1 = (p, r) => div(2 * p * r, p + r);
/** Builds a confusion matrix from (true, predicted, count) triples, labels sorted as sklearn sorts them. */
function confusionMatrix(cells) {
    const labels = [...new Set(cells.flatMap((c) => [c.actual, c.predicted]))].sort(compareLabels);
    const index = new Map(labels.map((l, i) => [l, i]));
    const matrix = labels.map(() => labels.map(() => 0));
    for (const c of cells)
        matrix[index.get(c.actual)][index.get(c.predicted)] += c.count;
    return { labels, matrix };
}
/** Numbers in numeric order, otherwise text order (np.unique on the label array). */
function compareLabels(a, b) {
    if (isNumericLabel(a) && isNumericLabel(b))
        return Number(a) - Number(b);
    return a < b ? -1 : a > b ? 1 : 0;
}
/** Accuracy, per-class and averaged precision / recall / F1 (precision_recall_fscore_support). */
function classificationMetrics(cm, positive) {
    const k = cm.labels.length;
    const total = cm.matrix.flat().reduce((a, b) => a + b, 0);
    let correct = 0;
    const perClass = cm.labels.map((label, i) => {
        const tp = cm.matrix[i][i];
        correct += tp;
        const predicted = cm.matrix.reduce((s, row) => s + row[i], 0);
        const support = cm.matrix[i].reduce((a, b) => a + b, 0);
        const precision = div(tp, predicted);
        const recall = div(tp, support);
        return { label, precision, recall, f1: f1(precision, recall), support };
    });
    const mean = (f) => div(perClass.reduce((s, c) => s + f(c), 0), k);
    const weighted = (f) => div(perClass.reduce((s, c) => s + f(c) * c.support, 0), total);
    const accuracy = div(correct, total);
    const out = {
        accuracy,
        perClass,
        precision_macro: mean((c) => c.precision),
        recall_macro: mean((c) => c.recall),
        f1_macro: mean((c) => c.f1),
        // Micro averages over all labels equal accuracy for single-label classification.
        precision_micro: accuracy,
        recall_micro: accuracy,
        f1_micro: accuracy,
        precision_weighted: weighted((c) => c.precision),
        recall_weighted: weighted((c) => c.recall),
        f1_weighted: weighted((c) => c.f1),
    };
    if (k === 2) {
        const pos = positive !== undefined && cm.labels.includes(positive) ? positive : cm.labels[1];
        const c = perClass.find((x) => x.label === pos);
        out.binary = { positive: pos, precision: c.precision, recall: c.recall, f1: c.f1 };
    }
    return out;
}
/**
 * sklearn's roc_auc_score for binary labels: the trapezoidal area under the ROC curve, from counts of
 * positives and negatives per distinct score (ties form one step, as roc_curve's thresholds do).
 */
function rocAuc(scores) {
    const sorted = [...scores].sort((a, b) => b.score - a.score);
    const p = sorted.reduce((s, x) => s + x.positives, 0);
    const n = sorted.reduce((s, x) => s + x.negatives, 0);
    if (p === 0 || n === 0)
        return NaN;
    let tp = 0;
    let fp = 0;
    let area = 0;
    for (const x of sorted) {
        const tp2 = tp + x.positives;
        const fp2 = fp + x.negatives;
        area += ((fp2 - fp) * (tp + tp2)) / 2;
        tp = tp2;
        fp = fp2;
    }
    return area / (p * n);
}

// EXTERNAL MODULE: ./src/core/fairness/metrics.ts
var metrics = __webpack_require__(4);
// EXTERNAL MODULE: ./src/core/data/sql.ts
var data_sql = __webpack_require__(4820);
// EXTERNAL MODULE: ./src/adapters/duckdb/source.ts
var duckdb_source = __webpack_require__(4813);
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
    const classes = labelClasses(cells.flatMap((c) => [c.actual, c.predicted]));
    const positive = matchingClasses(classes, opts.positive ?? DEFAULT_POSITIVE);
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
    return (0,metrics/* fairnessSummary */.Y7)([...groups.values()].sort((a, b) => (a.group < b.group ? -1 : a.group > b.group ? 1 : 0)));
}
/** A positive label that occurs in neither column would make every rate 0: an error instead. */
function noPositive(file, opts, classes) {
    const values = `(their values: ${listLabels(classes.values())})`;
    return new errors/* UserError */.yo(opts.positive
        ? `the positive label ${listLabels(opts.positive)} occurs neither in '${opts.label}' nor in '${opts.prediction}' of ${file} ${values}`
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
    throw new errors/* UserError */.yo(`the positive label '${opts.positive}' is not a label of '${opts.label}' or '${opts.prediction}' in ${file} (labels: ${listLabels(classes.values())})`, { file, hint: 'Pass --pos-label as the label is written in the file.' });
}
/** ROC AUC and log loss for binary labels from a probability-of-positive column (sklearn, eps = float64 eps). */
async function addScoreMetrics(engine, source, opts, s, out, classes) {
    const v = (0,data_sql/* quoteIdent */.v)(source.view);
    for (const [slice, m] of out) {
        if (m.labels.length > 2 || !m.binary)
            continue;
        const p = new data_sql/* Params */.X();
        const pos = spellingsOf(classes, m.binary.positive).map((l) => p.add(l));
        const sl = p.add(slice);
        const y = `(${metrics_text(opts.label)} IN (${pos.join(', ')}))`;
        const sc = `TRY_CAST(${(0,data_sql/* quoteIdent */.v)(opts.score)} AS DOUBLE)`;
        const where = `${s} = ${sl} AND ${(0,data_sql/* quoteIdent */.v)(opts.label)} IS NOT NULL AND ${sc} IS NOT NULL`;
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
    const y = `TRY_CAST(${(0,data_sql/* quoteIdent */.v)(opts.label)} AS DOUBLE)`;
    const f = `TRY_CAST(${(0,data_sql/* quoteIdent */.v)(opts.prediction)} AS DOUBLE)`;
    const p = new data_sql/* Params */.X();
    const eps = p.add(2.220446049250313e-16);
    const sql = `WITH d AS (SELECT ${s} AS s, ${y} AS y, ${f} AS f FROM ${(0,data_sql/* quoteIdent */.v)(source.view)} WHERE ${y} IS NOT NULL AND ${f} IS NOT NULL),
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
    const rows = await query(engine, source, `SELECT * FROM ${(0,data_sql/* quoteIdent */.v)(source.view)}`);
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


/***/ }),

/***/ 3067:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ profileSource),
/* harmony export */   e: () => (/* binding */ readProfile)
/* harmony export */ });
/* harmony import */ var _core_drift_binning_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(96);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_data_profile_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3981);
/* harmony import */ var _core_data_sql_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4820);
/* harmony import */ var _source_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4813);
/** Profiles a data source in DuckDB: one aggregate pass for every column, then histograms and top categories. */





/** The profile of a typed source (read with `typed: true`). */
async function profileSource(engine, source) {
    try {
        const v = (0,_core_data_sql_js__WEBPACK_IMPORTED_MODULE_2__/* .quoteIdent */ .v)(source.view);
        const parts = ['count(*) AS n'];
        source.columns.forEach((c, i) => {
            const q = (0,_core_data_sql_js__WEBPACK_IMPORTED_MODULE_2__/* .quoteIdent */ .v)(c.name);
            parts.push(`count(${q}) AS n${i}`, `count(DISTINCT ${q}) AS d${i}`);
            if ((0,_source_js__WEBPACK_IMPORTED_MODULE_1__/* .isNumericType */ .cD)(c.type)) {
                const x = `CASE WHEN isfinite(CAST(${q} AS DOUBLE)) THEN CAST(${q} AS DOUBLE) END`;
                parts.push(`min(${x}) AS lo${i}`, `max(${x}) AS hi${i}`, `avg(${x}) AS m${i}`, `stddev_pop(${x}) AS s${i}`, `quantile_cont(${x}, [${_core_data_profile_js__WEBPACK_IMPORTED_MODULE_3__/* .PROFILE_QUANTILES */ .XY.join(', ')}]) AS q${i}`);
            }
            else {
                parts.push(`min(CAST(${q} AS VARCHAR)) AS lo${i}`, `max(CAST(${q} AS VARCHAR)) AS hi${i}`);
            }
        });
        const row = (await engine.all(`SELECT ${parts.join(', ')} FROM ${v}`))[0] ?? {};
        const rows = Number(row.n ?? 0);
        const columns = [];
        for (const [i, c] of source.columns.entries()) {
            const numeric = (0,_source_js__WEBPACK_IMPORTED_MODULE_1__/* .isNumericType */ .cD)(c.type);
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
                p.quantiles = Object.fromEntries(_core_data_profile_js__WEBPACK_IMPORTED_MODULE_3__/* .PROFILE_QUANTILES */ .XY.map((q, k) => [String(q), asNumber(qs[k])]));
                if (typeof p.min === 'number' && typeof p.max === 'number')
                    p.histogram = await histogram(engine, v, c.name, p.min, p.max, count);
            }
            if (!numeric || p.distinct <= _core_data_profile_js__WEBPACK_IMPORTED_MODULE_3__/* .PROFILE_TOP */ .IQ)
                await topCategories(engine, v, c.name, p);
            columns.push(p);
        }
        return { version: _core_data_profile_js__WEBPACK_IMPORTED_MODULE_3__/* .PROFILE_VERSION */ .PL, source: source.displayPath, rows, columns };
    }
    catch (error) {
        throw (0,_source_js__WEBPACK_IMPORTED_MODULE_1__/* .engineError */ .v_)(error, source.displayPath);
    }
}
async function histogram(engine, view, name, min, max, count) {
    const edges = (0,_core_drift_binning_js__WEBPACK_IMPORTED_MODULE_4__/* .sturgesEdges */ .EX)(min, max, count);
    const nb = edges.length - 1;
    const p = new _core_data_sql_js__WEBPACK_IMPORTED_MODULE_2__/* .Params */ .X();
    const q = `CAST(${(0,_core_data_sql_js__WEBPACK_IMPORTED_MODULE_2__/* .quoteIdent */ .v)(name)} AS DOUBLE)`;
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
    const q = (0,_core_data_sql_js__WEBPACK_IMPORTED_MODULE_2__/* .quoteIdent */ .v)(name);
    const params = new _core_data_sql_js__WEBPACK_IMPORTED_MODULE_2__/* .Params */ .X();
    const rows = await engine.all(`SELECT CAST(${q} AS VARCHAR) AS v, count(*) AS c FROM ${view} WHERE ${q} IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ${params.add(_core_data_profile_js__WEBPACK_IMPORTED_MODULE_3__/* .PROFILE_TOP */ .IQ)}`, params.values);
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
        value = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8'));
    }
    catch {
        return undefined;
    }
    return (0,_core_data_profile_js__WEBPACK_IMPORTED_MODULE_3__/* .isProfile */ .S9)(value) ? value : undefined;
}


/***/ }),

/***/ 3981:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IQ: () => (/* binding */ PROFILE_TOP),
/* harmony export */   PL: () => (/* binding */ PROFILE_VERSION),
/* harmony export */   S9: () => (/* binding */ isProfile),
/* harmony export */   XY: () => (/* binding */ PROFILE_QUANTILES),
/* harmony export */   h5: () => (/* binding */ binnedSummary)
/* harmony export */ });
/* unused harmony export profileHistogramCounts */
/**
 * A data profile: per column count, nulls, distinct, min, max, mean, std, quantiles, top categories and
 * a histogram (Sturges edges). Small enough for a release asset; usable as a drift reference when the
 * raw reference data is not kept (see driftCountsFromProfile for how each test is approximated).
 */

const PROFILE_VERSION = 1;
const PROFILE_QUANTILES = [0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99];
/** Categories kept per column; the rest is counted as `other_count`. */
const PROFILE_TOP = 50;
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


/***/ }),

/***/ 96:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EX: () => (/* binding */ sturgesEdges),
/* harmony export */   Fl: () => (/* binding */ equalEdges)
/* harmony export */ });
/* unused harmony export binOf */
/**
 * Histogram binning exactly as numpy: np.histogram_bin_edges(bins='sturges') for the edges
 * (Evidently's get_binned_data) and np.histogram's bin assignment, so that proportions computed in
 * SQL agree with the Python reference bit for bit.
 */
/** numpy's Sturges edges over data spanning [min, max] with `count` values (equal-width, linspace). */
function sturgesEdges(min, max, count) {
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
function binOf(x, edges) {
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


/***/ }),

/***/ 8074:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  U4: () => (/* binding */ columnDrift),
  Eg: () => (/* binding */ datasetDrift)
});

// UNUSED EXPORTS: scoreColumn

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

// EXTERNAL MODULE: ./src/core/drift/select.ts
var drift_select = __webpack_require__(4239);
// EXTERNAL MODULE: ./src/core/drift/special.ts
var special = __webpack_require__(7780);
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
    return { statistic: stat, pValue: counts.length < 2 ? 1 : (0,special/* chi2Sf */.wv)(stat, counts.length - 1) };
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
    return { statistic: z, pValue: 2 * (1 - (0,special/* normalCdf */.vr)(Math.abs(z))) };
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
        testLabel: drift_select/* DRIFT_TESTS */.qx[test].label,
        score,
        threshold,
        drifted: (0,drift_select/* isDrifted */.TJ)(test, score, threshold),
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


/***/ }),

/***/ 8669:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ driftReport),
/* harmony export */   M: () => (/* binding */ driftFindings)
/* harmony export */ });
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


/***/ }),

/***/ 4239:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TJ: () => (/* binding */ isDrifted),
/* harmony export */   YF: () => (/* binding */ chooseTest),
/* harmony export */   qe: () => (/* binding */ driftOptionsFromConfig),
/* harmony export */   qx: () => (/* binding */ DRIFT_TESTS)
/* harmony export */ });
/* unused harmony export defaultTest */
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


/***/ }),

/***/ 7780:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SX: () => (/* binding */ logGamma),
/* harmony export */   vr: () => (/* binding */ normalCdf),
/* harmony export */   wv: () => (/* binding */ chi2Sf)
/* harmony export */ });
/* unused harmony exports gammaQ, erfc */
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


/***/ }),

/***/ 5339:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ cvSummary),
/* harmony export */   i: () => (/* binding */ thresholdFindings)
/* harmony export */ });
/** Mean and population standard deviation (numpy's default ddof=0) of each metric over folds. */
function cvSummary(folds) {
    const out = {};
    const names = [...new Set(folds.flatMap((f) => Object.keys(f)))];
    for (const name of names) {
        const xs = folds
            .map((f) => f[name])
            .filter((x) => typeof x === 'number' && Number.isFinite(x));
        if (!xs.length)
            continue;
        const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
        const std = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length);
        out[name] = { mean, std, folds: xs.length };
    }
    return out;
}
/** Findings for metrics outside their configured bounds (`evaluation.metrics` in .github/mlops.yml). */
function thresholdFindings(metrics, bounds, file, scope = '') {
    const findings = [];
    for (const [name, b] of Object.entries(bounds)) {
        const value = metrics[name];
        if (typeof value !== 'number')
            continue;
        const low = b.min !== undefined && value < b.min;
        const high = b.max !== undefined && value > b.max;
        if (!low && !high)
            continue;
        findings.push({
            rule: 'evaluate/threshold',
            severity: 'error',
            message: `${scope}${name} is ${value.toFixed(4)}, ${low ? `below the minimum ${b.min}` : `above the maximum ${b.max}`}`,
            file,
            hint: 'Improve the model, or change the bound in .github/mlops.yml (evaluation.metrics).',
        });
    }
    return findings;
}


/***/ }),

/***/ 4:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y7: () => (/* binding */ fairnessSummary),
/* harmony export */   qR: () => (/* binding */ fairnessFindings)
/* harmony export */ });
/* unused harmony export groupMetrics */
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


/***/ })

};

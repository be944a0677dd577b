export const id = 435;
export const ids = [435];
export const modules = {

/***/ 67:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  N: () => (/* binding */ Engine)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./src/adapters/duckdb/load.ts
/**
 * Where DuckDB comes from. The CLI imports `@duckdb/node-api` from node_modules. An action bundle
 * does not contain it (native, ~60 MB): on first use the exact pinned version is installed with npm
 * into the runner's tool cache, saved with @actions/cache (keyed by OS, architecture and version)
 * and restored on later runs. When none of that is possible, a UserError says why.
 */







/** The pinned DuckDB Node API version (must equal package.json's; a test checks it). */
const DUCKDB_VERSION = '1.5.6-r.1';
let cached;
/** The DuckDB module: from node_modules when present, else from the runner tool cache (installing it once). */
function loadDuckDB(env = process.env) {
    cached ??= importLocal().catch(() => installAndImport(env));
    return cached;
}
async function importLocal() {
    // External in scripts/build.mjs: the bundle keeps this import, resolved from node_modules at run time.
    // webpackIgnore: ncc would hoist an external into a static import, loading DuckDB (~100 ms) at start.
    return (await import(/* webpackIgnore: true */ '@duckdb/node-api'));
}
/** Cache key for the installed engine: OS, architecture and version. */
function duckdbCacheKey(platform = process.platform, arch = process.arch, version = DUCKDB_VERSION) {
    return `mlops-duckdb-${platform}-${arch}-${version}`;
}
/** The tool-cache directory the engine is installed into (RUNNER_TOOL_CACHE/mlops-duckdb/<version>/<arch>). */
function duckdbInstallDir(env, arch = process.arch, version = DUCKDB_VERSION) {
    const base = env.RUNNER_TOOL_CACHE;
    if (!base) {
        throw new errors/* UserError */.yo('DuckDB is not installed and RUNNER_TOOL_CACHE is not set, so it cannot be installed on demand', {
            hint: `Run inside a GitHub Actions runner, or install it yourself: npm install @duckdb/node-api@${DUCKDB_VERSION}`,
        });
    }
    return external_node_path_default().join(base, 'mlops-duckdb', version, arch);
}
/** The module entry point inside an install directory. */
function duckdbEntry(dir) {
    return external_node_path_default().join(dir, 'node_modules', '@duckdb', 'node-api', 'lib', 'index.js');
}
/** Installs the pinned version with npm into `dir` (no lockfile, no scripts of ours); throws a UserError on failure. */
async function npmInstallDuckDB(dir, options = {}) {
    const version = options.version ?? DUCKDB_VERSION;
    await (0,promises_.mkdir)(dir, { recursive: true });
    try {
        await (0,external_node_util_.promisify)(external_node_child_process_.execFile)(options.npm ?? 'npm', [
            'install',
            '--no-save',
            '--no-package-lock',
            '--no-audit',
            '--no-fund',
            '--prefix',
            dir,
            `@duckdb/node-api@${version}`,
        ], {
            timeout: 300_000,
            maxBuffer: 16 * 1024 * 1024,
            env: options.env ?? process.env,
        });
    }
    catch (error) {
        const detail = error.stderr || error.message;
        throw new errors/* UserError */.yo(`could not install DuckDB ${version} into ${dir}: ${firstLines(detail)}`, {
            hint: 'The data checks need DuckDB; allow the runner to reach the npm registry once (the install is cached afterwards), or preinstall @duckdb/node-api in the workflow.',
        });
    }
}
async function installAndImport(env) {
    const dir = duckdbInstallDir(env);
    const key = duckdbCacheKey();
    const cache = await __webpack_require__.e(/* import() */ 305).then(__webpack_require__.bind(__webpack_require__, 4305));
    const canCache = cache.isFeatureAvailable();
    if (!(0,external_node_fs_.existsSync)(duckdbEntry(dir)) && canCache)
        await cache.restoreCache([dir], key).catch(() => undefined);
    if (!(0,external_node_fs_.existsSync)(duckdbEntry(dir))) {
        await npmInstallDuckDB(dir);
        if (canCache)
            await cache.saveCache([dir], key).catch(() => undefined);
    }
    // webpackIgnore: ncc would otherwise route this runtime path through its own require and fail.
    return (await import(/* webpackIgnore: true */ (0,external_node_url_.pathToFileURL)(duckdbEntry(dir)).href));
}
function firstLines(text) {
    return text.trim().split('\n').slice(0, 3).join(' ').slice(0, 400);
}

;// CONCATENATED MODULE: ./src/adapters/duckdb/engine.ts


/** A connected DuckDB; close it when done. */
class Engine {
    instance;
    connection;
    constructor(instance, connection) {
        this.instance = instance;
        this.connection = connection;
    }
    /** Opens an in-memory database with the memory limit set and extension downloads disabled. */
    static async open(options = {}) {
        const duckdb = await loadDuckDB();
        const config = {
            memory_limit: options.memoryLimit ?? '2GB',
            // Never download extensions at run time: offline runs stay offline, and nothing untrusted is loaded.
            autoinstall_known_extensions: 'false',
        };
        if (options.threads)
            config.threads = String(options.threads);
        if (options.tempDirectory)
            config.temp_directory = options.tempDirectory;
        const instance = await duckdb.DuckDBInstance.create(':memory:', config);
        return new Engine(instance, await instance.connect());
    }
    /** Runs a statement with positional ($1 \u2026) parameters and returns plain JS rows (BIGINT as number). */
    async all(sql, params = []) {
        const started = Date.now();
        const reader = await this.connection.runAndReadAll(sql, params.length ? params.map(toValue) : undefined);
        if (process.env.MLOPS_DEBUG_SQL)
            debug(started, sql);
        return reader.getRowObjectsJS().map((row) => {
            const out = {};
            for (const [k, v] of Object.entries(row))
                out[k] = typeof v === 'bigint' ? Number(v) : v;
            return out;
        });
    }
    /** Runs a statement for its effect. */
    async run(sql, params = []) {
        const started = Date.now();
        await this.connection.run(sql, params.length ? params.map(toValue) : undefined);
        if (process.env.MLOPS_DEBUG_SQL)
            debug(started, sql);
    }
    /** True when a DuckDB extension is installed locally (it will then be loaded on use). */
    async hasExtension(name) {
        const rows = await this.all('SELECT installed FROM duckdb_extensions() WHERE extension_name = $1', [
            name,
        ]);
        return rows[0]?.installed === true;
    }
    close() {
        this.connection.closeSync();
        this.instance.closeSync();
    }
}
/** MLOPS_DEBUG_SQL=1 prints each statement with its time to stderr (for tuning; never parameter values). */
function debug(started, sql) {
    process.stderr.write(`[duckdb ${Date.now() - started} ms] ${sql.slice(0, 160).replace(/\s+/g, ' ')}\n`);
}
function toValue(v) {
    if (v === undefined)
        return null;
    if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean' || v === null)
        return v;
    throw new errors/* UserError */.yo(`cannot bind a ${typeof v} value to a query parameter`);
}


/***/ }),

/***/ 4813:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cD: () => (/* binding */ isNumericType),
/* harmony export */   oD: () => (/* binding */ openSource),
/* harmony export */   v_: () => (/* binding */ engineError)
/* harmony export */ });
/* unused harmony exports formatOf, WIDE_COLUMNS */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _core_data_sql_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4820);
/**
 * Data files as DuckDB views: CSV/TSV (dialect and header sniffed), JSON Lines, Parquet, optionally
 * gzip/zstd compressed, one file, a glob, or an https URL (only when DuckDB's httpfs extension is
 * already installed: the engine never downloads extensions). Malformed CSV rows are kept aside in a
 * rejects table and reported as findings with their line and column instead of failing the run.
 */




/** DuckDB's numeric types: such columns are numerical for drift and profiles (Evidently's column types). */
function isNumericType(type) {
    return /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|FLOAT|DOUBLE|DECIMAL.*)$/.test(type);
}
/** The format from a file name (compression and glob suffixes aside). */
function formatOf(input) {
    const name = input.toLowerCase().replace(/\.(gz|gzip|zst|zstd)$/, '');
    if (name.endsWith('.tsv') || name.endsWith('.tab'))
        return 'tsv';
    if (name.endsWith('.jsonl') || name.endsWith('.ndjson') || name.endsWith('.json'))
        return 'jsonl';
    if (name.endsWith('.parquet') || name.endsWith('.pq'))
        return 'parquet';
    return 'csv';
}
/** Above this many columns malformed CSV rows are skipped without being itemised. */
const WIDE_COLUMNS = 1000;
function wideNotice(file, columns) {
    return {
        rule: 'data/wide-file',
        severity: 'notice',
        message: `${file} has ${columns} columns: malformed rows (if any) were skipped without being listed`,
        file,
        hint: 'Split very wide files, or validate their rows with fewer columns at a time.',
    };
}
const literal = (s) => `'${s.replaceAll("'", "''")}'`;
/** Creates a view over the input and describes its columns. */
async function openSource(engine, input, view, options = {}) {
    const displayPath = options.displayPath ?? input;
    const format = options.format ?? formatOf(input);
    await checkReachable(engine, input, displayPath);
    const rejects = `${view}_rejects`;
    const typed = options.typed ?? false;
    const csv = format === 'csv' || format === 'tsv';
    // Contract checks list malformed rows; typed reads (drift, profiles, metrics) skip them without a second view.
    const record = csv && (options.rejects ?? !typed);
    const scanView = `${view}_scan`;
    try {
        // A view name reused for another file must not inherit the previous file's malformed rows.
        await engine.run(`DROP TABLE IF EXISTS ${(0,_core_data_sql_js__WEBPACK_IMPORTED_MODULE_3__/* .quoteIdent */ .v)(rejects)}`);
        await engine.run(`DROP TABLE IF EXISTS ${(0,_core_data_sql_js__WEBPACK_IMPORTED_MODULE_3__/* .quoteIdent */ .v)(`${rejects}_scan`)}`);
        await engine.run(`CREATE OR REPLACE TEMP VIEW ${(0,_core_data_sql_js__WEBPACK_IMPORTED_MODULE_3__/* .quoteIdent */ .v)(view)} AS SELECT * FROM ${readerSql(input, format, typed)}`);
        if (record) {
            await engine.run(`CREATE OR REPLACE TEMP VIEW ${(0,_core_data_sql_js__WEBPACK_IMPORTED_MODULE_3__/* .quoteIdent */ .v)(scanView)} AS SELECT * FROM ${readerSql(input, format, typed, rejects)}`);
        }
        const columns = await describe(engine, view);
        // Recording rejects needs every column in memory at once (see scanView): too much for very wide files.
        const wide = record && columns.length > WIDE_COLUMNS;
        return {
            view,
            scanView: record && !wide ? scanView : view,
            input,
            displayPath,
            format,
            columns,
            rejects: () => wide
                ? Promise.resolve([wideNotice(displayPath, columns.length)])
                : record
                    ? readRejects(engine, rejects, displayPath)
                    : Promise.resolve([]),
        };
    }
    catch (error) {
        throw engineError(error, displayPath);
    }
}
/**
 * The view's columns as recorded when it was created: `DESCRIBE` would bind the view again, which
 * re-runs the CSV sniffer over the file's first rows (about 50 ms each time).
 */
async function describe(engine, view) {
    const rows = await engine.all(`SELECT column_name, data_type AS column_type FROM duckdb_columns() WHERE database_name = 'temp' AND table_name = $1 ORDER BY column_index`, [view]);
    const described = rows.length ? rows : await engine.all(`DESCRIBE SELECT * FROM ${(0,_core_data_sql_js__WEBPACK_IMPORTED_MODULE_3__/* .quoteIdent */ .v)(view)}`);
    return described.map((r) => ({ name: String(r.column_name), type: String(r.column_type) }));
}
function readerSql(input, format, typed, rejects) {
    const file = literal(input);
    switch (format) {
        case 'parquet':
            return `read_parquet(${file})`;
        case 'jsonl':
            return `read_json(${file}, format = 'newline_delimited')`;
        default: {
            const delim = format === 'tsv' ? `, delim = ${literal('\t')}` : '';
            const types = typed ? '' : ', all_varchar = true';
            const errors = rejects
                ? `store_rejects = true, rejects_table = ${literal(rejects)}, rejects_scan = ${literal(`${rejects}_scan`)}`
                : 'ignore_errors = true';
            return `read_csv(${file}, header = true${delim}${types}, ${errors})`;
        }
    }
}
async function checkReachable(engine, input, displayPath) {
    if (/^https?:\/\//i.test(input)) {
        if (!(await engine.hasExtension('httpfs'))) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`cannot read ${displayPath}: reading over HTTP(S) needs DuckDB's httpfs extension, which is not installed, and extensions are never downloaded at run time`, {
                hint: 'Download the file in an earlier step and pass its local path, or install the extension once with `INSTALL httpfs` in a DuckDB of the same version.',
            });
        }
        return;
    }
    if (/[*?[]/.test(input))
        return;
    let size;
    try {
        size = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(input).size;
    }
    catch {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`data file not found: ${displayPath}`, {
            file: displayPath,
            hint: 'Check the path (relative to the repository root).',
        });
    }
    if (size === 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${displayPath} is empty: no header and no rows`, {
            file: displayPath,
            line: 1,
            hint: 'Write at least a header line.',
        });
}
async function readRejects(engine, table, file) {
    let rows;
    try {
        rows = await engine.all(`SELECT DISTINCT line, column_idx, column_name, error_type, error_message FROM ${(0,_core_data_sql_js__WEBPACK_IMPORTED_MODULE_3__/* .quoteIdent */ .v)(table)} ORDER BY line, column_idx LIMIT 100`);
    }
    catch {
        return [];
    }
    return rows.map((r) => ({
        rule: 'data/malformed-row',
        severity: 'error',
        message: `${String(r.error_type).toLowerCase()}${r.column_name ? ` in column '${String(r.column_name)}'` : ''}: ${String(r.error_message).split('\n')[0]}`,
        file,
        line: Number(r.line),
        column: Number(r.column_idx) || undefined,
        hint: 'Fix the row (quote fields that contain the delimiter, keep one value per column, save as UTF-8); the row was left out of the checks.',
    }));
}
/** Turns a DuckDB error on a data file into a UserError that names the file. */
function engineError(error, file) {
    if (error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo)
        return error;
    const message = error instanceof Error ? error.message : String(error);
    const first = message.split('\n').find((l) => l.trim()) ?? message;
    const line = /line[: ]+(\d+)/i.exec(message)?.[1];
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`cannot read ${file}: ${first}`, {
        file,
        line: line ? Number(line) : undefined,
        hint: `Check that ${node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(file)} is valid ${'CSV/TSV, JSON Lines or Parquet'} and UTF-8.`,
    });
}


/***/ }),

/***/ 8604:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ sha256File)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_sha256_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7424);
/** Streaming file digests: bounded memory whatever the file size. */


/**
 * SHA-256 and size of a file, streamed in 1 MiB chunks (large reads keep the hash near
 * `sha256sum`'s throughput; the default 64 KiB chunks cost ~15 % in syscalls and callbacks).
 */
function sha256File(file) {
    return new Promise((resolve, reject) => {
        const hash = (0,_core_sha256_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256 */ .s)();
        let bytes = 0;
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(file, { highWaterMark: 1024 * 1024 })
            .on('data', (chunk) => {
            bytes += chunk.length;
            hash.update(chunk);
        })
            .on('error', reject)
            .on('end', () => resolve({ sha256: hash.digest('hex'), bytes }));
    });
}


/***/ }),

/***/ 2435:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_FEEDBACK_DATASET: () => (/* binding */ DEFAULT_FEEDBACK_DATASET),
  feedbackCommands: () => (/* binding */ feedbackCommands)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/core/sha256.ts
var sha256 = __webpack_require__(7424);
// EXTERNAL MODULE: ./src/core/yaml/library.js
var library = __webpack_require__(6217);
// EXTERNAL MODULE: ./src/core/cards/frontmatter.ts
var frontmatter = __webpack_require__(9125);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/registry/semver.ts
var semver = __webpack_require__(4647);
;// CONCATENATED MODULE: ./src/core/feedback/card.ts
/**
 * Versioning the feedback dataset through its data card: the card's `files` entry for the dataset gets
 * the new sha256, bytes and rows, and the card's version a minor bump (new rows are new data; a
 * released version's content never changes). Comments and key order of the front matter are kept.
 */




/** The card text with the file's facts set and its version bumped from `baseVersion` (once, however often it is called). */
function updateCardFile(text, file, facts, baseVersion) {
    const split = (0,frontmatter/* splitFrontMatter */.v)(text.replace(/\r\n?/g, '\n'), file);
    if (!split.found)
        throw new errors/* UserError */.yo(`${file} has no YAML front matter`, { file, line: 1, hint: 'A data card starts with a --- block (mlops init-card data NAME writes one).' });
    const doc = (0,library/* parseDocument */.Tp)(split.yaml);
    if (doc.errors.length || !(0,library/* isMap */.jh)(doc.contents))
        throw new errors/* UserError */.yo(`${file}: the front matter is not a YAML mapping`, { file, line: split.yamlLine });
    let files = doc.get('files');
    if (!(0,library/* isSeq */.oP)(files)) {
        doc.set('files', doc.createNode([]));
        files = doc.get('files');
    }
    const seq = files;
    const entry = seq.items.find((i) => (0,library/* isMap */.jh)(i) && i.get('path') === facts.path);
    const target = entry ?? doc.createNode({ path: facts.path });
    target.set('sha256', facts.sha256);
    target.set('bytes', facts.bytes);
    target.set('rows', facts.rows);
    if (!entry)
        seq.items.push(target);
    const current = String(doc.get('version') ?? '');
    const base = baseVersion ?? current;
    const next = minorBump(base);
    if (next && (!(0,semver/* parseSemver */.kf)(current) || (0,semver/* bumpKind */.xt)(base, current) === 'none'))
        doc.set('version', next);
    const yaml = doc.toString({ lineWidth: 0 });
    const lines = text.replace(/\r\n?/g, '\n').split('\n');
    const before = lines.slice(0, split.yamlLine - 1).join('\n');
    const after = lines.slice(split.bodyLine - 2).join('\n');
    return `${before}\n${yaml.trimEnd()}\n${after}`;
}
/** `1.2.3` \u2192 `1.3.0`; undefined when the version is not semver. */
function minorBump(version) {
    const v = (0,semver/* parseSemver */.kf)(version);
    return v ? `${v.major}.${v.minor + 1}.0` : undefined;
}

;// CONCATENATED MODULE: ./src/core/feedback/dataset.ts
/**
 * The feedback dataset: JSON Lines, one row per reported case or ground-truth label (schemas/
 * feedback.schema.json). Rows are keyed by `id`, so merging the same feedback twice adds nothing, and
 * written with a fixed key order, so the same rows always give the same bytes.
 */

const KEYS = ['id', 'source', 'model', 'version', 'prediction_id', 'input', 'predicted', 'label', 'comment', 'reporter', 'reported_at', 'issue', 'batch'];
/** Parses the dataset; a line that is not a JSON object with an `id` is a UserError naming it. */
function parseFeedback(text, file) {
    const rows = [];
    text.split('\n').forEach((line, i) => {
        if (!line.trim())
            return;
        let value;
        try {
            value = JSON.parse(line);
        }
        catch (error) {
            throw new errors/* UserError */.yo(`${file}:${i + 1} is not JSON: ${error.message}`, { file, line: i + 1, hint: 'Each line of a JSON Lines file is one JSON object.' });
        }
        if (!value || typeof value !== 'object' || typeof value.id !== 'string') {
            throw new errors/* UserError */.yo(`${file}:${i + 1} is not a feedback row (no string \`id\`)`, { file, line: i + 1, hint: 'See schemas/feedback.schema.json.' });
        }
        rows.push(value);
    });
    return rows;
}
/** Existing rows, then the incoming rows whose id is new (in their order). */
function mergeFeedback(existing, incoming) {
    const seen = new Set(existing.map((r) => r.id));
    const added = [];
    for (const row of incoming) {
        if (seen.has(row.id))
            continue;
        seen.add(row.id);
        added.push(row);
    }
    return { rows: [...existing, ...added], added };
}
/** The JSON Lines text, one row per line in the schema's key order. */
function renderFeedback(rows) {
    return rows.map((r) => JSON.stringify(Object.fromEntries([...KEYS.filter((k) => k in r).map((k) => [k, r[k]]), ...Object.entries(r).filter(([k]) => !KEYS.includes(k))]))).join('\n') + (rows.length ? '\n' : '');
}

// EXTERNAL MODULE: ./src/core/data/sql.ts
var sql = __webpack_require__(4820);
// EXTERNAL MODULE: ./src/adapters/duckdb/engine.ts + 1 modules
var duckdb_engine = __webpack_require__(67);
// EXTERNAL MODULE: ./src/adapters/duckdb/source.ts
var duckdb_source = __webpack_require__(4813);
// EXTERNAL MODULE: ./src/adapters/fs/hash.ts
var hash = __webpack_require__(8604);
;// CONCATENATED MODULE: ./src/adapters/feedback/ingest.ts
/**
 * `mlops feedback ingest FILE`: a ground-truth batch (any format DuckDB reads) appended to the feedback
 * dataset as rows keyed by the file's digest and the row id, so ingesting the same file twice adds
 * nothing; the dataset's data card gets the new checksum, size, row count and a minor version.
 */











/** Appends the file's rows; see the module comment. */
async function ingestGroundTruth(o) {
    const incoming = await readGroundTruth(o);
    const datasetPath = external_node_path_default().join(o.root, o.dataset);
    const before = (0,external_node_fs_.existsSync)(datasetPath) ? parseFeedback(await (0,promises_.readFile)(datasetPath, 'utf8'), o.dataset) : [];
    const { rows, added } = mergeFeedback(before, incoming);
    if (!added.length)
        return { read: incoming.length, added, total: rows.length };
    const text = renderFeedback(rows);
    await (0,promises_.mkdir)(external_node_path_default().dirname(datasetPath), { recursive: true });
    await (0,promises_.writeFile)(datasetPath, text);
    const card = o.card ?? external_node_path_default().posix.join(external_node_path_default().posix.dirname(o.dataset), 'DATA_CARD.md');
    const cardPath = external_node_path_default().join(o.root, card);
    if (!(0,external_node_fs_.existsSync)(cardPath))
        return { read: incoming.length, added, total: rows.length };
    const rel = external_node_path_default().posix.relative(external_node_path_default().posix.dirname(card), o.dataset);
    await (0,promises_.writeFile)(cardPath, updateCardFile(await (0,promises_.readFile)(cardPath, 'utf8'), card, { path: rel, sha256: (0,sha256/* sha256Hex */.f)(text), bytes: Buffer.byteLength(text), rows: rows.length }));
    return { read: incoming.length, added, total: rows.length, card };
}
async function readGroundTruth(o) {
    const abs = external_node_path_default().resolve(o.root, o.file);
    const digest = (await (0,hash/* sha256File */.Q)(abs).catch(() => {
        throw new errors/* UserError */.yo(`file not found: ${o.file}`, { file: o.file, hint: 'check the path (relative to the repository root)' });
    })).sha256.slice(0, 12);
    const engine = await duckdb_engine/* Engine */.N.open({ memoryLimit: process.env.MLOPS_DUCKDB_MEMORY || '1GB' });
    try {
        const source = await (0,duckdb_source/* openSource */.oD)(engine, abs, 'ground_truth', { displayPath: o.file });
        const wanted = [o.idColumn, o.labelColumn, ...(o.predictionColumn ? [o.predictionColumn] : [])];
        for (const c of wanted) {
            if (!source.columns.some((x) => x.name === c))
                throw new errors/* UserError */.yo(`${o.file} has no column '${c}'`, { file: o.file, line: 1, hint: `Columns are: ${source.columns.map((x) => x.name).join(', ')}. Name them with --id-column and --label-column.` });
        }
        const cols = wanted.map((c, i) => `CAST(${(0,sql/* quoteIdent */.v)(c)} AS VARCHAR) AS c${i}`).join(', ');
        const data = await engine.all(`SELECT ${cols} FROM ${(0,sql/* quoteIdent */.v)(source.view)} WHERE ${(0,sql/* quoteIdent */.v)(o.idColumn)} IS NOT NULL AND ${(0,sql/* quoteIdent */.v)(o.labelColumn)} IS NOT NULL`);
        const at = o.now.toISOString();
        return data.map((r) => ({
            id: `gt-${digest}-${String(r.c0)}`,
            source: 'ground_truth',
            model: o.model,
            version: o.version ?? null,
            prediction_id: String(r.c0),
            input: null,
            predicted: o.predictionColumn ? (r.c2 === null ? null : String(r.c2)) : null,
            label: String(r.c1),
            comment: null,
            reporter: null,
            reported_at: at,
            issue: null,
            batch: o.file,
        }));
    }
    finally {
        engine.close();
    }
}

// EXTERNAL MODULE: ./src/cli/args.ts + 4 modules
var cli_args = __webpack_require__(9123);
// EXTERNAL MODULE: ./src/cli/commands/registry-io.ts
var registry_io = __webpack_require__(1591);
;// CONCATENATED MODULE: ./src/cli/commands/feedback.ts
/** `mlops feedback ingest FILE`: ground-truth batches appended to the feedback dataset (SPEC \u00a79). */




/** Where the feedback dataset lives unless told otherwise (also the feedback action's default). */
const DEFAULT_FEEDBACK_DATASET = 'data/feedback/feedback.jsonl';
const usage = `usage: mlops feedback ingest FILE --model NAME [options]

Appends the labels of a ground-truth batch (CSV, TSV, JSON Lines, Parquet) to the feedback dataset,
one JSON Lines row per labelled id (schemas/feedback.schema.json). Rows are keyed by the file's digest
and the id, so ingesting the same file again adds nothing. When the dataset's folder has a data card
(DATA_CARD.md, or --card), its \`files\` entry gets the new sha256, bytes and rows and its version a
minor bump: commit both and register the new data version as usual.

options:
  --model NAME              the model the labels are for
  --version VERSION         the model version that made the predictions
  --dataset FILE            the feedback dataset (default ${DEFAULT_FEEDBACK_DATASET})
  --card FILE               its data card (default DATA_CARD.md beside the dataset)
  --id-column NAME          the prediction or request id (default id)
  --label-column NAME       the correct output (default label)
  --prediction-column NAME  the model's output, when the file has it
  --json                    print the report as JSON
`;
const ingest = {
    name: 'feedback ingest',
    summary: 'append a ground-truth batch to the feedback dataset, versioned through its data card',
    usage,
    async run(args, ctx) {
        const spec = {
            model: { type: 'string' },
            version: { type: 'string' },
            dataset: { type: 'string' },
            card: { type: 'string' },
            'id-column': { type: 'string' },
            'label-column': { type: 'string' },
            'prediction-column': { type: 'string' },
        };
        const { values: v, positionals: rest } = (0,cli_args/* parse */.qg)(args, spec, usage);
        (0,cli_args/* positionalArgs */.EK)(rest, 1, usage);
        const s = (k) => (0,cli_args/* str */.gx)(v, k);
        const model = (0,cli_args/* need */.$B)(v, 'model', usage);
        const { root } = await (0,registry_io/* openRepo */.B)(ctx);
        const rel = (p) => external_node_path_default().relative(root, external_node_path_default().resolve(ctx.cwd, p)).split((external_node_path_default()).sep).join('/');
        const dataset = rel(s('dataset') ?? external_node_path_default().resolve(root, DEFAULT_FEEDBACK_DATASET));
        const out = await ingestGroundTruth({
            root,
            file: rel(rest[0]),
            dataset,
            card: s('card') ? rel(s('card')) : undefined,
            model,
            version: s('version'),
            idColumn: s('id-column') ?? 'id',
            labelColumn: s('label-column') ?? 'label',
            predictionColumn: s('prediction-column'),
            now: new Date(),
        });
        const report = {
            purpose: 'feedback',
            title: 'Feedback ingest',
            summary: `${out.added.length} new row(s) of ${out.read} read; ${out.total} in ${dataset}`,
            findings: out.read === 0 ? [{ rule: 'feedback/empty', severity: 'warning', message: `${rest[0]} has no labelled rows`, file: rel(rest[0]) }] : [],
            blocks: [
                { kind: 'table', table: { headers: ['file', 'read', 'added', 'dataset rows', 'data card'], rows: [[rel(rest[0]), String(out.read), String(out.added.length), String(out.total), out.card ?? (out.added.length ? 'none' : 'unchanged')]] } },
            ],
        };
        return (0,cli_args/* printReport */.Y_)(ctx, report, (0,cli_args/* bool */.lc)(v, 'json'));
    },
};
/** The feedback command group, for src/cli/commands/index.ts. */
const feedbackCommands = [ingest];


/***/ }),

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

/***/ 9125:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ splitFrontMatter)
/* harmony export */ });
/* unused harmony export lineAt */
/** Splits LF-normalised card text (see decodeCardText) into front matter and body. */
function splitFrontMatter(text, file) {
    const lead = /^\s*/.exec(text)?.[0].length ?? 0;
    const opener = lead;
    const none = { found: false, yaml: '', yamlLine: 1, body: text, bodyLine: 1, findings: [] };
    if (!text.startsWith('---\n', opener))
        return { ...none, findings: lookalikes(text, opener, file) };
    const yamlStart = opener + 4;
    const close = findCloser(text, yamlStart - 1);
    if (!close) {
        return {
            ...none,
            findings: [
                {
                    rule: 'card/front-matter-unclosed',
                    severity: 'warning',
                    message: 'front matter opened with `---` is never closed by a `---` line, so it is read as Markdown',
                    file,
                    line: lineAt(text, opener),
                    hint: 'close the YAML block with a line that is exactly `---` (no leading spaces)',
                },
            ],
        };
    }
    const findings = [];
    if (lead > 0) {
        findings.push({
            rule: 'card/front-matter-not-at-start',
            severity: 'notice',
            message: 'front matter does not start at the first byte (blank lines or spaces before `---`)',
            file,
            line: 1,
            hint: 'the Hub accepts it, but GitHub and most static-site tools only read front matter at byte 0: remove the leading blank lines',
        });
    }
    return {
        found: true,
        yaml: text.slice(yamlStart, close.yamlEnd),
        yamlLine: lineAt(text, yamlStart),
        body: text.slice(close.bodyStart),
        bodyLine: lineAt(text, close.bodyStart),
        findings,
    };
}
/**
 * The earliest `\n+---(\n|$)` that starts at or after `from` (the newline ending the opener line):
 * the run of newlines before `---` belongs to the delimiter, as in the Hub's regex.
 */
function findCloser(text, from) {
    let at = text.indexOf('\n---', from + 1);
    while (at >= 0) {
        const after = at + 4;
        if (after === text.length || text[after] === '\n') {
            let runStart = at;
            while (runStart > from && text[runStart - 1] === '\n')
                runStart--;
            return { yamlEnd: runStart, bodyStart: Math.min(text.length, after + 1) };
        }
        at = text.indexOf('\n---', at + 1);
    }
    return undefined;
}
/** Delimiters the Hub does not recognise but an author meant as front matter (e.g. `----`). */
function lookalikes(text, at, file) {
    const firstLine = text.slice(at, text.indexOf('\n', at) === -1 ? undefined : text.indexOf('\n', at));
    if (!/^-{3,}\s*$/.test(firstLine) || firstLine === '---')
        return [];
    return [
        {
            rule: 'card/front-matter-delimiter',
            severity: 'warning',
            message: `the first line \`${firstLine.trim()}\` is not the \`---\` front matter delimiter, so the metadata is ignored`,
            file,
            line: lineAt(text, at),
            hint: 'open and close the YAML block with lines that are exactly `---`',
        },
    ];
}
/** 1-based line number of an offset in LF-normalised text. */
function lineAt(text, offset) {
    let line = 1;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1))
        line++;
    return line;
}


/***/ }),

/***/ 4820:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ Params),
/* harmony export */   v: () => (/* binding */ quoteIdent)
/* harmony export */ });
/** SQL text helpers: identifiers are quoted, values are never inlined (they become $n parameters). */
/** Quotes an identifier for DuckDB SQL: double quotes, embedded quotes doubled (SQL standard). */
function quoteIdent(name) {
    return `"${name.replaceAll('"', '""')}"`;
}
/** Collects bound parameters and hands out their `$n` placeholders. */
class Params {
    values = [];
    /** Adds a value and returns its placeholder. */
    add(value) {
        this.values.push(value);
        return `$${this.values.length}`;
    }
}


/***/ }),

/***/ 4647:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DM: () => (/* binding */ SEMVER_SOURCE),
/* harmony export */   kf: () => (/* binding */ parseSemver),
/* harmony export */   mU: () => (/* binding */ compareSemver),
/* harmony export */   xt: () => (/* binding */ bumpKind)
/* harmony export */ });
/** Semantic versions (semver.org 2.0.0), the grammar GTO accepts after the `v` of a version tag. */
// The regular expression published on semver.org, the same one GTO embeds in its tag grammar.
const SEMVER_SOURCE = '(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?';
const SEMVER_RE = new RegExp(`^${SEMVER_SOURCE}$`);
const parsed = new Map();
/** Parses `1.2.3`, `v1.2.3-rc.1+build`; undefined when it is not semver. Memoised: registries sort the same versions often. */
function parseSemver(text) {
    if (parsed.has(text))
        return parsed.get(text);
    if (parsed.size > 100_000)
        parsed.clear();
    const value = parseUncached(text);
    parsed.set(text, value);
    return value;
}
function parseUncached(text) {
    const m = SEMVER_RE.exec(text.startsWith('v') ? text.slice(1) : text);
    if (!m)
        return undefined;
    return {
        major: Number(m[1]),
        minor: Number(m[2]),
        patch: Number(m[3]),
        prerelease: m[4] ? m[4].split('.') : [],
        build: m[5] ?? '',
    };
}
/** Orders two versions by semver precedence (build metadata ignored); invalid versions sort first. */
function compareSemver(a, b) {
    const x = parseSemver(a);
    const y = parseSemver(b);
    if (!x || !y)
        return x ? 1 : y ? -1 : a.localeCompare(b);
    return x.major - y.major || x.minor - y.minor || x.patch - y.patch || comparePrerelease(x.prerelease, y.prerelease);
}
function comparePrerelease(a, b) {
    if (!a.length || !b.length)
        return b.length - a.length; // a release outranks its pre-releases
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const p = a[i];
        const q = b[i];
        if (p === undefined || q === undefined)
            return p === undefined ? -1 : 1;
        const pn = /^\d+$/.test(p);
        const qn = /^\d+$/.test(q);
        if (pn && qn && Number(p) !== Number(q))
            return Number(p) - Number(q);
        if (pn !== qn)
            return pn ? -1 : 1;
        if (p !== q)
            return p < q ? -1 : 1;
    }
    return 0;
}
/** The kind of bump from `from` to `to`: major, minor, patch, prerelease, or none/down when it does not go up. */
function bumpKind(from, to) {
    const c = compareSemver(to, from);
    if (c === 0)
        return 'none';
    if (c < 0)
        return 'down';
    const x = parseSemver(from);
    const y = parseSemver(to);
    if (!x || !y)
        return 'major';
    if (y.major !== x.major)
        return 'major';
    if (y.minor !== x.minor)
        return 'minor';
    if (y.patch !== x.patch)
        return 'patch';
    return 'prerelease';
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

/***/ 6217:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   As: () => (/* reexport safe */ _node_modules_yaml_browser_dist_index_js__WEBPACK_IMPORTED_MODULE_0__.As),
/* harmony export */   HN: () => (/* reexport safe */ _node_modules_yaml_browser_dist_index_js__WEBPACK_IMPORTED_MODULE_0__.HN),
/* harmony export */   Tp: () => (/* reexport safe */ _node_modules_yaml_browser_dist_index_js__WEBPACK_IMPORTED_MODULE_0__.Tp),
/* harmony export */   Vj: () => (/* reexport safe */ _node_modules_yaml_browser_dist_index_js__WEBPACK_IMPORTED_MODULE_0__.Vj),
/* harmony export */   YR: () => (/* reexport safe */ _node_modules_yaml_browser_dist_index_js__WEBPACK_IMPORTED_MODULE_0__.YR),
/* harmony export */   hR: () => (/* reexport safe */ _node_modules_yaml_browser_dist_index_js__WEBPACK_IMPORTED_MODULE_0__.hR),
/* harmony export */   jh: () => (/* reexport safe */ _node_modules_yaml_browser_dist_index_js__WEBPACK_IMPORTED_MODULE_0__.jh),
/* harmony export */   jn: () => (/* reexport safe */ _node_modules_yaml_browser_dist_index_js__WEBPACK_IMPORTED_MODULE_0__.jn),
/* harmony export */   oP: () => (/* reexport safe */ _node_modules_yaml_browser_dist_index_js__WEBPACK_IMPORTED_MODULE_0__.oP),
/* harmony export */   qg: () => (/* reexport safe */ _node_modules_yaml_browser_dist_index_js__WEBPACK_IMPORTED_MODULE_0__.qg),
/* harmony export */   tO: () => (/* reexport safe */ _node_modules_yaml_browser_dist_index_js__WEBPACK_IMPORTED_MODULE_0__.tO)
/* harmony export */ });
/* harmony import */ var _node_modules_yaml_browser_dist_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4844);
// The `yaml` package as every bundle loads it: its ES module build (what the package serves to
// bundlers outside Node), not the CommonJS build Node resolves `yaml` to. Bundled, the ES build is
// hoisted into one scope and only what is used stays: about 8 ms less at every action's start
// than the CommonJS build's module factories (scripts/bench.mjs, "cold start"). The code is the same
// release of the same sources; only its warnings go to console.warn instead of process.emitWarning.
// Types: library.d.ts, the package's own. Tests load this file too, so they run what ships.



/***/ })

};

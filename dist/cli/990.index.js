export const id = 990;
export const ids = [990];
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

/***/ 2448:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cw: () => (/* binding */ resolveDeclaredPath),
/* harmony export */   hs: () => (/* binding */ compareFileFacts),
/* harmony export */   jD: () => (/* binding */ canonicalType),
/* harmony export */   lJ: () => (/* binding */ compareColumns)
/* harmony export */ });
/* unused harmony export firstMismatch */
/* harmony import */ var node_path_posix__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var node_path_posix__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path_posix__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4480);
/** Data card declarations against facts read from the files (pure: the adapter reads, this decides). */


/**
 * A declared path resolved against the card's folder to a repository path, or why it is refused:
 * absolute paths, drive letters, backslashes and `..` that climbs out of the repository (nothing
 * outside the repository is read because a card said so).
 */
function resolveDeclaredPath(cardDir, declared) {
    if (declared.startsWith('/') || /^[A-Za-z]:/.test(declared) || declared.startsWith('\\'))
        return { problem: 'is an absolute path' };
    if (declared.includes('\\'))
        return { problem: 'uses backslashes' };
    if (declared.includes('\0'))
        return { problem: 'contains a NUL byte' };
    const joined = node_path_posix__WEBPACK_IMPORTED_MODULE_0___default().normalize(node_path_posix__WEBPACK_IMPORTED_MODULE_0___default().join(cardDir === '' ? '.' : cardDir, declared));
    if (joined === '..' || joined.startsWith('../'))
        return { problem: 'leaves the repository' };
    return { repoPath: joined === '.' ? '' : joined };
}
/** Findings for a file's declared sha256, bytes and rows against what was measured. */
function compareFileFacts(file, facts, ctx) {
    const out = [];
    const where = (key) => ctx.at(['files', file.index, key]);
    if (file.sha256 !== undefined && facts.sha256 !== undefined && file.sha256.toLowerCase() !== facts.sha256) {
        out.push((0,_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('card/file-sha256', ctx.profile, ctx.card, `\`${file.path}\` has sha256 ${facts.sha256.slice(0, 12)}\u2026, the card says ${file.sha256.slice(0, 12)}\u2026`, { ...where('sha256'), hint: `if the change is intended, set \`sha256: ${facts.sha256}\` (and bump the version if this one is released)` }));
    }
    if (file.sha256 === undefined) {
        out.push((0,_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('card/file-undeclared-digest', ctx.profile, ctx.card, `\`${file.path}\` has no \`sha256\``, { ...ctx.at(['files', file.index, 'path']), hint: facts.sha256 ? `add \`sha256: ${facts.sha256}\`` : 'add its `sha256`' }));
    }
    if (file.bytes !== undefined && facts.bytes !== undefined && file.bytes !== facts.bytes) {
        out.push((0,_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('card/file-bytes', ctx.profile, ctx.card, `\`${file.path}\` is ${facts.bytes} bytes, the card says ${file.bytes}`, { ...where('bytes'), hint: `set \`bytes: ${facts.bytes}\`` }));
    }
    if (file.rows !== undefined && facts.rows !== undefined && file.rows !== facts.rows) {
        out.push((0,_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('card/file-rows', ctx.profile, ctx.card, `\`${file.path}\` has ${facts.rows} data rows, the card says ${file.rows}`, { ...where('rows'), hint: `set \`rows: ${facts.rows}\` (rows exclude the CSV header line)` }));
    }
    return out;
}
/** Declared columns against a file's header (names) and sample (types). */
function compareColumns(file, declared, sample, ctx) {
    const out = [];
    const header = new Map(sample.header.map((h, i) => [h, i]));
    const names = new Set(declared.columns.map((c) => c.name));
    for (const column of declared.columns) {
        const at = ctx.at(['schema', declared.key, column.index, 'name']);
        const i = header.get(column.name);
        if (i === undefined) {
            out.push((0,_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('card/columns', ctx.profile, ctx.card, `column \`${column.name}\` is not in \`${file.path}\` (header: ${preview(sample.header)})`, { ...at, hint: 'rename the column to match the file, or remove it' }));
            continue;
        }
        const bad = column.type ? firstMismatch(column.type, sample.rows.map((r) => r[i])) : undefined;
        if (bad && column.type) {
            out.push((0,_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('card/column-type', ctx.profile, ctx.card, `column \`${column.name}\` is declared \`${column.type}\` but \`${file.path}\` row ${bad.row} holds ${JSON.stringify(bad.value)}`, {
                ...ctx.at(['schema', declared.key, column.index, 'type']),
                hint: 'fix the data, or declare the type the data has',
            }));
        }
    }
    const extra = sample.header.filter((h) => !names.has(h));
    if (extra.length > 0) {
        out.push((0,_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('card/columns', ctx.profile, ctx.card, `\`${file.path}\` has undeclared column${extra.length === 1 ? '' : 's'} ${preview(extra)}`, { ...ctx.at(['schema', declared.key]), severity: 'warning', hint: 'declare every column in the data contract' }));
    }
    return out;
}
function preview(names) {
    const shown = names.slice(0, 8).map((n) => `\`${n}\``).join(', ');
    return names.length > 8 ? `${shown}, \u2026 (${names.length} in all)` : shown;
}
/** Canonical Frictionless Table Schema type for common spellings (int64, float, bool, str, timestamp). */
function canonicalType(type) {
    const t = type.toLowerCase();
    if (['integer', 'int', 'int8', 'int16', 'int32', 'int64', 'bigint', 'long', 'uint8', 'uint16', 'uint32', 'uint64'].includes(t))
        return 'integer';
    if (['number', 'float', 'float32', 'float64', 'double', 'decimal', 'real', 'numeric'].includes(t))
        return 'number';
    if (['boolean', 'bool'].includes(t))
        return 'boolean';
    if (['string', 'str', 'text', 'varchar', 'category', 'categorical'].includes(t))
        return 'string';
    if (['datetime', 'timestamp'].includes(t))
        return 'datetime';
    if (['date', 'time', 'year', 'object', 'array', 'any'].includes(t))
        return t;
    return undefined;
}
const TEXT_CHECKS = {
    integer: /^[+-]?\d+$/,
    number: /^(?:[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|NaN|[+-]?INF|[+-]?Infinity)$/,
    // Frictionless default trueValues/falseValues.
    boolean: /^(?:true|True|TRUE|1|false|False|FALSE|0)$/,
    date: /^\d{4}-\d{2}-\d{2}$/,
    datetime: /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/,
    time: /^\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/,
    year: /^\d{4}$/,
};
/** The first sampled value (1-based data row) that does not fit the type; empty values are missing, not wrong. */
function firstMismatch(type, values) {
    const t = canonicalType(type);
    if (!t || t === 'any')
        return undefined;
    for (let i = 0; i < values.length; i++) {
        const v = values[i];
        if (v === undefined || v === null || v === '')
            continue;
        if (!fits(t, v))
            return { row: i + 1, value: v };
    }
    return undefined;
}
function fits(type, v) {
    if (typeof v === 'string') {
        if (type === 'string')
            return true;
        const re = TEXT_CHECKS[type];
        return re ? re.test(v.trim()) : false;
    }
    switch (type) {
        case 'integer':
            return typeof v === 'number' && Number.isInteger(v);
        case 'number':
            return typeof v === 'number';
        case 'boolean':
            return typeof v === 'boolean';
        case 'object':
            return typeof v === 'object' && !Array.isArray(v);
        case 'array':
            return Array.isArray(v);
        default:
            return false;
    }
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

/***/ 4480:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gk: () => (/* binding */ finding),
/* harmony export */   mk: () => (/* binding */ applySeverities)
/* harmony export */ });
/* unused harmony exports cardRules, defaultSeverity */
const rules = [
    { id: 'card/binary', summary: 'The card is a binary file.', severity: 'error' },
    { id: 'card/encoding', summary: 'The card is not valid UTF-8.', severity: 'error' },
    { id: 'card/unreadable', summary: 'The card could not be read (missing, a folder, or too large).', severity: 'error' },
    { id: 'card/front-matter-delimiter', summary: 'The first line looks like a front matter delimiter but is not exactly `---`.', severity: 'warning' },
    { id: 'card/front-matter-unclosed', summary: 'Front matter opened with `---` is never closed.', severity: 'warning' },
    { id: 'card/front-matter-not-at-start', summary: 'Front matter is preceded by blank lines.', severity: 'notice' },
    { id: 'card/no-metadata', summary: 'The card has no YAML front matter.', severity: 'warning', hint: 'start the card with a `---` line, YAML metadata, and a closing `---` line' },
    { id: 'card/missing-key', summary: 'A key the standard profile requires (name, version, owners, risk) is missing.', severity: 'error' },
    { id: 'card/legacy-key', summary: 'A legacy Hub key (`languages`, `licenses`, per-config mappings) that newer tools ignore.', severity: 'notice' },
    { id: 'card/unknown-key', summary: 'A key that looks like a misspelt known key (`licence`, `model_index`).', severity: 'warning' },
    { id: 'card/license-other', summary: '`license: other` without `license_name` and `license_link`.', severity: 'warning', hint: 'add `license_name: <id>` and `license_link: LICENSE.md` (Hub convention for custom licenses)' },
    { id: 'card/missing-section', summary: 'A required section is missing.', severity: 'error' },
    { id: 'card/empty-section', summary: 'A required section is present but empty.', severity: 'error' },
    { id: 'card/placeholder', summary: 'A template placeholder is left in (`[More Information Needed]`, `TODO`, `TBD`, `{{ \u2026 }}`, empty table rows).', severity: { standard: 'error', huggingface: 'warning' } },
    { id: 'card/empty-body', summary: 'The card has metadata but no text.', severity: 'warning', hint: 'describe the model or data below the front matter' },
    { id: 'card/duplicate-name', summary: 'Two cards of the same kind declare the same name.', severity: 'error' },
    { id: 'card/released-version-changed', summary: 'The content of an already released version changed.', severity: 'error', hint: 'bump the version' },
    { id: 'card/version-regressed', summary: 'The version is lower than one already released.', severity: 'error', hint: 'versions only go up: use a version above the latest release' },
    { id: 'card/file-path', summary: 'A declared data file path leaves the repository (`..`, absolute, or a symlink).', severity: 'error', hint: 'declare paths relative to the card folder, inside the repository' },
    { id: 'card/file-missing', summary: 'A declared data file does not exist.', severity: 'error', hint: 'commit the file, or fix its `path` (relative to the card folder)' },
    { id: 'card/file-sha256', summary: 'A data file\'s SHA-256 differs from the card.', severity: 'error' },
    { id: 'card/file-bytes', summary: 'A data file\'s size differs from the card.', severity: 'error' },
    { id: 'card/file-rows', summary: 'A data file\'s row count differs from the card.', severity: 'error' },
    { id: 'card/file-undeclared-digest', summary: 'A data file has no `sha256`, so changes cannot be detected.', severity: 'warning' },
    { id: 'card/columns', summary: 'Declared columns differ from the file header.', severity: 'error' },
    { id: 'card/column-type', summary: 'Sampled values do not fit a declared column type.', severity: 'error' },
    { id: 'card/columns-unchecked', summary: 'Columns of a file format read elsewhere (Parquet: `mlops data check`).', severity: 'notice', hint: 'run `mlops data check` with the data card to check Parquet columns' },
    { id: 'card/data-immutable', summary: 'A file listed under a released data version changed.', severity: 'error', hint: 'bump the version' },
    { id: 'card/dataset-unresolved', summary: 'A referenced dataset has no data card in the repository.', severity: { standard: 'warning', huggingface: 'notice' } },
    { id: 'card/dataset-version', summary: 'A referenced dataset version is neither the card\'s version nor a released one.', severity: 'error' },
    { id: 'card/experiment-missing', summary: 'The referenced experiment tag does not exist.', severity: 'error' },
    { id: 'card/experiment-pending', summary: 'An experiment is referenced but no experiments are recorded yet.', severity: 'notice' },
    { id: 'card/metric-mismatch', summary: 'A model-index metric differs from the experiment\'s recorded metric.', severity: 'error' },
    { id: 'card/pr-diff-unavailable', summary: 'The files a pull request changed could not be listed (shallow clone), so every card was checked.', severity: 'notice' },
    { id: 'card/metric-unrecorded', summary: 'A model-index metric is not in the experiment record.', severity: 'warning' },
];
const byId = new Map(rules.map((r) => [r.id, r]));
/** All card rules, for documentation. */
function cardRules() {
    return rules;
}
/** The default severity of a rule under a profile (schema and YAML rules are errors unless listed). */
function defaultSeverity(rule, profile) {
    const r = byId.get(rule);
    if (!r)
        return 'error';
    return typeof r.severity === 'string' ? r.severity : r.severity[profile];
}
/** A finding of a known rule with its default severity and hint, overridable per call. */
function finding(rule, profile, file, message, extra = {}) {
    const r = byId.get(rule);
    const f = { rule, severity: defaultSeverity(rule, profile), message, file, ...extra };
    if (!f.hint && r?.hint)
        f.hint = r.hint;
    return f;
}
/** Applies overrides by exact rule id or by prefix (`card/metadata` covers `card/metadata/enum`). */
function applySeverities(findings, overrides = {}) {
    const keys = Object.keys(overrides).sort((a, b) => b.length - a.length);
    if (keys.length === 0)
        return [...findings];
    const out = [];
    for (const f of findings) {
        const key = keys.find((k) => f.rule === k || f.rule.startsWith(`${k}/`));
        const level = key ? overrides[key] : undefined;
        if (level === 'off')
            continue;
        out.push(level ? { ...f, severity: level } : f);
    }
    return out;
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

export const id = 473;
export const ids = [473];
export const modules = {

/***/ 1473:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ locate)
/* harmony export */ });
/* harmony import */ var _library_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6217);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2816);
/** Maps a JSON path (as ajv and our validators report it) back to the YAML node it came from. */


/**
 * Where a JSON path sits in the YAML source. A path that does not exist falls back to its
 * nearest existing parent (for a missing key, the mapping that should hold it).
 */
function locate(source, path, opts = {}) {
    let node = source.doc.contents;
    let pair;
    for (const segment of path) {
        const next = child(source, node, segment);
        if (!next)
            break;
        ({ node, pair } = next);
    }
    const target = pick(node, pair, opts.at ?? 'auto');
    const range = target?.range;
    if (!range)
        return { line: 1 + source.lineOffset, column: 1 };
    const start = (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .position */ .G1)(source, range[0]);
    const end = (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .position */ .G1)(source, range[1]);
    return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}
function child(source, node, segment) {
    const resolved = (0,_library_js__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node) ? (node.resolve(source.doc) ?? null) : node;
    if ((0,_library_js__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(resolved)) {
        const found = pairIndex(resolved).get(String(segment));
        if (!found)
            return undefined;
        return { node: found.value ?? null, pair: found };
    }
    if ((0,_library_js__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(resolved) && typeof segment === 'number') {
        const item = resolved.items[segment];
        if (item === undefined)
            return undefined;
        return { node: (0,_library_js__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(item) ? (item.key ?? null) : item };
    }
    return undefined;
}
// Findings on a large mapping would each scan it; an index per mapping keeps locate O(depth).
const indexes = new WeakMap();
function pairIndex(map) {
    let index = indexes.get(map);
    if (!index) {
        index = new Map();
        for (const pair of map.items) {
            const key = keyOf(pair);
            // The last occurrence wins, as in the parsed value (duplicates are reported separately).
            if (key !== undefined)
                index.set(key, pair);
        }
        indexes.set(map, index);
    }
    return index;
}
function keyOf(pair) {
    if ((0,_library_js__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key))
        return String(pair.key.value);
    return undefined;
}
function pick(node, pair, at) {
    const key = pair && (0,_library_js__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key) ? pair.key : undefined;
    if (at === 'key')
        return key ?? node;
    if (at === 'value')
        return node ?? key;
    // `key:` with nothing after it parses as an empty scalar placed after the colon; the key is the place.
    if (!node || ((0,_library_js__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) && node.range && node.range[0] === node.range[1]))
        return key ?? node;
    const block = ((0,_library_js__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node) || (0,_library_js__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) && !node.flow;
    return block && key ? key : node;
}


/***/ }),

/***/ 2816:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G1: () => (/* binding */ position),
/* harmony export */   hN: () => (/* binding */ parseYaml),
/* harmony export */   np: () => (/* binding */ tooLargeFinding)
/* harmony export */ });
/* unused harmony export DEFAULT_MAX_YAML_BYTES */
/* harmony import */ var _library_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6217);
/**
 * Safe YAML parsing for every file the product reads (config, card front matter, contracts):
 * the `yaml` package's Document API keeps the nodes so findings can name exact lines, and
 * every hostile input (alias bombs, duplicate keys, huge files, `__proto__` keys) becomes a
 * Finding instead of a crash.
 */

/**
 * Config files and front matter are a few kilobytes. The yaml package parses roughly 0.3 MB a
 * second on a busy runner core, so 1 MiB bounds the worst case at a few seconds.
 */
const DEFAULT_MAX_YAML_BYTES = 1024 * 1024;
/** The yaml package's own default: far above honest use, far below a billion-laughs expansion. */
const MAX_ALIAS_COUNT = 100;
/** Broken input repeats one mistake; the first ten of a kind say it all. */
const MAX_SYNTAX_FINDINGS = 10;
/** Keys that would reach Object.prototype or a constructor when code indexes the parsed value. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Parses one YAML document into plain data plus its source nodes; never throws on bad input. */
function parseYaml(text, file, opts = {}) {
    const prefix = opts.rulePrefix ?? 'yaml';
    const lineOffset = opts.lineOffset ?? 0;
    const maxBytes = opts.maxBytes ?? DEFAULT_MAX_YAML_BYTES;
    const fallback = opts.expect === 'mapping' ? {} : undefined;
    const bytes = byteLength(text, maxBytes);
    if (bytes > maxBytes)
        return { value: fallback, findings: [tooLargeFinding(file, bytes, maxBytes, prefix, 1 + lineOffset)] };
    // A BOM is legal but shifts every column on line 1; editors do not count it, so neither do we.
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    try {
        return parseBody(body, file, { prefix, lineOffset, expectMapping: opts.expect === 'mapping' });
    }
    catch (error) {
        // Deeply nested input can exhaust the parser's stack; that is bad input, not a bug.
        const finding = at(prefix, 'syntax', file, 1 + lineOffset, 1);
        finding.message = `${file} could not be parsed: ${error.message}`;
        return { value: fallback, findings: [finding] };
    }
}
/** The finding for a file over the size limit; adapters use it when they refuse to read a file at all. */
function tooLargeFinding(file, bytes, maxBytes, prefix = 'yaml', line = 1) {
    const finding = at(prefix, 'too-large', file, line, 1);
    finding.message = `${file} is ${formatBytes(bytes)}, larger than the ${formatBytes(maxBytes)} limit; it was not parsed`;
    finding.hint = 'Keep YAML files small: move data into separate files and reference them by path.';
    return finding;
}
function parseBody(body, file, o) {
    const lineCounter = new _library_js__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    // uniqueKeys compares every key with every other (quadratic: 16k keys take seconds); checkKeys does it in one pass.
    const docs = (0,_library_js__WEBPACK_IMPORTED_MODULE_0__/* .parseAllDocuments */ .hR)(body, { lineCounter, prettyErrors: false, uniqueKeys: false });
    const fallback = o.expectMapping ? {} : undefined;
    if (!Array.isArray(docs) || docs.length === 0)
        return { value: fallback, findings: [] };
    const doc = docs[0];
    const source = { file, doc, lineCounter, lineOffset: o.lineOffset };
    const pos = (offset) => position(source, offset);
    const findings = [];
    for (const e of firstDistinct(doc.errors)) {
        const f = at(o.prefix, 'syntax', file, pos(e.pos[0]).line, pos(e.pos[0]).column);
        f.message = `YAML syntax: ${e.message}`;
        findings.push(f);
    }
    for (const w of firstDistinct(doc.warnings)) {
        const f = at(o.prefix, 'warning', file, pos(w.pos[0]).line, pos(w.pos[0]).column, 'warning');
        f.message = `YAML: ${w.message}`;
        findings.push(f);
    }
    for (const extra of docs.slice(1)) {
        const f = at(o.prefix, 'multiple-documents', file, pos(extra.range[0]).line, 1);
        f.message = `${file} holds more than one YAML document; only the first is read`;
        f.hint = 'Remove the `---` separator and the documents after it.';
        findings.push(f);
        break;
    }
    findings.push(...checkKeys(doc, source, o.prefix));
    if (findings.some((f) => f.rule === `${o.prefix}/syntax`))
        return { value: fallback, source, findings };
    let value;
    try {
        value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    }
    catch (error) {
        const message = error.message;
        const alias = /alias/i.test(message);
        const where = alias ? firstAlias(source) : { line: 1 + o.lineOffset, column: 1 };
        const f = at(o.prefix, alias ? 'alias-limit' : 'syntax', file, where.line, where.column);
        f.message = alias
            ? `${file} expands aliases too often (${message}); it was not read`
            : `${file} could not be read: ${message}`;
        if (alias)
            f.hint = `Use fewer than ${MAX_ALIAS_COUNT} alias references (*name), or write the values out.`;
        return { value: fallback, source, findings: [...findings, f] };
    }
    if (o.expectMapping)
        return expectMapping(value, source, findings, o.prefix);
    return { value, source, findings };
}
/** Where the first alias (`*name`) is used: the place an alias bomb starts to expand. */
function firstAlias(source) {
    let offset = 0;
    (0,_library_js__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR)(source.doc, {
        Alias(_key, node) {
            offset = node.range?.[0] ?? 0;
            return _library_js__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR.BREAK;
        },
    });
    return position(source, offset);
}
function expectMapping(value, source, findings, prefix) {
    if (value === null || value === undefined)
        return { value: {}, source, findings };
    if (typeof value === 'object' && !Array.isArray(value))
        return { value, source, findings };
    const start = position(source, source.doc.contents?.range[0] ?? 0);
    const f = at(prefix, 'not-a-mapping', source.file, start.line, start.column);
    f.message = `${source.file} must be a mapping of keys to values, not ${Array.isArray(value) ? 'a list' : `a ${typeof value}`}`;
    f.hint = 'Write `key: value` pairs at the top level.';
    return { value: {}, source, findings: [...findings, f] };
}
/**
 * One pass over every mapping: repeated keys get a finding at the repeat (the last value wins, as
 * in the parsed value), and `__proto__`-like keys are removed before conversion, one finding each.
 */
function checkKeys(doc, source, prefix) {
    const findings = [];
    let duplicates = 0;
    const keyAt = (pair) => position(source, (0,_library_js__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key) ? (pair.key.range?.[0] ?? 0) : 0);
    (0,_library_js__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR)(doc, {
        Map(_key, map) {
            // Offsets only: a line is computed for the few keys that are reported.
            const first = new Map();
            for (const pair of map.items) {
                if (!(0,_library_js__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key))
                    continue;
                const key = String(pair.key.value);
                const earlier = first.get(key);
                if (earlier === undefined) {
                    first.set(key, pair.key.range?.[0] ?? 0);
                    continue;
                }
                if (++duplicates > MAX_SYNTAX_FINDINGS)
                    continue;
                const where = keyAt(pair);
                const f = at(prefix, 'duplicate-key', source.file, where.line, where.column);
                f.message = `duplicate key \`${key.slice(0, 80)}\` (first on line ${position(source, earlier).line})`;
                f.hint = 'Each key may appear once per mapping; remove or merge the repeated one.';
                findings.push(f);
            }
            return undefined;
        },
        Pair(_key, pair) {
            const key = (0,_library_js__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key) ? pair.key.value : undefined;
            if (typeof key !== 'string' || !FORBIDDEN_KEYS.has(key))
                return undefined;
            const where = keyAt(pair);
            const f = at(prefix, 'forbidden-key', source.file, where.line, where.column);
            f.message = `key \`${key}\` is not allowed; it was ignored`;
            f.hint = 'Rename the key: it would reach JavaScript object internals.';
            findings.push(f);
            return _library_js__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR.REMOVE;
        },
    });
    return findings;
}
/** 1-based line and column of a character offset in the parsed text, with the line offset applied. */
function position(source, offset) {
    const p = source.lineCounter.linePos(offset);
    return { line: p.line + source.lineOffset, column: p.col };
}
function at(prefix, rule, file, line, column, severity = 'error') {
    return { rule: `${prefix}/${rule}`, severity, message: '', file, line, column };
}
/** Broken input can yield hundreds of errors at one place; the first few distinct ones say it all. */
function firstDistinct(errors) {
    const seen = new Set();
    const out = [];
    for (const e of errors) {
        const id = `${e.pos[0]}:${e.message}`;
        if (seen.has(id))
            continue;
        seen.add(id);
        out.push(e);
        if (out.length === MAX_SYNTAX_FINDINGS)
            break;
    }
    return out;
}
/** UTF-8 size when the string could exceed the limit (a UTF-16 unit is at most 3 bytes); else a bound below it. */
function byteLength(text, limit) {
    if (text.length * 3 <= limit)
        return text.length;
    return Buffer.byteLength(text, 'utf8');
}
function formatBytes(n) {
    if (n >= 1024 * 1024)
        return `${(n / 1024 / 1024).toFixed(1)} MiB`;
    if (n >= 1024)
        return `${(n / 1024).toFixed(1)} KiB`;
    return `${n} bytes`;
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

export const id = 222;
export const ids = [222];
export const modules = {

/***/ 8604:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ sha256File)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/** Streaming file digests: bounded memory whatever the file size. */


/**
 * SHA-256 and size of a file, streamed in 1 MiB chunks (large reads keep the hash near
 * `sha256sum`'s throughput; the default 64 KiB chunks cost ~15 % in syscalls and callbacks).
 */
function sha256File(file) {
    return new Promise((resolve, reject) => {
        const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
        let bytes = 0;
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(file, { highWaterMark: 1024 * 1024 })
            .on('data', (chunk) => {
            bytes += chunk.length;
            hash.update(chunk);
        })
            .on('error', reject)
            .on('end', () => resolve({ sha256: hash.digest('hex'), bytes }));
    });
}


/***/ }),

/***/ 840:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  c: () => (/* binding */ parseCard)
});

// EXTERNAL MODULE: ./src/core/yaml/index.ts
var yaml = __webpack_require__(1971);
// EXTERNAL MODULE: ./src/core/cards/frontmatter.ts
var frontmatter = __webpack_require__(9125);
// EXTERNAL MODULE: ./src/core/cards/sections.ts
var cards_sections = __webpack_require__(2855);
;// CONCATENATED MODULE: ./src/core/cards/mct.ts
/**
 * Google Model Card Toolkit JSON (`model_card.json`, schema v0.0.1/v0.0.2 in
 * tensorflow/model-card-toolkit `proto/model_card.proto`) mapped onto our card model: its fields
 * become metadata keys and sections, so the same rules apply to both formats.
 */


/** True when a JSON value has MCT's top-level `model_details` mapping. */
function looksLikeModelCardToolkit(value) {
    return isRecord(value) && isRecord(value.model_details);
}
/** Metadata and sections of an MCT card; section lines point at the JSON fields they came from. */
function fromModelCardToolkit(mct, source) {
    const details = record(mct.model_details);
    const params = record(mct.model_parameters);
    const quant = record(mct.quantitative_analysis);
    const cons = record(mct.considerations);
    const metadata = {};
    const name = mct_text(details.name);
    if (name)
        metadata.name = name.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '');
    const version = mct_text(record(details.version).name);
    if (version)
        metadata.version = version.replace(/^v/, '');
    const owners = list(details.owners).map((o) => mct_text(record(o).contact) || mct_text(record(o).name)).filter(Boolean);
    if (owners.length)
        metadata.owners = owners;
    const licenses = list(details.licenses).map((l) => mct_text(record(l).identifier).toLowerCase()).filter(Boolean);
    if (licenses.length)
        metadata.license = licenses.length === 1 ? licenses[0] : licenses;
    const root = { title: '', key: '', depth: 0, line: 1, endLine: 1, hasOwnContent: false, placeholders: [], children: [] };
    const add = (title, path, values) => {
        const present = values.some(filled);
        if (!present && !hasPath(mct, path))
            return;
        const line = source ? (0,yaml/* locate */.x5)(source, path).line : 1;
        root.children.push({ title, key: (0,cards_sections/* normaliseHeading */.H7)(title), depth: 2, line, endLine: line, hasOwnContent: present, placeholders: [], children: [] });
    };
    add('Model Details', ['model_details', 'overview'], [details.overview]);
    add('Intended Use', ['considerations', 'use_cases'], [cons.use_cases, cons.users]);
    add('Out-of-Scope Use', ['considerations', 'out_of_scope_uses'], [cons.out_of_scope_uses]);
    add('Limitations', ['considerations', 'limitations'], [cons.limitations, cons.tradeoffs]);
    add('Training Data', ['model_parameters', 'data'], [params.data]);
    add('Evaluation', ['quantitative_analysis', 'performance_metrics'], [quant.performance_metrics]);
    add('Ethical Considerations', ['considerations', 'ethical_considerations'], [cons.ethical_considerations]);
    add('Fairness Assessment', ['considerations', 'fairness_assessment'], [cons.fairness_assessment]);
    return { metadata, sections: root };
}
function filled(v) {
    if (typeof v === 'string')
        return v.trim() !== '';
    if (Array.isArray(v))
        return v.some(filled);
    if (isRecord(v))
        return Object.values(v).some(filled);
    return v !== undefined && v !== null;
}
function hasPath(value, path) {
    let node = value;
    for (const k of path) {
        if (!isRecord(node) || !(String(k) in node))
            return false;
        node = node[String(k)];
    }
    return true;
}
function isRecord(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}
function record(v) {
    return isRecord(v) ? v : {};
}
function list(v) {
    return Array.isArray(v) ? v : [];
}
function mct_text(v) {
    return typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '';
}

// EXTERNAL MODULE: ./src/core/cards/rules.ts
var rules = __webpack_require__(4480);
;// CONCATENATED MODULE: ./src/core/cards/document.ts





/** Reads LF-normalised card text; `.json` files are read as Google Model Card Toolkit cards. */
function parseCard(text, file, kind, profile, placeholders = []) {
    if (file.toLowerCase().endsWith('.json'))
        return parseJsonCard(text, file, kind, profile);
    const split = (0,frontmatter/* splitFrontMatter */.v)(text, file);
    const findings = [...split.findings];
    let metadata = {};
    let source;
    if (split.found) {
        const parsed = (0,yaml/* parseYaml */.hN)(split.yaml, file, { lineOffset: split.yamlLine - 1, expect: 'mapping', rulePrefix: 'card/yaml' });
        findings.push(...parsed.findings);
        metadata = parsed.value;
        source = parsed.source;
    }
    const sections = (0,cards_sections/* parseSections */.MJ)(split.body, split.bodyLine, placeholders);
    return { file, kind, profile, format: 'markdown', metadata, source, hasMetadata: split.found, sections, findings };
}
function parseJsonCard(text, file, kind, profile) {
    // JSON is YAML 1.2, so the YAML parser gives the same value plus node positions for exact lines.
    const parsed = (0,yaml/* parseYaml */.hN)(text, file, { expect: 'mapping', rulePrefix: 'card/yaml' });
    const empty = { title: '', key: '', depth: 0, line: 1, endLine: 1, hasOwnContent: false, placeholders: [], children: [] };
    const base = { file, kind, profile, source: parsed.source, findings: parsed.findings };
    if (!looksLikeModelCardToolkit(parsed.value)) {
        const f = (0,rules/* finding */.gk)('card/unreadable', profile, file, 'is JSON but not a Model Card Toolkit card (no `model_details`)', {
            line: 1,
            hint: 'use MODEL_CARD.md with YAML front matter, or a Model Card Toolkit `model_card.json`',
        });
        return { ...base, format: 'model-card-toolkit', metadata: {}, hasMetadata: false, sections: empty, findings: [...parsed.findings, f] };
    }
    const mapped = fromModelCardToolkit(parsed.value, parsed.source);
    return { ...base, format: 'model-card-toolkit', metadata: mapped.metadata, hasMetadata: true, sections: mapped.sections };
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
    { id: 'card/placeholder', summary: 'A template placeholder is left in (`[More Information Needed]`, `TODO`, `TBD`, `{{ … }}`, empty table rows).', severity: { standard: 'error', huggingface: 'warning' } },
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

/***/ 8137:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ validateCardDocument)
/* harmony export */ });
/* unused harmony export withoutPlaceholders */
/* harmony import */ var _schema_validate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8450);
/* harmony import */ var _schema_path_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9512);
/* harmony import */ var _schema_suggest_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3049);
/* harmony import */ var _yaml_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1971);
/* harmony import */ var _profiles_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9385);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4480);
/* harmony import */ var _sections_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2855);
/* harmony import */ var _schemas_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3095);








/** Keys the Hub renamed: still read by old tooling, ignored by the Hub today. */
const LEGACY_KEYS = { languages: 'language', licenses: 'license', language_bcp47: 'language' };
/** Keys whose per-config mapping form is the 2021 legacy Hub schema. */
const PER_CONFIG_KEYS = ['annotations_creators', 'language_creators', 'multilinguality', 'size_categories', 'source_datasets', 'task_categories', 'task_ids'];
/** Keys the Hub reads that the schema leaves open (Spaces, gating, widgets): never "did you mean". */
const OTHER_HUB_KEYS = new Set(['title', 'emoji', 'sdk', 'sdk_version', 'python_version', 'app_file', 'app_port', 'colorFrom', 'colorTo', 'pinned', 'short_description', 'model_file', 'extra_gated_prompt', 'extra_gated_fields', 'extra_gated_heading', 'extra_gated_button_content', 'extra_gated_description', 'gated']);
const REQUIRED_KEYS = { model: ['name', 'version', 'owners', 'risk'], data: ['name', 'version', 'owners'] };
/** Every finding about one card on its own (no repository access). */
function validateCardDocument(doc, opts = {}) {
    return [...doc.findings, ...metadataFindings(doc), ...sectionFindings(doc, opts)];
}
function metadataFindings(doc) {
    const { file, profile, metadata, source } = doc;
    if (!doc.hasMetadata)
        return [(0,_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .finding */ .gk)('card/no-metadata', profile, file, 'has no YAML front matter, so it carries no metadata', { line: 1 })];
    const schema = doc.kind === 'model' ? _schemas_js__WEBPACK_IMPORTED_MODULE_5__/* .modelCardSchema */ .$ : _schemas_js__WEBPACK_IMPORTED_MODULE_5__/* .dataCardSchema */ .W;
    const where = (path, at = 'key') => source ? { line: (0,_yaml_index_js__WEBPACK_IMPORTED_MODULE_1__/* .locate */ .x5)(source, path, { at }).line, column: (0,_yaml_index_js__WEBPACK_IMPORTED_MODULE_1__/* .locate */ .x5)(source, path, { at }).column } : { line: 1 };
    const { value: cleaned, placeholders } = withoutPlaceholders(metadata);
    const stripped = new Set(placeholders.filter((p) => !p.text).map((p) => (0,_schema_path_js__WEBPACK_IMPORTED_MODULE_6__/* .formatPath */ .j)(p.path)));
    const out = (0,_schema_validate_js__WEBPACK_IMPORTED_MODULE_0__/* .validateAgainstSchema */ .v9)(schema, cleaned, source, { rulePrefix: 'card/metadata', file })
        .filter((f) => !isMissingPlaceholder(f, stripped))
        .map(shortenEnum);
    const first = placeholders[0];
    if (first) {
        const names = placeholders.slice(0, 3).map((p) => (p.text ? `\`${p.name}\`` : `\`{${p.name}}\``)).join(', ');
        out.push((0,_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .finding */ .gk)('card/placeholder', profile, file, `${placeholders.length} template placeholder${placeholders.length === 1 ? '' : 's'} left in the front matter (${names}${placeholders.length > 3 ? ', …' : ''})`, { ...where(first.path, 'value'), hint: 'replace each `{placeholder}` with a real value, or delete the key' }));
    }
    if (profile === 'standard') {
        for (const key of REQUIRED_KEYS[doc.kind]) {
            if (metadata[key] === undefined || metadata[key] === null) {
                out.push((0,_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .finding */ .gk)('card/missing-key', profile, file, `missing \`${key}\`, which the standard profile requires`, { ...where([]), hint: keyHint(key) }));
            }
        }
    }
    const known = Object.keys(schema.properties);
    for (const key of Object.keys(metadata)) {
        if (known.includes(key))
            continue;
        const legacy = LEGACY_KEYS[key];
        const bare = key.replace(/^-+/, '');
        const close = legacy || OTHER_HUB_KEYS.has(key) ? undefined : (0,_schema_suggest_js__WEBPACK_IMPORTED_MODULE_7__/* .suggest */ .Z)(bare, known);
        if (close && (0,_schema_suggest_js__WEBPACK_IMPORTED_MODULE_7__/* .editDistance */ .Y)(bare.toLowerCase(), close) > 2)
            continue;
        if (legacy)
            out.push((0,_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .finding */ .gk)('card/legacy-key', profile, file, `\`${key}\` is a legacy key that the Hub no longer reads`, { ...where([key]), hint: `use \`${legacy}\`` }));
        else if (close)
            out.push((0,_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .finding */ .gk)('card/unknown-key', profile, file, `unknown key \`${key}\``, { ...where([key]), hint: `did you mean \`${close}\`?` }));
    }
    for (const key of PER_CONFIG_KEYS) {
        const v = metadata[key];
        if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
            out.push((0,_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .finding */ .gk)('card/legacy-key', profile, file, `\`${key}\` is a mapping per config (2021 legacy form)`, { ...where([key]), hint: `write \`${key}\` as one list for the whole dataset` }));
        }
    }
    if (metadata.license === 'other' && (!metadata.license_name || !metadata.license_link)) {
        out.push((0,_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .finding */ .gk)('card/license-other', profile, file, '`license: other` without `license_name` and `license_link`', where(['license'], 'value')));
    }
    return out;
}
function keyHint(key) {
    switch (key) {
        case 'name':
            return 'add `name: my-model` (lower case, digits, `.`, `_`, `-`)';
        case 'version':
            return 'add `version: 0.1.0` (semver)';
        case 'owners':
            return 'add `owners: ["@your-team"]`';
        default:
            return 'add `risk: low` (low, medium or high)';
    }
}
function sectionFindings(doc, opts) {
    const { file, profile, sections } = doc;
    const out = [];
    const all = (0,_sections_js__WEBPACK_IMPORTED_MODULE_4__/* .allSections */ .ym)(sections);
    if (doc.format === 'markdown' && !(0,_sections_js__WEBPACK_IMPORTED_MODULE_4__/* .hasContent */ .ov)(sections)) {
        out.push((0,_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .finding */ .gk)('card/empty-body', profile, file, 'has no text below the front matter', { line: sections.line }));
    }
    for (const check of (0,_profiles_js__WEBPACK_IMPORTED_MODULE_2__/* .checkSections */ .fM)(sections, (0,_profiles_js__WEBPACK_IMPORTED_MODULE_2__/* .requiredSections */ .Os)(doc.kind, profile, doc.metadata.risk, opts.requiredSections))) {
        const { title } = check.requirement;
        const first = check.found[0];
        if (!first) {
            out.push((0,_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .finding */ .gk)('card/missing-section', profile, file, `missing section "${title}"`, {
                line: sections.endLine,
                hint: `add a \`## ${title}\` section${synonymsHint(check.requirement.phrases)}`,
            }));
        }
        else if (!check.filled) {
            out.push((0,_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .finding */ .gk)('card/empty-section', profile, file, `section "${first.title}" (${title}) is empty`, { line: first.line, hint: `write the ${title.toLowerCase()} under the heading` }));
        }
    }
    for (const s of [sections, ...all]) {
        const first = s.placeholders[0];
        if (!first)
            continue;
        const kinds = [...new Set(s.placeholders.map((p) => p.text))].map((t) => `\`${t}\``).join(', ');
        const where = s.depth === 0 ? 'before the first heading' : `in section "${s.title}"`;
        out.push((0,_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .finding */ .gk)('card/placeholder', profile, file, `${s.placeholders.length} template placeholder${s.placeholders.length === 1 ? '' : 's'} left ${where} (${kinds})`, {
            line: first.line,
            hint: 'replace the placeholder with real content, or delete the line',
        }));
    }
    return out;
}
function synonymsHint(phrases) {
    return phrases.length > 1 ? ` (headings containing ${phrases.slice(0, 4).map((p) => `"${p}"`).join(', ')} also count)` : '';
}
const TEXT_PLACEHOLDER = /\b(?:TODO|TBD|FIXME)\b|\[More Information Needed\]/;
/**
 * The Hub's annotated spec writes `key: {placeholder}`, which YAML reads as a one-key mapping with an
 * empty value. Those are reported once as placeholders and removed before schema validation, so a
 * template yields one finding instead of a type error per key.
 */
function withoutPlaceholders(value, path = []) {
    const placeholders = [];
    const walk = (v, at) => {
        if (Array.isArray(v))
            return v.map((x, i) => walk(x, [...at, i])).filter((x) => x !== undefined);
        if (typeof v === 'string' && TEXT_PLACEHOLDER.test(v))
            placeholders.push({ name: v.length > 40 ? `${v.slice(0, 37)}...` : v, path: at, text: true });
        if (v === null || typeof v !== 'object')
            return v;
        const entries = Object.entries(v);
        const only = entries[0];
        if (entries.length === 1 && only && only[1] === null && /^[\w .-]+$/.test(only[0])) {
            placeholders.push({ name: only[0], path: at });
            return undefined;
        }
        const out = {};
        for (const [k, x] of entries) {
            const w = walk(x, [...at, k]);
            if (w !== undefined)
                out[k] = w;
        }
        return out;
    };
    return { value: walk(value, path), placeholders };
}
/** Long enums (80 license ids) make unreadable messages: keep the first few and point at the schema. */
function shortenEnum(f) {
    if (f.message.length <= 240)
        return f;
    const m = /^(.*? must be (?:one of )?)(.*?)( or a list)?(, not .*)$/.exec(f.message);
    if (!m)
        return f;
    const items = (m[2] ?? '').split(', ');
    return { ...f, message: `${m[1]}${items.slice(0, 6).join(', ')}, … (${items.length - 6} more in the schema)${m[3] ?? ''}${m[4] ?? ''}` };
}
/**
 * A key left as `{placeholder}` was reported as a placeholder; the schema errors it causes ("missing
 * required key", a failed `anyOf` around it) would only repeat that.
 */
function isMissingPlaceholder(f, stripped) {
    if (stripped.size === 0)
        return false;
    const m = /^missing required key `([^`]+)` (?:in `([^`]+)`|at the top level)$/.exec(f.message);
    if (m && m[1]) {
        const parent = m[2] ?? '';
        const key = /^[\w-]+$/.test(m[1]) ? (parent ? `${parent}.${m[1]}` : m[1]) : `${parent}[${JSON.stringify(m[1])}]`;
        return stripped.has(key);
    }
    const at = /^`([^`]+)` must be/.exec(f.message)?.[1];
    return at !== undefined && [...stripped].some((s) => s.startsWith(`${at}.`) || s.startsWith(`${at}[`));
}


/***/ }),

/***/ 8979:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ax: () => (/* binding */ fingerprintOf),
/* harmony export */   dj: () => (/* binding */ canonicalJson),
/* harmony export */   fg: () => (/* binding */ sha256Hex)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The experiment record (SPEC §6, schema `schemas/experiment.schema.json`): everything needed to
 * reproduce and judge one training or evaluation run. Pure types and canonical hashing.
 */

/** JSON with keys sorted at every level, so equal records hash equally whatever the key order. */
function canonicalJson(value) {
    return JSON.stringify(sortKeys(value));
}
function sortKeys(value) {
    if (Array.isArray(value))
        return value.map(sortKeys);
    if (value && typeof value === 'object') {
        const out = {};
        for (const key of Object.keys(value).sort())
            out[key] = sortKeys(value[key]);
        return out;
    }
    return value;
}
/** SHA-256 hex of a string or bytes. */
function sha256Hex(data) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex');
}
/**
 * The identity of a run: its content (params, metrics, data, code, seeds, artifacts, note, source)
 * plus the GitHub run id when there is one, so a re-run attempt of the same workflow run converges on
 * the same experiment while two workflow runs with equal results stay two experiments. The name, the
 * time and the machine are left out: they differ between attempts of the same run.
 */
function fingerprintOf(record) {
    const { environment, ...content } = record;
    return sha256Hex(canonicalJson({ ...content, lockfiles: environment.lockfiles, runId: environment.runner.runId ?? null }));
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

/***/ 6438:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fe: () => (/* binding */ parseTagName),
/* harmony export */   oD: () => (/* binding */ isValidArtifactName),
/* harmony export */   pg: () => (/* binding */ formatTagName)
/* harmony export */ });
/* unused harmony export isValidStageName */
/* harmony import */ var _semver_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4647);
/**
 * The registry's tag grammar, compatible with GTO both ways (iterative/gto, gto/constants.py `tag_re`
 * and gto/tag.py `name_tag`):
 *   register `{artifact}@v{semver}`     deregister `{artifact}@v{semver}!`
 *   assign   `{artifact}#{stage}#{N}`   unassign   `{artifact}#{stage}!#{N}`
 *   deprecate `{artifact}@deprecated`   create `{artifact}@created` (GTO reserves it; read, never written)
 * Any of them may carry a `#{N}` counter; GTO's legacy assignment `{artifact}#{stage}` has none.
 * Artifact names may contain `/` (datasets are `data/{name}`); GTO's `dir:name` form is `dir=name` in a tag.
 */

const NAME = '[a-zA-Z0-9](?:[a-zA-Z0-9\\-/_]*[a-zA-Z0-9])?';
const DIRNAME = '[a-zA-Z0-9\\-_./]+';
const ACTION = `(?:(?:#(?<stage>${NAME})|@(?<version>v${_semver_js__WEBPACK_IMPORTED_MODULE_0__/* .SEMVER_SOURCE */ .DM}))(?<cancel>!?)|@(?:(?<deprecated>deprecated)|(?<created>created)))(?:#(?<counter>[0-9]+))?$`;
const TAG_RE = new RegExp(`^(?<artifact>(?:${DIRNAME}=)?${NAME})${ACTION}`);
// Without GTO's `dir=` prefix (nearly every tag) a simpler pattern avoids backtracking over the folder part.
const PLAIN_TAG_RE = new RegExp(`^(?<artifact>${NAME})${ACTION}`);
const NAME_RE = new RegExp(`^(?:${DIRNAME}:)?${NAME}$`);
const STAGE_RE = new RegExp(`^${NAME}$`);
/** True when GTO accepts the artifact name (letters, digits, `-`, `_`, `/`; starts and ends alphanumeric). */
function isValidArtifactName(name) {
    return NAME_RE.test(name);
}
/** True when GTO accepts the stage name. */
function isValidStageName(stage) {
    return STAGE_RE.test(stage);
}
/** Parses a tag name; undefined when it is not a registry tag (experiment tags, release tags …). */
function parseTagName(tag) {
    if (!tag.includes('@') && !tag.includes('#'))
        return undefined;
    const m = (tag.includes('=') ? TAG_RE : PLAIN_TAG_RE).exec(tag);
    const g = m?.groups;
    if (!g?.artifact)
        return undefined;
    const artifact = g.artifact.replace('=', ':');
    const counter = g.counter !== undefined ? Number(g.counter) : undefined;
    const cancel = g.cancel === '!';
    if (g.version)
        return { artifact, action: cancel ? 'deregister' : 'register', version: g.version, counter };
    if (g.stage)
        return { artifact, action: cancel ? 'unassign' : 'assign', stage: g.stage, counter };
    return { artifact, action: g.deprecated ? 'deprecate' : 'create', counter };
}
/** Formats a tag name; the inverse of parseTagName. Throws on names GTO would reject. */
function formatTagName(t) {
    if (!isValidArtifactName(t.artifact))
        throw new Error(`invalid artifact name '${t.artifact}'`);
    const artifact = t.artifact.replace(':', '=');
    const counter = t.counter !== undefined ? `#${t.counter}` : '';
    switch (t.action) {
        case 'register':
        case 'deregister': {
            const version = t.version?.startsWith('v') ? t.version : `v${t.version ?? ''}`;
            const tag = `${artifact}@${version}${t.action === 'deregister' ? '!' : ''}${counter}`;
            if (!TAG_RE.test(tag))
                throw new Error(`invalid version '${t.version}' for ${t.artifact}`);
            return tag;
        }
        case 'assign':
        case 'unassign':
            if (!t.stage || !isValidStageName(t.stage))
                throw new Error(`invalid stage name '${t.stage}'`);
            return `${artifact}#${t.stage}${t.action === 'unassign' ? '!' : ''}${counter}`;
        case 'deprecate':
            return `${artifact}@deprecated${counter}`;
        case 'create':
            return `${artifact}@created${counter}`;
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

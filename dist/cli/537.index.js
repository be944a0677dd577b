export const id = 537;
export const ids = [537,918,450];
export const modules = {

/***/ 8537:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cardsAt: () => (/* binding */ cardsAt),
/* harmony export */   completeCard: () => (/* binding */ completeCard)
/* harmony export */ });
/* harmony import */ var _core_cards_document_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(840);
/* harmony import */ var _core_cards_sections_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2855);
/* harmony import */ var _core_cards_validate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8137);
/* harmony import */ var _card_metadata_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(158);
/**
 * Model and data cards read at a git revision (not the work tree), so that registration, promotion and
 * the gate read exactly the committed content. What a card declares comes from its front matter
 * (card-metadata.ts); completing a card parses its Markdown with the cards module (`parseCard`) and
 * validates it, for the callers that judge it: whether a change is explained, whether it is complete.
 */




/** Every configured model and dataset card at `rev` that declares a version, complete (datasets as `data/{name}`). */
async function cardsAt(git, config, rev) {
    return (await (0,_card_metadata_js__WEBPACK_IMPORTED_MODULE_3__/* .declaredCardsAt */ .jQ)(git, config, rev)).map(completeCard);
}
/** A declared card with its body read and validated. */
function completeCard(card) {
    const doc = (0,_core_cards_document_js__WEBPACK_IMPORTED_MODULE_0__.parseCard)(card.text, card.cardPath, card.kind, 'standard');
    return {
        ...card,
        explainsChange: (0,_core_cards_sections_js__WEBPACK_IMPORTED_MODULE_1__/* .allSections */ .ym)(doc.sections).some((s) => /change/i.test(s.title)),
        missing: (0,_core_cards_validate_js__WEBPACK_IMPORTED_MODULE_2__/* .validateCardDocument */ .k)(doc)
            .filter((f) => f.severity === 'error')
            .map((f) => f.message),
    };
}


/***/ }),

/***/ 840:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseCard: () => (/* binding */ parseCard)
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
        out.push((0,_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .finding */ .gk)('card/placeholder', profile, file, `${placeholders.length} template placeholder${placeholders.length === 1 ? '' : 's'} left in the front matter (${names}${placeholders.length > 3 ? ', \u2026' : ''})`, { ...where(first.path, 'value'), hint: 'replace each `{placeholder}` with a real value, or delete the key' }));
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
    return { ...f, message: `${m[1]}${items.slice(0, 6).join(', ')}, \u2026 (${items.length - 6} more in the schema)${m[3] ?? ''}${m[4] ?? ''}` };
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

/***/ 9512:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ formatPath),
/* harmony export */   o: () => (/* binding */ pointerToPath)
/* harmony export */ });
/** Splits an ajv instancePath (a JSON Pointer) into keys and array indexes. */
function pointerToPath(pointer, value) {
    if (!pointer)
        return [];
    const path = [];
    let node = value;
    for (const raw of pointer.slice(1).split('/')) {
        const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
        const segment = Array.isArray(node) && /^\d+$/.test(key) ? Number(key) : key;
        path.push(segment);
        node =
            node !== null && typeof node === 'object'
                ? node[segment]
                : undefined;
    }
    return path;
}
/** `models[0].risk`, `promotion.production.approvals`; empty for the document itself. */
function formatPath(path) {
    let out = '';
    for (const segment of path) {
        if (typeof segment === 'number')
            out += `[${segment}]`;
        else if (/^[\w-]+$/.test(segment))
            out += out ? `.${segment}` : segment;
        else
            out += `[${JSON.stringify(segment)}]`;
    }
    return out;
}


/***/ }),

/***/ 3637:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zs: () => (/* binding */ precompiledValidator),
/* harmony export */   sc: () => (/* binding */ registerPrecompiled)
/* harmony export */ });
/* unused harmony export precompiledSchemas */
const bySchema = new WeakMap();
const byId = new Map();
/** Registers the precompiled validator of `schema` (called by the generated modules). */
function registerPrecompiled(schema, validate) {
    bySchema.set(schema, validate);
    const id = schema.$id;
    if (typeof id === 'string' && !byId.has(id))
        byId.set(id, { schema, validate });
}
/** The precompiled validator of this schema object, or of the schema with its `$id`. */
function precompiledValidator(schema) {
    const id = schema.$id;
    return bySchema.get(schema) ?? (typeof id === 'string' ? byId.get(id)?.validate : undefined);
}
/** Every registered schema with an `$id`: a runtime-compiled schema may `$ref` them. */
function precompiledSchemas() {
    return [...byId.values()].map((e) => e.schema);
}


/***/ }),

/***/ 3049:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ editDistance),
/* harmony export */   Z: () => (/* binding */ suggest)
/* harmony export */ });
/** "Did you mean" suggestions by edit distance, as git and npm print them for mistyped words. */
/** Damerau-Levenshtein (optimal string alignment) distance: a swapped pair of letters counts once. */
function editDistance(a, b) {
    const d = Array.from({ length: a.length + 1 }, (_, i) => [
        i,
        ...new Array(b.length).fill(0),
    ]);
    for (let j = 1; j <= b.length; j++)
        d[0][j] = j;
    for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let best = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                best = Math.min(best, d[i - 2][j - 2] + 1);
            d[i][j] = best;
        }
    }
    return d[a.length][b.length];
}
/** The closest candidate within a third of the word's length, rounded up (at most 3 edits), if any. */
function suggest(word, candidates) {
    if (word.length > 64)
        return undefined;
    const limit = Math.min(3, Math.max(1, Math.ceil(word.length / 3)));
    let best;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
        if (distance <= limit && distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}


/***/ }),

/***/ 8450:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Fc: () => (/* binding */ compileSchema),
  bo: () => (/* binding */ relevantErrors),
  v9: () => (/* binding */ validateAgainstSchema)
});

// UNUSED EXPORTS: MAX_SCHEMA_FINDINGS, setRuntimeCompiler

// EXTERNAL MODULE: ./src/core/yaml/locate.ts
var locate = __webpack_require__(1473);
// EXTERNAL MODULE: ./src/core/schema/suggest.ts
var suggest = __webpack_require__(3049);
// EXTERNAL MODULE: ./src/core/schema/path.ts
var schema_path = __webpack_require__(9512);
;// CONCATENATED MODULE: ./src/core/schema/messages.ts


const typeNames = {
    object: 'a mapping',
    array: 'a list',
    string: 'a string',
    number: 'a number',
    integer: 'a whole number',
    boolean: 'true or false',
    null: 'empty',
};
/** Describes an ajv error against the validated value (needed to tell list indexes from keys). */
function describeError(e, root) {
    const path = (0,schema_path/* pointerToPath */.o)(e.instancePath, root);
    const name = (0,schema_path/* formatPath */.j)(path);
    const subject = path.length ? `\`${name}\`` : 'the document';
    const got = valueAt(root, path);
    const p = e.params;
    if (e.propertyName !== undefined)
        return badKey(e, path);
    switch (e.keyword) {
        case 'additionalProperties':
        case 'unevaluatedProperties':
            return unknownKey(String(p.additionalProperty ?? p.unevaluatedProperty), path, e.parentSchema);
        case 'required':
            return {
                rule: 'required',
                message: `missing required key \`${String(p.missingProperty)}\` ${path.length ? `in \`${name}\`` : 'at the top level'}`,
                hint: description(propertySchema(e.parentSchema, String(p.missingProperty))),
                path,
                at: 'auto',
            };
        case 'dependentRequired':
            // ajv lists every dependent key in its message; name the one that is missing.
            return {
                rule: 'required',
                message: `missing key \`${String(p.missingProperty)}\` in \`${name}\`, which \`${String(p.property)}\` needs`,
                hint: description(propertySchema(e.parentSchema, String(p.missingProperty))),
                path: [...path, String(p.property)],
                at: 'key',
            };
        case 'type':
            return {
                rule: 'type',
                message: `${subject} must be ${typeList(String(p.type).split(','))}, not ${describeValue(got)}`,
                path,
                at: 'value',
            };
        case 'enum':
        case 'const': {
            const allowed = (e.keyword === 'enum' ? p.allowedValues : [p.allowedValue]) ?? [];
            const close = typeof got === 'string' ? (0,suggest/* suggest */.Z)(got, allowed.map(String)) : undefined;
            return {
                rule: 'enum',
                message: `${subject} must be ${allowed.length === 1 ? '' : 'one of '}${allowed.map(show).join(', ')}, not ${show(got)}`,
                hint: close ? `did you mean \`${close}\`?` : undefined,
                path,
                at: 'value',
            };
        }
        case 'anyOf':
        case 'oneOf':
            return {
                rule: 'type',
                message: `${subject} must be ${branchList(e.schema)}, not ${describeValue(got)}`,
                path,
                at: 'value',
            };
        case 'minimum':
        case 'maximum':
        case 'exclusiveMinimum':
        case 'exclusiveMaximum':
            return {
                rule: 'range',
                message: `${subject} must be ${String(p.comparison)} ${String(p.limit)}, not ${show(got)}`,
                path,
                at: 'value',
            };
        case 'pattern':
            return {
                rule: 'format',
                message: `${subject} must match \`${String(p.pattern)}\`, not ${show(got)}`,
                hint: description(e.parentSchema),
                path,
                at: 'value',
            };
        case 'format':
            return {
                rule: 'format',
                message: `${subject} must be a valid ${String(p.format)}, not ${show(got)}`,
                path,
                at: 'value',
            };
        case 'minItems':
        case 'maxItems':
        case 'minLength':
        case 'maxLength':
        case 'minProperties':
        case 'maxProperties':
            return {
                rule: 'size',
                message: `${subject} ${sizeText(e.keyword, Number(p.limit))}`,
                path,
                at: 'value',
            };
        case 'uniqueItems':
            return {
                rule: 'size',
                message: `${subject} lists the same value twice (items ${String(p.j)} and ${String(p.i)})`,
                path: [...path, Number(p.i)],
                at: 'value',
            };
        default:
            return {
                rule: 'invalid',
                message: `${subject} ${e.message ?? 'is invalid'}`,
                path,
                at: 'value',
            };
    }
}
/** A key that breaks `propertyNames` (e.g. a stage name with spaces): point at the key itself. */
function badKey(e, parent) {
    const key = String(e.propertyName);
    const where = parent.length ? `under \`${(0,schema_path/* formatPath */.j)(parent)}\`` : 'at the top level';
    const expected = e.keyword === 'pattern'
        ? `must match \`${String(e.params.pattern)}\``
        : (e.message ?? 'is not allowed');
    return {
        rule: 'format',
        message: `key \`${key}\` ${where} ${expected}`,
        hint: description(e.parentSchema),
        path: [...parent, key],
        at: 'key',
    };
}
function unknownKey(key, parent, parentSchema) {
    const allowed = Object.keys(propertiesOf(parentSchema));
    const close = (0,suggest/* suggest */.Z)(key, allowed);
    const where = parent.length ? `under \`${(0,schema_path/* formatPath */.j)(parent)}\`` : 'at the top level';
    let hint = close ? `did you mean \`${close}\`?` : undefined;
    if (!hint && allowed.length)
        hint = `allowed keys: ${allowed.map((k) => `\`${k}\``).join(', ')}`;
    return {
        rule: 'unknown-key',
        message: `unknown key \`${key}\` ${where}`,
        hint,
        path: [...parent, key],
        at: 'key',
    };
}
function valueAt(root, path) {
    let node = root;
    for (const segment of path) {
        if (node === null || typeof node !== 'object' || !Object.hasOwn(node, segment))
            return undefined;
        node = node[segment];
    }
    return node;
}
function propertiesOf(schema) {
    const props = schema !== null && typeof schema === 'object'
        ? schema.properties
        : undefined;
    return props !== null && typeof props === 'object' ? props : {};
}
function propertySchema(schema, key) {
    return propertiesOf(schema)[key];
}
function description(schema) {
    const d = schema !== null && typeof schema === 'object'
        ? schema.description
        : undefined;
    return typeof d === 'string' ? d : undefined;
}
function typeList(types) {
    const names = types.map((t) => typeNames[t] ?? t);
    return names.length <= 1 ? (names[0] ?? 'valid') : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
}
/** Names the alternatives of an anyOf/oneOf by their types or constants. */
function branchList(branches) {
    if (!Array.isArray(branches))
        return 'valid';
    const names = new Set();
    for (const b of branches) {
        if ('const' in b)
            names.add(show(b.const));
        else if (Array.isArray(b.enum))
            for (const v of b.enum)
                names.add(show(v));
        else if (typeof b.type === 'string')
            names.add(typeNames[b.type] ?? b.type);
        else if (Array.isArray(b.type))
            for (const t of b.type)
                names.add(typeNames[String(t)] ?? String(t));
    }
    return names.size ? typeList([...names]) : 'one of the allowed forms';
}
function describeValue(v) {
    if (v === null || v === undefined)
        return 'empty';
    if (Array.isArray(v))
        return 'a list';
    if (typeof v === 'object')
        return 'a mapping';
    return `${typeNames[typeof v] ?? typeof v} (${show(v)})`;
}
function show(v) {
    if (v === null || v === undefined)
        return 'empty';
    if (typeof v === 'object')
        return Array.isArray(v) ? 'a list' : 'a mapping';
    const text = typeof v === 'string' ? v : JSON.stringify(v);
    return `\`${text.length > 60 ? `${text.slice(0, 57)}...` : text}\``;
}
function sizeText(keyword, limit) {
    const unit = keyword.endsWith('Items') ? 'item' : keyword.endsWith('Length') ? 'character' : 'key';
    const plural = limit === 1 ? unit : `${unit}s`;
    return keyword.startsWith('min')
        ? `must have at least ${limit} ${plural}`
        : `must have at most ${limit} ${plural}`;
}

// EXTERNAL MODULE: ./src/core/schema/precompiled.ts
var precompiled = __webpack_require__(3637);
;// CONCATENATED MODULE: ./src/core/schema/validate.ts



const byObject = new WeakMap();
/** A file with thousands of errors is one mistake repeated; a hundred findings say it and keep reports readable. */
const MAX_SCHEMA_FINDINGS = 100;
let runtimeCompiler;
/** Installs the compiler for schemas that are not precompiled (src/core/schema/runtime.ts). */
function setRuntimeCompiler(compile) {
    runtimeCompiler = compile;
}
/**
 * The validator of a schema: precompiled at build time for the schemas in schemas/ (see
 * precompiled.ts), else compiled once by the run-time compiler that importing index.ts installs.
 */
function compileSchema(schema) {
    const cached = byObject.get(schema) ?? (0,precompiled/* precompiledValidator */.Zs)(schema);
    if (cached)
        return cached;
    if (!runtimeCompiler) {
        const id = schema.$id;
        throw new Error(`schema ${typeof id === 'string' ? id : '(without $id)'} is not precompiled: import it from ` +
            'src/generated/validators/ (node scripts/generate-validators.mjs), or import src/core/schema/index.js to compile it at run time');
    }
    const validate = runtimeCompiler(schema);
    byObject.set(schema, validate);
    return validate;
}
/** Validates a parsed value against a JSON Schema; every error is a Finding at its YAML location. */
function validateAgainstSchema(schema, value, source, opts) {
    const validate = compileSchema(schema);
    if (validateAt(validate, value, opts.at))
        return [];
    const findings = [];
    const seen = new Set();
    const errors = relevantErrors(validate.errors ?? []);
    for (const error of errors) {
        if (findings.length === MAX_SCHEMA_FINDINGS) {
            findings.push({
                rule: `${opts.rulePrefix}/too-many-errors`,
                severity: 'error',
                message: `${opts.file} has more schema errors; only the first ${MAX_SCHEMA_FINDINGS} are listed`,
                file: opts.file,
                hint: 'Fix these and validate again.',
            });
            break;
        }
        const d = describeError(error, value);
        const where = source ? (0,locate/* locate */.x)(source, d.path, { at: d.at }) : {};
        const finding = {
            rule: `${opts.rulePrefix}/${d.rule}`,
            severity: 'error',
            message: d.message,
            file: opts.file,
            ...where,
        };
        if (d.hint)
            finding.hint = d.hint;
        const id = `${finding.rule}:${finding.line}:${finding.column}:${finding.message}`;
        if (seen.has(id))
            continue;
        seen.add(id);
        findings.push(finding);
    }
    return findings;
}
/** Runs `validate` on the part of `value` at `at`, with ajv's data context so errors point into `value`. */
function validateAt(validate, value, at) {
    if (!at?.length)
        return validate(value);
    let parentData;
    let node = value;
    for (const key of at) {
        parentData = node;
        node = node !== null && typeof node === 'object' ? node[key] : undefined;
    }
    if (node === undefined)
        return true;
    // RFC 6901: `~` and `/` are escaped in a JSON Pointer segment.
    const instancePath = at.map((k) => `/${String(k).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
    return validate(node, {
        instancePath,
        parentData: parentData,
        parentDataProperty: at[at.length - 1],
        rootData: value,
        dynamicAnchors: {},
    });
}
/**
 * ajv reports every failing branch of `anyOf`/`oneOf` plus the combinator itself. Keep one voice:
 * when exactly one branch has the right type, its errors; otherwise the combinator's error alone.
 * `if` and `propertyNames` errors only wrap the errors that follow them, which say more.
 */
function relevantErrors(errors) {
    const drop = new Set();
    for (const e of errors) {
        if (e.keyword === 'if' || e.keyword === 'propertyNames')
            drop.add(e);
        if (e.keyword !== 'anyOf' && e.keyword !== 'oneOf')
            continue;
        const inside = errors.filter((x) => x !== e && x.schemaPath.startsWith(`${e.schemaPath}/`));
        const branches = groupByBranch(inside, e.schemaPath);
        const typed = [...branches.values()].filter((list) => !list.some((x) => isTypeMismatchAt(x, e.instancePath)));
        if (typed.length === 1) {
            drop.add(e);
            for (const x of inside)
                if (!typed[0].includes(x))
                    drop.add(x);
        }
        else {
            for (const x of inside)
                drop.add(x);
        }
    }
    return errors.filter((e) => !drop.has(e));
}
function groupByBranch(errors, base) {
    const map = new Map();
    for (const e of errors) {
        const branch = e.schemaPath.slice(base.length + 1).split('/', 1)[0] ?? '';
        map.set(branch, [...(map.get(branch) ?? []), e]);
    }
    return map;
}
function isTypeMismatchAt(e, instancePath) {
    return (e.instancePath === instancePath && (e.keyword === 'type' || e.keyword === 'const' || e.keyword === 'enum'));
}


/***/ })

};

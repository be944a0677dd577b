export const id = 918;
export const ids = [918];
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


/***/ })

};

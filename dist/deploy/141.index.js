export const id = 141;
export const ids = [141];
export const modules = {

/***/ 4141:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseCard: () => (/* binding */ parseCard)
});

// EXTERNAL MODULE: ./src/core/yaml/index.ts
var yaml = __webpack_require__(1971);
// EXTERNAL MODULE: ./src/core/cards/frontmatter.ts
var frontmatter = __webpack_require__(9125);
// EXTERNAL MODULE: ./node_modules/mdast-util-from-markdown/lib/index.js + 53 modules
var lib = __webpack_require__(3825);
;// CONCATENATED MODULE: ./src/core/cards/sections.ts
/** A card body as a tree of sections with card line numbers, parsed by a CommonMark parser (micromark). */

/**
 * Only block structure matters here (headings, paragraphs, code, HTML, tables as paragraphs): with
 * the inline constructs off, micromark parses cards about twice as fast, and placeholders inside
 * paragraphs are still found in the raw text (code spans are skipped by hand, see visibleText).
 */
const BLOCKS_ONLY = {
    disable: { null: ['attention', 'autolink', 'characterEscape', 'characterReference', 'codeText', 'hardBreakEscape', 'htmlText', 'labelStartImage', 'labelStartLink', 'labelEnd'] },
};
/** Parses a body into sections; `bodyLine` is the card line the body starts on. */
function parseSections(body, bodyLine = 1, extraPlaceholders = []) {
    // `cards.placeholders` defaults to the built-in words; only strings they do not already catch are added.
    const extra = extraPlaceholders.filter((t) => t.trim() !== '' && !PLACEHOLDERS.some(([re]) => new RegExp(re.source, re.flags.replace('g', '')).test(t)));
    const patterns = extra.length ? [...PLACEHOLDERS, ...extra.map(literal)] : PLACEHOLDERS;
    const root = { title: '', key: '', depth: 0, line: bodyLine, endLine: bodyLine, hasOwnContent: false, placeholders: [], children: [] };
    const tree = (0,lib/* fromMarkdown */.Y)(body, { extensions: [BLOCKS_ONLY] });
    const shift = bodyLine - 1;
    const stack = [root];
    for (const node of tree.children) {
        const start = (node.position?.start.line ?? 1) + shift;
        const end = (node.position?.end.line ?? 1) + shift;
        if (node.type === 'heading') {
            while (stack.length > 1 && (stack[stack.length - 1]?.depth ?? 0) >= node.depth)
                stack.pop();
            const title = sections_toString(node).replace(/\*\*|__|`/g, '').trim();
            const section = { title, key: normaliseHeading(title), depth: node.depth, line: start, endLine: end, hasOwnContent: false, placeholders: [], children: [] };
            stack[stack.length - 1]?.children.push(section);
            stack.push(section);
        }
        else {
            const current = stack[stack.length - 1] ?? root;
            current.placeholders.push(...placeholdersIn(node, shift, patterns));
            if (isContent(node, patterns))
                current.hasOwnContent = true;
        }
        for (const open of stack)
            open.endLine = Math.max(open.endLine, end);
    }
    return root;
}
/** True when a section or any of its subsections has real content. */
function hasContent(section) {
    return section.hasOwnContent || section.children.some(hasContent);
}
/** Every section of the tree in document order (preamble excluded). */
function allSections(root) {
    const out = [];
    const visit = (s) => {
        for (const c of s.children) {
            out.push(c);
            visit(c);
        }
    };
    visit(root);
    return out;
}
/**
 * Lower case, no leading numbering ("1.", "2.3", "A."), `&` read as "and", punctuation, emoji and
 * markup removed, spaces collapsed: "3. Bias, Risks & Limitations \ud83d\udea7" gives "bias risks and limitations".
 */
function normaliseHeading(title) {
    return title
        .toLowerCase()
        .replace(/&/g, ' and ')
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim()
        .replace(/^(?:\d+|[a-z])(?: \d+)* (?=\p{L})/u, '')
        .replace(/\s+/g, ' ');
}
const PLACEHOLDERS = [
    [/\[More Information Needed\]/gi, () => '[More Information Needed]'],
    [/\b(?:TODO|TBD|FIXME)\b/g, (m) => m],
    [/\{\{[^}]*\}\}/g, () => '{{ \u2026 }}'],
];
/** A configured placeholder string (`cards.placeholders`), matched literally. */
function literal(text) {
    return [new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'), () => text];
}
/** Comments, thematic breaks and pure placeholders do not count as content. */
function isContent(node, patterns) {
    if (node.type === 'html')
        return !/^\s*<!--[\s\S]*-->\s*$/.test(node.value);
    if (node.type === 'thematicBreak' || node.type === 'definition')
        return false;
    if (node.type === 'code')
        return node.value.trim() !== '';
    let text = sections_toString(node);
    for (const [re] of patterns)
        text = text.replace(re, '');
    return text.replace(/[|:\-\s*_]/g, '') !== '';
}
function placeholdersIn(node, shift, patterns) {
    if (node.type === 'code' || node.type === 'html')
        return [];
    const out = [];
    const base = (node.position?.start.line ?? 1) + shift;
    visitText(node, shift, (value, line) => {
        const lines = value.split('\n');
        lines.forEach((text, i) => {
            for (const [re, label] of patterns)
                for (const m of text.matchAll(re))
                    out.push({ text: label(m[0]), line: line + i });
            if (node.type === 'paragraph' && /^\s*\|(?:\s*\|)+\s*$/.test(text))
                out.push({ text: 'empty table row', line: line + i });
        });
    });
    // Inline `text` nodes carry their own positions; fall back to the block's first line.
    return out.map((p) => ({ ...p, line: Number.isFinite(p.line) ? p.line : base }));
}
function visitText(node, shift, emit) {
    if (node.type === 'text') {
        emit(visibleText(node.value), (node.position?.start.line ?? Number.NaN) + shift);
        return;
    }
    if (node.type === 'inlineCode' || node.type === 'code')
        return;
    if ('children' in node)
        for (const child of node.children)
            visitText(child, shift, emit);
}
/** Raw paragraph text without code spans (`TODO` in backticks is code, not a placeholder); lines are kept. */
function visibleText(raw) {
    return raw.includes('`') ? raw.replace(/`[^`\n]*`/g, (m) => ' '.repeat(m.length)) : raw;
}
/** The visible text of a node (mdast-util-to-string's semantics, without alt texts). */
function sections_toString(node) {
    if ('value' in node && typeof node.value === 'string' && node.type !== 'html')
        return node.value;
    if ('children' in node)
        return node.children.map((c) => sections_toString(c)).join('');
    return '';
}

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
        root.children.push({ title, key: normaliseHeading(title), depth: 2, line, endLine: line, hasOwnContent: present, placeholders: [], children: [] });
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

;// CONCATENATED MODULE: ./src/core/cards/rules.ts
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
    const sections = parseSections(split.body, split.bodyLine, placeholders);
    return { file, kind, profile, format: 'markdown', metadata, source, hasMetadata: split.found, sections, findings };
}
function parseJsonCard(text, file, kind, profile) {
    // JSON is YAML 1.2, so the YAML parser gives the same value plus node positions for exact lines.
    const parsed = (0,yaml/* parseYaml */.hN)(text, file, { expect: 'mapping', rulePrefix: 'card/yaml' });
    const empty = { title: '', key: '', depth: 0, line: 1, endLine: 1, hasOwnContent: false, placeholders: [], children: [] };
    const base = { file, kind, profile, source: parsed.source, findings: parsed.findings };
    if (!looksLikeModelCardToolkit(parsed.value)) {
        const f = finding('card/unreadable', profile, file, 'is JSON but not a Model Card Toolkit card (no `model_details`)', {
            line: 1,
            hint: 'use MODEL_CARD.md with YAML front matter, or a Model Card Toolkit `model_card.json`',
        });
        return { ...base, format: 'model-card-toolkit', metadata: {}, hasMetadata: false, sections: empty, findings: [...parsed.findings, f] };
    }
    const mapped = fromModelCardToolkit(parsed.value, parsed.source);
    return { ...base, format: 'model-card-toolkit', metadata: mapped.metadata, hasMetadata: true, sections: mapped.sections };
}


/***/ })

};

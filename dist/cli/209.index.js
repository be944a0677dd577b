export const id = 209;
export const ids = [209,730];
export const modules = {

/***/ 5209:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  qD: () => (/* binding */ validateCards)
});

// UNUSED EXPORTS: MAX_CARD_BYTES, cardWorld, discoverCards, globToRegExp, readCardFile

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:path/posix"
var posix_ = __webpack_require__(3916);
var posix_default = /*#__PURE__*/__webpack_require__.n(posix_);
// EXTERNAL MODULE: ./src/core/experiments/message.ts
var experiments_message = __webpack_require__(5819);
// EXTERNAL MODULE: ./src/core/yaml/index.ts
var yaml = __webpack_require__(1971);
// EXTERNAL MODULE: ./src/core/cards/datafiles.ts
var datafiles = __webpack_require__(2448);
// EXTERNAL MODULE: ./src/core/cards/document.ts + 1 modules
var cards_document = __webpack_require__(840);
;// CONCATENATED MODULE: ./src/core/cards/model.ts
/** Typed views of card metadata for the repository checks (the schema has already reported bad shapes). */
/** The `name` and `version` strings of a card, when present. */
function identity(metadata) {
    return { name: str(metadata.name), version: str(metadata.version) };
}
/** `files` of a data card with formats from `format` or the extension. */
function declaredFiles(metadata) {
    const files = Array.isArray(metadata.files) ? metadata.files : [];
    const out = [];
    files.forEach((f, index) => {
        if (!isRecord(f) || typeof f.path !== 'string' || f.path === '')
            return;
        out.push({ index, path: f.path, sha256: str(f.sha256), bytes: num(f.bytes), rows: num(f.rows), format: formatOf(f.path, str(f.format)) });
    });
    return out;
}
/** Table format from an explicit `format` or the file extension (`.csv`, `.tsv`, `.jsonl`/`.ndjson`, `.parquet`). */
function formatOf(path, explicit) {
    if (explicit === 'csv' || explicit === 'tsv' || explicit === 'jsonl' || explicit === 'parquet' || explicit === 'other')
        return explicit;
    const lower = path.toLowerCase();
    if (lower.endsWith('.csv'))
        return 'csv';
    if (lower.endsWith('.tsv') || lower.endsWith('.tab'))
        return 'tsv';
    if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson'))
        return 'jsonl';
    if (lower.endsWith('.parquet') || lower.endsWith('.pq'))
        return 'parquet';
    return 'other';
}
/** Declared columns from the data contract: `schema.columns` or Frictionless `schema.fields`. */
function declaredColumns(metadata) {
    const schema = metadata.schema;
    if (!isRecord(schema))
        return undefined;
    const key = Array.isArray(schema.columns) ? 'columns' : Array.isArray(schema.fields) ? 'fields' : undefined;
    if (!key)
        return undefined;
    const columns = [];
    schema[key].forEach((c, index) => {
        if (isRecord(c) && typeof c.name === 'string')
            columns.push({ index, name: c.name, type: str(c.type) });
    });
    return { key, columns };
}
/** Dataset references of a model card: `datasets` entries written `name` or `name@v1.2.0` / `name@1.2.0`. */
function datasetRefs(metadata) {
    const raw = typeof metadata.datasets === 'string' ? [metadata.datasets] : Array.isArray(metadata.datasets) ? metadata.datasets : [];
    const out = [];
    raw.forEach((ref, index) => {
        if (typeof ref !== 'string')
            return;
        const at = ref.lastIndexOf('@');
        if (at > 0)
            out.push({ index, ref, name: ref.slice(0, at), version: ref.slice(at + 1).replace(/^v/, '') });
        else
            out.push({ index, ref, name: ref });
    });
    return out;
}
/** The experiment tag name (`exp/\u2026`) a model card references, if any. */
function experimentTag(metadata) {
    const e = str(metadata.experiment);
    if (!e)
        return undefined;
    return e.startsWith('exp/') ? e : `exp/${e}`;
}
/** Numeric metrics of `model-index` (non-numeric values cannot be compared and are skipped). */
function modelIndexMetrics(metadata) {
    const out = [];
    const index = Array.isArray(metadata['model-index']) ? metadata['model-index'] : [];
    index.forEach((entry, i) => {
        const results = isRecord(entry) && Array.isArray(entry.results) ? entry.results : [];
        results.forEach((result, j) => {
            if (!isRecord(result) || !Array.isArray(result.metrics))
                return;
            const ds = isRecord(result.dataset) ? result.dataset : {};
            result.metrics.forEach((m, k) => {
                if (!isRecord(m) || typeof m.type !== 'string')
                    return;
                const value = typeof m.value === 'number' ? m.value : typeof m.value === 'string' && m.value.trim() !== '' ? Number(m.value) : Number.NaN;
                if (!Number.isFinite(value))
                    return;
                out.push({ path: ['model-index', i, 'results', j, 'metrics', k, 'value'], type: m.type, value, dataset: str(ds.type), split: str(ds.split) });
            });
        });
    });
    return out;
}
function isRecord(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}
function str(v) {
    return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
}
function num(v) {
    return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

// EXTERNAL MODULE: ./src/core/registry/semver.ts
var semver = __webpack_require__(4647);
// EXTERNAL MODULE: ./src/core/registry/tags.ts
var tags = __webpack_require__(6438);
// EXTERNAL MODULE: ./src/core/cards/rules.ts
var rules = __webpack_require__(4480);
;// CONCATENATED MODULE: ./src/core/cards/releases.ts



/** The registry artifact of a card: models are `{name}`, datasets `data/{name}` (SPEC \u00a77, GTO grammar). */
function artifactOf(kind, name) {
    return kind === 'data' ? `data/${name}` : name;
}
/** The version tag of a card: `{name}@v{version}` or `data/{name}@v{version}`. */
function versionTag(kind, name, version) {
    return `${artifactOf(kind, name)}@v${version}`;
}
/** Registered (not deregistered) versions of an artifact among tag names, without the `v`. */
function releasedVersions(tagNames, artifact) {
    const out = [];
    for (const t of tagNames) {
        const p = (0,tags/* parseTagName */.fe)(t);
        if (p?.artifact === artifact && p.action === 'register' && p.version)
            out.push(p.version.slice(1));
    }
    return out.sort(semver/* compareSemver */.mU);
}
/** A version below the latest release (and not itself released) goes backwards: an error. */
function versionRegressed(version, released, ctx) {
    if (!(0,semver/* parseSemver */.kf)(version) || released.includes(version))
        return [];
    const latest = released.at(-1);
    if (!latest || (0,semver/* compareSemver */.mU)(version, latest) > 0)
        return [];
    return [(0,rules/* finding */.gk)('card/version-regressed', ctx.profile, ctx.card, `version ${version} is not above the latest release ${latest}`, { ...ctx.at(['version']), hint: `use a version above ${latest}` })];
}
/** Default tolerance for model-index metrics against the experiment record (cards round to 3 decimals). */
const DEFAULT_METRIC_TOLERANCE = 1e-3;
/**
 * Each numeric model-index metric against the experiment's recorded metrics, looked up as
 * `{split}.{type}`, `{split}_{type}`, `{split}/{type}`, then `{type}` (records are flat maps).
 */
function compareMetrics(metrics, recorded, ctx) {
    const tolerance = ctx.tolerance ?? DEFAULT_METRIC_TOLERANCE;
    const out = [];
    for (const m of metrics) {
        const keys = m.split ? [`${m.split}.${m.type}`, `${m.split}_${m.type}`, `${m.split}/${m.type}`, m.type] : [m.type];
        const key = keys.find((k) => typeof toNumber(recorded[k]) === 'number');
        const at = ctx.at(m.path);
        if (key === undefined) {
            out.push((0,rules/* finding */.gk)('card/metric-unrecorded', ctx.profile, ctx.card, `metric \`${m.type}\` is not recorded by ${ctx.experiment}`, { ...at, hint: `recorded metrics: ${Object.keys(recorded).slice(0, 10).join(', ') || 'none'}` }));
            continue;
        }
        const value = toNumber(recorded[key]);
        if (Math.abs(value - m.value) > tolerance) {
            out.push((0,rules/* finding */.gk)('card/metric-mismatch', ctx.profile, ctx.card, `metric \`${m.type}\` is ${m.value} in the card but ${value} in ${ctx.experiment} (\`${key}\`)`, { ...at, hint: `set the value to ${value}, or reference the experiment that produced ${m.value}` }));
        }
    }
    return out;
}
function toNumber(v) {
    if (typeof v === 'number' && Number.isFinite(v))
        return v;
    if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v)))
        return Number(v);
    return undefined;
}

;// CONCATENATED MODULE: ./src/core/cards/text.ts
/** Git's own heuristic (xdiff `buffer_is_binary`): a NUL byte in the first 8000 bytes means binary. */
const BINARY_PROBE = 8000;
/**
 * Decodes card bytes as UTF-8 with a leading BOM removed and every line ending (CRLF, lone CR, LF)
 * normalised to LF, the way Python's universal newlines (huggingface_hub) and CommonMark count lines.
 */
function decodeCardText(bytes, file) {
    const probe = bytes.subarray(0, BINARY_PROBE);
    if (probe.includes(0)) {
        return fail(file, 'card/binary', 'is a binary file, not a Markdown or JSON card', 'a card is UTF-8 text; move binaries out of the card path');
    }
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    }
    catch {
        const at = firstInvalidUtf8(bytes);
        const line = countLines(bytes.subarray(0, at));
        return {
            ok: false,
            finding: {
                rule: 'card/encoding',
                severity: 'error',
                message: `is not valid UTF-8 (first bad byte at offset ${at})`,
                file,
                line,
                hint: 're-save the file as UTF-8',
            },
        };
    }
    return { ok: true, text: normaliseNewlines(text) };
}
/** CRLF and lone CR become LF, so CR CR LF is two line endings as in CommonMark. */
function normaliseNewlines(text) {
    return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}
function fail(file, rule, message, hint) {
    return { ok: false, finding: { rule, severity: 'error', message, file, line: 1, hint } };
}
function countLines(bytes) {
    let line = 1;
    for (let i = 0; i < bytes.length; i++) {
        if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a))
            line++;
    }
    return line;
}
/** Offset of the first byte that breaks UTF-8 (RFC 3629 lead/continuation rules). */
function firstInvalidUtf8(bytes) {
    let i = 0;
    while (i < bytes.length) {
        const b = bytes[i] ?? 0;
        const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
        if (need < 0)
            return i;
        for (let k = 1; k <= need; k++) {
            const c = bytes[i + k];
            if (c === undefined || (c & 0xc0) !== 0x80)
                return i;
        }
        i += need + 1;
    }
    return i;
}

// EXTERNAL MODULE: ./src/core/cards/validate.ts
var validate = __webpack_require__(8137);
;// CONCATENATED MODULE: ./src/core/cards/check.ts
/**
 * Validates a set of cards against each other and the repository. The repository is reached through
 * the CardWorld port (implemented over the file system and git in src/adapters/fs/cards.ts), so the
 * decisions here stay testable with plain objects.
 */










/** Reads every target, checks the selected ones, and returns one result per selected card. */
async function checkCards(targets, world, options = {}) {
    const read = await mapLimit(targets, (t) => readTarget(t, world, options));
    const docs = new Map(targets.map((t, i) => [t.file, read[i] ?? { findings: [] }]));
    const index = indexCards(docs);
    const tags = tagIndex(await world.tagNames());
    const selected = options.changed ? selectChanged(docs, options.changed) : undefined;
    const chosen = targets.filter((t) => !selected || selected.has(t.file));
    return mapLimit(chosen, async (t) => {
        const card = docs.get(t.file) ?? { findings: [] };
        const findings = [...card.findings];
        if (card.doc)
            findings.push(...(await repositoryFindings(card.doc, { world, tags, index, options })));
        const id = card.doc ? identity(card.doc.metadata) : {};
        return { target: t, name: id.name, version: id.version, findings: (0,rules/* applySeverities */.mk)(findings, options.severity) };
    });
}
/** Maps with at most `limit` calls in flight (file reads and git calls overlap; results keep their order). */
async function mapLimit(items, fn, limit = 16) {
    const out = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            out[i] = await fn(items[i]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return out;
}
async function readTarget(t, world, options) {
    const bytes = await world.readCard(t.file);
    if (!(bytes instanceof Uint8Array)) {
        return { findings: [(0,rules/* finding */.gk)('card/unreadable', t.profile, t.file, `${t.kind} card ${bytes.problem}`, { hint: `create it with \`mlops init card ${t.kind} NAME\`, or fix the path in .github/mlops.yml` })] };
    }
    const decoded = decodeCardText(bytes, t.file);
    if (!decoded.ok)
        return { findings: [decoded.finding] };
    const doc = (0,cards_document.parseCard)(decoded.text, t.file, t.kind, t.profile, options.placeholders);
    return { doc, findings: (0,validate/* validateCardDocument */.k)(doc, { requiredSections: options.requiredSections?.[t.kind] }) };
}
/** The cards a PR touches: their file, their folder, their declared data, or a data card they use. */
function selectChanged(docs, changed) {
    const changes = new Set(changed);
    const selected = new Set();
    const dataNames = new Set();
    for (const [file, { doc }] of docs) {
        const dir = posix_default().dirname(file);
        const touched = changes.has(file) ||
            (dir !== '.' && changed.some((c) => c.startsWith(`${dir}/`))) ||
            (doc?.kind === 'data' &&
                declaredFiles(doc.metadata).some((f) => {
                    const r = (0,datafiles/* resolveDeclaredPath */.cw)(dir === '.' ? '' : dir, f.path);
                    return 'repoPath' in r && changes.has(r.repoPath);
                }));
        if (!touched)
            continue;
        selected.add(file);
        const name = doc?.kind === 'data' ? identity(doc.metadata).name : undefined;
        if (name)
            dataNames.add(name);
    }
    for (const [file, { doc }] of docs) {
        if (doc?.kind === 'model' && datasetRefs(doc.metadata).some((r) => dataNames.has(r.name)))
            selected.add(file);
    }
    return selected;
}
function indexCards(docs) {
    const data = new Map();
    const seen = new Map();
    const duplicates = new Map();
    for (const { doc } of docs.values()) {
        const name = doc ? identity(doc.metadata).name : undefined;
        if (!doc || !name)
            continue;
        const key = `${doc.kind}:${name}`;
        const first = seen.get(key);
        if (first)
            duplicates.set(doc.file, first);
        else
            seen.set(key, doc.file);
        if (doc.kind === 'data' && !data.has(name))
            data.set(name, doc);
    }
    return { data, duplicates };
}
/** Tags read once per run: thousands of tags must not be re-parsed for every card. */
function tagIndex(names) {
    const groups = new Map();
    for (const name of names) {
        const at = name.lastIndexOf('@v');
        if (at <= 0)
            continue;
        const group = groups.get(name.slice(0, at));
        if (group)
            group.push(name);
        else
            groups.set(name.slice(0, at), [name]);
    }
    const released = new Map([...groups].map(([artifact, group]) => [artifact, releasedVersions(group, artifact)]));
    return { names: new Set(names), released, hasExperiments: names.some((t) => t.startsWith('exp/')) };
}
async function repositoryFindings(doc, ctx) {
    const at = (p) => (doc.source ? (0,yaml/* locate */.x5)(doc.source, p) : { line: 1 });
    const out = [];
    const { name, version } = identity(doc.metadata);
    const first = ctx.index.duplicates.get(doc.file);
    if (first && name)
        out.push((0,rules/* finding */.gk)('card/duplicate-name', doc.profile, doc.file, `another ${doc.kind} card (${first}) is also named \`${name}\``, { ...at(['name']), hint: 'give each card a unique `name`' }));
    if (name && version) {
        out.push(...versionRegressed(version, ctx.tags.released.get(artifactOf(doc.kind, name)) ?? [], { card: doc.file, profile: doc.profile, at }));
    }
    if (doc.kind === 'data') {
        out.push(...(await dataFindings(doc, ctx, at)));
        if (name && version)
            out.push(...(await immutability(doc, versionTag('data', name, version), ctx, at)));
    }
    else {
        out.push(...modelReferenceFindings(doc, ctx, at));
        out.push(...(await experimentFindings(doc, ctx, at)));
        if (name && version)
            out.push(...(await releasedModelFindings(doc, versionTag('model', name, version), ctx, at)));
    }
    return out;
}
async function dataFindings(doc, ctx, at) {
    const out = [];
    const dir = posix_default().dirname(doc.file) === '.' ? '' : posix_default().dirname(doc.file);
    const columns = declaredColumns(doc.metadata);
    const base = { card: doc.file, profile: doc.profile, at };
    for (const file of declaredFiles(doc.metadata)) {
        const where = at(['files', file.index, 'path']);
        const resolved = (0,datafiles/* resolveDeclaredPath */.cw)(dir, file.path);
        if ('problem' in resolved) {
            out.push((0,rules/* finding */.gk)('card/file-path', doc.profile, doc.file, `data file \`${file.path}\` ${resolved.problem}; it was not read`, where));
            continue;
        }
        const facts = await ctx.world.fileFacts(resolved.repoPath, { rows: file.rows !== undefined, sample: columns !== undefined, format: file.format });
        if ('problem' in facts) {
            out.push((0,rules/* finding */.gk)(facts.rule, doc.profile, doc.file, `data file \`${file.path}\` ${facts.problem}`, where));
            continue;
        }
        out.push(...(0,datafiles/* compareFileFacts */.hs)(file, facts, base));
        if (columns && facts.sample)
            out.push(...(0,datafiles/* compareColumns */.lJ)(file, columns, facts.sample, base));
        else if (columns && file.format === 'parquet') {
            out.push((0,rules/* finding */.gk)('card/columns-unchecked', doc.profile, doc.file, `columns of \`${file.path}\` (Parquet) are checked by \`mlops data check\`, not here`, where));
        }
    }
    return out;
}
/** A released data version's files must be byte-identical to the tag's: compare git blob ids. */
async function immutability(doc, tag, ctx, at) {
    if (!ctx.tags.names.has(tag))
        return [];
    const out = [];
    const dir = posix_default().dirname(doc.file) === '.' ? '' : posix_default().dirname(doc.file);
    for (const file of declaredFiles(doc.metadata)) {
        const resolved = (0,datafiles/* resolveDeclaredPath */.cw)(dir, file.path);
        if ('problem' in resolved)
            continue;
        const [then, now] = await Promise.all([ctx.world.blobAt(tag, resolved.repoPath), ctx.world.blobNow(resolved.repoPath)]);
        if (now === undefined)
            continue;
        if (then === undefined || then !== now) {
            const what = then === undefined ? 'was not part of' : 'changed since';
            out.push((0,rules/* finding */.gk)('card/data-immutable', doc.profile, doc.file, `\`${file.path}\` ${what} the released version ${tag}: bump the version`, { ...at(['files', file.index, 'path']), hint: 'released data is immutable: bump `version` (and keep the released files unchanged)' }));
        }
    }
    return out;
}
/** A released model version's card metadata cannot change (the body may be edited). */
async function releasedModelFindings(doc, tag, ctx, at) {
    if (!ctx.tags.names.has(tag))
        return [];
    const bytes = await ctx.world.readAt(tag, doc.file);
    if (!bytes)
        return [];
    const decoded = decodeCardText(bytes, doc.file);
    if (!decoded.ok)
        return [];
    const then = (0,cards_document.parseCard)(decoded.text, doc.file, doc.kind, doc.profile);
    if (stableJson(then.metadata) === stableJson(doc.metadata))
        return [];
    const changed = Object.keys({ ...then.metadata, ...doc.metadata }).filter((k) => stableJson(then.metadata[k]) !== stableJson(doc.metadata[k]));
    return [
        (0,rules/* finding */.gk)('card/released-version-changed', doc.profile, doc.file, `version ${identity(doc.metadata).version} is released (${tag}) but its metadata changed (${changed.map((k) => `\`${k}\``).join(', ')}): bump the version`, {
            ...at([changed[0] ?? 'version']),
        }),
    ];
}
function modelReferenceFindings(doc, ctx, at) {
    const out = [];
    for (const ref of datasetRefs(doc.metadata)) {
        const where = at(['datasets', ref.index]);
        const card = ctx.index.data.get(ref.name);
        if (!card) {
            if (ref.version !== undefined || ctx.index.data.size > 0) {
                out.push((0,rules/* finding */.gk)('card/dataset-unresolved', doc.profile, doc.file, `dataset \`${ref.ref}\` has no data card in the repository`, { ...where, hint: `add a DATA_CARD.md with \`name: ${ref.name}\`, or fix the name (known: ${[...ctx.index.data.keys()].slice(0, 8).join(', ') || 'none'})` }));
            }
            continue;
        }
        const current = identity(card.metadata).version;
        if (ref.version === undefined || ref.version === current)
            continue;
        if (!ctx.tags.names.has(versionTag('data', ref.name, ref.version))) {
            out.push((0,rules/* finding */.gk)('card/dataset-version', doc.profile, doc.file, `dataset \`${ref.ref}\`: version ${ref.version} is neither the data card's version (${current ?? 'none'}) nor released`, { ...where, hint: `reference \`${ref.name}@v${current ?? '\u2026'}\` or a released version` }));
        }
    }
    return out;
}
async function experimentFindings(doc, ctx, at) {
    const tag = experimentTag(doc.metadata);
    if (!tag)
        return [];
    const where = at(['experiment']);
    const message = ctx.tags.names.has(tag) ? await ctx.world.tagMessage(tag) : undefined;
    if (message === undefined) {
        const none = !ctx.tags.hasExperiments;
        if (none)
            return [(0,rules/* finding */.gk)('card/experiment-pending', doc.profile, doc.file, `experiment \`${tag}\` is referenced but no experiments are recorded yet`, { ...where, hint: 'record it with `mlops experiment record`' })];
        return [(0,rules/* finding */.gk)('card/experiment-missing', doc.profile, doc.file, `experiment tag \`${tag}\` does not exist`, { ...where, hint: 'fix the name (`git tag -l "exp/*"`), or record the experiment' })];
    }
    const recorded = recordedMetrics(message);
    if (!recorded)
        return [];
    return compareMetrics(modelIndexMetrics(doc.metadata), recorded, { card: doc.file, profile: doc.profile, at, experiment: tag, tolerance: ctx.options.metricTolerance });
}
/** The `metrics` of the experiment record: the JSON after the first line of the tag message (SPEC \u00a76). */
function recordedMetrics(message) {
    const metrics = (0,experiments_message/* parseMessage */.vY)(message).record?.metrics;
    return metrics !== null && typeof metrics === 'object' && !Array.isArray(metrics) ? metrics : undefined;
}
function stableJson(v) {
    return JSON.stringify(v, (_k, x) => (x !== null && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => a.localeCompare(b))) : x)) ?? 'undefined';
}

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/adapters/git.ts + 1 modules
var adapters_git = __webpack_require__(3073);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/adapters/fs/card-tables.ts
/**
 * Header, sample and row count of CSV, TSV and JSON Lines files in plain Node streams (bounded memory
 * whatever the size). CSV follows RFC 4180 (quoted fields may hold separators, quotes and newlines);
 * TSV follows the IANA text/tab-separated-values registration (no quoting). Blank lines are not rows.
 */


/** Rows read for type checks; enough to catch a wrong type without reading big files twice. */
const SAMPLE_ROWS = 1000;
const SAMPLE_BYTES = 1024 * 1024;
/** The header and up to SAMPLE_ROWS rows, from the first MiB of the file. */
async function sampleTable(file, format) {
    const handle = await (0,promises_.open)(file, 'r');
    let text;
    let complete;
    try {
        const buffer = Buffer.alloc(SAMPLE_BYTES);
        const { bytesRead } = await handle.read(buffer, 0, SAMPLE_BYTES, 0);
        complete = bytesRead < SAMPLE_BYTES;
        text = buffer.subarray(0, bytesRead).toString('utf8').replace(/^\uFEFF/, '');
    }
    finally {
        await handle.close();
    }
    if (format === 'jsonl')
        return sampleJsonLines(text, complete);
    const records = format === 'csv' ? parseCsv(text) : text.split(/\r?\n/).map((l) => l.split('\t'));
    // The last record of a partial read may be cut in the middle.
    if (!complete)
        records.pop();
    const rows = records.filter((r) => !(r.length === 1 && r[0] === ''));
    const [header = [], ...data] = rows;
    return { header, rows: data.slice(0, SAMPLE_ROWS) };
}
function sampleJsonLines(text, complete) {
    const lines = text.split(/\r?\n/);
    if (!complete)
        lines.pop();
    const header = [];
    const seen = new Set();
    const records = [];
    for (const line of lines) {
        if (line.trim() === '' || records.length >= SAMPLE_ROWS)
            continue;
        let value;
        try {
            value = JSON.parse(line);
        }
        catch {
            value = undefined;
        }
        const record = value !== null && typeof value === 'object' && !Array.isArray(value) ? value : {};
        for (const k of Object.keys(record)) {
            if (seen.has(k))
                continue;
            seen.add(k);
            header.push(k);
        }
        records.push(record);
    }
    return { header, rows: records.map((r) => header.map((h) => r[h])) };
}
/** RFC 4180 records of a complete CSV text. */
function parseCsv(text) {
    const records = [];
    let record = [];
    let field = '';
    let quoted = false;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (quoted) {
            if (c === '"' && text[i + 1] === '"') {
                field += '"';
                i++;
            }
            else if (c === '"')
                quoted = false;
            else
                field += c;
        }
        else if (c === '"' && field === '')
            quoted = true;
        else if (c === ',') {
            record.push(field);
            field = '';
        }
        else if (c === '\n' || c === '\r') {
            if (c === '\r' && text[i + 1] === '\n')
                i++;
            record.push(field);
            records.push(record);
            record = [];
            field = '';
        }
        else
            field += c;
    }
    if (field !== '' || record.length > 0)
        records.push([...record, field]);
    return records;
}
/** Data rows (records minus the header for CSV/TSV, non-blank lines for JSON Lines), streamed. */
function countRows(file, format) {
    return new Promise((resolve, reject) => {
        let records = 0;
        let quoted = false;
        let lineHasContent = false;
        const quotes = format === 'csv';
        (0,external_node_fs_.createReadStream)(file, { highWaterMark: 1024 * 1024 })
            .on('data', (chunk) => {
            const buf = chunk;
            // Fast path: no quote in the chunk and not inside a quoted field: only newlines matter.
            if (!quoted && (!quotes || buf.indexOf(0x22) === -1)) {
                let start = 0;
                for (let nl = buf.indexOf(0x0a); nl !== -1; nl = buf.indexOf(0x0a, start)) {
                    if (lineHasContent || hasContent(buf, start, nl))
                        records++;
                    lineHasContent = false;
                    start = nl + 1;
                }
                if (hasContent(buf, start, buf.length))
                    lineHasContent = true;
                return;
            }
            for (let i = 0; i < buf.length; i++) {
                const b = buf[i];
                if (b === 0x22)
                    quoted = !quoted;
                else if (b === 0x0a && !quoted) {
                    if (lineHasContent)
                        records++;
                    lineHasContent = false;
                    continue;
                }
                if (b !== 0x0d && b !== 0x0a)
                    lineHasContent = true;
            }
        })
            .on('error', reject)
            .on('end', () => {
            if (lineHasContent)
                records++;
            resolve(format === 'jsonl' ? records : Math.max(0, records - 1));
        });
    });
}
function hasContent(buf, from, to) {
    for (let i = from; i < to; i++)
        if (buf[i] !== 0x0d)
            return true;
    return false;
}

// EXTERNAL MODULE: ./src/adapters/fs/config.ts
var fs_config = __webpack_require__(5730);
// EXTERNAL MODULE: ./src/adapters/fs/hash.ts
var hash = __webpack_require__(8604);
// EXTERNAL MODULE: ./src/adapters/duckdb/engine.ts + 1 modules
var duckdb_engine = __webpack_require__(67);
// EXTERNAL MODULE: ./src/adapters/duckdb/source.ts
var duckdb_source = __webpack_require__(4813);
;// CONCATENATED MODULE: ./src/adapters/fs/card-parquet.ts



/** Rows and a typed sample of a Parquet file; `{}` when the engine is unavailable or the file unreadable. */
async function parquetFacts(file) {
    let engine;
    try {
        engine = await duckdb_engine/* Engine */.N.open({ memoryLimit: '512MB', threads: 1 });
        const source = await (0,duckdb_source/* openSource */.oD)(engine, file, 'card_parquet', { format: 'parquet' });
        const count = await engine.all('SELECT count(*) AS n FROM card_parquet');
        const rows = await engine.all(`SELECT * FROM card_parquet LIMIT ${SAMPLE_ROWS}`);
        const header = source.columns.map((c) => c.name);
        return { rows: Number(count[0]?.n ?? 0), sample: { header, rows: rows.map((r) => header.map((h) => plain(r[h]))) } };
    }
    catch {
        return {};
    }
    finally {
        engine?.close();
    }
}
/** Dates and other engine values as text, so the type checks read them like CSV values. */
function plain(v) {
    if (v instanceof Date)
        return v.toISOString();
    if (v !== null && typeof v === 'object' && !Array.isArray(v))
        return String(v);
    return v;
}

;// CONCATENATED MODULE: ./src/adapters/fs/cards.ts
/**
 * Cards in a repository: discovery (configured folders plus MODEL_CARD.md / DATA_CARD.md /
 * model_card.json anywhere), safe reading, data file measurement and git facts, wired into the core
 * checks as a CardWorld. `validateCards(root, options)` is what the CLI and the actions call.
 */









/** Cards larger than this are refused unread: a card is prose plus metadata, not data. */
const MAX_CARD_BYTES = 4 * 1024 * 1024;
const CARD_NAMES = { 'MODEL_CARD.md': 'model', 'DATA_CARD.md': 'data', 'model_card.json': 'model', 'MODEL_CARD.json': 'model' };
const SKIP_DIRS = new Set(['node_modules', 'dist', 'coverage', '__pycache__', 'venv']);
/** Finds and checks the cards of the repository at `root`. */
async function validateCards(root, options = {}) {
    const config = options.config ?? (await (0,fs_config.loadConfig)(root)).config;
    const targets = await discoverCards(root, config, options.paths);
    const git = new adapters_git/* Git */.T(root);
    const notes = [];
    let changed;
    if (options.base) {
        changed = await git.changedFiles(options.base, options.head ?? 'HEAD').catch(() => undefined);
        if (!changed)
            notes.push(shallowNotice(options.base));
    }
    const cards = await checkCards(targets, cardWorld(root, git), {
        severity: config.cards.severity,
        requiredSections: config.cards.required_sections,
        placeholders: config.cards.placeholders,
        changed,
    });
    return { cards, findings: [...notes, ...cards.flatMap((c) => c.findings)], checked: cards.map((c) => c.target.file) };
}
function shallowNotice(base) {
    return {
        rule: 'card/pr-diff-unavailable',
        severity: 'notice',
        message: `the files changed since ${base.slice(0, 12)} could not be listed (a shallow clone?), so every card was checked`,
        hint: 'check out with `fetch-depth: 0` to check only the cards a pull request touches',
    };
}
/** Every card to check: configured models and datasets, cards found by name, or the given paths. */
async function discoverCards(root, config, paths) {
    const out = new Map();
    const add = (file, kind, profile) => {
        if (!out.has(file))
            out.set(file, { file, kind, profile: profile ?? profileFor(file, config) });
    };
    const configured = new Map();
    for (const m of config.models) {
        const file = await pickCard(root, m.path, m.card, ['MODEL_CARD.md', 'README.md']);
        if (file)
            configured.set(file, { kind: 'model', profile: m.cards_profile });
    }
    for (const d of config.datasets) {
        const file = await pickCard(root, d.path, d.card, ['DATA_CARD.md', 'README.md']);
        if (file)
            configured.set(file, { kind: 'data' });
    }
    if (!paths || paths.length === 0) {
        for (const [file, c] of configured)
            add(file, c.kind, c.profile);
        for (const file of await walk(root, ''))
            add(file, CARD_NAMES[external_node_path_default().posix.basename(file)] ?? 'model');
        return [...out.values()].sort((a, b) => a.file.localeCompare(b.file));
    }
    for (const p of paths) {
        const rel = toRepoPath(root, p);
        const info = await (0,promises_.stat)(external_node_path_default().join(root, rel)).catch(() => undefined);
        if (info?.isDirectory()) {
            for (const [file, c] of configured)
                if (isUnder(file, rel))
                    add(file, c.kind, c.profile);
            for (const file of await walk(root, rel))
                add(file, CARD_NAMES[external_node_path_default().posix.basename(file)] ?? 'model');
        }
        else {
            const c = configured.get(rel);
            add(rel, c?.kind ?? (await guessKind(root, rel)), c?.profile);
        }
    }
    return [...out.values()];
}
/**
 * The configured card, else the first of `names` in the folder, else (the folder exists but has no
 * card) the first name, which is then reported missing. A folder that does not exist is the
 * configuration's mistake, not a card's: undefined.
 */
async function pickCard(root, folder, card, names) {
    if (card)
        return external_node_path_default().posix.normalize(card);
    for (const name of names) {
        const file = external_node_path_default().posix.join(folder, name);
        if (await (0,promises_.stat)(external_node_path_default().join(root, file)).then((s) => s.isFile()).catch(() => false))
            return file;
    }
    const isDir = await (0,promises_.stat)(external_node_path_default().join(root, folder)).then((s) => s.isDirectory()).catch(() => false);
    return isDir ? external_node_path_default().posix.join(folder, names[0] ?? 'README.md') : undefined;
}
/** Card files by name under `dir`, skipping hidden, dependency and build folders; symlinks are not followed. */
async function walk(root, dir) {
    const entries = await (0,promises_.readdir)(external_node_path_default().join(root, dir), { withFileTypes: true }).catch(() => []);
    const rel = (name) => (dir ? `${dir}/${name}` : name);
    const files = entries.filter((e) => e.isFile() && CARD_NAMES[e.name]).map((e) => rel(e.name));
    const dirs = entries.filter((e) => e.isDirectory() && !e.name.startsWith('.') && !SKIP_DIRS.has(e.name));
    const nested = await Promise.all(dirs.map((e) => walk(root, rel(e.name))));
    return [...files, ...nested.flat()];
}
/** Profile from `cards.profiles` globs (first match wins), else `cards.profile`. */
function profileFor(file, config) {
    for (const [glob, profile] of Object.entries(config.cards.profiles))
        if (globToRegExp(glob).test(file))
            return profile;
    return config.cards.profile;
}
/** `**` any folders, `*` within one folder, `?` one character; a folder pattern covers what is under it. */
function globToRegExp(glob) {
    let re = '';
    for (let i = 0; i < glob.length; i++) {
        const c = glob[i] ?? '';
        if (c === '*' && glob[i + 1] === '*') {
            re += '.*';
            i++;
            if (glob[i + 1] === '/')
                i++;
        }
        else if (c === '*')
            re += '[^/]*';
        else if (c === '?')
            re += '[^/]';
        else
            re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    return new RegExp(`^${re.replace(/\/$/, '')}(?:/.*)?$`);
}
function isUnder(file, dir) {
    return dir === '' || file === dir || file.startsWith(`${dir}/`);
}
/** A path given by the user as a repository path; one that leaves the repository is refused unread. */
function toRepoPath(root, p) {
    const rel = external_node_path_default().relative(root, external_node_path_default().resolve(root, p)).split((external_node_path_default()).sep).join('/');
    if (rel === '..' || rel.startsWith('../') || external_node_path_default().isAbsolute(rel)) {
        throw new errors/* UserError */.yo(`${p} is outside the repository; it was not read`, { hint: 'give card paths relative to the repository root' });
    }
    return rel === '.' ? '' : rel;
}
/** README.md and other names: data when the name or the front matter says so, else model. */
async function guessKind(root, rel) {
    const name = external_node_path_default().posix.basename(rel).toLowerCase();
    if (name.includes('data'))
        return 'data';
    if (name.includes('model'))
        return 'model';
    const head = await (0,promises_.readFile)(external_node_path_default().join(root, rel), 'utf8').then((t) => t.slice(0, 64 * 1024)).catch(() => '');
    return /^(files|dataset_info|size_categories|task_categories|task_ids|configs|lineage|pii):/m.test(head) ? 'data' : 'model';
}
/** The CardWorld over a repository folder and its git history. */
function cardWorld(root, git) {
    let tagList;
    return {
        readCard: (file) => readCardFile(root, file),
        fileFacts: (file, want) => measure(root, file, want),
        tagNames: () => (tagList ??= git.run(['tag', '--list']).then((r) => r.stdout.split('\n').filter(Boolean), () => [])),
        tagMessage: async (tag) => (await git.tags([`refs/tags/${tag}`]).catch(() => [])).find((t) => t.name === tag)?.message,
        blobAt: async (rev, file) => gitLine(git, ['rev-parse', '--verify', '--quiet', `${rev}:${file}`]),
        blobNow: async (file) => gitLine(git, ['hash-object', '--', file]),
        readAt: async (rev, file) => git.show(rev, file),
    };
}
async function gitLine(git, args) {
    const r = await git.run(args, { allowFailure: true }).catch(() => undefined);
    return r && r.code === 0 ? r.stdout.trim() || undefined : undefined;
}
/** A card's bytes, refusing symlinks out of the repository, non-files and oversized files. */
async function readCardFile(root, file) {
    const inside = await insideRepo(root, file);
    if ('problem' in inside)
        return { problem: `${inside.problem}; it was not read` };
    const info = await (0,promises_.stat)(inside.real);
    if (!info.isFile())
        return { problem: 'is not a regular file' };
    if (info.size > MAX_CARD_BYTES)
        return { problem: `is ${info.size} bytes, more than the ${MAX_CARD_BYTES}-byte limit for a card; it was not read` };
    return (0,promises_.readFile)(inside.real);
}
/** The real path of a repository file, or why it may not be read (missing, or a symlink leaving the repository). */
async function insideRepo(root, file) {
    const abs = external_node_path_default().join(root, file);
    if (!(await (0,promises_.lstat)(abs).catch(() => undefined)))
        return { rule: 'card/file-missing', problem: 'does not exist' };
    const [realRoot, real] = await Promise.all([realRootOf(root), (0,promises_.realpath)(abs).catch(() => undefined)]);
    if (!real)
        return { rule: 'card/file-missing', problem: 'is a broken symlink' };
    const rel = external_node_path_default().relative(realRoot, real);
    if (rel === '..' || rel.startsWith(`..${(external_node_path_default()).sep}`) || external_node_path_default().isAbsolute(rel))
        return { rule: 'card/file-path', problem: 'is a symlink that leaves the repository' };
    return { real };
}
const realRoots = new Map();
/** realpath of a repository root, once per root (every card and data file is checked against it). */
function realRootOf(root) {
    let real = realRoots.get(root);
    if (!real)
        realRoots.set(root, (real = (0,promises_.realpath)(root)));
    return real;
}
async function measure(root, file, want) {
    const inside = await insideRepo(root, file);
    if ('problem' in inside)
        return inside;
    const info = await (0,promises_.stat)(inside.real);
    // stat before opening: opening a FIFO or device would block or never end.
    if (!info.isFile())
        return { rule: 'card/file-missing', problem: 'is not a regular file' };
    const digest = await (0,hash/* sha256File */.Q)(inside.real);
    const facts = { sha256: digest.sha256, bytes: digest.bytes };
    const f = want.format;
    if (f === 'csv' || f === 'tsv' || f === 'jsonl') {
        if (want.rows)
            facts.rows = await countRows(inside.real, f);
        if (want.sample)
            facts.sample = await sampleTable(inside.real, f);
    }
    else if (f === 'parquet' && (want.rows || want.sample)) {
        Object.assign(facts, await parquetFacts(inside.real));
    }
    return facts;
}


/***/ }),

/***/ 5730:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadConfig: () => (/* binding */ loadConfig)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_config_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1482);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4296);
/* harmony import */ var _core_yaml_parse_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2816);
/** Loads `.github/mlops.yml` from a repository; a missing file means the defaults, with no finding. */





/** Reads and validates the configuration of the repository at `repoRoot`. */
async function loadConfig(repoRoot, opts = {}) {
    const project = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(repoRoot));
    const found = [];
    if (opts.file !== undefined) {
        if (!(await exists((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(repoRoot, opts.file)))) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`the configuration file ${opts.file} does not exist`, {
                hint: `create it, or leave the option out to use ${_core_config_index_js__WEBPACK_IMPORTED_MODULE_2__/* .CONFIG_PATHS */ .iE[0]}`,
            });
        }
        found.push(opts.file.replace(/\\/g, '/'));
    }
    else {
        for (const candidate of _core_config_index_js__WEBPACK_IMPORTED_MODULE_2__/* .CONFIG_PATHS */ .iE)
            if (await exists((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(repoRoot, candidate)))
                found.push(candidate);
    }
    const file = found[0];
    if (!file)
        return { config: (0,_core_config_index_js__WEBPACK_IMPORTED_MODULE_2__/* .defaultConfig */ .sb)(project), findings: [] };
    const extra = found.slice(1).map((other) => ({
        rule: 'config/ambiguous-file',
        severity: 'warning',
        message: `both ${file} and ${other} exist; only ${file} is read`,
        file: other,
        line: 1,
        hint: `Delete ${other} or merge it into ${file}.`,
    }));
    const read = await readInside(repoRoot, file);
    if ('finding' in read)
        return { file, config: (0,_core_config_index_js__WEBPACK_IMPORTED_MODULE_2__/* .defaultConfig */ .sb)(project), findings: [read.finding, ...extra] };
    const parsed = (0,_core_config_index_js__WEBPACK_IMPORTED_MODULE_2__/* .parseConfig */ .o4)(read.text, file, { project });
    return { file, config: parsed.config, source: parsed.source, findings: [...parsed.findings, ...extra] };
}
async function exists(path) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(path);
        return true;
    }
    catch {
        return false;
    }
}
/** Reads a repository file as UTF-8, refusing symlinks out of the repository, non-files and oversized files. */
async function readInside(repoRoot, file) {
    const root = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(repoRoot);
    const target = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, file));
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, target);
    if (rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) || rel === '..' || rel.startsWith(node_path__WEBPACK_IMPORTED_MODULE_1__.sep)) {
        return {
            finding: {
                rule: 'config/path-outside-repo',
                severity: 'error',
                message: `${file} links outside the repository; it was not read`,
                file,
                line: 1,
                hint: 'Make the configuration a regular file in the repository.',
            },
        };
    }
    // stat before opening: opening a FIFO would block until someone writes to it.
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(target);
    if (!info.isFile()) {
        return {
            finding: {
                rule: 'config/not-a-file',
                severity: 'error',
                message: `${file} is not a regular file`,
                file,
                hint: 'Make the configuration a regular YAML file.',
            },
        };
    }
    if (info.size > _core_config_index_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_CONFIG_BYTES */ .GW)
        return { finding: (0,_core_yaml_parse_js__WEBPACK_IMPORTED_MODULE_4__/* .tooLargeFinding */ .np)(file, info.size, _core_config_index_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_CONFIG_BYTES */ .GW, 'config') };
    return { text: await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(target, 'utf8') };
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

/***/ 5819:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $s: () => (/* binding */ typeFromSummary),
/* harmony export */   Du: () => (/* binding */ TAG_MESSAGE_LIMIT),
/* harmony export */   dC: () => (/* binding */ summaryLine),
/* harmony export */   hw: () => (/* binding */ formatMessage),
/* harmony export */   jk: () => (/* binding */ RECORD_ASSET),
/* harmony export */   ki: () => (/* binding */ recordJson),
/* harmony export */   vY: () => (/* binding */ parseMessage)
/* harmony export */ });
/* unused harmony export isStub */
/* harmony import */ var _sha256_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7424);

/** Largest tag message we write, in UTF-8 bytes (64 KiB: thousands of metrics still fit). */
const TAG_MESSAGE_LIMIT = 64 * 1024;
/** The release asset that always holds the full record. */
const RECORD_ASSET = 'experiment.json';
/** The first line of the message: name, type, commit and up to three metrics. */
function summaryLine(record) {
    const commit = `${record.code.commit.slice(0, 7)}${record.code.dirty ? '+dirty' : ''}`;
    const metrics = Object.entries(record.metrics)
        .slice(0, 3)
        .map(([k, v]) => `${k}=${typeof v === 'number' ? Number(v.toPrecision(6)) : String(v)}`)
        .join(', ');
    const line = `${record.name}: ${record.type} experiment at ${commit}${metrics ? `; ${metrics}` : ''}`;
    return line.length > 200 ? `${line.slice(0, 197)}...` : line;
}
/** The record's JSON exactly as stored in the release asset (pretty, newline-terminated). */
function recordJson(record) {
    return `${JSON.stringify(record, null, 2)}\n`;
}
/** The tag message for a record; `truncated` when the tag only holds the stub. */
function formatMessage(record, limit = TAG_MESSAGE_LIMIT) {
    const head = `${summaryLine(record)}\n\n`;
    const full = `${head}${JSON.stringify(record)}\n`;
    if (Buffer.byteLength(full) <= limit)
        return { message: full, truncated: false };
    const json = recordJson(record);
    const stub = {
        schemaVersion: 1,
        name: record.name,
        project: record.project,
        type: record.type,
        created: record.created,
        code: record.code,
        fingerprint: record.fingerprint,
        metrics: record.metrics,
        truncated: true,
        record: { asset: RECORD_ASSET, sha256: (0,_sha256_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Hex */ .f)(json), bytes: Buffer.byteLength(json) },
    };
    let message = `${head}${JSON.stringify(stub)}\n`;
    if (Buffer.byteLength(message) > limit)
        message = `${head}${JSON.stringify({ ...stub, metrics: undefined })}\n`;
    return { message, truncated: true };
}
/** Parses a tag message written by formatMessage; foreign or damaged messages get a `problem`. */
function parseMessage(message) {
    const newline = message.indexOf('\n');
    const summary = (newline < 0 ? message : message.slice(0, newline)).trim();
    const body = newline < 0 ? '' : message.slice(newline + 1).trim();
    if (!body.startsWith('{'))
        return { summary, problem: 'the tag message holds no experiment record' };
    try {
        const value = JSON.parse(body);
        if (!isRecordLike(value))
            return { summary, problem: 'the JSON in the tag message is not an experiment record' };
        return { summary, record: value };
    }
    catch (error) {
        return {
            summary,
            problem: `the record in the tag message is not valid JSON: ${error.message}`,
        };
    }
}
function isRecordLike(value) {
    if (!value || typeof value !== 'object')
        return false;
    const v = value;
    return typeof v.name === 'string' && typeof v.type === 'string' && typeof v.fingerprint === 'string';
}
/** True for a stub: the full record is only in the release asset. */
function isStub(record) {
    return record.truncated === true;
}
/** The type named in a summary line (`name: type experiment at \u2026`), without parsing the JSON. */
function typeFromSummary(summary) {
    return /^\S+: (\S+) experiment at /.exec(summary)?.[1];
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
/* unused harmony exports isValidStageName, parseByPattern */
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
/** Parses a tag name; undefined when it is not a registry tag (experiment tags, release tags \u2026). */
function parseTagName(tag) {
    if (!tag.includes('@') && !tag.includes('#'))
        return undefined;
    return tag.includes('=') ? parseByPattern(tag) : parsePlain(tag);
}
/** The grammar as one pattern (GTO's `tag_re`): the reference, and the reader of `dir=name` tags. */
function parseByPattern(tag) {
    const g = TAG_RE.exec(tag)?.groups;
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
const VERSION_RE = new RegExp(`^v${_semver_js__WEBPACK_IMPORTED_MODULE_0__/* .SEMVER_SOURCE */ .DM}$`);
const COUNTER_RE = /^#[0-9]+$/;
/**
 * The same grammar read by position, for names without `dir=` (nearly all): neither an artifact nor
 * a stage nor a version can hold `@`, `#` or `!`, so the first `@` or `#` ends the artifact and the
 * next `!` or `#` ends the stage or version. A registry of 10,000 tags is read at start-up of every
 * `registry show`, and one pattern with named groups per tag was a fifth of that.
 */
function parsePlain(tag) {
    const at = tag.indexOf('@');
    const hash = tag.indexOf('#');
    const split = at < 0 ? hash : hash < 0 ? at : Math.min(at, hash);
    const artifact = tag.slice(0, split);
    if (!validName(artifact))
        return undefined;
    // The word (stage, version, `deprecated`) ends at the first `!` or `#` after the split.
    const bang = tag.indexOf('!', split + 1);
    const nextHash = tag.indexOf('#', split + 1);
    const end = bang < 0 ? (nextHash < 0 ? tag.length : nextHash) : nextHash < 0 ? bang : Math.min(bang, nextHash);
    const word = tag.slice(split + 1, end);
    const cancel = end === bang;
    const tail = tag.slice(cancel ? end + 1 : end);
    if (tail && !COUNTER_RE.test(tail))
        return undefined;
    const counter = tail ? Number(tail.slice(1)) : undefined;
    if (split === hash)
        return validName(word) ? { artifact, action: cancel ? 'unassign' : 'assign', stage: word, counter } : undefined;
    if (word === 'deprecated' || word === 'created')
        return cancel ? undefined : { artifact, action: word === 'deprecated' ? 'deprecate' : 'create', counter };
    return VERSION_RE.test(word) ? { artifact, action: cancel ? 'deregister' : 'register', version: word, counter } : undefined;
}
/** Artifact and stage names already checked: a registry repeats a few dozen of them across 10,000 tags. */
const checked = new Map();
function validName(name) {
    let ok = checked.get(name);
    if (ok === undefined) {
        ok = STAGE_RE.test(name);
        if (checked.size < 10_000)
            checked.set(name, ok);
    }
    return ok;
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


/***/ })

};

export const id = 123;
export const ids = [123];
export const modules = {

/***/ 9123:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  lc: () => (/* binding */ bool),
  p_: () => (/* binding */ list),
  $B: () => (/* binding */ need),
  qg: () => (/* binding */ parse),
  bQ: () => (/* binding */ parseFlags),
  EK: () => (/* binding */ positionalArgs),
  Y_: () => (/* binding */ printReport),
  w2: () => (/* binding */ printReportAs),
  gx: () => (/* binding */ str)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/finding.ts
var finding = __webpack_require__(5278);
// EXTERNAL MODULE: ./src/core/report/markdown.ts + 3 modules
var markdown = __webpack_require__(3331);
// EXTERNAL MODULE: ./src/core/report/status.ts
var report_status = __webpack_require__(7026);
;// CONCATENATED MODULE: ./src/core/report/text.ts
/** The terminal channel: compiler-style finding lines (clickable in editors) and plain-text blocks. */


const ansi = {
    bold: [1, 22],
    dim: [2, 22],
    error: [31, 39],
    warning: [33, 39],
    notice: [36, 39],
};
/** Renders a report for a terminal: title, status, one `file:line:col: severity: message [rule]` per finding, blocks. */
function renderText(report, options = {}) {
    const paint = (style, text) => options.color ? `\x1b[${ansi[style][0]}m${text}\x1b[${ansi[style][1]}m` : text;
    const out = [
        paint('bold', report.title),
        `${(0,report_status/* countsText */.WN)(report.findings)}${report.summary ? ` \u00b7 ${report.summary}` : ''}`,
        '',
    ];
    for (const f of (0,finding/* sortFindings */.Tc)(report.findings)) {
        const where = (0,report_status/* location */.C5)(f);
        out.push(`${where ? `${where}: ` : ''}${paint(f.severity, f.severity)}: ${f.message} ${paint('dim', `[${f.rule}]`)}`);
        if (f.hint)
            out.push(`  ${paint('dim', `hint: ${f.hint}`)}`);
    }
    if (report.findings.length)
        out.push('');
    for (const block of report.blocks)
        out.push(...blockLines(block, (t) => paint('bold', t)), '');
    return `${out.join('\n').replace(/\n+$/, '')}\n`;
}
function blockLines(block, bold) {
    switch (block.kind) {
        case 'heading':
            return [bold(block.text)];
        case 'markdown':
            return block.text.replace(/\r\n?/g, '\n').replace(/\n+$/, '').split('\n');
        case 'table':
            return tableLines(block.table);
        case 'chart':
            // Terminals cannot draw mermaid: the chart's data table stands in for it.
            return tableLines(block.fallback);
        case 'details':
            return [
                bold(block.summary),
                ...block.blocks
                    .flatMap((b) => [...blockLines(b, bold), ''])
                    .slice(0, -1)
                    .map((l) => (l ? `  ${l}` : l)),
            ];
        case 'code':
            return block.text
                .replace(/\n$/, '')
                .split('\n')
                .map((l) => `    ${l}`);
    }
}
/** A table with columns padded to their widest cell and numbers aligned as asked. */
function tableLines(table) {
    // One pass for the widths and one for the lines: `experiment list` renders 10,000 rows.
    const rows = [table.headers, ...table.rows].map((r) => r.map((c) => (c.includes('\n') ? c.replace(/\s*\r?\n\s*/g, ' ') : c)));
    const widths = [];
    for (const r of rows)
        for (let i = 0; i < r.length; i++)
            widths[i] = Math.max(widths[i] ?? 0, codePoints(r[i] ?? ''));
    const line = (r) => {
        let out = '';
        for (let i = 0; i < widths.length; i++)
            out += (i ? '  ' : '') + pad(r[i] ?? '', widths[i] ?? 0, table.align?.[i]);
        return out.trimEnd();
    };
    const lines = [line(rows[0] ?? []), widths.map((w) => '-'.repeat(w)).join('  ')];
    for (let i = 1; i < rows.length; i++)
        lines.push(line(rows[i] ?? []));
    return lines;
}
const SURROGATE = /[\uD800-\uDFFF]/;
/** Characters as a terminal counts them (code points, not UTF-16 units). */
function codePoints(text) {
    return SURROGATE.test(text) ? [...text].length : text.length;
}
function pad(text, width, align) {
    const gap = width - codePoints(text);
    if (align === 'right')
        return ' '.repeat(gap) + text;
    if (align === 'center')
        return ' '.repeat(Math.floor(gap / 2)) + text + ' '.repeat(Math.ceil(gap / 2));
    return text + ' '.repeat(gap);
}

;// CONCATENATED MODULE: ./src/core/report/json.ts
/** The machine channel: a stable JSON shape that scripts and other tools can rely on. */

/** Bumped only when a field changes meaning or disappears; new fields may appear in any version. */
const REPORT_SCHEMA_VERSION = 1;
/** The report as plain data: findings sorted like every other channel, counts precomputed. */
function reportJson(report) {
    const counts = (0,finding/* countFindings */.Gt)(report.findings);
    return {
        schemaVersion: REPORT_SCHEMA_VERSION,
        purpose: report.purpose,
        title: report.title,
        ...(report.summary !== undefined ? { summary: report.summary } : {}),
        counts: { ...counts, total: report.findings.length },
        // Fixed key order, so the JSON of equal reports is byte-identical.
        findings: (0,finding/* sortFindings */.Tc)(report.findings).map(orderFinding),
        blocks: report.blocks,
    };
}
/** The report as pretty-printed JSON text, ending with a newline. */
function renderJson(report) {
    return `${JSON.stringify(reportJson(report), null, 2)}\n`;
}
function orderFinding(f) {
    const keys = [
        'rule',
        'severity',
        'message',
        'file',
        'line',
        'column',
        'endLine',
        'endColumn',
        'hint',
    ];
    const out = {};
    for (const k of keys)
        if (f[k] !== undefined)
            out[k] = f[k];
    return out;
}

;// CONCATENATED MODULE: ./src/core/report/annotations.ts
/**
 * The annotation channel, planned here without I/O: which findings become `::error`/`::warning`/
 * `::notice` workflow commands within GitHub's limits, and the exact command text the runner reads.
 */


/** GitHub shows at most 10 error, 10 warning and 10 notice annotations per step, and 50 per job. */
const GITHUB_ANNOTATION_LIMITS = { error: 10, warning: 10, notice: 10, total: 50 };
/** Chooses the annotations: the first findings by severity within the limits, the rest summarised in one notice. */
function planAnnotations(findings, limits = GITHUB_ANNOTATION_LIMITS, where = 'the job summary') {
    const sorted = sortFindings(findings);
    let caps = limits;
    let chosen = choose(sorted, caps);
    const summarise = chosen.length < sorted.length && limits.notice > 0 && limits.total > 0;
    if (summarise) {
        // One notice slot (and one of the job's) is kept for the summary of what is left out.
        caps = { ...limits, notice: limits.notice - 1, total: limits.total - 1 };
        chosen = choose(sorted, caps);
    }
    const shown = countFindings(chosen);
    const all = countFindings(sorted);
    const omitted = {
        error: all.error - shown.error,
        warning: all.warning - shown.warning,
        notice: all.notice - shown.notice,
    };
    const annotations = chosen.map(toAnnotation);
    if (summarise)
        annotations.push({
            level: 'notice',
            message: omittedMessage(omitted, where),
            properties: { title: 'More findings' },
        });
    return { annotations, omitted };
}
function choose(sorted, caps) {
    const taken = { error: 0, warning: 0, notice: 0 };
    const out = [];
    for (const f of sorted) {
        if (out.length >= caps.total)
            break;
        if (taken[f.severity] >= caps[f.severity])
            continue;
        taken[f.severity]++;
        out.push(f);
    }
    return out;
}
function omittedMessage(omitted, where) {
    const total = omitted.error + omitted.warning + omitted.notice;
    const parts = ['error', 'warning', 'notice']
        .filter((s) => omitted[s])
        .map((s) => plural(omitted[s], s));
    return `${plural(total, 'more finding')} (${parts.join(', ')}) not shown as annotations: GitHub shows at most 10 of each level per step. All findings are in ${where}.`;
}
/** One finding as an annotation: the rule is the title, the hint follows the message. */
function toAnnotation(f) {
    const properties = { title: f.rule };
    if (f.file) {
        properties.file = f.file;
        if (f.line) {
            properties.startLine = f.line;
            if (f.endLine)
                properties.endLine = f.endLine;
            // GitHub ignores columns on an annotation that spans several lines (@actions/core's AnnotationProperties).
            if (f.column && (!f.endLine || f.endLine === f.line)) {
                properties.startColumn = f.column;
                if (f.endColumn)
                    properties.endColumn = f.endColumn;
            }
        }
    }
    return { level: f.severity, message: f.hint ? `${f.message}\nhint: ${f.hint}` : f.message, properties };
}
/** The workflow command lines for the findings, exactly as @actions/core's `error/warning/notice` write them. */
function toAnnotations(findings, limits = GITHUB_ANNOTATION_LIMITS) {
    return planAnnotations(findings, limits).annotations.map(annotationCommand);
}
/** `::error title=..,file=..,line=..::message`, properties in @actions/core's order (toCommandProperties). */
function annotationCommand(a) {
    const p = a.properties;
    const props = [
        ['title', p.title],
        ['file', p.file],
        ['line', p.startLine],
        ['endLine', p.endLine],
        ['col', p.startColumn],
        ['endColumn', p.endColumn],
    ];
    const list = props.filter(([, v]) => v).map(([k, v]) => `${k}=${escapeProperty(String(v))}`);
    return `::${a.level}${list.length ? ` ${list.join(',')}` : ''}::${escapeData(a.message)}`;
}
/** The runner's escaping of a command's message (actions/toolkit packages/core/src/command.ts). */
function escapeData(s) {
    return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** The runner's escaping of a command property value: as data, plus `:` and `,`. */
function escapeProperty(s) {
    return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

;// CONCATENATED MODULE: ./src/core/report/index.ts






;// CONCATENATED MODULE: ./src/cli/args.ts
/** Argument parsing and report printing shared by every `mlops` command. */




/** Parses strictly (every command also takes `--json`); a bad option is a usage error (exit 2) naming the usage line. */
function parse(args, options, usage) {
    try {
        const { values, positionals } = (0,external_node_util_.parseArgs)({ args, options: { json: { type: 'boolean' }, ...options }, allowPositionals: true, strict: true });
        return { values: values, positionals };
    }
    catch (error) {
        throw new errors/* UsageError */.eb(error.message.replace(/\. To specify.*$/s, ''), usage.split('\n')[0]);
    }
}
const str = (v, key) => (typeof v[key] === 'string' ? v[key] : undefined);
const list = (v, key) => (Array.isArray(v[key]) ? v[key].map(String) : []);
const bool = (v, key) => v[key] === true;
/** A required option, else a usage error. */
function need(v, key, usage) {
    const value = str(v, key);
    if (!value)
        throw new errors/* UsageError */.eb(`--${key} is required`, usage.split('\n')[0]);
    return value;
}
/** Exactly `count` positional arguments, else a usage error. */
function positionalArgs(positionals, count, usage) {
    if (positionals.length !== count)
        throw new errors/* UsageError */.eb(`expected ${count} argument${count === 1 ? '' : 's'}, got ${positionals.length}`, usage.split('\n')[0]);
    return positionals;
}
/** Prints the report (text, or JSON with optional extra data) and returns the exit code: 1 when it has error findings. */
function printReport(ctx, report, json, extra) {
    if (json) {
        const base = JSON.parse(renderJson(report));
        ctx.stdout(`${JSON.stringify(extra === undefined ? base : { ...base, data: extra }, null, 2)}\n`);
    }
    else {
        ctx.stdout(renderText(report));
    }
    return (0,finding/* shouldFail */.W9)(report.findings, 'error') ? 1 : 0;
}
/** Parses options strictly; a bad command line is a UsageError naming the usage line. */
function parseFlags(args, options, usage, positionals) {
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({ args, options, allowPositionals: true, strict: true });
    }
    catch (error) {
        throw new errors/* UsageError */.eb(error.message.replace(/\. To specify.*$/s, ''), usage.split('\n')[0]);
    }
    const [min, max] = positionals;
    if (parsed.positionals.length < min || parsed.positionals.length > max)
        throw new errors/* UsageError */.eb(`expected ${min === max ? min : `${min} to ${max}`} argument(s), got ${parsed.positionals.length}`, usage.split('\n')[0]);
    return { flags: parsed.values, rest: parsed.positionals };
}
/** Prints a report as text, JSON or Markdown and returns the exit code its findings give. */
function printReportAs(ctx, report, format) {
    if (format !== 'markdown')
        return printReport(ctx, report, format === 'json');
    ctx.stdout((0,markdown/* renderMarkdown */.Gc)(report));
    return (0,finding/* shouldFail */.W9)(report.findings, 'error') ? 1 : 0;
}


/***/ }),

/***/ 5278:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gt: () => (/* binding */ countFindings),
/* harmony export */   Tc: () => (/* binding */ sortFindings),
/* harmony export */   W9: () => (/* binding */ shouldFail)
/* harmony export */ });
/** The one vocabulary every validator speaks: a Finding is a rule's verdict on one place in one file. */
const rank = { error: 0, warning: 1, notice: 2 };
/** Orders findings by severity, then file, then line, so every channel lists them alike. */
function sortFindings(findings) {
    return [...findings].sort((a, b) => rank[a.severity] - rank[b.severity] ||
        (a.file ?? '').localeCompare(b.file ?? '') ||
        (a.line ?? 0) - (b.line ?? 0) ||
        (a.column ?? 0) - (b.column ?? 0) ||
        a.rule.localeCompare(b.rule));
}
/** Counts findings per severity. */
function countFindings(findings) {
    const counts = { error: 0, warning: 0, notice: 0 };
    for (const f of findings)
        counts[f.severity]++;
    return counts;
}
/** True when the findings should fail the run under the given threshold. */
function shouldFail(findings, failOn) {
    if (failOn === 'never')
        return false;
    return findings.some((f) => f.severity === 'error' || (failOn === 'warning' && f.severity === 'warning'));
}


/***/ }),

/***/ 3331:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  dq: () => (/* binding */ COMMENT_MAX_CHARS),
  Gc: () => (/* binding */ renderMarkdown)
});

// UNUSED EXPORTS: SUMMARY_MAX_BYTES, statusLine, utf8Length

// EXTERNAL MODULE: ./src/core/finding.ts
var finding = __webpack_require__(5278);
;// CONCATENATED MODULE: ./src/core/report/escape.ts
/** Escaping of untrusted text (finding messages, file names, card values) for Markdown and HTML. */
/** Text safe anywhere in Markdown inline content: no HTML, no comment markers, no @-mentions that notify people. */
function escapeInline(text) {
    return (text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        // A zero-width space after `@` stops GitHub from notifying the user or team a message names.
        .replace(/@(?=[A-Za-z0-9])/g, '@\u200b')
        .replace(/\r\n?|\n/g, ' '));
}
/** Text safe inside one GFM table cell: inline-escaped, pipes escaped, line breaks as `<br>`. */
function escapeCell(text) {
    return text
        .split(/\r\n?|\n/)
        .map((line) => escapeInline(line).replace(/\\/g, '\\\\').replace(/\|/g, '\\|'))
        .join('<br>');
}
/** A backtick fence longer than any backtick run inside `text`, so the text cannot close it (CommonMark \u00a74.5). */
function fenceFor(text) {
    const longest = Math.max(0, ...Array.from(text.matchAll(/`+/g), (m) => m[0].length));
    return '`'.repeat(Math.max(3, longest + 1));
}
/** Neutralises our own comment markers inside embedded Markdown, so a quoted report cannot pass for a sticky comment. */
function defuseMarkers(markdown) {
    return markdown.replace(/<!--\s*mlops:/g, '<!-- quoted-mlops:');
}

;// CONCATENATED MODULE: ./src/core/report/markdown-blocks.ts
/** Report blocks as Markdown pieces (see pieces.ts): GFM tables, mermaid fences, <details>, code fences. */

const details = (summary) => ({
    text: `<details><summary>${escapeInline(summary)}</summary>\n\n`,
    closer: '\n</details>\n\n',
    glue: true,
});
const endDetails = { text: '\n</details>\n\n', closes: true };
/** Pieces of one block; the first piece of a top-level block counts as a block when left out. */
function blockPieces(block, topLevel = true) {
    const pieces = render(block);
    if (topLevel && pieces[0])
        pieces[0] = { ...pieces[0], unit: pieces[0].unit ?? 'block' };
    return pieces;
}
function render(block) {
    switch (block.kind) {
        case 'heading':
            return [{ text: `${'#'.repeat(block.level ?? 3)} ${escapeInline(block.text)}\n\n`, glue: true }];
        case 'markdown':
            return markdownPieces(block.text);
        case 'table':
            return tablePieces(block.table);
        case 'chart':
            return [
                { text: fenced(block.mermaid, 'mermaid') },
                details('Chart data'),
                ...tablePieces(block.fallback),
                endDetails,
            ];
        case 'details':
            return [details(block.summary), ...block.blocks.flatMap((b) => blockPieces(b, false)), endDetails];
        case 'code':
            return codePieces(block.text, block.lang);
    }
}
/** A GFM table: the header sticks to the first row; each row is one piece. */
function tablePieces(table, unit) {
    const width = Math.max(table.headers.length, ...table.rows.map((r) => r.length), 1);
    const row = (cells) => `|${Array.from({ length: width }, (_, i) => ` ${escapeCell(cells[i] ?? '')} `).join('|')}|\n`;
    const rule = Array.from({ length: width }, (_, i) => alignRule(table.align?.[i])).join('|');
    return [
        { text: `${row(table.headers)}|${rule}|\n`, glue: table.rows.length > 0 },
        ...table.rows.map((r) => ({ text: row(r), unit })),
        { text: '\n' },
    ];
}
/** A table whose cells are already Markdown (the findings table builds its links itself). */
function rawTablePieces(headers, rows, unit) {
    const line = (cells) => `| ${cells.join(' | ')} |\n`;
    return [
        { text: `${line(headers)}|${headers.map(() => ' --- ').join('|')}|\n`, glue: rows.length > 0 },
        ...rows.map((r) => ({ text: line(r), unit })),
        { text: '\n' },
    ];
}
function alignRule(align) {
    return align === 'right' ? ' ---: ' : align === 'center' ? ' :---: ' : ' --- ';
}
function fenced(text, lang) {
    const fence = fenceFor(text);
    return `${fence}${lang}\n${text.replace(/\n$/, '')}\n${fence}\n\n`;
}
/** A code fence cut between lines: the fence is re-closed when a cut falls inside it. */
function codePieces(text, lang) {
    const fence = fenceFor(text);
    const info = (lang ?? '').replace(/[^A-Za-z0-9_+.-]/g, '');
    const lines = text.replace(/\n$/, '').split('\n');
    return [
        { text: `${fence}${info}\n`, closer: `${fence}\n\n`, glue: true },
        ...lines.map((line) => ({ text: `${line}\n` })),
        { text: `${fence}\n\n`, closes: true },
    ];
}
// HTML elements that commonly span blank lines in Markdown (CommonMark HTML blocks, type 6).
const containers = /<(\/?)(details|table|div|blockquote|ul|ol|pre|p)\b[^>]*>/gi;
/**
 * Free Markdown split into paragraphs at blank lines, but only where no code fence and no HTML
 * container is open, so a cut never leaves a fence or a tag unclosed.
 */
function markdownPieces(markdown) {
    const pieces = [];
    let current = [];
    let fence;
    let depth = 0;
    for (const line of defuseMarkers(markdown).replace(/\r\n?/g, '\n').split('\n')) {
        const inCode = fence !== undefined;
        fence = nextFence(line, fence);
        if (!inCode && fence === undefined)
            depth = Math.max(0, depth + htmlBalance(line));
        if (line.trim() === '' && fence === undefined && depth === 0) {
            if (current.length)
                pieces.push({ text: `${current.join('\n')}\n\n` });
            current = [];
        }
        else
            current.push(line);
    }
    // An unclosed fence or tag in the input: keep the rest whole rather than guess where it ends.
    if (current.length)
        pieces.push({ text: `${current.join('\n')}${fence ? `\n${fence}` : ''}\n\n` });
    return pieces;
}
/** The fence open after `line`: ``` or ~~~ opens one, a bare run at least as long closes it (CommonMark \u00a74.5). */
function nextFence(line, open) {
    const run = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (open === undefined)
        return run;
    const closes = run !== undefined && run[0] === open[0] && run.length >= open.length && /^ {0,3}[`~]+\s*$/.test(line);
    return closes ? undefined : open;
}
function htmlBalance(line) {
    let balance = 0;
    for (const m of line.matchAll(containers))
        balance += m[1] ? -1 : 1;
    return balance;
}

;// CONCATENATED MODULE: ./src/core/report/pieces.ts
/**
 * Safe truncation. A rendered report is a list of pieces that must never be split (a table row, a
 * whole mermaid fence, an HTML tag, one line of code). A cut keeps a prefix of whole pieces, closes
 * every container still open (`</details>`, a code fence) and ends with a note saying what was left
 * out, so the result always stays well-formed Markdown.
 */
/** Joins the pieces when they fit, otherwise the longest safe prefix plus closers plus the omission note. */
function fitPieces(pieces, options) {
    const { budget, measure, note } = options;
    const sizes = pieces.map((p) => measure(p.text));
    const total = sizes.reduce((a, b) => a + b, 0);
    if (total <= budget)
        return { text: pieces.map((p) => p.text).join('') };
    const everything = tally(pieces, sizes, 0);
    const reserve = measure(note(everything));
    let used = 0;
    let keep = 0;
    let closers = [];
    const open = [];
    for (let i = 0; i < pieces.length; i++) {
        const piece = pieces[i];
        used += sizes[i];
        if (piece.closer !== undefined)
            open.push(piece.closer);
        if (piece.closes)
            open.pop();
        if (used + reserve > budget)
            break;
        if (piece.glue)
            continue;
        const closing = open.reduce((sum, c) => sum + measure(c), 0);
        if (used + closing + reserve <= budget) {
            keep = i + 1;
            closers = [...open].reverse();
        }
    }
    const omitted = tally(pieces, sizes, keep);
    const kept = pieces.slice(0, keep).map((p) => p.text);
    return { text: [...kept, ...closers, note(omitted)].join(''), omitted };
}
function tally(pieces, sizes, from) {
    const omitted = { findings: 0, blocks: 0, size: 0 };
    for (let i = from; i < pieces.length; i++) {
        omitted.size += sizes[i];
        if (pieces[i].unit === 'finding')
            omitted.findings++;
        if (pieces[i].unit === 'block')
            omitted.blocks++;
    }
    return omitted;
}

// EXTERNAL MODULE: ./src/core/report/status.ts
var report_status = __webpack_require__(7026);
;// CONCATENATED MODULE: ./src/core/report/markdown.ts
/** The Markdown channel: the sticky PR comment and the job summary, cut safely at GitHub's limits. */





/** GitHub rejects issue and PR comment bodies longer than this many characters. */
const COMMENT_MAX_CHARS = 65_536;
/** GitHub refuses a job summary larger than 1 MiB per step. */
const SUMMARY_MAX_BYTES = (/* unused pure expression or super */ null && (1024 * 1024));
/** Renders a report as GitHub-flavoured Markdown: status line, findings table, then the blocks. */
function renderMarkdown(report, options = {}) {
    const head = options.marker ? `${options.marker}\n` : '';
    const pieces = [
        { text: `## ${escapeInline(report.title)}\n\n` },
        { text: `${statusLine(report)}\n\n` },
        ...findingsPieces(report.findings, options.blobUrl),
        ...report.blocks.flatMap((b) => blockPieces(b)),
    ];
    const bytes = options.maxBytes !== undefined;
    const limit = bytes ? options.maxBytes : (options.maxChars ?? Number.POSITIVE_INFINITY);
    const measure = bytes ? utf8Length : (t) => t.length;
    const { text } = fitPieces(pieces, {
        budget: limit - measure(head),
        measure,
        note: (o) => cutNote(o, limit, bytes ? 'bytes' : 'characters', options.fullReport),
    });
    return `${head}${text}`;
}
/** The status line: worst severity icon, counts, and the report's own summary. */
function statusLine(report) {
    const level = (0,report_status/* worst */.QZ)(report.findings);
    const icon = level === 'ok' ? '\u2705' : report_status/* severityIcon */.PE[level];
    const summary = report.summary ? ` \u00b7 ${escapeInline(report.summary)}` : '';
    return `${icon} **${(0,report_status/* countsText */.WN)(report.findings)}**${summary}`;
}
function findingsPieces(findings, blobUrl) {
    if (!findings.length)
        return [];
    const sorted = (0,finding/* sortFindings */.Tc)(findings);
    const hints = sorted.some((f) => f.hint);
    const headers = ['', 'Location', 'Rule', 'Message', ...(hints ? ['Hint'] : [])];
    const rows = sorted.map((f) => [
        report_status/* severityIcon */.PE[f.severity],
        locationCell(f, blobUrl),
        `\`${f.rule.replace(/[`|\\]/g, '')}\``,
        escapeCell(f.message),
        ...(hints ? [escapeCell(f.hint ?? '')] : []),
    ]);
    return rawTablePieces(headers, rows, 'finding');
}
function locationCell(f, blobUrl) {
    if (!f.file)
        return '\u2014';
    const label = escapeCell(f.line ? `${f.file}:${f.line}` : f.file).replace(/[[\]]/g, '\\$&');
    if (!blobUrl)
        return label;
    const path = f.file.split('/').map(encodeURIComponent).join('/');
    const lines = f.line ? `#L${f.line}${f.endLine && f.endLine > f.line ? `-L${f.endLine}` : ''}` : '';
    return `[${label}](${blobUrl.replace(/\/+$/, '')}/${path}${lines})`;
}
function cutNote(o, limit, unit, fullReport) {
    const parts = [
        o.findings ? (0,report_status/* plural */.LS)(o.findings, 'finding') : '',
        o.blocks ? (0,report_status/* plural */.LS)(o.blocks, 'section') : '',
    ].filter(Boolean);
    const what = parts.length
        ? `${parts.join(' and ')} (${(0,report_status/* groupDigits */.K9)(o.size)} ${unit})`
        : `${(0,report_status/* groupDigits */.K9)(o.size)} ${unit}`;
    const where = fullReport ?? 'the job summary and the JSON report of this run';
    return `\n> [!WARNING]\n> This report was cut to fit GitHub's limit of ${(0,report_status/* groupDigits */.K9)(limit)} ${unit}: ${what} left out. The full report is in ${where}.\n`;
}
/** UTF-8 size of a string without allocating a buffer. */
function utf8Length(text) {
    let bytes = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c < 0x80)
            bytes += 1;
        else if (c < 0x800)
            bytes += 2;
        else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
            bytes += 4;
            i++;
        }
        else
            bytes += 3;
    }
    return bytes;
}


/***/ }),

/***/ 7026:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C5: () => (/* binding */ location),
/* harmony export */   K9: () => (/* binding */ groupDigits),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   PE: () => (/* binding */ severityIcon),
/* harmony export */   QZ: () => (/* binding */ worst),
/* harmony export */   WN: () => (/* binding */ countsText)
/* harmony export */ });
/* harmony import */ var _finding_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5278);
/** The one-line outcome every channel opens with, and the small words shared by the renderers. */

/** Icons per severity, as GitHub renders them in comments and summaries. */
const severityIcon = { error: '\u274c', warning: '\u26a0\ufe0f', notice: '\u2139\ufe0f' };
/** `1 error`, `2 warnings`. */
function plural(count, word) {
    return `${groupDigits(count)} ${word}${count === 1 ? '' : 's'}`;
}
/** 65536 -> `65,536`, the same in every locale. */
function groupDigits(n) {
    return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
/** `2 errors, 1 warning` (zeros left out), or `no findings`. */
function countsText(findings) {
    const counts = (0,_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .countFindings */ .Gt)(findings);
    const parts = ['error', 'warning', 'notice']
        .filter((s) => counts[s] > 0)
        .map((s) => plural(counts[s], s));
    return parts.length ? parts.join(', ') : 'no findings';
}
/** The most severe level present, or `ok` when there are no findings. */
function worst(findings) {
    const counts = (0,_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .countFindings */ .Gt)(findings);
    return counts.error ? 'error' : counts.warning ? 'warning' : counts.notice ? 'notice' : 'ok';
}
/** `path:line:column` as far as known, or undefined for a finding about the whole repository. */
function location(f) {
    if (!f.file)
        return undefined;
    return [f.file, f.line, f.line !== undefined ? f.column : undefined]
        .filter((p) => p !== undefined)
        .join(':');
}


/***/ })

};

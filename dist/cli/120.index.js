export const id = 120;
export const ids = [120];
export const modules = {

/***/ 8120:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   compareExperiments: () => (/* binding */ compareExperiments),
/* harmony export */   readRecord: () => (/* binding */ readRecord),
/* harmony export */   showExperiment: () => (/* binding */ showExperiment)
/* harmony export */ });
/* unused harmony export recordIn */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_cards_frontmatter_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(9125);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _core_experiments_catalog_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3519);
/* harmony import */ var _core_experiments_names_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3584);
/* harmony import */ var _core_experiments_naming_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5938);
/* harmony import */ var _core_experiments_report_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1292);
/* harmony import */ var _core_yaml_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1971);
/* harmony import */ var _registry_tags_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5445);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9874);
/** `experiment compare` and `show`: reads the records needed (few `for-each-ref` calls) and builds reports. */










/** The record in an entry's tag, or a UserError saying why it cannot be read. */
function recordIn(entry) {
    const parsed = (0,_core_experiments_catalog_js__WEBPACK_IMPORTED_MODULE_2__/* .recordOf */ .zv)(entry);
    if (!parsed.record)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`experiment ${entry.name}: ${parsed.problem}`, {
            hint: `inspect it with \`git show ${entry.tag}\``,
        });
    return parsed.record;
}
/** `experiment show NAME`. */
async function showExperiment(git, name) {
    return (0,_core_experiments_report_js__WEBPACK_IMPORTED_MODULE_5__/* .showReport */ .UY)(await readRecord(git, name));
}
/** The record (or stub) in an experiment's tag; a UserError when there is none. */
async function readRecord(git, name) {
    const entry = (await (0,_store_js__WEBPACK_IMPORTED_MODULE_8__/* .readEntries */ .$2)(git, [name])).get((0,_core_experiments_naming_js__WEBPACK_IMPORTED_MODULE_4__/* .nameOf */ .Vb)(name));
    if (!entry)
        throw notFound(name);
    return recordIn(entry);
}
function notFound(name) {
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`no experiment named '${(0,_core_experiments_naming_js__WEBPACK_IMPORTED_MODULE_4__/* .nameOf */ .Vb)(name)}'`, {
        hint: 'list them with `mlops experiment list` (add --remote to read the remote)',
    });
}
/** `experiment compare A [B]`: the report, with the baseline resolved. */
async function compareExperiments(git, options) {
    const candidateName = (0,_core_experiments_naming_js__WEBPACK_IMPORTED_MODULE_4__/* .nameOf */ .Vb)(options.candidate);
    const wanted = options.baseline ?? 'main';
    // Names alone give type, day and order: one cheap for-each-ref, then the few records needed.
    const refs = options.refs ?? (await (0,_store_js__WEBPACK_IMPORTED_MODULE_8__/* .listRefs */ .Dy)(git, { project: options.project }));
    const candidate = refs.find((r) => r.name === candidateName);
    if (!candidate)
        throw notFound(candidateName);
    const baselineName = await resolveBaseline(git, wanted, candidate, refs, options);
    const history = refs
        .filter((r) => r.type === candidate.type && (0,_core_experiments_names_js__WEBPACK_IMPORTED_MODULE_3__/* .newestRefFirst */ .AE)(r, candidate) >= 0)
        .sort(_core_experiments_names_js__WEBPACK_IMPORTED_MODULE_3__/* .newestRefFirst */ .AE)
        .slice(0, options.last ?? 10)
        .reverse();
    const names = [...new Set([candidateName, baselineName, ...history.map((h) => h.name)])];
    const entries = await (0,_store_js__WEBPACK_IMPORTED_MODULE_8__/* .readEntries */ .$2)(git, names);
    const compared = (name) => {
        const entry = entries.get(name);
        if (!entry)
            throw notFound(name);
        const record = recordIn(entry);
        return { name, metrics: record.metrics ?? {}, params: 'params' in record ? record.params : {} };
    };
    const label = wanted === 'main'
        ? 'the newest experiment on the base branch'
        : wanted === 'production'
            ? 'the experiment behind production'
            : 'experiment';
    return (0,_core_experiments_report_js__WEBPACK_IMPORTED_MODULE_5__/* .compareReport */ .EU)({
        candidate: compared(candidateName),
        baseline: compared(baselineName),
        baselineLabel: label,
        history: history.map((h) => compared(h.name)),
        directions: options.directions,
    });
}
async function resolveBaseline(git, wanted, candidate, known, options) {
    if (wanted === 'main')
        return newestOnBase(git, candidate, known, options);
    if (wanted === 'production')
        return behindStage(git, 'production', options);
    return (0,_core_experiments_naming_js__WEBPACK_IMPORTED_MODULE_4__/* .nameOf */ .Vb)(wanted);
}
/** The newest experiment of the candidate's type on the base branch (the remote's copy first). */
async function newestOnBase(git, candidate, known, options) {
    const branch = options.baseBranch || 'main';
    const remote = `refs/remotes/origin/${branch}`;
    const rev = (await git.resolve(remote)) ? remote : branch;
    const filter = { exclude: [candidate.name], type: candidate.type, project: options.project, known };
    const found = rev === remote || (await git.resolve(branch)) ? await (0,_store_js__WEBPACK_IMPORTED_MODULE_8__/* .newestMerged */ .x9)(git, rev, filter) : undefined;
    if (found)
        return found;
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`no experiment is recorded on the base branch '${branch}' yet`, {
        hint: 'record one on the base branch, or compare with a named experiment: `mlops experiment compare A B`',
    });
}
/**
 * The experiment behind the model now in a stage: the `experiment:` its model card declares at the
 * version's commit (SPEC \u00a74), else the newest experiment recorded on that commit's history.
 */
async function behindStage(git, stage, options) {
    const state = await (0,_registry_tags_js__WEBPACK_IMPORTED_MODULE_7__/* .readRegistry */ ._5)(git);
    const models = Object.values(state.artifacts).filter((a) => a.stages[stage] && (!options.model || a.name === options.model));
    if (Object.keys(state.artifacts).length === 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('no registry yet: no model version has been registered', {
            hint: 'register a model version first, or compare with `main` or an experiment name',
        });
    if (models.length === 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`no model is in ${stage}${options.model ? ` for ${options.model}` : ''} yet`, {
            hint: 'compare with `main` or an experiment name',
        });
    if (models.length > 1)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`several models are in ${stage} (${models.map((m) => m.name).join(', ')})`, {
            hint: 'pick one with --model NAME',
        });
    const model = models[0];
    const info = model.stages[stage];
    const declared = await declaredExperiment(git, info.commit, options.models.find((m) => m.name === model.name));
    if (declared)
        return declared;
    const found = await (0,_store_js__WEBPACK_IMPORTED_MODULE_8__/* .newestMerged */ .x9)(git, info.commit, { project: options.project });
    if (found)
        return found;
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${model.name}@${info.version} in ${stage} names no experiment, and none is recorded in its history`, {
        hint: 'add `experiment: exp/<name>` to the model card',
    });
}
async function declaredExperiment(git, commit, model) {
    if (!model)
        return undefined;
    for (const card of model.card
        ? [model.card]
        : [node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.join(model.path, 'MODEL_CARD.md'), node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.join(model.path, 'README.md')]) {
        const bytes = await git.show(commit, card);
        if (!bytes)
            continue;
        const split = (0,_core_cards_frontmatter_js__WEBPACK_IMPORTED_MODULE_9__/* .splitFrontMatter */ .v)(bytes.toString('utf8').replace(/\r\n?/g, '\n'), card);
        const meta = (0,_core_yaml_index_js__WEBPACK_IMPORTED_MODULE_6__/* .parseYaml */ .hN)(split.yaml, card, { expect: 'mapping' }).value;
        if (typeof meta?.experiment === 'string')
            return (0,_core_experiments_naming_js__WEBPACK_IMPORTED_MODULE_4__/* .nameOf */ .Vb)(meta.experiment);
    }
    return undefined;
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


/***/ })

};

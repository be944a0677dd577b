export const id = 167;
export const ids = [167,217,537];
export const modules = {

/***/ 5082:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XH: () => (/* binding */ resolveIdentity),
/* harmony export */   c2: () => (/* binding */ statusOf),
/* harmony export */   fy: () => (/* binding */ isSelf)
/* harmony export */ });
/* unused harmony export ACTIONS_BOT_LOGIN */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/**
 * Who the token speaks for, so that a sticky comment is only ever edited by the identity that wrote
 * it. A personal token can ask `GET /user`; an installation token (the Actions `GITHUB_TOKEN`, a
 * GitHub App token) is refused with 403, and its comments are authored by the app's bot account.
 */

/** The author of comments made with the Actions `GITHUB_TOKEN`. */
const ACTIONS_BOT_LOGIN = 'github-actions[bot]';
/** The token's own identity: the explicit bot login, else `GET /user`, else (403) `github-actions[bot]`. */
async function resolveIdentity(client, options = {}) {
    if (options.botLogin)
        return { login: options.botLogin, kind: 'bot' };
    try {
        const { data } = await client.rest.users.getAuthenticated();
        return { login: data.login, kind: data.type === 'Bot' ? 'bot' : 'user' };
    }
    catch (error) {
        const status = statusOf(error);
        // "Resource not accessible by integration": an installation token, whose comments the Actions bot writes.
        if (status === 403)
            return { login: ACTIONS_BOT_LOGIN, kind: 'bot' };
        if (status === 401) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('GitHub refused the token (401 Bad credentials)', {
                hint: 'pass a valid token in the `token` input (the default `${{ github.token }}` works)',
            });
        }
        throw error;
    }
}
/** True when `login` is this identity (GitHub logins are case-insensitive). */
function isSelf(identity, login) {
    return login !== undefined && login.toLowerCase() === identity.login.toLowerCase();
}
/** The HTTP status of an Octokit RequestError, if it is one. */
function statusOf(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}


/***/ }),

/***/ 158:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JJ: () => (/* binding */ cardMetadataAt),
/* harmony export */   T3: () => (/* binding */ cardTextAt),
/* harmony export */   VQ: () => (/* binding */ cardCandidates)
/* harmony export */ });
/* unused harmony export MAX_CARD_BYTES */
/* harmony import */ var _core_cards_frontmatter_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9125);
/* harmony import */ var _core_yaml_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1971);
/**
 * One card's metadata at a git revision, read through its front matter alone: for callers that need a
 * key or two (monitoring reads a model's `signature`) and not the Markdown body, its sections or its
 * validation. The full reader (cards.ts) parses the body with micromark and loads the card schemas;
 * this one costs a `git show` and a YAML parse, and keeps those ~250 KB out of the monitor's start-up.
 * Both find a card the same way (cardCandidates) and read the same metadata.
 */


/** Cards larger than this are not read (a card is text; anything bigger is a mistake). */
const MAX_CARD_BYTES = 4 * 1024 * 1024;
/** Where a model's or dataset's card may be, in order: the configured `card`, else `names` in its folder. */
function cardCandidates(folder, explicit, names) {
    const dir = folder.replace(/\/+$/, '');
    return explicit ? [explicit] : names.map((n) => (dir ? `${dir}/${n}` : n));
}
/** A card's text at `rev`: the first candidate that exists and is not too large. */
async function cardTextAt(git, rev, candidates) {
    for (const candidate of candidates) {
        const bytes = await git.show(rev, candidate);
        if (!bytes || bytes.length > MAX_CARD_BYTES)
            continue;
        return { path: candidate, text: bytes.toString('utf8').replace(/\r\n?/g, '\n') };
    }
    return undefined;
}
/** The metadata of the card found at `rev` ({} when it has none), or undefined when there is no card. */
async function cardMetadataAt(git, rev, candidates) {
    const card = await cardTextAt(git, rev, candidates);
    if (!card)
        return undefined;
    if (card.path.toLowerCase().endsWith('.json')) {
        // Model Card Toolkit JSON maps onto metadata through the full reader; rare enough to load it then.
        const { parseCard } = await Promise.all(/* import() */[__webpack_require__.e(825), __webpack_require__.e(840)]).then(__webpack_require__.bind(__webpack_require__, 840));
        return parseCard(card.text, card.path, 'model', 'standard').metadata;
    }
    const split = (0,_core_cards_frontmatter_js__WEBPACK_IMPORTED_MODULE_1__/* .splitFrontMatter */ .v)(card.text, card.path);
    if (!split.found)
        return {};
    const parsed = (0,_core_yaml_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parseYaml */ .hN)(split.yaml, card.path, { lineOffset: split.yamlLine - 1, expect: 'mapping', rulePrefix: 'card/yaml' });
    return parsed.value ?? {};
}


/***/ }),

/***/ 8537:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cardsAt: () => (/* binding */ cardsAt)
/* harmony export */ });
/* harmony import */ var _core_cards_document_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(840);
/* harmony import */ var _core_cards_sections_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2855);
/* harmony import */ var _core_cards_validate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8137);
/* harmony import */ var _core_yaml_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1971);
/* harmony import */ var _card_metadata_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(158);
/**
 * Model and data cards read at a git revision (not the work tree), so that registration, promotion and
 * the gate read exactly the committed content. Parsing is the cards module's (`parseCard`); only the
 * registry's keys are taken here: name, version, risk, signature, experiment.
 */





/** Every configured model and dataset card at `rev` that declares a version (datasets as `data/{name}`). */
async function cardsAt(git, config, rev) {
    const out = [];
    for (const m of config.models) {
        const card = await readCard(git, rev, m.path, m.card, ['MODEL_CARD.md', 'README.md'], 'model', m.name);
        if (card)
            out.push({ ...card, risk: card.risk ?? m.risk });
    }
    for (const d of config.datasets) {
        const card = await readCard(git, rev, d.path, d.card, ['DATA_CARD.md', 'README.md'], 'data', `data/${d.name}`);
        if (card)
            out.push(card);
    }
    return out;
}
async function readCard(git, rev, folder, explicit, names, kind, artifact) {
    const card = await (0,_card_metadata_js__WEBPACK_IMPORTED_MODULE_4__/* .cardTextAt */ .T3)(git, rev, (0,_card_metadata_js__WEBPACK_IMPORTED_MODULE_4__/* .cardCandidates */ .VQ)(folder, explicit, names));
    if (!card)
        return undefined;
    const doc = (0,_core_cards_document_js__WEBPACK_IMPORTED_MODULE_0__.parseCard)(card.text, card.path, kind, 'standard');
    const meta = doc.metadata;
    const version = meta.version;
    if (typeof version !== 'string' && typeof version !== 'number')
        return undefined;
    const risk = meta.risk === 'low' || meta.risk === 'medium' || meta.risk === 'high' ? meta.risk : undefined;
    return {
        artifact,
        kind,
        folder: folder.replace(/\/+$/, ''),
        version: String(version),
        cardPath: card.path,
        line: doc.source ? (0,_core_yaml_index_js__WEBPACK_IMPORTED_MODULE_3__/* .locate */ .x5)(doc.source, ['version']).line : undefined,
        signature: meta.signature,
        explainsChange: (0,_core_cards_sections_js__WEBPACK_IMPORTED_MODULE_1__/* .allSections */ .ym)(doc.sections).some((s) => /change/i.test(s.title)),
        risk,
        experiment: typeof meta.experiment === 'string' ? meta.experiment : undefined,
        missing: (0,_core_cards_validate_js__WEBPACK_IMPORTED_MODULE_2__/* .validateCardDocument */ .k)(doc)
            .filter((f) => f.severity === 'error')
            .map((f) => f.message),
    };
}


/***/ }),

/***/ 1443:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pruneExperiments: () => (/* binding */ pruneExperiments)
});

;// CONCATENATED MODULE: ./src/core/registry/prune.ts
/**
 * Retention of experiment tags (SPEC §7): older than `keep_days` and not among the `keep_last` newest go,
 * except an experiment behind a registered version (named by its card's `experiment`, or on the same
 * commit), or on a commit in any stage's history: audits are built from those, so they stay.
 */
/** Decides which experiment tags go. */
function planPrune(input) {
    const newest = [...input.experiments].sort((a, b) => Date.parse(b.date) - Date.parse(a.date));
    const out = { remove: [], keep: [] };
    newest.forEach((e, i) => {
        const ageDays = (input.now - Date.parse(e.date)) / 86_400_000;
        const why = input.referenced.has(e.name)
            ? 'named by a registered version’s card'
            : input.registryCommits.has(e.commit)
                ? 'on a commit in the registry history'
                : i < input.keepLast
                    ? `among the ${input.keepLast} newest`
                    : ageDays <= input.keepDays
                        ? `younger than ${input.keepDays} days`
                        : '';
        if (why)
            out.keep.push({ ...e, why });
        else
            out.remove.push(e);
    });
    return out;
}

// EXTERNAL MODULE: ./src/adapters/github/identity.ts
var identity = __webpack_require__(5082);
// EXTERNAL MODULE: ./src/adapters/registry/cards.ts
var cards = __webpack_require__(8537);
// EXTERNAL MODULE: ./src/adapters/registry/tags.ts
var tags = __webpack_require__(5445);
;// CONCATENATED MODULE: ./src/adapters/registry/prune.ts




/** Decides and (unless dry-run) deletes; remote tags go in one atomic push. */
async function pruneExperiments(o) {
    if (o.remote)
        await o.git.fetchTags(o.remote);
    const state = await (0,tags/* readRegistry */._5)(o.git);
    const referenced = new Set();
    const seen = new Set();
    for (const a of Object.values(state.artifacts))
        for (const v of a.versions) {
            if (seen.has(v.commit))
                continue;
            seen.add(v.commit);
            for (const card of await (0,cards.cardsAt)(o.git, o.config, v.commit))
                if (card.experiment)
                    referenced.add(card.experiment.startsWith('exp/') ? card.experiment : `exp/${card.experiment}`);
        }
    const experiments = (await o.git.tags(['refs/tags/exp/'])).map((t) => ({ name: t.name, commit: t.commit, date: t.date }));
    const decision = planPrune({
        experiments,
        referenced,
        registryCommits: new Set(state.events.map((e) => e.commit)),
        keepDays: o.config.retention.experiments.keep_days,
        keepLast: o.config.retention.experiments.keep_last,
        now: o.now ?? Date.now(),
    });
    const names = decision.remove.map((e) => e.name);
    if (o.dryRun || !names.length)
        return { ...decision, deleted: [] };
    if (o.github)
        for (const tag of names)
            await deleteRelease(o.github.client, o.github.repo, tag);
    if (o.remote)
        await o.git.run(['push', '--atomic', '--quiet', o.remote, ...names.map((n) => `:refs/tags/${n}`)]);
    await o.git.run(['tag', '--delete', ...names]);
    return { ...decision, deleted: names };
}
async function deleteRelease(client, repo, tag) {
    try {
        const release = (await client.rest.repos.getReleaseByTag({ ...repo, tag })).data;
        await client.rest.repos.deleteRelease({ ...repo, release_id: release.id });
    }
    catch (error) {
        if ((0,identity/* statusOf */.c2)(error) !== 404)
            throw error;
    }
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

export const id = 537;
export const ids = [537];
export const modules = {

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


/***/ })

};

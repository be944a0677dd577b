export const id = 537;
export const ids = [537];
export const modules = {

/***/ 48537:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cardsAt: () => (/* binding */ cardsAt)
/* harmony export */ });
/* harmony import */ var _core_cards_document_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(60840);
/* harmony import */ var _core_cards_sections_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(82855);
/* harmony import */ var _core_cards_validate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(98137);
/* harmony import */ var _core_yaml_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1971);
/**
 * Model and data cards read at a git revision (not the work tree), so that registration, promotion and
 * the gate read exactly the committed content. Parsing is the cards module's (`parseCard`); only the
 * registry's keys are taken here: name, version, risk, signature, experiment.
 */




const MAX_CARD_BYTES = 4 * 1024 * 1024;
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
    const dir = folder.replace(/\/+$/, '');
    for (const path of explicit ? [explicit] : names.map((n) => (dir ? `${dir}/${n}` : n))) {
        const bytes = await git.show(rev, path);
        if (!bytes || bytes.length > MAX_CARD_BYTES)
            continue;
        const doc = (0,_core_cards_document_js__WEBPACK_IMPORTED_MODULE_0__/* .parseCard */ .c)(bytes.toString('utf8').replace(/\r\n?/g, '\n'), path, kind, 'standard');
        const meta = doc.metadata;
        const version = meta.version;
        if (typeof version !== 'string' && typeof version !== 'number')
            return undefined;
        const risk = meta.risk === 'low' || meta.risk === 'medium' || meta.risk === 'high' ? meta.risk : undefined;
        return {
            artifact,
            kind,
            folder: dir,
            version: String(version),
            cardPath: path,
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
    return undefined;
}


/***/ })

};

export const id = 488;
export const ids = [488];
export const modules = {

/***/ 4488:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   datasetsTouchedBy: () => (/* binding */ datasetsTouchedBy)
/* harmony export */ });
/* harmony import */ var _cards_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5628);

/**
 * The datasets a change touches: a file under the dataset's folder, its card, or one of its
 * configured drift files (a pattern matches as the cards' `profiles` globs do).
 */
function datasetsTouchedBy(datasets, changed) {
    return datasets.filter((d) => {
        const folder = d.path.replace(/\/+$/, '');
        const drift = d.drift ? [d.drift.reference, d.drift.current].map((p) => (0,_cards_js__WEBPACK_IMPORTED_MODULE_0__/* .globToRegExp */ .tL)(p)) : [];
        return changed.some((f) => f === d.card || f.startsWith(`${folder}/`) || drift.some((re) => re.test(f)));
    });
}


/***/ })

};

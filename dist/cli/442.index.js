export const id = 442;
export const ids = [442];
export const modules = {

/***/ 61:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  validateCommand: () => (/* binding */ validateCommand)
});

// EXTERNAL MODULE: ./src/adapters/git.ts + 1 modules
var git = __webpack_require__(3073);
// EXTERNAL MODULE: ./src/core/finding.ts
var finding = __webpack_require__(5278);
;// CONCATENATED MODULE: ./src/core/cards/report.ts
/** Report blocks for card checks: one table row per card, so a PR comment shows every card's state. */

/** The per-card table (card, kind, profile, name@version, counts, status); empty when no card was checked. */
function cardBlocks(results) {
    if (results.length === 0)
        return [];
    const rows = results.map((r) => {
        const c = (0,finding/* countFindings */.Gt)(r.findings);
        const status = c.error ? '\u274c failing' : c.warning ? '\u26a0\ufe0f warnings' : '\u2705 passing';
        const id = r.name ? `${r.name}${r.version ? `@v${r.version}` : ''}` : '\u2014';
        return [r.target.file, r.target.kind, r.target.profile, id, String(c.error), String(c.warning), String(c.notice), status];
    });
    return [
        { kind: 'heading', text: 'Cards', level: 3 },
        { kind: 'table', table: { headers: ['Card', 'Kind', 'Profile', 'Name', 'Errors', 'Warnings', 'Notices', 'Status'], rows, align: ['left', 'left', 'left', 'left', 'right', 'right', 'right', 'left'] } },
    ];
}
/** One line: "3 cards: 1 failing, 2 passing". */
function cardsSummary(results) {
    const failing = results.filter((r) => (0,finding/* countFindings */.Gt)(r.findings).error > 0).length;
    return `${results.length} card${results.length === 1 ? '' : 's'}: ${failing} failing, ${results.length - failing} passing`;
}

// EXTERNAL MODULE: ./src/adapters/fs/cards.ts + 6 modules
var fs_cards = __webpack_require__(5209);
// EXTERNAL MODULE: ./src/adapters/fs/config.ts
var fs_config = __webpack_require__(5730);
;// CONCATENATED MODULE: ./src/adapters/validate.ts
/**
 * What `mlops validate` and the root action check, in one place: the configuration, then the model
 * and data cards (all of them, the named paths, or in PR mode those touched between base and head).
 */



/** Validates the repository at `root` and returns one report (purpose `validate`). */
async function validateRepository(root, options = {}) {
    const loaded = await (0,fs_config.loadConfig)(root, { file: options.configFile });
    const cards = await (0,fs_cards/* validateCards */.qD)(root, { paths: options.paths, base: options.base, head: options.head, config: loaded.config });
    const config = loaded.file ? `checked ${loaded.file}` : 'no .github/mlops.yml: using the defaults';
    const scope = options.base ? ` (changed since ${options.base.slice(0, 12)})` : '';
    return {
        purpose: 'validate',
        title: 'mlops validate',
        summary: `${config}; ${cardsSummary(cards.cards)}${scope}`,
        findings: [...loaded.findings, ...cards.findings],
        blocks: cardBlocks(cards.cards),
    };
}

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/cli/args.ts + 4 modules
var cli_args = __webpack_require__(9123);
;// CONCATENATED MODULE: ./src/cli/commands/validate.ts
/** `mlops validate [PATH...] [--base REV] [--json]`: checks the repository's MLOps files and prints the findings. */




const usage = `usage: mlops validate [PATH...] [--base REV] [--config FILE] [--json]

Checks the repository's MLOps files: the configuration (.github/mlops.yml) and the model and data
cards (every card, the cards under PATH..., or with --base only the cards changed since REV and
the cards whose data changed). Exit code 0 when clean, 1 when there are findings of severity
error, 2 on usage errors.

options:
  --base REV      PR mode: only what changed between REV and HEAD
  --config FILE   the configuration file (default .github/mlops.yml)
  --json          print the report as JSON
`;
const validateCommand = {
    name: 'validate',
    summary: 'check .github/mlops.yml and the model and data cards, and print the findings',
    usage,
    async run(args, ctx) {
        const { values, positionals } = (0,cli_args/* parse */.qg)(args, { base: { type: 'string' }, config: { type: 'string' } }, usage);
        const root = await repositoryRoot(ctx.cwd);
        const base = (0,cli_args/* str */.gx)(values, 'base');
        const report = await validateRepository(root, {
            paths: positionals.length ? positionals : undefined,
            base,
            head: base ? 'HEAD' : undefined,
            configFile: (0,cli_args/* str */.gx)(values, 'config'),
        });
        return (0,cli_args/* printReport */.Y_)(ctx, report, (0,cli_args/* bool */.lc)(values, 'json'));
    },
};
/** The git repository root above cwd; a plain folder is validated as it is. */
async function repositoryRoot(cwd) {
    try {
        return await new git/* Git */.T(cwd).root();
    }
    catch (error) {
        if ((0,errors/* isUserError */.iU)(error))
            return cwd;
        throw error;
    }
}


/***/ })

};

export const id = 73;
export const ids = [73];
export const modules = {

/***/ 779:
/***/ ((__unused_webpack_module, exports) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
__webpack_unused_export__ = __webpack_unused_export__ = exports.U9 = void 0;
function fmtDef(validate, compare) {
    return { validate, compare };
}
exports.U9 = {
    // date: http://tools.ietf.org/html/rfc3339#section-5.6
    date: fmtDef(date, compareDate),
    // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
    time: fmtDef(getTime(true), compareTime),
    "date-time": fmtDef(getDateTime(true), compareDateTime),
    "iso-time": fmtDef(getTime(), compareIsoTime),
    "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
    // duration: https://tools.ietf.org/html/rfc3339#appendix-A
    duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
    uri,
    "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
    // uri-template: https://tools.ietf.org/html/rfc6570
    "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
    // For the source: https://gist.github.com/dperini/729294
    // For test cases: https://mathiasbynens.be/demo/url-regex
    url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
    email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
    hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
    // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
    ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
    ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
    regex,
    // uuid: http://tools.ietf.org/html/rfc4122
    uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
    // JSON-pointer: https://tools.ietf.org/html/rfc6901
    // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
    "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
    "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
    // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
    "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
    // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
    // byte: https://github.com/miguelmota/is-base64
    byte,
    // signed 32 bit integer
    int32: { type: "number", validate: validateInt32 },
    // signed 64 bit integer
    int64: { type: "number", validate: validateInt64 },
    // C-type float
    float: { type: "number", validate: validateNumber },
    // C-type double
    double: { type: "number", validate: validateNumber },
    // hint to the UI to hide input strings
    password: true,
    // unchecked string payload
    binary: true,
};
__webpack_unused_export__ = {
    ...exports.U9,
    date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
    time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
    "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
    "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
    "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
    // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
    uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
    "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
    // email (sources from jsen validator):
    // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
    // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
    email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i,
};
__webpack_unused_export__ = Object.keys(exports.U9);
function isLeapYear(year) {
    // https://tools.ietf.org/html/rfc3339#appendix-C
    return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}
const DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function date(str) {
    // full-date from http://tools.ietf.org/html/rfc3339#section-5.6
    const matches = DATE.exec(str);
    if (!matches)
        return false;
    const year = +matches[1];
    const month = +matches[2];
    const day = +matches[3];
    return (month >= 1 &&
        month <= 12 &&
        day >= 1 &&
        day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]));
}
function compareDate(d1, d2) {
    if (!(d1 && d2))
        return undefined;
    if (d1 > d2)
        return 1;
    if (d1 < d2)
        return -1;
    return 0;
}
const TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
function getTime(strictTimeZone) {
    return function time(str) {
        const matches = TIME.exec(str);
        if (!matches)
            return false;
        const hr = +matches[1];
        const min = +matches[2];
        const sec = +matches[3];
        const tz = matches[4];
        const tzSign = matches[5] === "-" ? -1 : 1;
        const tzH = +(matches[6] || 0);
        const tzM = +(matches[7] || 0);
        if (tzH > 23 || tzM > 59 || (strictTimeZone && !tz))
            return false;
        if (hr <= 23 && min <= 59 && sec < 60)
            return true;
        // leap second
        const utcMin = min - tzM * tzSign;
        const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
    };
}
function compareTime(s1, s2) {
    if (!(s1 && s2))
        return undefined;
    const t1 = new Date("2020-01-01T" + s1).valueOf();
    const t2 = new Date("2020-01-01T" + s2).valueOf();
    if (!(t1 && t2))
        return undefined;
    return t1 - t2;
}
function compareIsoTime(t1, t2) {
    if (!(t1 && t2))
        return undefined;
    const a1 = TIME.exec(t1);
    const a2 = TIME.exec(t2);
    if (!(a1 && a2))
        return undefined;
    t1 = a1[1] + a1[2] + a1[3];
    t2 = a2[1] + a2[2] + a2[3];
    if (t1 > t2)
        return 1;
    if (t1 < t2)
        return -1;
    return 0;
}
const DATE_TIME_SEPARATOR = /t|\s/i;
function getDateTime(strictTimeZone) {
    const time = getTime(strictTimeZone);
    return function date_time(str) {
        // http://tools.ietf.org/html/rfc3339#section-5.6
        const dateTime = str.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
    };
}
function compareDateTime(dt1, dt2) {
    if (!(dt1 && dt2))
        return undefined;
    const d1 = new Date(dt1).valueOf();
    const d2 = new Date(dt2).valueOf();
    if (!(d1 && d2))
        return undefined;
    return d1 - d2;
}
function compareIsoDateTime(dt1, dt2) {
    if (!(dt1 && dt2))
        return undefined;
    const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
    const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
    const res = compareDate(d1, d2);
    if (res === undefined)
        return undefined;
    return res || compareTime(t1, t2);
}
const NOT_URI_FRAGMENT = /\/|:/;
const URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
function uri(str) {
    // http://jmrware.com/articles/2009/uri_regexp/URI_regex.html + optional protocol + required "."
    return NOT_URI_FRAGMENT.test(str) && URI.test(str);
}
const BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
function byte(str) {
    BYTE.lastIndex = 0;
    return BYTE.test(str);
}
const MIN_INT32 = -(2 ** 31);
const MAX_INT32 = 2 ** 31 - 1;
function validateInt32(value) {
    return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
}
function validateInt64(value) {
    // JSON and javascript max Int is 2**53, so any int that passes isInteger is valid for Int64
    return Number.isInteger(value);
}
function validateNumber() {
    return true;
}
const Z_ANCHOR = /[^\\]\\Z/;
function regex(str) {
    if (Z_ANCHOR.test(str))
        return false;
    try {
        new RegExp(str);
        return true;
    }
    catch (e) {
        return false;
    }
}
//# sourceMappingURL=formats.js.map

/***/ }),

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

/***/ 8073:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gateCommands: () => (/* binding */ gateCommands)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/adapters/git.ts + 1 modules
var git = __webpack_require__(3073);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/sha256.ts
var sha256 = __webpack_require__(7424);
;// CONCATENATED MODULE: ./src/core/gate/codeowners.ts
/**
 * CODEOWNERS with GitHub's rules (docs.github.com "About code owners"): gitignore-like patterns, the
 * last matching pattern wins, a pattern with no owners un-owns its paths; `!` negation and `[ ]` ranges
 * are not supported (such lines are skipped, as GitHub skips invalid lines); `docs/*` matches files
 * directly in docs/ only, while `docs/` and `apps` match everything below them.
 */
/** Parses CODEOWNERS text; invalid lines are returned apart with their line numbers. */
function parseCodeowners(text) {
    const rules = [];
    const invalid = [];
    text.split(/\r?\n/).forEach((raw, i) => {
        const line = raw.trim();
        if (!line || line.startsWith('#'))
            return;
        const [pattern = '', ...owners] = line.split(/\s+/);
        const cut = owners.findIndex((o) => o.startsWith('#'));
        const kept = cut >= 0 ? owners.slice(0, cut) : owners;
        if (pattern.startsWith('!') || /[[\]]/.test(pattern) || kept.some((o) => !/^(@[\w.-]+(\/[\w.-]+)?|[^@\s]+@[^@\s]+)$/.test(o))) {
            invalid.push({ line: i + 1, text: raw });
            return;
        }
        rules.push({ pattern, owners: kept, line: i + 1, regex: patternToRegex(pattern) });
    });
    return { rules, invalid };
}
/** The owners of a path: those of the last matching rule, [] when none matches or it lists none. */
function ownersOf(rules, file) {
    for (let i = rules.length - 1; i >= 0; i--) {
        const rule = rules[i];
        if (rule && rule.regex.test(file))
            return { owners: rule.owners, rule };
    }
    return { owners: [] };
}
function patternToRegex(pattern) {
    const dirOnly = pattern.endsWith('/');
    let p = dirOnly ? pattern.slice(0, -1) : pattern;
    const anchored = p.startsWith('/') || p.includes('/');
    if (p.startsWith('/'))
        p = p.slice(1);
    const last = p.split('/').pop() ?? '';
    // A trailing segment without wildcards may name a folder: it then owns everything below it.
    const recursive = dirOnly || !/[*?]/.test(last) || last === '**';
    let body = '';
    for (let i = 0; i < p.length; i++) {
        const ch = p[i] ?? '';
        if (ch === '*' && p[i + 1] === '*') {
            const slash = p[i + 2] === '/';
            body += slash ? '(?:.*/)?' : '.*';
            i += slash ? 2 : 1;
        }
        else if (ch === '*')
            body += '[^/]*';
        else if (ch === '?')
            body += '[^/]';
        else
            body += ch.replace(/[.+^${}()|\\]/g, '\\$&');
    }
    return new RegExp(`^${anchored ? '' : '(?:.*/)?'}${body}${recursive ? '(?:/.*)?' : ''}$`);
}

// EXTERNAL MODULE: ./src/core/registry/state.ts
var registry_state = __webpack_require__(3234);
// EXTERNAL MODULE: ./src/adapters/github/identity.ts
var identity = __webpack_require__(5082);
// EXTERNAL MODULE: ./src/adapters/registry/card-metadata.ts
var card_metadata = __webpack_require__(158);
// EXTERNAL MODULE: ./src/adapters/registry/register.ts + 2 modules
var register = __webpack_require__(4471);
// EXTERNAL MODULE: ./src/adapters/registry/tags.ts
var tags = __webpack_require__(5445);
// EXTERNAL MODULE: ./src/core/registry/plan.ts
var plan = __webpack_require__(2468);
;// CONCATENATED MODULE: ./src/adapters/registry/promote.ts



/** The stage a branch holds, or undefined when it is not a release branch. */
function stageOfBranch(config, branch) {
    const name = branch.replace(/^refs\/heads\//, '');
    if (!name.startsWith(config.release_branch_prefix))
        return undefined;
    const stage = name.slice(config.release_branch_prefix.length);
    return config.stages.includes(stage) ? stage : undefined;
}
/** Assigns the stage to the versions the branch's cards declare. */
async function assignFromBranch(o) {
    if (o.remote)
        await o.git.fetchTags(o.remote);
    const cards = (await declaredCardsAt(o.git, o.config, o.rev)).filter((c) => c.kind === 'model');
    const findings = [];
    const tags = await writeRegistryTags(o.git, (state) => cards.flatMap((card) => {
        const version = card.version.startsWith('v') ? card.version : `v${card.version}`;
        if (!state.artifacts[card.artifact]?.versions.some((v) => v.version === version && v.active)) {
            if (!findings.some((f) => f.file === card.cardPath))
                findings.push({ rule: 'registry/unregistered-promotion', severity: 'error', message: `${card.artifact} ${version} reached ${o.stage} but is not registered`, file: card.cardPath, line: card.line, hint: 'register versions on the default branch before promoting them' });
            return [];
        }
        return planAssign(state, card.artifact, version, o.stage, o.meta);
    }), { remote: o.remote });
    return { tags, findings };
}

;// CONCATENATED MODULE: ./src/adapters/registry/snapshot.ts









/** Takes the snapshot the gate decides on. */
async function fetchGateSnapshot(o) {
    const { client, repo, git } = o;
    const remote = o.remote ?? 'origin';
    const pr = (await client.rest.pulls.get({ ...repo, pull_number: o.pr })).data;
    const stage = stageOfBranch(o.config, pr.base.ref);
    if (!stage)
        throw new errors/* UserError */.yo(`PR #${o.pr} goes into ${pr.base.ref}, which is not a release branch (${o.config.release_branch_prefix}{stage})`);
    const [commits, reviews, files] = await Promise.all([
        client.paginate(client.rest.pulls.listCommits, { ...repo, pull_number: o.pr, per_page: 100 }),
        client.paginate(client.rest.pulls.listReviews, { ...repo, pull_number: o.pr, per_page: 100 }),
        client.paginate(client.rest.pulls.listFiles, { ...repo, pull_number: o.pr, per_page: 100 }),
    ]);
    await git.fetchTags(remote);
    await git.run(['fetch', '--quiet', remote, pr.base.sha, pr.head.sha], { allowFailure: true });
    await git.run(['fetch', '--quiet', remote, `+refs/pull/${o.pr}/head:refs/remotes/${remote}/pr/${o.pr}`], { allowFailure: true });
    const registry = await (0,tags/* registryTags */.X2)(git);
    const policy = o.policy(stage);
    const codeowners = await readCodeowners(client, repo, pr.base.sha);
    const logins = new Set([pr.user?.login ?? '', ...reviews.map((r) => r.user?.login ?? '')].filter(Boolean));
    const snapshot = {
        repository: `${repo.owner}/${repo.repo}`,
        takenAt: (o.now ?? new Date()).toISOString(),
        stage,
        pullRequest: pr,
        commits: commits,
        reviews: reviews,
        files: files,
        permissions: await permissions(client, repo, logins),
        teams: await teams(o.teamsClient ?? client, teamsNeeded(policy, codeowners?.text), logins),
        codeowners,
        activity: await activity(client, pr.head.repo?.full_name === `${repo.owner}/${repo.repo}` ? repo : undefined, pr.head.ref),
        registry,
        candidates: await candidates(git, o.config, pr.base.sha, pr.head.sha, stage, registry),
    };
    const state = (0,registry_state/* buildRegistryState */.lq)(registry);
    for (const c of snapshot.candidates) {
        c.artifacts = await releaseEvidence(client, repo, `${c.model}@${c.version}`);
        // Without an experiment record, the metrics.json the registration released is the evidence.
        c.evaluation ??= await releaseMetrics(client, repo, `${c.model}@${c.version}`);
        const current = state.artifacts[c.model]?.stages[stage]?.version;
        if (current && !c.baseline)
            c.baseline = await releaseMetrics(client, repo, `${c.model}@${current}`);
    }
    snapshot.edited = await editedByPr(git, snapshot, pr.head.sha);
    return snapshot;
}
async function permissions(client, repo, logins) {
    const out = {};
    for (const username of logins) {
        try {
            out[username] = (await client.rest.repos.getCollaboratorPermissionLevel({ ...repo, username })).data;
        }
        catch (error) {
            if ((0,identity/* statusOf */.c2)(error) !== 404)
                throw error;
            out[username] = { permission: 'none', role_name: 'none', user: { login: username } };
        }
    }
    return out;
}
function teamsNeeded(policy, codeowners) {
    const fromOwners = codeowners && policy.codeowners ? parseCodeowners(codeowners).rules.flatMap((r) => r.owners.filter((o) => /^@[^/]+\/.+/.test(o)).map((o) => o.slice(1))) : [];
    return [...new Set([...policy.requiredTeams.map((t) => t.replace(/^@/, '')), ...fromOwners])];
}
/**
 * Team memberships through teams/get-membership-for-user-in-org: 404 is "not a member"; 401/403 (an
 * Actions GITHUB_TOKEN cannot read org teams) makes the answer unreadable, and team conditions then fail.
 */
async function teams(client, needed, logins) {
    const memberships = {};
    for (const team of needed) {
        const [org = '', team_slug = ''] = team.split('/');
        const members = {};
        for (const username of logins) {
            try {
                const m = (await client.rest.teams.getMembershipForUserInOrg({ org, team_slug, username })).data;
                members[username] = { state: m.state, role: m.role };
            }
            catch (error) {
                const status = (0,identity/* statusOf */.c2)(error);
                if (status !== 404)
                    return { readable: false, reason: `GET /orgs/${org}/teams/${team_slug}/memberships/${username} returned ${status ?? 'an error'}: the token cannot read organization teams`, memberships: {} };
                members[username] = null;
            }
        }
        memberships[team] = members;
    }
    return { readable: true, memberships };
}
/** CODEOWNERS as GitHub finds it on the base branch: .github/, then the root, then docs/. */
async function readCodeowners(client, repo, ref) {
    for (const path of ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS']) {
        try {
            const r = await client.rest.repos.getContent({ ...repo, path, ref });
            const data = r.data;
            if (data.content !== undefined)
                return { path, text: Buffer.from(data.content, data.encoding ?? 'base64').toString('utf8') };
        }
        catch (error) {
            if ((0,identity/* statusOf */.c2)(error) !== 404)
                throw error;
        }
    }
    return null;
}
async function activity(client, repo, ref) {
    if (!repo)
        return [];
    try {
        // No retries: an absent endpoint must not cost the gate a backoff cycle.
        const r = await client.rest.repos.listActivities({ ...repo, ref: `refs/heads/${ref}`, per_page: 30, request: { retries: 0 } });
        return r.data;
    }
    catch {
        // Best effort (GitHub Enterprise Server lacks it): the gate then takes the head commit's committer.
        return [];
    }
}
/** Models whose card version differs between base and head, with evidence from experiment tags. */
async function candidates(git, config, base, head, stage, tags) {
    const headCards = (await (0,card_metadata/* declaredCardsAt */.jQ)(git, config, head).catch(() => [])).filter((c) => c.kind === 'model');
    const baseCards = await (0,card_metadata/* declaredCardsAt */.jQ)(git, config, base).catch(() => []);
    const state = (0,registry_state/* buildRegistryState */.lq)(tags);
    const out = [];
    for (const card of headCards) {
        const version = card.version.startsWith('v') ? card.version : `v${card.version}`;
        const before = baseCards.find((c) => c.artifact === card.artifact);
        if (before && before.version.replace(/^v/, '') === version.slice(1))
            continue;
        const current = state.artifacts[card.artifact]?.stages[stage];
        const baselineCard = current ? (await (0,card_metadata/* declaredCardsAt */.jQ)(git, config, current.commit)).find((c) => c.artifact === card.artifact) : undefined;
        // Only a candidate's card is judged (complete or not): the card parser and schemas load for it alone.
        const { completeCard } = await Promise.all(/* import() */[__webpack_require__.e(825), __webpack_require__.e(927), __webpack_require__.e(918)]).then(__webpack_require__.bind(__webpack_require__, 8537));
        out.push({
            model: card.artifact,
            version,
            risk: card.risk,
            card: { path: card.cardPath, missing: completeCard(card).missing },
            evaluation: await evaluation(git, card.experiment),
            baseline: baselineCard ? await evaluation(git, baselineCard.experiment) : undefined,
        });
    }
    return out;
}
async function evaluation(git, experiment) {
    const metrics = await (0,register/* experimentMetrics */.R)(git, experiment);
    if (!metrics || !experiment)
        return undefined;
    const fairness = Object.fromEntries(Object.entries(metrics).filter(([k]) => /parity|equalized_odds|equal_opportunity/.test(k)));
    return { source: 'experiment', ref: experiment.startsWith('exp/') ? experiment : `exp/${experiment}`, metrics, fairness, fairnessReport: Object.keys(fairness).length > 0 };
}
/** The assets of a version's release as published (digests) and its SHA256SUMS file. */
async function releaseEvidence(client, repo, tag) {
    let release;
    try {
        release = (await client.rest.repos.getReleaseByTag({ ...repo, tag })).data;
    }
    catch (error) {
        if ((0,identity/* statusOf */.c2)(error) === 404)
            return { sha256sums: null, files: [] };
        throw error;
    }
    const files = [];
    let sha256sums = null;
    for (const asset of release.assets) {
        const digest = asset.digest;
        const needBytes = asset.name === 'SHA256SUMS' || !digest?.startsWith('sha256:');
        const bytes = needBytes ? await download(client, repo, asset.id) : undefined;
        if (asset.name === 'SHA256SUMS')
            sha256sums = bytes?.toString('utf8') ?? null;
        files.push({ name: asset.name, sha256: digest?.startsWith('sha256:') ? digest.slice(7) : (0,sha256/* sha256Hex */.f)(bytes ?? Buffer.alloc(0)) });
    }
    return { sha256sums, files };
}
async function download(client, repo, asset_id) {
    const r = await client.rest.repos.getReleaseAsset({ ...repo, asset_id, headers: { accept: 'application/octet-stream' } });
    const data = r.data;
    return Buffer.from(data instanceof ArrayBuffer ? new Uint8Array(data) : typeof data === 'string' ? data : JSON.stringify(data));
}
/** The PR's changed files that differ from the registered commit of every promoted version (see GateSnapshot.edited). */
async function editedByPr(git, snapshot, head) {
    const state = (0,registry_state/* buildRegistryState */.lq)(snapshot.registry);
    const commits = snapshot.candidates.map((c) => state.artifacts[c.model]?.versions.find((v) => v.version === c.version)?.commit);
    if (!commits.length || commits.some((c) => !c))
        return undefined;
    let edited = new Set(snapshot.files.map((f) => f.filename));
    for (const commit of commits) {
        const r = await git.run(['diff', '--name-only', '-z', '--no-renames', commit ?? '', head], { allowFailure: true });
        if (r.code !== 0)
            return undefined;
        const differs = new Set(r.stdout.split('\0').filter(Boolean));
        edited = new Set([...edited].filter((f) => differs.has(f)));
    }
    return [...edited].sort();
}
/** The metrics.json of a version's release, as evaluation evidence (source: release). */
async function releaseMetrics(client, repo, tag) {
    let assets;
    try {
        assets = (await client.rest.repos.getReleaseByTag({ ...repo, tag })).data.assets;
    }
    catch (error) {
        if ((0,identity/* statusOf */.c2)(error) === 404)
            return undefined;
        throw error;
    }
    const asset = assets.find((a) => a.name === 'metrics.json');
    if (!asset)
        return undefined;
    let value;
    try {
        value = JSON.parse((await download(client, repo, asset.id)).toString('utf8'));
    }
    catch {
        return undefined; // not JSON: no evidence rather than a crash; the metrics condition then says so
    }
    if (!value || typeof value !== 'object' || Array.isArray(value))
        return undefined;
    const metrics = Object.fromEntries(Object.entries(value).filter((e) => typeof e[1] === 'number'));
    return { source: 'release', ref: tag, metrics };
}

// EXTERNAL MODULE: ./src/core/config/index.ts + 6 modules
var config = __webpack_require__(1482);
// EXTERNAL MODULE: ./src/core/gate/evidence.ts
var evidence = __webpack_require__(1714);
;// CONCATENATED MODULE: ./src/core/gate/reviews.ts
const DECISIVE = new Set(['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED']);
const WRITE_ROLES = new Set(['admin', 'maintain', 'write']);
/** True for GitHub Apps and bot accounts. */
function isBot(user) {
    return !!user && (user.type === 'Bot' || user.login.endsWith('[bot]'));
}
/** True when the collaborator-permission API grants write (or more) to the login. */
function hasWriteAccess(snapshot, login) {
    const p = snapshot.permissions[login];
    if (!p)
        return false;
    return WRITE_ROLES.has(p.role_name ?? '') || p.permission === 'admin' || p.permission === 'write';
}
/**
 * The last pusher of the head branch: the newest push in the repository activity (repos/list-activities);
 * without one, the GitHub committer of the head commit (ignoring `web-flow`, GitHub's own committer).
 */
function lastPusher(snapshot) {
    const ref = `refs/heads/${snapshot.pullRequest.head.ref}`;
    const pushes = snapshot.activity
        .filter((a) => (a.activity_type === 'push' || a.activity_type === 'force_push' || a.activity_type === 'branch_creation') && a.ref === ref)
        .sort((a, b) => Date.parse(a.timestamp) - Date.parse(b.timestamp));
    const push = pushes.at(-1);
    if (push?.actor)
        return push.actor.login;
    const head = snapshot.commits.find((c) => c.sha === snapshot.pullRequest.head.sha) ?? snapshot.commits.at(-1);
    const committer = head?.committer?.login;
    return committer && committer !== 'web-flow' ? committer : head?.author?.login;
}
/** The latest decisive review of each reviewer, in submission order. */
function latestReviews(reviews) {
    const ordered = [...reviews].sort((a, b) => Date.parse(a.submitted_at ?? '') - Date.parse(b.submitted_at ?? '') || a.id - b.id);
    const latest = new Map();
    for (const r of ordered)
        if (r.user && DECISIVE.has(r.state))
            latest.set(r.user.login, r);
    return latest;
}
/** Assesses every review of the snapshot's PR. */
function assessReviews(snapshot) {
    const pr = snapshot.pullRequest;
    const author = pr.user?.login;
    const pusher = lastPusher(snapshot);
    const approvers = [];
    const ignored = [];
    const changeRequests = [];
    for (const [login, review] of latestReviews(snapshot.reviews)) {
        if (review.state === 'DISMISSED') {
            ignored.push({ login, reason: 'review was dismissed' });
            continue;
        }
        if (review.state === 'CHANGES_REQUESTED') {
            if (hasWriteAccess(snapshot, login) && !isBot(review.user))
                changeRequests.push(login);
            else
                ignored.push({ login, reason: 'change request from a user without write access (GitHub does not count it either)' });
            continue;
        }
        const reason = approvalProblem(snapshot, review, { author, pusher });
        if (reason)
            ignored.push({ login, reason });
        else
            approvers.push(login);
    }
    return { approvers: approvers.sort(), ignored, changeRequests: changeRequests.sort(), lastPusher: pusher };
}
function approvalProblem(snapshot, review, who) {
    const login = review.user?.login ?? '';
    if (isBot(review.user))
        return 'approvals by bots do not count';
    if (login === who.author)
        return 'the PR author cannot approve their own promotion';
    if (login === who.pusher)
        return 'the last pusher to the PR cannot approve it';
    if (!snapshot.permissions[login])
        return 'repository permission unknown (not in the snapshot)';
    if (!hasWriteAccess(snapshot, login))
        return `has ${snapshot.permissions[login]?.role_name ?? snapshot.permissions[login]?.permission} access, write is needed`;
    if (review.commit_id !== snapshot.pullRequest.head.sha)
        return `approved ${String(review.commit_id).slice(0, 7)}, not the current head ${snapshot.pullRequest.head.sha.slice(0, 7)}`;
    return undefined;
}

;// CONCATENATED MODULE: ./src/core/gate/evaluate.ts
/** The promotion gate: a pure function of a snapshot and a policy. */




/** Evaluates every condition of the stage's policy on the snapshot; passes only when all are met. */
function evaluateGate(snapshot, policy) {
    const registry = (0,registry_state/* buildRegistryState */.lq)(snapshot.registry);
    const reviews = assessReviews(snapshot);
    const candidates = snapshot.candidates;
    const now = Date.parse(snapshot.takenAt);
    const conditions = [
        sourceCondition(snapshot),
        (0,evidence/* condition */.uH)('candidates', 'Promotes registered versions', candidates.length
            ? candidates.flatMap((c) => {
                const a = registry.artifacts[c.model];
                if (!a?.versions.some((v) => v.version === c.version && v.active))
                    return [`${c.model} ${c.version} is not registered`];
                return a.deprecated ? [`${c.model} is deprecated`] : [];
            })
            : ['the PR changes no model card version'], candidates.map((c) => `${c.model} ${c.version}`).join(', '), 'register the version on the default branch first (bump `version` in the model card and merge)'),
        approvalsCondition(snapshot, policy, reviews),
        (0,evidence/* condition */.uH)('change-requests', 'No outstanding change requests', reviews.changeRequests.map((l) => `@${l} requested changes`), 'none', 'address the requested changes and ask the reviewer to approve, or have the review dismissed'),
        ...teamsCondition(snapshot, policy, reviews),
        ...codeownersCondition(snapshot, policy, reviews),
        ...(0,evidence/* stageOrder */.Xs)(candidates, registry, policy, now),
        evidenceCondition(snapshot, policy),
        ...(0,evidence/* metricsCondition */.rm)(candidates, policy, registry),
        ...(0,evidence/* fairnessCondition */.lm)(candidates, policy),
        ...(0,evidence/* cardCondition */.WK)(candidates, policy),
        ...(0,evidence/* checksumCondition */.lN)(candidates, policy),
    ];
    return {
        pass: conditions.every((c) => c.met),
        stage: snapshot.stage,
        pr: snapshot.pullRequest.number,
        headSha: snapshot.pullRequest.head.sha,
        promotes: candidates.map((c) => ({ model: c.model, version: c.version })),
        conditions,
        approvers: reviews.approvers,
        ignoredReviews: reviews.ignored,
        lastPusher: reviews.lastPusher,
    };
}
function sourceCondition(s) {
    const pr = s.pullRequest;
    const problems = [];
    if (pr.state !== 'open')
        problems.push(`the PR is ${pr.state}`);
    const head = pr.head.repo?.full_name;
    if (!head || head !== pr.base.repo.full_name)
        problems.push(`the PR comes from ${head ?? 'a deleted fork'}, not from ${pr.base.repo.full_name}`);
    return (0,evidence/* condition */.uH)('source', 'Opened from a branch of this repository', problems, `${pr.head.ref} in ${pr.base.repo.full_name}`, 'open the promotion PR from a branch of this repository (promotions from forks are refused)');
}
function approvalsCondition(s, policy, r) {
    const high = s.candidates.some((c) => c.risk === 'high');
    const required = policy.approvals + (high ? policy.highRisk.extraApprovals : 0);
    const got = r.approvers.length;
    const why = r.ignored.map((i) => `@${i.login}: ${i.reason}`);
    const detail = `${got} of ${required} approvals${high ? ` (risk: high adds ${policy.highRisk.extraApprovals})` : ''}${got ? ` by ${r.approvers.map((a) => `@${a}`).join(', ')}` : ''}${why.length ? `; not counted: ${why.join('; ')}` : ''}`;
    if (got >= required)
        return { id: 'approvals', title: `${required} approval${required === 1 ? '' : 's'}`, met: true, detail };
    return {
        id: 'approvals',
        title: `${required} approval${required === 1 ? '' : 's'}`,
        met: false,
        detail,
        fix: `${required - got} more approval${required - got === 1 ? '' : 's'} on ${s.pullRequest.head.sha.slice(0, 7)} from users with write access who are neither the author nor the last pusher`,
    };
}
function teamsCondition(s, policy, r) {
    if (!policy.requiredTeams.length)
        return [];
    const title = `Approved by ${policy.requiredTeams.join(', ')}`;
    if (!s.teams.readable)
        return [{ id: 'teams', title, met: false, detail: `team membership cannot be read: ${s.teams.reason ?? 'the token cannot read org teams'}`, fix: 'give the gate a token that can read organization teams (members: read), e.g. a GitHub App token' }];
    const missing = policy.requiredTeams.filter((team) => !r.approvers.some((login) => isMember(s, team, login)));
    return [(0,evidence/* condition */.uH)('teams', title, missing.map((t) => `no counted approval from a member of ${t}`), 'every required team approved', `an approval from a member of ${missing.join(', ')}`)];
}
function isMember(s, team, login) {
    return s.teams.memberships[team.replace(/^@/, '')]?.[login]?.state === 'active';
}
function codeownersCondition(s, policy, r) {
    if (!policy.codeowners)
        return [];
    const title = 'Approved by code owners';
    if (!s.codeowners)
        return [{ id: 'codeowners', title, met: false, detail: 'no CODEOWNERS file on the base branch', fix: 'add .github/CODEOWNERS, or set codeowners: false for this stage' }];
    const { rules } = parseCodeowners(s.codeowners.text);
    const problems = [];
    for (const file of s.files) {
        const { owners, rule } = ownersOf(rules, file.filename);
        if (!owners.length || !rule)
            continue;
        const ok = owners.some((o) => ownerApproved(s, o, r));
        if (!ok)
            problems.push(`${file.filename} needs ${owners.join(' or ')} (${s.codeowners.path}:${rule.line})${teamHint(s, rule)}`);
    }
    return [(0,evidence/* condition */.uH)('codeowners', title, problems, 'every changed path approved by an owner', 'an approval from an owner of each listed path')];
}
function ownerApproved(s, owner, r) {
    if (!owner.startsWith('@'))
        return false; // e-mail owners cannot be matched to GitHub logins through the REST API
    const name = owner.slice(1);
    if (name.includes('/'))
        return s.teams.readable && r.approvers.some((l) => isMember(s, name, l));
    return r.approvers.some((l) => l.toLowerCase() === name.toLowerCase());
}
function teamHint(s, rule) {
    return !s.teams.readable && rule.owners.some((o) => o.includes('/')) ? `; team membership cannot be read: ${s.teams.reason ?? 'token cannot read org teams'}` : '';
}
function evidenceCondition(s, policy) {
    const { rules } = parseCodeowners(policy.protectedEvidence.map((p) => `${p} @evidence`).join('\n'));
    // Evidence carried over unchanged from the registered commit is fine; evidence the PR itself changes is not.
    const own = s.edited ? new Set(s.edited) : undefined;
    const edited = s.files.filter((f) => (!own || own.has(f.filename)) && (ownersOf(rules, f.filename).owners.length || (f.previous_filename && ownersOf(rules, f.previous_filename).owners.length)));
    return (0,evidence/* condition */.uH)('evidence', 'Evidence not edited by the PR', edited.map((f) => `${f.filename} (${f.status}) is evaluation evidence`), 'metrics, checksums and records come from experiment tags and releases, untouched by this PR', 'remove the changes to metrics/checksum files from the promotion PR: the gate reads them from the experiment record and the release assets');
}

;// CONCATENATED MODULE: ./schemas/gate-snapshot.schema.json
const gate_snapshot_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://github.com/gitops-mlops/schemas/gate-snapshot.schema.json","title":"Promotion gate snapshot","description":"Everything the promotion gate decides on, frozen: a PR into a release branch in GitHub\'s own REST shapes (pulls/get, pulls/list-commits, pulls/list-reviews, pulls/list-files, repos/get-collaborator-permission-level, teams/get-membership-for-user-in-org, repos/list-activities; extra fields of those responses are allowed and ignored), the registry\'s tags and the evaluation results of the promoted versions. `mlops gate snapshot --pr N` writes one; `mlops gate evaluate --input FILE` decides on it.","type":"object","additionalProperties":false,"required":["repository","takenAt","stage","pullRequest","commits","reviews","files","permissions","teams","codeowners","activity","registry","candidates"],"properties":{"$schema":{"type":"string"},"repository":{"type":"string","pattern":"^[^/\\\\s]+/[^/\\\\s]+$","description":"owner/name."},"takenAt":{"type":"string","format":"date-time","description":"The gate\'s clock (soak times are measured against it)."},"stage":{"type":"string","minLength":1,"description":"The stage the PR promotes to (the base branch without the release prefix)."},"pullRequest":{"type":"object","required":["number","state","user","head","base"],"properties":{"number":{"type":"integer","minimum":1},"state":{"type":"string"},"draft":{"type":"boolean"},"merged":{"type":"boolean"},"title":{"type":"string"},"user":{"$ref":"#/$defs/userOrNull"},"head":{"type":"object","required":["sha","ref","repo"],"properties":{"sha":{"$ref":"#/$defs/sha"},"ref":{"type":"string"},"repo":{"oneOf":[{"type":"null"},{"type":"object","required":["full_name"],"properties":{"full_name":{"type":"string"},"fork":{"type":"boolean"}}}]}}},"base":{"type":"object","required":["sha","ref","repo"],"properties":{"sha":{"$ref":"#/$defs/sha"},"ref":{"type":"string"},"repo":{"type":"object","required":["full_name"],"properties":{"full_name":{"type":"string"}}}}}}},"commits":{"type":"array","items":{"type":"object","required":["sha","author","committer","commit"],"properties":{"sha":{"$ref":"#/$defs/sha"},"author":{"$ref":"#/$defs/userOrNull"},"committer":{"$ref":"#/$defs/userOrNull"},"commit":{"type":"object"}}}},"reviews":{"type":"array","items":{"type":"object","required":["id","user","state","commit_id"],"properties":{"id":{"type":"integer"},"user":{"$ref":"#/$defs/userOrNull"},"state":{"enum":["APPROVED","CHANGES_REQUESTED","COMMENTED","DISMISSED","PENDING"]},"commit_id":{"type":["string","null"]},"submitted_at":{"type":"string"}}}},"files":{"type":"array","items":{"type":"object","required":["filename","status"],"properties":{"filename":{"type":"string"},"status":{"type":"string"},"previous_filename":{"type":"string"}}}},"edited":{"type":"array","items":{"type":"string"},"description":"Changed files whose content at the PR head differs from the registered commit of the promoted versions (what the PR itself edits). Absent: every changed file counts as edited."},"permissions":{"type":"object","description":"Collaborator permission per login, as repos/get-collaborator-permission-level returns it.","additionalProperties":{"type":"object","required":["permission","user"],"properties":{"permission":{"type":"string"},"role_name":{"type":"string"},"user":{"$ref":"#/$defs/userOrNull"}}}},"teams":{"type":"object","additionalProperties":false,"required":["readable","memberships"],"properties":{"readable":{"type":"boolean","description":"False when the token cannot read organization teams; team conditions then fail."},"reason":{"type":"string"},"memberships":{"type":"object","description":"Per `org/team-slug`, per login: teams/get-membership-for-user-in-org, or null when not a member.","additionalProperties":{"type":"object","additionalProperties":{"oneOf":[{"type":"null"},{"type":"object","required":["state"],"properties":{"state":{"type":"string"},"role":{"type":"string"}}}]}}}}},"codeowners":{"oneOf":[{"type":"null"},{"type":"object","additionalProperties":false,"required":["path","text"],"properties":{"path":{"type":"string"},"text":{"type":"string"}}}]},"activity":{"type":"array","items":{"type":"object","required":["activity_type","ref","after","timestamp","actor"],"properties":{"activity_type":{"type":"string"},"ref":{"type":"string"},"after":{"type":"string"},"timestamp":{"type":"string"},"actor":{"$ref":"#/$defs/userOrNull"}}}},"registry":{"type":"array","description":"The repository\'s registry tags, as git for-each-ref reads them.","items":{"type":"object","additionalProperties":true,"required":["name","commit","annotated","tagger","taggerEmail","date","message"],"properties":{"name":{"type":"string"},"commit":{"type":"string"},"annotated":{"type":"boolean"},"tagger":{"type":"string"},"taggerEmail":{"type":"string"},"date":{"type":"string"},"message":{"type":"string"}}}},"candidates":{"type":"array","description":"The model versions the PR promotes (model cards whose version differs from the base branch).","items":{"type":"object","additionalProperties":false,"required":["model","version","card"],"properties":{"model":{"type":"string"},"version":{"type":"string","pattern":"^v\\\\d+\\\\.\\\\d+\\\\.\\\\d+"},"risk":{"enum":["low","medium","high"]},"card":{"type":"object","additionalProperties":false,"required":["path","missing"],"properties":{"path":{"type":"string"},"missing":{"type":"array","items":{"type":"string"}}}},"evaluation":{"$ref":"#/$defs/evaluation"},"baseline":{"$ref":"#/$defs/evaluation"},"artifacts":{"type":"object","additionalProperties":false,"required":["sha256sums","files"],"properties":{"sha256sums":{"type":["string","null"]},"files":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["name","sha256"],"properties":{"name":{"type":"string"},"sha256":{"type":"string"}}}}}}}}}},"$defs":{"sha":{"type":"string","pattern":"^[0-9a-f]{40}$"},"userOrNull":{"oneOf":[{"type":"null"},{"type":"object","required":["login"],"properties":{"login":{"type":"string"},"type":{"type":"string"}}}]},"evaluation":{"type":"object","additionalProperties":false,"required":["source","ref","metrics"],"properties":{"source":{"enum":["experiment","release"],"description":"Metrics come from the experiment record or the release assets, never from files the PR edits."},"ref":{"type":"string"},"metrics":{"type":"object","additionalProperties":{"type":"number"}},"fairness":{"type":"object","additionalProperties":{"type":"number"}},"fairnessReport":{"type":"boolean"}}}}}');
// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/formats.js
var formats = __webpack_require__(779);
// EXTERNAL MODULE: ./src/core/schema/precompiled.ts
var precompiled = __webpack_require__(3637);
;// CONCATENATED MODULE: ./src/generated/validators/gate-snapshot.ts
// Generated by scripts/generate-validators.mjs from schemas/gate-snapshot.schema.json: do not edit.
// Regenerate with `node scripts/generate-validators.mjs` (scripts/build.mjs runs it before bundling).
/* eslint-disable */
// @ts-nocheck



const validate = validate41;
const schema62 = gate_snapshot_schema_namespaceObject;
const schema63 = gate_snapshot_schema_namespaceObject.$defs.userOrNull;
const schema64 = gate_snapshot_schema_namespaceObject.$defs.sha;
const schema72 = gate_snapshot_schema_namespaceObject.$defs.evaluation;
const func5 = Object.prototype.hasOwnProperty;
const func1 = function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
};
const pattern28 = new RegExp("^[^/\\s]+/[^/\\s]+$", "u");
const pattern29 = new RegExp("^[0-9a-f]{40}$", "u");
const pattern32 = new RegExp("^v\\d+\\.\\d+\\.\\d+", "u");
const formats0 = formats/* fullFormats */.U9["date-time"];
function validate41(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { /*# sourceURL="https://github.com/gitops-mlops/schemas/gate-snapshot.schema.json" */ ; let vErrors = null; let errors = 0; const evaluated0 = validate41.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.repository === undefined) {
        vErrors = addKeywordError(vErrors, instancePath, "#/required", "required", { missingProperty: "repository" }, "must have required property '" + "repository" + "'", schema62, data);
        errors++;
    }
    if (data.takenAt === undefined) {
        vErrors = addKeywordError(vErrors, instancePath, "#/required", "required", { missingProperty: "takenAt" }, "must have required property '" + "takenAt" + "'", schema62, data);
        errors++;
    }
    if (data.stage === undefined) {
        vErrors = addKeywordError(vErrors, instancePath, "#/required", "required", { missingProperty: "stage" }, "must have required property '" + "stage" + "'", schema62, data);
        errors++;
    }
    if (data.pullRequest === undefined) {
        vErrors = addKeywordError(vErrors, instancePath, "#/required", "required", { missingProperty: "pullRequest" }, "must have required property '" + "pullRequest" + "'", schema62, data);
        errors++;
    }
    if (data.commits === undefined) {
        vErrors = addKeywordError(vErrors, instancePath, "#/required", "required", { missingProperty: "commits" }, "must have required property '" + "commits" + "'", schema62, data);
        errors++;
    }
    if (data.reviews === undefined) {
        vErrors = addKeywordError(vErrors, instancePath, "#/required", "required", { missingProperty: "reviews" }, "must have required property '" + "reviews" + "'", schema62, data);
        errors++;
    }
    if (data.files === undefined) {
        vErrors = addKeywordError(vErrors, instancePath, "#/required", "required", { missingProperty: "files" }, "must have required property '" + "files" + "'", schema62, data);
        errors++;
    }
    if (data.permissions === undefined) {
        vErrors = addKeywordError(vErrors, instancePath, "#/required", "required", { missingProperty: "permissions" }, "must have required property '" + "permissions" + "'", schema62, data);
        errors++;
    }
    if (data.teams === undefined) {
        vErrors = addKeywordError(vErrors, instancePath, "#/required", "required", { missingProperty: "teams" }, "must have required property '" + "teams" + "'", schema62, data);
        errors++;
    }
    if (data.codeowners === undefined) {
        vErrors = addKeywordError(vErrors, instancePath, "#/required", "required", { missingProperty: "codeowners" }, "must have required property '" + "codeowners" + "'", schema62, data);
        errors++;
    }
    if (data.activity === undefined) {
        vErrors = addKeywordError(vErrors, instancePath, "#/required", "required", { missingProperty: "activity" }, "must have required property '" + "activity" + "'", schema62, data);
        errors++;
    }
    if (data.registry === undefined) {
        vErrors = addKeywordError(vErrors, instancePath, "#/required", "required", { missingProperty: "registry" }, "must have required property '" + "registry" + "'", schema62, data);
        errors++;
    }
    if (data.candidates === undefined) {
        vErrors = addKeywordError(vErrors, instancePath, "#/required", "required", { missingProperty: "candidates" }, "must have required property '" + "candidates" + "'", schema62, data);
        errors++;
    }
    for (const key0 in data) {
        if (!(func5.call(schema62.properties, key0))) {
            vErrors = addError(vErrors, instancePath, "#/additionalProperties", "additionalProperties", { additionalProperty: key0 }, "must NOT have additional properties", false, schema62, data);
            errors++;
        }
    }
    if (data.$schema !== undefined) {
        let data0 = data.$schema;
        if (typeof data0 !== "string") {
            vErrors = addKeywordError(vErrors, instancePath + "/$schema", "#/properties/%24schema/type", "type", { type: "string" }, "must be string", schema62.properties.$schema, data0);
            errors++;
        }
    }
    if (data.repository !== undefined) {
        let data1 = data.repository;
        if (typeof data1 === "string") {
            if (!pattern28.test(data1)) {
                vErrors = addError(vErrors, instancePath + "/repository", "#/properties/repository/pattern", "pattern", { pattern: "^[^/\\s]+/[^/\\s]+$" }, "must match pattern \"" + "^[^/\\s]+/[^/\\s]+$" + "\"", "^[^/\\s]+/[^/\\s]+$", schema62.properties.repository, data1);
                errors++;
            }
        }
        else {
            vErrors = addKeywordError(vErrors, instancePath + "/repository", "#/properties/repository/type", "type", { type: "string" }, "must be string", schema62.properties.repository, data1);
            errors++;
        }
    }
    if (data.takenAt !== undefined) {
        let data2 = data.takenAt;
        if (typeof data2 === "string") {
            if (!(formats0.validate(data2))) {
                vErrors = addError(vErrors, instancePath + "/takenAt", "#/properties/takenAt/format", "format", { format: "date-time" }, "must match format \"" + "date-time" + "\"", "date-time", schema62.properties.takenAt, data2);
                errors++;
            }
        }
        else {
            vErrors = addKeywordError(vErrors, instancePath + "/takenAt", "#/properties/takenAt/type", "type", { type: "string" }, "must be string", schema62.properties.takenAt, data2);
            errors++;
        }
    }
    if (data.stage !== undefined) {
        let data3 = data.stage;
        if (typeof data3 === "string") {
            if (func1(data3) < 1) {
                vErrors = addError(vErrors, instancePath + "/stage", "#/properties/stage/minLength", "minLength", { limit: 1 }, "must NOT have fewer than 1 characters", 1, schema62.properties.stage, data3);
                errors++;
            }
        }
        else {
            vErrors = addKeywordError(vErrors, instancePath + "/stage", "#/properties/stage/type", "type", { type: "string" }, "must be string", schema62.properties.stage, data3);
            errors++;
        }
    }
    if (data.pullRequest !== undefined) {
        let data4 = data.pullRequest;
        if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
            if (data4.number === undefined) {
                vErrors = addKeywordError(vErrors, instancePath + "/pullRequest", "#/properties/pullRequest/required", "required", { missingProperty: "number" }, "must have required property '" + "number" + "'", schema62.properties.pullRequest, data4);
                errors++;
            }
            if (data4.state === undefined) {
                vErrors = addKeywordError(vErrors, instancePath + "/pullRequest", "#/properties/pullRequest/required", "required", { missingProperty: "state" }, "must have required property '" + "state" + "'", schema62.properties.pullRequest, data4);
                errors++;
            }
            if (data4.user === undefined) {
                vErrors = addKeywordError(vErrors, instancePath + "/pullRequest", "#/properties/pullRequest/required", "required", { missingProperty: "user" }, "must have required property '" + "user" + "'", schema62.properties.pullRequest, data4);
                errors++;
            }
            if (data4.head === undefined) {
                vErrors = addKeywordError(vErrors, instancePath + "/pullRequest", "#/properties/pullRequest/required", "required", { missingProperty: "head" }, "must have required property '" + "head" + "'", schema62.properties.pullRequest, data4);
                errors++;
            }
            if (data4.base === undefined) {
                vErrors = addKeywordError(vErrors, instancePath + "/pullRequest", "#/properties/pullRequest/required", "required", { missingProperty: "base" }, "must have required property '" + "base" + "'", schema62.properties.pullRequest, data4);
                errors++;
            }
            if (data4.number !== undefined) {
                let data5 = data4.number;
                if (!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))) {
                    vErrors = addKeywordError(vErrors, instancePath + "/pullRequest/number", "#/properties/pullRequest/properties/number/type", "type", { type: "integer" }, "must be integer", schema62.properties.pullRequest.properties.number, data5);
                    errors++;
                }
                if ((typeof data5 == "number") && (isFinite(data5))) {
                    if (data5 < 1 || isNaN(data5)) {
                        vErrors = addError(vErrors, instancePath + "/pullRequest/number", "#/properties/pullRequest/properties/number/minimum", "minimum", { comparison: ">=", limit: 1 }, "must be >= 1", 1, schema62.properties.pullRequest.properties.number, data5);
                        errors++;
                    }
                }
            }
            if (data4.state !== undefined) {
                let data6 = data4.state;
                if (typeof data6 !== "string") {
                    vErrors = addKeywordError(vErrors, instancePath + "/pullRequest/state", "#/properties/pullRequest/properties/state/type", "type", { type: "string" }, "must be string", schema62.properties.pullRequest.properties.state, data6);
                    errors++;
                }
            }
            if (data4.draft !== undefined) {
                let data7 = data4.draft;
                if (typeof data7 !== "boolean") {
                    vErrors = addKeywordError(vErrors, instancePath + "/pullRequest/draft", "#/properties/pullRequest/properties/draft/type", "type", { type: "boolean" }, "must be boolean", schema62.properties.pullRequest.properties.draft, data7);
                    errors++;
                }
            }
            if (data4.merged !== undefined) {
                let data8 = data4.merged;
                if (typeof data8 !== "boolean") {
                    vErrors = addKeywordError(vErrors, instancePath + "/pullRequest/merged", "#/properties/pullRequest/properties/merged/type", "type", { type: "boolean" }, "must be boolean", schema62.properties.pullRequest.properties.merged, data8);
                    errors++;
                }
            }
            if (data4.title !== undefined) {
                let data9 = data4.title;
                if (typeof data9 !== "string") {
                    vErrors = addKeywordError(vErrors, instancePath + "/pullRequest/title", "#/properties/pullRequest/properties/title/type", "type", { type: "string" }, "must be string", schema62.properties.pullRequest.properties.title, data9);
                    errors++;
                }
            }
            if (data4.user !== undefined) {
                let data10 = data4.user;
                const _errs24 = errors;
                let valid3 = false;
                let passing0 = null;
                const _errs25 = errors;
                if (data10 !== null) {
                    vErrors = addKeywordError(vErrors, instancePath + "/pullRequest/user", "#/$defs/userOrNull/oneOf/0/type", "type", { type: "null" }, "must be null", schema63.oneOf[0], data10);
                    errors++;
                }
                var _valid0 = _errs25 === errors;
                if (_valid0) {
                    valid3 = true;
                    passing0 = 0;
                }
                const _errs27 = errors;
                if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                    if (data10.login === undefined) {
                        vErrors = addKeywordError(vErrors, instancePath + "/pullRequest/user", "#/$defs/userOrNull/oneOf/1/required", "required", { missingProperty: "login" }, "must have required property '" + "login" + "'", schema63.oneOf[1], data10);
                        errors++;
                    }
                    if (data10.login !== undefined) {
                        let data11 = data10.login;
                        if (typeof data11 !== "string") {
                            vErrors = addKeywordError(vErrors, instancePath + "/pullRequest/user/login", "#/$defs/userOrNull/oneOf/1/properties/login/type", "type", { type: "string" }, "must be string", schema63.oneOf[1].properties.login, data11);
                            errors++;
                        }
                    }
                    if (data10.type !== undefined) {
                        let data12 = data10.type;
                        if (typeof data12 !== "string") {
                            vErrors = addKeywordError(vErrors, instancePath + "/pullRequest/user/type", "#/$defs/userOrNull/oneOf/1/properties/type/type", "type", { type: "string" }, "must be string", schema63.oneOf[1].properties.type, data12);
                            errors++;
                        }
                    }
                }
                else {
                    vErrors = addKeywordError(vErrors, instancePath + "/pullRequest/user", "#/$defs/userOrNull/oneOf/1/type", "type", { type: "object" }, "must be object", schema63.oneOf[1], data10);
                    errors++;
                }
                var _valid0 = _errs27 === errors;
                if (_valid0 && valid3) {
                    valid3 = false;
                    passing0 = [passing0, 1];
                }
                else {
                    if (_valid0) {
                        valid3 = true;
                        passing0 = 1;
                        var props0 = {};
                        props0.login = true;
                        props0.type = true;
                    }
                }
                if (!valid3) {
                    vErrors = addKeywordError(vErrors, instancePath + "/pullRequest/user", "#/$defs/userOrNull/oneOf", "oneOf", { passingSchemas: passing0 }, "must match exactly one schema in oneOf", schema63, data10);
                    errors++;
                }
                else {
                    errors = _errs24;
                    if (vErrors !== null) {
                        if (_errs24) {
                            vErrors.length = _errs24;
                        }
                        else {
                            vErrors = null;
                        }
                    }
                }
            }
            if (data4.head !== undefined) {
                let data13 = data4.head;
                if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                    if (data13.sha === undefined) {
                        vErrors = addKeywordError(vErrors, instancePath + "/pullRequest/head", "#/properties/pullRequest/properties/head/required", "required", { missingProperty: "sha" }, "must have required property '" + "sha" + "'", schema62.properties.pullRequest.properties.head, data13);
                        errors++;
                    }
                    if (data13.ref === undefined) {
                        vErrors = addKeywordError(vErrors, instancePath + "/pullRequest/head", "#/properties/pullRequest/properties/head/required", "required", { missingProperty: "ref" }, "must have required property '" + "ref" + "'", schema62.properties.pullRequest.properties.head, data13);
                        errors++;
                    }
                    if (data13.repo === undefined) {
                        vErrors = addKeywordError(vErrors, instancePath + "/pullRequest/head", "#/properties/pullRequest/properties/head/required", "required", { missingProperty: "repo" }, "must have required property '" + "repo" + "'", schema62.properties.pullRequest.properties.head, data13);
                        errors++;
                    }
                    if (data13.sha !== undefined) {
                        let data14 = data13.sha;
                        if (typeof data14 === "string") {
                            if (!pattern29.test(data14)) {
                                vErrors = addError(vErrors, instancePath + "/pullRequest/head/sha", "#/$defs/sha/pattern", "pattern", { pattern: "^[0-9a-f]{40}$" }, "must match pattern \"" + "^[0-9a-f]{40}$" + "\"", "^[0-9a-f]{40}$", schema64, data14);
                                errors++;
                            }
                        }
                        else {
                            vErrors = addKeywordError(vErrors, instancePath + "/pullRequest/head/sha", "#/$defs/sha/type", "type", { type: "string" }, "must be string", schema64, data14);
                            errors++;
                        }
                    }
                    if (data13.ref !== undefined) {
                        let data15 = data13.ref;
                        if (typeof data15 !== "string") {
                            vErrors = addKeywordError(vErrors, instancePath + "/pullRequest/head/ref", "#/properties/pullRequest/properties/head/properties/ref/type", "type", { type: "string" }, "must be string", schema62.properties.pullRequest.properties.head.properties.ref, data15);
                            errors++;
                        }
                    }
                    if (data13.repo !== undefined) {
                        let data16 = data13.repo;
                        const _errs41 = errors;
                        let valid7 = false;
                        let passing1 = null;
                        const _errs42 = errors;
                        if (data16 !== null) {
                            vErrors = addKeywordError(vErrors, instancePath + "/pullRequest/head/repo", "#/properties/pullRequest/properties/head/properties/repo/oneOf/0/type", "type", { type: "null" }, "must be null", schema62.properties.pullRequest.properties.head.properties.repo.oneOf[0], data16);
                            errors++;
                        }
                        var _valid1 = _errs42 === errors;
                        if (_valid1) {
                            valid7 = true;
                            passing1 = 0;
                        }
                        const _errs44 = errors;
                        if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
                            if (data16.full_name === undefined) {
                                vErrors = addKeywordError(vErrors, instancePath + "/pullRequest/head/repo", "#/properties/pullRequest/properties/head/properties/repo/oneOf/1/required", "required", { missingProperty: "full_name" }, "must have required property '" + "full_name" + "'", schema62.properties.pullRequest.properties.head.properties.repo.oneOf[1], data16);
                                errors++;
                            }
                            if (data16.full_name !== undefined) {
                                let data17 = data16.full_name;
                                if (typeof data17 !== "string") {
                                    vErrors = addKeywordError(vErrors, instancePath + "/pullRequest/head/repo/full_name", "#/properties/pullRequest/properties/head/properties/repo/oneOf/1/properties/full_name/type", "type", { type: "string" }, "must be string", schema62.properties.pullRequest.properties.head.properties.repo.oneOf[1].properties.full_name, data17);
                                    errors++;
                                }
                            }
                            if (data16.fork !== undefined) {
                                let data18 = data16.fork;
                                if (typeof data18 !== "boolean") {
                                    vErrors = addKeywordError(vErrors, instancePath + "/pullRequest/head/repo/fork", "#/properties/pullRequest/properties/head/properties/repo/oneOf/1/properties/fork/type", "type", { type: "boolean" }, "must be boolean", schema62.properties.pullRequest.properties.head.properties.repo.oneOf[1].properties.fork, data18);
                                    errors++;
                                }
                            }
                        }
                        else {
                            vErrors = addKeywordError(vErrors, instancePath + "/pullRequest/head/repo", "#/properties/pullRequest/properties/head/properties/repo/oneOf/1/type", "type", { type: "object" }, "must be object", schema62.properties.pullRequest.properties.head.properties.repo.oneOf[1], data16);
                            errors++;
                        }
                        var _valid1 = _errs44 === errors;
                        if (_valid1 && valid7) {
                            valid7 = false;
                            passing1 = [passing1, 1];
                        }
                        else {
                            if (_valid1) {
                                valid7 = true;
                                passing1 = 1;
                                var props1 = {};
                                props1.full_name = true;
                                props1.fork = true;
                            }
                        }
                        if (!valid7) {
                            vErrors = addKeywordError(vErrors, instancePath + "/pullRequest/head/repo", "#/properties/pullRequest/properties/head/properties/repo/oneOf", "oneOf", { passingSchemas: passing1 }, "must match exactly one schema in oneOf", schema62.properties.pullRequest.properties.head.properties.repo, data16);
                            errors++;
                        }
                        else {
                            errors = _errs41;
                            if (vErrors !== null) {
                                if (_errs41) {
                                    vErrors.length = _errs41;
                                }
                                else {
                                    vErrors = null;
                                }
                            }
                        }
                    }
                }
                else {
                    vErrors = addKeywordError(vErrors, instancePath + "/pullRequest/head", "#/properties/pullRequest/properties/head/type", "type", { type: "object" }, "must be object", schema62.properties.pullRequest.properties.head, data13);
                    errors++;
                }
            }
            if (data4.base !== undefined) {
                let data19 = data4.base;
                if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
                    if (data19.sha === undefined) {
                        vErrors = addKeywordError(vErrors, instancePath + "/pullRequest/base", "#/properties/pullRequest/properties/base/required", "required", { missingProperty: "sha" }, "must have required property '" + "sha" + "'", schema62.properties.pullRequest.properties.base, data19);
                        errors++;
                    }
                    if (data19.ref === undefined) {
                        vErrors = addKeywordError(vErrors, instancePath + "/pullRequest/base", "#/properties/pullRequest/properties/base/required", "required", { missingProperty: "ref" }, "must have required property '" + "ref" + "'", schema62.properties.pullRequest.properties.base, data19);
                        errors++;
                    }
                    if (data19.repo === undefined) {
                        vErrors = addKeywordError(vErrors, instancePath + "/pullRequest/base", "#/properties/pullRequest/properties/base/required", "required", { missingProperty: "repo" }, "must have required property '" + "repo" + "'", schema62.properties.pullRequest.properties.base, data19);
                        errors++;
                    }
                    if (data19.sha !== undefined) {
                        let data20 = data19.sha;
                        if (typeof data20 === "string") {
                            if (!pattern29.test(data20)) {
                                vErrors = addError(vErrors, instancePath + "/pullRequest/base/sha", "#/$defs/sha/pattern", "pattern", { pattern: "^[0-9a-f]{40}$" }, "must match pattern \"" + "^[0-9a-f]{40}$" + "\"", "^[0-9a-f]{40}$", schema64, data20);
                                errors++;
                            }
                        }
                        else {
                            vErrors = addKeywordError(vErrors, instancePath + "/pullRequest/base/sha", "#/$defs/sha/type", "type", { type: "string" }, "must be string", schema64, data20);
                            errors++;
                        }
                    }
                    if (data19.ref !== undefined) {
                        let data21 = data19.ref;
                        if (typeof data21 !== "string") {
                            vErrors = addKeywordError(vErrors, instancePath + "/pullRequest/base/ref", "#/properties/pullRequest/properties/base/properties/ref/type", "type", { type: "string" }, "must be string", schema62.properties.pullRequest.properties.base.properties.ref, data21);
                            errors++;
                        }
                    }
                    if (data19.repo !== undefined) {
                        let data22 = data19.repo;
                        if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
                            if (data22.full_name === undefined) {
                                vErrors = addKeywordError(vErrors, instancePath + "/pullRequest/base/repo", "#/properties/pullRequest/properties/base/properties/repo/required", "required", { missingProperty: "full_name" }, "must have required property '" + "full_name" + "'", schema62.properties.pullRequest.properties.base.properties.repo, data22);
                                errors++;
                            }
                            if (data22.full_name !== undefined) {
                                let data23 = data22.full_name;
                                if (typeof data23 !== "string") {
                                    vErrors = addKeywordError(vErrors, instancePath + "/pullRequest/base/repo/full_name", "#/properties/pullRequest/properties/base/properties/repo/properties/full_name/type", "type", { type: "string" }, "must be string", schema62.properties.pullRequest.properties.base.properties.repo.properties.full_name, data23);
                                    errors++;
                                }
                            }
                        }
                        else {
                            vErrors = addKeywordError(vErrors, instancePath + "/pullRequest/base/repo", "#/properties/pullRequest/properties/base/properties/repo/type", "type", { type: "object" }, "must be object", schema62.properties.pullRequest.properties.base.properties.repo, data22);
                            errors++;
                        }
                    }
                }
                else {
                    vErrors = addKeywordError(vErrors, instancePath + "/pullRequest/base", "#/properties/pullRequest/properties/base/type", "type", { type: "object" }, "must be object", schema62.properties.pullRequest.properties.base, data19);
                    errors++;
                }
            }
        }
        else {
            vErrors = addKeywordError(vErrors, instancePath + "/pullRequest", "#/properties/pullRequest/type", "type", { type: "object" }, "must be object", schema62.properties.pullRequest, data4);
            errors++;
        }
    }
    if (data.commits !== undefined) {
        let data24 = data.commits;
        if (Array.isArray(data24)) {
            const len0 = data24.length;
            for (let i0 = 0; i0 < len0; i0++) {
                let data25 = data24[i0];
                if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
                    if (data25.sha === undefined) {
                        vErrors = addKeywordError(vErrors, instancePath + "/commits/" + i0, "#/properties/commits/items/required", "required", { missingProperty: "sha" }, "must have required property '" + "sha" + "'", schema62.properties.commits.items, data25);
                        errors++;
                    }
                    if (data25.author === undefined) {
                        vErrors = addKeywordError(vErrors, instancePath + "/commits/" + i0, "#/properties/commits/items/required", "required", { missingProperty: "author" }, "must have required property '" + "author" + "'", schema62.properties.commits.items, data25);
                        errors++;
                    }
                    if (data25.committer === undefined) {
                        vErrors = addKeywordError(vErrors, instancePath + "/commits/" + i0, "#/properties/commits/items/required", "required", { missingProperty: "committer" }, "must have required property '" + "committer" + "'", schema62.properties.commits.items, data25);
                        errors++;
                    }
                    if (data25.commit === undefined) {
                        vErrors = addKeywordError(vErrors, instancePath + "/commits/" + i0, "#/properties/commits/items/required", "required", { missingProperty: "commit" }, "must have required property '" + "commit" + "'", schema62.properties.commits.items, data25);
                        errors++;
                    }
                    if (data25.sha !== undefined) {
                        let data26 = data25.sha;
                        if (typeof data26 === "string") {
                            if (!pattern29.test(data26)) {
                                vErrors = addError(vErrors, instancePath + "/commits/" + i0 + "/sha", "#/$defs/sha/pattern", "pattern", { pattern: "^[0-9a-f]{40}$" }, "must match pattern \"" + "^[0-9a-f]{40}$" + "\"", "^[0-9a-f]{40}$", schema64, data26);
                                errors++;
                            }
                        }
                        else {
                            vErrors = addKeywordError(vErrors, instancePath + "/commits/" + i0 + "/sha", "#/$defs/sha/type", "type", { type: "string" }, "must be string", schema64, data26);
                            errors++;
                        }
                    }
                    if (data25.author !== undefined) {
                        let data27 = data25.author;
                        const _errs70 = errors;
                        let valid17 = false;
                        let passing2 = null;
                        const _errs71 = errors;
                        if (data27 !== null) {
                            vErrors = addKeywordError(vErrors, instancePath + "/commits/" + i0 + "/author", "#/$defs/userOrNull/oneOf/0/type", "type", { type: "null" }, "must be null", schema63.oneOf[0], data27);
                            errors++;
                        }
                        var _valid2 = _errs71 === errors;
                        if (_valid2) {
                            valid17 = true;
                            passing2 = 0;
                        }
                        const _errs73 = errors;
                        if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
                            if (data27.login === undefined) {
                                vErrors = addKeywordError(vErrors, instancePath + "/commits/" + i0 + "/author", "#/$defs/userOrNull/oneOf/1/required", "required", { missingProperty: "login" }, "must have required property '" + "login" + "'", schema63.oneOf[1], data27);
                                errors++;
                            }
                            if (data27.login !== undefined) {
                                let data28 = data27.login;
                                if (typeof data28 !== "string") {
                                    vErrors = addKeywordError(vErrors, instancePath + "/commits/" + i0 + "/author/login", "#/$defs/userOrNull/oneOf/1/properties/login/type", "type", { type: "string" }, "must be string", schema63.oneOf[1].properties.login, data28);
                                    errors++;
                                }
                            }
                            if (data27.type !== undefined) {
                                let data29 = data27.type;
                                if (typeof data29 !== "string") {
                                    vErrors = addKeywordError(vErrors, instancePath + "/commits/" + i0 + "/author/type", "#/$defs/userOrNull/oneOf/1/properties/type/type", "type", { type: "string" }, "must be string", schema63.oneOf[1].properties.type, data29);
                                    errors++;
                                }
                            }
                        }
                        else {
                            vErrors = addKeywordError(vErrors, instancePath + "/commits/" + i0 + "/author", "#/$defs/userOrNull/oneOf/1/type", "type", { type: "object" }, "must be object", schema63.oneOf[1], data27);
                            errors++;
                        }
                        var _valid2 = _errs73 === errors;
                        if (_valid2 && valid17) {
                            valid17 = false;
                            passing2 = [passing2, 1];
                        }
                        else {
                            if (_valid2) {
                                valid17 = true;
                                passing2 = 1;
                                var props2 = {};
                                props2.login = true;
                                props2.type = true;
                            }
                        }
                        if (!valid17) {
                            vErrors = addKeywordError(vErrors, instancePath + "/commits/" + i0 + "/author", "#/$defs/userOrNull/oneOf", "oneOf", { passingSchemas: passing2 }, "must match exactly one schema in oneOf", schema63, data27);
                            errors++;
                        }
                        else {
                            errors = _errs70;
                            if (vErrors !== null) {
                                if (_errs70) {
                                    vErrors.length = _errs70;
                                }
                                else {
                                    vErrors = null;
                                }
                            }
                        }
                    }
                    if (data25.committer !== undefined) {
                        let data30 = data25.committer;
                        const _errs81 = errors;
                        let valid20 = false;
                        let passing3 = null;
                        const _errs82 = errors;
                        if (data30 !== null) {
                            vErrors = addKeywordError(vErrors, instancePath + "/commits/" + i0 + "/committer", "#/$defs/userOrNull/oneOf/0/type", "type", { type: "null" }, "must be null", schema63.oneOf[0], data30);
                            errors++;
                        }
                        var _valid3 = _errs82 === errors;
                        if (_valid3) {
                            valid20 = true;
                            passing3 = 0;
                        }
                        const _errs84 = errors;
                        if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
                            if (data30.login === undefined) {
                                vErrors = addKeywordError(vErrors, instancePath + "/commits/" + i0 + "/committer", "#/$defs/userOrNull/oneOf/1/required", "required", { missingProperty: "login" }, "must have required property '" + "login" + "'", schema63.oneOf[1], data30);
                                errors++;
                            }
                            if (data30.login !== undefined) {
                                let data31 = data30.login;
                                if (typeof data31 !== "string") {
                                    vErrors = addKeywordError(vErrors, instancePath + "/commits/" + i0 + "/committer/login", "#/$defs/userOrNull/oneOf/1/properties/login/type", "type", { type: "string" }, "must be string", schema63.oneOf[1].properties.login, data31);
                                    errors++;
                                }
                            }
                            if (data30.type !== undefined) {
                                let data32 = data30.type;
                                if (typeof data32 !== "string") {
                                    vErrors = addKeywordError(vErrors, instancePath + "/commits/" + i0 + "/committer/type", "#/$defs/userOrNull/oneOf/1/properties/type/type", "type", { type: "string" }, "must be string", schema63.oneOf[1].properties.type, data32);
                                    errors++;
                                }
                            }
                        }
                        else {
                            vErrors = addKeywordError(vErrors, instancePath + "/commits/" + i0 + "/committer", "#/$defs/userOrNull/oneOf/1/type", "type", { type: "object" }, "must be object", schema63.oneOf[1], data30);
                            errors++;
                        }
                        var _valid3 = _errs84 === errors;
                        if (_valid3 && valid20) {
                            valid20 = false;
                            passing3 = [passing3, 1];
                        }
                        else {
                            if (_valid3) {
                                valid20 = true;
                                passing3 = 1;
                                var props3 = {};
                                props3.login = true;
                                props3.type = true;
                            }
                        }
                        if (!valid20) {
                            vErrors = addKeywordError(vErrors, instancePath + "/commits/" + i0 + "/committer", "#/$defs/userOrNull/oneOf", "oneOf", { passingSchemas: passing3 }, "must match exactly one schema in oneOf", schema63, data30);
                            errors++;
                        }
                        else {
                            errors = _errs81;
                            if (vErrors !== null) {
                                if (_errs81) {
                                    vErrors.length = _errs81;
                                }
                                else {
                                    vErrors = null;
                                }
                            }
                        }
                    }
                    if (data25.commit !== undefined) {
                        let data33 = data25.commit;
                        if (!(data33 && typeof data33 == "object" && !Array.isArray(data33))) {
                            vErrors = addKeywordError(vErrors, instancePath + "/commits/" + i0 + "/commit", "#/properties/commits/items/properties/commit/type", "type", { type: "object" }, "must be object", schema62.properties.commits.items.properties.commit, data33);
                            errors++;
                        }
                    }
                }
                else {
                    vErrors = addKeywordError(vErrors, instancePath + "/commits/" + i0, "#/properties/commits/items/type", "type", { type: "object" }, "must be object", schema62.properties.commits.items, data25);
                    errors++;
                }
            }
        }
        else {
            vErrors = addKeywordError(vErrors, instancePath + "/commits", "#/properties/commits/type", "type", { type: "array" }, "must be array", schema62.properties.commits, data24);
            errors++;
        }
    }
    if (data.reviews !== undefined) {
        let data34 = data.reviews;
        if (Array.isArray(data34)) {
            const len1 = data34.length;
            for (let i1 = 0; i1 < len1; i1++) {
                let data35 = data34[i1];
                if (data35 && typeof data35 == "object" && !Array.isArray(data35)) {
                    if (data35.id === undefined) {
                        vErrors = addKeywordError(vErrors, instancePath + "/reviews/" + i1, "#/properties/reviews/items/required", "required", { missingProperty: "id" }, "must have required property '" + "id" + "'", schema62.properties.reviews.items, data35);
                        errors++;
                    }
                    if (data35.user === undefined) {
                        vErrors = addKeywordError(vErrors, instancePath + "/reviews/" + i1, "#/properties/reviews/items/required", "required", { missingProperty: "user" }, "must have required property '" + "user" + "'", schema62.properties.reviews.items, data35);
                        errors++;
                    }
                    if (data35.state === undefined) {
                        vErrors = addKeywordError(vErrors, instancePath + "/reviews/" + i1, "#/properties/reviews/items/required", "required", { missingProperty: "state" }, "must have required property '" + "state" + "'", schema62.properties.reviews.items, data35);
                        errors++;
                    }
                    if (data35.commit_id === undefined) {
                        vErrors = addKeywordError(vErrors, instancePath + "/reviews/" + i1, "#/properties/reviews/items/required", "required", { missingProperty: "commit_id" }, "must have required property '" + "commit_id" + "'", schema62.properties.reviews.items, data35);
                        errors++;
                    }
                    if (data35.id !== undefined) {
                        let data36 = data35.id;
                        if (!(((typeof data36 == "number") && (!(data36 % 1) && !isNaN(data36))) && (isFinite(data36)))) {
                            vErrors = addKeywordError(vErrors, instancePath + "/reviews/" + i1 + "/id", "#/properties/reviews/items/properties/id/type", "type", { type: "integer" }, "must be integer", schema62.properties.reviews.items.properties.id, data36);
                            errors++;
                        }
                    }
                    if (data35.user !== undefined) {
                        let data37 = data35.user;
                        const _errs100 = errors;
                        let valid26 = false;
                        let passing4 = null;
                        const _errs101 = errors;
                        if (data37 !== null) {
                            vErrors = addKeywordError(vErrors, instancePath + "/reviews/" + i1 + "/user", "#/$defs/userOrNull/oneOf/0/type", "type", { type: "null" }, "must be null", schema63.oneOf[0], data37);
                            errors++;
                        }
                        var _valid4 = _errs101 === errors;
                        if (_valid4) {
                            valid26 = true;
                            passing4 = 0;
                        }
                        const _errs103 = errors;
                        if (data37 && typeof data37 == "object" && !Array.isArray(data37)) {
                            if (data37.login === undefined) {
                                vErrors = addKeywordError(vErrors, instancePath + "/reviews/" + i1 + "/user", "#/$defs/userOrNull/oneOf/1/required", "required", { missingProperty: "login" }, "must have required property '" + "login" + "'", schema63.oneOf[1], data37);
                                errors++;
                            }
                            if (data37.login !== undefined) {
                                let data38 = data37.login;
                                if (typeof data38 !== "string") {
                                    vErrors = addKeywordError(vErrors, instancePath + "/reviews/" + i1 + "/user/login", "#/$defs/userOrNull/oneOf/1/properties/login/type", "type", { type: "string" }, "must be string", schema63.oneOf[1].properties.login, data38);
                                    errors++;
                                }
                            }
                            if (data37.type !== undefined) {
                                let data39 = data37.type;
                                if (typeof data39 !== "string") {
                                    vErrors = addKeywordError(vErrors, instancePath + "/reviews/" + i1 + "/user/type", "#/$defs/userOrNull/oneOf/1/properties/type/type", "type", { type: "string" }, "must be string", schema63.oneOf[1].properties.type, data39);
                                    errors++;
                                }
                            }
                        }
                        else {
                            vErrors = addKeywordError(vErrors, instancePath + "/reviews/" + i1 + "/user", "#/$defs/userOrNull/oneOf/1/type", "type", { type: "object" }, "must be object", schema63.oneOf[1], data37);
                            errors++;
                        }
                        var _valid4 = _errs103 === errors;
                        if (_valid4 && valid26) {
                            valid26 = false;
                            passing4 = [passing4, 1];
                        }
                        else {
                            if (_valid4) {
                                valid26 = true;
                                passing4 = 1;
                                var props4 = {};
                                props4.login = true;
                                props4.type = true;
                            }
                        }
                        if (!valid26) {
                            vErrors = addKeywordError(vErrors, instancePath + "/reviews/" + i1 + "/user", "#/$defs/userOrNull/oneOf", "oneOf", { passingSchemas: passing4 }, "must match exactly one schema in oneOf", schema63, data37);
                            errors++;
                        }
                        else {
                            errors = _errs100;
                            if (vErrors !== null) {
                                if (_errs100) {
                                    vErrors.length = _errs100;
                                }
                                else {
                                    vErrors = null;
                                }
                            }
                        }
                    }
                    if (data35.state !== undefined) {
                        let data40 = data35.state;
                        if (!(((((data40 === "APPROVED") || (data40 === "CHANGES_REQUESTED")) || (data40 === "COMMENTED")) || (data40 === "DISMISSED")) || (data40 === "PENDING"))) {
                            vErrors = addKeywordError(vErrors, instancePath + "/reviews/" + i1 + "/state", "#/properties/reviews/items/properties/state/enum", "enum", { allowedValues: schema62.properties.reviews.items.properties.state.enum }, "must be equal to one of the allowed values", schema62.properties.reviews.items.properties.state, data40);
                            errors++;
                        }
                    }
                    if (data35.commit_id !== undefined) {
                        let data41 = data35.commit_id;
                        if ((typeof data41 !== "string") && (data41 !== null)) {
                            vErrors = addKeywordError(vErrors, instancePath + "/reviews/" + i1 + "/commit_id", "#/properties/reviews/items/properties/commit_id/type", "type", { type: schema62.properties.reviews.items.properties.commit_id.type }, "must be string,null", schema62.properties.reviews.items.properties.commit_id, data41);
                            errors++;
                        }
                    }
                    if (data35.submitted_at !== undefined) {
                        let data42 = data35.submitted_at;
                        if (typeof data42 !== "string") {
                            vErrors = addKeywordError(vErrors, instancePath + "/reviews/" + i1 + "/submitted_at", "#/properties/reviews/items/properties/submitted_at/type", "type", { type: "string" }, "must be string", schema62.properties.reviews.items.properties.submitted_at, data42);
                            errors++;
                        }
                    }
                }
                else {
                    vErrors = addKeywordError(vErrors, instancePath + "/reviews/" + i1, "#/properties/reviews/items/type", "type", { type: "object" }, "must be object", schema62.properties.reviews.items, data35);
                    errors++;
                }
            }
        }
        else {
            vErrors = addKeywordError(vErrors, instancePath + "/reviews", "#/properties/reviews/type", "type", { type: "array" }, "must be array", schema62.properties.reviews, data34);
            errors++;
        }
    }
    if (data.files !== undefined) {
        let data43 = data.files;
        if (Array.isArray(data43)) {
            const len2 = data43.length;
            for (let i2 = 0; i2 < len2; i2++) {
                let data44 = data43[i2];
                if (data44 && typeof data44 == "object" && !Array.isArray(data44)) {
                    if (data44.filename === undefined) {
                        vErrors = addKeywordError(vErrors, instancePath + "/files/" + i2, "#/properties/files/items/required", "required", { missingProperty: "filename" }, "must have required property '" + "filename" + "'", schema62.properties.files.items, data44);
                        errors++;
                    }
                    if (data44.status === undefined) {
                        vErrors = addKeywordError(vErrors, instancePath + "/files/" + i2, "#/properties/files/items/required", "required", { missingProperty: "status" }, "must have required property '" + "status" + "'", schema62.properties.files.items, data44);
                        errors++;
                    }
                    if (data44.filename !== undefined) {
                        let data45 = data44.filename;
                        if (typeof data45 !== "string") {
                            vErrors = addKeywordError(vErrors, instancePath + "/files/" + i2 + "/filename", "#/properties/files/items/properties/filename/type", "type", { type: "string" }, "must be string", schema62.properties.files.items.properties.filename, data45);
                            errors++;
                        }
                    }
                    if (data44.status !== undefined) {
                        let data46 = data44.status;
                        if (typeof data46 !== "string") {
                            vErrors = addKeywordError(vErrors, instancePath + "/files/" + i2 + "/status", "#/properties/files/items/properties/status/type", "type", { type: "string" }, "must be string", schema62.properties.files.items.properties.status, data46);
                            errors++;
                        }
                    }
                    if (data44.previous_filename !== undefined) {
                        let data47 = data44.previous_filename;
                        if (typeof data47 !== "string") {
                            vErrors = addKeywordError(vErrors, instancePath + "/files/" + i2 + "/previous_filename", "#/properties/files/items/properties/previous_filename/type", "type", { type: "string" }, "must be string", schema62.properties.files.items.properties.previous_filename, data47);
                            errors++;
                        }
                    }
                }
                else {
                    vErrors = addKeywordError(vErrors, instancePath + "/files/" + i2, "#/properties/files/items/type", "type", { type: "object" }, "must be object", schema62.properties.files.items, data44);
                    errors++;
                }
            }
        }
        else {
            vErrors = addKeywordError(vErrors, instancePath + "/files", "#/properties/files/type", "type", { type: "array" }, "must be array", schema62.properties.files, data43);
            errors++;
        }
    }
    if (data.edited !== undefined) {
        let data48 = data.edited;
        if (Array.isArray(data48)) {
            const len3 = data48.length;
            for (let i3 = 0; i3 < len3; i3++) {
                let data49 = data48[i3];
                if (typeof data49 !== "string") {
                    vErrors = addKeywordError(vErrors, instancePath + "/edited/" + i3, "#/properties/edited/items/type", "type", { type: "string" }, "must be string", schema62.properties.edited.items, data49);
                    errors++;
                }
            }
        }
        else {
            vErrors = addKeywordError(vErrors, instancePath + "/edited", "#/properties/edited/type", "type", { type: "array" }, "must be array", schema62.properties.edited, data48);
            errors++;
        }
    }
    if (data.permissions !== undefined) {
        let data50 = data.permissions;
        if (data50 && typeof data50 == "object" && !Array.isArray(data50)) {
            for (const key1 in data50) {
                let data51 = data50[key1];
                if (data51 && typeof data51 == "object" && !Array.isArray(data51)) {
                    if (data51.permission === undefined) {
                        vErrors = addKeywordError(vErrors, instancePath + "/permissions/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), "#/properties/permissions/additionalProperties/required", "required", { missingProperty: "permission" }, "must have required property '" + "permission" + "'", schema62.properties.permissions.additionalProperties, data51);
                        errors++;
                    }
                    if (data51.user === undefined) {
                        vErrors = addKeywordError(vErrors, instancePath + "/permissions/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), "#/properties/permissions/additionalProperties/required", "required", { missingProperty: "user" }, "must have required property '" + "user" + "'", schema62.properties.permissions.additionalProperties, data51);
                        errors++;
                    }
                    if (data51.permission !== undefined) {
                        let data52 = data51.permission;
                        if (typeof data52 !== "string") {
                            vErrors = addKeywordError(vErrors, instancePath + "/permissions/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/permission", "#/properties/permissions/additionalProperties/properties/permission/type", "type", { type: "string" }, "must be string", schema62.properties.permissions.additionalProperties.properties.permission, data52);
                            errors++;
                        }
                    }
                    if (data51.role_name !== undefined) {
                        let data53 = data51.role_name;
                        if (typeof data53 !== "string") {
                            vErrors = addKeywordError(vErrors, instancePath + "/permissions/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/role_name", "#/properties/permissions/additionalProperties/properties/role_name/type", "type", { type: "string" }, "must be string", schema62.properties.permissions.additionalProperties.properties.role_name, data53);
                            errors++;
                        }
                    }
                    if (data51.user !== undefined) {
                        let data54 = data51.user;
                        const _errs139 = errors;
                        let valid36 = false;
                        let passing5 = null;
                        const _errs140 = errors;
                        if (data54 !== null) {
                            vErrors = addKeywordError(vErrors, instancePath + "/permissions/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/user", "#/$defs/userOrNull/oneOf/0/type", "type", { type: "null" }, "must be null", schema63.oneOf[0], data54);
                            errors++;
                        }
                        var _valid5 = _errs140 === errors;
                        if (_valid5) {
                            valid36 = true;
                            passing5 = 0;
                        }
                        const _errs142 = errors;
                        if (data54 && typeof data54 == "object" && !Array.isArray(data54)) {
                            if (data54.login === undefined) {
                                vErrors = addKeywordError(vErrors, instancePath + "/permissions/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/user", "#/$defs/userOrNull/oneOf/1/required", "required", { missingProperty: "login" }, "must have required property '" + "login" + "'", schema63.oneOf[1], data54);
                                errors++;
                            }
                            if (data54.login !== undefined) {
                                let data55 = data54.login;
                                if (typeof data55 !== "string") {
                                    vErrors = addKeywordError(vErrors, instancePath + "/permissions/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/user/login", "#/$defs/userOrNull/oneOf/1/properties/login/type", "type", { type: "string" }, "must be string", schema63.oneOf[1].properties.login, data55);
                                    errors++;
                                }
                            }
                            if (data54.type !== undefined) {
                                let data56 = data54.type;
                                if (typeof data56 !== "string") {
                                    vErrors = addKeywordError(vErrors, instancePath + "/permissions/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/user/type", "#/$defs/userOrNull/oneOf/1/properties/type/type", "type", { type: "string" }, "must be string", schema63.oneOf[1].properties.type, data56);
                                    errors++;
                                }
                            }
                        }
                        else {
                            vErrors = addKeywordError(vErrors, instancePath + "/permissions/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/user", "#/$defs/userOrNull/oneOf/1/type", "type", { type: "object" }, "must be object", schema63.oneOf[1], data54);
                            errors++;
                        }
                        var _valid5 = _errs142 === errors;
                        if (_valid5 && valid36) {
                            valid36 = false;
                            passing5 = [passing5, 1];
                        }
                        else {
                            if (_valid5) {
                                valid36 = true;
                                passing5 = 1;
                                var props5 = {};
                                props5.login = true;
                                props5.type = true;
                            }
                        }
                        if (!valid36) {
                            vErrors = addKeywordError(vErrors, instancePath + "/permissions/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/user", "#/$defs/userOrNull/oneOf", "oneOf", { passingSchemas: passing5 }, "must match exactly one schema in oneOf", schema63, data54);
                            errors++;
                        }
                        else {
                            errors = _errs139;
                            if (vErrors !== null) {
                                if (_errs139) {
                                    vErrors.length = _errs139;
                                }
                                else {
                                    vErrors = null;
                                }
                            }
                        }
                    }
                }
                else {
                    vErrors = addKeywordError(vErrors, instancePath + "/permissions/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), "#/properties/permissions/additionalProperties/type", "type", { type: "object" }, "must be object", schema62.properties.permissions.additionalProperties, data51);
                    errors++;
                }
            }
        }
        else {
            vErrors = addKeywordError(vErrors, instancePath + "/permissions", "#/properties/permissions/type", "type", { type: "object" }, "must be object", schema62.properties.permissions, data50);
            errors++;
        }
    }
    if (data.teams !== undefined) {
        let data57 = data.teams;
        if (data57 && typeof data57 == "object" && !Array.isArray(data57)) {
            if (data57.readable === undefined) {
                vErrors = addKeywordError(vErrors, instancePath + "/teams", "#/properties/teams/required", "required", { missingProperty: "readable" }, "must have required property '" + "readable" + "'", schema62.properties.teams, data57);
                errors++;
            }
            if (data57.memberships === undefined) {
                vErrors = addKeywordError(vErrors, instancePath + "/teams", "#/properties/teams/required", "required", { missingProperty: "memberships" }, "must have required property '" + "memberships" + "'", schema62.properties.teams, data57);
                errors++;
            }
            for (const key2 in data57) {
                if (!(((key2 === "readable") || (key2 === "reason")) || (key2 === "memberships"))) {
                    vErrors = addError(vErrors, instancePath + "/teams", "#/properties/teams/additionalProperties", "additionalProperties", { additionalProperty: key2 }, "must NOT have additional properties", false, schema62.properties.teams, data57);
                    errors++;
                }
            }
            if (data57.readable !== undefined) {
                let data58 = data57.readable;
                if (typeof data58 !== "boolean") {
                    vErrors = addKeywordError(vErrors, instancePath + "/teams/readable", "#/properties/teams/properties/readable/type", "type", { type: "boolean" }, "must be boolean", schema62.properties.teams.properties.readable, data58);
                    errors++;
                }
            }
            if (data57.reason !== undefined) {
                let data59 = data57.reason;
                if (typeof data59 !== "string") {
                    vErrors = addKeywordError(vErrors, instancePath + "/teams/reason", "#/properties/teams/properties/reason/type", "type", { type: "string" }, "must be string", schema62.properties.teams.properties.reason, data59);
                    errors++;
                }
            }
            if (data57.memberships !== undefined) {
                let data60 = data57.memberships;
                if (data60 && typeof data60 == "object" && !Array.isArray(data60)) {
                    for (const key3 in data60) {
                        let data61 = data60[key3];
                        if (data61 && typeof data61 == "object" && !Array.isArray(data61)) {
                            for (const key4 in data61) {
                                let data62 = data61[key4];
                                const _errs162 = errors;
                                let valid41 = false;
                                let passing6 = null;
                                const _errs163 = errors;
                                if (data62 !== null) {
                                    vErrors = addKeywordError(vErrors, instancePath + "/teams/memberships/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), "#/properties/teams/properties/memberships/additionalProperties/additionalProperties/oneOf/0/type", "type", { type: "null" }, "must be null", schema62.properties.teams.properties.memberships.additionalProperties.additionalProperties.oneOf[0], data62);
                                    errors++;
                                }
                                var _valid6 = _errs163 === errors;
                                if (_valid6) {
                                    valid41 = true;
                                    passing6 = 0;
                                }
                                const _errs165 = errors;
                                if (data62 && typeof data62 == "object" && !Array.isArray(data62)) {
                                    if (data62.state === undefined) {
                                        vErrors = addKeywordError(vErrors, instancePath + "/teams/memberships/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), "#/properties/teams/properties/memberships/additionalProperties/additionalProperties/oneOf/1/required", "required", { missingProperty: "state" }, "must have required property '" + "state" + "'", schema62.properties.teams.properties.memberships.additionalProperties.additionalProperties.oneOf[1], data62);
                                        errors++;
                                    }
                                    if (data62.state !== undefined) {
                                        let data63 = data62.state;
                                        if (typeof data63 !== "string") {
                                            vErrors = addKeywordError(vErrors, instancePath + "/teams/memberships/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/state", "#/properties/teams/properties/memberships/additionalProperties/additionalProperties/oneOf/1/properties/state/type", "type", { type: "string" }, "must be string", schema62.properties.teams.properties.memberships.additionalProperties.additionalProperties.oneOf[1].properties.state, data63);
                                            errors++;
                                        }
                                    }
                                    if (data62.role !== undefined) {
                                        let data64 = data62.role;
                                        if (typeof data64 !== "string") {
                                            vErrors = addKeywordError(vErrors, instancePath + "/teams/memberships/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/role", "#/properties/teams/properties/memberships/additionalProperties/additionalProperties/oneOf/1/properties/role/type", "type", { type: "string" }, "must be string", schema62.properties.teams.properties.memberships.additionalProperties.additionalProperties.oneOf[1].properties.role, data64);
                                            errors++;
                                        }
                                    }
                                }
                                else {
                                    vErrors = addKeywordError(vErrors, instancePath + "/teams/memberships/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), "#/properties/teams/properties/memberships/additionalProperties/additionalProperties/oneOf/1/type", "type", { type: "object" }, "must be object", schema62.properties.teams.properties.memberships.additionalProperties.additionalProperties.oneOf[1], data62);
                                    errors++;
                                }
                                var _valid6 = _errs165 === errors;
                                if (_valid6 && valid41) {
                                    valid41 = false;
                                    passing6 = [passing6, 1];
                                }
                                else {
                                    if (_valid6) {
                                        valid41 = true;
                                        passing6 = 1;
                                        var props6 = {};
                                        props6.state = true;
                                        props6.role = true;
                                    }
                                }
                                if (!valid41) {
                                    vErrors = addKeywordError(vErrors, instancePath + "/teams/memberships/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), "#/properties/teams/properties/memberships/additionalProperties/additionalProperties/oneOf", "oneOf", { passingSchemas: passing6 }, "must match exactly one schema in oneOf", schema62.properties.teams.properties.memberships.additionalProperties.additionalProperties, data62);
                                    errors++;
                                }
                                else {
                                    errors = _errs162;
                                    if (vErrors !== null) {
                                        if (_errs162) {
                                            vErrors.length = _errs162;
                                        }
                                        else {
                                            vErrors = null;
                                        }
                                    }
                                }
                            }
                        }
                        else {
                            vErrors = addKeywordError(vErrors, instancePath + "/teams/memberships/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), "#/properties/teams/properties/memberships/additionalProperties/type", "type", { type: "object" }, "must be object", schema62.properties.teams.properties.memberships.additionalProperties, data61);
                            errors++;
                        }
                    }
                }
                else {
                    vErrors = addKeywordError(vErrors, instancePath + "/teams/memberships", "#/properties/teams/properties/memberships/type", "type", { type: "object" }, "must be object", schema62.properties.teams.properties.memberships, data60);
                    errors++;
                }
            }
        }
        else {
            vErrors = addKeywordError(vErrors, instancePath + "/teams", "#/properties/teams/type", "type", { type: "object" }, "must be object", schema62.properties.teams, data57);
            errors++;
        }
    }
    if (data.codeowners !== undefined) {
        let data65 = data.codeowners;
        const _errs172 = errors;
        let valid43 = false;
        let passing7 = null;
        const _errs173 = errors;
        if (data65 !== null) {
            vErrors = addKeywordError(vErrors, instancePath + "/codeowners", "#/properties/codeowners/oneOf/0/type", "type", { type: "null" }, "must be null", schema62.properties.codeowners.oneOf[0], data65);
            errors++;
        }
        var _valid7 = _errs173 === errors;
        if (_valid7) {
            valid43 = true;
            passing7 = 0;
        }
        const _errs175 = errors;
        if (data65 && typeof data65 == "object" && !Array.isArray(data65)) {
            if (data65.path === undefined) {
                vErrors = addKeywordError(vErrors, instancePath + "/codeowners", "#/properties/codeowners/oneOf/1/required", "required", { missingProperty: "path" }, "must have required property '" + "path" + "'", schema62.properties.codeowners.oneOf[1], data65);
                errors++;
            }
            if (data65.text === undefined) {
                vErrors = addKeywordError(vErrors, instancePath + "/codeowners", "#/properties/codeowners/oneOf/1/required", "required", { missingProperty: "text" }, "must have required property '" + "text" + "'", schema62.properties.codeowners.oneOf[1], data65);
                errors++;
            }
            for (const key5 in data65) {
                if (!((key5 === "path") || (key5 === "text"))) {
                    vErrors = addError(vErrors, instancePath + "/codeowners", "#/properties/codeowners/oneOf/1/additionalProperties", "additionalProperties", { additionalProperty: key5 }, "must NOT have additional properties", false, schema62.properties.codeowners.oneOf[1], data65);
                    errors++;
                }
            }
            if (data65.path !== undefined) {
                let data66 = data65.path;
                if (typeof data66 !== "string") {
                    vErrors = addKeywordError(vErrors, instancePath + "/codeowners/path", "#/properties/codeowners/oneOf/1/properties/path/type", "type", { type: "string" }, "must be string", schema62.properties.codeowners.oneOf[1].properties.path, data66);
                    errors++;
                }
            }
            if (data65.text !== undefined) {
                let data67 = data65.text;
                if (typeof data67 !== "string") {
                    vErrors = addKeywordError(vErrors, instancePath + "/codeowners/text", "#/properties/codeowners/oneOf/1/properties/text/type", "type", { type: "string" }, "must be string", schema62.properties.codeowners.oneOf[1].properties.text, data67);
                    errors++;
                }
            }
        }
        else {
            vErrors = addKeywordError(vErrors, instancePath + "/codeowners", "#/properties/codeowners/oneOf/1/type", "type", { type: "object" }, "must be object", schema62.properties.codeowners.oneOf[1], data65);
            errors++;
        }
        var _valid7 = _errs175 === errors;
        if (_valid7 && valid43) {
            valid43 = false;
            passing7 = [passing7, 1];
        }
        else {
            if (_valid7) {
                valid43 = true;
                passing7 = 1;
            }
        }
        if (!valid43) {
            vErrors = addKeywordError(vErrors, instancePath + "/codeowners", "#/properties/codeowners/oneOf", "oneOf", { passingSchemas: passing7 }, "must match exactly one schema in oneOf", schema62.properties.codeowners, data65);
            errors++;
        }
        else {
            errors = _errs172;
            if (vErrors !== null) {
                if (_errs172) {
                    vErrors.length = _errs172;
                }
                else {
                    vErrors = null;
                }
            }
        }
    }
    if (data.activity !== undefined) {
        let data68 = data.activity;
        if (Array.isArray(data68)) {
            const len4 = data68.length;
            for (let i4 = 0; i4 < len4; i4++) {
                let data69 = data68[i4];
                if (data69 && typeof data69 == "object" && !Array.isArray(data69)) {
                    if (data69.activity_type === undefined) {
                        vErrors = addKeywordError(vErrors, instancePath + "/activity/" + i4, "#/properties/activity/items/required", "required", { missingProperty: "activity_type" }, "must have required property '" + "activity_type" + "'", schema62.properties.activity.items, data69);
                        errors++;
                    }
                    if (data69.ref === undefined) {
                        vErrors = addKeywordError(vErrors, instancePath + "/activity/" + i4, "#/properties/activity/items/required", "required", { missingProperty: "ref" }, "must have required property '" + "ref" + "'", schema62.properties.activity.items, data69);
                        errors++;
                    }
                    if (data69.after === undefined) {
                        vErrors = addKeywordError(vErrors, instancePath + "/activity/" + i4, "#/properties/activity/items/required", "required", { missingProperty: "after" }, "must have required property '" + "after" + "'", schema62.properties.activity.items, data69);
                        errors++;
                    }
                    if (data69.timestamp === undefined) {
                        vErrors = addKeywordError(vErrors, instancePath + "/activity/" + i4, "#/properties/activity/items/required", "required", { missingProperty: "timestamp" }, "must have required property '" + "timestamp" + "'", schema62.properties.activity.items, data69);
                        errors++;
                    }
                    if (data69.actor === undefined) {
                        vErrors = addKeywordError(vErrors, instancePath + "/activity/" + i4, "#/properties/activity/items/required", "required", { missingProperty: "actor" }, "must have required property '" + "actor" + "'", schema62.properties.activity.items, data69);
                        errors++;
                    }
                    if (data69.activity_type !== undefined) {
                        let data70 = data69.activity_type;
                        if (typeof data70 !== "string") {
                            vErrors = addKeywordError(vErrors, instancePath + "/activity/" + i4 + "/activity_type", "#/properties/activity/items/properties/activity_type/type", "type", { type: "string" }, "must be string", schema62.properties.activity.items.properties.activity_type, data70);
                            errors++;
                        }
                    }
                    if (data69.ref !== undefined) {
                        let data71 = data69.ref;
                        if (typeof data71 !== "string") {
                            vErrors = addKeywordError(vErrors, instancePath + "/activity/" + i4 + "/ref", "#/properties/activity/items/properties/ref/type", "type", { type: "string" }, "must be string", schema62.properties.activity.items.properties.ref, data71);
                            errors++;
                        }
                    }
                    if (data69.after !== undefined) {
                        let data72 = data69.after;
                        if (typeof data72 !== "string") {
                            vErrors = addKeywordError(vErrors, instancePath + "/activity/" + i4 + "/after", "#/properties/activity/items/properties/after/type", "type", { type: "string" }, "must be string", schema62.properties.activity.items.properties.after, data72);
                            errors++;
                        }
                    }
                    if (data69.timestamp !== undefined) {
                        let data73 = data69.timestamp;
                        if (typeof data73 !== "string") {
                            vErrors = addKeywordError(vErrors, instancePath + "/activity/" + i4 + "/timestamp", "#/properties/activity/items/properties/timestamp/type", "type", { type: "string" }, "must be string", schema62.properties.activity.items.properties.timestamp, data73);
                            errors++;
                        }
                    }
                    if (data69.actor !== undefined) {
                        let data74 = data69.actor;
                        const _errs196 = errors;
                        let valid49 = false;
                        let passing8 = null;
                        const _errs197 = errors;
                        if (data74 !== null) {
                            vErrors = addKeywordError(vErrors, instancePath + "/activity/" + i4 + "/actor", "#/$defs/userOrNull/oneOf/0/type", "type", { type: "null" }, "must be null", schema63.oneOf[0], data74);
                            errors++;
                        }
                        var _valid8 = _errs197 === errors;
                        if (_valid8) {
                            valid49 = true;
                            passing8 = 0;
                        }
                        const _errs199 = errors;
                        if (data74 && typeof data74 == "object" && !Array.isArray(data74)) {
                            if (data74.login === undefined) {
                                vErrors = addKeywordError(vErrors, instancePath + "/activity/" + i4 + "/actor", "#/$defs/userOrNull/oneOf/1/required", "required", { missingProperty: "login" }, "must have required property '" + "login" + "'", schema63.oneOf[1], data74);
                                errors++;
                            }
                            if (data74.login !== undefined) {
                                let data75 = data74.login;
                                if (typeof data75 !== "string") {
                                    vErrors = addKeywordError(vErrors, instancePath + "/activity/" + i4 + "/actor/login", "#/$defs/userOrNull/oneOf/1/properties/login/type", "type", { type: "string" }, "must be string", schema63.oneOf[1].properties.login, data75);
                                    errors++;
                                }
                            }
                            if (data74.type !== undefined) {
                                let data76 = data74.type;
                                if (typeof data76 !== "string") {
                                    vErrors = addKeywordError(vErrors, instancePath + "/activity/" + i4 + "/actor/type", "#/$defs/userOrNull/oneOf/1/properties/type/type", "type", { type: "string" }, "must be string", schema63.oneOf[1].properties.type, data76);
                                    errors++;
                                }
                            }
                        }
                        else {
                            vErrors = addKeywordError(vErrors, instancePath + "/activity/" + i4 + "/actor", "#/$defs/userOrNull/oneOf/1/type", "type", { type: "object" }, "must be object", schema63.oneOf[1], data74);
                            errors++;
                        }
                        var _valid8 = _errs199 === errors;
                        if (_valid8 && valid49) {
                            valid49 = false;
                            passing8 = [passing8, 1];
                        }
                        else {
                            if (_valid8) {
                                valid49 = true;
                                passing8 = 1;
                                var props8 = {};
                                props8.login = true;
                                props8.type = true;
                            }
                        }
                        if (!valid49) {
                            vErrors = addKeywordError(vErrors, instancePath + "/activity/" + i4 + "/actor", "#/$defs/userOrNull/oneOf", "oneOf", { passingSchemas: passing8 }, "must match exactly one schema in oneOf", schema63, data74);
                            errors++;
                        }
                        else {
                            errors = _errs196;
                            if (vErrors !== null) {
                                if (_errs196) {
                                    vErrors.length = _errs196;
                                }
                                else {
                                    vErrors = null;
                                }
                            }
                        }
                    }
                }
                else {
                    vErrors = addKeywordError(vErrors, instancePath + "/activity/" + i4, "#/properties/activity/items/type", "type", { type: "object" }, "must be object", schema62.properties.activity.items, data69);
                    errors++;
                }
            }
        }
        else {
            vErrors = addKeywordError(vErrors, instancePath + "/activity", "#/properties/activity/type", "type", { type: "array" }, "must be array", schema62.properties.activity, data68);
            errors++;
        }
    }
    if (data.registry !== undefined) {
        let data77 = data.registry;
        if (Array.isArray(data77)) {
            const len5 = data77.length;
            for (let i5 = 0; i5 < len5; i5++) {
                let data78 = data77[i5];
                if (data78 && typeof data78 == "object" && !Array.isArray(data78)) {
                    if (data78.name === undefined) {
                        vErrors = addKeywordError(vErrors, instancePath + "/registry/" + i5, "#/properties/registry/items/required", "required", { missingProperty: "name" }, "must have required property '" + "name" + "'", schema62.properties.registry.items, data78);
                        errors++;
                    }
                    if (data78.commit === undefined) {
                        vErrors = addKeywordError(vErrors, instancePath + "/registry/" + i5, "#/properties/registry/items/required", "required", { missingProperty: "commit" }, "must have required property '" + "commit" + "'", schema62.properties.registry.items, data78);
                        errors++;
                    }
                    if (data78.annotated === undefined) {
                        vErrors = addKeywordError(vErrors, instancePath + "/registry/" + i5, "#/properties/registry/items/required", "required", { missingProperty: "annotated" }, "must have required property '" + "annotated" + "'", schema62.properties.registry.items, data78);
                        errors++;
                    }
                    if (data78.tagger === undefined) {
                        vErrors = addKeywordError(vErrors, instancePath + "/registry/" + i5, "#/properties/registry/items/required", "required", { missingProperty: "tagger" }, "must have required property '" + "tagger" + "'", schema62.properties.registry.items, data78);
                        errors++;
                    }
                    if (data78.taggerEmail === undefined) {
                        vErrors = addKeywordError(vErrors, instancePath + "/registry/" + i5, "#/properties/registry/items/required", "required", { missingProperty: "taggerEmail" }, "must have required property '" + "taggerEmail" + "'", schema62.properties.registry.items, data78);
                        errors++;
                    }
                    if (data78.date === undefined) {
                        vErrors = addKeywordError(vErrors, instancePath + "/registry/" + i5, "#/properties/registry/items/required", "required", { missingProperty: "date" }, "must have required property '" + "date" + "'", schema62.properties.registry.items, data78);
                        errors++;
                    }
                    if (data78.message === undefined) {
                        vErrors = addKeywordError(vErrors, instancePath + "/registry/" + i5, "#/properties/registry/items/required", "required", { missingProperty: "message" }, "must have required property '" + "message" + "'", schema62.properties.registry.items, data78);
                        errors++;
                    }
                    if (data78.name !== undefined) {
                        let data79 = data78.name;
                        if (typeof data79 !== "string") {
                            vErrors = addKeywordError(vErrors, instancePath + "/registry/" + i5 + "/name", "#/properties/registry/items/properties/name/type", "type", { type: "string" }, "must be string", schema62.properties.registry.items.properties.name, data79);
                            errors++;
                        }
                    }
                    if (data78.commit !== undefined) {
                        let data80 = data78.commit;
                        if (typeof data80 !== "string") {
                            vErrors = addKeywordError(vErrors, instancePath + "/registry/" + i5 + "/commit", "#/properties/registry/items/properties/commit/type", "type", { type: "string" }, "must be string", schema62.properties.registry.items.properties.commit, data80);
                            errors++;
                        }
                    }
                    if (data78.annotated !== undefined) {
                        let data81 = data78.annotated;
                        if (typeof data81 !== "boolean") {
                            vErrors = addKeywordError(vErrors, instancePath + "/registry/" + i5 + "/annotated", "#/properties/registry/items/properties/annotated/type", "type", { type: "boolean" }, "must be boolean", schema62.properties.registry.items.properties.annotated, data81);
                            errors++;
                        }
                    }
                    if (data78.tagger !== undefined) {
                        let data82 = data78.tagger;
                        if (typeof data82 !== "string") {
                            vErrors = addKeywordError(vErrors, instancePath + "/registry/" + i5 + "/tagger", "#/properties/registry/items/properties/tagger/type", "type", { type: "string" }, "must be string", schema62.properties.registry.items.properties.tagger, data82);
                            errors++;
                        }
                    }
                    if (data78.taggerEmail !== undefined) {
                        let data83 = data78.taggerEmail;
                        if (typeof data83 !== "string") {
                            vErrors = addKeywordError(vErrors, instancePath + "/registry/" + i5 + "/taggerEmail", "#/properties/registry/items/properties/taggerEmail/type", "type", { type: "string" }, "must be string", schema62.properties.registry.items.properties.taggerEmail, data83);
                            errors++;
                        }
                    }
                    if (data78.date !== undefined) {
                        let data84 = data78.date;
                        if (typeof data84 !== "string") {
                            vErrors = addKeywordError(vErrors, instancePath + "/registry/" + i5 + "/date", "#/properties/registry/items/properties/date/type", "type", { type: "string" }, "must be string", schema62.properties.registry.items.properties.date, data84);
                            errors++;
                        }
                    }
                    if (data78.message !== undefined) {
                        let data85 = data78.message;
                        if (typeof data85 !== "string") {
                            vErrors = addKeywordError(vErrors, instancePath + "/registry/" + i5 + "/message", "#/properties/registry/items/properties/message/type", "type", { type: "string" }, "must be string", schema62.properties.registry.items.properties.message, data85);
                            errors++;
                        }
                    }
                }
                else {
                    vErrors = addKeywordError(vErrors, instancePath + "/registry/" + i5, "#/properties/registry/items/type", "type", { type: "object" }, "must be object", schema62.properties.registry.items, data78);
                    errors++;
                }
            }
        }
        else {
            vErrors = addKeywordError(vErrors, instancePath + "/registry", "#/properties/registry/type", "type", { type: "array" }, "must be array", schema62.properties.registry, data77);
            errors++;
        }
    }
    if (data.candidates !== undefined) {
        let data86 = data.candidates;
        if (Array.isArray(data86)) {
            const len6 = data86.length;
            for (let i6 = 0; i6 < len6; i6++) {
                let data87 = data86[i6];
                if (data87 && typeof data87 == "object" && !Array.isArray(data87)) {
                    if (data87.model === undefined) {
                        vErrors = addKeywordError(vErrors, instancePath + "/candidates/" + i6, "#/properties/candidates/items/required", "required", { missingProperty: "model" }, "must have required property '" + "model" + "'", schema62.properties.candidates.items, data87);
                        errors++;
                    }
                    if (data87.version === undefined) {
                        vErrors = addKeywordError(vErrors, instancePath + "/candidates/" + i6, "#/properties/candidates/items/required", "required", { missingProperty: "version" }, "must have required property '" + "version" + "'", schema62.properties.candidates.items, data87);
                        errors++;
                    }
                    if (data87.card === undefined) {
                        vErrors = addKeywordError(vErrors, instancePath + "/candidates/" + i6, "#/properties/candidates/items/required", "required", { missingProperty: "card" }, "must have required property '" + "card" + "'", schema62.properties.candidates.items, data87);
                        errors++;
                    }
                    for (const key6 in data87) {
                        if (!(((((((key6 === "model") || (key6 === "version")) || (key6 === "risk")) || (key6 === "card")) || (key6 === "evaluation")) || (key6 === "baseline")) || (key6 === "artifacts"))) {
                            vErrors = addError(vErrors, instancePath + "/candidates/" + i6, "#/properties/candidates/items/additionalProperties", "additionalProperties", { additionalProperty: key6 }, "must NOT have additional properties", false, schema62.properties.candidates.items, data87);
                            errors++;
                        }
                    }
                    if (data87.model !== undefined) {
                        let data88 = data87.model;
                        if (typeof data88 !== "string") {
                            vErrors = addKeywordError(vErrors, instancePath + "/candidates/" + i6 + "/model", "#/properties/candidates/items/properties/model/type", "type", { type: "string" }, "must be string", schema62.properties.candidates.items.properties.model, data88);
                            errors++;
                        }
                    }
                    if (data87.version !== undefined) {
                        let data89 = data87.version;
                        if (typeof data89 === "string") {
                            if (!pattern32.test(data89)) {
                                vErrors = addError(vErrors, instancePath + "/candidates/" + i6 + "/version", "#/properties/candidates/items/properties/version/pattern", "pattern", { pattern: "^v\\d+\\.\\d+\\.\\d+" }, "must match pattern \"" + "^v\\d+\\.\\d+\\.\\d+" + "\"", "^v\\d+\\.\\d+\\.\\d+", schema62.properties.candidates.items.properties.version, data89);
                                errors++;
                            }
                        }
                        else {
                            vErrors = addKeywordError(vErrors, instancePath + "/candidates/" + i6 + "/version", "#/properties/candidates/items/properties/version/type", "type", { type: "string" }, "must be string", schema62.properties.candidates.items.properties.version, data89);
                            errors++;
                        }
                    }
                    if (data87.risk !== undefined) {
                        let data90 = data87.risk;
                        if (!(((data90 === "low") || (data90 === "medium")) || (data90 === "high"))) {
                            vErrors = addKeywordError(vErrors, instancePath + "/candidates/" + i6 + "/risk", "#/properties/candidates/items/properties/risk/enum", "enum", { allowedValues: schema62.properties.candidates.items.properties.risk.enum }, "must be equal to one of the allowed values", schema62.properties.candidates.items.properties.risk, data90);
                            errors++;
                        }
                    }
                    if (data87.card !== undefined) {
                        let data91 = data87.card;
                        if (data91 && typeof data91 == "object" && !Array.isArray(data91)) {
                            if (data91.path === undefined) {
                                vErrors = addKeywordError(vErrors, instancePath + "/candidates/" + i6 + "/card", "#/properties/candidates/items/properties/card/required", "required", { missingProperty: "path" }, "must have required property '" + "path" + "'", schema62.properties.candidates.items.properties.card, data91);
                                errors++;
                            }
                            if (data91.missing === undefined) {
                                vErrors = addKeywordError(vErrors, instancePath + "/candidates/" + i6 + "/card", "#/properties/candidates/items/properties/card/required", "required", { missingProperty: "missing" }, "must have required property '" + "missing" + "'", schema62.properties.candidates.items.properties.card, data91);
                                errors++;
                            }
                            for (const key7 in data91) {
                                if (!((key7 === "path") || (key7 === "missing"))) {
                                    vErrors = addError(vErrors, instancePath + "/candidates/" + i6 + "/card", "#/properties/candidates/items/properties/card/additionalProperties", "additionalProperties", { additionalProperty: key7 }, "must NOT have additional properties", false, schema62.properties.candidates.items.properties.card, data91);
                                    errors++;
                                }
                            }
                            if (data91.path !== undefined) {
                                let data92 = data91.path;
                                if (typeof data92 !== "string") {
                                    vErrors = addKeywordError(vErrors, instancePath + "/candidates/" + i6 + "/card/path", "#/properties/candidates/items/properties/card/properties/path/type", "type", { type: "string" }, "must be string", schema62.properties.candidates.items.properties.card.properties.path, data92);
                                    errors++;
                                }
                            }
                            if (data91.missing !== undefined) {
                                let data93 = data91.missing;
                                if (Array.isArray(data93)) {
                                    const len7 = data93.length;
                                    for (let i7 = 0; i7 < len7; i7++) {
                                        let data94 = data93[i7];
                                        if (typeof data94 !== "string") {
                                            vErrors = addKeywordError(vErrors, instancePath + "/candidates/" + i6 + "/card/missing/" + i7, "#/properties/candidates/items/properties/card/properties/missing/items/type", "type", { type: "string" }, "must be string", schema62.properties.candidates.items.properties.card.properties.missing.items, data94);
                                            errors++;
                                        }
                                    }
                                }
                                else {
                                    vErrors = addKeywordError(vErrors, instancePath + "/candidates/" + i6 + "/card/missing", "#/properties/candidates/items/properties/card/properties/missing/type", "type", { type: "array" }, "must be array", schema62.properties.candidates.items.properties.card.properties.missing, data93);
                                    errors++;
                                }
                            }
                        }
                        else {
                            vErrors = addKeywordError(vErrors, instancePath + "/candidates/" + i6 + "/card", "#/properties/candidates/items/properties/card/type", "type", { type: "object" }, "must be object", schema62.properties.candidates.items.properties.card, data91);
                            errors++;
                        }
                    }
                    if (data87.evaluation !== undefined) {
                        let data95 = data87.evaluation;
                        if (data95 && typeof data95 == "object" && !Array.isArray(data95)) {
                            if (data95.source === undefined) {
                                vErrors = addKeywordError(vErrors, instancePath + "/candidates/" + i6 + "/evaluation", "#/$defs/evaluation/required", "required", { missingProperty: "source" }, "must have required property '" + "source" + "'", schema72, data95);
                                errors++;
                            }
                            if (data95.ref === undefined) {
                                vErrors = addKeywordError(vErrors, instancePath + "/candidates/" + i6 + "/evaluation", "#/$defs/evaluation/required", "required", { missingProperty: "ref" }, "must have required property '" + "ref" + "'", schema72, data95);
                                errors++;
                            }
                            if (data95.metrics === undefined) {
                                vErrors = addKeywordError(vErrors, instancePath + "/candidates/" + i6 + "/evaluation", "#/$defs/evaluation/required", "required", { missingProperty: "metrics" }, "must have required property '" + "metrics" + "'", schema72, data95);
                                errors++;
                            }
                            for (const key8 in data95) {
                                if (!(((((key8 === "source") || (key8 === "ref")) || (key8 === "metrics")) || (key8 === "fairness")) || (key8 === "fairnessReport"))) {
                                    vErrors = addError(vErrors, instancePath + "/candidates/" + i6 + "/evaluation", "#/$defs/evaluation/additionalProperties", "additionalProperties", { additionalProperty: key8 }, "must NOT have additional properties", false, schema72, data95);
                                    errors++;
                                }
                            }
                            if (data95.source !== undefined) {
                                let data96 = data95.source;
                                if (!((data96 === "experiment") || (data96 === "release"))) {
                                    vErrors = addKeywordError(vErrors, instancePath + "/candidates/" + i6 + "/evaluation/source", "#/$defs/evaluation/properties/source/enum", "enum", { allowedValues: schema72.properties.source.enum }, "must be equal to one of the allowed values", schema72.properties.source, data96);
                                    errors++;
                                }
                            }
                            if (data95.ref !== undefined) {
                                let data97 = data95.ref;
                                if (typeof data97 !== "string") {
                                    vErrors = addKeywordError(vErrors, instancePath + "/candidates/" + i6 + "/evaluation/ref", "#/$defs/evaluation/properties/ref/type", "type", { type: "string" }, "must be string", schema72.properties.ref, data97);
                                    errors++;
                                }
                            }
                            if (data95.metrics !== undefined) {
                                let data98 = data95.metrics;
                                if (data98 && typeof data98 == "object" && !Array.isArray(data98)) {
                                    for (const key9 in data98) {
                                        let data99 = data98[key9];
                                        if (!((typeof data99 == "number") && (isFinite(data99)))) {
                                            vErrors = addKeywordError(vErrors, instancePath + "/candidates/" + i6 + "/evaluation/metrics/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), "#/$defs/evaluation/properties/metrics/additionalProperties/type", "type", { type: "number" }, "must be number", schema72.properties.metrics.additionalProperties, data99);
                                            errors++;
                                        }
                                    }
                                }
                                else {
                                    vErrors = addKeywordError(vErrors, instancePath + "/candidates/" + i6 + "/evaluation/metrics", "#/$defs/evaluation/properties/metrics/type", "type", { type: "object" }, "must be object", schema72.properties.metrics, data98);
                                    errors++;
                                }
                            }
                            if (data95.fairness !== undefined) {
                                let data100 = data95.fairness;
                                if (data100 && typeof data100 == "object" && !Array.isArray(data100)) {
                                    for (const key10 in data100) {
                                        let data101 = data100[key10];
                                        if (!((typeof data101 == "number") && (isFinite(data101)))) {
                                            vErrors = addKeywordError(vErrors, instancePath + "/candidates/" + i6 + "/evaluation/fairness/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"), "#/$defs/evaluation/properties/fairness/additionalProperties/type", "type", { type: "number" }, "must be number", schema72.properties.fairness.additionalProperties, data101);
                                            errors++;
                                        }
                                    }
                                }
                                else {
                                    vErrors = addKeywordError(vErrors, instancePath + "/candidates/" + i6 + "/evaluation/fairness", "#/$defs/evaluation/properties/fairness/type", "type", { type: "object" }, "must be object", schema72.properties.fairness, data100);
                                    errors++;
                                }
                            }
                            if (data95.fairnessReport !== undefined) {
                                let data102 = data95.fairnessReport;
                                if (typeof data102 !== "boolean") {
                                    vErrors = addKeywordError(vErrors, instancePath + "/candidates/" + i6 + "/evaluation/fairnessReport", "#/$defs/evaluation/properties/fairnessReport/type", "type", { type: "boolean" }, "must be boolean", schema72.properties.fairnessReport, data102);
                                    errors++;
                                }
                            }
                        }
                        else {
                            vErrors = addKeywordError(vErrors, instancePath + "/candidates/" + i6 + "/evaluation", "#/$defs/evaluation/type", "type", { type: "object" }, "must be object", schema72, data95);
                            errors++;
                        }
                    }
                    if (data87.baseline !== undefined) {
                        let data103 = data87.baseline;
                        if (data103 && typeof data103 == "object" && !Array.isArray(data103)) {
                            if (data103.source === undefined) {
                                vErrors = addKeywordError(vErrors, instancePath + "/candidates/" + i6 + "/baseline", "#/$defs/evaluation/required", "required", { missingProperty: "source" }, "must have required property '" + "source" + "'", schema72, data103);
                                errors++;
                            }
                            if (data103.ref === undefined) {
                                vErrors = addKeywordError(vErrors, instancePath + "/candidates/" + i6 + "/baseline", "#/$defs/evaluation/required", "required", { missingProperty: "ref" }, "must have required property '" + "ref" + "'", schema72, data103);
                                errors++;
                            }
                            if (data103.metrics === undefined) {
                                vErrors = addKeywordError(vErrors, instancePath + "/candidates/" + i6 + "/baseline", "#/$defs/evaluation/required", "required", { missingProperty: "metrics" }, "must have required property '" + "metrics" + "'", schema72, data103);
                                errors++;
                            }
                            for (const key11 in data103) {
                                if (!(((((key11 === "source") || (key11 === "ref")) || (key11 === "metrics")) || (key11 === "fairness")) || (key11 === "fairnessReport"))) {
                                    vErrors = addError(vErrors, instancePath + "/candidates/" + i6 + "/baseline", "#/$defs/evaluation/additionalProperties", "additionalProperties", { additionalProperty: key11 }, "must NOT have additional properties", false, schema72, data103);
                                    errors++;
                                }
                            }
                            if (data103.source !== undefined) {
                                let data104 = data103.source;
                                if (!((data104 === "experiment") || (data104 === "release"))) {
                                    vErrors = addKeywordError(vErrors, instancePath + "/candidates/" + i6 + "/baseline/source", "#/$defs/evaluation/properties/source/enum", "enum", { allowedValues: schema72.properties.source.enum }, "must be equal to one of the allowed values", schema72.properties.source, data104);
                                    errors++;
                                }
                            }
                            if (data103.ref !== undefined) {
                                let data105 = data103.ref;
                                if (typeof data105 !== "string") {
                                    vErrors = addKeywordError(vErrors, instancePath + "/candidates/" + i6 + "/baseline/ref", "#/$defs/evaluation/properties/ref/type", "type", { type: "string" }, "must be string", schema72.properties.ref, data105);
                                    errors++;
                                }
                            }
                            if (data103.metrics !== undefined) {
                                let data106 = data103.metrics;
                                if (data106 && typeof data106 == "object" && !Array.isArray(data106)) {
                                    for (const key12 in data106) {
                                        let data107 = data106[key12];
                                        if (!((typeof data107 == "number") && (isFinite(data107)))) {
                                            vErrors = addKeywordError(vErrors, instancePath + "/candidates/" + i6 + "/baseline/metrics/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"), "#/$defs/evaluation/properties/metrics/additionalProperties/type", "type", { type: "number" }, "must be number", schema72.properties.metrics.additionalProperties, data107);
                                            errors++;
                                        }
                                    }
                                }
                                else {
                                    vErrors = addKeywordError(vErrors, instancePath + "/candidates/" + i6 + "/baseline/metrics", "#/$defs/evaluation/properties/metrics/type", "type", { type: "object" }, "must be object", schema72.properties.metrics, data106);
                                    errors++;
                                }
                            }
                            if (data103.fairness !== undefined) {
                                let data108 = data103.fairness;
                                if (data108 && typeof data108 == "object" && !Array.isArray(data108)) {
                                    for (const key13 in data108) {
                                        let data109 = data108[key13];
                                        if (!((typeof data109 == "number") && (isFinite(data109)))) {
                                            vErrors = addKeywordError(vErrors, instancePath + "/candidates/" + i6 + "/baseline/fairness/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"), "#/$defs/evaluation/properties/fairness/additionalProperties/type", "type", { type: "number" }, "must be number", schema72.properties.fairness.additionalProperties, data109);
                                            errors++;
                                        }
                                    }
                                }
                                else {
                                    vErrors = addKeywordError(vErrors, instancePath + "/candidates/" + i6 + "/baseline/fairness", "#/$defs/evaluation/properties/fairness/type", "type", { type: "object" }, "must be object", schema72.properties.fairness, data108);
                                    errors++;
                                }
                            }
                            if (data103.fairnessReport !== undefined) {
                                let data110 = data103.fairnessReport;
                                if (typeof data110 !== "boolean") {
                                    vErrors = addKeywordError(vErrors, instancePath + "/candidates/" + i6 + "/baseline/fairnessReport", "#/$defs/evaluation/properties/fairnessReport/type", "type", { type: "boolean" }, "must be boolean", schema72.properties.fairnessReport, data110);
                                    errors++;
                                }
                            }
                        }
                        else {
                            vErrors = addKeywordError(vErrors, instancePath + "/candidates/" + i6 + "/baseline", "#/$defs/evaluation/type", "type", { type: "object" }, "must be object", schema72, data103);
                            errors++;
                        }
                    }
                    if (data87.artifacts !== undefined) {
                        let data111 = data87.artifacts;
                        if (data111 && typeof data111 == "object" && !Array.isArray(data111)) {
                            if (data111.sha256sums === undefined) {
                                vErrors = addKeywordError(vErrors, instancePath + "/candidates/" + i6 + "/artifacts", "#/properties/candidates/items/properties/artifacts/required", "required", { missingProperty: "sha256sums" }, "must have required property '" + "sha256sums" + "'", schema62.properties.candidates.items.properties.artifacts, data111);
                                errors++;
                            }
                            if (data111.files === undefined) {
                                vErrors = addKeywordError(vErrors, instancePath + "/candidates/" + i6 + "/artifacts", "#/properties/candidates/items/properties/artifacts/required", "required", { missingProperty: "files" }, "must have required property '" + "files" + "'", schema62.properties.candidates.items.properties.artifacts, data111);
                                errors++;
                            }
                            for (const key14 in data111) {
                                if (!((key14 === "sha256sums") || (key14 === "files"))) {
                                    vErrors = addError(vErrors, instancePath + "/candidates/" + i6 + "/artifacts", "#/properties/candidates/items/properties/artifacts/additionalProperties", "additionalProperties", { additionalProperty: key14 }, "must NOT have additional properties", false, schema62.properties.candidates.items.properties.artifacts, data111);
                                    errors++;
                                }
                            }
                            if (data111.sha256sums !== undefined) {
                                let data112 = data111.sha256sums;
                                if ((typeof data112 !== "string") && (data112 !== null)) {
                                    vErrors = addKeywordError(vErrors, instancePath + "/candidates/" + i6 + "/artifacts/sha256sums", "#/properties/candidates/items/properties/artifacts/properties/sha256sums/type", "type", { type: schema62.properties.candidates.items.properties.artifacts.properties.sha256sums.type }, "must be string,null", schema62.properties.candidates.items.properties.artifacts.properties.sha256sums, data112);
                                    errors++;
                                }
                            }
                            if (data111.files !== undefined) {
                                let data113 = data111.files;
                                if (Array.isArray(data113)) {
                                    const len8 = data113.length;
                                    for (let i8 = 0; i8 < len8; i8++) {
                                        let data114 = data113[i8];
                                        if (data114 && typeof data114 == "object" && !Array.isArray(data114)) {
                                            if (data114.name === undefined) {
                                                vErrors = addKeywordError(vErrors, instancePath + "/candidates/" + i6 + "/artifacts/files/" + i8, "#/properties/candidates/items/properties/artifacts/properties/files/items/required", "required", { missingProperty: "name" }, "must have required property '" + "name" + "'", schema62.properties.candidates.items.properties.artifacts.properties.files.items, data114);
                                                errors++;
                                            }
                                            if (data114.sha256 === undefined) {
                                                vErrors = addKeywordError(vErrors, instancePath + "/candidates/" + i6 + "/artifacts/files/" + i8, "#/properties/candidates/items/properties/artifacts/properties/files/items/required", "required", { missingProperty: "sha256" }, "must have required property '" + "sha256" + "'", schema62.properties.candidates.items.properties.artifacts.properties.files.items, data114);
                                                errors++;
                                            }
                                            for (const key15 in data114) {
                                                if (!((key15 === "name") || (key15 === "sha256"))) {
                                                    vErrors = addError(vErrors, instancePath + "/candidates/" + i6 + "/artifacts/files/" + i8, "#/properties/candidates/items/properties/artifacts/properties/files/items/additionalProperties", "additionalProperties", { additionalProperty: key15 }, "must NOT have additional properties", false, schema62.properties.candidates.items.properties.artifacts.properties.files.items, data114);
                                                    errors++;
                                                }
                                            }
                                            if (data114.name !== undefined) {
                                                let data115 = data114.name;
                                                if (typeof data115 !== "string") {
                                                    vErrors = addKeywordError(vErrors, instancePath + "/candidates/" + i6 + "/artifacts/files/" + i8 + "/name", "#/properties/candidates/items/properties/artifacts/properties/files/items/properties/name/type", "type", { type: "string" }, "must be string", schema62.properties.candidates.items.properties.artifacts.properties.files.items.properties.name, data115);
                                                    errors++;
                                                }
                                            }
                                            if (data114.sha256 !== undefined) {
                                                let data116 = data114.sha256;
                                                if (typeof data116 !== "string") {
                                                    vErrors = addKeywordError(vErrors, instancePath + "/candidates/" + i6 + "/artifacts/files/" + i8 + "/sha256", "#/properties/candidates/items/properties/artifacts/properties/files/items/properties/sha256/type", "type", { type: "string" }, "must be string", schema62.properties.candidates.items.properties.artifacts.properties.files.items.properties.sha256, data116);
                                                    errors++;
                                                }
                                            }
                                        }
                                        else {
                                            vErrors = addKeywordError(vErrors, instancePath + "/candidates/" + i6 + "/artifacts/files/" + i8, "#/properties/candidates/items/properties/artifacts/properties/files/items/type", "type", { type: "object" }, "must be object", schema62.properties.candidates.items.properties.artifacts.properties.files.items, data114);
                                            errors++;
                                        }
                                    }
                                }
                                else {
                                    vErrors = addKeywordError(vErrors, instancePath + "/candidates/" + i6 + "/artifacts/files", "#/properties/candidates/items/properties/artifacts/properties/files/type", "type", { type: "array" }, "must be array", schema62.properties.candidates.items.properties.artifacts.properties.files, data113);
                                    errors++;
                                }
                            }
                        }
                        else {
                            vErrors = addKeywordError(vErrors, instancePath + "/candidates/" + i6 + "/artifacts", "#/properties/candidates/items/properties/artifacts/type", "type", { type: "object" }, "must be object", schema62.properties.candidates.items.properties.artifacts, data111);
                            errors++;
                        }
                    }
                }
                else {
                    vErrors = addKeywordError(vErrors, instancePath + "/candidates/" + i6, "#/properties/candidates/items/type", "type", { type: "object" }, "must be object", schema62.properties.candidates.items, data87);
                    errors++;
                }
            }
        }
        else {
            vErrors = addKeywordError(vErrors, instancePath + "/candidates", "#/properties/candidates/type", "type", { type: "array" }, "must be array", schema62.properties.candidates, data86);
            errors++;
        }
    }
}
else {
    vErrors = addKeywordError(vErrors, instancePath, "#/type", "type", { type: "object" }, "must be object", schema62, data);
    errors++;
} validate41.errors = vErrors; return errors === 0; }
validate41.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function addError(errors, instancePath, schemaPath, keyword, params, message, schema, parentSchema, data) {
    const error = { instancePath, schemaPath, keyword, params, message, schema, parentSchema, data };
    if (errors === null)
        return [error];
    errors.push(error);
    return errors;
}
function addKeywordError(errors, instancePath, schemaPath, keyword, params, message, parentSchema, data) {
    return addError(errors, instancePath, schemaPath, keyword, params, message, parentSchema[keyword], parentSchema, data);
}
(0,precompiled/* registerPrecompiled */.sc)(gate_snapshot_schema_namespaceObject, validate);
/** schemas/gate-snapshot.schema.json, whose validator is precompiled (importing this module registers it). */
/* harmony default export */ const gate_snapshot = (gate_snapshot_schema_namespaceObject);

// EXTERNAL MODULE: ./src/core/schema/validate.ts + 1 modules
var schema_validate = __webpack_require__(8450);
// EXTERNAL MODULE: ./src/core/yaml/index.ts
var yaml = __webpack_require__(1971);
;// CONCATENATED MODULE: ./src/core/gate/parse.ts
/** Reads a gate snapshot file: JSON (read by the YAML parser for exact lines) checked against its schema. */



/** Snapshots hold every registry tag and review; 64 MiB leaves room for 100,000s of tags. */
const MAX_SNAPSHOT_BYTES = 64 * 1024 * 1024;
/** Parses and validates a snapshot; `snapshot` is undefined when there are error findings. */
function parseGateSnapshot(text, file) {
    const parsed = (0,yaml/* parseYaml */.hN)(text, file, { expect: 'mapping', rulePrefix: 'gate/snapshot', maxBytes: MAX_SNAPSHOT_BYTES });
    const findings = [...parsed.findings];
    if (!findings.some((f) => f.severity === 'error'))
        findings.push(...(0,schema_validate/* validateAgainstSchema */.v9)(gate_snapshot, parsed.value, parsed.source, { rulePrefix: 'gate/snapshot', file }));
    if (findings.some((f) => f.severity === 'error'))
        return { findings };
    return { snapshot: parsed.value, findings };
}

;// CONCATENATED MODULE: ./src/core/gate/policy.ts
const DEFAULT_STAGES = ['dev', 'staging', 'production'];
const DEFAULT_PROTECTED_EVIDENCE = ['metrics.json', 'metrics.yaml', 'metrics.yml', '*.metrics.json', 'SHA256SUMS', 'experiment.json', 'fairness*.json'];
/** The default policy of a stage: approvals grow along the stage order (0 for the first, 2 for the last, 1 between). */
function defaultPolicy(stage, stages = DEFAULT_STAGES) {
    const index = stages.indexOf(stage);
    const last = stages.length - 1;
    return {
        stage,
        stages,
        approvals: index <= 0 ? 0 : index === last ? 2 : 1,
        requiredTeams: [],
        codeowners: false,
        fromStage: index > 0 ? (stages[index - 1] ?? null) : null,
        soakHours: 0,
        metrics: {},
        fairness: {},
        requireCompleteCard: true,
        requireChecksums: true,
        highRisk: { extraApprovals: 1, requireFairnessReport: true },
        protectedEvidence: DEFAULT_PROTECTED_EVIDENCE,
    };
}
/**
 * The policy of `stage` from `.github/mlops.yml` (defaults applied): `promotion.{stage}` gives the people
 * rules and per-stage metric bounds; `evaluation.metrics` gives every stage's bounds, direction and
 * `tolerance` (the largest allowed regression; `promotion.{stage}.max_regression` is the default for all
 * metrics); `fairness.thresholds` apply when `fairness.sensitive_features` are configured (Fairlearn's
 * differences are maxima, ratios minima).
 */
function policyFromConfig(config, stage) {
    const base = defaultPolicy(stage, config.stages);
    const p = config.promotion[stage];
    if (!p)
        return base;
    const metrics = {};
    for (const [name, m] of Object.entries(config.evaluation.metrics))
        metrics[name] = { min: m.min, max: m.max, higherIsBetter: m.higher_is_better, maxRegression: m.tolerance ?? p.max_regression };
    for (const [name, b] of Object.entries(p.metrics))
        metrics[name] = { ...metrics[name], min: b.min ?? metrics[name]?.min, max: b.max ?? metrics[name]?.max, maxRegression: metrics[name]?.maxRegression ?? p.max_regression };
    const fairness = {};
    if (config.fairness.sensitive_features.length)
        for (const [name, value] of Object.entries(config.fairness.thresholds))
            fairness[name] = name.endsWith('_ratio') ? { min: value } : { max: value };
    return {
        ...base,
        approvals: p.approvals,
        requiredTeams: p.teams,
        codeowners: p.codeowners,
        fromStage: p.from ?? null,
        soakHours: p.soak_hours,
        metrics,
        fairness,
        requireCompleteCard: p.require_card_complete,
        highRisk: { extraApprovals: p.high_risk_extra_approvals, requireFairnessReport: p.require_fairness_report },
    };
}

;// CONCATENATED MODULE: ./src/core/gate/report.ts
/** The commit status / check context branch protection requires. */
const GATE_CONTEXT = 'mlops/promotion';
/** Renders a verdict; every unmet condition is also an error finding (`gate/{id}`), so exit codes follow. */
function gateReport(verdict) {
    const what = verdict.promotes.map((p) => `${p.model} ${p.version}`).join(', ') || 'nothing';
    const unmet = verdict.conditions.filter((c) => !c.met);
    const findings = unmet.map((c) => ({ rule: `gate/${c.id}`, severity: 'error', message: `${c.title}: ${c.detail}`, hint: c.fix }));
    const rows = verdict.conditions.map((c) => [c.met ? '\u2705' : '\u274c', c.title, c.detail, c.met ? '' : (c.fix ?? '')]);
    return {
        purpose: 'promotion',
        title: `Promotion to ${verdict.stage}: ${verdict.pass ? 'passed' : 'blocked'}`,
        summary: `PR #${verdict.pr} promotes ${what} at ${verdict.headSha.slice(0, 7)}; ${verdict.conditions.length - unmet.length} of ${verdict.conditions.length} conditions met`,
        findings,
        blocks: [{ kind: 'table', table: { headers: ['', 'condition', 'found', 'what would satisfy it'], rows } }],
    };
}
/** The commit status for a verdict (GitHub caps the description at 140 characters). */
function gateStatus(verdict) {
    const unmet = verdict.conditions.filter((c) => !c.met);
    const description = verdict.pass ? `all ${verdict.conditions.length} conditions met` : `unmet: ${unmet.map((c) => c.title).join(', ')}`;
    return { state: verdict.pass ? 'success' : 'failure', context: GATE_CONTEXT, description: description.length > 140 ? `${description.slice(0, 139)}\u2026` : description };
}

// EXTERNAL MODULE: ./src/cli/args.ts + 4 modules
var cli_args = __webpack_require__(9123);
// EXTERNAL MODULE: ./src/cli/commands/registry-io.ts
var registry_io = __webpack_require__(1591);
;// CONCATENATED MODULE: ./src/cli/commands/gate.ts
/** `mlops gate \u2026`: dry-run the promotion gate on a snapshot, or take a snapshot of a PR. */












const evaluateUsage = `usage: mlops gate evaluate --input SNAPSHOT.json [--json]

Evaluates the promotion gate on a snapshot (schemas/gate-snapshot.schema.json) with the policy of the
snapshot's stage from .github/mlops.yml (the defaults outside a repository). Prints every condition:
met or unmet, and what would satisfy it. Exit code 0 when the gate passes, 1 when it blocks.
`;
const evaluate = {
    name: 'gate evaluate',
    summary: 'dry-run the promotion gate on a PR snapshot',
    usage: evaluateUsage,
    async run(args, ctx) {
        const { flags } = (0,cli_args/* parseFlags */.bQ)(args, { input: { type: 'string' }, json: { type: 'boolean' } }, evaluateUsage, [0, 0]);
        if (typeof flags.input !== 'string')
            throw new errors/* UserError */.yo('--input SNAPSHOT.json is required', { hint: evaluateUsage.split('\n')[0] });
        const file = external_node_path_default().resolve(ctx.cwd, flags.input);
        const info = await (0,promises_.stat)(file).catch(() => undefined);
        if (!info?.isFile())
            throw new errors/* UserError */.yo(`${flags.input} is not a readable file`, { file: flags.input });
        if (info.size > MAX_SNAPSHOT_BYTES)
            throw new errors/* UserError */.yo(`${flags.input} is larger than ${MAX_SNAPSHOT_BYTES} bytes`, { file: flags.input });
        const { snapshot, findings } = parseGateSnapshot(await (0,promises_.readFile)(file, 'utf8'), flags.input);
        if (!snapshot) {
            const report = { purpose: 'promotion', title: 'Gate snapshot is invalid', findings, blocks: [] };
            (0,cli_args/* printReportAs */.w2)(ctx, report, flags.json ? 'json' : 'text');
            return 1;
        }
        const config = await configNear(ctx);
        return (0,cli_args/* printReportAs */.w2)(ctx, gateReport(evaluateGate(snapshot, policyFromConfig(config, snapshot.stage))), flags.json ? 'json' : 'text');
    },
};
const snapshotUsage = `usage: mlops gate snapshot --pr N [--repo OWNER/NAME] [--remote NAME] [--output FILE]

Takes the snapshot the gate decides on for pull request N: the PR, its commits, reviews, changed files,
reviewers' permissions, team memberships, CODEOWNERS, push activity (GitHub REST responses as they
come), the registry tags and the promoted versions' evidence. Needs GITHUB_TOKEN.
`;
const snapshot = {
    name: 'gate snapshot',
    summary: 'fetch a gate snapshot of a PR (GitHub REST shapes) as JSON',
    usage: snapshotUsage,
    async run(args, ctx) {
        const { flags } = (0,cli_args/* parseFlags */.bQ)(args, { pr: { type: 'string' }, repo: { type: 'string' }, remote: { type: 'string' }, output: { type: 'string' } }, snapshotUsage, [0, 0]);
        const pr = Number(flags.pr);
        if (!Number.isInteger(pr) || pr < 1)
            throw new errors/* UserError */.yo('--pr N (a pull request number) is required', { hint: snapshotUsage.split('\n')[0] });
        const github = await (0,registry_io/* githubFromEnv */.Z)(ctx.env, flags.repo);
        if (!github)
            throw new errors/* UserError */.yo('GITHUB_TOKEN is not set', { hint: 'export GITHUB_TOKEN with read access to the repository' });
        const { git, config } = await (0,registry_io/* openRepo */.B)(ctx);
        const snap = await fetchGateSnapshot({ ...github, pr, git, config, policy: (stage) => policyFromConfig(config, stage), remote: flags.remote });
        const text = `${JSON.stringify(snap, null, 2)}\n`;
        if (typeof flags.output === 'string') {
            await (0,promises_.writeFile)(external_node_path_default().resolve(ctx.cwd, flags.output), text);
        }
        else
            ctx.stdout(text);
        return 0;
    },
};
/** The configuration of the repository around cwd (its errors stop the command), or the defaults outside one. */
async function configNear(ctx) {
    const inside = await new git/* Git */.T(ctx.cwd).root().then(() => true, () => false);
    return inside ? (await (0,registry_io/* openRepo */.B)(ctx)).config : (0,config/* defaultConfig */.sb)();
}
/** Every `mlops gate` command. */
const gateCommands = [evaluate, snapshot];


/***/ }),

/***/ 1591:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ openRepo),
/* harmony export */   Z: () => (/* binding */ githubFromEnv)
/* harmony export */ });
/* harmony import */ var _adapters_git_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3073);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);


/**
 * The repository around cwd with its configuration (config findings of severity error stop the command).
 * The configuration reader (YAML, schema validators) and the GitHub client below are loaded when a
 * command asks for them: `registry show --json` needs neither and starts in half the time.
 */
async function openRepo(ctx) {
    const [root, { loadConfig }] = await Promise.all([new _adapters_git_js__WEBPACK_IMPORTED_MODULE_0__/* .Git */ .T(ctx.cwd).root(), Promise.all(/* import() */[__webpack_require__.e(844), __webpack_require__.e(482), __webpack_require__.e(730)]).then(__webpack_require__.bind(__webpack_require__, 5730))]);
    const loaded = await loadConfig(root);
    const bad = loaded.findings.find((f) => f.severity === 'error');
    if (bad)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(bad.message, { file: bad.file, line: bad.line, column: bad.column, hint: bad.hint });
    return { git: new _adapters_git_js__WEBPACK_IMPORTED_MODULE_0__/* .Git */ .T(root), root, config: loaded.config };
}
/** GitHub from GITHUB_TOKEN (or GH_TOKEN), GITHUB_REPOSITORY or `--repo`, and GITHUB_API_URL; undefined without a token. */
async function githubFromEnv(env, repository) {
    const token = env.GITHUB_TOKEN || env.GH_TOKEN;
    if (!token)
        return undefined;
    const name = repository ?? env.GITHUB_REPOSITORY;
    if (!name)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('which GitHub repository? set GITHUB_REPOSITORY=owner/name or pass --repo owner/name');
    const { createClient, repoParams } = await Promise.all(/* import() */[__webpack_require__.e(133), __webpack_require__.e(932)]).then(__webpack_require__.bind(__webpack_require__, 5932));
    return { client: createClient({ token, baseUrl: env.GITHUB_API_URL }), repo: repoParams(name) };
}


/***/ }),

/***/ 1714:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lm: () => (/* binding */ parseSha256Sums),
/* harmony export */   WK: () => (/* binding */ cardCondition),
/* harmony export */   Xs: () => (/* binding */ stageOrder),
/* harmony export */   lN: () => (/* binding */ checksumCondition),
/* harmony export */   lm: () => (/* binding */ fairnessCondition),
/* harmony export */   rm: () => (/* binding */ metricsCondition),
/* harmony export */   uH: () => (/* binding */ condition)
/* harmony export */ });
/* unused harmony export heldBefore */
/** Folds per-candidate problems into one condition. */
function condition(id, title, problems, okDetail, fix) {
    return problems.length ? { id, title, met: false, detail: problems.join('; '), fix } : { id, title, met: true, detail: okDetail };
}
/** True when the stage held this version before: a rollback returns to a version that already passed the gate there. */
function heldBefore(registry, model, version, stage) {
    return registry.events.some((e) => e.artifact === model && e.event === 'assign' && e.stage === stage && e.version === version);
}
/**
 * Production only from what the previous stage holds now, and (optionally) after a soak time there.
 * A rollback (a version the target stage held before) is exempt: it passed this gate already.
 */
function stageOrder(candidates, registry, policy, now) {
    const from = policy.fromStage;
    if (!from)
        return [];
    candidates = candidates.filter((c) => !heldBefore(registry, c.model, c.version, policy.stage));
    const order = candidates.map((c) => {
        const held = registry.artifacts[c.model]?.stages[from]?.version;
        return held === c.version ? '' : `${c.model} ${c.version} is not in ${from} (${from} holds ${held ?? 'nothing'})`;
    });
    const out = [
        condition('stage-order', `Comes from ${from}`, order.filter(Boolean), `every version is what ${from} holds now`, `promote the version to ${from} first, or promote what ${from} holds`),
    ];
    if (policy.soakHours > 0) {
        const soak = candidates.map((c) => {
            const since = registry.artifacts[c.model]?.stages[from]?.since;
            const hours = since ? (now - Date.parse(since)) / 3.6e6 : 0;
            return since && hours >= policy.soakHours ? '' : `${c.model} ${c.version} has been in ${from} for ${hours.toFixed(1)} h of ${policy.soakHours} h`;
        });
        out.push(condition('soak', `Soaked ${policy.soakHours} h in ${from}`, soak.filter(Boolean), `every version spent ${policy.soakHours} h in ${from}`, 'wait for the soak time to pass, then re-run the gate'));
    }
    return out;
}
/**
 * Metric thresholds, and the largest allowed regression against the version now in the target stage
 * (not for a rollback: returning to a version the stage held before is the point, whatever it scores).
 */
function metricsCondition(candidates, policy, registry) {
    const rules = Object.entries(policy.metrics);
    if (!rules.length)
        return [];
    const problems = [];
    for (const c of candidates) {
        const m = c.evaluation?.metrics;
        if (!m) {
            problems.push(`${c.model} ${c.version}: no metrics in its experiment record or release`);
            continue;
        }
        for (const [name, rule] of rules) {
            const value = m[name];
            if (value === undefined) {
                problems.push(`${c.model} ${c.version}: metric ${name} missing`);
                continue;
            }
            if (rule.min !== undefined && value < rule.min)
                problems.push(`${c.model} ${name} = ${value} < min ${rule.min}`);
            if (rule.max !== undefined && value > rule.max)
                problems.push(`${c.model} ${name} = ${value} > max ${rule.max}`);
            const base = c.baseline?.metrics[name];
            if (rule.maxRegression !== undefined && base !== undefined && !heldBefore(registry, c.model, c.version, policy.stage)) {
                const drop = rule.higherIsBetter === false ? value - base : base - value;
                if (drop > rule.maxRegression + 1e-12)
                    problems.push(`${c.model} ${name} regresses by ${round(drop)} against ${c.baseline?.ref} (${base} \u2192 ${value}), max ${rule.maxRegression}`);
            }
        }
    }
    return [condition('metrics', 'Metrics meet thresholds', problems, `${rules.map(([n]) => n).join(', ')} within thresholds and regression limits`, 'train a better version, or change the thresholds in .github/mlops.yml through a reviewed PR')];
}
/** Fairness thresholds, and a fairness report for high-risk models. */
function fairnessCondition(candidates, policy) {
    const rules = Object.entries(policy.fairness);
    const highRisk = candidates.filter((c) => c.risk === 'high');
    if (!rules.length && !(policy.highRisk.requireFairnessReport && highRisk.length))
        return [];
    const problems = [];
    for (const c of candidates) {
        const f = c.evaluation?.fairness ?? {};
        if (c.risk === 'high' && policy.highRisk.requireFairnessReport && !c.evaluation?.fairnessReport)
            problems.push(`${c.model} is risk: high and has no fairness report`);
        for (const [name, rule] of rules) {
            const value = f[name];
            if (value === undefined)
                problems.push(`${c.model} ${c.version}: fairness metric ${name} missing`);
            else if (rule.min !== undefined && value < rule.min)
                problems.push(`${c.model} ${name} = ${value} < min ${rule.min}`);
            else if (rule.max !== undefined && value > rule.max)
                problems.push(`${c.model} ${name} = ${value} > max ${rule.max}`);
        }
    }
    return [condition('fairness', 'Fairness', problems, 'fairness thresholds met', 'run the fairness assessment (`mlops fairness`) and attach its report to the experiment')];
}
/** A complete model card (required sections and keys present, no placeholders). */
function cardCondition(candidates, policy) {
    if (!policy.requireCompleteCard)
        return [];
    const problems = candidates.filter((c) => c.card.missing.length).map((c) => `${c.card.path}: missing ${c.card.missing.join(', ')}`);
    return [condition('card', 'Model card complete', problems, 'every card is complete', 'fill in the missing card sections (`mlops validate` lists them)')];
}
/** Every release asset matches SHA256SUMS and every listed file is present. */
function checksumCondition(candidates, policy) {
    if (!policy.requireChecksums)
        return [];
    const problems = [];
    for (const c of candidates) {
        const a = c.artifacts;
        if (!a?.sha256sums) {
            problems.push(`${c.model} ${c.version}: no SHA256SUMS in its release`);
            continue;
        }
        const sums = parseSha256Sums(a.sha256sums);
        const actual = new Map(a.files.map((f) => [f.name, f.sha256.toLowerCase()]));
        for (const [name, sum] of sums) {
            const got = actual.get(name);
            if (got === undefined)
                problems.push(`${c.model} ${c.version}: ${name} listed in SHA256SUMS is missing`);
            else if (got !== sum)
                problems.push(`${c.model} ${c.version}: ${name} has sha256 ${got.slice(0, 12)}\u2026, SHA256SUMS says ${sum.slice(0, 12)}\u2026`);
        }
        for (const name of actual.keys())
            if (!sums.has(name) && name !== 'SHA256SUMS')
                problems.push(`${c.model} ${c.version}: ${name} is not in SHA256SUMS`);
    }
    return [condition('checksums', 'Artifact checksums match', problems, 'every artifact matches SHA256SUMS', 're-register the version so its release assets and SHA256SUMS agree')];
}
/** Parses `sha256sum` output (`<hex>  <name>` or `<hex> *<name>`). */
function parseSha256Sums(text) {
    const out = new Map();
    for (const line of text.split(/\r?\n/)) {
        const m = /^([0-9a-fA-F]{64}) [ *](.+)$/.exec(line.trim());
        if (m?.[1] && m[2])
            out.set(m[2], m[1].toLowerCase());
    }
    return out;
}
const round = (x) => Math.round(x * 1e6) / 1e6;


/***/ }),

/***/ 2468:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LB: () => (/* binding */ planDeprecate),
/* harmony export */   Zf: () => (/* binding */ planRegister),
/* harmony export */   r: () => (/* binding */ planAssign)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _message_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6492);
/* harmony import */ var _semver_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4647);
/** Registry writes planned against the current state: empty when the state already says so (reruns converge). */



/** Registers `version` of `artifact` on `commit`; nothing when it is registered there already. */
function planRegister(state, artifact, version, commit, meta = {}) {
    const v = version.startsWith('v') ? version : `v${version}`;
    const known = state.artifacts[artifact]?.versions.find((x) => x.version === v);
    if (known) {
        if (known.commit === commit)
            return [];
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${artifact} ${v} is already registered on ${known.commit.slice(0, 12)}`, { hint: 'versions are immutable: bump the version instead' });
    }
    // GTO writes registrations without a counter (`simple=True` by default in gto/api.py register).
    return [{ tag: { artifact, action: 'register', version: v }, counted: false, target: commit, message: (0,_message_js__WEBPACK_IMPORTED_MODULE_2__/* .formatTagMessage */ .v)(`Registering artifact ${artifact} version ${v}`, meta) }];
}
/**
 * Assigns `version` to `stage`: an assignment tag on the version's registered commit (GTO finds the
 * version by commit). Newer versions still assigned to the stage are unassigned first, so that GTO's
 * default view (highest assigned semver) agrees with ours (most recent assignment) after a rollback.
 */
function planAssign(state, artifact, version, stage, meta = {}) {
    const a = state.artifacts[artifact];
    const v = a?.versions.find((x) => x.version === version && x.active);
    if (!a || !v)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${artifact} ${version} is not registered`, { hint: `register it first: mlops registry register ${artifact} ${version}` });
    if (a.stages[stage]?.version === version)
        return [];
    const out = [];
    for (const newer of stillAssigned(state, artifact, stage).filter((x) => (0,_semver_js__WEBPACK_IMPORTED_MODULE_1__/* .compareSemver */ .mU)(x, version) > 0)) {
        const commit = a.versions.find((x) => x.version === newer)?.commit ?? '';
        out.push({ tag: { artifact, action: 'unassign', stage }, counted: true, target: commit, message: (0,_message_js__WEBPACK_IMPORTED_MODULE_2__/* .formatTagMessage */ .v)(`Unassigning stage '${stage}' to artifact '${artifact}' version '${newer}'`, { ...meta, version: newer }) });
    }
    out.push({ tag: { artifact, action: 'assign', stage }, counted: true, target: v.commit, message: (0,_message_js__WEBPACK_IMPORTED_MODULE_2__/* .formatTagMessage */ .v)(`Assigning stage ${stage} to artifact ${artifact} version ${version}${meta.pr ? ` (#${meta.pr})` : ''}`, { ...meta, version }) });
    return out;
}
/** Deprecates an artifact; nothing when it is deprecated already. */
function planDeprecate(state, artifact, commit, meta = {}) {
    if (!state.artifacts[artifact])
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`no artifact '${artifact}' in the registry`);
    if (state.artifacts[artifact]?.deprecated)
        return [];
    return [{ tag: { artifact, action: 'deprecate' }, counted: false, target: commit, message: (0,_message_js__WEBPACK_IMPORTED_MODULE_2__/* .formatTagMessage */ .v)(`Deprecating artifact '${artifact}'`, meta) }];
}
/** Versions whose latest event for the stage is an assignment. */
function stillAssigned(state, artifact, stage) {
    const last = new Map();
    for (const e of state.events)
        if (e.artifact === artifact && e.stage === stage && e.version)
            last.set(e.version, e.event);
    return [...last].filter(([, event]) => event === 'assign').map(([v]) => v);
}


/***/ })

};

export const id = 209;
export const ids = [209];
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

/***/ 8604:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ sha256File)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/** Streaming file digests: bounded memory whatever the file size. */


/**
 * SHA-256 and size of a file, streamed in 1 MiB chunks (large reads keep the hash near
 * `sha256sum`'s throughput; the default 64 KiB chunks cost ~15 % in syscalls and callbacks).
 */
function sha256File(file) {
    return new Promise((resolve, reject) => {
        const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
        let bytes = 0;
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(file, { highWaterMark: 1024 * 1024 })
            .on('data', (chunk) => {
            bytes += chunk.length;
            hash.update(chunk);
        })
            .on('error', reject)
            .on('end', () => resolve({ sha256: hash.digest('hex'), bytes }));
    });
}


/***/ }),

/***/ 4608:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ isRepoFile),
/* harmony export */   p: () => (/* binding */ insideRoot)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/**
 * Containment for paths a file names (a config key, a card, an input): nothing outside the
 * repository is read or written because a file said so (SPEC §11), neither by `..` nor through a
 * symlink that leads out of it.
 */



/**
 * The absolute path of `rel` (relative to `root`, or absolute) under `root`, or a UserError (naming
 * `file`, the file that gave the path) when it lies outside `root`, climbs out with `..`, or its
 * nearest existing ancestor resolves (following symlinks) outside `root`. It need not exist yet.
 */
function insideRoot(root, rel, file) {
    const base = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root);
    const full = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(base, rel);
    const refuse = () => {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`'${rel}' is outside the repository; it was not used`, { file, hint: 'give a path relative to the repository root that stays inside it' });
    };
    if (!isUnder(base, full))
        refuse();
    if (!isUnder(realExisting(base), realExisting(full)))
        refuse();
    return full;
}
function isUnder(root, p) {
    const r = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, p);
    return r === '' || (!r.startsWith(`..${(node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)}`) && r !== '..' && !node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(r));
}
/**
 * realpath of `p`'s nearest existing ancestor, with the missing rest appended. A dangling symlink is
 * followed to its target (writing through it would create the target), a symlink loop ends outside.
 */
function realExisting(p) {
    const missing = [];
    let at = p;
    for (let hops = 0;;) {
        try {
            return node_path__WEBPACK_IMPORTED_MODULE_1___default().join((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(at), ...missing.reverse());
        }
        catch {
            const link = danglingTarget(at);
            if (link !== undefined) {
                if (++hops > 40)
                    return node_path__WEBPACK_IMPORTED_MODULE_1___default().parse(p).root; // ELOOP, as the kernel gives up
                at = link;
                continue;
            }
            const parent = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(at);
            if (parent === at)
                return p;
            missing.push(node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(at));
            at = parent;
        }
    }
}
/** Where the symlink at `p` points, when `p` is a symlink. */
function danglingTarget(p) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(p).isSymbolicLink() ? node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(p), (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync)(p)) : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * True when repository path `rel` is a regular file whose real path is inside `root`: files found by
 * listing the repository (lockfiles, manifests) are read only then, so a committed symlink to
 * `/proc/self/environ` or `/dev/zero` is never read (a leak, or a hang).
 */
function isRepoFile(root, rel) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(insideRoot(root, rel)).isFile();
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 6960:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ Git),
/* harmony export */   X: () => (/* binding */ GitError)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/** The git adapter: every git operation goes through the real git CLI, never a reimplementation. */


/** A git failure, with the command and git's own message. */
class GitError extends Error {
    args;
    result;
    constructor(args, result) {
        super(`git ${args.join(' ')} failed (${result.code}): ${result.stderr.trim() || result.stdout.trim()}`);
        this.args = args;
        this.result = result;
        this.name = 'GitError';
    }
}
/** A repository on disk, driven through the git CLI. */
class Git {
    cwd;
    constructor(cwd) {
        this.cwd = cwd;
    }
    /** Runs `git args…` in the repository; throws GitError on a non-zero exit unless allowFailure. */
    run(args, options = {}) {
        return new Promise((resolve, reject) => {
            const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('git', args, {
                cwd: this.cwd,
                env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', ...options.env },
                maxBuffer: 1024 * 1024 * 1024,
                encoding: 'utf8',
            }, (error, stdout, stderr) => {
                const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
                const result = { stdout, stderr, code };
                if (code !== 0 && !options.allowFailure)
                    reject(new GitError(args, result));
                else
                    resolve(result);
            });
            if (options.input !== undefined)
                child.stdin?.end(options.input);
        });
    }
    /**
     * Identity for commits and tags the product writes: the configured one, else github-actions[bot]
     * (a fresh runner has no user.name/user.email, and git refuses to tag or commit without one).
     */
    async identityEnv() {
        const configured = (await this.run(['config', 'user.email'], { allowFailure: true })).stdout.trim();
        if (configured || process.env.GIT_COMMITTER_EMAIL)
            return {};
        const name = 'github-actions[bot]';
        const email = '41898282+github-actions[bot]@users.noreply.github.com';
        return { GIT_AUTHOR_NAME: name, GIT_AUTHOR_EMAIL: email, GIT_COMMITTER_NAME: name, GIT_COMMITTER_EMAIL: email };
    }
    /** The repository's top-level folder; a UserError when cwd is not inside a git repository. */
    async root() {
        const r = await this.run(['rev-parse', '--show-toplevel'], { allowFailure: true });
        if (r.code !== 0)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${this.cwd} is not inside a git repository`, { hint: 'run `git init` first' });
        return r.stdout.trim();
    }
    /** The commit sha a revision resolves to, or undefined. */
    async resolve(rev) {
        const r = await this.run(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], { allowFailure: true });
        return r.code === 0 ? r.stdout.trim() : undefined;
    }
    /** True when the work tree has uncommitted changes to tracked or untracked, non-ignored files. */
    async isDirty() {
        return (await this.run(['status', '--porcelain'])).stdout.trim() !== '';
    }
    /** Every tag under the given patterns (e.g. `refs/tags/exp/`), read in one `for-each-ref`. */
    async tags(patterns = ['refs/tags/']) {
        // Fields are separated by NUL-free control characters so messages may hold anything but \x1e/\x1f.
        // Only the tag objects are read here: falling back to the commit's committer for every tag would
        // read every commit too and double the time on large registries, so that is a second pass over
        // the few tags that need it (lightweight tags, tags without a tagger).
        const format = ['%(refname:strip=2)', '%(objecttype)', '%(objectname)', '%(*objectname)', '%(taggername)', '%(taggeremail:trim)', '%(taggerdate:iso-strict)', '%(contents)'].join('%1f');
        const r = await this.run(['for-each-ref', `--format=${format}%1e`, ...patterns]);
        const out = [];
        for (const record of r.stdout.split('\x1e')) {
            const line = record.replace(/^\n/, '');
            if (!line)
                continue;
            const [name = '', type, object = '', peeled, tagger = '', email = '', date = '', message = ''] = line.split('\x1f');
            const annotated = type === 'tag';
            out.push({ name, commit: annotated ? (peeled ?? '') : object, object, annotated, tagger, taggerEmail: email, date, message: annotated ? message : '' });
        }
        const committers = await this.committersOf(out.filter((t) => !t.tagger).map((t) => t.name));
        for (const t of out) {
            const c = t.tagger ? undefined : committers.get(t.name);
            if (c)
                Object.assign(t, { tagger: c.name, taggerEmail: c.email, date: c.date });
        }
        return out;
    }
    /** Committer name, e-mail and date of the commits the named tags point at. */
    async committersOf(names) {
        const out = new Map();
        const format = '%(refname:strip=2)%1f%(if)%(*objectname)%(then)%(*committername)%1f%(*committeremail:trim)%1f%(*committerdate:iso-strict)%(else)%(committername)%1f%(committeremail:trim)%1f%(committerdate:iso-strict)%(end)%1e';
        for (let i = 0; i < names.length; i += 500) {
            const refs = names.slice(i, i + 500).map((n) => `refs/tags/${n}`);
            const r = await this.run(['for-each-ref', `--format=${format}`, ...refs]);
            for (const record of r.stdout.split('\x1e')) {
                const [name = '', committer = '', email = '', date = ''] = record.replace(/^\n/, '').split('\x1f');
                if (name)
                    out.set(name, { name: committer, email, date });
            }
        }
        return out;
    }
    /**
     * Creates an annotated tag on `target`. Idempotent: when the tag already exists on the same commit
     * with the same message it returns 'exists'; on another commit or with another message it throws.
     */
    async createAnnotatedTag(name, target, message) {
        const commit = await this.resolve(target);
        if (!commit)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`cannot tag '${target}': no such commit`);
        const check = await this.run(['check-ref-format', `refs/tags/${name}`], { allowFailure: true });
        if (check.code !== 0)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`'${name}' is not a valid git tag name`, { hint: 'see `git help check-ref-format`' });
        const existing = (await this.tags([`refs/tags/${name}`])).find((t) => t.name === name);
        if (existing) {
            if (existing.commit === commit && existing.message.trimEnd() === message.trimEnd())
                return 'exists';
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`tag '${name}' already exists on ${existing.commit.slice(0, 12)} with other content`);
        }
        await this.run(['tag', '--annotate', '--cleanup=verbatim', '--file=-', name, commit], { input: message, env: await this.identityEnv() });
        return 'created';
    }
    /**
     * Pushes refs in one atomic push: either every ref is updated on the remote or none is.
     * Returns false when the remote refused (e.g. a tag of that name was pushed first by another run).
     */
    async pushAtomic(remote, refspecs) {
        const r = await this.run(['push', '--atomic', '--porcelain', remote, ...refspecs], { allowFailure: true });
        if (r.code === 0)
            return true;
        if (/\[rejected\]|\[remote rejected\]|already exists|atomic push failed/.test(r.stdout + r.stderr))
            return false;
        throw new GitError(['push', '--atomic', remote, ...refspecs], r);
    }
    /** Refs on a remote (`git ls-remote`), as a map of ref name to sha; peeled tags appear as `name^{}`. */
    async lsRemote(remote, patterns = []) {
        const r = await this.run(['ls-remote', remote, ...patterns]);
        const refs = new Map();
        for (const line of r.stdout.split('\n')) {
            const [sha, ref] = line.split('\t');
            if (sha && ref)
                refs.set(ref, sha);
        }
        return refs;
    }
    /** Fetches tags matching the refspecs from a remote (used to read the remote registry). */
    async fetchTags(remote, refspecs = ['+refs/tags/*:refs/tags/*']) {
        await this.run(['fetch', '--quiet', '--no-tags', remote, ...refspecs]);
    }
    /** Paths changed between two revisions (renames followed), relative to the repository root. */
    async changedFiles(base, head) {
        const r = await this.run(['diff', '--name-only', '-z', '--no-renames', `${base}...${head}`]);
        return r.stdout.split('\0').filter(Boolean);
    }
    /** The content of a file at a revision, or undefined when it does not exist there. */
    async show(rev, path) {
        return new Promise((resolve) => {
            (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('git', ['show', `${rev}:${path}`], { cwd: this.cwd, encoding: 'buffer', maxBuffer: 1024 * 1024 * 1024 }, (error, stdout) => resolve(error ? undefined : stdout));
        });
    }
}


/***/ }),

/***/ 7593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $B: () => (/* binding */ need),
/* harmony export */   EK: () => (/* binding */ positionalArgs),
/* harmony export */   Y_: () => (/* binding */ printReport),
/* harmony export */   gx: () => (/* binding */ str),
/* harmony export */   lc: () => (/* binding */ bool),
/* harmony export */   p_: () => (/* binding */ list),
/* harmony export */   qg: () => (/* binding */ parse)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _core_finding_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5278);
/* harmony import */ var _core_report_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4185);
/** Argument parsing and report printing shared by every `mlops` command. */




/** Parses strictly (every command also takes `--json`); a bad option is a usage error (exit 2) naming the usage line. */
function parse(args, options, usage) {
    try {
        const { values, positionals } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args, options: { json: { type: 'boolean' }, ...options }, allowPositionals: true, strict: true });
        return { values: values, positionals };
    }
    catch (error) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(error.message.replace(/\. To specify.*$/s, ''), usage.split('\n')[0]);
    }
}
const str = (v, key) => (typeof v[key] === 'string' ? v[key] : undefined);
const list = (v, key) => (Array.isArray(v[key]) ? v[key].map(String) : []);
const bool = (v, key) => v[key] === true;
/** A required option, else a usage error. */
function need(v, key, usage) {
    const value = str(v, key);
    if (!value)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`--${key} is required`, usage.split('\n')[0]);
    return value;
}
/** Exactly `count` positional arguments, else a usage error. */
function positionalArgs(positionals, count, usage) {
    if (positionals.length !== count)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`expected ${count} argument${count === 1 ? '' : 's'}, got ${positionals.length}`, usage.split('\n')[0]);
    return positionals;
}
/** Prints the report (text, or JSON with optional extra data) and returns the exit code: 1 when it has error findings. */
function printReport(ctx, report, json, extra) {
    if (json) {
        const base = JSON.parse((0,_core_report_index_js__WEBPACK_IMPORTED_MODULE_3__/* .renderJson */ .hF)(report));
        ctx.stdout(`${JSON.stringify(extra === undefined ? base : { ...base, data: extra }, null, 2)}\n`);
    }
    else {
        ctx.stdout((0,_core_report_index_js__WEBPACK_IMPORTED_MODULE_3__/* .renderText */ .S5)(report));
    }
    return (0,_core_finding_js__WEBPACK_IMPORTED_MODULE_2__/* .shouldFail */ .W9)(report.findings, 'error') ? 1 : 0;
}


/***/ }),

/***/ 7184:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  experimentCommands: () => (/* binding */ experimentCommands)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/cards/frontmatter.ts
var frontmatter = __webpack_require__(9125);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/experiments/message.ts
var experiments_message = __webpack_require__(5819);
;// CONCATENATED MODULE: ./src/core/experiments/naming.ts
/** Experiment names (SPEC §6): `{project}-{type}-{YYYYMMDD}`, then `-2`, `-3` … the same UTC day; tag `exp/{name}`. */

/** The tag namespace of experiments. */
const TAG_PREFIX = 'exp/';
/** The tag of an experiment name. */
function tagOf(name) {
    return `${TAG_PREFIX}${name}`;
}
/** The experiment name of a tag (or the name itself when it has no `exp/` prefix). */
function nameOf(tagOrName) {
    const bare = tagOrName.replace(/^refs\/tags\//, '');
    return bare.startsWith(TAG_PREFIX) ? bare.slice(TAG_PREFIX.length) : bare;
}
/** `YYYYMMDD` of a date in UTC (a run just after midnight in Tokyo still counts for the UTC day). */
function utcDay(date) {
    return date.toISOString().slice(0, 10).replaceAll('-', '');
}
/**
 * Why a project or type word cannot be part of a tag name, or undefined when it can. Mirrors
 * `git check-ref-format` (no control characters, space, `~^:?*[\`, `..`, `@{`, leading `.` or `-`,
 * trailing `.` or `.lock`) and also refuses `/`, which would nest the name.
 */
function refusedNamePart(part) {
    if (part === '')
        return 'it is empty';
    const bad = /[\x00-\x20\x7f~^:?*[\\/]/.exec(part);
    if (bad)
        return `git refuses the character ${JSON.stringify(bad[0])} in tag names`;
    if (part.includes('..'))
        return "git refuses '..' in tag names";
    if (part.includes('@{'))
        return "git refuses '@{' in tag names";
    if (part.startsWith('.') || part.startsWith('-'))
        return `a tag name part cannot start with '${part[0]}'`;
    if (part.endsWith('.') || part.endsWith('.lock'))
        return "a tag name cannot end with '.' or '.lock'";
    return undefined;
}
/** Throws a UserError naming the option when a project or type cannot be used in a tag name. */
function assertNamePart(what, part) {
    const why = refusedNamePart(part);
    if (why) {
        throw new errors/* UserError */.yo(`the experiment ${what} '${part}' cannot be used in a tag name: ${why}`, {
            hint: what === 'project'
                ? 'set `project:` in .github/mlops.yml to letters, digits, `-`, `_` or `.`'
                : 'use letters, digits, `-`, `_` or `.` in --type',
        });
    }
}
/** The base name of the day, before any `-N` suffix. */
function baseName(project, type, date) {
    return `${project}-${type}-${utcDay(date)}`;
}
/** The n-th name of the day: the first has no suffix, later ones `-2`, `-3` …. */
function nthName(base, n) {
    return n <= 1 ? base : `${base}-${n}`;
}
/** The number of a name of the day (1 for the base, N for `-N`), or undefined when it is not one. */
function numberOf(base, name) {
    if (name === base)
        return 1;
    if (!name.startsWith(`${base}-`))
        return undefined;
    const rest = name.slice(base.length + 1);
    return /^[1-9]\d*$/.test(rest) && Number(rest) >= 2 ? Number(rest) : undefined;
}
/** The first free name of the day after every name already taken (locally or on the remote). */
function nextName(base, taken) {
    let highest = 0;
    for (const name of taken)
        highest = Math.max(highest, numberOf(base, name) ?? 0);
    return nthName(base, highest + 1);
}

;// CONCATENATED MODULE: ./src/core/experiments/names.ts
/**
 * Experiments known from their tag names alone: `{project}-{type}-{YYYYMMDD}[-N]` says the type, the
 * UTC day and the order within the day, so listing needs no tag object read (`for-each-ref` reads
 * names from packed-refs at the speed of a plain `git for-each-ref`).
 */


const GENERIC = /^(.+)-([^-]+)-(\d{8})(?:-([1-9]\d*))?$/;
/**
 * Reads a name; with the project known the type may contain `-` (`churn-train-eval-20260304`),
 * otherwise the type is the word before the day.
 */
function refOf(name, project) {
    const tag = `${TAG_PREFIX}${name}`;
    if (project && name.startsWith(`${project}-`)) {
        const m = /^(.+)-(\d{8})(?:-([1-9]\d*))?$/.exec(name.slice(project.length + 1));
        if (m)
            return { name, tag, type: m[1], day: m[2], number: m[3] ? Number(m[3]) : 1 };
    }
    const m = GENERIC.exec(name);
    if (!m)
        return { name, tag, number: 1 };
    return { name, tag, type: m[2], day: m[3], number: m[4] ? Number(m[4]) : 1 };
}
/** Newest first: by day, then by number within the day (names without a day last). */
function newestRefFirst(a, b) {
    // Plain comparisons, not localeCompare: this sorts 10,000 names on every `list`.
    const day = cmp(b.day ?? '', a.day ?? '');
    return day || b.number - a.number || cmp(a.name, b.name);
}
function cmp(x, y) {
    return x < y ? -1 : x > y ? 1 : 0;
}
/** `--since` as a UTC day `YYYYMMDD` (an instant counts from its day). */
function sinceDay(text) {
    const value = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00Z` : text);
    if (Number.isNaN(value))
        throw new errors/* UserError */.yo(`--since '${text}' is not a date`, {
            hint: 'use YYYY-MM-DD (UTC) or an ISO 8601 instant',
        });
    return new Date(value).toISOString().slice(0, 10).replaceAll('-', '');
}
/** Filters by type and by day (`--since`), newest first. */
function selectRefs(refs, filter = {}) {
    const since = filter.since ? sinceDay(filter.since) : undefined;
    return refs
        .filter((r) => (!filter.type || r.type === filter.type) && (!since || (r.day !== undefined && r.day >= since)))
        .sort(newestRefFirst);
}

;// CONCATENATED MODULE: ./src/core/experiments/catalog.ts


/** An entry from the fields `for-each-ref` gives, the type read from the summary line. */
function entryOf(fields) {
    return { ...fields, type: (0,experiments_message/* typeFromSummary */.$s)(fields.summary) };
}
/** Filters by type and by UTC day (`--since`, as selectRefs), newest first. */
function selectEntries(entries, filter = {}) {
    const since = filter.since ? sinceDay(filter.since) : undefined;
    const day = (e) => new Date(e.date).toISOString().slice(0, 10).replaceAll('-', '');
    return entries
        .filter((e) => (!filter.type || e.type === filter.type) && (!since || day(e) >= since))
        .sort(newestFirst);
}
/** Newest first by tag date, then by name (so `-10` comes after `-9` on the same second). */
function newestFirst(a, b) {
    return Date.parse(b.date) - Date.parse(a.date) || b.name.localeCompare(a.name, 'en', { numeric: true });
}
const parsed = new WeakMap();
/** The parsed message of an entry, parsed once and only when asked (list never needs it). */
function recordOf(entry) {
    let result = parsed.get(entry);
    if (!result) {
        result = (0,experiments_message/* parseMessage */.vY)(entry.message ?? entry.summary);
        parsed.set(entry, result);
    }
    return result;
}

// EXTERNAL MODULE: ./src/core/experiments/compare.ts
var compare = __webpack_require__(5027);
// EXTERNAL MODULE: ./src/core/experiments/values.ts
var values = __webpack_require__(1688);
;// CONCATENATED MODULE: ./src/core/experiments/report.ts


/** The table of `experiment list`: name, type and UTC day, read from the names alone. */
function refsReport(refs) {
    const day = (d) => (d ? `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6)}` : '?');
    return {
        purpose: 'experiments',
        title: 'Experiments',
        summary: `${refs.length} experiment${refs.length === 1 ? '' : 's'}`,
        findings: [],
        blocks: [
            {
                kind: 'table',
                table: {
                    headers: ['name', 'type', 'day'],
                    rows: refs.map((r) => [r.name, r.type ?? '?', day(r.day)]),
                },
            },
        ],
    };
}
/** The table of `experiment list --long`: with tag date, commit and summary (reads every tag object). */
function listReport(entries) {
    const rows = entries.map((e) => [
        e.name,
        e.type ?? '?',
        e.date,
        e.commit.slice(0, 12),
        e.summary.replace(/^\S+: /, ''),
    ]);
    return {
        purpose: 'experiments',
        title: 'Experiments',
        summary: `${entries.length} experiment${entries.length === 1 ? '' : 's'}`,
        findings: [],
        blocks: [{ kind: 'table', table: { headers: ['name', 'type', 'date', 'commit', 'summary'], rows } }],
    };
}
const kv = (map) => ({
    headers: ['name', 'value'],
    rows: Object.entries(map).map(([k, v]) => [k, (0,compare/* formatValue */.Fl)(v)]),
});
/** The report of `experiment show`: every part of the record as tables. */
function showReport(record, findings = []) {
    const blocks = [{ kind: 'markdown', text: codeLine(record) }];
    if ('truncated' in record) {
        blocks.push({
            kind: 'markdown',
            text: `The tag holds a digest only; the full record is the release asset \`${record.record.asset}\` (sha256 ${record.record.sha256}).`,
        });
        if (record.metrics)
            blocks.push({ kind: 'heading', text: 'Metrics', level: 3 }, { kind: 'table', table: kv(record.metrics) });
        return {
            purpose: 'experiments',
            title: `Experiment ${record.name}`,
            summary: `${record.type} experiment`,
            findings,
            blocks,
        };
    }
    blocks.push({ kind: 'heading', text: 'Metrics', level: 3 }, { kind: 'table', table: kv(record.metrics) });
    blocks.push({ kind: 'heading', text: 'Params', level: 3 }, { kind: 'table', table: kv(record.params) });
    const files = (title, rows) => rows.length
        ? [
            { kind: 'heading', text: title, level: 3 },
            { kind: 'table', table: { headers: ['name', 'path', 'sha256', 'bytes'], rows } },
        ]
        : [];
    blocks.push(...files('Datasets', record.datasets.flatMap((d) => d.files.map((f) => [
        `${d.name}${d.version ? `@${d.version}` : ''}`,
        f.path,
        f.sha256 ?? (f.md5 ? `md5:${f.md5}` : '-'),
        f.bytes === undefined ? '-' : String(f.bytes),
    ]))));
    blocks.push(...files('Artifacts', record.artifacts.map((a) => ['', a.uri ?? a.path, a.sha256, String(a.bytes)])));
    const env = record.environment;
    const runtimes = Object.entries(env.runtimes)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ');
    blocks.push({
        kind: 'details',
        summary: 'Environment',
        blocks: [
            {
                kind: 'markdown',
                text: `${env.os.platform} ${env.os.release} (${env.os.arch}); ${runtimes}; runner: ${env.runner.kind}${env.runner.name ? ` ${env.runner.name}` : ''}; seeds: ${record.seeds.join(', ') || 'none'}`,
            },
            {
                kind: 'table',
                table: {
                    headers: ['lockfile', 'sha256', 'bytes'],
                    rows: env.lockfiles.map((l) => [l.path, l.sha256, String(l.bytes)]),
                },
            },
        ],
    });
    return {
        purpose: 'experiments',
        title: `Experiment ${record.name}`,
        summary: `${record.type} experiment by ${record.author.name} at ${record.created}`,
        findings,
        blocks,
    };
}
function codeLine(record) {
    const dirty = record.code.dirty ? ` (dirty, diff sha256 ${record.code.diffSha256 ?? '?'})` : '';
    return `Commit \`${record.code.commit.slice(0, 12)}\`${dirty}, created ${record.created}.`;
}
const SIGN = {
    better: '✅ better',
    worse: '❌ worse',
    same: 'same',
    changed: 'changed',
    added: 'added',
    removed: 'removed',
};
function diffTable(rows, baseline, candidate) {
    return {
        headers: ['name', baseline, candidate, 'change', 'relative', ''],
        align: ['left', 'right', 'right', 'right', 'right', 'left'],
        rows: rows.map((r) => [
            r.name,
            (0,compare/* formatValue */.Fl)(r.baseline),
            (0,compare/* formatValue */.Fl)(r.candidate),
            r.change === undefined ? '-' : `${r.change > 0 ? '+' : ''}${(0,compare/* formatNumber */.ZV)(r.change)}`,
            r.relative === undefined ? '-' : `${r.relative > 0 ? '+' : ''}${(r.relative * 100).toFixed(2)}%`,
            SIGN[r.verdict],
        ]),
    };
}
/** The key metrics: the configured ones present in the candidate, else its first three numeric ones. */
function keyMetrics(candidate, directions, max = 3) {
    const numeric = Object.keys(candidate.metrics).filter((k) => (0,values/* asNumber */.i)(candidate.metrics[k]) !== undefined);
    const configured = numeric.filter((k) => directions[k] !== undefined);
    const known = numeric.filter((k) => (0,compare/* directionOf */.FR)(k, directions) !== undefined);
    return [...new Set([...configured, ...known, ...numeric])].slice(0, max);
}
/** A mermaid xychart of one metric over the history; the table fallback holds the same numbers. */
function historyChart(history, metrics) {
    if (history.length < 2 || metrics.length === 0)
        return undefined;
    const label = (s) => JSON.stringify(s.replaceAll('"', "'"));
    const lines = metrics.map((m) => `  line [${history.map((h) => (0,compare/* formatNumber */.ZV)((0,values/* asNumber */.i)(h.metrics[m]) ?? 0)).join(', ')}]`);
    const mermaid = [
        'xychart-beta',
        `  title ${label(`${metrics.join(', ')} over the last ${history.length} experiments`)}`,
        `  x-axis [${history.map((h, i) => label(String(i + 1))).join(', ')}]`,
        ...lines,
    ].join('\n');
    const fallback = {
        headers: ['#', 'experiment', ...metrics],
        rows: history.map((h, i) => [String(i + 1), h.name, ...metrics.map((m) => (0,compare/* formatValue */.Fl)(h.metrics[m]))]),
    };
    return { kind: 'chart', mermaid, fallback };
}
/** The report of `experiment compare` and of the compare-experiments action. */
function compareReport(input) {
    const { candidate, baseline, directions } = input;
    const metrics = (0,compare/* diffValues */.In)(baseline.metrics, candidate.metrics, directions);
    const params = (0,compare/* diffValues */.In)(baseline.params, candidate.params).filter((r) => r.verdict !== 'same');
    const worse = metrics.filter((r) => r.verdict === 'worse');
    const better = metrics.filter((r) => r.verdict === 'better');
    const blocks = [
        { kind: 'markdown', text: `\`${candidate.name}\` against ${input.baselineLabel} \`${baseline.name}\`.` },
        { kind: 'heading', text: 'Metrics', level: 3 },
        { kind: 'table', table: diffTable(metrics, baseline.name, candidate.name) },
        { kind: 'heading', text: 'Params', level: 3 },
        params.length
            ? { kind: 'table', table: diffTable(params, baseline.name, candidate.name) }
            : { kind: 'markdown', text: 'No params changed.' },
    ];
    const chart = historyChart(input.history, keyMetrics(candidate, directions));
    if (chart)
        blocks.push({ kind: 'heading', text: 'Key metrics over recent experiments', level: 3 }, chart);
    return {
        purpose: 'experiments',
        title: `Experiment ${candidate.name} vs ${baseline.name}`,
        summary: `${better.length} metric${better.length === 1 ? '' : 's'} better, ${worse.length} worse, ${params.length} param${params.length === 1 ? '' : 's'} changed`,
        findings: worse.map((r) => ({
            rule: 'experiment/metric-regressed',
            severity: 'notice',
            message: `${r.name} is worse than ${baseline.name}: ${(0,compare/* formatValue */.Fl)(r.baseline)} → ${(0,compare/* formatValue */.Fl)(r.candidate)}`,
        })),
        blocks,
    };
}
/** The report of `experiment record`. */
function experimentReport(record, s) {
    const what = s.status === 'created'
        ? `Recorded as tag \`exp/${record.name}\``
        : `Already recorded as tag \`exp/${record.name}\` (nothing new)`;
    const lines = [
        `${what}${s.pushed ? ', pushed' : ''}.`,
        s.truncated
            ? 'The record is over the tag message limit: the tag holds its digest, the release asset `experiment.json` holds it in full.'
            : '',
        s.releaseUrl
            ? `Release: ${s.releaseUrl}${s.status === 'exists' && s.repaired ? ' (completed now)' : ''}`
            : '',
    ].filter(Boolean);
    return {
        purpose: 'experiments',
        title: `Experiment ${record.name}`,
        summary: `${record.type} experiment, ${Object.keys(record.metrics).length} metrics, ${record.artifacts.length} artifacts`,
        findings: s.findings,
        blocks: [
            { kind: 'markdown', text: lines.join('\n') },
            { kind: 'heading', text: 'Metrics', level: 3 },
            { kind: 'table', table: kv(record.metrics) },
        ],
    };
}

// EXTERNAL MODULE: ./src/core/yaml/index.ts
var yaml = __webpack_require__(1971);
// EXTERNAL MODULE: ./src/adapters/registry/tags.ts
var tags = __webpack_require__(5445);
;// CONCATENATED MODULE: ./src/adapters/experiments/store.ts



const FIELDS = [
    '%(refname)',
    '%(*objectname)',
    '%(objectname)',
    '%(taggerdate:iso-strict)',
    '%(taggername)',
    '%(contents:subject)',
];
/** Experiment tags in one `for-each-ref`; lightweight tags under `exp/` are skipped (they hold no record). */
async function listEntries(git, options = {}) {
    const fields = options.messages ? [...FIELDS, '%(contents)'] : FIELDS;
    const args = ['for-each-ref', `--format=${fields.join('%1f')}%1e`];
    if (options.merged)
        args.push(`--merged=${options.merged}`);
    if (options.noMerged)
        args.push(`--no-merged=${options.noMerged}`);
    const patterns = options.patterns ?? [`refs/tags/${TAG_PREFIX}`];
    const r = await git.run([...args, ...patterns]);
    const out = [];
    for (const chunk of r.stdout.split('\x1e')) {
        const line = chunk.charCodeAt(0) === 10 ? chunk.slice(1) : chunk;
        if (!line)
            continue;
        const [ref = '', commit = '', , date = '', tagger = '', summary = '', message] = line.split('\x1f');
        if (!commit || !date)
            continue;
        const tag = ref.slice('refs/tags/'.length);
        out.push(entryOf({
            name: nameOf(tag),
            tag,
            commit,
            date,
            tagger,
            summary,
            ...(message !== undefined ? { message } : {}),
        }));
    }
    return out;
}
/** Experiment tags by name only, in one `for-each-ref` that reads no tag object (see names.ts). */
async function listRefs(git, options = {}) {
    const args = ['for-each-ref', '--format=%(objecttype) %(refname)'];
    if (options.merged)
        args.push(`--merged=${options.merged}`);
    if (options.noMerged)
        args.push(`--no-merged=${options.noMerged}`);
    const r = await git.run([...args, ...(options.patterns ?? [`refs/tags/${TAG_PREFIX}`])]);
    const out = [];
    const prefix = `tag refs/tags/${TAG_PREFIX}`;
    // Lightweight tags (`commit …`) hold no record and are skipped.
    for (const line of r.stdout.split('\n'))
        if (line.startsWith(prefix))
            out.push(refOf(line.slice(prefix.length), options.project));
    return out;
}
/** The entries of the named experiments (with messages), in one `for-each-ref`. */
async function readEntries(git, names) {
    if (names.length === 0)
        return new Map();
    const entries = await listEntries(git, {
        messages: true,
        patterns: names.map((n) => `refs/tags/${TAG_PREFIX}${nameOf(n)}`),
    });
    return new Map(entries.filter((e) => names.map(nameOf).includes(e.name)).map((e) => [e.name, e]));
}
/** The for-each-ref pattern of every experiment of a day's base name (`base`, `base-2`, …). */
function dayPatterns(base) {
    return [`refs/tags/${TAG_PREFIX}${base}`, `refs/tags/${TAG_PREFIX}${base}-*`];
}
/** How many of the newest candidates are checked first: `--merged` peels every tag it is given. */
const FIRST_CHECK = 64;
/**
 * The newest experiment (of a type, when given) whose commit is reachable from `rev`, an existing
 * revision. With `known` (all experiment refs, already listed) the newest candidates are checked
 * first, so the usual case peels 64 tags instead of every one.
 */
async function newestMerged(git, rev, filter = {}) {
    const wanted = (r) => !filter.exclude?.includes(r.name) && (!filter.type || r.type === filter.type);
    const newest = (refs) => refs.filter(wanted).sort(newestRefFirst);
    if (filter.known) {
        const first = newest(filter.known).slice(0, FIRST_CHECK);
        if (first.length === 0)
            return undefined;
        const patterns = first.map((r) => `refs/tags/${r.tag}`);
        const found = newest(await listRefs(git, { merged: rev, project: filter.project, patterns }))[0];
        if (found || first.length < FIRST_CHECK)
            return found?.name;
    }
    return newest(await listRefs(git, { merged: rev, project: filter.project }))[0]?.name;
}

;// CONCATENATED MODULE: ./src/adapters/experiments/compare.ts
/** `experiment compare` and `show`: reads the records needed (few `for-each-ref` calls) and builds reports. */










/** The record in an entry's tag, or a UserError saying why it cannot be read. */
function recordIn(entry) {
    const parsed = recordOf(entry);
    if (!parsed.record)
        throw new errors/* UserError */.yo(`experiment ${entry.name}: ${parsed.problem}`, {
            hint: `inspect it with \`git show ${entry.tag}\``,
        });
    return parsed.record;
}
/** `experiment show NAME`. */
async function showExperiment(git, name) {
    return showReport(await readRecord(git, name));
}
/** The record (or stub) in an experiment's tag; a UserError when there is none. */
async function readRecord(git, name) {
    const entry = (await readEntries(git, [name])).get(nameOf(name));
    if (!entry)
        throw notFound(name);
    return recordIn(entry);
}
function notFound(name) {
    return new errors/* UserError */.yo(`no experiment named '${nameOf(name)}'`, {
        hint: 'list them with `mlops experiment list` (add --remote to read the remote)',
    });
}
/** `experiment compare A [B]`: the report, with the baseline resolved. */
async function compareExperiments(git, options) {
    const candidateName = nameOf(options.candidate);
    const wanted = options.baseline ?? 'main';
    // Names alone give type, day and order: one cheap for-each-ref, then the few records needed.
    const refs = await listRefs(git, { project: options.project });
    const candidate = refs.find((r) => r.name === candidateName);
    if (!candidate)
        throw notFound(candidateName);
    const baselineName = await resolveBaseline(git, wanted, candidate, refs, options);
    const history = refs
        .filter((r) => r.type === candidate.type && newestRefFirst(r, candidate) >= 0)
        .sort(newestRefFirst)
        .slice(0, options.last ?? 10)
        .reverse();
    const names = [...new Set([candidateName, baselineName, ...history.map((h) => h.name)])];
    const entries = await readEntries(git, names);
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
    return compareReport({
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
    return nameOf(wanted);
}
/** The newest experiment of the candidate's type on the base branch (the remote's copy first). */
async function newestOnBase(git, candidate, known, options) {
    const branch = options.baseBranch || 'main';
    const remote = `refs/remotes/origin/${branch}`;
    const rev = (await git.resolve(remote)) ? remote : branch;
    const filter = { exclude: [candidate.name], type: candidate.type, project: options.project, known };
    const found = rev === remote || (await git.resolve(branch)) ? await newestMerged(git, rev, filter) : undefined;
    if (found)
        return found;
    throw new errors/* UserError */.yo(`no experiment is recorded on the base branch '${branch}' yet`, {
        hint: 'record one on the base branch, or compare with a named experiment: `mlops experiment compare A B`',
    });
}
/**
 * The experiment behind the model now in a stage: the `experiment:` its model card declares at the
 * version's commit (SPEC §4), else the newest experiment recorded on that commit's history.
 */
async function behindStage(git, stage, options) {
    const state = await (0,tags/* readRegistry */._5)(git);
    const models = Object.values(state.artifacts).filter((a) => a.stages[stage] && (!options.model || a.name === options.model));
    if (Object.keys(state.artifacts).length === 0)
        throw new errors/* UserError */.yo('no registry yet: no model version has been registered', {
            hint: 'register a model version first, or compare with `main` or an experiment name',
        });
    if (models.length === 0)
        throw new errors/* UserError */.yo(`no model is in ${stage}${options.model ? ` for ${options.model}` : ''} yet`, {
            hint: 'compare with `main` or an experiment name',
        });
    if (models.length > 1)
        throw new errors/* UserError */.yo(`several models are in ${stage} (${models.map((m) => m.name).join(', ')})`, {
            hint: 'pick one with --model NAME',
        });
    const model = models[0];
    const info = model.stages[stage];
    const declared = await declaredExperiment(git, info.commit, options.models.find((m) => m.name === model.name));
    if (declared)
        return declared;
    const found = await newestMerged(git, info.commit, { project: options.project });
    if (found)
        return found;
    throw new errors/* UserError */.yo(`${model.name}@${info.version} in ${stage} names no experiment, and none is recorded in its history`, {
        hint: 'add `experiment: exp/<name>` to the model card',
    });
}
async function declaredExperiment(git, commit, model) {
    if (!model)
        return undefined;
    for (const card of model.card
        ? [model.card]
        : [external_node_path_default().posix.join(model.path, 'MODEL_CARD.md'), external_node_path_default().posix.join(model.path, 'README.md')]) {
        const bytes = await git.show(commit, card);
        if (!bytes)
            continue;
        const split = (0,frontmatter/* splitFrontMatter */.v)(bytes.toString('utf8').replace(/\r\n?/g, '\n'), card);
        const meta = (0,yaml/* parseYaml */.hN)(split.yaml, card, { expect: 'mapping' }).value;
        if (typeof meta?.experiment === 'string')
            return nameOf(meta.experiment);
    }
    return undefined;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: ./src/adapters/github/client.ts
var client = __webpack_require__(5423);
;// CONCATENATED MODULE: ./src/core/experiments/imports.ts

const isRecord = (v) => !!v && typeof v === 'object' && !Array.isArray(v);
/**
 * The params a `dvc.yaml` names: stage `params:` entries are either keys of `params.yaml` (`train.lr`)
 * or `{file: [keys]}` / `{file: null}` (the whole file), as in DVC's dvc.yaml reference.
 */
function dvcParams(dvcYaml) {
    const uses = new Map();
    const add = (file, keys) => {
        if (keys === undefined || (uses.has(file) && uses.get(file) === undefined))
            uses.set(file, undefined);
        else
            uses.set(file, new Set([...(uses.get(file) ?? []), ...keys]));
    };
    const stages = isRecord(dvcYaml) && isRecord(dvcYaml.stages) ? Object.values(dvcYaml.stages) : [];
    for (const entry of stages.flatMap((s) => (isRecord(s) && Array.isArray(s.params) ? s.params : []))) {
        if (typeof entry === 'string')
            add('params.yaml', [entry]);
        else if (isRecord(entry))
            for (const [file, keys] of Object.entries(entry))
                add(file, Array.isArray(keys) ? keys.map(String) : undefined);
    }
    // Top-level `params:` (DVC 3, e.g. written by DVCLive) lists whole params files.
    const topLevel = isRecord(dvcYaml) && Array.isArray(dvcYaml.params) ? dvcYaml.params : [];
    for (const file of topLevel)
        if (typeof file === 'string')
            add(file, undefined);
    return [...uses].map(([file, keys]) => (keys ? { file, keys: [...keys].sort() } : { file }));
}
/** The metrics files a `dvc.yaml` names: top-level `metrics:` and every stage's `metrics:` outputs. */
function dvcMetricFiles(dvcYaml) {
    if (!isRecord(dvcYaml))
        return [];
    const entries = Array.isArray(dvcYaml.metrics) ? [...dvcYaml.metrics] : [];
    if (isRecord(dvcYaml.stages)) {
        for (const s of Object.values(dvcYaml.stages))
            if (isRecord(s) && Array.isArray(s.metrics))
                entries.push(...s.metrics);
    }
    const files = entries.flatMap((e) => (typeof e === 'string' ? [e] : isRecord(e) ? Object.keys(e) : []));
    return [...new Set(files)];
}
/** The flattened params selected by dotted keys (a key selects itself and everything below it). */
function pickParams(all, keys) {
    if (!keys)
        return all;
    return Object.fromEntries(Object.entries(all).filter(([k]) => keys.some((key) => k === key || k.startsWith(`${key}.`))));
}
/** The data a `.dvc` file tracks (`outs: [{md5, size, path}]`, paths relative to the `.dvc` file). */
function dvcOuts(dvcFile) {
    if (!isRecord(dvcFile) || !Array.isArray(dvcFile.outs))
        return [];
    return dvcFile.outs.filter(isRecord).flatMap((o) => typeof o.path === 'string'
        ? [
            {
                path: o.path,
                ...(typeof o.md5 === 'string' ? { md5: o.md5 } : {}),
                ...(typeof o.size === 'number' ? { bytes: o.size } : {}),
            },
        ]
        : []);
}
/**
 * An MLflow file-store metric file: one `timestamp value step` line per logged value. The value is
 * the one MLflow reports as latest: highest step, then latest timestamp (MLflow's `latest_metrics`).
 */
function mlflowMetric(text) {
    const history = [];
    for (const line of text.split('\n')) {
        const [timestamp, value, step] = line.trim().split(/\s+/);
        if (timestamp === undefined || value === undefined || timestamp === '')
            continue;
        history.push({ step: Number(step ?? 0), value: Number(value), timestamp: Number(timestamp) });
    }
    history.sort((a, b) => a.step - b.step || (a.timestamp ?? 0) - (b.timestamp ?? 0));
    const last = history.at(-1);
    if (!last)
        return undefined;
    return { value: Number.isFinite(last.value) ? last.value : String(last.value), history };
}
/** W&B `config.yaml`: every key holds `{desc, value}` (or `{value}`); `_wandb` and `wandb_version` are W&B's own. */
function wandbConfig(config) {
    if (!isRecord(config))
        return {};
    const out = {};
    for (const [k, v] of Object.entries(config)) {
        if (k === '_wandb' || k === 'wandb_version')
            continue;
        out[k] = isRecord(v) && 'value' in v ? v.value : v;
    }
    return (0,values/* flatten */.Bq)(out);
}
/** W&B `wandb-summary.json`: the final logged values; keys starting with `_` are W&B bookkeeping. */
function wandbSummary(summary) {
    if (!isRecord(summary))
        return {};
    return (0,values/* flatten */.Bq)(Object.fromEntries(Object.entries(summary).filter(([k]) => !k.startsWith('_'))));
}
/** Seeds named in params (`seed`, `random_seed`, `random_state` at any depth), when none were given. */
function seedsFromParams(params) {
    const seeds = Object.entries(params)
        .filter(([k]) => /(^|\.)(seed|random_seed|random_state)$/i.test(k))
        .map(([, v]) => Number(v))
        .filter((v) => Number.isInteger(v));
    return [...new Set(seeds)];
}

// EXTERNAL MODULE: ./src/core/experiments/record.ts
var record = __webpack_require__(8979);
// EXTERNAL MODULE: ./src/adapters/github/releases.ts
var releases = __webpack_require__(3046);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/adapters/fs/hash.ts
var fs_hash = __webpack_require__(8604);
;// CONCATENATED MODULE: ./src/adapters/experiments/code.ts
/** The code version of a run: HEAD, and for a dirty tree (only with --allow-dirty) the digest of its diff. */




/**
 * The commit, branch and dirty state. A dirty tree (other than the run's own outputs) is refused
 * unless allowed: a record must name code that can be checked out again. When allowed, the digest
 * of `git diff --binary HEAD` plus the untracked files says exactly which changes were in the run.
 */
async function codeVersion(git, root, options) {
    const commit = await git.resolve('HEAD');
    if (!commit)
        throw new errors/* UserError */.yo('the repository has no commit yet', { hint: 'commit the training code first' });
    const exclude = options.outputs.map((p) => `:(exclude,literal)${p}`);
    const status = await git.run(['status', '--porcelain', '-z', '--', '.', ...exclude]);
    const changed = status.stdout.split('\0').filter(Boolean);
    const branch = options.env.GITHUB_HEAD_REF ||
        (await git.run(['symbolic-ref', '--short', '-q', 'HEAD'], { allowFailure: true })).stdout.trim() ||
        options.env.GITHUB_REF_NAME ||
        undefined;
    const base = { commit, ...(branch ? { branch } : {}), dirty: false };
    if (options.env.GITHUB_REPOSITORY)
        base.repository = options.env.GITHUB_REPOSITORY;
    if (changed.length === 0)
        return base;
    if (!options.allowDirty) {
        const list = changed
            .slice(0, 5)
            .map((c) => c.slice(3))
            .join(', ');
        throw new errors/* UserError */.yo(`the work tree has uncommitted changes (${list}${changed.length > 5 ? ', …' : ''})`, {
            hint: 'commit them so the experiment names reproducible code, or pass --allow-dirty to record the diff digest',
        });
    }
    return { ...base, dirty: true, diffSha256: await diffDigest(git, root, exclude) };
}
async function diffDigest(git, root, exclude) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    hash.update((await git.run(['diff', '--binary', 'HEAD', '--', '.', ...exclude])).stdout);
    const untracked = (await git.run(['ls-files', '-z', '--others', '--exclude-standard', '--', '.', ...exclude])).stdout
        .split('\0')
        .filter(Boolean)
        .sort();
    for (const file of untracked)
        hash.update(`\0${file}\0${(await (0,fs_hash/* sha256File */.Q)(external_node_path_default().join(root, file))).sha256}`);
    return hash.digest('hex');
}

;// CONCATENATED MODULE: ./src/adapters/experiments/files.ts
/** Files named on the command line: resolved inside the repository only, read, parsed and hashed. */





/**
 * Resolves `given` (relative to `cwd`) and refuses anything that is missing or lies outside the
 * repository, also through a symbolic link: a record only vouches for files of its own repository.
 */
async function insideRepo(root, cwd, given, what) {
    const absolute = external_node_path_default().resolve(cwd, given);
    let real;
    try {
        real = await (0,promises_.realpath)(absolute);
    }
    catch {
        throw new errors/* UserError */.yo(`${what} '${given}' does not exist`, {
            file: given,
            hint: 'check the path; it is read relative to the current folder',
        });
    }
    const realRoot = await (0,promises_.realpath)(root);
    const relative = external_node_path_default().relative(realRoot, real);
    if (relative === '' && what !== 'folder')
        throw new errors/* UserError */.yo(`${what} '${given}' is the repository itself`, { file: given });
    if (relative.startsWith('..') || external_node_path_default().isAbsolute(relative)) {
        throw new errors/* UserError */.yo(`${what} '${given}' is outside the repository`, {
            file: given,
            hint: `only files under ${root} can be recorded`,
        });
    }
    return { absolute: real, relative: relative.split((external_node_path_default()).sep).join('/') };
}
/** Reads and flattens a params or metrics file (YAML or JSON) inside the repository. */
async function readValuesFile(root, cwd, given, what) {
    const file = await insideRepo(root, cwd, given, `${what} file`);
    let text;
    try {
        text = await (0,promises_.readFile)(file.absolute, 'utf8');
    }
    catch (error) {
        throw new errors/* UserError */.yo(`cannot read ${what} file '${given}': ${error.code ?? String(error)}`, { file: file.relative });
    }
    return (0,values/* parseValues */.Qc)(text, file.relative);
}
/**
 * SHA-256 and size of each artifact (a folder stands for every file below it), streamed. A file
 * larger than `maxBytes` is refused before it is read, unless `store` names where it lives: then it
 * is recorded with `uri: store/path` (and still hashed, so the record vouches for its content).
 */
async function hashArtifacts(root, cwd, given, limit = { maxBytes: Number.POSITIVE_INFINITY }) {
    const files = [];
    for (const item of given)
        files.push(...(await filesUnder(await insideRepo(root, cwd, item, 'artifact'))));
    const out = [];
    const seen = new Set();
    for (const f of files) {
        if (seen.has(f.relative))
            continue;
        seen.add(f.relative);
        const size = (await (0,promises_.stat)(f.absolute)).size;
        if (size > limit.maxBytes && !limit.store) {
            throw new errors/* UserError */.yo(`artifact '${f.relative}' is ${size} bytes; GitHub release assets must be under 2 GiB`, {
                file: f.relative,
                hint: 'upload it to your storage and pass --artifact-store URI: it is then recorded by URI and checksum, not uploaded',
            });
        }
        const uri = size > limit.maxBytes && limit.store ? { uri: `${limit.store.replace(/\/+$/, '')}/${f.relative}` } : {};
        out.push({ path: f.relative, ...(await (0,fs_hash/* sha256File */.Q)(f.absolute)), ...uri });
    }
    return out;
}
async function filesUnder(file) {
    if (!(await (0,promises_.stat)(file.absolute)).isDirectory())
        return [file];
    const out = [];
    for (const e of (await (0,promises_.readdir)(file.absolute, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
        if (e.name === '.git')
            continue;
        const child = { absolute: external_node_path_default().join(file.absolute, e.name), relative: `${file.relative}/${e.name}` };
        if (e.isDirectory())
            out.push(...(await filesUnder(child)));
        else if (e.isFile())
            out.push(child);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/adapters/experiments/datasets.ts
/**
 * `--dataset CARD|NAME@VERSION`: the dataset versions a run used, with the checksums of their files
 * taken from the data card's `files` (SPEC §4); a file the card lists without a checksum is hashed.
 */







/** Resolves every `--dataset` value; a card that cannot be found or read is a UserError. */
async function resolveDatasets(git, root, cwd, specs) {
    const datasets = [];
    const findings = [];
    for (const spec of specs) {
        const byName = /^([^@/\\]+)@([^@/\\]+)$/.exec(spec);
        const asPath = await exists(external_node_path_default().resolve(cwd, spec));
        if (byName && !asPath)
            datasets.push(await byNameAndVersion(git, root, byName[1], byName[2], findings));
        else
            datasets.push(await fromCard(root, await cardFile(root, cwd, spec)));
    }
    return { datasets, findings };
}
async function exists(file) {
    return (0,promises_.stat)(file).then(() => true, () => false);
}
async function cardFile(root, cwd, spec) {
    const given = await insideRepo(root, cwd, spec, 'data card');
    if (!(await (0,promises_.stat)(given.absolute)).isDirectory())
        return given.relative;
    for (const name of ['DATA_CARD.md', 'README.md']) {
        if (await exists(external_node_path_default().join(given.absolute, name)))
            return `${given.relative}/${name}`;
    }
    throw new errors/* UserError */.yo(`no DATA_CARD.md or README.md in '${spec}'`, {
        file: spec,
        hint: 'point --dataset at a data card or NAME@VERSION',
    });
}
async function readCard(root, relative) {
    const text = (await (0,promises_.readFile)(external_node_path_default().join(root, relative), 'utf8')).replace(/\r\n?/g, '\n');
    const split = (0,frontmatter/* splitFrontMatter */.v)(text, relative);
    if (!split.found)
        throw new errors/* UserError */.yo(`${relative} has no YAML front matter`, {
            file: relative,
            line: 1,
            hint: 'a data card starts with `---`, its metadata, and `---`',
        });
    const meta = (0,values/* yamlOrThrow */.vV)(split.yaml, relative, {
        lineOffset: split.yamlLine - 1,
        expect: 'mapping',
    });
    const text_ = (v) => (typeof v === 'string' || typeof v === 'number' ? String(v) : undefined);
    return {
        name: text_(meta.name),
        version: text_(meta.version),
        files: Array.isArray(meta.files) ? meta.files : [],
    };
}
async function fromCard(root, relative) {
    const card = await readCard(root, relative);
    const folder = external_node_path_default().posix.dirname(relative);
    const files = [];
    for (const f of card.files) {
        if (typeof f?.path !== 'string')
            continue;
        const file = external_node_path_default().posix.normalize(external_node_path_default().posix.join(folder === '.' ? '' : folder, f.path));
        if (file.startsWith('..'))
            throw new errors/* UserError */.yo(`data card file '${f.path}' is outside the repository`, { file: relative });
        if (typeof f.sha256 === 'string')
            files.push({
                path: file,
                sha256: f.sha256,
                ...(typeof f.bytes === 'number' ? { bytes: f.bytes } : {}),
            });
        else if (await exists(external_node_path_default().join(root, file)))
            files.push({ path: file, ...(await (0,fs_hash/* sha256File */.Q)(external_node_path_default().join(root, file))) });
        else
            files.push({ path: file });
    }
    return {
        name: card.name ?? external_node_path_default().posix.basename(folder),
        ...(card.version ? { version: card.version } : {}),
        card: relative,
        files,
    };
}
async function byNameAndVersion(git, root, name, version, findings) {
    const listed = await git.run([
        'ls-files',
        '-z',
        '--cached',
        '--others',
        '--exclude-standard',
        '--',
        ':(glob)**/DATA_CARD.md',
        ':(glob)**/README.md',
    ]);
    for (const relative of listed.stdout.split('\0').filter(Boolean)) {
        const card = await readCard(root, relative).catch(() => undefined);
        if (card?.name !== name)
            continue;
        const ref = await fromCard(root, relative);
        if (card.version === version)
            return ref;
        findings.push({
            rule: 'experiment/dataset-version',
            severity: 'warning',
            message: `dataset ${name}@${version} was asked for, but its card declares version ${card.version ?? '(none)'}; checksums were not recorded`,
            file: relative,
            hint: `record the dataset from the commit whose card declares ${version}, or pass --dataset ${relative}`,
        });
        return { name, version, card: relative, files: [] };
    }
    throw new errors/* UserError */.yo(`no data card declares dataset '${name}'`, {
        hint: 'add a DATA_CARD.md with `name:` in its front matter, or pass the card path to --dataset',
    });
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/core/experiments/pinning.ts
/**
 * A warning for each requirement in a pip requirements file that is not pinned with `==` or `===`
 * (pip's exact-version operators) or to a direct reference (`name @ url`). Options (`-r`, `-c`,
 * `--hash`, `-e`), comments and blank lines are skipped; `\` continues a line as in pip.
 */
function unpinnedRequirements(text, file) {
    const findings = [];
    const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        const start = i;
        let line = lines[i] ?? '';
        while (line.endsWith('\\') && i + 1 < lines.length)
            line = line.slice(0, -1) + (lines[++i] ?? '');
        const requirement = line.replace(/(^|\s)#.*$/, '').trim();
        if (!requirement || requirement.startsWith('-'))
            continue;
        const spec = requirement
            .split(';')[0]
            .replace(/\s--hash=\S+/g, '')
            .trim();
        if (/^[A-Za-z0-9][A-Za-z0-9._-]*(\[[^\]]*\])?\s*@\s*\S+/.test(spec))
            continue;
        if (/===?\s*[^\s,*]+$/.test(spec) && !/[<>!~]=?|,/.test(spec.replace(/===?/, '')))
            continue;
        const name = /^[A-Za-z0-9][A-Za-z0-9._-]*/.exec(spec)?.[0] ?? spec;
        findings.push({
            rule: 'experiment/unpinned-requirement',
            severity: 'warning',
            message: `requirement '${spec}' is not pinned to one version`,
            file,
            line: start + 1,
            hint: `pin it, e.g. \`${name}==<version>\` (see \`pip freeze\`), so the run can be reproduced`,
        });
    }
    return findings;
}

// EXTERNAL MODULE: ./src/adapters/fs/inside.ts
var inside = __webpack_require__(4608);
;// CONCATENATED MODULE: ./src/adapters/experiments/environment.ts
/** Where a run happened: OS, runtimes, runner, and the digest of every lockfile in the repository. */







/** Lockfiles and environment files of the ecosystems ML projects use (pip, Poetry, uv, Pipenv, conda, npm). */
const LOCKFILE = /^(requirements[^/]*\.txt|poetry\.lock|uv\.lock|Pipfile\.lock|environment\.ya?ml|conda-lock\.ya?ml|package-lock\.json|pnpm-lock\.yaml|yarn\.lock)$/;
/** Every lockfile tracked or untracked-but-not-ignored in the repository, hashed. */
async function lockfiles(git, root) {
    const r = await git.run(['ls-files', '-z', '--cached', '--others', '--exclude-standard']);
    const paths = r.stdout
        .split('\0')
        .filter((p) => p && LOCKFILE.test(external_node_path_default().posix.basename(p)) && !p.split('/').includes('node_modules'))
        .filter((p) => (0,inside/* isRepoFile */.n)(root, p)) // a symlink out of the repository is neither hashed nor read
        .sort();
    const out = [];
    for (const p of [...new Set(paths)]) {
        const digest = await (0,fs_hash/* sha256File */.Q)(external_node_path_default().join(root, p)).catch(() => undefined);
        if (digest)
            out.push({ path: p, ...digest });
    }
    return out;
}
/** Warnings for unpinned requirements in every `requirements*.txt` among the lockfiles. */
async function pinningFindings(root, files) {
    const findings = [];
    for (const f of files.filter((l) => /^requirements[^/]*\.txt$/.test(external_node_path_default().posix.basename(l.path)))) {
        findings.push(...unpinnedRequirements(await (0,promises_.readFile)(external_node_path_default().join(root, f.path), 'utf8'), f.path));
    }
    return findings;
}
function version(command, args) {
    return new Promise((resolve) => {
        (0,external_node_child_process_.execFile)(command, args, { timeout: 5000, encoding: 'utf8' }, (error, stdout, stderr) => {
            const match = /(\d+\.\d+(\.\d+)?\S*)/.exec(`${stdout} ${stderr}`);
            resolve(error || !match ? undefined : match[1]);
        });
    });
}
/** The runtimes on PATH that ML runs use (Python found by `python3`/`python`), plus this Node and git. */
async function runtimes() {
    const [python, git] = await Promise.all([
        version('python3', ['--version']).then((v) => v ?? version('python', ['--version'])),
        version('git', ['--version']),
    ]);
    const out = { node: process.versions.node };
    if (python)
        out.python = python;
    if (git)
        out.git = git;
    return out;
}
/** The runner from GitHub's default environment variables, or `local`. */
function runnerOf(env) {
    if (env.GITHUB_ACTIONS !== 'true')
        return { kind: 'local' };
    const pick = (k) => (env[k] ? env[k] : undefined);
    const runner = {
        kind: 'github-actions',
        name: pick('RUNNER_NAME'),
        os: pick('RUNNER_OS'),
        arch: pick('RUNNER_ARCH'),
        workflow: pick('GITHUB_WORKFLOW'),
        runId: pick('GITHUB_RUN_ID'),
        runAttempt: pick('GITHUB_RUN_ATTEMPT'),
    };
    return Object.fromEntries(Object.entries(runner).filter(([, v]) => v !== undefined));
}
/** The whole environment section of a record, with pinning warnings. */
async function detectEnvironment(git, root, env) {
    const [files, found] = await Promise.all([lockfiles(git, root), runtimes()]);
    const environment = {
        os: { platform: external_node_os_default().platform(), release: external_node_os_default().release(), arch: external_node_os_default().arch() },
        runtimes: found,
        runner: runnerOf(env),
        lockfiles: files,
    };
    return { environment, findings: await pinningFindings(root, files) };
}

;// CONCATENATED MODULE: ./src/adapters/experiments/importers.ts
/** `--from-dvc`, `--from-mlflow DIR`, `--from-wandb DIR`: read runs where DVC, MLflow and W&B wrote them. */







async function readText(absolute, shown, what) {
    try {
        return await (0,promises_.readFile)(absolute, 'utf8');
    }
    catch {
        throw new errors/* UserError */.yo(`${what} '${shown}' does not exist or cannot be read`, { file: shown });
    }
}
async function readYaml(absolute, shown) {
    return (0,values/* yamlOrThrow */.vV)(await readText(absolute, shown, 'file'), shown);
}
/** DVC: the params and metrics `dvc.yaml` names (in `dir`), and the data `.dvc` files track. */
async function importDvc(git, root, dir) {
    const base = await insideRepo(root, dir, '.', 'folder');
    const rel = (p) => external_node_path_default().posix.join(base.relative, p).replace(/^\.\//, '');
    const dvcYaml = await readYaml(external_node_path_default().join(base.absolute, 'dvc.yaml'), rel('dvc.yaml'));
    const params = {};
    for (const use of dvcParams(dvcYaml)) {
        const text = await readText((0,inside/* insideRoot */.p)(root, rel(use.file), rel('dvc.yaml')), // refused unread when dvc.yaml points out of the repository
        rel(use.file), 'params file named in dvc.yaml');
        Object.assign(params, pickParams((0,values/* parseValues */.Qc)(text, rel(use.file)), use.keys));
    }
    const metrics = {};
    for (const file of dvcMetricFiles(dvcYaml)) {
        const text = await readText((0,inside/* insideRoot */.p)(root, rel(file), rel('dvc.yaml')), rel(file), 'metrics file named in dvc.yaml (run `dvc repro` first?)');
        Object.assign(metrics, (0,values/* parseValues */.Qc)(text, rel(file)));
    }
    const listed = await git.run(['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', ':(glob)**/*.dvc'], { allowFailure: true });
    const datasets = [];
    for (const file of listed.stdout.split('\0').filter(Boolean).sort()) {
        const folder = external_node_path_default().posix.dirname(file);
        for (const out of dvcOuts(await readYaml((0,inside/* insideRoot */.p)(root, file, file), file))) {
            const data = external_node_path_default().posix.join(folder === '.' ? '' : folder, out.path);
            datasets.push({
                name: data,
                ...(out.md5 ? { version: out.md5 } : {}),
                card: file,
                files: [{ ...out, path: data }],
            });
        }
    }
    return { params, metrics, datasets, source: { tool: 'dvc', path: rel('dvc.yaml') } };
}
async function isFile(p) {
    return (0,promises_.stat)(p).then((s) => s.isFile(), () => false);
}
/** Every file below a folder as `[relative name with /, absolute path]` (MLflow keys may contain `/`). */
async function filesBelow(dir, prefix = '') {
    const entries = await (0,promises_.readdir)(dir, { withFileTypes: true }).catch(() => []);
    const out = [];
    for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
        const abs = external_node_path_default().join(dir, e.name);
        if (e.isDirectory())
            out.push(...(await filesBelow(abs, `${prefix}${e.name}/`)));
        else if (e.isFile())
            out.push([`${prefix}${e.name}`, abs]);
    }
    return out;
}
/** The MLflow run folder: DIR itself, or the only run below it (an `mlruns` root or an experiment folder). */
async function mlflowRunDir(dir, shown) {
    if ((await isFile(external_node_path_default().join(dir, 'meta.yaml'))) &&
        (await (0,promises_.stat)(external_node_path_default().join(dir, 'params')).catch(() => undefined)))
        return dir;
    const runs = [];
    for (const [name, abs] of await filesBelow(dir)) {
        if (name.split('/').length <= 3 &&
            name.endsWith('/meta.yaml') &&
            (await (0,promises_.stat)(external_node_path_default().join(external_node_path_default().dirname(abs), 'metrics')).catch(() => undefined)))
            runs.push(external_node_path_default().dirname(abs));
    }
    if (runs.length === 1)
        return runs[0];
    throw new errors/* UserError */.yo(runs.length ? `${shown} holds ${runs.length} MLflow runs` : `${shown} is not an MLflow file-store run`, {
        file: shown,
        hint: 'pass the run folder: mlruns/<experiment id>/<run id>',
    });
}
/** MLflow file store: params, metrics (latest value and history), tags, from `mlruns/<exp>/<run>/`. */
async function importMlflow(root, cwd, dir) {
    const given = await insideRepo(root, cwd, dir, 'MLflow run folder');
    const run = await mlflowRunDir(given.absolute, dir);
    const meta = (await readYaml(external_node_path_default().join(run, 'meta.yaml'), `${dir}/meta.yaml`));
    const params = {};
    for (const [key, abs] of await filesBelow(external_node_path_default().join(run, 'params')))
        params[key] = (await (0,promises_.readFile)(abs, 'utf8')).trim();
    const metrics = {};
    const metricHistory = {};
    for (const [key, abs] of await filesBelow(external_node_path_default().join(run, 'metrics'))) {
        const m = mlflowMetric(await (0,promises_.readFile)(abs, 'utf8'));
        if (!m)
            continue;
        metrics[key] = m.value;
        metricHistory[key] = m.history;
    }
    const tags = {};
    for (const [key, abs] of await filesBelow(external_node_path_default().join(run, 'tags')))
        tags[key] = (await (0,promises_.readFile)(abs, 'utf8')).trim();
    const runId = typeof meta?.run_id === 'string' ? meta.run_id : external_node_path_default().basename(run);
    return {
        params,
        metrics,
        metricHistory,
        tags,
        source: { tool: 'mlflow', path: external_node_path_default().relative(root, run).split((external_node_path_default()).sep).join('/'), runId },
    };
}
/** W&B run folder (`wandb/run-<time>-<id>`, or `wandb/` with `latest-run`): config as params, summary as metrics. */
async function importWandb(root, cwd, dir) {
    let given = await insideRepo(root, cwd, dir, 'W&B run folder');
    if (!(await isFile(external_node_path_default().join(given.absolute, 'files', 'config.yaml')))) {
        given = await insideRepo(root, given.absolute, 'latest-run', 'W&B run folder (latest-run)').catch(() => {
            throw new errors/* UserError */.yo(`${dir} is not a W&B run folder (no files/config.yaml)`, {
                file: dir,
                hint: 'pass wandb/run-<date>_<time>-<id> or the wandb folder',
            });
        });
    }
    const files = external_node_path_default().join(given.absolute, 'files');
    const shown = (f) => `${given.relative}/files/${f}`;
    const config = await readYaml(external_node_path_default().join(files, 'config.yaml'), shown('config.yaml'));
    const summaryText = await readText(external_node_path_default().join(files, 'wandb-summary.json'), shown('wandb-summary.json'), 'W&B summary');
    let summary;
    try {
        summary = JSON.parse(summaryText);
    }
    catch (error) {
        throw new errors/* UserError */.yo(`${shown('wandb-summary.json')} is not valid JSON: ${error.message}`, {
            file: shown('wandb-summary.json'),
        });
    }
    const runId = /-([a-z0-9]+)$/.exec(external_node_path_default().basename(given.absolute))?.[1];
    return {
        params: wandbConfig(config),
        metrics: wandbSummary(summary),
        source: { tool: 'wandb', path: given.relative, ...(runId ? { runId } : {}) },
    };
}

;// CONCATENATED MODULE: ./src/adapters/experiments/build.ts
/** Assembling a record from the command line or action inputs: files, imports, code, environment, who and when. */








/** Builds the draft record and the warnings about it (no seeds, unpinned requirements, dataset versions). */
async function buildDraft(ctx, inputs) {
    const findings = [];
    const imported = await runImports(ctx, inputs);
    const params = {};
    const metrics = {};
    for (const i of imported) {
        Object.assign(params, i.params);
        Object.assign(metrics, i.metrics);
    }
    for (const f of inputs.params)
        Object.assign(params, await readValuesFile(ctx.root, ctx.cwd, f, 'params'));
    for (const f of inputs.metrics)
        Object.assign(metrics, await readValuesFile(ctx.root, ctx.cwd, f, 'metrics'));
    const artifacts = await hashArtifacts(ctx.root, ctx.cwd, inputs.artifacts, {
        maxBytes: releases/* MAX_ASSET_BYTES */.IC,
        store: inputs.artifactStore,
    });
    const { datasets, findings: datasetFindings } = await resolveDatasets(ctx.git, ctx.root, ctx.cwd, inputs.datasets);
    findings.push(...datasetFindings);
    const outputs = [...artifacts.map((a) => a.path), ...(await relativePaths(ctx, inputs.metrics))];
    const code = await codeVersion(ctx.git, ctx.root, { allowDirty: inputs.allowDirty, outputs, env: ctx.env });
    const { environment, findings: envFindings } = await detectEnvironment(ctx.git, ctx.root, ctx.env);
    findings.push(...envFindings);
    const seeds = inputs.seeds.length ? inputs.seeds : seedsFromParams(params);
    if (seeds.length === 0) {
        findings.push({
            rule: 'experiment/no-seed',
            severity: 'warning',
            message: 'no random seed was recorded, so the run cannot be repeated exactly',
            hint: 'pass --seed N for every seed the run sets (or a `seed` param)',
        });
    }
    const merged = mergeImports(imported, datasets);
    const content = {
        schemaVersion: 1,
        project: inputs.project,
        type: inputs.type,
        ...(inputs.note ? { note: inputs.note } : {}),
        params,
        metrics,
        ...merged,
        code,
        environment,
        seeds,
        artifacts,
    };
    const draft = {
        ...content,
        created: (inputs.now ?? new Date()).toISOString(),
        author: await authorOf(ctx),
        fingerprint: (0,record/* fingerprintOf */.ax)(content),
    };
    return { draft, findings };
}
async function runImports(ctx, inputs) {
    const out = [];
    if (inputs.fromDvc)
        out.push(await importDvc(ctx.git, ctx.root, ctx.cwd));
    if (inputs.fromMlflow)
        out.push(await importMlflow(ctx.root, ctx.cwd, inputs.fromMlflow));
    if (inputs.fromWandb)
        out.push(await importWandb(ctx.root, ctx.cwd, inputs.fromWandb));
    return out;
}
function mergeImports(imported, datasets) {
    const history = Object.assign({}, ...imported.map((i) => i.metricHistory ?? {}));
    const tags = Object.assign({}, ...imported.map((i) => i.tags ?? {}));
    const source = imported[0]?.source;
    return {
        datasets: [...datasets, ...imported.flatMap((i) => i.datasets ?? [])],
        ...(Object.keys(history).length ? { metricHistory: history } : {}),
        ...(source ? { source } : {}),
        ...(Object.keys(tags).length ? { tags } : {}),
    };
}
async function relativePaths(ctx, files) {
    return Promise.all(files.map(async (f) => (await insideRepo(ctx.root, ctx.cwd, f, 'metrics file')).relative));
}
/** Who: the GitHub actor on a runner, else git's configured identity. */
async function authorOf(ctx) {
    if (ctx.env.GITHUB_ACTIONS === 'true' && ctx.env.GITHUB_ACTOR)
        return { name: ctx.env.GITHUB_ACTOR };
    const get = async (key) => (await ctx.git.run(['config', key], { allowFailure: true })).stdout.trim();
    const name = ctx.env.GIT_AUTHOR_NAME || (await get('user.name')) || ctx.env.USER || 'unknown';
    const email = ctx.env.GIT_AUTHOR_EMAIL || (await get('user.email'));
    return { name, ...(email ? { email } : {}) };
}

;// CONCATENATED MODULE: ./src/adapters/experiments/publish.ts
/**
 * The GitHub side of an experiment: a pre-release on `exp/{name}` holding the record, metrics,
 * params and every artifact (except those recorded by URI on external storage).
 */




/** The release assets of a record: `experiment.json`, `metrics.json`, `params.json`, then the artifacts. */
function experimentAssets(record, root) {
    const json = (value) => `${JSON.stringify(value, null, 2)}\n`;
    const assets = [
        { name: experiments_message/* RECORD_ASSET */.jk, data: (0,experiments_message/* recordJson */.ki)(record), contentType: 'application/json' },
        { name: 'metrics.json', data: json(record.metrics), contentType: 'application/json' },
        { name: 'params.json', data: json(record.params), contentType: 'application/json' },
    ];
    const reserved = new Set(assets.map((a) => a.name));
    for (const a of record.artifacts.filter((x) => !x.uri)) {
        // GitHub asset names are flat: use the file name, or the whole path with `/` → `.` when names collide.
        const short = external_node_path_default().posix.basename(a.path);
        const name = reserved.has(short) || record.artifacts.some((b) => b !== a && external_node_path_default().posix.basename(b.path) === short)
            ? a.path.replaceAll('/', '.')
            : short;
        reserved.add(name);
        assets.push({ name, path: external_node_path_default().join(root, a.path), sha256: a.sha256 });
    }
    return assets;
}
/** The release notes: the summary line and the metrics. */
function releaseBody(record) {
    const rows = Object.entries(record.metrics).map(([k, v]) => `| ${k} | ${(0,compare/* formatValue */.Fl)(v)} |`);
    return [
        (0,experiments_message/* summaryLine */.dC)(record),
        '',
        rows.length ? ['| metric | value |', '|---|---|', ...rows].join('\n') : '',
        '',
        `Recorded by \`mlops experiment record\`; the full record is \`${experiments_message/* RECORD_ASSET */.jk}\`.`,
    ].join('\n');
}
/** Creates or repairs the pre-release of an experiment (see ensureRelease). */
function publishExperiment(client, repo, record, root) {
    return (0,releases/* ensureRelease */.w9)(client, repo, {
        tag: `exp/${record.name}`,
        name: `exp/${record.name}`,
        body: releaseBody(record),
        prerelease: true,
        makeLatest: false,
        assets: experimentAssets(record, root),
    });
}

;// CONCATENATED MODULE: ./schemas/experiment.schema.json
const experiment_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://github.com/gitops-mlops/schemas/experiment.schema.json","title":"Experiment record","description":"The record of one experiment, stored as JSON after the summary line of the annotated tag `exp/{name}` and as the release asset `experiment.json` (SPEC §6). Over the tag message limit (64 KiB) the tag holds a stub (`truncated: true`) with the digest of the full record.","oneOf":[{"$ref":"#/$defs/record"},{"$ref":"#/$defs/stub"}],"$defs":{"name":{"type":"string","pattern":"^[^\\\\s~^:?*\\\\[\\\\\\\\/]+$","description":"`{project}-{type}-{YYYYMMDD}`, then `-2`, `-3` … for later experiments of the same UTC day."},"word":{"type":"string","minLength":1,"pattern":"^[^.\\\\-\\\\s~^:?*\\\\[\\\\\\\\/][^\\\\s~^:?*\\\\[\\\\\\\\/]*$","description":"A part of the name: no characters git refuses in tag names, no `/`."},"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$"},"scalar":{"type":["string","number","boolean","null"]},"values":{"type":"object","description":"Flattened values: nested keys joined with dots (`train.lr`), list items by index (`layers.0`).","additionalProperties":{"$ref":"#/$defs/scalar"}},"file":{"type":"object","required":["path","sha256","bytes"],"additionalProperties":false,"properties":{"path":{"type":"string","description":"Repository-relative, forward slashes."},"sha256":{"$ref":"#/$defs/sha256"},"bytes":{"type":"integer","minimum":0},"uri":{"type":"string","description":"Where the file is stored when it is not a release asset (over GitHub\'s 2 GiB asset limit, `--artifact-store`)."}}},"code":{"type":"object","required":["commit","dirty"],"additionalProperties":false,"properties":{"commit":{"type":"string","pattern":"^[0-9a-f]{40}([0-9a-f]{24})?$"},"branch":{"type":"string"},"dirty":{"type":"boolean","description":"Uncommitted changes were in the run (only with `--allow-dirty`)."},"diffSha256":{"$ref":"#/$defs/sha256","description":"SHA-256 of `git diff --binary HEAD` plus the untracked files, when dirty."},"repository":{"type":"string","description":"`owner/name` on GitHub."}}},"record":{"type":"object","required":["schemaVersion","name","project","type","created","author","params","metrics","datasets","code","environment","seeds","artifacts","fingerprint"],"additionalProperties":false,"properties":{"schemaVersion":{"const":1},"name":{"$ref":"#/$defs/name"},"project":{"$ref":"#/$defs/word"},"type":{"$ref":"#/$defs/word"},"created":{"type":"string","format":"date-time"},"author":{"type":"object","required":["name"],"additionalProperties":false,"properties":{"name":{"type":"string"},"email":{"type":"string"}}},"note":{"type":"string"},"params":{"$ref":"#/$defs/values","description":"Hyperparameters."},"metrics":{"$ref":"#/$defs/values","description":"Metrics; non-numeric values are compared as text."},"metricHistory":{"type":"object","description":"Every logged value of a metric (MLflow imports).","additionalProperties":{"type":"array","items":{"type":"object","required":["step","value"],"additionalProperties":false,"properties":{"step":{"type":"number"},"value":{"type":"number"},"timestamp":{"type":"number"}}}}},"datasets":{"type":"array","items":{"type":"object","required":["name","files"],"additionalProperties":false,"properties":{"name":{"type":"string"},"version":{"type":"string"},"card":{"type":"string","description":"The data card (or `.dvc` file) that declares the dataset."},"files":{"type":"array","items":{"type":"object","required":["path"],"additionalProperties":false,"properties":{"path":{"type":"string"},"sha256":{"$ref":"#/$defs/sha256"},"md5":{"type":"string","description":"DVC\'s checksum, for data tracked by DVC."},"bytes":{"type":"integer","minimum":0}}}}}}},"code":{"$ref":"#/$defs/code"},"environment":{"type":"object","required":["os","runtimes","runner","lockfiles"],"additionalProperties":false,"properties":{"os":{"type":"object","required":["platform","release","arch"],"additionalProperties":false,"properties":{"platform":{"type":"string"},"release":{"type":"string"},"arch":{"type":"string"}}},"runtimes":{"type":"object","additionalProperties":{"type":"string"},"description":"Versions of node, python, git found."},"runner":{"type":"object","required":["kind"],"additionalProperties":false,"properties":{"kind":{"enum":["github-actions","local"]},"name":{"type":"string"},"os":{"type":"string"},"arch":{"type":"string"},"workflow":{"type":"string"},"runId":{"type":"string"},"runAttempt":{"type":"string"}}},"lockfiles":{"type":"array","items":{"$ref":"#/$defs/file"},"description":"requirements*.txt, poetry.lock, uv.lock, Pipfile.lock, environment.yml, package-lock.json … found in the repository."}}},"seeds":{"type":"array","items":{"type":"integer"}},"artifacts":{"type":"array","items":{"$ref":"#/$defs/file"}},"source":{"type":"object","required":["tool","path"],"additionalProperties":false,"properties":{"tool":{"enum":["dvc","mlflow","wandb"]},"path":{"type":"string"},"runId":{"type":"string"}}},"tags":{"type":"object","additionalProperties":{"type":"string"}},"fingerprint":{"$ref":"#/$defs/sha256","description":"Identity of the run: reruns with the same fingerprint create nothing new."}}},"stub":{"type":"object","required":["schemaVersion","name","project","type","created","code","fingerprint","truncated","record"],"additionalProperties":false,"properties":{"schemaVersion":{"const":1},"name":{"$ref":"#/$defs/name"},"project":{"$ref":"#/$defs/word"},"type":{"$ref":"#/$defs/word"},"created":{"type":"string","format":"date-time"},"code":{"$ref":"#/$defs/code"},"fingerprint":{"$ref":"#/$defs/sha256"},"metrics":{"$ref":"#/$defs/values"},"truncated":{"const":true},"record":{"type":"object","required":["asset","sha256","bytes"],"additionalProperties":false,"properties":{"asset":{"type":"string"},"sha256":{"$ref":"#/$defs/sha256"},"bytes":{"type":"integer","minimum":0}}}}}}}');
// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/formats.js
var formats = __webpack_require__(779);
// EXTERNAL MODULE: ./src/core/schema/precompiled.ts
var precompiled = __webpack_require__(3637);
;// CONCATENATED MODULE: ./src/generated/validators/experiment.ts
// Generated by scripts/generate-validators.mjs from schemas/experiment.schema.json: do not edit.
// Regenerate with `node scripts/generate-validators.mjs` (scripts/build.mjs runs it before bundling).
/* eslint-disable */
// @ts-nocheck



const validate = validate25;
const schema42 = experiment_schema_namespaceObject;
const schema43 = experiment_schema_namespaceObject.$defs.record;
const schema44 = experiment_schema_namespaceObject.$defs.name;
const schema45 = experiment_schema_namespaceObject.$defs.word;
const schema49 = experiment_schema_namespaceObject.$defs.sha256;
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
const pattern14 = new RegExp("^[^\\s~^:?*\\[\\\\/]+$", "u");
const pattern15 = new RegExp("^[^.\\-\\s~^:?*\\[\\\\/][^\\s~^:?*\\[\\\\/]*$", "u");
const pattern6 = new RegExp("^[0-9a-f]{64}$", "u");
const formats0 = formats/* fullFormats */.U9["date-time"];
const schema47 = experiment_schema_namespaceObject.$defs.values;
const schema48 = experiment_schema_namespaceObject.$defs.scalar;
function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate27.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
        let data0 = data[key0];
        if ((((typeof data0 !== "string") && (!((typeof data0 == "number") && (isFinite(data0))))) && (typeof data0 !== "boolean")) && (data0 !== null)) {
            vErrors = addKeywordError(vErrors, instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), "#/$defs/scalar/type", "type", { type: schema48.type }, "must be string,number,boolean,null", schema48, data0);
            errors++;
        }
    }
}
else {
    vErrors = addKeywordError(vErrors, instancePath, "#/type", "type", { type: "object" }, "must be object", schema47, data);
    errors++;
} validate27.errors = vErrors; return errors === 0; }
validate27.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
const schema50 = experiment_schema_namespaceObject.$defs.code;
const pattern18 = new RegExp("^[0-9a-f]{40}([0-9a-f]{24})?$", "u");
function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate30.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.commit === undefined) {
        vErrors = addKeywordError(vErrors, instancePath, "#/required", "required", { missingProperty: "commit" }, "must have required property '" + "commit" + "'", schema50, data);
        errors++;
    }
    if (data.dirty === undefined) {
        vErrors = addKeywordError(vErrors, instancePath, "#/required", "required", { missingProperty: "dirty" }, "must have required property '" + "dirty" + "'", schema50, data);
        errors++;
    }
    for (const key0 in data) {
        if (!(((((key0 === "commit") || (key0 === "branch")) || (key0 === "dirty")) || (key0 === "diffSha256")) || (key0 === "repository"))) {
            vErrors = addError(vErrors, instancePath, "#/additionalProperties", "additionalProperties", { additionalProperty: key0 }, "must NOT have additional properties", false, schema50, data);
            errors++;
        }
    }
    if (data.commit !== undefined) {
        let data0 = data.commit;
        if (typeof data0 === "string") {
            if (!pattern18.test(data0)) {
                vErrors = addError(vErrors, instancePath + "/commit", "#/properties/commit/pattern", "pattern", { pattern: "^[0-9a-f]{40}([0-9a-f]{24})?$" }, "must match pattern \"" + "^[0-9a-f]{40}([0-9a-f]{24})?$" + "\"", "^[0-9a-f]{40}([0-9a-f]{24})?$", schema50.properties.commit, data0);
                errors++;
            }
        }
        else {
            vErrors = addKeywordError(vErrors, instancePath + "/commit", "#/properties/commit/type", "type", { type: "string" }, "must be string", schema50.properties.commit, data0);
            errors++;
        }
    }
    if (data.branch !== undefined) {
        let data1 = data.branch;
        if (typeof data1 !== "string") {
            vErrors = addKeywordError(vErrors, instancePath + "/branch", "#/properties/branch/type", "type", { type: "string" }, "must be string", schema50.properties.branch, data1);
            errors++;
        }
    }
    if (data.dirty !== undefined) {
        let data2 = data.dirty;
        if (typeof data2 !== "boolean") {
            vErrors = addKeywordError(vErrors, instancePath + "/dirty", "#/properties/dirty/type", "type", { type: "boolean" }, "must be boolean", schema50.properties.dirty, data2);
            errors++;
        }
    }
    if (data.diffSha256 !== undefined) {
        let data3 = data.diffSha256;
        if (typeof data3 === "string") {
            if (!pattern6.test(data3)) {
                vErrors = addError(vErrors, instancePath + "/diffSha256", "#/$defs/sha256/pattern", "pattern", { pattern: "^[0-9a-f]{64}$" }, "must match pattern \"" + "^[0-9a-f]{64}$" + "\"", "^[0-9a-f]{64}$", schema49, data3);
                errors++;
            }
        }
        else {
            vErrors = addKeywordError(vErrors, instancePath + "/diffSha256", "#/$defs/sha256/type", "type", { type: "string" }, "must be string", schema49, data3);
            errors++;
        }
    }
    if (data.repository !== undefined) {
        let data4 = data.repository;
        if (typeof data4 !== "string") {
            vErrors = addKeywordError(vErrors, instancePath + "/repository", "#/properties/repository/type", "type", { type: "string" }, "must be string", schema50.properties.repository, data4);
            errors++;
        }
    }
}
else {
    vErrors = addKeywordError(vErrors, instancePath, "#/type", "type", { type: "object" }, "must be object", schema50, data);
    errors++;
} validate30.errors = vErrors; return errors === 0; }
validate30.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
const schema52 = experiment_schema_namespaceObject.$defs.file;
function validate32(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate32.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.path === undefined) {
        vErrors = addKeywordError(vErrors, instancePath, "#/required", "required", { missingProperty: "path" }, "must have required property '" + "path" + "'", schema52, data);
        errors++;
    }
    if (data.sha256 === undefined) {
        vErrors = addKeywordError(vErrors, instancePath, "#/required", "required", { missingProperty: "sha256" }, "must have required property '" + "sha256" + "'", schema52, data);
        errors++;
    }
    if (data.bytes === undefined) {
        vErrors = addKeywordError(vErrors, instancePath, "#/required", "required", { missingProperty: "bytes" }, "must have required property '" + "bytes" + "'", schema52, data);
        errors++;
    }
    for (const key0 in data) {
        if (!((((key0 === "path") || (key0 === "sha256")) || (key0 === "bytes")) || (key0 === "uri"))) {
            vErrors = addError(vErrors, instancePath, "#/additionalProperties", "additionalProperties", { additionalProperty: key0 }, "must NOT have additional properties", false, schema52, data);
            errors++;
        }
    }
    if (data.path !== undefined) {
        let data0 = data.path;
        if (typeof data0 !== "string") {
            vErrors = addKeywordError(vErrors, instancePath + "/path", "#/properties/path/type", "type", { type: "string" }, "must be string", schema52.properties.path, data0);
            errors++;
        }
    }
    if (data.sha256 !== undefined) {
        let data1 = data.sha256;
        if (typeof data1 === "string") {
            if (!pattern6.test(data1)) {
                vErrors = addError(vErrors, instancePath + "/sha256", "#/$defs/sha256/pattern", "pattern", { pattern: "^[0-9a-f]{64}$" }, "must match pattern \"" + "^[0-9a-f]{64}$" + "\"", "^[0-9a-f]{64}$", schema49, data1);
                errors++;
            }
        }
        else {
            vErrors = addKeywordError(vErrors, instancePath + "/sha256", "#/$defs/sha256/type", "type", { type: "string" }, "must be string", schema49, data1);
            errors++;
        }
    }
    if (data.bytes !== undefined) {
        let data2 = data.bytes;
        if (!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))) {
            vErrors = addKeywordError(vErrors, instancePath + "/bytes", "#/properties/bytes/type", "type", { type: "integer" }, "must be integer", schema52.properties.bytes, data2);
            errors++;
        }
        if ((typeof data2 == "number") && (isFinite(data2))) {
            if (data2 < 0 || isNaN(data2)) {
                vErrors = addError(vErrors, instancePath + "/bytes", "#/properties/bytes/minimum", "minimum", { comparison: ">=", limit: 0 }, "must be >= 0", 0, schema52.properties.bytes, data2);
                errors++;
            }
        }
    }
    if (data.uri !== undefined) {
        let data3 = data.uri;
        if (typeof data3 !== "string") {
            vErrors = addKeywordError(vErrors, instancePath + "/uri", "#/properties/uri/type", "type", { type: "string" }, "must be string", schema52.properties.uri, data3);
            errors++;
        }
    }
}
else {
    vErrors = addKeywordError(vErrors, instancePath, "#/type", "type", { type: "object" }, "must be object", schema52, data);
    errors++;
} validate32.errors = vErrors; return errors === 0; }
validate32.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate26.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.schemaVersion === undefined) {
        vErrors = addKeywordError(vErrors, instancePath, "#/required", "required", { missingProperty: "schemaVersion" }, "must have required property '" + "schemaVersion" + "'", schema43, data);
        errors++;
    }
    if (data.name === undefined) {
        vErrors = addKeywordError(vErrors, instancePath, "#/required", "required", { missingProperty: "name" }, "must have required property '" + "name" + "'", schema43, data);
        errors++;
    }
    if (data.project === undefined) {
        vErrors = addKeywordError(vErrors, instancePath, "#/required", "required", { missingProperty: "project" }, "must have required property '" + "project" + "'", schema43, data);
        errors++;
    }
    if (data.type === undefined) {
        vErrors = addKeywordError(vErrors, instancePath, "#/required", "required", { missingProperty: "type" }, "must have required property '" + "type" + "'", schema43, data);
        errors++;
    }
    if (data.created === undefined) {
        vErrors = addKeywordError(vErrors, instancePath, "#/required", "required", { missingProperty: "created" }, "must have required property '" + "created" + "'", schema43, data);
        errors++;
    }
    if (data.author === undefined) {
        vErrors = addKeywordError(vErrors, instancePath, "#/required", "required", { missingProperty: "author" }, "must have required property '" + "author" + "'", schema43, data);
        errors++;
    }
    if (data.params === undefined) {
        vErrors = addKeywordError(vErrors, instancePath, "#/required", "required", { missingProperty: "params" }, "must have required property '" + "params" + "'", schema43, data);
        errors++;
    }
    if (data.metrics === undefined) {
        vErrors = addKeywordError(vErrors, instancePath, "#/required", "required", { missingProperty: "metrics" }, "must have required property '" + "metrics" + "'", schema43, data);
        errors++;
    }
    if (data.datasets === undefined) {
        vErrors = addKeywordError(vErrors, instancePath, "#/required", "required", { missingProperty: "datasets" }, "must have required property '" + "datasets" + "'", schema43, data);
        errors++;
    }
    if (data.code === undefined) {
        vErrors = addKeywordError(vErrors, instancePath, "#/required", "required", { missingProperty: "code" }, "must have required property '" + "code" + "'", schema43, data);
        errors++;
    }
    if (data.environment === undefined) {
        vErrors = addKeywordError(vErrors, instancePath, "#/required", "required", { missingProperty: "environment" }, "must have required property '" + "environment" + "'", schema43, data);
        errors++;
    }
    if (data.seeds === undefined) {
        vErrors = addKeywordError(vErrors, instancePath, "#/required", "required", { missingProperty: "seeds" }, "must have required property '" + "seeds" + "'", schema43, data);
        errors++;
    }
    if (data.artifacts === undefined) {
        vErrors = addKeywordError(vErrors, instancePath, "#/required", "required", { missingProperty: "artifacts" }, "must have required property '" + "artifacts" + "'", schema43, data);
        errors++;
    }
    if (data.fingerprint === undefined) {
        vErrors = addKeywordError(vErrors, instancePath, "#/required", "required", { missingProperty: "fingerprint" }, "must have required property '" + "fingerprint" + "'", schema43, data);
        errors++;
    }
    for (const key0 in data) {
        if (!(func5.call(schema43.properties, key0))) {
            vErrors = addError(vErrors, instancePath, "#/additionalProperties", "additionalProperties", { additionalProperty: key0 }, "must NOT have additional properties", false, schema43, data);
            errors++;
        }
    }
    if (data.schemaVersion !== undefined) {
        let data0 = data.schemaVersion;
        if (1 !== data0) {
            vErrors = addError(vErrors, instancePath + "/schemaVersion", "#/properties/schemaVersion/const", "const", { allowedValue: 1 }, "must be equal to constant", 1, schema43.properties.schemaVersion, data0);
            errors++;
        }
    }
    if (data.name !== undefined) {
        let data1 = data.name;
        if (typeof data1 === "string") {
            if (!pattern14.test(data1)) {
                vErrors = addError(vErrors, instancePath + "/name", "#/$defs/name/pattern", "pattern", { pattern: "^[^\\s~^:?*\\[\\\\/]+$" }, "must match pattern \"" + "^[^\\s~^:?*\\[\\\\/]+$" + "\"", "^[^\\s~^:?*\\[\\\\/]+$", schema44, data1);
                errors++;
            }
        }
        else {
            vErrors = addKeywordError(vErrors, instancePath + "/name", "#/$defs/name/type", "type", { type: "string" }, "must be string", schema44, data1);
            errors++;
        }
    }
    if (data.project !== undefined) {
        let data2 = data.project;
        if (typeof data2 === "string") {
            if (func1(data2) < 1) {
                vErrors = addError(vErrors, instancePath + "/project", "#/$defs/word/minLength", "minLength", { limit: 1 }, "must NOT have fewer than 1 characters", 1, schema45, data2);
                errors++;
            }
            if (!pattern15.test(data2)) {
                vErrors = addError(vErrors, instancePath + "/project", "#/$defs/word/pattern", "pattern", { pattern: "^[^.\\-\\s~^:?*\\[\\\\/][^\\s~^:?*\\[\\\\/]*$" }, "must match pattern \"" + "^[^.\\-\\s~^:?*\\[\\\\/][^\\s~^:?*\\[\\\\/]*$" + "\"", "^[^.\\-\\s~^:?*\\[\\\\/][^\\s~^:?*\\[\\\\/]*$", schema45, data2);
                errors++;
            }
        }
        else {
            vErrors = addKeywordError(vErrors, instancePath + "/project", "#/$defs/word/type", "type", { type: "string" }, "must be string", schema45, data2);
            errors++;
        }
    }
    if (data.type !== undefined) {
        let data3 = data.type;
        if (typeof data3 === "string") {
            if (func1(data3) < 1) {
                vErrors = addError(vErrors, instancePath + "/type", "#/$defs/word/minLength", "minLength", { limit: 1 }, "must NOT have fewer than 1 characters", 1, schema45, data3);
                errors++;
            }
            if (!pattern15.test(data3)) {
                vErrors = addError(vErrors, instancePath + "/type", "#/$defs/word/pattern", "pattern", { pattern: "^[^.\\-\\s~^:?*\\[\\\\/][^\\s~^:?*\\[\\\\/]*$" }, "must match pattern \"" + "^[^.\\-\\s~^:?*\\[\\\\/][^\\s~^:?*\\[\\\\/]*$" + "\"", "^[^.\\-\\s~^:?*\\[\\\\/][^\\s~^:?*\\[\\\\/]*$", schema45, data3);
                errors++;
            }
        }
        else {
            vErrors = addKeywordError(vErrors, instancePath + "/type", "#/$defs/word/type", "type", { type: "string" }, "must be string", schema45, data3);
            errors++;
        }
    }
    if (data.created !== undefined) {
        let data4 = data.created;
        if (typeof data4 === "string") {
            if (!(formats0.validate(data4))) {
                vErrors = addError(vErrors, instancePath + "/created", "#/properties/created/format", "format", { format: "date-time" }, "must match format \"" + "date-time" + "\"", "date-time", schema43.properties.created, data4);
                errors++;
            }
        }
        else {
            vErrors = addKeywordError(vErrors, instancePath + "/created", "#/properties/created/type", "type", { type: "string" }, "must be string", schema43.properties.created, data4);
            errors++;
        }
    }
    if (data.author !== undefined) {
        let data5 = data.author;
        if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
            if (data5.name === undefined) {
                vErrors = addKeywordError(vErrors, instancePath + "/author", "#/properties/author/required", "required", { missingProperty: "name" }, "must have required property '" + "name" + "'", schema43.properties.author, data5);
                errors++;
            }
            for (const key1 in data5) {
                if (!((key1 === "name") || (key1 === "email"))) {
                    vErrors = addError(vErrors, instancePath + "/author", "#/properties/author/additionalProperties", "additionalProperties", { additionalProperty: key1 }, "must NOT have additional properties", false, schema43.properties.author, data5);
                    errors++;
                }
            }
            if (data5.name !== undefined) {
                let data6 = data5.name;
                if (typeof data6 !== "string") {
                    vErrors = addKeywordError(vErrors, instancePath + "/author/name", "#/properties/author/properties/name/type", "type", { type: "string" }, "must be string", schema43.properties.author.properties.name, data6);
                    errors++;
                }
            }
            if (data5.email !== undefined) {
                let data7 = data5.email;
                if (typeof data7 !== "string") {
                    vErrors = addKeywordError(vErrors, instancePath + "/author/email", "#/properties/author/properties/email/type", "type", { type: "string" }, "must be string", schema43.properties.author.properties.email, data7);
                    errors++;
                }
            }
        }
        else {
            vErrors = addKeywordError(vErrors, instancePath + "/author", "#/properties/author/type", "type", { type: "object" }, "must be object", schema43.properties.author, data5);
            errors++;
        }
    }
    if (data.note !== undefined) {
        let data8 = data.note;
        if (typeof data8 !== "string") {
            vErrors = addKeywordError(vErrors, instancePath + "/note", "#/properties/note/type", "type", { type: "string" }, "must be string", schema43.properties.note, data8);
            errors++;
        }
    }
    if (data.params !== undefined) {
        if (!(validate27(data.params, { instancePath: instancePath + "/params", parentData: data, parentDataProperty: "params", rootData, dynamicAnchors }))) {
            vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
            errors = vErrors.length;
        }
    }
    if (data.metrics !== undefined) {
        if (!(validate27(data.metrics, { instancePath: instancePath + "/metrics", parentData: data, parentDataProperty: "metrics", rootData, dynamicAnchors }))) {
            vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
            errors = vErrors.length;
        }
    }
    if (data.metricHistory !== undefined) {
        let data11 = data.metricHistory;
        if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
            for (const key2 in data11) {
                let data12 = data11[key2];
                if (Array.isArray(data12)) {
                    const len0 = data12.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                        let data13 = data12[i0];
                        if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                            if (data13.step === undefined) {
                                vErrors = addKeywordError(vErrors, instancePath + "/metricHistory/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i0, "#/properties/metricHistory/additionalProperties/items/required", "required", { missingProperty: "step" }, "must have required property '" + "step" + "'", schema43.properties.metricHistory.additionalProperties.items, data13);
                                errors++;
                            }
                            if (data13.value === undefined) {
                                vErrors = addKeywordError(vErrors, instancePath + "/metricHistory/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i0, "#/properties/metricHistory/additionalProperties/items/required", "required", { missingProperty: "value" }, "must have required property '" + "value" + "'", schema43.properties.metricHistory.additionalProperties.items, data13);
                                errors++;
                            }
                            for (const key3 in data13) {
                                if (!(((key3 === "step") || (key3 === "value")) || (key3 === "timestamp"))) {
                                    vErrors = addError(vErrors, instancePath + "/metricHistory/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i0, "#/properties/metricHistory/additionalProperties/items/additionalProperties", "additionalProperties", { additionalProperty: key3 }, "must NOT have additional properties", false, schema43.properties.metricHistory.additionalProperties.items, data13);
                                    errors++;
                                }
                            }
                            if (data13.step !== undefined) {
                                let data14 = data13.step;
                                if (!((typeof data14 == "number") && (isFinite(data14)))) {
                                    vErrors = addKeywordError(vErrors, instancePath + "/metricHistory/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i0 + "/step", "#/properties/metricHistory/additionalProperties/items/properties/step/type", "type", { type: "number" }, "must be number", schema43.properties.metricHistory.additionalProperties.items.properties.step, data14);
                                    errors++;
                                }
                            }
                            if (data13.value !== undefined) {
                                let data15 = data13.value;
                                if (!((typeof data15 == "number") && (isFinite(data15)))) {
                                    vErrors = addKeywordError(vErrors, instancePath + "/metricHistory/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i0 + "/value", "#/properties/metricHistory/additionalProperties/items/properties/value/type", "type", { type: "number" }, "must be number", schema43.properties.metricHistory.additionalProperties.items.properties.value, data15);
                                    errors++;
                                }
                            }
                            if (data13.timestamp !== undefined) {
                                let data16 = data13.timestamp;
                                if (!((typeof data16 == "number") && (isFinite(data16)))) {
                                    vErrors = addKeywordError(vErrors, instancePath + "/metricHistory/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i0 + "/timestamp", "#/properties/metricHistory/additionalProperties/items/properties/timestamp/type", "type", { type: "number" }, "must be number", schema43.properties.metricHistory.additionalProperties.items.properties.timestamp, data16);
                                    errors++;
                                }
                            }
                        }
                        else {
                            vErrors = addKeywordError(vErrors, instancePath + "/metricHistory/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i0, "#/properties/metricHistory/additionalProperties/items/type", "type", { type: "object" }, "must be object", schema43.properties.metricHistory.additionalProperties.items, data13);
                            errors++;
                        }
                    }
                }
                else {
                    vErrors = addKeywordError(vErrors, instancePath + "/metricHistory/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), "#/properties/metricHistory/additionalProperties/type", "type", { type: "array" }, "must be array", schema43.properties.metricHistory.additionalProperties, data12);
                    errors++;
                }
            }
        }
        else {
            vErrors = addKeywordError(vErrors, instancePath + "/metricHistory", "#/properties/metricHistory/type", "type", { type: "object" }, "must be object", schema43.properties.metricHistory, data11);
            errors++;
        }
    }
    if (data.datasets !== undefined) {
        let data17 = data.datasets;
        if (Array.isArray(data17)) {
            const len1 = data17.length;
            for (let i1 = 0; i1 < len1; i1++) {
                let data18 = data17[i1];
                if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
                    if (data18.name === undefined) {
                        vErrors = addKeywordError(vErrors, instancePath + "/datasets/" + i1, "#/properties/datasets/items/required", "required", { missingProperty: "name" }, "must have required property '" + "name" + "'", schema43.properties.datasets.items, data18);
                        errors++;
                    }
                    if (data18.files === undefined) {
                        vErrors = addKeywordError(vErrors, instancePath + "/datasets/" + i1, "#/properties/datasets/items/required", "required", { missingProperty: "files" }, "must have required property '" + "files" + "'", schema43.properties.datasets.items, data18);
                        errors++;
                    }
                    for (const key4 in data18) {
                        if (!((((key4 === "name") || (key4 === "version")) || (key4 === "card")) || (key4 === "files"))) {
                            vErrors = addError(vErrors, instancePath + "/datasets/" + i1, "#/properties/datasets/items/additionalProperties", "additionalProperties", { additionalProperty: key4 }, "must NOT have additional properties", false, schema43.properties.datasets.items, data18);
                            errors++;
                        }
                    }
                    if (data18.name !== undefined) {
                        let data19 = data18.name;
                        if (typeof data19 !== "string") {
                            vErrors = addKeywordError(vErrors, instancePath + "/datasets/" + i1 + "/name", "#/properties/datasets/items/properties/name/type", "type", { type: "string" }, "must be string", schema43.properties.datasets.items.properties.name, data19);
                            errors++;
                        }
                    }
                    if (data18.version !== undefined) {
                        let data20 = data18.version;
                        if (typeof data20 !== "string") {
                            vErrors = addKeywordError(vErrors, instancePath + "/datasets/" + i1 + "/version", "#/properties/datasets/items/properties/version/type", "type", { type: "string" }, "must be string", schema43.properties.datasets.items.properties.version, data20);
                            errors++;
                        }
                    }
                    if (data18.card !== undefined) {
                        let data21 = data18.card;
                        if (typeof data21 !== "string") {
                            vErrors = addKeywordError(vErrors, instancePath + "/datasets/" + i1 + "/card", "#/properties/datasets/items/properties/card/type", "type", { type: "string" }, "must be string", schema43.properties.datasets.items.properties.card, data21);
                            errors++;
                        }
                    }
                    if (data18.files !== undefined) {
                        let data22 = data18.files;
                        if (Array.isArray(data22)) {
                            const len2 = data22.length;
                            for (let i2 = 0; i2 < len2; i2++) {
                                let data23 = data22[i2];
                                if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
                                    if (data23.path === undefined) {
                                        vErrors = addKeywordError(vErrors, instancePath + "/datasets/" + i1 + "/files/" + i2, "#/properties/datasets/items/properties/files/items/required", "required", { missingProperty: "path" }, "must have required property '" + "path" + "'", schema43.properties.datasets.items.properties.files.items, data23);
                                        errors++;
                                    }
                                    for (const key5 in data23) {
                                        if (!((((key5 === "path") || (key5 === "sha256")) || (key5 === "md5")) || (key5 === "bytes"))) {
                                            vErrors = addError(vErrors, instancePath + "/datasets/" + i1 + "/files/" + i2, "#/properties/datasets/items/properties/files/items/additionalProperties", "additionalProperties", { additionalProperty: key5 }, "must NOT have additional properties", false, schema43.properties.datasets.items.properties.files.items, data23);
                                            errors++;
                                        }
                                    }
                                    if (data23.path !== undefined) {
                                        let data24 = data23.path;
                                        if (typeof data24 !== "string") {
                                            vErrors = addKeywordError(vErrors, instancePath + "/datasets/" + i1 + "/files/" + i2 + "/path", "#/properties/datasets/items/properties/files/items/properties/path/type", "type", { type: "string" }, "must be string", schema43.properties.datasets.items.properties.files.items.properties.path, data24);
                                            errors++;
                                        }
                                    }
                                    if (data23.sha256 !== undefined) {
                                        let data25 = data23.sha256;
                                        if (typeof data25 === "string") {
                                            if (!pattern6.test(data25)) {
                                                vErrors = addError(vErrors, instancePath + "/datasets/" + i1 + "/files/" + i2 + "/sha256", "#/$defs/sha256/pattern", "pattern", { pattern: "^[0-9a-f]{64}$" }, "must match pattern \"" + "^[0-9a-f]{64}$" + "\"", "^[0-9a-f]{64}$", schema49, data25);
                                                errors++;
                                            }
                                        }
                                        else {
                                            vErrors = addKeywordError(vErrors, instancePath + "/datasets/" + i1 + "/files/" + i2 + "/sha256", "#/$defs/sha256/type", "type", { type: "string" }, "must be string", schema49, data25);
                                            errors++;
                                        }
                                    }
                                    if (data23.md5 !== undefined) {
                                        let data26 = data23.md5;
                                        if (typeof data26 !== "string") {
                                            vErrors = addKeywordError(vErrors, instancePath + "/datasets/" + i1 + "/files/" + i2 + "/md5", "#/properties/datasets/items/properties/files/items/properties/md5/type", "type", { type: "string" }, "must be string", schema43.properties.datasets.items.properties.files.items.properties.md5, data26);
                                            errors++;
                                        }
                                    }
                                    if (data23.bytes !== undefined) {
                                        let data27 = data23.bytes;
                                        if (!(((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27))) && (isFinite(data27)))) {
                                            vErrors = addKeywordError(vErrors, instancePath + "/datasets/" + i1 + "/files/" + i2 + "/bytes", "#/properties/datasets/items/properties/files/items/properties/bytes/type", "type", { type: "integer" }, "must be integer", schema43.properties.datasets.items.properties.files.items.properties.bytes, data27);
                                            errors++;
                                        }
                                        if ((typeof data27 == "number") && (isFinite(data27))) {
                                            if (data27 < 0 || isNaN(data27)) {
                                                vErrors = addError(vErrors, instancePath + "/datasets/" + i1 + "/files/" + i2 + "/bytes", "#/properties/datasets/items/properties/files/items/properties/bytes/minimum", "minimum", { comparison: ">=", limit: 0 }, "must be >= 0", 0, schema43.properties.datasets.items.properties.files.items.properties.bytes, data27);
                                                errors++;
                                            }
                                        }
                                    }
                                }
                                else {
                                    vErrors = addKeywordError(vErrors, instancePath + "/datasets/" + i1 + "/files/" + i2, "#/properties/datasets/items/properties/files/items/type", "type", { type: "object" }, "must be object", schema43.properties.datasets.items.properties.files.items, data23);
                                    errors++;
                                }
                            }
                        }
                        else {
                            vErrors = addKeywordError(vErrors, instancePath + "/datasets/" + i1 + "/files", "#/properties/datasets/items/properties/files/type", "type", { type: "array" }, "must be array", schema43.properties.datasets.items.properties.files, data22);
                            errors++;
                        }
                    }
                }
                else {
                    vErrors = addKeywordError(vErrors, instancePath + "/datasets/" + i1, "#/properties/datasets/items/type", "type", { type: "object" }, "must be object", schema43.properties.datasets.items, data18);
                    errors++;
                }
            }
        }
        else {
            vErrors = addKeywordError(vErrors, instancePath + "/datasets", "#/properties/datasets/type", "type", { type: "array" }, "must be array", schema43.properties.datasets, data17);
            errors++;
        }
    }
    if (data.code !== undefined) {
        if (!(validate30(data.code, { instancePath: instancePath + "/code", parentData: data, parentDataProperty: "code", rootData, dynamicAnchors }))) {
            vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
            errors = vErrors.length;
        }
    }
    if (data.environment !== undefined) {
        let data29 = data.environment;
        if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
            if (data29.os === undefined) {
                vErrors = addKeywordError(vErrors, instancePath + "/environment", "#/properties/environment/required", "required", { missingProperty: "os" }, "must have required property '" + "os" + "'", schema43.properties.environment, data29);
                errors++;
            }
            if (data29.runtimes === undefined) {
                vErrors = addKeywordError(vErrors, instancePath + "/environment", "#/properties/environment/required", "required", { missingProperty: "runtimes" }, "must have required property '" + "runtimes" + "'", schema43.properties.environment, data29);
                errors++;
            }
            if (data29.runner === undefined) {
                vErrors = addKeywordError(vErrors, instancePath + "/environment", "#/properties/environment/required", "required", { missingProperty: "runner" }, "must have required property '" + "runner" + "'", schema43.properties.environment, data29);
                errors++;
            }
            if (data29.lockfiles === undefined) {
                vErrors = addKeywordError(vErrors, instancePath + "/environment", "#/properties/environment/required", "required", { missingProperty: "lockfiles" }, "must have required property '" + "lockfiles" + "'", schema43.properties.environment, data29);
                errors++;
            }
            for (const key6 in data29) {
                if (!((((key6 === "os") || (key6 === "runtimes")) || (key6 === "runner")) || (key6 === "lockfiles"))) {
                    vErrors = addError(vErrors, instancePath + "/environment", "#/properties/environment/additionalProperties", "additionalProperties", { additionalProperty: key6 }, "must NOT have additional properties", false, schema43.properties.environment, data29);
                    errors++;
                }
            }
            if (data29.os !== undefined) {
                let data30 = data29.os;
                if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
                    if (data30.platform === undefined) {
                        vErrors = addKeywordError(vErrors, instancePath + "/environment/os", "#/properties/environment/properties/os/required", "required", { missingProperty: "platform" }, "must have required property '" + "platform" + "'", schema43.properties.environment.properties.os, data30);
                        errors++;
                    }
                    if (data30.release === undefined) {
                        vErrors = addKeywordError(vErrors, instancePath + "/environment/os", "#/properties/environment/properties/os/required", "required", { missingProperty: "release" }, "must have required property '" + "release" + "'", schema43.properties.environment.properties.os, data30);
                        errors++;
                    }
                    if (data30.arch === undefined) {
                        vErrors = addKeywordError(vErrors, instancePath + "/environment/os", "#/properties/environment/properties/os/required", "required", { missingProperty: "arch" }, "must have required property '" + "arch" + "'", schema43.properties.environment.properties.os, data30);
                        errors++;
                    }
                    for (const key7 in data30) {
                        if (!(((key7 === "platform") || (key7 === "release")) || (key7 === "arch"))) {
                            vErrors = addError(vErrors, instancePath + "/environment/os", "#/properties/environment/properties/os/additionalProperties", "additionalProperties", { additionalProperty: key7 }, "must NOT have additional properties", false, schema43.properties.environment.properties.os, data30);
                            errors++;
                        }
                    }
                    if (data30.platform !== undefined) {
                        let data31 = data30.platform;
                        if (typeof data31 !== "string") {
                            vErrors = addKeywordError(vErrors, instancePath + "/environment/os/platform", "#/properties/environment/properties/os/properties/platform/type", "type", { type: "string" }, "must be string", schema43.properties.environment.properties.os.properties.platform, data31);
                            errors++;
                        }
                    }
                    if (data30.release !== undefined) {
                        let data32 = data30.release;
                        if (typeof data32 !== "string") {
                            vErrors = addKeywordError(vErrors, instancePath + "/environment/os/release", "#/properties/environment/properties/os/properties/release/type", "type", { type: "string" }, "must be string", schema43.properties.environment.properties.os.properties.release, data32);
                            errors++;
                        }
                    }
                    if (data30.arch !== undefined) {
                        let data33 = data30.arch;
                        if (typeof data33 !== "string") {
                            vErrors = addKeywordError(vErrors, instancePath + "/environment/os/arch", "#/properties/environment/properties/os/properties/arch/type", "type", { type: "string" }, "must be string", schema43.properties.environment.properties.os.properties.arch, data33);
                            errors++;
                        }
                    }
                }
                else {
                    vErrors = addKeywordError(vErrors, instancePath + "/environment/os", "#/properties/environment/properties/os/type", "type", { type: "object" }, "must be object", schema43.properties.environment.properties.os, data30);
                    errors++;
                }
            }
            if (data29.runtimes !== undefined) {
                let data34 = data29.runtimes;
                if (data34 && typeof data34 == "object" && !Array.isArray(data34)) {
                    for (const key8 in data34) {
                        let data35 = data34[key8];
                        if (typeof data35 !== "string") {
                            vErrors = addKeywordError(vErrors, instancePath + "/environment/runtimes/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"), "#/properties/environment/properties/runtimes/additionalProperties/type", "type", { type: "string" }, "must be string", schema43.properties.environment.properties.runtimes.additionalProperties, data35);
                            errors++;
                        }
                    }
                }
                else {
                    vErrors = addKeywordError(vErrors, instancePath + "/environment/runtimes", "#/properties/environment/properties/runtimes/type", "type", { type: "object" }, "must be object", schema43.properties.environment.properties.runtimes, data34);
                    errors++;
                }
            }
            if (data29.runner !== undefined) {
                let data36 = data29.runner;
                if (data36 && typeof data36 == "object" && !Array.isArray(data36)) {
                    if (data36.kind === undefined) {
                        vErrors = addKeywordError(vErrors, instancePath + "/environment/runner", "#/properties/environment/properties/runner/required", "required", { missingProperty: "kind" }, "must have required property '" + "kind" + "'", schema43.properties.environment.properties.runner, data36);
                        errors++;
                    }
                    for (const key9 in data36) {
                        if (!(((((((key9 === "kind") || (key9 === "name")) || (key9 === "os")) || (key9 === "arch")) || (key9 === "workflow")) || (key9 === "runId")) || (key9 === "runAttempt"))) {
                            vErrors = addError(vErrors, instancePath + "/environment/runner", "#/properties/environment/properties/runner/additionalProperties", "additionalProperties", { additionalProperty: key9 }, "must NOT have additional properties", false, schema43.properties.environment.properties.runner, data36);
                            errors++;
                        }
                    }
                    if (data36.kind !== undefined) {
                        let data37 = data36.kind;
                        if (!((data37 === "github-actions") || (data37 === "local"))) {
                            vErrors = addKeywordError(vErrors, instancePath + "/environment/runner/kind", "#/properties/environment/properties/runner/properties/kind/enum", "enum", { allowedValues: schema43.properties.environment.properties.runner.properties.kind.enum }, "must be equal to one of the allowed values", schema43.properties.environment.properties.runner.properties.kind, data37);
                            errors++;
                        }
                    }
                    if (data36.name !== undefined) {
                        let data38 = data36.name;
                        if (typeof data38 !== "string") {
                            vErrors = addKeywordError(vErrors, instancePath + "/environment/runner/name", "#/properties/environment/properties/runner/properties/name/type", "type", { type: "string" }, "must be string", schema43.properties.environment.properties.runner.properties.name, data38);
                            errors++;
                        }
                    }
                    if (data36.os !== undefined) {
                        let data39 = data36.os;
                        if (typeof data39 !== "string") {
                            vErrors = addKeywordError(vErrors, instancePath + "/environment/runner/os", "#/properties/environment/properties/runner/properties/os/type", "type", { type: "string" }, "must be string", schema43.properties.environment.properties.runner.properties.os, data39);
                            errors++;
                        }
                    }
                    if (data36.arch !== undefined) {
                        let data40 = data36.arch;
                        if (typeof data40 !== "string") {
                            vErrors = addKeywordError(vErrors, instancePath + "/environment/runner/arch", "#/properties/environment/properties/runner/properties/arch/type", "type", { type: "string" }, "must be string", schema43.properties.environment.properties.runner.properties.arch, data40);
                            errors++;
                        }
                    }
                    if (data36.workflow !== undefined) {
                        let data41 = data36.workflow;
                        if (typeof data41 !== "string") {
                            vErrors = addKeywordError(vErrors, instancePath + "/environment/runner/workflow", "#/properties/environment/properties/runner/properties/workflow/type", "type", { type: "string" }, "must be string", schema43.properties.environment.properties.runner.properties.workflow, data41);
                            errors++;
                        }
                    }
                    if (data36.runId !== undefined) {
                        let data42 = data36.runId;
                        if (typeof data42 !== "string") {
                            vErrors = addKeywordError(vErrors, instancePath + "/environment/runner/runId", "#/properties/environment/properties/runner/properties/runId/type", "type", { type: "string" }, "must be string", schema43.properties.environment.properties.runner.properties.runId, data42);
                            errors++;
                        }
                    }
                    if (data36.runAttempt !== undefined) {
                        let data43 = data36.runAttempt;
                        if (typeof data43 !== "string") {
                            vErrors = addKeywordError(vErrors, instancePath + "/environment/runner/runAttempt", "#/properties/environment/properties/runner/properties/runAttempt/type", "type", { type: "string" }, "must be string", schema43.properties.environment.properties.runner.properties.runAttempt, data43);
                            errors++;
                        }
                    }
                }
                else {
                    vErrors = addKeywordError(vErrors, instancePath + "/environment/runner", "#/properties/environment/properties/runner/type", "type", { type: "object" }, "must be object", schema43.properties.environment.properties.runner, data36);
                    errors++;
                }
            }
            if (data29.lockfiles !== undefined) {
                let data44 = data29.lockfiles;
                if (Array.isArray(data44)) {
                    const len3 = data44.length;
                    for (let i3 = 0; i3 < len3; i3++) {
                        if (!(validate32(data44[i3], { instancePath: instancePath + "/environment/lockfiles/" + i3, parentData: data44, parentDataProperty: i3, rootData, dynamicAnchors }))) {
                            vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
                            errors = vErrors.length;
                        }
                    }
                }
                else {
                    vErrors = addKeywordError(vErrors, instancePath + "/environment/lockfiles", "#/properties/environment/properties/lockfiles/type", "type", { type: "array" }, "must be array", schema43.properties.environment.properties.lockfiles, data44);
                    errors++;
                }
            }
        }
        else {
            vErrors = addKeywordError(vErrors, instancePath + "/environment", "#/properties/environment/type", "type", { type: "object" }, "must be object", schema43.properties.environment, data29);
            errors++;
        }
    }
    if (data.seeds !== undefined) {
        let data46 = data.seeds;
        if (Array.isArray(data46)) {
            const len4 = data46.length;
            for (let i4 = 0; i4 < len4; i4++) {
                let data47 = data46[i4];
                if (!(((typeof data47 == "number") && (!(data47 % 1) && !isNaN(data47))) && (isFinite(data47)))) {
                    vErrors = addKeywordError(vErrors, instancePath + "/seeds/" + i4, "#/properties/seeds/items/type", "type", { type: "integer" }, "must be integer", schema43.properties.seeds.items, data47);
                    errors++;
                }
            }
        }
        else {
            vErrors = addKeywordError(vErrors, instancePath + "/seeds", "#/properties/seeds/type", "type", { type: "array" }, "must be array", schema43.properties.seeds, data46);
            errors++;
        }
    }
    if (data.artifacts !== undefined) {
        let data48 = data.artifacts;
        if (Array.isArray(data48)) {
            const len5 = data48.length;
            for (let i5 = 0; i5 < len5; i5++) {
                if (!(validate32(data48[i5], { instancePath: instancePath + "/artifacts/" + i5, parentData: data48, parentDataProperty: i5, rootData, dynamicAnchors }))) {
                    vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
                    errors = vErrors.length;
                }
            }
        }
        else {
            vErrors = addKeywordError(vErrors, instancePath + "/artifacts", "#/properties/artifacts/type", "type", { type: "array" }, "must be array", schema43.properties.artifacts, data48);
            errors++;
        }
    }
    if (data.source !== undefined) {
        let data50 = data.source;
        if (data50 && typeof data50 == "object" && !Array.isArray(data50)) {
            if (data50.tool === undefined) {
                vErrors = addKeywordError(vErrors, instancePath + "/source", "#/properties/source/required", "required", { missingProperty: "tool" }, "must have required property '" + "tool" + "'", schema43.properties.source, data50);
                errors++;
            }
            if (data50.path === undefined) {
                vErrors = addKeywordError(vErrors, instancePath + "/source", "#/properties/source/required", "required", { missingProperty: "path" }, "must have required property '" + "path" + "'", schema43.properties.source, data50);
                errors++;
            }
            for (const key10 in data50) {
                if (!(((key10 === "tool") || (key10 === "path")) || (key10 === "runId"))) {
                    vErrors = addError(vErrors, instancePath + "/source", "#/properties/source/additionalProperties", "additionalProperties", { additionalProperty: key10 }, "must NOT have additional properties", false, schema43.properties.source, data50);
                    errors++;
                }
            }
            if (data50.tool !== undefined) {
                let data51 = data50.tool;
                if (!(((data51 === "dvc") || (data51 === "mlflow")) || (data51 === "wandb"))) {
                    vErrors = addKeywordError(vErrors, instancePath + "/source/tool", "#/properties/source/properties/tool/enum", "enum", { allowedValues: schema43.properties.source.properties.tool.enum }, "must be equal to one of the allowed values", schema43.properties.source.properties.tool, data51);
                    errors++;
                }
            }
            if (data50.path !== undefined) {
                let data52 = data50.path;
                if (typeof data52 !== "string") {
                    vErrors = addKeywordError(vErrors, instancePath + "/source/path", "#/properties/source/properties/path/type", "type", { type: "string" }, "must be string", schema43.properties.source.properties.path, data52);
                    errors++;
                }
            }
            if (data50.runId !== undefined) {
                let data53 = data50.runId;
                if (typeof data53 !== "string") {
                    vErrors = addKeywordError(vErrors, instancePath + "/source/runId", "#/properties/source/properties/runId/type", "type", { type: "string" }, "must be string", schema43.properties.source.properties.runId, data53);
                    errors++;
                }
            }
        }
        else {
            vErrors = addKeywordError(vErrors, instancePath + "/source", "#/properties/source/type", "type", { type: "object" }, "must be object", schema43.properties.source, data50);
            errors++;
        }
    }
    if (data.tags !== undefined) {
        let data54 = data.tags;
        if (data54 && typeof data54 == "object" && !Array.isArray(data54)) {
            for (const key11 in data54) {
                let data55 = data54[key11];
                if (typeof data55 !== "string") {
                    vErrors = addKeywordError(vErrors, instancePath + "/tags/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"), "#/properties/tags/additionalProperties/type", "type", { type: "string" }, "must be string", schema43.properties.tags.additionalProperties, data55);
                    errors++;
                }
            }
        }
        else {
            vErrors = addKeywordError(vErrors, instancePath + "/tags", "#/properties/tags/type", "type", { type: "object" }, "must be object", schema43.properties.tags, data54);
            errors++;
        }
    }
    if (data.fingerprint !== undefined) {
        let data56 = data.fingerprint;
        if (typeof data56 === "string") {
            if (!pattern6.test(data56)) {
                vErrors = addError(vErrors, instancePath + "/fingerprint", "#/$defs/sha256/pattern", "pattern", { pattern: "^[0-9a-f]{64}$" }, "must match pattern \"" + "^[0-9a-f]{64}$" + "\"", "^[0-9a-f]{64}$", schema49, data56);
                errors++;
            }
        }
        else {
            vErrors = addKeywordError(vErrors, instancePath + "/fingerprint", "#/$defs/sha256/type", "type", { type: "string" }, "must be string", schema49, data56);
            errors++;
        }
    }
}
else {
    vErrors = addKeywordError(vErrors, instancePath, "#/type", "type", { type: "object" }, "must be object", schema43, data);
    errors++;
} validate26.errors = vErrors; return errors === 0; }
validate26.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
const schema55 = experiment_schema_namespaceObject.$defs.stub;
function validate36(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate36.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.schemaVersion === undefined) {
        vErrors = addKeywordError(vErrors, instancePath, "#/required", "required", { missingProperty: "schemaVersion" }, "must have required property '" + "schemaVersion" + "'", schema55, data);
        errors++;
    }
    if (data.name === undefined) {
        vErrors = addKeywordError(vErrors, instancePath, "#/required", "required", { missingProperty: "name" }, "must have required property '" + "name" + "'", schema55, data);
        errors++;
    }
    if (data.project === undefined) {
        vErrors = addKeywordError(vErrors, instancePath, "#/required", "required", { missingProperty: "project" }, "must have required property '" + "project" + "'", schema55, data);
        errors++;
    }
    if (data.type === undefined) {
        vErrors = addKeywordError(vErrors, instancePath, "#/required", "required", { missingProperty: "type" }, "must have required property '" + "type" + "'", schema55, data);
        errors++;
    }
    if (data.created === undefined) {
        vErrors = addKeywordError(vErrors, instancePath, "#/required", "required", { missingProperty: "created" }, "must have required property '" + "created" + "'", schema55, data);
        errors++;
    }
    if (data.code === undefined) {
        vErrors = addKeywordError(vErrors, instancePath, "#/required", "required", { missingProperty: "code" }, "must have required property '" + "code" + "'", schema55, data);
        errors++;
    }
    if (data.fingerprint === undefined) {
        vErrors = addKeywordError(vErrors, instancePath, "#/required", "required", { missingProperty: "fingerprint" }, "must have required property '" + "fingerprint" + "'", schema55, data);
        errors++;
    }
    if (data.truncated === undefined) {
        vErrors = addKeywordError(vErrors, instancePath, "#/required", "required", { missingProperty: "truncated" }, "must have required property '" + "truncated" + "'", schema55, data);
        errors++;
    }
    if (data.record === undefined) {
        vErrors = addKeywordError(vErrors, instancePath, "#/required", "required", { missingProperty: "record" }, "must have required property '" + "record" + "'", schema55, data);
        errors++;
    }
    for (const key0 in data) {
        if (!(func5.call(schema55.properties, key0))) {
            vErrors = addError(vErrors, instancePath, "#/additionalProperties", "additionalProperties", { additionalProperty: key0 }, "must NOT have additional properties", false, schema55, data);
            errors++;
        }
    }
    if (data.schemaVersion !== undefined) {
        let data0 = data.schemaVersion;
        if (1 !== data0) {
            vErrors = addError(vErrors, instancePath + "/schemaVersion", "#/properties/schemaVersion/const", "const", { allowedValue: 1 }, "must be equal to constant", 1, schema55.properties.schemaVersion, data0);
            errors++;
        }
    }
    if (data.name !== undefined) {
        let data1 = data.name;
        if (typeof data1 === "string") {
            if (!pattern14.test(data1)) {
                vErrors = addError(vErrors, instancePath + "/name", "#/$defs/name/pattern", "pattern", { pattern: "^[^\\s~^:?*\\[\\\\/]+$" }, "must match pattern \"" + "^[^\\s~^:?*\\[\\\\/]+$" + "\"", "^[^\\s~^:?*\\[\\\\/]+$", schema44, data1);
                errors++;
            }
        }
        else {
            vErrors = addKeywordError(vErrors, instancePath + "/name", "#/$defs/name/type", "type", { type: "string" }, "must be string", schema44, data1);
            errors++;
        }
    }
    if (data.project !== undefined) {
        let data2 = data.project;
        if (typeof data2 === "string") {
            if (func1(data2) < 1) {
                vErrors = addError(vErrors, instancePath + "/project", "#/$defs/word/minLength", "minLength", { limit: 1 }, "must NOT have fewer than 1 characters", 1, schema45, data2);
                errors++;
            }
            if (!pattern15.test(data2)) {
                vErrors = addError(vErrors, instancePath + "/project", "#/$defs/word/pattern", "pattern", { pattern: "^[^.\\-\\s~^:?*\\[\\\\/][^\\s~^:?*\\[\\\\/]*$" }, "must match pattern \"" + "^[^.\\-\\s~^:?*\\[\\\\/][^\\s~^:?*\\[\\\\/]*$" + "\"", "^[^.\\-\\s~^:?*\\[\\\\/][^\\s~^:?*\\[\\\\/]*$", schema45, data2);
                errors++;
            }
        }
        else {
            vErrors = addKeywordError(vErrors, instancePath + "/project", "#/$defs/word/type", "type", { type: "string" }, "must be string", schema45, data2);
            errors++;
        }
    }
    if (data.type !== undefined) {
        let data3 = data.type;
        if (typeof data3 === "string") {
            if (func1(data3) < 1) {
                vErrors = addError(vErrors, instancePath + "/type", "#/$defs/word/minLength", "minLength", { limit: 1 }, "must NOT have fewer than 1 characters", 1, schema45, data3);
                errors++;
            }
            if (!pattern15.test(data3)) {
                vErrors = addError(vErrors, instancePath + "/type", "#/$defs/word/pattern", "pattern", { pattern: "^[^.\\-\\s~^:?*\\[\\\\/][^\\s~^:?*\\[\\\\/]*$" }, "must match pattern \"" + "^[^.\\-\\s~^:?*\\[\\\\/][^\\s~^:?*\\[\\\\/]*$" + "\"", "^[^.\\-\\s~^:?*\\[\\\\/][^\\s~^:?*\\[\\\\/]*$", schema45, data3);
                errors++;
            }
        }
        else {
            vErrors = addKeywordError(vErrors, instancePath + "/type", "#/$defs/word/type", "type", { type: "string" }, "must be string", schema45, data3);
            errors++;
        }
    }
    if (data.created !== undefined) {
        let data4 = data.created;
        if (typeof data4 === "string") {
            if (!(formats0.validate(data4))) {
                vErrors = addError(vErrors, instancePath + "/created", "#/properties/created/format", "format", { format: "date-time" }, "must match format \"" + "date-time" + "\"", "date-time", schema55.properties.created, data4);
                errors++;
            }
        }
        else {
            vErrors = addKeywordError(vErrors, instancePath + "/created", "#/properties/created/type", "type", { type: "string" }, "must be string", schema55.properties.created, data4);
            errors++;
        }
    }
    if (data.code !== undefined) {
        if (!(validate30(data.code, { instancePath: instancePath + "/code", parentData: data, parentDataProperty: "code", rootData, dynamicAnchors }))) {
            vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
            errors = vErrors.length;
        }
    }
    if (data.fingerprint !== undefined) {
        let data6 = data.fingerprint;
        if (typeof data6 === "string") {
            if (!pattern6.test(data6)) {
                vErrors = addError(vErrors, instancePath + "/fingerprint", "#/$defs/sha256/pattern", "pattern", { pattern: "^[0-9a-f]{64}$" }, "must match pattern \"" + "^[0-9a-f]{64}$" + "\"", "^[0-9a-f]{64}$", schema49, data6);
                errors++;
            }
        }
        else {
            vErrors = addKeywordError(vErrors, instancePath + "/fingerprint", "#/$defs/sha256/type", "type", { type: "string" }, "must be string", schema49, data6);
            errors++;
        }
    }
    if (data.metrics !== undefined) {
        if (!(validate27(data.metrics, { instancePath: instancePath + "/metrics", parentData: data, parentDataProperty: "metrics", rootData, dynamicAnchors }))) {
            vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
            errors = vErrors.length;
        }
    }
    if (data.truncated !== undefined) {
        let data8 = data.truncated;
        if (true !== data8) {
            vErrors = addError(vErrors, instancePath + "/truncated", "#/properties/truncated/const", "const", { allowedValue: true }, "must be equal to constant", true, schema55.properties.truncated, data8);
            errors++;
        }
    }
    if (data.record !== undefined) {
        let data9 = data.record;
        if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
            if (data9.asset === undefined) {
                vErrors = addKeywordError(vErrors, instancePath + "/record", "#/properties/record/required", "required", { missingProperty: "asset" }, "must have required property '" + "asset" + "'", schema55.properties.record, data9);
                errors++;
            }
            if (data9.sha256 === undefined) {
                vErrors = addKeywordError(vErrors, instancePath + "/record", "#/properties/record/required", "required", { missingProperty: "sha256" }, "must have required property '" + "sha256" + "'", schema55.properties.record, data9);
                errors++;
            }
            if (data9.bytes === undefined) {
                vErrors = addKeywordError(vErrors, instancePath + "/record", "#/properties/record/required", "required", { missingProperty: "bytes" }, "must have required property '" + "bytes" + "'", schema55.properties.record, data9);
                errors++;
            }
            for (const key1 in data9) {
                if (!(((key1 === "asset") || (key1 === "sha256")) || (key1 === "bytes"))) {
                    vErrors = addError(vErrors, instancePath + "/record", "#/properties/record/additionalProperties", "additionalProperties", { additionalProperty: key1 }, "must NOT have additional properties", false, schema55.properties.record, data9);
                    errors++;
                }
            }
            if (data9.asset !== undefined) {
                let data10 = data9.asset;
                if (typeof data10 !== "string") {
                    vErrors = addKeywordError(vErrors, instancePath + "/record/asset", "#/properties/record/properties/asset/type", "type", { type: "string" }, "must be string", schema55.properties.record.properties.asset, data10);
                    errors++;
                }
            }
            if (data9.sha256 !== undefined) {
                let data11 = data9.sha256;
                if (typeof data11 === "string") {
                    if (!pattern6.test(data11)) {
                        vErrors = addError(vErrors, instancePath + "/record/sha256", "#/$defs/sha256/pattern", "pattern", { pattern: "^[0-9a-f]{64}$" }, "must match pattern \"" + "^[0-9a-f]{64}$" + "\"", "^[0-9a-f]{64}$", schema49, data11);
                        errors++;
                    }
                }
                else {
                    vErrors = addKeywordError(vErrors, instancePath + "/record/sha256", "#/$defs/sha256/type", "type", { type: "string" }, "must be string", schema49, data11);
                    errors++;
                }
            }
            if (data9.bytes !== undefined) {
                let data12 = data9.bytes;
                if (!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))) {
                    vErrors = addKeywordError(vErrors, instancePath + "/record/bytes", "#/properties/record/properties/bytes/type", "type", { type: "integer" }, "must be integer", schema55.properties.record.properties.bytes, data12);
                    errors++;
                }
                if ((typeof data12 == "number") && (isFinite(data12))) {
                    if (data12 < 0 || isNaN(data12)) {
                        vErrors = addError(vErrors, instancePath + "/record/bytes", "#/properties/record/properties/bytes/minimum", "minimum", { comparison: ">=", limit: 0 }, "must be >= 0", 0, schema55.properties.record.properties.bytes, data12);
                        errors++;
                    }
                }
            }
        }
        else {
            vErrors = addKeywordError(vErrors, instancePath + "/record", "#/properties/record/type", "type", { type: "object" }, "must be object", schema55.properties.record, data9);
            errors++;
        }
    }
}
else {
    vErrors = addKeywordError(vErrors, instancePath, "#/type", "type", { type: "object" }, "must be object", schema55, data);
    errors++;
} validate36.errors = vErrors; return errors === 0; }
validate36.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { /*# sourceURL="https://github.com/gitops-mlops/schemas/experiment.schema.json" */ ; let vErrors = null; let errors = 0; const evaluated0 = validate25.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} const _errs0 = errors; let valid0 = false; let passing0 = null; const _errs1 = errors; if (!(validate26(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors }))) {
    vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
    errors = vErrors.length;
} var _valid0 = _errs1 === errors; if (_valid0) {
    valid0 = true;
    passing0 = 0;
    var props0 = true;
} const _errs2 = errors; if (!(validate36(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors }))) {
    vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
    errors = vErrors.length;
} var _valid0 = _errs2 === errors; if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
}
else {
    if (_valid0) {
        valid0 = true;
        passing0 = 1;
        if (props0 !== true) {
            props0 = true;
        }
    }
} if (!valid0) {
    vErrors = addKeywordError(vErrors, instancePath, "#/oneOf", "oneOf", { passingSchemas: passing0 }, "must match exactly one schema in oneOf", schema42, data);
    errors++;
}
else {
    errors = _errs0;
    if (vErrors !== null) {
        if (_errs0) {
            vErrors.length = _errs0;
        }
        else {
            vErrors = null;
        }
    }
} validate25.errors = vErrors; evaluated0.props = props0; return errors === 0; }
validate25.evaluated = { "dynamicProps": true, "dynamicItems": false };
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
(0,precompiled/* registerPrecompiled */.sc)(experiment_schema_namespaceObject, validate);
/** schemas/experiment.schema.json, whose validator is precompiled (importing this module registers it). */
/* harmony default export */ const experiment = (experiment_schema_namespaceObject);

// EXTERNAL MODULE: ./src/core/schema/validate.ts + 1 modules
var schema_validate = __webpack_require__(8450);
;// CONCATENATED MODULE: ./src/core/experiments/schema.ts
/** The experiment record's JSON Schema (`schemas/experiment.schema.json`) and a check against it. */


/** The schema (draft 2020-12), for editors and other readers of experiment tags. */
const experimentSchema = experiment;
/** Where a record breaks the schema (`/path: message`), empty when it conforms. */
function recordProblems(record) {
    const validate = (0,schema_validate/* compileSchema */.Fc)(experimentSchema);
    if (validate(record))
        return [];
    return (validate.errors ?? []).map((e) => `${e.instancePath || '/'}: ${e.message ?? e.keyword}`);
}

// EXTERNAL MODULE: ./src/adapters/git.ts
var adapters_git = __webpack_require__(6960);
;// CONCATENATED MODULE: ./src/adapters/experiments/save.ts
/**
 * Saving a record as tag `exp/{name}`: pick the first free name of the day, tag, push atomically;
 * when another run took the name first, take the next number. Idempotent: a record whose fingerprint
 * is already tagged (locally or on the remote) is not tagged again, only pushed if it was not yet.
 */






/** Tags (and pushes) a record under the first free name of its day. */
async function saveRecord(git, draft, options = {}) {
    assertNamePart('project', draft.project);
    assertNamePart('type', draft.type);
    const base = baseName(draft.project, draft.type, new Date(draft.created));
    const limit = options.limit ?? experiments_message/* TAG_MESSAGE_LIMIT */.Du;
    // Reruns are found by fingerprint among every experiment of the same project and type, any day.
    const family = [`refs/tags/exp/${draft.project}-${draft.type}-*`];
    if (options.remote)
        await fetchFamily(git, options.remote, family);
    const taken = new Set();
    for (let attempt = 0; attempt < (options.attempts ?? 20); attempt++) {
        const entries = await listEntries(git, { messages: true, patterns: family });
        const same = entries.find((e) => e.message?.includes(`"fingerprint":"${draft.fingerprint}"`));
        if (same)
            return existing(git, same, draft, options, limit);
        const day = await listEntries(git, { patterns: dayPatterns(base) });
        const name = nextName(base, [...day.map((e) => e.name), ...taken]);
        taken.add(name);
        const record = orderKeys({ ...draft, name });
        // We built the record, so a schema violation here is a bug, not a user error.
        const problems = recordProblems(record);
        if (problems.length)
            throw new Error(`experiment record breaks schemas/experiment.schema.json: ${problems.slice(0, 3).join('; ')}`);
        const { message, truncated } = (0,experiments_message/* formatMessage */.hw)(record, limit);
        if (!(await tagOnce(git, name, draft.code.commit, message)))
            continue;
        if (!options.remote)
            return { name, tag: tagOf(name), status: 'created', record, truncated, pushed: false };
        if (await git.pushAtomic(options.remote, [`refs/tags/${tagOf(name)}`])) {
            return { name, tag: tagOf(name), status: 'created', record, truncated, pushed: true };
        }
        // Another run pushed this name first: drop ours, read theirs, and try the next number.
        await git.run(['tag', '-d', tagOf(name)]);
        await fetchFamily(git, options.remote, family);
    }
    throw new errors/* UserError */.yo(`could not find a free experiment name for ${base} after ${options.attempts ?? 20} attempts`, {
        hint: 'many runs are recording at once; rerun this one',
    });
}
/** Creates the tag; false when the name was taken meanwhile (a concurrent local record). */
async function tagOnce(git, name, commit, message) {
    try {
        await git.createAnnotatedTag(tagOf(name), commit, message);
        return true;
    }
    catch (error) {
        if ((error instanceof errors/* UserError */.yo || error instanceof adapters_git/* GitError */.X) && /already exists/.test(error.message))
            return false;
        throw error;
    }
}
async function fetchFamily(git, remote, family) {
    const refspecs = family.map((p) => `+${p}:${p}`);
    const r = await git.run(['fetch', '--quiet', '--no-tags', remote, ...refspecs], { allowFailure: true });
    if (r.code !== 0)
        throw new errors/* UserError */.yo(`cannot read experiment tags from remote '${remote}': ${r.stderr.trim()}`, {
            hint: 'check the remote and the token',
        });
}
async function existing(git, entry, draft, options, limit) {
    const parsed = (0,experiments_message/* parseMessage */.vY)(entry.message ?? '');
    const stored = parsed.record && !('truncated' in parsed.record) ? parsed.record : undefined;
    const record = stored ??
        orderKeys({
            ...draft,
            name: entry.name,
            created: parsed.record?.created ?? draft.created,
        });
    let pushed = false;
    if (options.remote) {
        const remoteRefs = await git.lsRemote(options.remote, [`refs/tags/${entry.tag}`]);
        if (!remoteRefs.has(`refs/tags/${entry.tag}`))
            pushed = await git.pushAtomic(options.remote, [`refs/tags/${entry.tag}`]);
    }
    return {
        name: entry.name,
        tag: entry.tag,
        status: 'exists',
        record,
        truncated: (0,experiments_message/* formatMessage */.hw)(record, limit).truncated,
        pushed,
    };
}
/** Key order of the stored JSON: identity first, then content, so the tag message reads top-down. */
function orderKeys(record) {
    const { schemaVersion, name, project, type, created, author, note, fingerprint, ...rest } = record;
    return {
        schemaVersion,
        name,
        project,
        type,
        created,
        author,
        ...(note !== undefined ? { note } : {}),
        fingerprint,
        ...rest,
    };
}

;// CONCATENATED MODULE: ./src/adapters/experiments/record.ts
/** `experiment record` end to end: build the record, tag and push it, publish the pre-release, write the record file. */











/** Records one experiment; a rerun of the same record converges and repairs what a dead run left. */
async function recordExperiment(ctx, run) {
    assertNamePart('project', run.inputs.project);
    assertNamePart('type', run.inputs.type);
    await ensureIdentity(ctx);
    const { draft, findings } = await buildDraft(ctx, run.inputs);
    const saved = await saveRecord(ctx.git, draft, { remote: run.remote, limit: run.limit });
    const release = run.github
        ? await publishExperiment(run.github.client, (0,client/* repoParams */.Vt)(run.github.repository), saved.record, ctx.root)
        : undefined;
    const recordPath = external_node_path_default().resolve(ctx.cwd, run.out ?? external_node_path_default().join(ctx.env.RUNNER_TEMP || external_node_os_default().tmpdir(), 'mlops-experiments', `${saved.name}.json`));
    await (0,promises_.mkdir)(external_node_path_default().dirname(recordPath), { recursive: true });
    await (0,promises_.writeFile)(recordPath, (0,experiments_message/* recordJson */.ki)(saved.record));
    const report = experimentReport(saved.record, {
        status: saved.status,
        truncated: saved.truncated,
        pushed: saved.pushed,
        releaseUrl: release?.url,
        repaired: release ? release.uploaded.length > 0 || release.published || release.created : false,
        findings,
    });
    return { saved, release, recordPath, findings, report };
}
/** Tagging needs a committer identity: on a runner we use the Actions bot, elsewhere the user must set one. */
async function ensureIdentity(ctx) {
    if (ctx.env.GIT_COMMITTER_NAME && ctx.env.GIT_COMMITTER_EMAIL)
        return;
    const r = await ctx.git.run(['var', 'GIT_COMMITTER_IDENT'], { allowFailure: true });
    if (r.code === 0)
        return;
    if (ctx.env.GITHUB_ACTIONS === 'true') {
        process.env.GIT_COMMITTER_NAME = 'github-actions[bot]';
        process.env.GIT_COMMITTER_EMAIL = '41898282+github-actions[bot]@users.noreply.github.com';
        return;
    }
    throw new errors/* UserError */.yo('git has no identity to sign the experiment tag with', {
        hint: 'run `git config user.name "…"` and `git config user.email "…"`',
    });
}

// EXTERNAL MODULE: ./src/adapters/fs/config.ts
var fs_config = __webpack_require__(5730);
;// CONCATENATED MODULE: ./src/adapters/experiments/settings.ts

/** Reads the settings of the repository at `root` (defaults when there is no config). */
async function experimentSettings(root) {
    const { config, findings } = await (0,fs_config/* loadConfig */.Z)(root);
    return { project: config.project, directions: config.evaluation.metrics, models: config.models, findings };
}

// EXTERNAL MODULE: ./src/cli/args.ts
var cli_args = __webpack_require__(7593);
;// CONCATENATED MODULE: ./src/cli/commands/experiment.ts
/** `mlops experiment record|list|show|compare`: experiments as annotated tags and release assets (SPEC §6). */











/** `--remote-name NAME` or `--remote` (origin). */
const remoteOf = (v) => (0,cli_args/* str */.gx)(v, 'remote-name') ?? ((0,cli_args/* bool */.lc)(v, 'remote') ? 'origin' : undefined);
const flag = { type: 'boolean' };
const experiment_text = { type: 'string' };
const many = { type: 'string', multiple: true };
const recordUsage = `usage: mlops experiment record --type TYPE [--params FILE]... [--metrics FILE]... [--artifact PATH]...
       [--dataset CARD|NAME@VERSION]... [--seed N]... [--note TEXT] [--allow-dirty]
       [--from-dvc] [--from-mlflow DIR] [--from-wandb DIR] [--push] [--remote NAME]
       [--artifact-store URI] [--project NAME] [--out FILE] [--json]

Records an experiment as the annotated tag exp/{project}-{type}-{YYYYMMDD}[-N]. With --push the tag is
pushed atomically and, with GITHUB_TOKEN set, a pre-release on it holds the record, metrics, params and
artifacts. Rerunning the same record creates nothing new and repairs a half-finished release.

options:
  --type TYPE            kind of run (train, eval, tune …), part of the name
  --params FILE          hyperparameters, YAML or JSON (nested keys are flattened with dots)
  --metrics FILE         metrics, YAML or JSON (nested keys are flattened with dots)
  --artifact PATH        a file or folder in the repository to hash and attach
  --dataset SPEC         a data card path, or NAME@VERSION of a dataset with a data card
  --seed N               a random seed the run used (warning when none)
  --allow-dirty          record uncommitted changes (with the digest of the diff)
  --from-dvc             read params and metrics named in ./dvc.yaml and data from .dvc files
  --from-mlflow DIR      read an MLflow file-store run (mlruns/<experiment>/<run>)
  --from-wandb DIR       read a W&B run folder (wandb/run-…)
  --push                 push the tag (and publish the release when GITHUB_TOKEN is set)
  --remote NAME          remote to push to (default origin)
  --artifact-store URI   record artifacts over 2 GiB by URI and checksum instead of uploading
  --project NAME         override the project name (default: config \`project\`, else the folder)
  --out FILE             where to write the record JSON (default: a temp folder)
  --json                 print the report as JSON
`;
const recordCommand = {
    name: 'experiment record',
    summary: 'record an experiment as an annotated tag (and a pre-release with --push)',
    usage: recordUsage,
    async run(args, ctx) {
        const { values: v, positionals } = (0,cli_args/* parse */.qg)(args, {
            type: experiment_text,
            params: many,
            metrics: many,
            artifact: many,
            dataset: many,
            seed: many,
            note: experiment_text,
            'allow-dirty': flag,
            'from-dvc': flag,
            'from-mlflow': experiment_text,
            'from-wandb': experiment_text,
            push: flag,
            remote: experiment_text,
            'artifact-store': experiment_text,
            project: experiment_text,
            out: experiment_text,
            json: flag,
        }, recordUsage);
        if (positionals.length)
            throw new errors/* UsageError */.eb(`unexpected argument '${positionals[0]}'`, 'usage: mlops experiment record --type TYPE …');
        const type = (0,cli_args/* str */.gx)(v, 'type');
        if (!type)
            throw new errors/* UsageError */.eb('--type is required', 'e.g. --type train');
        const seeds = (0,cli_args/* list */.p_)(v, 'seed').map((s) => {
            if (!/^-?\d+$/.test(s))
                throw new errors/* UsageError */.eb(`--seed '${s}' is not an integer`);
            return Number(s);
        });
        const git = new adapters_git/* Git */.T(ctx.cwd);
        const root = await git.root();
        const settings = await experimentSettings(root);
        const remote = (0,cli_args/* bool */.lc)(v, 'push') ? ((0,cli_args/* str */.gx)(v, 'remote') ?? 'origin') : undefined;
        const outcome = await recordExperiment({ git, root, cwd: ctx.cwd, env: ctx.env }, {
            inputs: {
                project: (0,cli_args/* str */.gx)(v, 'project') ?? settings.project,
                type,
                params: (0,cli_args/* list */.p_)(v, 'params'),
                metrics: (0,cli_args/* list */.p_)(v, 'metrics'),
                artifacts: (0,cli_args/* list */.p_)(v, 'artifact'),
                datasets: (0,cli_args/* list */.p_)(v, 'dataset'),
                seeds,
                note: (0,cli_args/* str */.gx)(v, 'note'),
                allowDirty: (0,cli_args/* bool */.lc)(v, 'allow-dirty'),
                fromDvc: (0,cli_args/* bool */.lc)(v, 'from-dvc'),
                fromMlflow: (0,cli_args/* str */.gx)(v, 'from-mlflow'),
                fromWandb: (0,cli_args/* str */.gx)(v, 'from-wandb'),
                artifactStore: (0,cli_args/* str */.gx)(v, 'artifact-store'),
            },
            remote,
            github: remote ? await githubFor(git, remote, ctx.env) : undefined,
            out: (0,cli_args/* str */.gx)(v, 'out'),
        });
        outcome.report.findings.unshift(...settings.findings);
        return (0,cli_args/* printReport */.Y_)(ctx, outcome.report, (0,cli_args/* bool */.lc)(v, 'json'));
    },
};
/** The client and `owner/name` for publishing: GITHUB_TOKEN, and GITHUB_REPOSITORY or the remote's GitHub URL. */
async function githubFor(git, remote, env) {
    const token = env.GITHUB_TOKEN || env.GH_TOKEN;
    if (!token)
        return undefined;
    let repository = env.GITHUB_REPOSITORY;
    if (!repository) {
        const url = (await git.run(['remote', 'get-url', remote], { allowFailure: true })).stdout.trim();
        repository = /github\.com[:/]([^/]+\/[^/]+?)(\.git)?$/.exec(url)?.[1];
    }
    if (!repository)
        throw new errors/* UserError */.yo(`cannot tell which GitHub repository '${remote}' is`, {
            hint: 'set GITHUB_REPOSITORY=owner/name',
        });
    return { client: (0,client/* createClient */.UU)({ token, baseUrl: env.GITHUB_API_URL }), repository };
}
/** With --remote, the remote's experiment tags are fetched first, so the listing is the remote's. */
async function fetchIfAsked(git, remote) {
    if (remote)
        await git.fetchTags(remote, ['+refs/tags/exp/*:refs/tags/exp/*']);
}
const listUsage = `usage: mlops experiment list [--type T] [--since DATE] [--long] [--remote | --remote-name NAME] [--json]

Lists experiments newest first from the local tags (one \`git for-each-ref\` that reads names only), or
from the remote first with --remote. --since takes YYYY-MM-DD (UTC) or an ISO 8601 instant (its day).
--long adds the tag date, commit and summary line (reads every tag object: slower on thousands of tags).
`;
const listCommand = {
    name: 'experiment list',
    summary: 'list experiments (newest first)',
    usage: listUsage,
    async run(args, ctx) {
        const options = { type: experiment_text, since: experiment_text, long: flag, remote: flag, 'remote-name': experiment_text, json: flag };
        const { values: v, positionals } = (0,cli_args/* parse */.qg)(args, options, listUsage);
        if (positionals.length)
            throw new errors/* UsageError */.eb(`unexpected argument '${positionals[0]}'`, listUsage.split('\n')[0]);
        const git = new adapters_git/* Git */.T(ctx.cwd);
        await fetchIfAsked(git, remoteOf(v));
        const filter = { type: (0,cli_args/* str */.gx)(v, 'type'), since: (0,cli_args/* str */.gx)(v, 'since') };
        if ((0,cli_args/* bool */.lc)(v, 'long'))
            return (0,cli_args/* printReport */.Y_)(ctx, listReport(selectEntries(await listEntries(git), filter)), (0,cli_args/* bool */.lc)(v, 'json'));
        const { project } = await experimentSettings(await git.root());
        return (0,cli_args/* printReport */.Y_)(ctx, refsReport(selectRefs(await listRefs(git, { project }), filter)), (0,cli_args/* bool */.lc)(v, 'json'));
    },
};
const showUsage = `usage: mlops experiment show NAME [--remote | --remote-name NAME] [--json | --record]

Shows an experiment's record: metrics, params, datasets, artifacts, code and environment.
--record prints the record itself, as JSON (schemas/experiment.schema.json), for scripts.
`;
const showCommand = {
    name: 'experiment show',
    summary: 'show one experiment record',
    usage: showUsage,
    async run(args, ctx) {
        const { values: v, positionals } = (0,cli_args/* parse */.qg)(args, { remote: flag, 'remote-name': experiment_text, json: flag, record: flag }, showUsage);
        if (positionals.length !== 1)
            throw new errors/* UsageError */.eb('give exactly one experiment name', showUsage.split('\n')[0]);
        const git = new adapters_git/* Git */.T(ctx.cwd);
        await fetchIfAsked(git, remoteOf(v));
        if ((0,cli_args/* bool */.lc)(v, 'record')) {
            ctx.stdout(`${JSON.stringify(await readRecord(git, positionals[0]), null, 2)}\n`);
            return 0;
        }
        return (0,cli_args/* printReport */.Y_)(ctx, await showExperiment(git, positionals[0]), (0,cli_args/* bool */.lc)(v, 'json'));
    },
};
const compareUsage = `usage: mlops experiment compare A [B] [--last N] [--base BRANCH] [--model NAME]
       [--remote | --remote-name NAME] [--json]

Compares experiment A with baseline B, like \`dvc metrics diff\`: each metric and changed param with
absolute and relative change, better or worse by the metric's direction (config
\`evaluation.metrics.<name>.higher_is_better\`, else the usual meaning of names such as loss or accuracy),
and a chart of the key metrics over the last N experiments of A's type (default 10).
B is an experiment name, \`main\` (default: the newest experiment on the base branch) or \`production\`
(the experiment behind the model now in production).
`;
const compareCommand = {
    name: 'experiment compare',
    summary: 'compare an experiment with a baseline (experiment, main or production)',
    usage: compareUsage,
    async run(args, ctx) {
        const { values: v, positionals } = (0,cli_args/* parse */.qg)(args, { last: experiment_text, base: experiment_text, model: experiment_text, remote: flag, 'remote-name': experiment_text, json: flag }, compareUsage);
        if (positionals.length < 1 || positionals.length > 2)
            throw new errors/* UsageError */.eb('give one or two experiment names', compareUsage.split('\n')[0]);
        const last = Number((0,cli_args/* str */.gx)(v, 'last') ?? 10);
        if (!Number.isInteger(last) || last < 1)
            throw new errors/* UsageError */.eb(`--last '${(0,cli_args/* str */.gx)(v, 'last')}' is not a positive integer`);
        const git = new adapters_git/* Git */.T(ctx.cwd);
        const root = await git.root();
        await fetchIfAsked(git, remoteOf(v));
        const settings = await experimentSettings(root);
        const report = await compareExperiments(git, {
            candidate: positionals[0],
            baseline: positionals[1],
            baseBranch: (0,cli_args/* str */.gx)(v, 'base') ?? ctx.env.GITHUB_BASE_REF,
            last,
            directions: settings.directions,
            models: settings.models,
            model: (0,cli_args/* str */.gx)(v, 'model'),
            project: settings.project,
            root,
        });
        return (0,cli_args/* printReport */.Y_)(ctx, report, (0,cli_args/* bool */.lc)(v, 'json'));
    },
};
/** The `experiment` command group. */
const experimentCommands = [recordCommand, listCommand, showCommand, compareCommand];


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


/***/ }),

/***/ 5027:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FR: () => (/* binding */ directionOf),
/* harmony export */   Fl: () => (/* binding */ formatValue),
/* harmony export */   In: () => (/* binding */ diffValues),
/* harmony export */   ZV: () => (/* binding */ formatNumber)
/* harmony export */ });
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1688);

// Conventional directions of common metric names (scikit-learn, Keras, Hugging Face evaluate):
// errors, losses and costs go down; scores, accuracies and areas under curves go up.
const LOWER = /^(loss|.*_loss|val_loss|error|err|mae|mse|rmse|rmsle|mape|smape|msle|logloss|log_loss|perplexity|ppl|wer|cer|fpr|fnr|far|frr|latency|.*_latency|duration|time|.*_time|brier|hamming_loss|eer|cost)$/i;
const HIGHER = /^(acc|accuracy|.*_accuracy|balanced_accuracy|precision|recall|f1|f1_score|.*_f1|fbeta|auc|roc_auc|auroc|pr_auc|auprc|ap|average_precision|map|ndcg|mrr|r2|r2_score|bleu|rouge.*|meteor|iou|miou|dice|tpr|tnr|specificity|sensitivity|score|.*_score|exact_match|em|throughput|explained_variance|kappa|mcc|top_?\d+.*)$/i;
/** The direction of a metric: the config first, then the conventional meaning of its last name segment. */
function directionOf(metric, config = {}) {
    const configured = config[metric]?.higher_is_better ?? config[lastSegment(metric)]?.higher_is_better;
    if (configured !== undefined)
        return configured ? 'higher' : 'lower';
    const last = lastSegment(metric);
    if (LOWER.test(last))
        return 'lower';
    if (HIGHER.test(last))
        return 'higher';
    return undefined;
}
function lastSegment(name) {
    const dot = name.lastIndexOf('.');
    return dot < 0 ? name : name.slice(dot + 1);
}
/** Compares two flattened maps; with `directions` the numeric changes of metrics are judged. */
function diffValues(baseline, candidate, directions) {
    const names = [...new Set([...Object.keys(baseline), ...Object.keys(candidate)])].sort();
    return names.map((name) => diffOne(name, baseline, candidate, directions));
}
function diffOne(name, a, b, directions) {
    const inA = Object.hasOwn(a, name);
    const inB = Object.hasOwn(b, name);
    const baseline = a[name];
    const candidate = b[name];
    if (!inA)
        return { name, candidate, verdict: 'added' };
    if (!inB)
        return { name, baseline, verdict: 'removed' };
    const x = (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .asNumber */ .i)(baseline);
    const y = (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .asNumber */ .i)(candidate);
    if (x === undefined || y === undefined) {
        return {
            name,
            baseline,
            candidate,
            verdict: String(baseline) === String(candidate) ? 'same' : 'changed',
        };
    }
    const change = y - x;
    const relative = x !== 0 ? change / Math.abs(x) : undefined;
    return {
        name,
        baseline,
        candidate,
        change,
        relative,
        verdict: judge(change, directions ? directionOf(name, directions) : undefined),
    };
}
function judge(change, direction) {
    if (change === 0)
        return 'same';
    if (!direction)
        return 'changed';
    return change > 0 === (direction === 'higher') ? 'better' : 'worse';
}
/** Formats a number for tables: up to 6 significant digits, no exponent for ordinary magnitudes. */
function formatNumber(value) {
    if (Number.isInteger(value))
        return String(value);
    return String(Number(value.toPrecision(6)));
}
/** Formats a value for tables (text as is, missing as `-`). */
function formatValue(value) {
    if (value === undefined)
        return '-';
    if (typeof value === 'number')
        return formatNumber(value);
    return String(value);
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
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8979);

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
        record: { asset: RECORD_ASSET, sha256: (0,_record_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Hex */ .fg)(json), bytes: Buffer.byteLength(json) },
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
/** The type named in a summary line (`name: type experiment at …`), without parsing the JSON. */
function typeFromSummary(summary) {
    return /^\S+: (\S+) experiment at /.exec(summary)?.[1];
}


/***/ }),

/***/ 8979:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ax: () => (/* binding */ fingerprintOf),
/* harmony export */   dj: () => (/* binding */ canonicalJson),
/* harmony export */   fg: () => (/* binding */ sha256Hex)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The experiment record (SPEC §6, schema `schemas/experiment.schema.json`): everything needed to
 * reproduce and judge one training or evaluation run. Pure types and canonical hashing.
 */

/** JSON with keys sorted at every level, so equal records hash equally whatever the key order. */
function canonicalJson(value) {
    return JSON.stringify(sortKeys(value));
}
function sortKeys(value) {
    if (Array.isArray(value))
        return value.map(sortKeys);
    if (value && typeof value === 'object') {
        const out = {};
        for (const key of Object.keys(value).sort())
            out[key] = sortKeys(value[key]);
        return out;
    }
    return value;
}
/** SHA-256 hex of a string or bytes. */
function sha256Hex(data) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex');
}
/**
 * The identity of a run: its content (params, metrics, data, code, seeds, artifacts, note, source)
 * plus the GitHub run id when there is one, so a re-run attempt of the same workflow run converges on
 * the same experiment while two workflow runs with equal results stay two experiments. The name, the
 * time and the machine are left out: they differ between attempts of the same run.
 */
function fingerprintOf(record) {
    const { environment, ...content } = record;
    return sha256Hex(canonicalJson({ ...content, lockfiles: environment.lockfiles, runId: environment.runner.runId ?? null }));
}


/***/ }),

/***/ 1688:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bq: () => (/* binding */ flatten),
/* harmony export */   Qc: () => (/* binding */ parseValues),
/* harmony export */   i: () => (/* binding */ asNumber),
/* harmony export */   vV: () => (/* binding */ yamlOrThrow)
/* harmony export */ });
/* unused harmony export MAX_VALUES_BYTES */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _yaml_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1971);
/** Params and metrics files (YAML or JSON), flattened to dotted names the way `dvc params diff` shows them. */


/**
 * Flattens nested objects to dotted keys (`{train: {lr: 0.1}}` → `train.lr`) and arrays to
 * indexed keys (`layers.0`), as DVC does for params and metrics files.
 */
function flatten(value, prefix = '', out = {}) {
    if (Array.isArray(value)) {
        if (value.length === 0 && prefix)
            out[prefix] = '[]';
        value.forEach((v, i) => flatten(v, prefix ? `${prefix}.${i}` : String(i), out));
    }
    else if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
        const entries = Object.entries(value);
        if (entries.length === 0 && prefix)
            out[prefix] = '{}';
        for (const [k, v] of entries)
            flatten(v, prefix ? `${prefix}.${k}` : k, out);
    }
    else if (prefix) {
        out[prefix] = toScalar(value);
    }
    return out;
}
function toScalar(value) {
    if (value === null || value === undefined)
        return null;
    if (typeof value === 'number')
        return Number.isFinite(value) ? value : String(value);
    if (typeof value === 'string' || typeof value === 'boolean')
        return value;
    if (value instanceof Date)
        return value.toISOString();
    return String(value);
}
/** Params and metrics files can hold thousands of values; far above that is not a metrics file. */
const MAX_VALUES_BYTES = 32 * 1024 * 1024;
/** Parses YAML (or JSON) with the safe parser; its first error becomes a UserError with file and line. */
function yamlOrThrow(text, file, options = {}, hint) {
    const parsed = (0,_yaml_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseYaml */ .hN)(text, file, { rulePrefix: 'experiment', ...options });
    const error = parsed.findings.find((f) => f.severity === 'error');
    if (!error)
        return parsed.value;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`cannot read ${file}: ${error.message}`, {
        file,
        line: error.line,
        column: error.column,
        hint: error.hint ?? hint,
    });
}
/**
 * Parses a params or metrics file (JSON is YAML 1.2, so the one safe YAML parser reads both) and
 * flattens it. Malformed text or a top level that is not a mapping is a UserError naming file and line.
 */
function parseValues(text, file) {
    const hint = 'params and metrics files are YAML or JSON mappings; nested mappings are flattened with dots';
    return flatten(yamlOrThrow(text, file, { expect: 'mapping', maxBytes: MAX_VALUES_BYTES }, hint) ?? {});
}
/** Reads a numeric value for comparison: numbers and numeric strings count, anything else is text. */
function asNumber(value) {
    if (typeof value === 'number')
        return value;
    if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
        return Number(value);
    return undefined;
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
/* unused harmony export isValidStageName */
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
// Without GTO's `dir=` prefix (nearly every tag) a simpler pattern avoids backtracking over the folder part.
const PLAIN_TAG_RE = new RegExp(`^(?<artifact>${NAME})${ACTION}`);
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
/** Parses a tag name; undefined when it is not a registry tag (experiment tags, release tags …). */
function parseTagName(tag) {
    if (!tag.includes('@') && !tag.includes('#'))
        return undefined;
    const m = (tag.includes('=') ? TAG_RE : PLAIN_TAG_RE).exec(tag);
    const g = m?.groups;
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

/***/ 1971:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hN: () => (/* reexport safe */ _parse_js__WEBPACK_IMPORTED_MODULE_0__.hN),
/* harmony export */   x5: () => (/* reexport safe */ _locate_js__WEBPACK_IMPORTED_MODULE_1__.x)
/* harmony export */ });
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2816);
/* harmony import */ var _locate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1473);
/** Safe YAML parsing with source locations; see parse.ts and locate.ts. */




/***/ })

};

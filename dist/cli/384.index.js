export const id = 384;
export const ids = [384];
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

/***/ 7384:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  recordExperiment: () => (/* binding */ recordExperiment)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/experiments/message.ts
var experiments_message = __webpack_require__(5819);
// EXTERNAL MODULE: ./src/core/experiments/naming.ts
var naming = __webpack_require__(5938);
// EXTERNAL MODULE: ./src/core/experiments/report.ts
var experiments_report = __webpack_require__(1292);
// EXTERNAL MODULE: ./src/adapters/github/repo.ts
var repo = __webpack_require__(4284);
// EXTERNAL MODULE: ./src/core/experiments/values.ts
var values = __webpack_require__(1688);
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
// EXTERNAL MODULE: ./src/core/sha256.ts
var sha256 = __webpack_require__(7424);
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
        throw new errors/* UserError */.yo(`the work tree has uncommitted changes (${list}${changed.length > 5 ? ', \u2026' : ''})`, {
            hint: 'commit them so the experiment names reproducible code, or pass --allow-dirty to record the diff digest',
        });
    }
    return { ...base, dirty: true, diffSha256: await diffDigest(git, root, exclude) };
}
async function diffDigest(git, root, exclude) {
    const hash = (0,sha256/* sha256 */.s)();
    hash.update((await git.run(['diff', '--binary', 'HEAD', '--', '.', ...exclude])).stdout);
    const untracked = (await git.run(['ls-files', '-z', '--others', '--exclude-standard', '--', '.', ...exclude])).stdout
        .split('\0')
        .filter(Boolean)
        .sort();
    for (const file of untracked)
        hash.update(`\0${file}\0${(await (0,fs_hash/* sha256File */.Q)(external_node_path_default().join(root, file))).sha256}`);
    return hash.digest('hex');
}

// EXTERNAL MODULE: ./src/core/cards/frontmatter.ts
var frontmatter = __webpack_require__(9125);
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
 * taken from the data card's `files` (SPEC \u00a74); a file the card lists without a checksum is hashed.
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
        fingerprint: (0,record/* fingerprintOf */.a)(content),
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

// EXTERNAL MODULE: ./src/core/experiments/compare.ts
var compare = __webpack_require__(5027);
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
    const shortOf = (p) => (0,releases/* releaseAssetName */.Dz)(external_node_path_default().posix.basename(p));
    const shorts = record.artifacts.map((a) => shortOf(a.path));
    for (const a of record.artifacts.filter((x) => !x.uri)) {
        // GitHub asset names are flat and plain: the file name, or the whole path with `/` \u2192 `.` when names collide.
        const short = shortOf(a.path);
        const name = reserved.has(short) || shorts.filter((s) => s === short).length > 1 ? (0,releases/* releaseAssetName */.Dz)(a.path.replaceAll('/', '.')) : short;
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
const experiment_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://github.com/gitops-mlops/schemas/experiment.schema.json","title":"Experiment record","description":"The record of one experiment, stored as JSON after the summary line of the annotated tag `exp/{name}` and as the release asset `experiment.json` (SPEC \u00a76). Over the tag message limit (64 KiB) the tag holds a stub (`truncated: true`) with the digest of the full record.","oneOf":[{"$ref":"#/$defs/record"},{"$ref":"#/$defs/stub"}],"$defs":{"name":{"type":"string","pattern":"^[^\\\\s~^:?*\\\\[\\\\\\\\/]+$","description":"`{project}-{type}-{YYYYMMDD}`, then `-2`, `-3` \u2026 for later experiments of the same UTC day."},"word":{"type":"string","minLength":1,"pattern":"^[^.\\\\-\\\\s~^:?*\\\\[\\\\\\\\/][^\\\\s~^:?*\\\\[\\\\\\\\/]*$","description":"A part of the name: no characters git refuses in tag names, no `/`."},"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$"},"scalar":{"type":["string","number","boolean","null"]},"values":{"type":"object","description":"Flattened values: nested keys joined with dots (`train.lr`), list items by index (`layers.0`).","additionalProperties":{"$ref":"#/$defs/scalar"}},"file":{"type":"object","required":["path","sha256","bytes"],"additionalProperties":false,"properties":{"path":{"type":"string","description":"Repository-relative, forward slashes."},"sha256":{"$ref":"#/$defs/sha256"},"bytes":{"type":"integer","minimum":0},"uri":{"type":"string","description":"Where the file is stored when it is not a release asset (over GitHub\'s 2 GiB asset limit, `--artifact-store`)."}}},"code":{"type":"object","required":["commit","dirty"],"additionalProperties":false,"properties":{"commit":{"type":"string","pattern":"^[0-9a-f]{40}([0-9a-f]{24})?$"},"branch":{"type":"string"},"dirty":{"type":"boolean","description":"Uncommitted changes were in the run (only with `--allow-dirty`)."},"diffSha256":{"$ref":"#/$defs/sha256","description":"SHA-256 of `git diff --binary HEAD` plus the untracked files, when dirty."},"repository":{"type":"string","description":"`owner/name` on GitHub."}}},"record":{"type":"object","required":["schemaVersion","name","project","type","created","author","params","metrics","datasets","code","environment","seeds","artifacts","fingerprint"],"additionalProperties":false,"properties":{"schemaVersion":{"const":1},"name":{"$ref":"#/$defs/name"},"project":{"$ref":"#/$defs/word"},"type":{"$ref":"#/$defs/word"},"created":{"type":"string","format":"date-time"},"author":{"type":"object","required":["name"],"additionalProperties":false,"properties":{"name":{"type":"string"},"email":{"type":"string"}}},"note":{"type":"string"},"params":{"$ref":"#/$defs/values","description":"Hyperparameters."},"metrics":{"$ref":"#/$defs/values","description":"Metrics; non-numeric values are compared as text."},"metricHistory":{"type":"object","description":"Every logged value of a metric (MLflow imports).","additionalProperties":{"type":"array","items":{"type":"object","required":["step","value"],"additionalProperties":false,"properties":{"step":{"type":"number"},"value":{"type":"number"},"timestamp":{"type":"number"}}}}},"datasets":{"type":"array","items":{"type":"object","required":["name","files"],"additionalProperties":false,"properties":{"name":{"type":"string"},"version":{"type":"string"},"card":{"type":"string","description":"The data card (or `.dvc` file) that declares the dataset."},"files":{"type":"array","items":{"type":"object","required":["path"],"additionalProperties":false,"properties":{"path":{"type":"string"},"sha256":{"$ref":"#/$defs/sha256"},"md5":{"type":"string","description":"DVC\'s checksum, for data tracked by DVC."},"bytes":{"type":"integer","minimum":0}}}}}}},"code":{"$ref":"#/$defs/code"},"environment":{"type":"object","required":["os","runtimes","runner","lockfiles"],"additionalProperties":false,"properties":{"os":{"type":"object","required":["platform","release","arch"],"additionalProperties":false,"properties":{"platform":{"type":"string"},"release":{"type":"string"},"arch":{"type":"string"}}},"runtimes":{"type":"object","additionalProperties":{"type":"string"},"description":"Versions of node, python, git found."},"runner":{"type":"object","required":["kind"],"additionalProperties":false,"properties":{"kind":{"enum":["github-actions","local"]},"name":{"type":"string"},"os":{"type":"string"},"arch":{"type":"string"},"workflow":{"type":"string"},"runId":{"type":"string"},"runAttempt":{"type":"string"}}},"lockfiles":{"type":"array","items":{"$ref":"#/$defs/file"},"description":"requirements*.txt, poetry.lock, uv.lock, Pipfile.lock, environment.yml, package-lock.json \u2026 found in the repository."}}},"seeds":{"type":"array","items":{"type":"integer"}},"artifacts":{"type":"array","items":{"$ref":"#/$defs/file"}},"source":{"type":"object","required":["tool","path"],"additionalProperties":false,"properties":{"tool":{"enum":["dvc","mlflow","wandb"]},"path":{"type":"string"},"runId":{"type":"string"}}},"tags":{"type":"object","additionalProperties":{"type":"string"}},"fingerprint":{"$ref":"#/$defs/sha256","description":"Identity of the run: reruns with the same fingerprint create nothing new."}}},"stub":{"type":"object","required":["schemaVersion","name","project","type","created","code","fingerprint","truncated","record"],"additionalProperties":false,"properties":{"schemaVersion":{"const":1},"name":{"$ref":"#/$defs/name"},"project":{"$ref":"#/$defs/word"},"type":{"$ref":"#/$defs/word"},"created":{"type":"string","format":"date-time"},"code":{"$ref":"#/$defs/code"},"fingerprint":{"$ref":"#/$defs/sha256"},"metrics":{"$ref":"#/$defs/values"},"truncated":{"const":true},"record":{"type":"object","required":["asset","sha256","bytes"],"additionalProperties":false,"properties":{"asset":{"type":"string"},"sha256":{"$ref":"#/$defs/sha256"},"bytes":{"type":"integer","minimum":0}}}}}}}');
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

// EXTERNAL MODULE: ./src/adapters/git.ts + 1 modules
var adapters_git = __webpack_require__(3073);
// EXTERNAL MODULE: ./src/adapters/experiments/store.ts
var store = __webpack_require__(9874);
;// CONCATENATED MODULE: ./src/adapters/experiments/save.ts
/**
 * Saving a record as tag `exp/{name}`: pick the first free name of the day, tag, push atomically;
 * when another run took the name first, take the next number. Idempotent: a record whose fingerprint
 * is already tagged (locally or on the remote) is not tagged again, only pushed if it was not yet.
 */






/** Tags (and pushes) a record under the first free name of its day. */
async function saveRecord(git, draft, options = {}) {
    (0,naming/* assertNamePart */.he)('project', draft.project);
    (0,naming/* assertNamePart */.he)('type', draft.type);
    const base = (0,naming/* baseName */.Fl)(draft.project, draft.type, new Date(draft.created));
    const limit = options.limit ?? experiments_message/* TAG_MESSAGE_LIMIT */.Du;
    // Reruns are found by fingerprint among every experiment of the same project and type, any day.
    const family = [`refs/tags/exp/${draft.project}-${draft.type}-*`];
    if (options.remote)
        await fetchFamily(git, options.remote, family);
    const taken = new Set();
    for (let attempt = 0; attempt < (options.attempts ?? 20); attempt++) {
        const entries = await (0,store/* listEntries */.fi)(git, { messages: true, patterns: family });
        const same = entries.find((e) => e.message?.includes(`"fingerprint":"${draft.fingerprint}"`));
        if (same)
            return existing(git, same, draft, options, limit);
        const day = await (0,store/* listEntries */.fi)(git, { patterns: (0,store/* dayPatterns */.S5)(base) });
        const name = (0,naming/* nextName */.HW)(base, [...day.map((e) => e.name), ...taken]);
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
            return { name, tag: (0,naming/* tagOf */.cO)(name), status: 'created', record, truncated, pushed: false };
        if (await git.pushAtomic(options.remote, [`refs/tags/${(0,naming/* tagOf */.cO)(name)}`])) {
            return { name, tag: (0,naming/* tagOf */.cO)(name), status: 'created', record, truncated, pushed: true };
        }
        // Another run pushed this name first: drop ours, read theirs, and try the next number.
        await git.run(['tag', '-d', (0,naming/* tagOf */.cO)(name)]);
        await fetchFamily(git, options.remote, family);
    }
    throw new errors/* UserError */.yo(`could not find a free experiment name for ${base} after ${options.attempts ?? 20} attempts`, {
        hint: 'many runs are recording at once; rerun this one',
    });
}
/** Creates the tag; false when the name was taken meanwhile (a concurrent local record). */
async function tagOnce(git, name, commit, message) {
    try {
        await git.createAnnotatedTag((0,naming/* tagOf */.cO)(name), commit, message);
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
    (0,naming/* assertNamePart */.he)('project', run.inputs.project);
    (0,naming/* assertNamePart */.he)('type', run.inputs.type);
    await ensureIdentity(ctx);
    const { draft, findings } = await buildDraft(ctx, run.inputs);
    const saved = await saveRecord(ctx.git, draft, { remote: run.remote, limit: run.limit });
    const release = run.github
        ? await publishExperiment(run.github.client, (0,repo/* repoParams */.V)(run.github.repository), saved.record, ctx.root)
        : undefined;
    const recordPath = external_node_path_default().resolve(ctx.cwd, run.out ?? external_node_path_default().join(ctx.env.RUNNER_TEMP || external_node_os_default().tmpdir(), 'mlops-experiments', `${saved.name}.json`));
    await (0,promises_.mkdir)(external_node_path_default().dirname(recordPath), { recursive: true });
    await (0,promises_.writeFile)(recordPath, (0,experiments_message/* recordJson */.ki)(saved.record));
    const report = (0,experiments_report/* experimentReport */.qu)(saved.record, {
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
        hint: 'run `git config user.name "\u2026"` and `git config user.email "\u2026"`',
    });
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
 * repository is read or written because a file said so (SPEC \u00a711), neither by `..` nor through a
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

/***/ 3046:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dz: () => (/* binding */ releaseAssetName),
/* harmony export */   GN: () => (/* binding */ downloadReleaseAsset),
/* harmony export */   IC: () => (/* binding */ MAX_ASSET_BYTES),
/* harmony export */   w9: () => (/* binding */ ensureRelease)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _core_sha256_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7424);
/* harmony import */ var _fs_hash_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8604);
/**
 * Releases that converge: `ensureRelease` finds or creates the release as a draft, uploads every
 * asset that is missing or differs, then publishes it, so immutable releases work and a run that died
 * halfway (no release, missing or half-uploaded assets, a draft never published) is repaired by the
 * next run. Shared by experiments (pre-releases on `exp/\u2026`) and the registry (model versions).
 */





/** GitHub refuses release assets of 2 GiB or more ("each file \u2026 must be under 2 GiB"). */
const MAX_ASSET_BYTES = 2 * 1024 * 1024 * 1024 - 1;
/**
 * The name GitHub keeps for a release asset. GitHub renames names with special characters or leading
 * or trailing periods (REST docs, "Upload a release asset"), so a rerun would look for the name it
 * gave, miss the renamed asset and fail uploading it again; these names use only letters, digits,
 * `.`, `-` and `_` (`model v2 (final).pkl` \u2192 `model.v2.final.pkl`), which GitHub leaves alone.
 */
function releaseAssetName(name) {
    return name.replace(/[^A-Za-z0-9._-]+/g, '.').replace(/\.{2,}/g, '.').replace(/^\.+|\.+$/g, '') || 'asset';
}
/** Creates, repairs or leaves alone the release on `spec.tag`; see the module comment. */
async function ensureRelease(client, repo, spec) {
    const assets = await Promise.all(spec.assets.map((a) => prepare({ ...a, name: releaseAssetName(a.name) })));
    const duplicate = assets.find((a, i) => assets.findIndex((b) => b.spec.name === a.spec.name) !== i);
    if (duplicate)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`two release assets are named '${duplicate.spec.name}'`, {
            hint: 'give every asset a unique name',
        });
    let release = await findRelease(client, repo, spec.tag);
    const created = !release;
    if (!release) {
        const r = await client.rest.repos.createRelease({
            ...repo,
            tag_name: spec.tag,
            name: spec.name,
            body: spec.body ?? '',
            draft: true,
            prerelease: spec.prerelease ?? false,
        });
        release = r.data;
    }
    const existing = await client.paginate(client.rest.repos.listReleaseAssets, {
        ...repo,
        release_id: release.id,
        per_page: 100,
    });
    const uploaded = [];
    const replaced = [];
    for (const asset of assets) {
        const current = existing.find((e) => e.name === asset.spec.name);
        if (current && matches(current, asset))
            continue;
        if (current) {
            await client.rest.repos.deleteReleaseAsset({ ...repo, asset_id: current.id });
            replaced.push(asset.spec.name);
        }
        await upload(client, release, asset);
        uploaded.push(asset.spec.name);
    }
    let published = false;
    if (release.draft) {
        const latest = spec.makeLatest === undefined
            ? {}
            : { make_latest: spec.makeLatest ? 'true' : 'false' };
        const r = await client.rest.repos.updateRelease({
            ...repo,
            release_id: release.id,
            draft: false,
            prerelease: spec.prerelease ?? false,
            ...latest,
        });
        release = r.data;
        published = true;
    }
    return { id: release.id, url: release.html_url, created, published, uploaded, replaced };
}
async function prepare(spec) {
    if (spec.data !== undefined) {
        const bytes = typeof spec.data === 'string' ? Buffer.byteLength(spec.data) : spec.data.byteLength;
        return { spec, bytes, sha256: spec.sha256 ?? (0,_core_sha256_js__WEBPACK_IMPORTED_MODULE_4__/* .sha256Hex */ .f)(spec.data) };
    }
    if (!spec.path)
        throw new Error(`release asset '${spec.name}' has neither path nor data`);
    const size = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(spec.path).then((s) => s.size, () => undefined);
    if (size === undefined)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`release asset '${spec.name}': ${spec.path} does not exist`, { file: spec.path });
    if (size > MAX_ASSET_BYTES) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`release asset '${spec.name}' is ${size} bytes; GitHub release assets must be under 2 GiB`, {
            file: spec.path,
            hint: 'store it elsewhere and record it by URI and checksum (experiments: --artifact-store URI)',
        });
    }
    return { spec, bytes: size, sha256: spec.sha256 ?? (await (0,_fs_hash_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256File */ .Q)(spec.path)).sha256 };
}
/** An asset is kept when fully uploaded with the same size and, where GitHub reports one, the same digest. */
function matches(current, wanted) {
    if (current.state !== 'uploaded' || current.size !== wanted.bytes)
        return false;
    return !current.digest || current.digest === `sha256:${wanted.sha256}`;
}
/**
 * How many pages of releases (newest first) are searched for a draft. A draft is left by a run that
 * died minutes before, so it is among the newest; capping the search keeps every new release from
 * listing thousands of older ones.
 */
const DRAFT_SEARCH_PAGES = 5;
/** The release on a tag: published ones by tag, drafts (invisible to that endpoint) from the list. */
async function findRelease(client, repo, tag) {
    try {
        return (await client.rest.repos.getReleaseByTag({ ...repo, tag })).data;
    }
    catch (error) {
        if (error.status !== 404)
            throw error;
    }
    let pages = 0;
    for await (const page of client.paginate.iterator(client.rest.repos.listReleases, {
        ...repo,
        per_page: 100,
    })) {
        const found = page.data.find((r) => r.tag_name === tag);
        if (found)
            return found;
        if (++pages >= DRAFT_SEARCH_PAGES)
            break;
    }
    return undefined;
}
async function upload(client, release, asset) {
    // Small assets go as a buffer (retries can resend them); large files are streamed.
    const data = asset.spec.data !== undefined
        ? Buffer.from(asset.spec.data)
        : asset.bytes <= 64 * 1024 * 1024
            ? await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(asset.spec.path)
            : (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(asset.spec.path);
    await client.request({
        method: 'POST',
        url: release.upload_url,
        name: asset.spec.name,
        data: data,
        headers: {
            'content-type': asset.spec.contentType ?? 'application/octet-stream',
            'content-length': asset.bytes,
        },
    });
}
/** The bytes of a release asset (GitHub answers `application/octet-stream` with the file, after a redirect). */
async function downloadReleaseAsset(client, repo, assetId) {
    const r = await client.rest.repos.getReleaseAsset({
        ...repo,
        asset_id: assetId,
        headers: { accept: 'application/octet-stream' },
    });
    const data = r.data;
    if (data instanceof ArrayBuffer)
        return Buffer.from(new Uint8Array(data));
    if (ArrayBuffer.isView(data))
        return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    return Buffer.from(typeof data === 'string' ? data : JSON.stringify(data));
}


/***/ }),

/***/ 4284:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ repoParams)
/* harmony export */ });
/** `owner/name` handling, apart from the client so that code naming a repository does not load Octokit. */
/** `owner/name` of a repository split into the parameters Octokit expects. */
function repoParams(repository) {
    const [owner, repo, ...rest] = repository.split('/');
    if (!owner || !repo || rest.length)
        throw new Error(`repository must be owner/name, got '${repository}'`);
    return { owner, repo };
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


/***/ }),

/***/ 8979:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ fingerprintOf),
/* harmony export */   d: () => (/* binding */ canonicalJson)
/* harmony export */ });
/* harmony import */ var _sha256_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7424);
/**
 * The experiment record (SPEC \u00a76, schema `schemas/experiment.schema.json`): everything needed to
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
/**
 * The identity of a run: its content (params, metrics, data, code, seeds, artifacts, note, source)
 * plus the GitHub run id when there is one, so a re-run attempt of the same workflow run converges on
 * the same experiment while two workflow runs with equal results stay two experiments. The name, the
 * time and the machine are left out: they differ between attempts of the same run.
 */
function fingerprintOf(record) {
    const { environment, ...content } = record;
    return (0,_sha256_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Hex */ .f)(canonicalJson({ ...content, lockfiles: environment.lockfiles, runId: environment.runner.runId ?? null }));
}


/***/ })

};

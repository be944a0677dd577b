export const id = 183;
export const ids = [183];
export const modules = {

/***/ 5183:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cardOf: () => (/* binding */ cardOf),
  checkContracts: () => (/* binding */ checkContracts),
  checkDataFiles: () => (/* binding */ checkDataFiles),
  readContractFile: () => (/* binding */ readContractFile)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/cards/datafiles.ts + 1 modules
var datafiles = __webpack_require__(3727);
// EXTERNAL MODULE: ./src/core/cards/frontmatter.ts
var frontmatter = __webpack_require__(9125);
;// CONCATENATED MODULE: ./src/core/data/contract.ts
/** Frictionless Table Schema field types. */
const FIELD_TYPES = (/* unused pure expression or super */ null && ([
    'string',
    'number',
    'integer',
    'boolean',
    'date',
    'datetime',
    'time',
    'year',
    'duration',
    'object',
    'array',
    'any',
]));
const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Normalises a parsed contract (our YAML, a data card's `schema`, or a GX suite JSON) into expectations. */
function normaliseContract(value, file, basePath = []) {
    const findings = [];
    const contract = { columns: [], expectations: [], findings };
    if (!isObj(value)) {
        findings.push({
            rule: 'contract/not-a-mapping',
            severity: 'error',
            message: 'a data contract must be a mapping with `columns` and/or `expectations`',
            file,
        });
        return contract;
    }
    const key = Array.isArray(value.columns) ? 'columns' : 'fields';
    const columns = Array.isArray(value[key]) ? value[key] : [];
    columns.forEach((raw, i) => {
        if (!isObj(raw) || typeof raw.name !== 'string')
            return;
        const spec = raw;
        contract.columns.push(spec);
        contract.expectations.push(...columnExpectations(spec, [...basePath, key, i]));
    });
    const pk = value.primaryKey ?? value.primary_key;
    if (typeof pk === 'string' || Array.isArray(pk)) {
        const cols = (Array.isArray(pk) ? pk : [pk]).map(String);
        const path = [...basePath, value.primaryKey !== undefined ? 'primaryKey' : 'primary_key'];
        for (const column of cols)
            contract.expectations.push({ type: 'expect_column_values_to_not_be_null', kwargs: { column }, path });
        contract.expectations.push({
            type: 'expect_compound_columns_to_be_unique',
            kwargs: { column_list: cols },
            path,
        });
    }
    const list = Array.isArray(value.expectations) ? value.expectations : [];
    list.forEach((raw, i) => {
        const e = expectationEntry(raw, [...basePath, 'expectations', i]);
        if (e)
            contract.expectations.push(e);
        else
            findings.push({
                rule: 'contract/bad-expectation',
                severity: 'error',
                message: `expectations[${i}] is not an expectation`,
                file,
                hint: 'Write `- expect_column_values_to_not_be_null: {column: id}` or `{type: expect_\u2026, kwargs: {\u2026}}`.',
            });
    });
    return contract;
}
/** `{type|expectation_type, kwargs, meta}` (GX 1.x / 0.18) or `{expect_name: {kwargs}}` (our short form). */
function expectationEntry(raw, path) {
    if (!isObj(raw))
        return undefined;
    const type = raw.type ?? raw.expectation_type;
    if (typeof type === 'string') {
        const kwargs = isObj(raw.kwargs) ? raw.kwargs : {};
        return { type, kwargs, path, ...(isObj(raw.meta) ? { meta: raw.meta } : {}) };
    }
    const keys = Object.keys(raw);
    if (keys.length === 1 && keys[0].startsWith('expect_')) {
        const kwargs = raw[keys[0]];
        return { type: keys[0], kwargs: isObj(kwargs) ? { ...kwargs } : {}, path: [...path, keys[0]] };
    }
    return undefined;
}
/** The expectations a Frictionless field implies: its type, `required`, `unique` and constraints. */
function columnExpectations(spec, path) {
    const column = spec.name;
    const c = { ...(spec.constraints ?? {}) };
    const out = [
        { type: 'expect_column_to_exist', kwargs: { column }, path: [...path, 'name'] },
    ];
    const at = (k) => spec.constraints && k in spec.constraints ? [...path, 'constraints', k] : [...path, k];
    if (spec.type && spec.type !== 'any' && spec.type !== 'string') {
        out.push({
            type: 'expect_column_values_to_be_of_type',
            kwargs: { column, type_: spec.type },
            path: [...path, 'type'],
        });
    }
    if (spec.required || c.required)
        out.push({ type: 'expect_column_values_to_not_be_null', kwargs: { column }, path: at('required') });
    if (spec.unique || c.unique)
        out.push({ type: 'expect_column_values_to_be_unique', kwargs: { column }, path: at('unique') });
    const min = c.exclusiveMinimum ?? c.minimum;
    const max = c.exclusiveMaximum ?? c.maximum;
    if (min !== undefined || max !== undefined) {
        out.push({
            type: 'expect_column_values_to_be_between',
            kwargs: {
                column,
                min_value: min ?? null,
                max_value: max ?? null,
                strict_min: c.exclusiveMinimum !== undefined,
                strict_max: c.exclusiveMaximum !== undefined,
            },
            path: at(min !== undefined
                ? c.exclusiveMinimum !== undefined
                    ? 'exclusiveMinimum'
                    : 'minimum'
                : c.exclusiveMaximum !== undefined
                    ? 'exclusiveMaximum'
                    : 'maximum'),
        });
    }
    if (c.minLength !== undefined || c.maxLength !== undefined) {
        out.push({
            type: 'expect_column_value_lengths_to_be_between',
            kwargs: { column, min_value: c.minLength ?? null, max_value: c.maxLength ?? null },
            path: at(c.minLength !== undefined ? 'minLength' : 'maxLength'),
        });
    }
    if (c.pattern !== undefined)
        out.push({
            type: 'expect_column_values_to_match_regex',
            kwargs: { column, regex: c.pattern, full_match: true },
            path: at('pattern'),
        });
    if (c.enum !== undefined)
        out.push({
            type: 'expect_column_values_to_be_in_set',
            kwargs: { column, value_set: c.enum },
            path: at('enum'),
        });
    return out;
}

;// CONCATENATED MODULE: ./src/core/data/pii.ts
const EMAIL = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/;
const PHONE = /^\+?[0-9][0-9 ().-]{6,18}[0-9]$/;
const SSN = /^(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}$/;
const NINO = /^[A-CEGHJ-PR-TW-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]$/i;
const NIR = /^[12] ?\d{2} ?(0[1-9]|1[0-2]) ?(\d{2}|2[AB]) ?\d{3} ?\d{3} ?(\d{2})?$/;
const IPV4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;
const IPV6 = /^(?=.*:.*:)[0-9A-Fa-f:]{2,39}$/;
/** The Luhn (mod 10) checksum of a digit string, as payment card numbers carry. */
function luhnValid(digits) {
    let sum = 0;
    for (let i = 0; i < digits.length; i++) {
        let d = digits.charCodeAt(digits.length - 1 - i) - 48;
        if (i % 2 === 1) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
    }
    return sum % 10 === 0;
}
/** The kind of personal data one value looks like, if any. */
function piiKindOf(value) {
    const v = value.trim();
    if (!v || v.length > 100)
        return undefined;
    if (EMAIL.test(v))
        return 'email';
    if (IPV4.test(v) || IPV6.test(v))
        return 'ip_address';
    if (SSN.test(v) || NINO.test(v) || NIR.test(v))
        return 'national_id';
    const digits = v.replace(/[ -]/g, '');
    if (/^\d{13,19}$/.test(digits) && /^[\d -]+$/.test(v) && luhnValid(digits))
        return 'payment_card';
    // E.164 numbers have at most 15 digits; separators or a leading + tell them from plain integers.
    const n = v.replace(/\D/g, '').length;
    const dateLike = /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$|^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}$/.test(v);
    if (PHONE.test(v) && !dateLike && n >= 7 && n <= 15 && (v.startsWith('+') || /[ ().-]/.test(v)))
        return 'phone';
    return undefined;
}
/** Flags a column when at least half its sampled non-empty values are one kind of PII. */
function detectPii(column, values) {
    const texts = values
        .filter((v) => (typeof v === 'string' && v.trim() !== '') || typeof v === 'number')
        .map(String);
    if (!texts.length)
        return undefined;
    const counts = new Map();
    for (const t of texts) {
        const k = piiKindOf(t);
        if (k)
            counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
    if (!best || best[1] / texts.length < 0.5)
        return undefined;
    return { column, kind: best[0], share: best[1] / texts.length, examples: best[1] };
}
/** Which columns the card's `pii` declares: `fields`, or every column when it says `contains: true` without a list. */
function declaredPii(pii) {
    if (pii === true)
        return { all: true, fields: new Set() };
    if (typeof pii === 'object' && pii !== null) {
        const p = pii;
        const fields = Array.isArray(p.fields) ? p.fields.map(String) : [];
        return { all: p.contains === true && fields.length === 0, fields: new Set(fields) };
    }
    return { all: false, fields: new Set() };
}
/** An error for each detected PII column the card does not declare under `pii`. */
function piiFindings(found, pii, card, at) {
    const declared = declaredPii(pii);
    return found
        .filter((c) => !declared.all && !declared.fields.has(c.column))
        .map((c) => ({
        rule: 'data/pii-undeclared',
        severity: 'error',
        message: `column '${c.column}' looks like ${c.kind.replace('_', ' ')} data (${Math.round(100 * c.share)}% of sampled values) but the data card does not declare it under \`pii\``,
        file: card,
        ...at,
        hint: `Add it to the card: \`pii: {contains: true, fields: [${c.column}], handling: \u2026}\`, or remove / pseudonymise the column.`,
    }));
}

;// CONCATENATED MODULE: ./src/core/data/results.ts
const pct = (a, b) => (b === 0 ? null : (100 * a) / b);
/** GX's `mostly`: the share of (non-null) values that must pass, default 1. */
function mostlyOf(kwargs) {
    return typeof kwargs.mostly === 'number' ? kwargs.mostly : 1;
}
/** One expectation's result from its facts. */
function expectationResult(check, facts) {
    const e = check.expectation;
    const config = { type: e.type, kwargs: e.kwargs, ...(e.meta ? { meta: e.meta } : {}) };
    const s = check.spec;
    const noException = { raised_exception: false, exception_message: null };
    if (s.kind === 'invalid') {
        return {
            success: false,
            expectation_config: config,
            result: {},
            exception_info: { raised_exception: true, exception_message: s.message },
        };
    }
    if (s.kind === 'table') {
        const judged = s.judge({ columns: facts.columns ?? [], rowCount: facts.elementCount });
        return {
            success: judged.success,
            expectation_config: config,
            result: { observed_value: judged.observed },
            exception_info: noException,
        };
    }
    if (s.kind === 'aggregate') {
        return {
            success: s.judge(facts.observed),
            expectation_config: config,
            result: { observed_value: facts.observed ?? null },
            exception_info: noException,
        };
    }
    const n = facts.elementCount;
    const nonNull = facts.nonNull ?? n;
    const unexpected = facts.unexpected ?? 0;
    const missing = n - nonNull;
    const countsNulls = s.kind === 'map' && s.countNulls === true;
    // Nulls are outside the denominator, except when the expectation is about nulls (GX).
    const denominator = countsNulls ? n : nonNull;
    const success = denominator === 0 || (denominator - unexpected) / denominator >= mostlyOf(e.kwargs);
    const result = {
        element_count: n,
        unexpected_count: unexpected,
        unexpected_percent: pct(unexpected, denominator),
        partial_unexpected_list: (facts.samples ?? []).map((x) => x.value),
        partial_unexpected_index_list: (facts.samples ?? []).map((x) => x.row),
    };
    if (!countsNulls) {
        Object.assign(result, {
            missing_count: missing,
            missing_percent: pct(missing, n),
            unexpected_percent_total: pct(unexpected, n),
            unexpected_percent_nonmissing: pct(unexpected, nonNull),
        });
    }
    return { success, expectation_config: config, result, exception_info: noException };
}
/** The suite-level result, as GX's ExpectationSuiteValidationResult. */
function validationResult(results) {
    const ok = results.filter((r) => r.success).length;
    return {
        success: ok === results.length,
        statistics: {
            evaluated_expectations: results.length,
            successful_expectations: ok,
            unsuccessful_expectations: results.length - ok,
            success_percent: results.length ? (100 * ok) / results.length : null,
        },
        results,
    };
}
/** One finding per failed expectation, at the contract line that declared it. */
function resultFindings(checks, results, file, locate) {
    const declaredColumns = new Set(checks
        .filter((c) => c.expectation.type === 'expect_column_to_exist')
        .map((c) => String(c.expectation.kwargs.column)));
    const findings = [];
    checks.forEach((check, i) => {
        const r = results[i];
        if (r.success)
            return;
        const s = check.spec;
        // A missing column is reported once, by its expect_column_to_exist, not by every check on it.
        if (s.kind === 'invalid' &&
            s.missingColumn !== undefined &&
            declaredColumns.has(s.missingColumn) &&
            check.expectation.type !== 'expect_column_to_exist')
            return;
        const where = locate(check.expectation.path) ?? {};
        findings.push({
            rule: `data/${check.expectation.type}`,
            severity: severityOf(check),
            message: messageOf(check, r),
            file,
            ...where,
            hint: hintOf(check, r),
        });
    });
    return findings;
}
function severityOf(check) {
    const s = check.expectation.meta?.severity ?? check.expectation.kwargs.severity;
    return s === 'warning' || s === 'notice' ? s : 'error';
}
function subject(check) {
    const k = check.expectation.kwargs;
    if (typeof k.column === 'string')
        return `column '${k.column}'`;
    if (Array.isArray(k.column_list))
        return `columns (${k.column_list.join(', ')})`;
    return 'table';
}
function messageOf(check, r) {
    const s = check.spec;
    if (s.kind === 'invalid')
        return `${check.expectation.type}: ${s.message}`;
    const what = `${subject(check)} ${'describe' in s ? s.describe : ''}`.trim();
    if (s.kind === 'table' || s.kind === 'aggregate')
        return `${what}: observed ${JSON.stringify(r.result.observed_value)}`;
    const u = r.result.unexpected_count ?? 0;
    const p = r.result.unexpected_percent;
    const rows = r.result.partial_unexpected_index_list ?? [];
    const values = (r.result.partial_unexpected_list ?? []).slice(0, 5).map((v) => JSON.stringify(v));
    const mostly = mostlyOf(check.expectation.kwargs);
    const share = p === null || p === undefined
        ? ''
        : ` (${p.toFixed(2)}%${mostly < 1 ? `, mostly ${mostly} allows ${(100 * (1 - mostly)).toFixed(2)}%` : ''})`;
    const at = rows.length ? `; rows ${rows.slice(0, 10).join(', ')}${u > rows.length ? ' \u2026' : ''}` : '';
    return `${what}: ${u} unexpected value${u === 1 ? '' : 's'}${share}${at}${values.length ? `; e.g. ${values.join(', ')}` : ''}`;
}
function hintOf(check, r) {
    if (check.spec.kind === 'invalid')
        return r.exception_info.exception_message?.includes('unsupported')
            ? 'Use one of the supported Great Expectations names (docs/data.md).'
            : 'Fix the expectation in the contract.';
    return 'Fix the data (row numbers count data rows after the header), or change the expectation if the data is right.';
}

// EXTERNAL MODULE: ./src/core/data/sql.ts
var sql = __webpack_require__(4820);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/yaml/index.ts
var yaml = __webpack_require__(1971);
;// CONCATENATED MODULE: ./schemas/data-contract.schema.json
const data_contract_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://github.com/gitops-mlops/schemas/data-contract.schema.json","title":"Data contract","description":"Columns with Frictionless Table Schema types and constraints, and Great Expectations expectations by name. Lives in a data card\'s `schema` key or in a standalone `*.contract.yml`; a Great Expectations suite JSON (1.x or 0.18) is accepted as it is.","type":"object","properties":{"columns":{"type":"array","items":{"$ref":"#/$defs/column"},"description":"Columns in file order."},"fields":{"type":"array","items":{"$ref":"#/$defs/column"},"description":"Frictionless Table Schema spelling of `columns`."},"primaryKey":{"anyOf":[{"type":"string"},{"type":"array","items":{"type":"string"},"minItems":1}],"description":"Columns whose values are present and unique together."},"primary_key":{"anyOf":[{"type":"string"},{"type":"array","items":{"type":"string"},"minItems":1}]},"missingValues":{"type":"array","items":{"type":"string"},"description":"Frictionless missing values (informational: empty fields are missing)."},"expectations":{"type":"array","items":{"$ref":"#/$defs/expectation"}},"name":{"type":"string","description":"GX 1.x suite name."},"expectation_suite_name":{"type":"string","description":"GX 0.18 suite name."},"meta":{"type":"object"}},"$defs":{"column":{"type":"object","additionalProperties":false,"required":["name"],"description":"One column (a Frictionless Table Schema field).","properties":{"name":{"type":"string","minLength":1,"description":"Column name as in the file header."},"title":{"type":"string"},"type":{"enum":["string","number","integer","boolean","date","datetime","time","year","duration","object","array","any"],"description":"Frictionless Table Schema type; values that do not parse as it are unexpected (expect_column_values_to_be_of_type)."},"format":{"type":"string","description":"Frictionless format (informational)."},"description":{"type":"string"},"required":{"type":"boolean","description":"No missing values (expect_column_values_to_not_be_null)."},"unique":{"type":"boolean","description":"No value occurs twice (expect_column_values_to_be_unique)."},"pii":{"type":"boolean","description":"The column holds personal data (also list it under the card\'s `pii.fields`)."},"constraints":{"type":"object","additionalProperties":false,"description":"Frictionless constraints, each compiled to a Great Expectations expectation.","properties":{"required":{"type":"boolean"},"unique":{"type":"boolean"},"minimum":{"type":["number","string"]},"maximum":{"type":["number","string"]},"exclusiveMinimum":{"type":["number","string"]},"exclusiveMaximum":{"type":["number","string"]},"minLength":{"type":"integer","minimum":0},"maxLength":{"type":"integer","minimum":0},"pattern":{"type":"string","description":"Regular expression (RE2 syntax) the whole value must match."},"enum":{"type":"array","minItems":1,"description":"Allowed values (expect_column_values_to_be_in_set)."}}}}},"expectation":{"description":"A Great Expectations expectation: `{type: expect_\u2026, kwargs: {\u2026}}` (GX 1.x), `{expectation_type: \u2026, kwargs: \u2026}` (GX 0.18), or the short form `{expect_\u2026: {kwargs}}`.","anyOf":[{"type":"object","required":["type"],"properties":{"type":{"type":"string","pattern":"^expect_"},"kwargs":{"$ref":"#/$defs/kwargs"},"meta":{"type":"object"},"id":{},"rendered_content":{},"notes":{},"description":{},"severity":{"enum":["critical","warning","info","error","notice"]}}},{"type":"object","required":["expectation_type"],"properties":{"expectation_type":{"type":"string","pattern":"^expect_"},"kwargs":{"$ref":"#/$defs/kwargs"},"meta":{"type":"object"},"ge_cloud_id":{},"rendered_content":{},"notes":{}}},{"type":"object","minProperties":1,"maxProperties":1,"propertyNames":{"pattern":"^expect_"},"additionalProperties":{"$ref":"#/$defs/kwargs"}}]},"kwargs":{"type":"object","description":"Keyword arguments as in Great Expectations (column, min_value, max_value, strict_min, strict_max, value_set, regex, type_, column_list, column_set, exact_match, value, mostly \u2026).","properties":{"column":{"type":"string"},"mostly":{"type":"number","minimum":0,"maximum":1,"description":"Share of non-null values that must pass (default 1)."},"min_value":{"type":["number","string","null"]},"max_value":{"type":["number","string","null"]},"strict_min":{"type":"boolean"},"strict_max":{"type":"boolean"},"value_set":{"type":"array"},"regex":{"type":"string"},"type_":{"type":"string"},"type_list":{"type":"array","items":{"type":"string"}},"column_list":{"type":"array","items":{"type":"string"}},"column_set":{"type":"array","items":{"type":"string"}},"exact_match":{"type":["boolean","null"]},"severity":{"enum":["error","warning","notice"]}}}}}');
// EXTERNAL MODULE: ./src/core/schema/precompiled.ts
var precompiled = __webpack_require__(3637);
;// CONCATENATED MODULE: ./src/generated/validators/data-contract.ts
// Generated by scripts/generate-validators.mjs from schemas/data-contract.schema.json: do not edit.
// Regenerate with `node scripts/generate-validators.mjs` (scripts/build.mjs runs it before bundling).
/* eslint-disable */
// @ts-nocheck


const validate = validate21;
const schema34 = data_contract_schema_namespaceObject;
const schema35 = data_contract_schema_namespaceObject.$defs.column;
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
const schema37 = data_contract_schema_namespaceObject.$defs.expectation;
const schema38 = data_contract_schema_namespaceObject.$defs.kwargs;
const pattern11 = new RegExp("^expect_", "u");
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate22.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} const _errs0 = errors; let valid0 = false; const _errs1 = errors; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === undefined) {
        vErrors = addKeywordError(vErrors, instancePath, "#/anyOf/0/required", "required", { missingProperty: "type" }, "must have required property '" + "type" + "'", schema37.anyOf[0], data);
        errors++;
    }
    if (data.type !== undefined) {
        let data0 = data.type;
        if (typeof data0 === "string") {
            if (!pattern11.test(data0)) {
                vErrors = addError(vErrors, instancePath + "/type", "#/anyOf/0/properties/type/pattern", "pattern", { pattern: "^expect_" }, "must match pattern \"" + "^expect_" + "\"", "^expect_", schema37.anyOf[0].properties.type, data0);
                errors++;
            }
        }
        else {
            vErrors = addKeywordError(vErrors, instancePath + "/type", "#/anyOf/0/properties/type/type", "type", { type: "string" }, "must be string", schema37.anyOf[0].properties.type, data0);
            errors++;
        }
    }
    if (data.kwargs !== undefined) {
        let data1 = data.kwargs;
        if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
            if (data1.column !== undefined) {
                let data2 = data1.column;
                if (typeof data2 !== "string") {
                    vErrors = addKeywordError(vErrors, instancePath + "/kwargs/column", "#/$defs/kwargs/properties/column/type", "type", { type: "string" }, "must be string", schema38.properties.column, data2);
                    errors++;
                }
            }
            if (data1.mostly !== undefined) {
                let data3 = data1.mostly;
                if ((typeof data3 == "number") && (isFinite(data3))) {
                    if (data3 > 1 || isNaN(data3)) {
                        vErrors = addError(vErrors, instancePath + "/kwargs/mostly", "#/$defs/kwargs/properties/mostly/maximum", "maximum", { comparison: "<=", limit: 1 }, "must be <= 1", 1, schema38.properties.mostly, data3);
                        errors++;
                    }
                    if (data3 < 0 || isNaN(data3)) {
                        vErrors = addError(vErrors, instancePath + "/kwargs/mostly", "#/$defs/kwargs/properties/mostly/minimum", "minimum", { comparison: ">=", limit: 0 }, "must be >= 0", 0, schema38.properties.mostly, data3);
                        errors++;
                    }
                }
                else {
                    vErrors = addKeywordError(vErrors, instancePath + "/kwargs/mostly", "#/$defs/kwargs/properties/mostly/type", "type", { type: "number" }, "must be number", schema38.properties.mostly, data3);
                    errors++;
                }
            }
            if (data1.min_value !== undefined) {
                let data4 = data1.min_value;
                if (((!((typeof data4 == "number") && (isFinite(data4)))) && (typeof data4 !== "string")) && (data4 !== null)) {
                    vErrors = addKeywordError(vErrors, instancePath + "/kwargs/min_value", "#/$defs/kwargs/properties/min_value/type", "type", { type: schema38.properties.min_value.type }, "must be number,string,null", schema38.properties.min_value, data4);
                    errors++;
                }
            }
            if (data1.max_value !== undefined) {
                let data5 = data1.max_value;
                if (((!((typeof data5 == "number") && (isFinite(data5)))) && (typeof data5 !== "string")) && (data5 !== null)) {
                    vErrors = addKeywordError(vErrors, instancePath + "/kwargs/max_value", "#/$defs/kwargs/properties/max_value/type", "type", { type: schema38.properties.max_value.type }, "must be number,string,null", schema38.properties.max_value, data5);
                    errors++;
                }
            }
            if (data1.strict_min !== undefined) {
                let data6 = data1.strict_min;
                if (typeof data6 !== "boolean") {
                    vErrors = addKeywordError(vErrors, instancePath + "/kwargs/strict_min", "#/$defs/kwargs/properties/strict_min/type", "type", { type: "boolean" }, "must be boolean", schema38.properties.strict_min, data6);
                    errors++;
                }
            }
            if (data1.strict_max !== undefined) {
                let data7 = data1.strict_max;
                if (typeof data7 !== "boolean") {
                    vErrors = addKeywordError(vErrors, instancePath + "/kwargs/strict_max", "#/$defs/kwargs/properties/strict_max/type", "type", { type: "boolean" }, "must be boolean", schema38.properties.strict_max, data7);
                    errors++;
                }
            }
            if (data1.value_set !== undefined) {
                let data8 = data1.value_set;
                if (!(Array.isArray(data8))) {
                    vErrors = addKeywordError(vErrors, instancePath + "/kwargs/value_set", "#/$defs/kwargs/properties/value_set/type", "type", { type: "array" }, "must be array", schema38.properties.value_set, data8);
                    errors++;
                }
            }
            if (data1.regex !== undefined) {
                let data9 = data1.regex;
                if (typeof data9 !== "string") {
                    vErrors = addKeywordError(vErrors, instancePath + "/kwargs/regex", "#/$defs/kwargs/properties/regex/type", "type", { type: "string" }, "must be string", schema38.properties.regex, data9);
                    errors++;
                }
            }
            if (data1.type_ !== undefined) {
                let data10 = data1.type_;
                if (typeof data10 !== "string") {
                    vErrors = addKeywordError(vErrors, instancePath + "/kwargs/type_", "#/$defs/kwargs/properties/type_/type", "type", { type: "string" }, "must be string", schema38.properties.type_, data10);
                    errors++;
                }
            }
            if (data1.type_list !== undefined) {
                let data11 = data1.type_list;
                if (Array.isArray(data11)) {
                    const len0 = data11.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                        let data12 = data11[i0];
                        if (typeof data12 !== "string") {
                            vErrors = addKeywordError(vErrors, instancePath + "/kwargs/type_list/" + i0, "#/$defs/kwargs/properties/type_list/items/type", "type", { type: "string" }, "must be string", schema38.properties.type_list.items, data12);
                            errors++;
                        }
                    }
                }
                else {
                    vErrors = addKeywordError(vErrors, instancePath + "/kwargs/type_list", "#/$defs/kwargs/properties/type_list/type", "type", { type: "array" }, "must be array", schema38.properties.type_list, data11);
                    errors++;
                }
            }
            if (data1.column_list !== undefined) {
                let data13 = data1.column_list;
                if (Array.isArray(data13)) {
                    const len1 = data13.length;
                    for (let i1 = 0; i1 < len1; i1++) {
                        let data14 = data13[i1];
                        if (typeof data14 !== "string") {
                            vErrors = addKeywordError(vErrors, instancePath + "/kwargs/column_list/" + i1, "#/$defs/kwargs/properties/column_list/items/type", "type", { type: "string" }, "must be string", schema38.properties.column_list.items, data14);
                            errors++;
                        }
                    }
                }
                else {
                    vErrors = addKeywordError(vErrors, instancePath + "/kwargs/column_list", "#/$defs/kwargs/properties/column_list/type", "type", { type: "array" }, "must be array", schema38.properties.column_list, data13);
                    errors++;
                }
            }
            if (data1.column_set !== undefined) {
                let data15 = data1.column_set;
                if (Array.isArray(data15)) {
                    const len2 = data15.length;
                    for (let i2 = 0; i2 < len2; i2++) {
                        let data16 = data15[i2];
                        if (typeof data16 !== "string") {
                            vErrors = addKeywordError(vErrors, instancePath + "/kwargs/column_set/" + i2, "#/$defs/kwargs/properties/column_set/items/type", "type", { type: "string" }, "must be string", schema38.properties.column_set.items, data16);
                            errors++;
                        }
                    }
                }
                else {
                    vErrors = addKeywordError(vErrors, instancePath + "/kwargs/column_set", "#/$defs/kwargs/properties/column_set/type", "type", { type: "array" }, "must be array", schema38.properties.column_set, data15);
                    errors++;
                }
            }
            if (data1.exact_match !== undefined) {
                let data17 = data1.exact_match;
                if ((typeof data17 !== "boolean") && (data17 !== null)) {
                    vErrors = addKeywordError(vErrors, instancePath + "/kwargs/exact_match", "#/$defs/kwargs/properties/exact_match/type", "type", { type: schema38.properties.exact_match.type }, "must be boolean,null", schema38.properties.exact_match, data17);
                    errors++;
                }
            }
            if (data1.severity !== undefined) {
                let data18 = data1.severity;
                if (!(((data18 === "error") || (data18 === "warning")) || (data18 === "notice"))) {
                    vErrors = addKeywordError(vErrors, instancePath + "/kwargs/severity", "#/$defs/kwargs/properties/severity/enum", "enum", { allowedValues: schema38.properties.severity.enum }, "must be equal to one of the allowed values", schema38.properties.severity, data18);
                    errors++;
                }
            }
        }
        else {
            vErrors = addKeywordError(vErrors, instancePath + "/kwargs", "#/$defs/kwargs/type", "type", { type: "object" }, "must be object", schema38, data1);
            errors++;
        }
    }
    if (data.meta !== undefined) {
        let data19 = data.meta;
        if (!(data19 && typeof data19 == "object" && !Array.isArray(data19))) {
            vErrors = addKeywordError(vErrors, instancePath + "/meta", "#/anyOf/0/properties/meta/type", "type", { type: "object" }, "must be object", schema37.anyOf[0].properties.meta, data19);
            errors++;
        }
    }
    if (data.severity !== undefined) {
        let data20 = data.severity;
        if (!(((((data20 === "critical") || (data20 === "warning")) || (data20 === "info")) || (data20 === "error")) || (data20 === "notice"))) {
            vErrors = addKeywordError(vErrors, instancePath + "/severity", "#/anyOf/0/properties/severity/enum", "enum", { allowedValues: schema37.anyOf[0].properties.severity.enum }, "must be equal to one of the allowed values", schema37.anyOf[0].properties.severity, data20);
            errors++;
        }
    }
}
else {
    vErrors = addKeywordError(vErrors, instancePath, "#/anyOf/0/type", "type", { type: "object" }, "must be object", schema37.anyOf[0], data);
    errors++;
} var _valid0 = _errs1 === errors; valid0 = valid0 || _valid0; if (_valid0) {
    var props0 = {};
    props0.type = true;
    props0.kwargs = true;
    props0.meta = true;
    props0.id = true;
    props0.rendered_content = true;
    props0.notes = true;
    props0.description = true;
    props0.severity = true;
} const _errs44 = errors; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.expectation_type === undefined) {
        vErrors = addKeywordError(vErrors, instancePath, "#/anyOf/1/required", "required", { missingProperty: "expectation_type" }, "must have required property '" + "expectation_type" + "'", schema37.anyOf[1], data);
        errors++;
    }
    if (data.expectation_type !== undefined) {
        let data21 = data.expectation_type;
        if (typeof data21 === "string") {
            if (!pattern11.test(data21)) {
                vErrors = addError(vErrors, instancePath + "/expectation_type", "#/anyOf/1/properties/expectation_type/pattern", "pattern", { pattern: "^expect_" }, "must match pattern \"" + "^expect_" + "\"", "^expect_", schema37.anyOf[1].properties.expectation_type, data21);
                errors++;
            }
        }
        else {
            vErrors = addKeywordError(vErrors, instancePath + "/expectation_type", "#/anyOf/1/properties/expectation_type/type", "type", { type: "string" }, "must be string", schema37.anyOf[1].properties.expectation_type, data21);
            errors++;
        }
    }
    if (data.kwargs !== undefined) {
        let data22 = data.kwargs;
        if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
            if (data22.column !== undefined) {
                let data23 = data22.column;
                if (typeof data23 !== "string") {
                    vErrors = addKeywordError(vErrors, instancePath + "/kwargs/column", "#/$defs/kwargs/properties/column/type", "type", { type: "string" }, "must be string", schema38.properties.column, data23);
                    errors++;
                }
            }
            if (data22.mostly !== undefined) {
                let data24 = data22.mostly;
                if ((typeof data24 == "number") && (isFinite(data24))) {
                    if (data24 > 1 || isNaN(data24)) {
                        vErrors = addError(vErrors, instancePath + "/kwargs/mostly", "#/$defs/kwargs/properties/mostly/maximum", "maximum", { comparison: "<=", limit: 1 }, "must be <= 1", 1, schema38.properties.mostly, data24);
                        errors++;
                    }
                    if (data24 < 0 || isNaN(data24)) {
                        vErrors = addError(vErrors, instancePath + "/kwargs/mostly", "#/$defs/kwargs/properties/mostly/minimum", "minimum", { comparison: ">=", limit: 0 }, "must be >= 0", 0, schema38.properties.mostly, data24);
                        errors++;
                    }
                }
                else {
                    vErrors = addKeywordError(vErrors, instancePath + "/kwargs/mostly", "#/$defs/kwargs/properties/mostly/type", "type", { type: "number" }, "must be number", schema38.properties.mostly, data24);
                    errors++;
                }
            }
            if (data22.min_value !== undefined) {
                let data25 = data22.min_value;
                if (((!((typeof data25 == "number") && (isFinite(data25)))) && (typeof data25 !== "string")) && (data25 !== null)) {
                    vErrors = addKeywordError(vErrors, instancePath + "/kwargs/min_value", "#/$defs/kwargs/properties/min_value/type", "type", { type: schema38.properties.min_value.type }, "must be number,string,null", schema38.properties.min_value, data25);
                    errors++;
                }
            }
            if (data22.max_value !== undefined) {
                let data26 = data22.max_value;
                if (((!((typeof data26 == "number") && (isFinite(data26)))) && (typeof data26 !== "string")) && (data26 !== null)) {
                    vErrors = addKeywordError(vErrors, instancePath + "/kwargs/max_value", "#/$defs/kwargs/properties/max_value/type", "type", { type: schema38.properties.max_value.type }, "must be number,string,null", schema38.properties.max_value, data26);
                    errors++;
                }
            }
            if (data22.strict_min !== undefined) {
                let data27 = data22.strict_min;
                if (typeof data27 !== "boolean") {
                    vErrors = addKeywordError(vErrors, instancePath + "/kwargs/strict_min", "#/$defs/kwargs/properties/strict_min/type", "type", { type: "boolean" }, "must be boolean", schema38.properties.strict_min, data27);
                    errors++;
                }
            }
            if (data22.strict_max !== undefined) {
                let data28 = data22.strict_max;
                if (typeof data28 !== "boolean") {
                    vErrors = addKeywordError(vErrors, instancePath + "/kwargs/strict_max", "#/$defs/kwargs/properties/strict_max/type", "type", { type: "boolean" }, "must be boolean", schema38.properties.strict_max, data28);
                    errors++;
                }
            }
            if (data22.value_set !== undefined) {
                let data29 = data22.value_set;
                if (!(Array.isArray(data29))) {
                    vErrors = addKeywordError(vErrors, instancePath + "/kwargs/value_set", "#/$defs/kwargs/properties/value_set/type", "type", { type: "array" }, "must be array", schema38.properties.value_set, data29);
                    errors++;
                }
            }
            if (data22.regex !== undefined) {
                let data30 = data22.regex;
                if (typeof data30 !== "string") {
                    vErrors = addKeywordError(vErrors, instancePath + "/kwargs/regex", "#/$defs/kwargs/properties/regex/type", "type", { type: "string" }, "must be string", schema38.properties.regex, data30);
                    errors++;
                }
            }
            if (data22.type_ !== undefined) {
                let data31 = data22.type_;
                if (typeof data31 !== "string") {
                    vErrors = addKeywordError(vErrors, instancePath + "/kwargs/type_", "#/$defs/kwargs/properties/type_/type", "type", { type: "string" }, "must be string", schema38.properties.type_, data31);
                    errors++;
                }
            }
            if (data22.type_list !== undefined) {
                let data32 = data22.type_list;
                if (Array.isArray(data32)) {
                    const len3 = data32.length;
                    for (let i3 = 0; i3 < len3; i3++) {
                        let data33 = data32[i3];
                        if (typeof data33 !== "string") {
                            vErrors = addKeywordError(vErrors, instancePath + "/kwargs/type_list/" + i3, "#/$defs/kwargs/properties/type_list/items/type", "type", { type: "string" }, "must be string", schema38.properties.type_list.items, data33);
                            errors++;
                        }
                    }
                }
                else {
                    vErrors = addKeywordError(vErrors, instancePath + "/kwargs/type_list", "#/$defs/kwargs/properties/type_list/type", "type", { type: "array" }, "must be array", schema38.properties.type_list, data32);
                    errors++;
                }
            }
            if (data22.column_list !== undefined) {
                let data34 = data22.column_list;
                if (Array.isArray(data34)) {
                    const len4 = data34.length;
                    for (let i4 = 0; i4 < len4; i4++) {
                        let data35 = data34[i4];
                        if (typeof data35 !== "string") {
                            vErrors = addKeywordError(vErrors, instancePath + "/kwargs/column_list/" + i4, "#/$defs/kwargs/properties/column_list/items/type", "type", { type: "string" }, "must be string", schema38.properties.column_list.items, data35);
                            errors++;
                        }
                    }
                }
                else {
                    vErrors = addKeywordError(vErrors, instancePath + "/kwargs/column_list", "#/$defs/kwargs/properties/column_list/type", "type", { type: "array" }, "must be array", schema38.properties.column_list, data34);
                    errors++;
                }
            }
            if (data22.column_set !== undefined) {
                let data36 = data22.column_set;
                if (Array.isArray(data36)) {
                    const len5 = data36.length;
                    for (let i5 = 0; i5 < len5; i5++) {
                        let data37 = data36[i5];
                        if (typeof data37 !== "string") {
                            vErrors = addKeywordError(vErrors, instancePath + "/kwargs/column_set/" + i5, "#/$defs/kwargs/properties/column_set/items/type", "type", { type: "string" }, "must be string", schema38.properties.column_set.items, data37);
                            errors++;
                        }
                    }
                }
                else {
                    vErrors = addKeywordError(vErrors, instancePath + "/kwargs/column_set", "#/$defs/kwargs/properties/column_set/type", "type", { type: "array" }, "must be array", schema38.properties.column_set, data36);
                    errors++;
                }
            }
            if (data22.exact_match !== undefined) {
                let data38 = data22.exact_match;
                if ((typeof data38 !== "boolean") && (data38 !== null)) {
                    vErrors = addKeywordError(vErrors, instancePath + "/kwargs/exact_match", "#/$defs/kwargs/properties/exact_match/type", "type", { type: schema38.properties.exact_match.type }, "must be boolean,null", schema38.properties.exact_match, data38);
                    errors++;
                }
            }
            if (data22.severity !== undefined) {
                let data39 = data22.severity;
                if (!(((data39 === "error") || (data39 === "warning")) || (data39 === "notice"))) {
                    vErrors = addKeywordError(vErrors, instancePath + "/kwargs/severity", "#/$defs/kwargs/properties/severity/enum", "enum", { allowedValues: schema38.properties.severity.enum }, "must be equal to one of the allowed values", schema38.properties.severity, data39);
                    errors++;
                }
            }
        }
        else {
            vErrors = addKeywordError(vErrors, instancePath + "/kwargs", "#/$defs/kwargs/type", "type", { type: "object" }, "must be object", schema38, data22);
            errors++;
        }
    }
    if (data.meta !== undefined) {
        let data40 = data.meta;
        if (!(data40 && typeof data40 == "object" && !Array.isArray(data40))) {
            vErrors = addKeywordError(vErrors, instancePath + "/meta", "#/anyOf/1/properties/meta/type", "type", { type: "object" }, "must be object", schema37.anyOf[1].properties.meta, data40);
            errors++;
        }
    }
}
else {
    vErrors = addKeywordError(vErrors, instancePath, "#/anyOf/1/type", "type", { type: "object" }, "must be object", schema37.anyOf[1], data);
    errors++;
} var _valid0 = _errs44 === errors; valid0 = valid0 || _valid0; if (_valid0) {
    if (props0 !== true) {
        props0 = props0 || {};
        props0.expectation_type = true;
        props0.kwargs = true;
        props0.meta = true;
        props0.ge_cloud_id = true;
        props0.rendered_content = true;
        props0.notes = true;
    }
} const _errs86 = errors; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (Object.keys(data).length > 1) {
        vErrors = addError(vErrors, instancePath, "#/anyOf/2/maxProperties", "maxProperties", { limit: 1 }, "must NOT have more than 1 properties", 1, schema37.anyOf[2], data);
        errors++;
    }
    if (Object.keys(data).length < 1) {
        vErrors = addError(vErrors, instancePath, "#/anyOf/2/minProperties", "minProperties", { limit: 1 }, "must NOT have fewer than 1 properties", 1, schema37.anyOf[2], data);
        errors++;
    }
    for (const key0 in data) {
        const _errs88 = errors;
        if (typeof key0 === "string") {
            if (!pattern11.test(key0)) {
                const err53 = { instancePath, schemaPath: "#/anyOf/2/propertyNames/pattern", keyword: "pattern", params: { pattern: "^expect_" }, message: "must match pattern \"" + "^expect_" + "\"", schema: "^expect_", parentSchema: schema37.anyOf[2].propertyNames, data: key0, propertyName: key0 };
                if (vErrors === null) {
                    vErrors = [err53];
                }
                else {
                    vErrors.push(err53);
                }
                errors++;
            }
        }
        var valid19 = _errs88 === errors;
        if (!valid19) {
            vErrors = addKeywordError(vErrors, instancePath, "#/anyOf/2/propertyNames", "propertyNames", { propertyName: key0 }, "property name must be valid", schema37.anyOf[2], data);
            errors++;
        }
    }
    for (const key1 in data) {
        let data41 = data[key1];
        if (data41 && typeof data41 == "object" && !Array.isArray(data41)) {
            if (data41.column !== undefined) {
                let data42 = data41.column;
                if (typeof data42 !== "string") {
                    vErrors = addKeywordError(vErrors, instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/column", "#/$defs/kwargs/properties/column/type", "type", { type: "string" }, "must be string", schema38.properties.column, data42);
                    errors++;
                }
            }
            if (data41.mostly !== undefined) {
                let data43 = data41.mostly;
                if ((typeof data43 == "number") && (isFinite(data43))) {
                    if (data43 > 1 || isNaN(data43)) {
                        vErrors = addError(vErrors, instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/mostly", "#/$defs/kwargs/properties/mostly/maximum", "maximum", { comparison: "<=", limit: 1 }, "must be <= 1", 1, schema38.properties.mostly, data43);
                        errors++;
                    }
                    if (data43 < 0 || isNaN(data43)) {
                        vErrors = addError(vErrors, instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/mostly", "#/$defs/kwargs/properties/mostly/minimum", "minimum", { comparison: ">=", limit: 0 }, "must be >= 0", 0, schema38.properties.mostly, data43);
                        errors++;
                    }
                }
                else {
                    vErrors = addKeywordError(vErrors, instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/mostly", "#/$defs/kwargs/properties/mostly/type", "type", { type: "number" }, "must be number", schema38.properties.mostly, data43);
                    errors++;
                }
            }
            if (data41.min_value !== undefined) {
                let data44 = data41.min_value;
                if (((!((typeof data44 == "number") && (isFinite(data44)))) && (typeof data44 !== "string")) && (data44 !== null)) {
                    vErrors = addKeywordError(vErrors, instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/min_value", "#/$defs/kwargs/properties/min_value/type", "type", { type: schema38.properties.min_value.type }, "must be number,string,null", schema38.properties.min_value, data44);
                    errors++;
                }
            }
            if (data41.max_value !== undefined) {
                let data45 = data41.max_value;
                if (((!((typeof data45 == "number") && (isFinite(data45)))) && (typeof data45 !== "string")) && (data45 !== null)) {
                    vErrors = addKeywordError(vErrors, instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/max_value", "#/$defs/kwargs/properties/max_value/type", "type", { type: schema38.properties.max_value.type }, "must be number,string,null", schema38.properties.max_value, data45);
                    errors++;
                }
            }
            if (data41.strict_min !== undefined) {
                let data46 = data41.strict_min;
                if (typeof data46 !== "boolean") {
                    vErrors = addKeywordError(vErrors, instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/strict_min", "#/$defs/kwargs/properties/strict_min/type", "type", { type: "boolean" }, "must be boolean", schema38.properties.strict_min, data46);
                    errors++;
                }
            }
            if (data41.strict_max !== undefined) {
                let data47 = data41.strict_max;
                if (typeof data47 !== "boolean") {
                    vErrors = addKeywordError(vErrors, instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/strict_max", "#/$defs/kwargs/properties/strict_max/type", "type", { type: "boolean" }, "must be boolean", schema38.properties.strict_max, data47);
                    errors++;
                }
            }
            if (data41.value_set !== undefined) {
                let data48 = data41.value_set;
                if (!(Array.isArray(data48))) {
                    vErrors = addKeywordError(vErrors, instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/value_set", "#/$defs/kwargs/properties/value_set/type", "type", { type: "array" }, "must be array", schema38.properties.value_set, data48);
                    errors++;
                }
            }
            if (data41.regex !== undefined) {
                let data49 = data41.regex;
                if (typeof data49 !== "string") {
                    vErrors = addKeywordError(vErrors, instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/regex", "#/$defs/kwargs/properties/regex/type", "type", { type: "string" }, "must be string", schema38.properties.regex, data49);
                    errors++;
                }
            }
            if (data41.type_ !== undefined) {
                let data50 = data41.type_;
                if (typeof data50 !== "string") {
                    vErrors = addKeywordError(vErrors, instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/type_", "#/$defs/kwargs/properties/type_/type", "type", { type: "string" }, "must be string", schema38.properties.type_, data50);
                    errors++;
                }
            }
            if (data41.type_list !== undefined) {
                let data51 = data41.type_list;
                if (Array.isArray(data51)) {
                    const len6 = data51.length;
                    for (let i6 = 0; i6 < len6; i6++) {
                        let data52 = data51[i6];
                        if (typeof data52 !== "string") {
                            vErrors = addKeywordError(vErrors, instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/type_list/" + i6, "#/$defs/kwargs/properties/type_list/items/type", "type", { type: "string" }, "must be string", schema38.properties.type_list.items, data52);
                            errors++;
                        }
                    }
                }
                else {
                    vErrors = addKeywordError(vErrors, instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/type_list", "#/$defs/kwargs/properties/type_list/type", "type", { type: "array" }, "must be array", schema38.properties.type_list, data51);
                    errors++;
                }
            }
            if (data41.column_list !== undefined) {
                let data53 = data41.column_list;
                if (Array.isArray(data53)) {
                    const len7 = data53.length;
                    for (let i7 = 0; i7 < len7; i7++) {
                        let data54 = data53[i7];
                        if (typeof data54 !== "string") {
                            vErrors = addKeywordError(vErrors, instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/column_list/" + i7, "#/$defs/kwargs/properties/column_list/items/type", "type", { type: "string" }, "must be string", schema38.properties.column_list.items, data54);
                            errors++;
                        }
                    }
                }
                else {
                    vErrors = addKeywordError(vErrors, instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/column_list", "#/$defs/kwargs/properties/column_list/type", "type", { type: "array" }, "must be array", schema38.properties.column_list, data53);
                    errors++;
                }
            }
            if (data41.column_set !== undefined) {
                let data55 = data41.column_set;
                if (Array.isArray(data55)) {
                    const len8 = data55.length;
                    for (let i8 = 0; i8 < len8; i8++) {
                        let data56 = data55[i8];
                        if (typeof data56 !== "string") {
                            vErrors = addKeywordError(vErrors, instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/column_set/" + i8, "#/$defs/kwargs/properties/column_set/items/type", "type", { type: "string" }, "must be string", schema38.properties.column_set.items, data56);
                            errors++;
                        }
                    }
                }
                else {
                    vErrors = addKeywordError(vErrors, instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/column_set", "#/$defs/kwargs/properties/column_set/type", "type", { type: "array" }, "must be array", schema38.properties.column_set, data55);
                    errors++;
                }
            }
            if (data41.exact_match !== undefined) {
                let data57 = data41.exact_match;
                if ((typeof data57 !== "boolean") && (data57 !== null)) {
                    vErrors = addKeywordError(vErrors, instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/exact_match", "#/$defs/kwargs/properties/exact_match/type", "type", { type: schema38.properties.exact_match.type }, "must be boolean,null", schema38.properties.exact_match, data57);
                    errors++;
                }
            }
            if (data41.severity !== undefined) {
                let data58 = data41.severity;
                if (!(((data58 === "error") || (data58 === "warning")) || (data58 === "notice"))) {
                    vErrors = addKeywordError(vErrors, instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/severity", "#/$defs/kwargs/properties/severity/enum", "enum", { allowedValues: schema38.properties.severity.enum }, "must be equal to one of the allowed values", schema38.properties.severity, data58);
                    errors++;
                }
            }
        }
        else {
            vErrors = addKeywordError(vErrors, instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), "#/$defs/kwargs/type", "type", { type: "object" }, "must be object", schema38, data41);
            errors++;
        }
    }
}
else {
    vErrors = addKeywordError(vErrors, instancePath, "#/anyOf/2/type", "type", { type: "object" }, "must be object", schema37.anyOf[2], data);
    errors++;
} var _valid0 = _errs86 === errors; valid0 = valid0 || _valid0; if (_valid0) {
    if (props0 !== true) {
        props0 = true;
    }
} if (!valid0) {
    vErrors = addKeywordError(vErrors, instancePath, "#/anyOf", "anyOf", {}, "must match a schema in anyOf", schema37, data);
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
} validate22.errors = vErrors; evaluated0.props = props0; return errors === 0; }
validate22.evaluated = { "dynamicProps": true, "dynamicItems": false };
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { /*# sourceURL="https://github.com/gitops-mlops/schemas/data-contract.schema.json" */ ; let vErrors = null; let errors = 0; const evaluated0 = validate21.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.columns !== undefined) {
        let data0 = data.columns;
        if (Array.isArray(data0)) {
            const len0 = data0.length;
            for (let i0 = 0; i0 < len0; i0++) {
                let data1 = data0[i0];
                if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                    if (data1.name === undefined) {
                        vErrors = addKeywordError(vErrors, instancePath + "/columns/" + i0, "#/$defs/column/required", "required", { missingProperty: "name" }, "must have required property '" + "name" + "'", schema35, data1);
                        errors++;
                    }
                    for (const key0 in data1) {
                        if (!(func5.call(schema35.properties, key0))) {
                            vErrors = addError(vErrors, instancePath + "/columns/" + i0, "#/$defs/column/additionalProperties", "additionalProperties", { additionalProperty: key0 }, "must NOT have additional properties", false, schema35, data1);
                            errors++;
                        }
                    }
                    if (data1.name !== undefined) {
                        let data2 = data1.name;
                        if (typeof data2 === "string") {
                            if (func1(data2) < 1) {
                                vErrors = addError(vErrors, instancePath + "/columns/" + i0 + "/name", "#/$defs/column/properties/name/minLength", "minLength", { limit: 1 }, "must NOT have fewer than 1 characters", 1, schema35.properties.name, data2);
                                errors++;
                            }
                        }
                        else {
                            vErrors = addKeywordError(vErrors, instancePath + "/columns/" + i0 + "/name", "#/$defs/column/properties/name/type", "type", { type: "string" }, "must be string", schema35.properties.name, data2);
                            errors++;
                        }
                    }
                    if (data1.title !== undefined) {
                        let data3 = data1.title;
                        if (typeof data3 !== "string") {
                            vErrors = addKeywordError(vErrors, instancePath + "/columns/" + i0 + "/title", "#/$defs/column/properties/title/type", "type", { type: "string" }, "must be string", schema35.properties.title, data3);
                            errors++;
                        }
                    }
                    if (data1.type !== undefined) {
                        let data4 = data1.type;
                        if (!((((((((((((data4 === "string") || (data4 === "number")) || (data4 === "integer")) || (data4 === "boolean")) || (data4 === "date")) || (data4 === "datetime")) || (data4 === "time")) || (data4 === "year")) || (data4 === "duration")) || (data4 === "object")) || (data4 === "array")) || (data4 === "any"))) {
                            vErrors = addKeywordError(vErrors, instancePath + "/columns/" + i0 + "/type", "#/$defs/column/properties/type/enum", "enum", { allowedValues: schema35.properties.type.enum }, "must be equal to one of the allowed values", schema35.properties.type, data4);
                            errors++;
                        }
                    }
                    if (data1.format !== undefined) {
                        let data5 = data1.format;
                        if (typeof data5 !== "string") {
                            vErrors = addKeywordError(vErrors, instancePath + "/columns/" + i0 + "/format", "#/$defs/column/properties/format/type", "type", { type: "string" }, "must be string", schema35.properties.format, data5);
                            errors++;
                        }
                    }
                    if (data1.description !== undefined) {
                        let data6 = data1.description;
                        if (typeof data6 !== "string") {
                            vErrors = addKeywordError(vErrors, instancePath + "/columns/" + i0 + "/description", "#/$defs/column/properties/description/type", "type", { type: "string" }, "must be string", schema35.properties.description, data6);
                            errors++;
                        }
                    }
                    if (data1.required !== undefined) {
                        let data7 = data1.required;
                        if (typeof data7 !== "boolean") {
                            vErrors = addKeywordError(vErrors, instancePath + "/columns/" + i0 + "/required", "#/$defs/column/properties/required/type", "type", { type: "boolean" }, "must be boolean", schema35.properties.required, data7);
                            errors++;
                        }
                    }
                    if (data1.unique !== undefined) {
                        let data8 = data1.unique;
                        if (typeof data8 !== "boolean") {
                            vErrors = addKeywordError(vErrors, instancePath + "/columns/" + i0 + "/unique", "#/$defs/column/properties/unique/type", "type", { type: "boolean" }, "must be boolean", schema35.properties.unique, data8);
                            errors++;
                        }
                    }
                    if (data1.pii !== undefined) {
                        let data9 = data1.pii;
                        if (typeof data9 !== "boolean") {
                            vErrors = addKeywordError(vErrors, instancePath + "/columns/" + i0 + "/pii", "#/$defs/column/properties/pii/type", "type", { type: "boolean" }, "must be boolean", schema35.properties.pii, data9);
                            errors++;
                        }
                    }
                    if (data1.constraints !== undefined) {
                        let data10 = data1.constraints;
                        if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                            for (const key1 in data10) {
                                if (!(func5.call(schema35.properties.constraints.properties, key1))) {
                                    vErrors = addError(vErrors, instancePath + "/columns/" + i0 + "/constraints", "#/$defs/column/properties/constraints/additionalProperties", "additionalProperties", { additionalProperty: key1 }, "must NOT have additional properties", false, schema35.properties.constraints, data10);
                                    errors++;
                                }
                            }
                            if (data10.required !== undefined) {
                                let data11 = data10.required;
                                if (typeof data11 !== "boolean") {
                                    vErrors = addKeywordError(vErrors, instancePath + "/columns/" + i0 + "/constraints/required", "#/$defs/column/properties/constraints/properties/required/type", "type", { type: "boolean" }, "must be boolean", schema35.properties.constraints.properties.required, data11);
                                    errors++;
                                }
                            }
                            if (data10.unique !== undefined) {
                                let data12 = data10.unique;
                                if (typeof data12 !== "boolean") {
                                    vErrors = addKeywordError(vErrors, instancePath + "/columns/" + i0 + "/constraints/unique", "#/$defs/column/properties/constraints/properties/unique/type", "type", { type: "boolean" }, "must be boolean", schema35.properties.constraints.properties.unique, data12);
                                    errors++;
                                }
                            }
                            if (data10.minimum !== undefined) {
                                let data13 = data10.minimum;
                                if ((!((typeof data13 == "number") && (isFinite(data13)))) && (typeof data13 !== "string")) {
                                    vErrors = addKeywordError(vErrors, instancePath + "/columns/" + i0 + "/constraints/minimum", "#/$defs/column/properties/constraints/properties/minimum/type", "type", { type: schema35.properties.constraints.properties.minimum.type }, "must be number,string", schema35.properties.constraints.properties.minimum, data13);
                                    errors++;
                                }
                            }
                            if (data10.maximum !== undefined) {
                                let data14 = data10.maximum;
                                if ((!((typeof data14 == "number") && (isFinite(data14)))) && (typeof data14 !== "string")) {
                                    vErrors = addKeywordError(vErrors, instancePath + "/columns/" + i0 + "/constraints/maximum", "#/$defs/column/properties/constraints/properties/maximum/type", "type", { type: schema35.properties.constraints.properties.maximum.type }, "must be number,string", schema35.properties.constraints.properties.maximum, data14);
                                    errors++;
                                }
                            }
                            if (data10.exclusiveMinimum !== undefined) {
                                let data15 = data10.exclusiveMinimum;
                                if ((!((typeof data15 == "number") && (isFinite(data15)))) && (typeof data15 !== "string")) {
                                    vErrors = addKeywordError(vErrors, instancePath + "/columns/" + i0 + "/constraints/exclusiveMinimum", "#/$defs/column/properties/constraints/properties/exclusiveMinimum/type", "type", { type: schema35.properties.constraints.properties.exclusiveMinimum.type }, "must be number,string", schema35.properties.constraints.properties.exclusiveMinimum, data15);
                                    errors++;
                                }
                            }
                            if (data10.exclusiveMaximum !== undefined) {
                                let data16 = data10.exclusiveMaximum;
                                if ((!((typeof data16 == "number") && (isFinite(data16)))) && (typeof data16 !== "string")) {
                                    vErrors = addKeywordError(vErrors, instancePath + "/columns/" + i0 + "/constraints/exclusiveMaximum", "#/$defs/column/properties/constraints/properties/exclusiveMaximum/type", "type", { type: schema35.properties.constraints.properties.exclusiveMaximum.type }, "must be number,string", schema35.properties.constraints.properties.exclusiveMaximum, data16);
                                    errors++;
                                }
                            }
                            if (data10.minLength !== undefined) {
                                let data17 = data10.minLength;
                                if (!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))) {
                                    vErrors = addKeywordError(vErrors, instancePath + "/columns/" + i0 + "/constraints/minLength", "#/$defs/column/properties/constraints/properties/minLength/type", "type", { type: "integer" }, "must be integer", schema35.properties.constraints.properties.minLength, data17);
                                    errors++;
                                }
                                if ((typeof data17 == "number") && (isFinite(data17))) {
                                    if (data17 < 0 || isNaN(data17)) {
                                        vErrors = addError(vErrors, instancePath + "/columns/" + i0 + "/constraints/minLength", "#/$defs/column/properties/constraints/properties/minLength/minimum", "minimum", { comparison: ">=", limit: 0 }, "must be >= 0", 0, schema35.properties.constraints.properties.minLength, data17);
                                        errors++;
                                    }
                                }
                            }
                            if (data10.maxLength !== undefined) {
                                let data18 = data10.maxLength;
                                if (!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18)))) {
                                    vErrors = addKeywordError(vErrors, instancePath + "/columns/" + i0 + "/constraints/maxLength", "#/$defs/column/properties/constraints/properties/maxLength/type", "type", { type: "integer" }, "must be integer", schema35.properties.constraints.properties.maxLength, data18);
                                    errors++;
                                }
                                if ((typeof data18 == "number") && (isFinite(data18))) {
                                    if (data18 < 0 || isNaN(data18)) {
                                        vErrors = addError(vErrors, instancePath + "/columns/" + i0 + "/constraints/maxLength", "#/$defs/column/properties/constraints/properties/maxLength/minimum", "minimum", { comparison: ">=", limit: 0 }, "must be >= 0", 0, schema35.properties.constraints.properties.maxLength, data18);
                                        errors++;
                                    }
                                }
                            }
                            if (data10.pattern !== undefined) {
                                let data19 = data10.pattern;
                                if (typeof data19 !== "string") {
                                    vErrors = addKeywordError(vErrors, instancePath + "/columns/" + i0 + "/constraints/pattern", "#/$defs/column/properties/constraints/properties/pattern/type", "type", { type: "string" }, "must be string", schema35.properties.constraints.properties.pattern, data19);
                                    errors++;
                                }
                            }
                            if (data10.enum !== undefined) {
                                let data20 = data10.enum;
                                if (Array.isArray(data20)) {
                                    if (data20.length < 1) {
                                        vErrors = addError(vErrors, instancePath + "/columns/" + i0 + "/constraints/enum", "#/$defs/column/properties/constraints/properties/enum/minItems", "minItems", { limit: 1 }, "must NOT have fewer than 1 items", 1, schema35.properties.constraints.properties.enum, data20);
                                        errors++;
                                    }
                                }
                                else {
                                    vErrors = addKeywordError(vErrors, instancePath + "/columns/" + i0 + "/constraints/enum", "#/$defs/column/properties/constraints/properties/enum/type", "type", { type: "array" }, "must be array", schema35.properties.constraints.properties.enum, data20);
                                    errors++;
                                }
                            }
                        }
                        else {
                            vErrors = addKeywordError(vErrors, instancePath + "/columns/" + i0 + "/constraints", "#/$defs/column/properties/constraints/type", "type", { type: "object" }, "must be object", schema35.properties.constraints, data10);
                            errors++;
                        }
                    }
                }
                else {
                    vErrors = addKeywordError(vErrors, instancePath + "/columns/" + i0, "#/$defs/column/type", "type", { type: "object" }, "must be object", schema35, data1);
                    errors++;
                }
            }
        }
        else {
            vErrors = addKeywordError(vErrors, instancePath + "/columns", "#/properties/columns/type", "type", { type: "array" }, "must be array", schema34.properties.columns, data0);
            errors++;
        }
    }
    if (data.fields !== undefined) {
        let data21 = data.fields;
        if (Array.isArray(data21)) {
            const len1 = data21.length;
            for (let i1 = 0; i1 < len1; i1++) {
                let data22 = data21[i1];
                if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
                    if (data22.name === undefined) {
                        vErrors = addKeywordError(vErrors, instancePath + "/fields/" + i1, "#/$defs/column/required", "required", { missingProperty: "name" }, "must have required property '" + "name" + "'", schema35, data22);
                        errors++;
                    }
                    for (const key2 in data22) {
                        if (!(func5.call(schema35.properties, key2))) {
                            vErrors = addError(vErrors, instancePath + "/fields/" + i1, "#/$defs/column/additionalProperties", "additionalProperties", { additionalProperty: key2 }, "must NOT have additional properties", false, schema35, data22);
                            errors++;
                        }
                    }
                    if (data22.name !== undefined) {
                        let data23 = data22.name;
                        if (typeof data23 === "string") {
                            if (func1(data23) < 1) {
                                vErrors = addError(vErrors, instancePath + "/fields/" + i1 + "/name", "#/$defs/column/properties/name/minLength", "minLength", { limit: 1 }, "must NOT have fewer than 1 characters", 1, schema35.properties.name, data23);
                                errors++;
                            }
                        }
                        else {
                            vErrors = addKeywordError(vErrors, instancePath + "/fields/" + i1 + "/name", "#/$defs/column/properties/name/type", "type", { type: "string" }, "must be string", schema35.properties.name, data23);
                            errors++;
                        }
                    }
                    if (data22.title !== undefined) {
                        let data24 = data22.title;
                        if (typeof data24 !== "string") {
                            vErrors = addKeywordError(vErrors, instancePath + "/fields/" + i1 + "/title", "#/$defs/column/properties/title/type", "type", { type: "string" }, "must be string", schema35.properties.title, data24);
                            errors++;
                        }
                    }
                    if (data22.type !== undefined) {
                        let data25 = data22.type;
                        if (!((((((((((((data25 === "string") || (data25 === "number")) || (data25 === "integer")) || (data25 === "boolean")) || (data25 === "date")) || (data25 === "datetime")) || (data25 === "time")) || (data25 === "year")) || (data25 === "duration")) || (data25 === "object")) || (data25 === "array")) || (data25 === "any"))) {
                            vErrors = addKeywordError(vErrors, instancePath + "/fields/" + i1 + "/type", "#/$defs/column/properties/type/enum", "enum", { allowedValues: schema35.properties.type.enum }, "must be equal to one of the allowed values", schema35.properties.type, data25);
                            errors++;
                        }
                    }
                    if (data22.format !== undefined) {
                        let data26 = data22.format;
                        if (typeof data26 !== "string") {
                            vErrors = addKeywordError(vErrors, instancePath + "/fields/" + i1 + "/format", "#/$defs/column/properties/format/type", "type", { type: "string" }, "must be string", schema35.properties.format, data26);
                            errors++;
                        }
                    }
                    if (data22.description !== undefined) {
                        let data27 = data22.description;
                        if (typeof data27 !== "string") {
                            vErrors = addKeywordError(vErrors, instancePath + "/fields/" + i1 + "/description", "#/$defs/column/properties/description/type", "type", { type: "string" }, "must be string", schema35.properties.description, data27);
                            errors++;
                        }
                    }
                    if (data22.required !== undefined) {
                        let data28 = data22.required;
                        if (typeof data28 !== "boolean") {
                            vErrors = addKeywordError(vErrors, instancePath + "/fields/" + i1 + "/required", "#/$defs/column/properties/required/type", "type", { type: "boolean" }, "must be boolean", schema35.properties.required, data28);
                            errors++;
                        }
                    }
                    if (data22.unique !== undefined) {
                        let data29 = data22.unique;
                        if (typeof data29 !== "boolean") {
                            vErrors = addKeywordError(vErrors, instancePath + "/fields/" + i1 + "/unique", "#/$defs/column/properties/unique/type", "type", { type: "boolean" }, "must be boolean", schema35.properties.unique, data29);
                            errors++;
                        }
                    }
                    if (data22.pii !== undefined) {
                        let data30 = data22.pii;
                        if (typeof data30 !== "boolean") {
                            vErrors = addKeywordError(vErrors, instancePath + "/fields/" + i1 + "/pii", "#/$defs/column/properties/pii/type", "type", { type: "boolean" }, "must be boolean", schema35.properties.pii, data30);
                            errors++;
                        }
                    }
                    if (data22.constraints !== undefined) {
                        let data31 = data22.constraints;
                        if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
                            for (const key3 in data31) {
                                if (!(func5.call(schema35.properties.constraints.properties, key3))) {
                                    vErrors = addError(vErrors, instancePath + "/fields/" + i1 + "/constraints", "#/$defs/column/properties/constraints/additionalProperties", "additionalProperties", { additionalProperty: key3 }, "must NOT have additional properties", false, schema35.properties.constraints, data31);
                                    errors++;
                                }
                            }
                            if (data31.required !== undefined) {
                                let data32 = data31.required;
                                if (typeof data32 !== "boolean") {
                                    vErrors = addKeywordError(vErrors, instancePath + "/fields/" + i1 + "/constraints/required", "#/$defs/column/properties/constraints/properties/required/type", "type", { type: "boolean" }, "must be boolean", schema35.properties.constraints.properties.required, data32);
                                    errors++;
                                }
                            }
                            if (data31.unique !== undefined) {
                                let data33 = data31.unique;
                                if (typeof data33 !== "boolean") {
                                    vErrors = addKeywordError(vErrors, instancePath + "/fields/" + i1 + "/constraints/unique", "#/$defs/column/properties/constraints/properties/unique/type", "type", { type: "boolean" }, "must be boolean", schema35.properties.constraints.properties.unique, data33);
                                    errors++;
                                }
                            }
                            if (data31.minimum !== undefined) {
                                let data34 = data31.minimum;
                                if ((!((typeof data34 == "number") && (isFinite(data34)))) && (typeof data34 !== "string")) {
                                    vErrors = addKeywordError(vErrors, instancePath + "/fields/" + i1 + "/constraints/minimum", "#/$defs/column/properties/constraints/properties/minimum/type", "type", { type: schema35.properties.constraints.properties.minimum.type }, "must be number,string", schema35.properties.constraints.properties.minimum, data34);
                                    errors++;
                                }
                            }
                            if (data31.maximum !== undefined) {
                                let data35 = data31.maximum;
                                if ((!((typeof data35 == "number") && (isFinite(data35)))) && (typeof data35 !== "string")) {
                                    vErrors = addKeywordError(vErrors, instancePath + "/fields/" + i1 + "/constraints/maximum", "#/$defs/column/properties/constraints/properties/maximum/type", "type", { type: schema35.properties.constraints.properties.maximum.type }, "must be number,string", schema35.properties.constraints.properties.maximum, data35);
                                    errors++;
                                }
                            }
                            if (data31.exclusiveMinimum !== undefined) {
                                let data36 = data31.exclusiveMinimum;
                                if ((!((typeof data36 == "number") && (isFinite(data36)))) && (typeof data36 !== "string")) {
                                    vErrors = addKeywordError(vErrors, instancePath + "/fields/" + i1 + "/constraints/exclusiveMinimum", "#/$defs/column/properties/constraints/properties/exclusiveMinimum/type", "type", { type: schema35.properties.constraints.properties.exclusiveMinimum.type }, "must be number,string", schema35.properties.constraints.properties.exclusiveMinimum, data36);
                                    errors++;
                                }
                            }
                            if (data31.exclusiveMaximum !== undefined) {
                                let data37 = data31.exclusiveMaximum;
                                if ((!((typeof data37 == "number") && (isFinite(data37)))) && (typeof data37 !== "string")) {
                                    vErrors = addKeywordError(vErrors, instancePath + "/fields/" + i1 + "/constraints/exclusiveMaximum", "#/$defs/column/properties/constraints/properties/exclusiveMaximum/type", "type", { type: schema35.properties.constraints.properties.exclusiveMaximum.type }, "must be number,string", schema35.properties.constraints.properties.exclusiveMaximum, data37);
                                    errors++;
                                }
                            }
                            if (data31.minLength !== undefined) {
                                let data38 = data31.minLength;
                                if (!(((typeof data38 == "number") && (!(data38 % 1) && !isNaN(data38))) && (isFinite(data38)))) {
                                    vErrors = addKeywordError(vErrors, instancePath + "/fields/" + i1 + "/constraints/minLength", "#/$defs/column/properties/constraints/properties/minLength/type", "type", { type: "integer" }, "must be integer", schema35.properties.constraints.properties.minLength, data38);
                                    errors++;
                                }
                                if ((typeof data38 == "number") && (isFinite(data38))) {
                                    if (data38 < 0 || isNaN(data38)) {
                                        vErrors = addError(vErrors, instancePath + "/fields/" + i1 + "/constraints/minLength", "#/$defs/column/properties/constraints/properties/minLength/minimum", "minimum", { comparison: ">=", limit: 0 }, "must be >= 0", 0, schema35.properties.constraints.properties.minLength, data38);
                                        errors++;
                                    }
                                }
                            }
                            if (data31.maxLength !== undefined) {
                                let data39 = data31.maxLength;
                                if (!(((typeof data39 == "number") && (!(data39 % 1) && !isNaN(data39))) && (isFinite(data39)))) {
                                    vErrors = addKeywordError(vErrors, instancePath + "/fields/" + i1 + "/constraints/maxLength", "#/$defs/column/properties/constraints/properties/maxLength/type", "type", { type: "integer" }, "must be integer", schema35.properties.constraints.properties.maxLength, data39);
                                    errors++;
                                }
                                if ((typeof data39 == "number") && (isFinite(data39))) {
                                    if (data39 < 0 || isNaN(data39)) {
                                        vErrors = addError(vErrors, instancePath + "/fields/" + i1 + "/constraints/maxLength", "#/$defs/column/properties/constraints/properties/maxLength/minimum", "minimum", { comparison: ">=", limit: 0 }, "must be >= 0", 0, schema35.properties.constraints.properties.maxLength, data39);
                                        errors++;
                                    }
                                }
                            }
                            if (data31.pattern !== undefined) {
                                let data40 = data31.pattern;
                                if (typeof data40 !== "string") {
                                    vErrors = addKeywordError(vErrors, instancePath + "/fields/" + i1 + "/constraints/pattern", "#/$defs/column/properties/constraints/properties/pattern/type", "type", { type: "string" }, "must be string", schema35.properties.constraints.properties.pattern, data40);
                                    errors++;
                                }
                            }
                            if (data31.enum !== undefined) {
                                let data41 = data31.enum;
                                if (Array.isArray(data41)) {
                                    if (data41.length < 1) {
                                        vErrors = addError(vErrors, instancePath + "/fields/" + i1 + "/constraints/enum", "#/$defs/column/properties/constraints/properties/enum/minItems", "minItems", { limit: 1 }, "must NOT have fewer than 1 items", 1, schema35.properties.constraints.properties.enum, data41);
                                        errors++;
                                    }
                                }
                                else {
                                    vErrors = addKeywordError(vErrors, instancePath + "/fields/" + i1 + "/constraints/enum", "#/$defs/column/properties/constraints/properties/enum/type", "type", { type: "array" }, "must be array", schema35.properties.constraints.properties.enum, data41);
                                    errors++;
                                }
                            }
                        }
                        else {
                            vErrors = addKeywordError(vErrors, instancePath + "/fields/" + i1 + "/constraints", "#/$defs/column/properties/constraints/type", "type", { type: "object" }, "must be object", schema35.properties.constraints, data31);
                            errors++;
                        }
                    }
                }
                else {
                    vErrors = addKeywordError(vErrors, instancePath + "/fields/" + i1, "#/$defs/column/type", "type", { type: "object" }, "must be object", schema35, data22);
                    errors++;
                }
            }
        }
        else {
            vErrors = addKeywordError(vErrors, instancePath + "/fields", "#/properties/fields/type", "type", { type: "array" }, "must be array", schema34.properties.fields, data21);
            errors++;
        }
    }
    if (data.primaryKey !== undefined) {
        let data42 = data.primaryKey;
        const _errs90 = errors;
        let valid11 = false;
        const _errs91 = errors;
        if (typeof data42 !== "string") {
            vErrors = addKeywordError(vErrors, instancePath + "/primaryKey", "#/properties/primaryKey/anyOf/0/type", "type", { type: "string" }, "must be string", schema34.properties.primaryKey.anyOf[0], data42);
            errors++;
        }
        var _valid0 = _errs91 === errors;
        valid11 = valid11 || _valid0;
        const _errs93 = errors;
        if (Array.isArray(data42)) {
            if (data42.length < 1) {
                vErrors = addError(vErrors, instancePath + "/primaryKey", "#/properties/primaryKey/anyOf/1/minItems", "minItems", { limit: 1 }, "must NOT have fewer than 1 items", 1, schema34.properties.primaryKey.anyOf[1], data42);
                errors++;
            }
            const len2 = data42.length;
            for (let i2 = 0; i2 < len2; i2++) {
                let data43 = data42[i2];
                if (typeof data43 !== "string") {
                    vErrors = addKeywordError(vErrors, instancePath + "/primaryKey/" + i2, "#/properties/primaryKey/anyOf/1/items/type", "type", { type: "string" }, "must be string", schema34.properties.primaryKey.anyOf[1].items, data43);
                    errors++;
                }
            }
        }
        else {
            vErrors = addKeywordError(vErrors, instancePath + "/primaryKey", "#/properties/primaryKey/anyOf/1/type", "type", { type: "array" }, "must be array", schema34.properties.primaryKey.anyOf[1], data42);
            errors++;
        }
        var _valid0 = _errs93 === errors;
        valid11 = valid11 || _valid0;
        if (!valid11) {
            vErrors = addKeywordError(vErrors, instancePath + "/primaryKey", "#/properties/primaryKey/anyOf", "anyOf", {}, "must match a schema in anyOf", schema34.properties.primaryKey, data42);
            errors++;
        }
        else {
            errors = _errs90;
            if (vErrors !== null) {
                if (_errs90) {
                    vErrors.length = _errs90;
                }
                else {
                    vErrors = null;
                }
            }
        }
    }
    if (data.primary_key !== undefined) {
        let data44 = data.primary_key;
        const _errs98 = errors;
        let valid14 = false;
        const _errs99 = errors;
        if (typeof data44 !== "string") {
            vErrors = addKeywordError(vErrors, instancePath + "/primary_key", "#/properties/primary_key/anyOf/0/type", "type", { type: "string" }, "must be string", schema34.properties.primary_key.anyOf[0], data44);
            errors++;
        }
        var _valid1 = _errs99 === errors;
        valid14 = valid14 || _valid1;
        const _errs101 = errors;
        if (Array.isArray(data44)) {
            if (data44.length < 1) {
                vErrors = addError(vErrors, instancePath + "/primary_key", "#/properties/primary_key/anyOf/1/minItems", "minItems", { limit: 1 }, "must NOT have fewer than 1 items", 1, schema34.properties.primary_key.anyOf[1], data44);
                errors++;
            }
            const len3 = data44.length;
            for (let i3 = 0; i3 < len3; i3++) {
                let data45 = data44[i3];
                if (typeof data45 !== "string") {
                    vErrors = addKeywordError(vErrors, instancePath + "/primary_key/" + i3, "#/properties/primary_key/anyOf/1/items/type", "type", { type: "string" }, "must be string", schema34.properties.primary_key.anyOf[1].items, data45);
                    errors++;
                }
            }
        }
        else {
            vErrors = addKeywordError(vErrors, instancePath + "/primary_key", "#/properties/primary_key/anyOf/1/type", "type", { type: "array" }, "must be array", schema34.properties.primary_key.anyOf[1], data44);
            errors++;
        }
        var _valid1 = _errs101 === errors;
        valid14 = valid14 || _valid1;
        if (!valid14) {
            vErrors = addKeywordError(vErrors, instancePath + "/primary_key", "#/properties/primary_key/anyOf", "anyOf", {}, "must match a schema in anyOf", schema34.properties.primary_key, data44);
            errors++;
        }
        else {
            errors = _errs98;
            if (vErrors !== null) {
                if (_errs98) {
                    vErrors.length = _errs98;
                }
                else {
                    vErrors = null;
                }
            }
        }
    }
    if (data.missingValues !== undefined) {
        let data46 = data.missingValues;
        if (Array.isArray(data46)) {
            const len4 = data46.length;
            for (let i4 = 0; i4 < len4; i4++) {
                let data47 = data46[i4];
                if (typeof data47 !== "string") {
                    vErrors = addKeywordError(vErrors, instancePath + "/missingValues/" + i4, "#/properties/missingValues/items/type", "type", { type: "string" }, "must be string", schema34.properties.missingValues.items, data47);
                    errors++;
                }
            }
        }
        else {
            vErrors = addKeywordError(vErrors, instancePath + "/missingValues", "#/properties/missingValues/type", "type", { type: "array" }, "must be array", schema34.properties.missingValues, data46);
            errors++;
        }
    }
    if (data.expectations !== undefined) {
        let data48 = data.expectations;
        if (Array.isArray(data48)) {
            const len5 = data48.length;
            for (let i5 = 0; i5 < len5; i5++) {
                if (!(validate22(data48[i5], { instancePath: instancePath + "/expectations/" + i5, parentData: data48, parentDataProperty: i5, rootData, dynamicAnchors }))) {
                    vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                    errors = vErrors.length;
                }
            }
        }
        else {
            vErrors = addKeywordError(vErrors, instancePath + "/expectations", "#/properties/expectations/type", "type", { type: "array" }, "must be array", schema34.properties.expectations, data48);
            errors++;
        }
    }
    if (data.name !== undefined) {
        let data50 = data.name;
        if (typeof data50 !== "string") {
            vErrors = addKeywordError(vErrors, instancePath + "/name", "#/properties/name/type", "type", { type: "string" }, "must be string", schema34.properties.name, data50);
            errors++;
        }
    }
    if (data.expectation_suite_name !== undefined) {
        let data51 = data.expectation_suite_name;
        if (typeof data51 !== "string") {
            vErrors = addKeywordError(vErrors, instancePath + "/expectation_suite_name", "#/properties/expectation_suite_name/type", "type", { type: "string" }, "must be string", schema34.properties.expectation_suite_name, data51);
            errors++;
        }
    }
    if (data.meta !== undefined) {
        let data52 = data.meta;
        if (!(data52 && typeof data52 == "object" && !Array.isArray(data52))) {
            vErrors = addKeywordError(vErrors, instancePath + "/meta", "#/properties/meta/type", "type", { type: "object" }, "must be object", schema34.properties.meta, data52);
            errors++;
        }
    }
}
else {
    vErrors = addKeywordError(vErrors, instancePath, "#/type", "type", { type: "object" }, "must be object", schema34, data);
    errors++;
} validate21.errors = vErrors; return errors === 0; }
validate21.evaluated = { "props": { "columns": true, "fields": true, "primaryKey": true, "primary_key": true, "missingValues": true, "expectations": true, "name": true, "expectation_suite_name": true, "meta": true }, "dynamicProps": false, "dynamicItems": false };
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
(0,precompiled/* registerPrecompiled */.sc)(data_contract_schema_namespaceObject, validate);
/** schemas/data-contract.schema.json, whose validator is precompiled (importing this module registers it). */
/* harmony default export */ const data_contract = (data_contract_schema_namespaceObject);

// EXTERNAL MODULE: ./src/core/schema/validate.ts + 1 modules
var schema_validate = __webpack_require__(8450);
;// CONCATENATED MODULE: ./src/core/data/types.ts

/** Values of a column as text and as a number (non-numbers become NULL). */
function exprs(col) {
    const q = (0,sql/* quoteIdent */.v)(col.name);
    return {
        q,
        text: col.type === 'VARCHAR' ? q : `CAST(${q} AS VARCHAR)`,
        number: `TRY_CAST(${q} AS DOUBLE)`,
    };
}
/** The column's value as a number: the shared cast of the aggregate pass when given, else inline. */
function numberOf(col, shared) {
    return shared ? shared(col.name) : exprs(col).number;
}
/**
 * Frictionless integer: optional sign and digits, any length. Not `TRY_CAST(\u2026 AS BIGINT)`: DuckDB's
 * cast also accepts `1.0`, `1.5` (rounded), `1e3`, `0x10`, `0b101`, `1_000` and a vertical tab, and
 * refuses integers beyond 64 bits (checked against DuckDB 1.5's integer_cast_operator.hpp).
 */
const INTEGER = '\\s*[+-]?[0-9]+\\s*';
const YEAR = '[+-]?[0-9]{4}';
const DURATION = 'P(?:[0-9]+Y)?(?:[0-9]+M)?(?:[0-9]+W)?(?:[0-9]+D)?(?:T(?:[0-9]+H)?(?:[0-9]+M)?(?:[0-9]+(?:\\.[0-9]+)?S)?)?';
/** GX / pandas / SQL type names mapped onto Frictionless types (values are checked, since CSV has none). */
function fieldTypeOf(name) {
    const t = name.toLowerCase().replace(/\(.*\)$/, '');
    if (/^(integer|int|int8|int16|int32|int64|uint8|uint16|uint32|uint64|bigint|smallint|tinyint|hugeint|long)$/.test(t))
        return 'integer';
    if (/^(number|float|float16|float32|float64|double|real|decimal|numeric)$/.test(t))
        return 'number';
    if (/^(string|str|varchar|text|char|object_)$/.test(t))
        return 'string';
    if (/^(boolean|bool)$/.test(t))
        return 'boolean';
    if (t === 'date')
        return 'date';
    if (/^(datetime|datetime64|datetime64\[ns\]|timestamp|timestamptz|timestamp with time zone)$/.test(t))
        return 'datetime';
    if (t === 'time')
        return 'time';
    if (t === 'year')
        return 'year';
    if (/^(duration|interval|timedelta)$/.test(t))
        return 'duration';
    if (/^(object|struct|map|dict|json)$/.test(t))
        return 'object';
    if (/^(array|list)$/.test(t))
        return 'array';
    if (t === 'any')
        return 'any';
    return undefined;
}
const NATIVE_INTEGER = /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT)$/;
/** Frictionless' boolean values (trueValues and falseValues defaults). */
const BOOLEAN_VALUES = `['true', 'True', 'TRUE', '1', 'false', 'False', 'FALSE', '0']`;
const CASTS = { date: 'DATE', datetime: 'TIMESTAMPTZ', time: 'TIME' };
/** Condition true when a non-null value does not parse as the Frictionless type. */
function notOfType(col, type, p, shared) {
    const e = exprs(col);
    const cast = CASTS[type];
    if (cast)
        return `TRY_CAST(${e.text} AS ${cast}) IS NULL`;
    switch (type) {
        case 'integer':
            return NATIVE_INTEGER.test(col.type) ? 'FALSE' : `NOT regexp_full_match(${e.text}, ${p.add(INTEGER)})`;
        case 'number':
            return `${numberOf(col, shared)} IS NULL`;
        case 'boolean':
            return col.type === 'BOOLEAN' ? 'FALSE' : `NOT list_contains(${BOOLEAN_VALUES}, ${e.text})`;
        case 'year':
            return `NOT regexp_full_match(${e.text}, ${p.add(YEAR)})`;
        case 'duration':
            return `(${e.text} IN ('P', '') OR ${e.text} LIKE '%T' OR NOT regexp_full_match(${e.text}, ${p.add(DURATION)}))`;
        case 'object':
            return /^(STRUCT|MAP)/.test(col.type)
                ? 'FALSE'
                : `coalesce(json_type(TRY_CAST(${e.text} AS JSON)) <> 'OBJECT', TRUE)`;
        case 'array':
            return /\[\]$|^LIST/.test(col.type)
                ? 'FALSE'
                : `coalesce(json_type(TRY_CAST(${e.text} AS JSON)) <> 'ARRAY', TRUE)`;
        default:
            return 'FALSE';
    }
}
/**
 * The type check's unexpected count as an aggregate for the single pass: non-null values minus the
 * values that parse (a count of casts, no per-row test), or the regex test alone (NULL for a null
 * value, so not counted). Undefined: the planner counts `notOfType` on non-null values.
 */
function typeCount(col, type) {
    const e = exprs(col);
    const cast = CASTS[type];
    if (cast)
        return () => `count(${e.q}) - count(TRY_CAST(${e.text} AS ${cast}))`;
    switch (type) {
        case 'number':
            return (_p, n) => `count(${e.q}) - count(${numberOf(col, n)})`;
        case 'integer':
        case 'year':
            return (p) => `count_if(${notOfType(col, type, p)})`;
        case 'boolean':
            return col.type === 'BOOLEAN'
                ? () => '0'
                : () => `count(${e.q}) - count_if(list_contains(${BOOLEAN_VALUES}, ${e.text}))`;
        default:
            return undefined;
    }
}

;// CONCATENATED MODULE: ./src/core/data/catalog.ts


const num = (v) => typeof v === 'number' && Number.isFinite(v);
const str = (v) => typeof v === 'string';
/** Whether `v` lies in GX's [min_value, max_value] (strict_min / strict_max make a bound exclusive; null is unbounded). */
function inRange(v, k) {
    if (v === null || v === undefined || (typeof v === 'number' && Number.isNaN(v)))
        return false;
    const lo = k.min_value;
    const hi = k.max_value;
    const cmp = (a, b) => typeof a === 'number' && typeof b === 'number'
        ? a - b
        : String(a) < String(b)
            ? -1
            : String(a) > String(b)
                ? 1
                : 0;
    if (lo !== null && lo !== undefined && (k.strict_min ? cmp(v, lo) <= 0 : cmp(v, lo) < 0))
        return false;
    if (hi !== null && hi !== undefined && (k.strict_max ? cmp(v, hi) >= 0 : cmp(v, hi) > 0))
        return false;
    return true;
}
function rangeText(k) {
    const lo = k.min_value ?? null;
    const hi = k.max_value ?? null;
    if (lo !== null && hi !== null)
        return `between ${String(lo)} and ${String(hi)}`;
    if (lo !== null)
        return `${k.strict_min ? '>' : '>='} ${String(lo)}`;
    return `${k.strict_max ? '<' : '<='} ${String(hi)}`;
}
/** Whether a bound is given (GX: null or absent means unbounded). */
const bounded = (v) => v !== null && v !== undefined;
/** Condition true when a value (known to be non-null) lies outside GX's range. */
function beyond(v, k, p) {
    const parts = [];
    if (bounded(k.min_value))
        parts.push(`${v} ${k.strict_min ? '<=' : '<'} ${p.add(k.min_value)}`);
    if (bounded(k.max_value))
        parts.push(`${v} ${k.strict_max ? '>=' : '>'} ${p.add(k.max_value)}`);
    return parts;
}
/** SQL condition true when a non-null value is outside GX's range; strings compare as text (ISO dates). */
function outside(col, k, p, valueOf, shared) {
    const e = exprs(col);
    const textual = str(k.min_value) || str(k.max_value);
    const v = valueOf === 'length' ? `length(${e.text})` : textual ? e.text : numberOf(col, shared);
    return [`${v} IS NULL`, ...beyond(v, k, p)].join(' OR ');
}
/**
 * The unexpected count of a numeric range check in one pass: values that are not numbers (non-null
 * values minus successful casts) plus numbers outside the range, without a per-row IS NULL test.
 */
function outsideCount(col, k, p, shared) {
    const n = numberOf(col, shared);
    return `count(${exprs(col).q}) - count(${n}) + count_if(${beyond(n, k, p).join(' OR ')})`;
}
/**
 * Membership of a non-null value in the set, numerically when every member is a number (as GX
 * compares parsed values; a value that is not a number is then not in the set). `list_contains` over
 * the bound members costs DuckDB about a tenth of `IN ($1, \u2026)` per row (measured). Null members are
 * left out: they never match a value (GX's `isin` on non-null values).
 */
function inSet(col, set, p, shared) {
    const members = set.filter((v) => v !== null && v !== undefined);
    if (!members.length)
        return 'FALSE';
    if (members.every(num))
        return `coalesce(list_contains([${members.map((v) => p.add(v)).join(', ')}], ${numberOf(col, shared)}), FALSE)`;
    return `list_contains([${members.map((v) => p.add(String(v))).join(', ')}], ${exprs(col).text})`;
}
/** RE2 metacharacters: a regex without any is a plain string, matched faster by `contains` / `=`. */
const REGEX_META = /[\\.+*?()|[\]{}^$]/;
/** Whether the value matches the regex: anywhere (GX's re.search) or as a whole (Frictionless pattern). */
function matches(text, regex, full, p) {
    if (!REGEX_META.test(regex))
        return full ? `(${text} = ${p.add(regex)})` : `contains(${text}, ${p.add(regex)})`;
    return `${full ? 'regexp_full_match' : 'regexp_matches'}(${text}, ${p.add(regex)})`;
}
const STATS = {
    expect_column_mean_to_be_between: { sql: (n) => `avg(${n})`, name: 'mean' },
    expect_column_median_to_be_between: { sql: (n) => `median(${n})`, name: 'median' },
    expect_column_stdev_to_be_between: { sql: (n) => `stddev_samp(${n})`, name: 'standard deviation' },
    expect_column_sum_to_be_between: { sql: (n) => `sum(${n})`, name: 'sum' },
    expect_column_min_to_be_between: { sql: (n) => `min(${n})`, name: 'minimum' },
    expect_column_max_to_be_between: { sql: (n) => `max(${n})`, name: 'maximum' },
};
/** Names of every supported expectation. */
const SUPPORTED = [
    'expect_column_to_exist',
    'expect_column_values_to_not_be_null',
    'expect_column_values_to_be_null',
    'expect_column_values_to_be_between',
    'expect_column_value_lengths_to_be_between',
    'expect_column_value_lengths_to_equal',
    'expect_column_values_to_be_in_set',
    'expect_column_values_to_not_be_in_set',
    'expect_column_values_to_match_regex',
    'expect_column_values_to_not_match_regex',
    'expect_column_values_to_be_of_type',
    'expect_column_values_to_be_in_type_list',
    'expect_column_values_to_be_unique',
    'expect_compound_columns_to_be_unique',
    'expect_select_column_values_to_be_unique_within_record',
    ...Object.keys(STATS),
    'expect_column_unique_value_count_to_be_between',
    'expect_column_proportion_of_unique_values_to_be_between',
    'expect_table_row_count_to_be_between',
    'expect_table_row_count_to_equal',
    'expect_table_column_count_to_equal',
    'expect_table_column_count_to_be_between',
    'expect_table_columns_to_match_set',
    'expect_table_columns_to_match_ordered_list',
].filter((n) => n !== 'expect_select_column_values_to_be_unique_within_record');
/** Compiles one expectation against the actual columns. */
function checkSpec(e, columns) {
    const k = e.kwargs;
    const table = tableSpec(e.type, k);
    if (table)
        return table;
    if (e.type === 'expect_compound_columns_to_be_unique') {
        const list = Array.isArray(k.column_list) ? k.column_list.map(String) : [];
        const missing = list.find((c) => !columns.some((x) => x.name === c));
        if (!list.length)
            return { kind: 'invalid', message: 'needs `column_list`' };
        if (missing !== undefined)
            return { kind: 'invalid', message: `column '${missing}' is not in the data`, missingColumn: missing };
        return { kind: 'unique', columns: list, describe: `(${list.join(', ')}) unique` };
    }
    if (!str(k.column))
        return {
            kind: 'invalid',
            message: SUPPORTED.includes(e.type) ? 'needs `column`' : `unsupported expectation '${e.type}'`,
        };
    const col = columns.find((c) => c.name === k.column);
    if (!SUPPORTED.includes(e.type))
        return { kind: 'invalid', message: `unsupported expectation '${e.type}'` };
    if (!col)
        return { kind: 'invalid', message: `column '${k.column}' is not in the data`, missingColumn: k.column };
    return columnSpec(e.type, k, col) ?? { kind: 'invalid', message: `invalid arguments for '${e.type}'` };
}
function columnSpec(type, k, col) {
    const e = exprs(col);
    const column = col.name;
    const map = (describe, unexpected, count) => ({
        kind: 'map',
        column,
        unexpected,
        describe,
        ...(count ? { count } : {}),
    });
    const ranged = bounded(k.min_value) || bounded(k.max_value);
    switch (type) {
        case 'expect_column_to_exist':
            return { kind: 'table', judge: () => ({ success: true, observed: true }), describe: 'exists' };
        case 'expect_column_values_to_not_be_null':
            return {
                kind: 'map',
                column,
                unexpected: () => `${e.q} IS NULL`,
                count: () => `count(*) - count(${e.q})`,
                countNulls: true,
                describe: 'not null',
            };
        case 'expect_column_values_to_be_null':
            return map('null', () => 'TRUE', () => `count(${e.q})`);
        case 'expect_column_values_to_be_between': {
            if (!ranged)
                return undefined;
            const textual = str(k.min_value) || str(k.max_value);
            return map(rangeText(k), (p, n) => outside(col, k, p, 'value', n), textual ? undefined : (p, n) => outsideCount(col, k, p, n));
        }
        case 'expect_column_value_lengths_to_be_between':
            if (!ranged)
                return undefined;
            return map(`length ${rangeText(k)}`, (p) => outside(col, k, p, 'length'));
        case 'expect_column_value_lengths_to_equal':
            return num(k.value)
                ? map(`length ${k.value}`, (p) => `length(${e.text}) <> ${p.add(k.value)}`)
                : undefined;
        case 'expect_column_values_to_be_in_set': {
            if (!Array.isArray(k.value_set))
                return undefined;
            const set = k.value_set;
            return map(`in ${JSON.stringify(set)}`, (p, n) => `NOT (${inSet(col, set, p, n)})`, (p, n) => `count(${e.q}) - count_if(${inSet(col, set, p, n)})`);
        }
        case 'expect_column_values_to_not_be_in_set': {
            if (!Array.isArray(k.value_set))
                return undefined;
            const set = k.value_set;
            return map(`not in ${JSON.stringify(set)}`, (p, n) => `coalesce(${inSet(col, set, p, n)}, FALSE)`);
        }
        case 'expect_column_values_to_match_regex': {
            // GX matches anywhere in the value (re.search); Frictionless `pattern` must match the whole value.
            if (!str(k.regex))
                return undefined;
            const unmatched = (p) => `NOT ${matches(e.text, k.regex, !!k.full_match, p)}`;
            // A match of a null value is NULL, which count_if leaves out: no separate IS NOT NULL test.
            return map(`match /${k.regex}/`, unmatched, (p) => `count_if(${unmatched(p)})`);
        }
        case 'expect_column_values_to_not_match_regex': {
            if (!str(k.regex))
                return undefined;
            const matched = (p) => matches(e.text, k.regex, false, p);
            return map(`not match /${k.regex}/`, matched, (p) => `count_if(${matched(p)})`);
        }
        case 'expect_column_values_to_be_of_type': {
            const t = str(k.type_) ? fieldTypeOf(k.type_) : undefined;
            return t
                ? map(`of type ${String(k.type_)}`, (p, n) => notOfType(col, t, p, n), typeCount(col, t))
                : undefined;
        }
        case 'expect_column_values_to_be_in_type_list': {
            const ts = Array.isArray(k.type_list) ? k.type_list.map((x) => fieldTypeOf(String(x))) : [];
            if (!ts.length || ts.some((t) => !t))
                return undefined;
            return map(`of a type in ${JSON.stringify(k.type_list)}`, (p, n) => ts.map((t) => `(${notOfType(col, t, p, n)})`).join(' AND '));
        }
        case 'expect_column_values_to_be_unique':
            return { kind: 'unique', columns: [column], describe: 'unique' };
        case 'expect_column_unique_value_count_to_be_between':
            return {
                kind: 'aggregate',
                column,
                expr: () => `count(DISTINCT ${e.q})`,
                judge: (v) => inRange(v, k),
                describe: `distinct count ${rangeText(k)}`,
            };
        case 'expect_column_proportion_of_unique_values_to_be_between':
            return {
                kind: 'aggregate',
                column,
                expr: () => `count(DISTINCT ${e.q}) / nullif(count(${e.q}), 0)`,
                judge: (v) => inRange(v, k),
                describe: `unique proportion ${rangeText(k)}`,
            };
    }
    const stat = STATS[type];
    if (stat)
        return {
            kind: 'aggregate',
            column,
            expr: (_p, n) => stat.sql(numberOf(col, n)),
            judge: (v) => inRange(v, k),
            describe: `${stat.name} ${rangeText(k)}`,
        };
    return undefined;
}
function tableSpec(type, k) {
    switch (type) {
        case 'expect_table_row_count_to_be_between':
            return {
                kind: 'table',
                judge: (t) => ({ success: inRange(t.rowCount, k), observed: t.rowCount }),
                describe: `row count ${rangeText(k)}`,
            };
        case 'expect_table_row_count_to_equal':
            return {
                kind: 'table',
                judge: (t) => ({ success: t.rowCount === k.value, observed: t.rowCount }),
                describe: `row count ${String(k.value)}`,
            };
        case 'expect_table_column_count_to_equal':
            return {
                kind: 'table',
                judge: (t) => ({ success: t.columns.length === k.value, observed: t.columns.length }),
                describe: `${String(k.value)} columns`,
            };
        case 'expect_table_column_count_to_be_between':
            return {
                kind: 'table',
                judge: (t) => ({ success: inRange(t.columns.length, k), observed: t.columns.length }),
                describe: `column count ${rangeText(k)}`,
            };
        case 'expect_table_columns_to_match_ordered_list': {
            const list = Array.isArray(k.column_list) ? k.column_list.map(String) : [];
            return {
                kind: 'table',
                judge: (t) => ({ success: t.columns.join('\0') === list.join('\0'), observed: t.columns }),
                describe: `columns ${JSON.stringify(list)} in order`,
            };
        }
        case 'expect_table_columns_to_match_set': {
            const set = Array.isArray(k.column_set) ? k.column_set.map(String) : [];
            const exact = k.exact_match !== false;
            return {
                kind: 'table',
                judge: (t) => {
                    const missing = set.filter((c) => !t.columns.includes(c));
                    const extra = t.columns.filter((c) => !set.includes(c));
                    return { success: missing.length === 0 && (!exact || extra.length === 0), observed: t.columns };
                },
                describe: `columns ${JSON.stringify(set)}`,
            };
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/core/data/plan.ts

/** Row number column added for samples; named so that no real column collides in practice. */
const ROW = '__mlops_row';
/** Prefix of the shared numeric casts of the aggregate pass (same reasoning as ROW). */
const NUMBER = '__mlops_number';
/**
 * The single aggregate pass: `n` rows, `blank` rows (every column null, which also makes the scan
 * read every column), and per check `u<i>`/`nn<i>` (map) or `a<i>` (aggregate). A column read as a
 * number by several checks (type, range, numeric set, statistics) is cast once per row, in an inner
 * projection, instead of once per check; map checks with a cheaper aggregate form (`count`) use it.
 */
function aggregateQuery(view, checks, columns = []) {
    const p = new sql/* Params */.X();
    const casts = new Map();
    const numberOf = (column) => {
        if (!casts.has(column))
            casts.set(column, (0,sql/* quoteIdent */.v)(`${NUMBER}${casts.size}`));
        return casts.get(column);
    };
    const select = ['count(*) AS n'];
    if (columns.length)
        select.push(`count_if(${columns.map((c) => `${(0,sql/* quoteIdent */.v)(c)} IS NULL`).join(' AND ')}) AS blank`);
    for (const c of checks) {
        const s = c.spec;
        if (s.kind === 'map') {
            const q = (0,sql/* quoteIdent */.v)(s.column);
            select.push(`count(${q}) AS nn${c.index}`);
            select.push(s.count
                ? `${s.count(p, numberOf)} AS u${c.index}`
                : s.countNulls
                    ? `count_if(${s.unexpected(p, numberOf)}) AS u${c.index}`
                    : `count_if(${q} IS NOT NULL AND (${s.unexpected(p, numberOf)})) AS u${c.index}`);
        }
        else if (s.kind === 'aggregate') {
            select.push(`${s.expr(p, numberOf)} AS a${c.index}`);
        }
    }
    const shared = [...casts].map(([column, alias]) => `TRY_CAST(${(0,sql/* quoteIdent */.v)(column)} AS DOUBLE) AS ${alias}`);
    const from = shared.length ? `(SELECT *, ${shared.join(', ')} FROM ${(0,sql/* quoteIdent */.v)(view)})` : (0,sql/* quoteIdent */.v)(view);
    return { sql: `SELECT ${select.join(', ')} FROM ${from}`, params: p.values };
}
/**
 * GX's uniqueness: every row whose (non-null) value occurs more than once is unexpected, not just
 * the repeats; for compound keys, rows where all values are missing are ignored.
 */
function duplicateCountQuery(view, columns) {
    const cols = columns.map(sql/* quoteIdent */.v);
    const where = columns.length === 1
        ? `${cols[0]} IS NOT NULL`
        : `NOT (${cols.map((c) => `${c} IS NULL`).join(' AND ')})`;
    return {
        sql: `SELECT coalesce(sum(c), 0) AS u, (SELECT count(*) FROM ${(0,sql/* quoteIdent */.v)(view)} WHERE ${where}) AS nn FROM (SELECT count(*) AS c FROM ${(0,sql/* quoteIdent */.v)(view)} WHERE ${where} GROUP BY ${cols.join(', ')} HAVING count(*) > 1)`,
        params: [],
    };
}
/** Up to `limit` unexpected rows of a failed check: 1-based data row number and the value(s). */
function sampleQuery(view, spec, limit = 20) {
    const p = new sql/* Params */.X();
    const v = (0,sql/* quoteIdent */.v)(view);
    if (spec.kind === 'map') {
        const q = (0,sql/* quoteIdent */.v)(spec.column);
        const cond = spec.countNulls ? spec.unexpected(p) : `${q} IS NOT NULL AND (${spec.unexpected(p)})`;
        return {
            // Only the one column is projected: a wide file (10,000 columns) stays cheap to sample.
            sql: `SELECT ${ROW}, CAST(${q} AS VARCHAR) AS v FROM (SELECT row_number() OVER () AS ${ROW}, ${q} FROM ${v}) WHERE ${cond} ORDER BY ${ROW} LIMIT ${p.add(limit)}`,
            params: p.values,
        };
    }
    if (spec.kind === 'unique') {
        const cols = spec.columns.map(sql/* quoteIdent */.v);
        const value = cols.length === 1
            ? `CAST(${cols[0]} AS VARCHAR)`
            : `concat_ws(', ', ${cols.map((c) => `CAST(${c} AS VARCHAR)`).join(', ')})`;
        const where = cols.length === 1 ? `${cols[0]} IS NOT NULL` : `NOT (${cols.map((c) => `${c} IS NULL`).join(' AND ')})`;
        return {
            sql: `SELECT ${ROW}, v FROM (SELECT row_number() OVER () AS ${ROW}, ${value} AS v, ${where} AS keep, count(*) OVER (PARTITION BY ${cols.join(', ')}) AS c FROM ${v}) WHERE keep AND c > 1 ORDER BY ${ROW} LIMIT ${p.add(limit)}`,
            params: p.values,
        };
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/adapters/duckdb/source.ts
var duckdb_source = __webpack_require__(4813);
;// CONCATENATED MODULE: ./src/adapters/duckdb/check.ts
/** Runs a DataContract against a data source: one aggregate pass, then duplicates and samples where needed. */




/** Compiles the contract against the source's columns. */
function planContract(contract, source) {
    return contract.expectations.map((expectation, index) => ({
        index,
        expectation,
        spec: checkSpec(expectation, source.columns),
    }));
}
/** Validates the source against the contract; results are in GX's shape, in contract order. */
async function runContract(engine, source, contract) {
    const checks = planContract(contract, source);
    try {
        const touchAll = source.scanView !== source.view ? source.columns.map((c) => c.name) : [];
        const agg = aggregateQuery(source.scanView, checks, touchAll);
        const row = (await engine.all(agg.sql, agg.params))[0] ?? {};
        const elementCount = Number(row.n ?? 0);
        const columns = source.columns.map((c) => c.name);
        const facts = [];
        for (const c of checks) {
            const f = { elementCount, columns };
            if (c.spec.kind === 'map') {
                f.nonNull = Number(row[`nn${c.index}`]);
                f.unexpected = Number(row[`u${c.index}`]);
            }
            else if (c.spec.kind === 'aggregate') {
                f.observed = row[`a${c.index}`] ?? null;
            }
            else if (c.spec.kind === 'unique') {
                const q = duplicateCountQuery(source.view, c.spec.columns);
                const d = (await engine.all(q.sql, q.params))[0] ?? {};
                f.unexpected = Number(d.u ?? 0);
                f.nonNull = Number(d.nn ?? 0);
            }
            facts.push(f);
        }
        const results = [];
        for (const [i, c] of checks.entries()) {
            let r = expectationResult(c, facts[i]);
            if (!r.success && (r.result.unexpected_count ?? 0) > 0) {
                facts[i].samples = await samples(engine, source, c);
                r = expectationResult(c, facts[i]);
            }
            results.push(r);
        }
        return { checks, validation: validationResult(results), rows: elementCount };
    }
    catch (error) {
        throw (0,duckdb_source/* engineError */.v_)(error, source.displayPath);
    }
}
async function samples(engine, source, check) {
    const q = sampleQuery(source.view, check.spec);
    if (!q)
        return [];
    const rows = await engine.all(q.sql, q.params);
    return rows.map((r) => ({ row: Number(r[ROW]), value: r.v ?? null }));
}

;// CONCATENATED MODULE: ./src/adapters/duckdb/dataset.ts
/**
 * A contract file read from the repository (a data card's `schema`, a `*.contract.yml`, or a GX
 * suite JSON) and checked against its data files: contract, malformed rows and PII in one go.
 */















/** Reads a card or contract; YAML and JSON both go through the safe YAML parser for exact lines. */
async function readContractFile(root, file) {
    let text;
    try {
        text = (await (0,promises_.readFile)(external_node_path_default().join(root, file), 'utf8')).replace(/\r\n?/g, '\n');
    }
    catch {
        throw new errors/* UserError */.yo(`contract not found: ${file}`, {
            file,
            hint: 'Pass a data card (DATA_CARD.md), a *.contract.yml or a Great Expectations suite JSON.',
        });
    }
    if (file.toLowerCase().endsWith('.md')) {
        const split = (0,frontmatter/* splitFrontMatter */.v)(text, file);
        const parsed = (0,yaml/* parseYaml */.hN)(split.yaml, file, {
            lineOffset: split.yamlLine - 1,
            expect: 'mapping',
            rulePrefix: 'contract/yaml',
        });
        const meta = (parsed.value ?? {});
        const cardDir = external_node_path_default().posix.dirname(file.replaceAll('\\', '/'));
        const dataFiles = [];
        const findings = [...split.findings, ...parsed.findings];
        for (const [i, f] of (Array.isArray(meta.files) ? meta.files : []).entries()) {
            const declared = typeof f === 'string' ? f : f?.path;
            if (typeof declared !== 'string')
                continue;
            const r = (0,datafiles/* resolveDeclaredPath */.cw)(cardDir === '.' ? '' : cardDir, declared);
            if ('repoPath' in r)
                dataFiles.push(r.repoPath);
            else
                findings.push({
                    rule: 'data/file-path',
                    severity: 'error',
                    message: `files[${i}].path ${r.problem}`,
                    file,
                    ...(parsed.source ? (0,yaml/* locate */.x5)(parsed.source, ['files', i]) : {}),
                });
        }
        const contract = normaliseContract(meta.schema ?? {}, file, ['schema']);
        findings.push(...(0,schema_validate/* validateAgainstSchema */.v9)(data_contract, { schema: meta.schema ?? {} }, parsed.source, {
            rulePrefix: 'contract',
            file,
            at: ['schema'],
        }));
        return {
            file,
            kind: 'card',
            contract,
            source: parsed.source,
            dataFiles,
            pii: meta.pii,
            findings: [...findings, ...contract.findings],
        };
    }
    const parsed = (0,yaml/* parseYaml */.hN)(text, file, {
        expect: 'mapping',
        rulePrefix: 'contract/yaml',
        maxBytes: 8 * 1024 * 1024,
    });
    const contract = normaliseContract(parsed.value ?? {}, file);
    const invalid = (0,schema_validate/* validateAgainstSchema */.v9)(data_contract, parsed.value ?? {}, parsed.source, {
        rulePrefix: 'contract',
        file,
    });
    return {
        file,
        kind: 'contract',
        contract,
        source: parsed.source,
        dataFiles: [],
        findings: [...parsed.findings, ...invalid, ...contract.findings],
    };
}
/** Checks every data file against the contract; findings point at the contract's lines and the data's rows. */
async function checkDataFiles(engine, root, cf, dataFiles) {
    const findings = [...cf.findings];
    const checks = [];
    const at = (p) => (cf.source ? (0,yaml/* locate */.x5)(cf.source, p) : undefined);
    for (const [i, data] of dataFiles.entries()) {
        const input = /^https?:\/\//i.test(data) ? data : external_node_path_default().resolve(root, data);
        let source;
        try {
            source = await (0,duckdb_source/* openSource */.oD)(engine, input, `data${i}`, { displayPath: data });
        }
        catch (error) {
            if (!(error instanceof errors/* UserError */.yo))
                throw error;
            findings.push({
                rule: 'data/unreadable',
                severity: 'error',
                message: error.message,
                file: error.file ?? data,
                line: error.line,
                hint: error.hint,
            });
            continue;
        }
        const { checks: planned, validation, rows } = await runContract(engine, source, cf.contract);
        findings.push(...(await source.rejects()));
        findings.push(...resultFindings(planned, validation.results, cf.file, at).map((f) => ({
            ...f,
            message: `${data}: ${f.message}`,
        })));
        const pii = cf.kind === 'card'
            ? await scanPii(engine, source.view, source.columns.map((c) => c.name))
            : [];
        if (pii.length)
            findings.push(...piiFindings(pii, cf.pii, cf.file, (cf.source && (0,yaml/* locate */.x5)(cf.source, ['pii'])) || { line: 1 }));
        checks.push({ data, validation, pii, rows });
    }
    return { checks, findings };
}
/** Samples the first 1,000 rows of every column (100 columns per query, so wide files stay small) and flags PII. */
async function scanPii(engine, view, columns) {
    const found = [];
    for (let start = 0; start < columns.length; start += 100) {
        const batch = columns.slice(start, start + 100);
        const rows = await engine.all(`SELECT ${batch.map((c, i) => `CAST(${(0,sql/* quoteIdent */.v)(c)} AS VARCHAR) AS c${i}`).join(', ')} FROM ${(0,sql/* quoteIdent */.v)(view)} LIMIT 1000`);
        found.push(...batch.flatMap((name, i) => detectPii(name, rows.map((r) => r[`c${i}`])) ?? []));
    }
    return found;
}
/** Checks each contract (card or contract file) against its declared files, or against `override` when given. */
async function checkContracts(engine, root, contracts, override = []) {
    const summaries = [];
    const findings = [];
    for (const file of contracts) {
        const cf = await readContractFile(root, file.replaceAll('\\', '/'));
        const data = override.length ? override : cf.dataFiles;
        if (!data.length)
            throw new errors/* UserError */.yo(`${file} names no data files`, {
                file,
                hint: 'Pass the data explicitly, or list the files under `files:` in the data card.',
            });
        const out = await checkDataFiles(engine, root, cf, data);
        findings.push(...out.findings);
        summaries.push(...out.checks.map((c) => ({
            contract: file,
            data: c.data,
            rows: c.rows,
            validation: c.validation,
            pii: c.pii,
        })));
    }
    return { summaries, findings };
}
/** The card of a dataset entry in .github/mlops.yml: its `card`, else DATA_CARD.md, else README.md in its folder. */
function cardOf(root, entry) {
    if (entry.card)
        return entry.card;
    const first = external_node_path_default().posix.join(entry.path, 'DATA_CARD.md');
    return (0,external_node_fs_.existsSync)(external_node_path_default().join(root, first)) ? first : external_node_path_default().posix.join(entry.path, 'README.md');
}


/***/ })

};

export const id = 450;
export const ids = [450];
export const modules = {

/***/ 9512:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ formatPath),
/* harmony export */   o: () => (/* binding */ pointerToPath)
/* harmony export */ });
/** Splits an ajv instancePath (a JSON Pointer) into keys and array indexes. */
function pointerToPath(pointer, value) {
    if (!pointer)
        return [];
    const path = [];
    let node = value;
    for (const raw of pointer.slice(1).split('/')) {
        const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
        const segment = Array.isArray(node) && /^\d+$/.test(key) ? Number(key) : key;
        path.push(segment);
        node =
            node !== null && typeof node === 'object'
                ? node[segment]
                : undefined;
    }
    return path;
}
/** `models[0].risk`, `promotion.production.approvals`; empty for the document itself. */
function formatPath(path) {
    let out = '';
    for (const segment of path) {
        if (typeof segment === 'number')
            out += `[${segment}]`;
        else if (/^[\w-]+$/.test(segment))
            out += out ? `.${segment}` : segment;
        else
            out += `[${JSON.stringify(segment)}]`;
    }
    return out;
}


/***/ }),

/***/ 3637:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zs: () => (/* binding */ precompiledValidator),
/* harmony export */   sc: () => (/* binding */ registerPrecompiled)
/* harmony export */ });
/* unused harmony export precompiledSchemas */
const bySchema = new WeakMap();
const byId = new Map();
/** Registers the precompiled validator of `schema` (called by the generated modules). */
function registerPrecompiled(schema, validate) {
    bySchema.set(schema, validate);
    const id = schema.$id;
    if (typeof id === 'string' && !byId.has(id))
        byId.set(id, { schema, validate });
}
/** The precompiled validator of this schema object, or of the schema with its `$id`. */
function precompiledValidator(schema) {
    const id = schema.$id;
    return bySchema.get(schema) ?? (typeof id === 'string' ? byId.get(id)?.validate : undefined);
}
/** Every registered schema with an `$id`: a runtime-compiled schema may `$ref` them. */
function precompiledSchemas() {
    return [...byId.values()].map((e) => e.schema);
}


/***/ }),

/***/ 3049:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ editDistance),
/* harmony export */   Z: () => (/* binding */ suggest)
/* harmony export */ });
/** "Did you mean" suggestions by edit distance, as git and npm print them for mistyped words. */
/** Damerau-Levenshtein (optimal string alignment) distance: a swapped pair of letters counts once. */
function editDistance(a, b) {
    const d = Array.from({ length: a.length + 1 }, (_, i) => [
        i,
        ...new Array(b.length).fill(0),
    ]);
    for (let j = 1; j <= b.length; j++)
        d[0][j] = j;
    for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let best = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                best = Math.min(best, d[i - 2][j - 2] + 1);
            d[i][j] = best;
        }
    }
    return d[a.length][b.length];
}
/** The closest candidate within a third of the word's length, rounded up (at most 3 edits), if any. */
function suggest(word, candidates) {
    if (word.length > 64)
        return undefined;
    const limit = Math.min(3, Math.max(1, Math.ceil(word.length / 3)));
    let best;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
        if (distance <= limit && distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}


/***/ }),

/***/ 8450:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Fc: () => (/* binding */ compileSchema),
  bo: () => (/* binding */ relevantErrors),
  v9: () => (/* binding */ validateAgainstSchema)
});

// UNUSED EXPORTS: MAX_SCHEMA_FINDINGS, setRuntimeCompiler

// EXTERNAL MODULE: ./src/core/yaml/locate.ts
var locate = __webpack_require__(1473);
// EXTERNAL MODULE: ./src/core/schema/suggest.ts
var suggest = __webpack_require__(3049);
// EXTERNAL MODULE: ./src/core/schema/path.ts
var schema_path = __webpack_require__(9512);
;// CONCATENATED MODULE: ./src/core/schema/messages.ts


const typeNames = {
    object: 'a mapping',
    array: 'a list',
    string: 'a string',
    number: 'a number',
    integer: 'a whole number',
    boolean: 'true or false',
    null: 'empty',
};
/** Describes an ajv error against the validated value (needed to tell list indexes from keys). */
function describeError(e, root) {
    const path = (0,schema_path/* pointerToPath */.o)(e.instancePath, root);
    const name = (0,schema_path/* formatPath */.j)(path);
    const subject = path.length ? `\`${name}\`` : 'the document';
    const got = valueAt(root, path);
    const p = e.params;
    if (e.propertyName !== undefined)
        return badKey(e, path);
    switch (e.keyword) {
        case 'additionalProperties':
        case 'unevaluatedProperties':
            return unknownKey(String(p.additionalProperty ?? p.unevaluatedProperty), path, e.parentSchema);
        case 'required':
            return {
                rule: 'required',
                message: `missing required key \`${String(p.missingProperty)}\` ${path.length ? `in \`${name}\`` : 'at the top level'}`,
                hint: description(propertySchema(e.parentSchema, String(p.missingProperty))),
                path,
                at: 'auto',
            };
        case 'dependentRequired':
            // ajv lists every dependent key in its message; name the one that is missing.
            return {
                rule: 'required',
                message: `missing key \`${String(p.missingProperty)}\` in \`${name}\`, which \`${String(p.property)}\` needs`,
                hint: description(propertySchema(e.parentSchema, String(p.missingProperty))),
                path: [...path, String(p.property)],
                at: 'key',
            };
        case 'type':
            return {
                rule: 'type',
                message: `${subject} must be ${typeList(String(p.type).split(','))}, not ${describeValue(got)}`,
                path,
                at: 'value',
            };
        case 'enum':
        case 'const': {
            const allowed = (e.keyword === 'enum' ? p.allowedValues : [p.allowedValue]) ?? [];
            const close = typeof got === 'string' ? (0,suggest/* suggest */.Z)(got, allowed.map(String)) : undefined;
            return {
                rule: 'enum',
                message: `${subject} must be ${allowed.length === 1 ? '' : 'one of '}${allowed.map(show).join(', ')}, not ${show(got)}`,
                hint: close ? `did you mean \`${close}\`?` : undefined,
                path,
                at: 'value',
            };
        }
        case 'anyOf':
        case 'oneOf':
            return {
                rule: 'type',
                message: `${subject} must be ${branchList(e.schema)}, not ${describeValue(got)}`,
                path,
                at: 'value',
            };
        case 'minimum':
        case 'maximum':
        case 'exclusiveMinimum':
        case 'exclusiveMaximum':
            return {
                rule: 'range',
                message: `${subject} must be ${String(p.comparison)} ${String(p.limit)}, not ${show(got)}`,
                path,
                at: 'value',
            };
        case 'pattern':
            return {
                rule: 'format',
                message: `${subject} must match \`${String(p.pattern)}\`, not ${show(got)}`,
                hint: description(e.parentSchema),
                path,
                at: 'value',
            };
        case 'format':
            return {
                rule: 'format',
                message: `${subject} must be a valid ${String(p.format)}, not ${show(got)}`,
                path,
                at: 'value',
            };
        case 'minItems':
        case 'maxItems':
        case 'minLength':
        case 'maxLength':
        case 'minProperties':
        case 'maxProperties':
            return {
                rule: 'size',
                message: `${subject} ${sizeText(e.keyword, Number(p.limit))}`,
                path,
                at: 'value',
            };
        case 'uniqueItems':
            return {
                rule: 'size',
                message: `${subject} lists the same value twice (items ${String(p.j)} and ${String(p.i)})`,
                path: [...path, Number(p.i)],
                at: 'value',
            };
        default:
            return {
                rule: 'invalid',
                message: `${subject} ${e.message ?? 'is invalid'}`,
                path,
                at: 'value',
            };
    }
}
/** A key that breaks `propertyNames` (e.g. a stage name with spaces): point at the key itself. */
function badKey(e, parent) {
    const key = String(e.propertyName);
    const where = parent.length ? `under \`${(0,schema_path/* formatPath */.j)(parent)}\`` : 'at the top level';
    const expected = e.keyword === 'pattern'
        ? `must match \`${String(e.params.pattern)}\``
        : (e.message ?? 'is not allowed');
    return {
        rule: 'format',
        message: `key \`${key}\` ${where} ${expected}`,
        hint: description(e.parentSchema),
        path: [...parent, key],
        at: 'key',
    };
}
function unknownKey(key, parent, parentSchema) {
    const allowed = Object.keys(propertiesOf(parentSchema));
    const close = (0,suggest/* suggest */.Z)(key, allowed);
    const where = parent.length ? `under \`${(0,schema_path/* formatPath */.j)(parent)}\`` : 'at the top level';
    let hint = close ? `did you mean \`${close}\`?` : undefined;
    if (!hint && allowed.length)
        hint = `allowed keys: ${allowed.map((k) => `\`${k}\``).join(', ')}`;
    return {
        rule: 'unknown-key',
        message: `unknown key \`${key}\` ${where}`,
        hint,
        path: [...parent, key],
        at: 'key',
    };
}
function valueAt(root, path) {
    let node = root;
    for (const segment of path) {
        if (node === null || typeof node !== 'object' || !Object.hasOwn(node, segment))
            return undefined;
        node = node[segment];
    }
    return node;
}
function propertiesOf(schema) {
    const props = schema !== null && typeof schema === 'object'
        ? schema.properties
        : undefined;
    return props !== null && typeof props === 'object' ? props : {};
}
function propertySchema(schema, key) {
    return propertiesOf(schema)[key];
}
function description(schema) {
    const d = schema !== null && typeof schema === 'object'
        ? schema.description
        : undefined;
    return typeof d === 'string' ? d : undefined;
}
function typeList(types) {
    const names = types.map((t) => typeNames[t] ?? t);
    return names.length <= 1 ? (names[0] ?? 'valid') : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
}
/** Names the alternatives of an anyOf/oneOf by their types or constants. */
function branchList(branches) {
    if (!Array.isArray(branches))
        return 'valid';
    const names = new Set();
    for (const b of branches) {
        if ('const' in b)
            names.add(show(b.const));
        else if (Array.isArray(b.enum))
            for (const v of b.enum)
                names.add(show(v));
        else if (typeof b.type === 'string')
            names.add(typeNames[b.type] ?? b.type);
        else if (Array.isArray(b.type))
            for (const t of b.type)
                names.add(typeNames[String(t)] ?? String(t));
    }
    return names.size ? typeList([...names]) : 'one of the allowed forms';
}
function describeValue(v) {
    if (v === null || v === undefined)
        return 'empty';
    if (Array.isArray(v))
        return 'a list';
    if (typeof v === 'object')
        return 'a mapping';
    return `${typeNames[typeof v] ?? typeof v} (${show(v)})`;
}
function show(v) {
    if (v === null || v === undefined)
        return 'empty';
    if (typeof v === 'object')
        return Array.isArray(v) ? 'a list' : 'a mapping';
    const text = typeof v === 'string' ? v : JSON.stringify(v);
    return `\`${text.length > 60 ? `${text.slice(0, 57)}...` : text}\``;
}
function sizeText(keyword, limit) {
    const unit = keyword.endsWith('Items') ? 'item' : keyword.endsWith('Length') ? 'character' : 'key';
    const plural = limit === 1 ? unit : `${unit}s`;
    return keyword.startsWith('min')
        ? `must have at least ${limit} ${plural}`
        : `must have at most ${limit} ${plural}`;
}

// EXTERNAL MODULE: ./src/core/schema/precompiled.ts
var precompiled = __webpack_require__(3637);
;// CONCATENATED MODULE: ./src/core/schema/validate.ts



const byObject = new WeakMap();
/** A file with thousands of errors is one mistake repeated; a hundred findings say it and keep reports readable. */
const MAX_SCHEMA_FINDINGS = 100;
let runtimeCompiler;
/** Installs the compiler for schemas that are not precompiled (src/core/schema/runtime.ts). */
function setRuntimeCompiler(compile) {
    runtimeCompiler = compile;
}
/**
 * The validator of a schema: precompiled at build time for the schemas in schemas/ (see
 * precompiled.ts), else compiled once by the run-time compiler that importing index.ts installs.
 */
function compileSchema(schema) {
    const cached = byObject.get(schema) ?? (0,precompiled/* precompiledValidator */.Zs)(schema);
    if (cached)
        return cached;
    if (!runtimeCompiler) {
        const id = schema.$id;
        throw new Error(`schema ${typeof id === 'string' ? id : '(without $id)'} is not precompiled: import it from ` +
            'src/generated/validators/ (node scripts/generate-validators.mjs), or import src/core/schema/index.js to compile it at run time');
    }
    const validate = runtimeCompiler(schema);
    byObject.set(schema, validate);
    return validate;
}
/** Validates a parsed value against a JSON Schema; every error is a Finding at its YAML location. */
function validateAgainstSchema(schema, value, source, opts) {
    const validate = compileSchema(schema);
    if (validateAt(validate, value, opts.at))
        return [];
    const findings = [];
    const seen = new Set();
    const errors = relevantErrors(validate.errors ?? []);
    for (const error of errors) {
        if (findings.length === MAX_SCHEMA_FINDINGS) {
            findings.push({
                rule: `${opts.rulePrefix}/too-many-errors`,
                severity: 'error',
                message: `${opts.file} has more schema errors; only the first ${MAX_SCHEMA_FINDINGS} are listed`,
                file: opts.file,
                hint: 'Fix these and validate again.',
            });
            break;
        }
        const d = describeError(error, value);
        const where = source ? (0,locate/* locate */.x)(source, d.path, { at: d.at }) : {};
        const finding = {
            rule: `${opts.rulePrefix}/${d.rule}`,
            severity: 'error',
            message: d.message,
            file: opts.file,
            ...where,
        };
        if (d.hint)
            finding.hint = d.hint;
        const id = `${finding.rule}:${finding.line}:${finding.column}:${finding.message}`;
        if (seen.has(id))
            continue;
        seen.add(id);
        findings.push(finding);
    }
    return findings;
}
/** Runs `validate` on the part of `value` at `at`, with ajv's data context so errors point into `value`. */
function validateAt(validate, value, at) {
    if (!at?.length)
        return validate(value);
    let parentData;
    let node = value;
    for (const key of at) {
        parentData = node;
        node = node !== null && typeof node === 'object' ? node[key] : undefined;
    }
    if (node === undefined)
        return true;
    // RFC 6901: `~` and `/` are escaped in a JSON Pointer segment.
    const instancePath = at.map((k) => `/${String(k).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
    return validate(node, {
        instancePath,
        parentData: parentData,
        parentDataProperty: at[at.length - 1],
        rootData: value,
        dynamicAnchors: {},
    });
}
/**
 * ajv reports every failing branch of `anyOf`/`oneOf` plus the combinator itself. Keep one voice:
 * when exactly one branch has the right type, its errors; otherwise the combinator's error alone.
 * `if` and `propertyNames` errors only wrap the errors that follow them, which say more.
 */
function relevantErrors(errors) {
    const drop = new Set();
    for (const e of errors) {
        if (e.keyword === 'if' || e.keyword === 'propertyNames')
            drop.add(e);
        if (e.keyword !== 'anyOf' && e.keyword !== 'oneOf')
            continue;
        const inside = errors.filter((x) => x !== e && x.schemaPath.startsWith(`${e.schemaPath}/`));
        const branches = groupByBranch(inside, e.schemaPath);
        const typed = [...branches.values()].filter((list) => !list.some((x) => isTypeMismatchAt(x, e.instancePath)));
        if (typed.length === 1) {
            drop.add(e);
            for (const x of inside)
                if (!typed[0].includes(x))
                    drop.add(x);
        }
        else {
            for (const x of inside)
                drop.add(x);
        }
    }
    return errors.filter((e) => !drop.has(e));
}
function groupByBranch(errors, base) {
    const map = new Map();
    for (const e of errors) {
        const branch = e.schemaPath.slice(base.length + 1).split('/', 1)[0] ?? '';
        map.set(branch, [...(map.get(branch) ?? []), e]);
    }
    return map;
}
function isTypeMismatchAt(e, instancePath) {
    return (e.instancePath === instancePath && (e.keyword === 'type' || e.keyword === 'const' || e.keyword === 'enum'));
}


/***/ })

};

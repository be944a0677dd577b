export const id = 29;
export const ids = [29,840];
export const modules = {

/***/ 2029:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cardsAt: () => (/* binding */ cardsAt),
  completeCard: () => (/* binding */ completeCard)
});

// EXTERNAL MODULE: ./src/core/cards/document.ts + 1 modules
var cards_document = __webpack_require__(840);
// EXTERNAL MODULE: ./src/core/cards/sections.ts
var cards_sections = __webpack_require__(2855);
// EXTERNAL MODULE: ./src/core/schema/validate.ts + 1 modules
var validate = __webpack_require__(8450);
// EXTERNAL MODULE: ./src/core/schema/path.ts
var path = __webpack_require__(9512);
// EXTERNAL MODULE: ./src/core/schema/suggest.ts
var suggest = __webpack_require__(3049);
// EXTERNAL MODULE: ./src/core/yaml/index.ts
var yaml = __webpack_require__(1971);
;// CONCATENATED MODULE: ./src/core/cards/profiles.ts

const PROFILES = (/* unused pure expression or super */ null && (['standard', 'huggingface']));
const MODEL_SECTIONS = [
    { id: 'model-details', title: 'Model Details', phrases: ['model details', 'model description', 'model information', 'model summary', 'model overview'], exact: ['details', 'overview', 'description', 'summary'] },
    { id: 'intended-use', title: 'Intended Use', phrases: ['intended use', 'intended uses', 'direct use', 'use cases', 'primary intended uses', 'uses'], exact: ['usage'] },
    { id: 'out-of-scope-use', title: 'Out-of-Scope Use', phrases: ['out of scope', 'misuse', 'not intended', 'prohibited uses'] },
    { id: 'limitations', title: 'Limitations', phrases: ['limitations', 'caveats', 'known issues', 'risks'] },
    { id: 'training-data', title: 'Training Data', phrases: ['training data', 'training dataset', 'training datasets', 'training details', 'data'], exact: ['training', 'dataset', 'datasets'] },
    { id: 'evaluation', title: 'Evaluation', phrases: ['evaluation', 'performance', 'results', 'metrics', 'benchmarks'] },
    { id: 'ethical-considerations', title: 'Ethical Considerations', phrases: ['ethical considerations', 'ethics', 'ethical', 'broader impact', 'broader impacts', 'societal impact', 'responsible ai'] },
];
/** Required in addition when the model card says `risk: high` (SPEC \u00a77: a fairness report for high risk). */
const FAIRNESS_SECTION = {
    id: 'fairness-assessment',
    title: 'Fairness Assessment',
    phrases: ['fairness', 'disaggregated', 'bias assessment', 'bias evaluation', 'bias analysis'],
};
const DATA_SECTIONS = [
    { id: 'motivation', title: 'Motivation', phrases: ['motivation', 'curation rationale', 'dataset summary', 'dataset description', 'purpose'] },
    { id: 'composition', title: 'Composition', phrases: ['composition', 'dataset structure', 'data fields', 'data instances', 'data splits', 'schema'] },
    { id: 'collection', title: 'Collection Process', phrases: ['collection', 'source data', 'dataset creation', 'data sources'] },
    { id: 'preprocessing', title: 'Preprocessing', phrases: ['preprocessing', 'processing', 'cleaning', 'labeling', 'annotations', 'normalization'] },
    { id: 'uses', title: 'Uses', phrases: ['uses', 'intended use', 'considerations for using the data', 'use cases', 'supported tasks'] },
    { id: 'distribution', title: 'Distribution', phrases: ['distribution', 'licensing', 'license', 'access'] },
    { id: 'maintenance', title: 'Maintenance', phrases: ['maintenance', 'maintainers', 'dataset curators', 'contact', 'updates'] },
];
/**
 * The requirements for a card under a profile. `replace` (`cards.required_sections` in
 * .github/mlops.yml) replaces the profile's list; a title that names a built-in requirement keeps its
 * synonyms, any other title is matched literally. `risk: high` always adds the fairness assessment.
 */
function requiredSections(kind, profile, risk, replace) {
    const builtIn = kind === 'model' ? [...MODEL_SECTIONS, FAIRNESS_SECTION] : DATA_SECTIONS;
    let base;
    if (replace) {
        base = replace.map((title) => {
            const key = (0,cards_sections/* normaliseHeading */.H7)(title);
            return builtIn.find((r) => (0,cards_sections/* normaliseHeading */.H7)(r.title) === key || r.id === key.replace(/ /g, '-')) ?? { id: key.replace(/ /g, '-'), title, phrases: [key] };
        });
    }
    else if (profile === 'huggingface') {
        base = [];
    }
    else {
        base = kind === 'model' ? [...MODEL_SECTIONS] : [...DATA_SECTIONS];
    }
    if (kind === 'model' && risk === 'high' && !base.includes(FAIRNESS_SECTION))
        base.push(FAIRNESS_SECTION);
    return base;
}
/** True when a normalised heading matches a requirement. */
function matches(key, req) {
    if (req.exact?.includes(key))
        return true;
    const padded = ` ${key} `;
    return req.phrases.some((p) => padded.includes(` ${p} `));
}
/** Matches every requirement against the section tree in one pass over the sections. */
function checkSections(root, reqs) {
    const sections = (0,cards_sections/* allSections */.ym)(root);
    return reqs.map((requirement) => {
        const found = sections.filter((s) => matches(s.key, requirement));
        return { requirement, found, filled: found.some(cards_sections/* hasContent */.ov) };
    });
}

// EXTERNAL MODULE: ./src/core/cards/rules.ts
var rules = __webpack_require__(4480);
;// CONCATENATED MODULE: ./schemas/data-card.schema.json
const data_card_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://github.com/gitops-mlops/schemas/data-card.schema.json","title":"Data card front matter","description":"YAML front matter of DATA_CARD.md: a superset of the Hugging Face dataset card metadata plus data versioning keys. Add `# yaml-language-server: $schema=<this $id or a relative path>` as the first YAML line for editor completion.","type":"object","properties":{"name":{"type":"string","pattern":"^[a-z0-9]([a-z0-9._-]*[a-z0-9])?$","description":"Registry name: lower case letters, digits, `.`, `_` and `-` (used in tags like `name@v1.2.0`)."},"version":{"type":"string","pattern":"^(0|[1-9]\\\\d*)\\\\.(0|[1-9]\\\\d*)\\\\.(0|[1-9]\\\\d*)(?:-((?:0|[1-9]\\\\d*|\\\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\\\.(?:0|[1-9]\\\\d*|\\\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\\\+([0-9a-zA-Z-]+(?:\\\\.[0-9a-zA-Z-]+)*))?$","description":"Semantic version (https://semver.org) without a leading `v`, e.g. `1.2.0`. A released version\'s content cannot change."},"owners":{"type":"array","minItems":1,"items":{"type":"string","minLength":1},"description":"Who answers for this card: GitHub users (`@alice`), teams (`@org/team`) or e-mail addresses."},"files":{"type":"array","description":"The data files of this version. Paths are relative to the card\'s folder and must stay inside the repository.","items":{"type":"object","properties":{"path":{"type":"string","minLength":1,"description":"File path relative to the card\'s folder; no `..` leaving the repository, no absolute paths."},"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$","description":"Lower-case hex SHA-256 of the file (`sha256sum`)."},"bytes":{"type":"integer","minimum":0,"description":"File size in bytes."},"rows":{"type":"integer","minimum":0,"description":"Data rows (CSV/TSV without the header line, JSON Lines non-empty lines)."},"format":{"type":"string","enum":["csv","tsv","jsonl","parquet","other"],"description":"File format; by default taken from the extension."}},"required":["path"],"description":"One data file."}},"schema":{"type":"object","description":"The data contract: columns with types and constraints (see data-contract.schema.json), checked against the files\' header and a sample.","properties":{"columns":{"type":"array","items":{"type":"object","properties":{"name":{"type":"string","minLength":1,"description":"Column name as in the file header."},"type":{"type":"string","description":"Frictionless Table Schema type: string, integer, number, boolean, date, datetime, time, year, object, array, any."},"description":{"type":"string"}},"required":["name"],"description":"One column of the data."},"description":"Columns in file order."},"fields":{"type":"array","items":{"type":"object","properties":{"name":{"type":"string","minLength":1,"description":"Column name as in the file header."},"type":{"type":"string","description":"Frictionless Table Schema type: string, integer, number, boolean, date, datetime, time, year, object, array, any."},"description":{"type":"string"}},"required":["name"],"description":"One column of the data."},"description":"Frictionless Table Schema spelling of `columns`."}}},"lineage":{"type":"object","properties":{"derived_from":{"type":"array","items":{"anyOf":[{"type":"string"},{"type":"object","properties":{"dataset":{"type":"string"},"version":{"type":"string"}},"required":["dataset"]}]},"description":"Dataset versions this one was built from (`name@v1.0.0`)."},"code":{"type":"string","description":"Script or commit that produced the data."},"source":{"type":"string","description":"Where the raw data came from (URL, system, export)."}},"description":"Where the data came from and how it was made."},"pii":{"description":"Personal data: `false`, or a mapping with `contains`, `fields` and `handling`.","anyOf":[{"type":"boolean"},{"type":"object","properties":{"contains":{"type":"boolean"},"fields":{"type":"array","items":{"type":"string"}},"handling":{"type":"string","description":"How personal data is protected (pseudonymised, removed, consented)."}},"required":["contains"]}]},"language":{"description":"ISO 639-1/639-3 language code(s) of the data or model, e.g. `en`, `[en, fr]`.","anyOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]},"license":{"description":"License id from the Hugging Face Hub list (https://huggingface.co/docs/hub/repositories-licenses); `other` with `license_name` and `license_link` for anything else.","anyOf":[{"type":"string","enum":["apache-2.0","mit","openrail","bigscience-openrail-m","creativeml-openrail-m","bigscience-bloom-rail-1.0","bigcode-openrail-m","afl-3.0","artistic-2.0","bsl-1.0","bsd","bsd-2-clause","bsd-3-clause","bsd-3-clause-clear","c-uda","cc","cc0-1.0","cc-by-2.0","cc-by-2.5","cc-by-3.0","cc-by-4.0","cc-by-sa-3.0","cc-by-sa-4.0","cc-by-nc-2.0","cc-by-nc-3.0","cc-by-nc-4.0","cc-by-nd-4.0","cc-by-nc-nd-3.0","cc-by-nc-nd-4.0","cc-by-nc-sa-2.0","cc-by-nc-sa-3.0","cc-by-nc-sa-4.0","cdla-sharing-1.0","cdla-permissive-1.0","cdla-permissive-2.0","wtfpl","ecl-2.0","epl-1.0","epl-2.0","etalab-2.0","eupl-1.1","eupl-1.2","agpl-3.0","gfdl","gpl","gpl-2.0","gpl-3.0","lgpl","lgpl-2.1","lgpl-3.0","isc","h-research","intel-research","lppl-1.3c","ms-pl","apple-ascl","apple-amlr","mpl-2.0","odc-by","odbl","openmdw-1.0","openrail++","osl-3.0","postgresql","ofl-1.1","ncsa","unlicense","zlib","pddl","lgpl-lr","deepfloyd-if-license","fair-noncommercial-research-license","llama2","llama3","llama3.1","llama3.2","llama3.3","llama4","gemma","unknown","other"]},{"type":"array","items":{"type":"string","enum":["apache-2.0","mit","openrail","bigscience-openrail-m","creativeml-openrail-m","bigscience-bloom-rail-1.0","bigcode-openrail-m","afl-3.0","artistic-2.0","bsl-1.0","bsd","bsd-2-clause","bsd-3-clause","bsd-3-clause-clear","c-uda","cc","cc0-1.0","cc-by-2.0","cc-by-2.5","cc-by-3.0","cc-by-4.0","cc-by-sa-3.0","cc-by-sa-4.0","cc-by-nc-2.0","cc-by-nc-3.0","cc-by-nc-4.0","cc-by-nd-4.0","cc-by-nc-nd-3.0","cc-by-nc-nd-4.0","cc-by-nc-sa-2.0","cc-by-nc-sa-3.0","cc-by-nc-sa-4.0","cdla-sharing-1.0","cdla-permissive-1.0","cdla-permissive-2.0","wtfpl","ecl-2.0","epl-1.0","epl-2.0","etalab-2.0","eupl-1.1","eupl-1.2","agpl-3.0","gfdl","gpl","gpl-2.0","gpl-3.0","lgpl","lgpl-2.1","lgpl-3.0","isc","h-research","intel-research","lppl-1.3c","ms-pl","apple-ascl","apple-amlr","mpl-2.0","odc-by","odbl","openmdw-1.0","openrail++","osl-3.0","postgresql","ofl-1.1","ncsa","unlicense","zlib","pddl","lgpl-lr","deepfloyd-if-license","fair-noncommercial-research-license","llama2","llama3","llama3.1","llama3.2","llama3.3","llama4","gemma","unknown","other"]}}]},"license_name":{"type":"string","description":"Id of a custom license when `license: other`, e.g. `my-license-1.0`."},"license_link":{"type":"string","description":"Path or URL of the custom license text when `license: other`, e.g. `LICENSE.md`."},"license_details":{"type":"string","description":"Legacy free-text license details."},"tags":{"type":"array","items":{"type":"string"},"description":"Free tags shown on the Hub and used for search."},"pretty_name":{"type":"string","description":"Human-readable name."},"annotations_creators":{"description":"Who created the annotations: crowdsourced, expert-generated, found, machine-generated, no-annotation, other. A mapping of config name to values is the 2021 legacy form, still read.","anyOf":[{"type":"string"},{"type":"array","items":{"type":"string"}},{"type":"object","additionalProperties":{"anyOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]}}]},"language_creators":{"description":"Who created the text: crowdsourced, expert-generated, found, machine-generated, other. A mapping of config name to values is the 2021 legacy form, still read.","anyOf":[{"type":"string"},{"type":"array","items":{"type":"string"}},{"type":"object","additionalProperties":{"anyOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]}}]},"multilinguality":{"description":"monolingual, multilingual, translation, other. A mapping of config name to values is the 2021 legacy form, still read.","anyOf":[{"type":"string"},{"type":"array","items":{"type":"string"}},{"type":"object","additionalProperties":{"anyOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]}}]},"size_categories":{"description":"Number of examples, e.g. `1K<n<10K`. A mapping of config name to values is the 2021 legacy form, still read.","anyOf":[{"type":"string","pattern":"^\\\\s*(n<1K|1K<n<10K|10K<n<100K|100K<n<1M|1M<n<10M|10M<n<100M|100M<n<1B|1B<n<10B|10B<n<100B|100B<n<1T|n>1T|unknown)\\\\s*$"},{"type":"array","items":{"type":"string","pattern":"^\\\\s*(n<1K|1K<n<10K|10K<n<100K|100K<n<1M|1M<n<10M|10M<n<100M|100M<n<1B|1B<n<10B|10B<n<100B|100B<n<1T|n>1T|unknown)\\\\s*$"}},{"type":"object","additionalProperties":{"anyOf":[{"type":"string","pattern":"^\\\\s*(n<1K|1K<n<10K|10K<n<100K|100K<n<1M|1M<n<10M|10M<n<100M|100M<n<1B|1B<n<10B|10B<n<100B|100B<n<1T|n>1T|unknown)\\\\s*$"},{"type":"array","items":{"type":"string","pattern":"^\\\\s*(n<1K|1K<n<10K|10K<n<100K|100K<n<1M|1M<n<10M|10M<n<100M|100M<n<1B|1B<n<10B|10B<n<100B|100B<n<1T|n>1T|unknown)\\\\s*$"}}]}}]},"source_datasets":{"description":"original, or `extended|other-dataset`. A mapping of config name to values is the 2021 legacy form, still read.","anyOf":[{"type":"string"},{"type":"array","items":{"type":"string"}},{"type":"object","additionalProperties":{"anyOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]}}]},"task_categories":{"description":"Hub task categories, e.g. `text-classification`. A mapping of config name to values is the 2021 legacy form, still read.","anyOf":[{"type":"string"},{"type":"array","items":{"type":"string"}},{"type":"object","additionalProperties":{"anyOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]}}]},"task_ids":{"description":"Hub task ids, e.g. `sentiment-classification`. A mapping of config name to values is the 2021 legacy form, still read.","anyOf":[{"type":"string"},{"type":"array","items":{"type":"string"}},{"type":"object","additionalProperties":{"anyOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]}}]},"paperswithcode_id":{"type":["string","null"],"description":"Papers with Code dataset id."},"configs":{"type":"array","description":"Dataset configurations: names (legacy) or mappings with `config_name` and `data_files`.","items":{"anyOf":[{"type":"string"},{"type":"object","properties":{"config_name":{"type":"string"},"data_files":{"description":"Files or globs per split."},"default":{"type":"boolean"}},"required":["config_name"]}]}},"dataset_info":{"description":"Features and splits as the `datasets` library writes them; a list for several configs.","anyOf":[{"$ref":"#/$defs/datasetInfo"},{"type":"array","items":{"$ref":"#/$defs/datasetInfo"}}]},"train-eval-index":{"type":"array","description":"Evaluation settings for the Hub evaluator (legacy)."},"viewer":{"type":"boolean","description":"Show the Hub dataset viewer."}},"$defs":{"datasetInfo":{"type":"object","properties":{"config_name":{"type":"string"},"features":{"description":"Feature list (`name` + `dtype`, or nested `struct`/`list`/`class_label`).","anyOf":[{"type":"array","items":{"type":"object","properties":{"name":{"type":"string"}},"required":["name"]}},{"type":"object"}]},"splits":{"type":"array","items":{"type":"object","properties":{"name":{"type":"string"},"num_bytes":{"type":"number"},"num_examples":{"type":"integer"}},"required":["name"]},"description":"Splits with sizes."},"download_size":{"type":"number"},"dataset_size":{"type":"number"}},"description":"Features and splits of one config."}}}');
// EXTERNAL MODULE: ./src/core/schema/precompiled.ts
var precompiled = __webpack_require__(3637);
;// CONCATENATED MODULE: ./src/generated/validators/data-card.ts
// Generated by scripts/generate-validators.mjs from schemas/data-card.schema.json: do not edit.
// Regenerate with `node scripts/generate-validators.mjs` (scripts/build.mjs runs it before bundling).
/* eslint-disable */
// @ts-nocheck


const data_card_validate = validate20;
const schema31 = data_card_schema_namespaceObject;
const schema32 = data_card_schema_namespaceObject.$defs.datasetInfo;
const pattern4 = new RegExp("^[a-z0-9]([a-z0-9._-]*[a-z0-9])?$", "u");
const pattern5 = new RegExp("^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$", "u");
const pattern6 = new RegExp("^[0-9a-f]{64}$", "u");
const pattern7 = new RegExp("^\\s*(n<1K|1K<n<10K|10K<n<100K|100K<n<1M|1M<n<10M|10M<n<100M|100M<n<1B|1B<n<10B|10B<n<100B|100B<n<1T|n>1T|unknown)\\s*$", "u");
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
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { /*# sourceURL="https://github.com/gitops-mlops/schemas/data-card.schema.json" */ ; let vErrors = null; let errors = 0; const evaluated0 = validate20.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name !== undefined) {
        let data0 = data.name;
        if (typeof data0 === "string") {
            if (!pattern4.test(data0)) {
                vErrors = addError(vErrors, instancePath + "/name", "#/properties/name/pattern", "pattern", { pattern: "^[a-z0-9]([a-z0-9._-]*[a-z0-9])?$" }, "must match pattern \"" + "^[a-z0-9]([a-z0-9._-]*[a-z0-9])?$" + "\"", "^[a-z0-9]([a-z0-9._-]*[a-z0-9])?$", schema31.properties.name, data0);
                errors++;
            }
        }
        else {
            vErrors = addKeywordError(vErrors, instancePath + "/name", "#/properties/name/type", "type", { type: "string" }, "must be string", schema31.properties.name, data0);
            errors++;
        }
    }
    if (data.version !== undefined) {
        let data1 = data.version;
        if (typeof data1 === "string") {
            if (!pattern5.test(data1)) {
                vErrors = addError(vErrors, instancePath + "/version", "#/properties/version/pattern", "pattern", { pattern: "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$" }, "must match pattern \"" + "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$" + "\"", "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$", schema31.properties.version, data1);
                errors++;
            }
        }
        else {
            vErrors = addKeywordError(vErrors, instancePath + "/version", "#/properties/version/type", "type", { type: "string" }, "must be string", schema31.properties.version, data1);
            errors++;
        }
    }
    if (data.owners !== undefined) {
        let data2 = data.owners;
        if (Array.isArray(data2)) {
            if (data2.length < 1) {
                vErrors = addError(vErrors, instancePath + "/owners", "#/properties/owners/minItems", "minItems", { limit: 1 }, "must NOT have fewer than 1 items", 1, schema31.properties.owners, data2);
                errors++;
            }
            const len0 = data2.length;
            for (let i0 = 0; i0 < len0; i0++) {
                let data3 = data2[i0];
                if (typeof data3 === "string") {
                    if (func1(data3) < 1) {
                        vErrors = addError(vErrors, instancePath + "/owners/" + i0, "#/properties/owners/items/minLength", "minLength", { limit: 1 }, "must NOT have fewer than 1 characters", 1, schema31.properties.owners.items, data3);
                        errors++;
                    }
                }
                else {
                    vErrors = addKeywordError(vErrors, instancePath + "/owners/" + i0, "#/properties/owners/items/type", "type", { type: "string" }, "must be string", schema31.properties.owners.items, data3);
                    errors++;
                }
            }
        }
        else {
            vErrors = addKeywordError(vErrors, instancePath + "/owners", "#/properties/owners/type", "type", { type: "array" }, "must be array", schema31.properties.owners, data2);
            errors++;
        }
    }
    if (data.files !== undefined) {
        let data4 = data.files;
        if (Array.isArray(data4)) {
            const len1 = data4.length;
            for (let i1 = 0; i1 < len1; i1++) {
                let data5 = data4[i1];
                if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                    if (data5.path === undefined) {
                        vErrors = addKeywordError(vErrors, instancePath + "/files/" + i1, "#/properties/files/items/required", "required", { missingProperty: "path" }, "must have required property '" + "path" + "'", schema31.properties.files.items, data5);
                        errors++;
                    }
                    if (data5.path !== undefined) {
                        let data6 = data5.path;
                        if (typeof data6 === "string") {
                            if (func1(data6) < 1) {
                                vErrors = addError(vErrors, instancePath + "/files/" + i1 + "/path", "#/properties/files/items/properties/path/minLength", "minLength", { limit: 1 }, "must NOT have fewer than 1 characters", 1, schema31.properties.files.items.properties.path, data6);
                                errors++;
                            }
                        }
                        else {
                            vErrors = addKeywordError(vErrors, instancePath + "/files/" + i1 + "/path", "#/properties/files/items/properties/path/type", "type", { type: "string" }, "must be string", schema31.properties.files.items.properties.path, data6);
                            errors++;
                        }
                    }
                    if (data5.sha256 !== undefined) {
                        let data7 = data5.sha256;
                        if (typeof data7 === "string") {
                            if (!pattern6.test(data7)) {
                                vErrors = addError(vErrors, instancePath + "/files/" + i1 + "/sha256", "#/properties/files/items/properties/sha256/pattern", "pattern", { pattern: "^[0-9a-f]{64}$" }, "must match pattern \"" + "^[0-9a-f]{64}$" + "\"", "^[0-9a-f]{64}$", schema31.properties.files.items.properties.sha256, data7);
                                errors++;
                            }
                        }
                        else {
                            vErrors = addKeywordError(vErrors, instancePath + "/files/" + i1 + "/sha256", "#/properties/files/items/properties/sha256/type", "type", { type: "string" }, "must be string", schema31.properties.files.items.properties.sha256, data7);
                            errors++;
                        }
                    }
                    if (data5.bytes !== undefined) {
                        let data8 = data5.bytes;
                        if (!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))) {
                            vErrors = addKeywordError(vErrors, instancePath + "/files/" + i1 + "/bytes", "#/properties/files/items/properties/bytes/type", "type", { type: "integer" }, "must be integer", schema31.properties.files.items.properties.bytes, data8);
                            errors++;
                        }
                        if ((typeof data8 == "number") && (isFinite(data8))) {
                            if (data8 < 0 || isNaN(data8)) {
                                vErrors = addError(vErrors, instancePath + "/files/" + i1 + "/bytes", "#/properties/files/items/properties/bytes/minimum", "minimum", { comparison: ">=", limit: 0 }, "must be >= 0", 0, schema31.properties.files.items.properties.bytes, data8);
                                errors++;
                            }
                        }
                    }
                    if (data5.rows !== undefined) {
                        let data9 = data5.rows;
                        if (!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))) {
                            vErrors = addKeywordError(vErrors, instancePath + "/files/" + i1 + "/rows", "#/properties/files/items/properties/rows/type", "type", { type: "integer" }, "must be integer", schema31.properties.files.items.properties.rows, data9);
                            errors++;
                        }
                        if ((typeof data9 == "number") && (isFinite(data9))) {
                            if (data9 < 0 || isNaN(data9)) {
                                vErrors = addError(vErrors, instancePath + "/files/" + i1 + "/rows", "#/properties/files/items/properties/rows/minimum", "minimum", { comparison: ">=", limit: 0 }, "must be >= 0", 0, schema31.properties.files.items.properties.rows, data9);
                                errors++;
                            }
                        }
                    }
                    if (data5.format !== undefined) {
                        let data10 = data5.format;
                        if (typeof data10 !== "string") {
                            vErrors = addKeywordError(vErrors, instancePath + "/files/" + i1 + "/format", "#/properties/files/items/properties/format/type", "type", { type: "string" }, "must be string", schema31.properties.files.items.properties.format, data10);
                            errors++;
                        }
                        if (!(((((data10 === "csv") || (data10 === "tsv")) || (data10 === "jsonl")) || (data10 === "parquet")) || (data10 === "other"))) {
                            vErrors = addKeywordError(vErrors, instancePath + "/files/" + i1 + "/format", "#/properties/files/items/properties/format/enum", "enum", { allowedValues: schema31.properties.files.items.properties.format.enum }, "must be equal to one of the allowed values", schema31.properties.files.items.properties.format, data10);
                            errors++;
                        }
                    }
                }
                else {
                    vErrors = addKeywordError(vErrors, instancePath + "/files/" + i1, "#/properties/files/items/type", "type", { type: "object" }, "must be object", schema31.properties.files.items, data5);
                    errors++;
                }
            }
        }
        else {
            vErrors = addKeywordError(vErrors, instancePath + "/files", "#/properties/files/type", "type", { type: "array" }, "must be array", schema31.properties.files, data4);
            errors++;
        }
    }
    if (data.schema !== undefined) {
        let data11 = data.schema;
        if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
            if (data11.columns !== undefined) {
                let data12 = data11.columns;
                if (Array.isArray(data12)) {
                    const len2 = data12.length;
                    for (let i2 = 0; i2 < len2; i2++) {
                        let data13 = data12[i2];
                        if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                            if (data13.name === undefined) {
                                vErrors = addKeywordError(vErrors, instancePath + "/schema/columns/" + i2, "#/properties/schema/properties/columns/items/required", "required", { missingProperty: "name" }, "must have required property '" + "name" + "'", schema31.properties.schema.properties.columns.items, data13);
                                errors++;
                            }
                            if (data13.name !== undefined) {
                                let data14 = data13.name;
                                if (typeof data14 === "string") {
                                    if (func1(data14) < 1) {
                                        vErrors = addError(vErrors, instancePath + "/schema/columns/" + i2 + "/name", "#/properties/schema/properties/columns/items/properties/name/minLength", "minLength", { limit: 1 }, "must NOT have fewer than 1 characters", 1, schema31.properties.schema.properties.columns.items.properties.name, data14);
                                        errors++;
                                    }
                                }
                                else {
                                    vErrors = addKeywordError(vErrors, instancePath + "/schema/columns/" + i2 + "/name", "#/properties/schema/properties/columns/items/properties/name/type", "type", { type: "string" }, "must be string", schema31.properties.schema.properties.columns.items.properties.name, data14);
                                    errors++;
                                }
                            }
                            if (data13.type !== undefined) {
                                let data15 = data13.type;
                                if (typeof data15 !== "string") {
                                    vErrors = addKeywordError(vErrors, instancePath + "/schema/columns/" + i2 + "/type", "#/properties/schema/properties/columns/items/properties/type/type", "type", { type: "string" }, "must be string", schema31.properties.schema.properties.columns.items.properties.type, data15);
                                    errors++;
                                }
                            }
                            if (data13.description !== undefined) {
                                let data16 = data13.description;
                                if (typeof data16 !== "string") {
                                    vErrors = addKeywordError(vErrors, instancePath + "/schema/columns/" + i2 + "/description", "#/properties/schema/properties/columns/items/properties/description/type", "type", { type: "string" }, "must be string", schema31.properties.schema.properties.columns.items.properties.description, data16);
                                    errors++;
                                }
                            }
                        }
                        else {
                            vErrors = addKeywordError(vErrors, instancePath + "/schema/columns/" + i2, "#/properties/schema/properties/columns/items/type", "type", { type: "object" }, "must be object", schema31.properties.schema.properties.columns.items, data13);
                            errors++;
                        }
                    }
                }
                else {
                    vErrors = addKeywordError(vErrors, instancePath + "/schema/columns", "#/properties/schema/properties/columns/type", "type", { type: "array" }, "must be array", schema31.properties.schema.properties.columns, data12);
                    errors++;
                }
            }
            if (data11.fields !== undefined) {
                let data17 = data11.fields;
                if (Array.isArray(data17)) {
                    const len3 = data17.length;
                    for (let i3 = 0; i3 < len3; i3++) {
                        let data18 = data17[i3];
                        if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
                            if (data18.name === undefined) {
                                vErrors = addKeywordError(vErrors, instancePath + "/schema/fields/" + i3, "#/properties/schema/properties/fields/items/required", "required", { missingProperty: "name" }, "must have required property '" + "name" + "'", schema31.properties.schema.properties.fields.items, data18);
                                errors++;
                            }
                            if (data18.name !== undefined) {
                                let data19 = data18.name;
                                if (typeof data19 === "string") {
                                    if (func1(data19) < 1) {
                                        vErrors = addError(vErrors, instancePath + "/schema/fields/" + i3 + "/name", "#/properties/schema/properties/fields/items/properties/name/minLength", "minLength", { limit: 1 }, "must NOT have fewer than 1 characters", 1, schema31.properties.schema.properties.fields.items.properties.name, data19);
                                        errors++;
                                    }
                                }
                                else {
                                    vErrors = addKeywordError(vErrors, instancePath + "/schema/fields/" + i3 + "/name", "#/properties/schema/properties/fields/items/properties/name/type", "type", { type: "string" }, "must be string", schema31.properties.schema.properties.fields.items.properties.name, data19);
                                    errors++;
                                }
                            }
                            if (data18.type !== undefined) {
                                let data20 = data18.type;
                                if (typeof data20 !== "string") {
                                    vErrors = addKeywordError(vErrors, instancePath + "/schema/fields/" + i3 + "/type", "#/properties/schema/properties/fields/items/properties/type/type", "type", { type: "string" }, "must be string", schema31.properties.schema.properties.fields.items.properties.type, data20);
                                    errors++;
                                }
                            }
                            if (data18.description !== undefined) {
                                let data21 = data18.description;
                                if (typeof data21 !== "string") {
                                    vErrors = addKeywordError(vErrors, instancePath + "/schema/fields/" + i3 + "/description", "#/properties/schema/properties/fields/items/properties/description/type", "type", { type: "string" }, "must be string", schema31.properties.schema.properties.fields.items.properties.description, data21);
                                    errors++;
                                }
                            }
                        }
                        else {
                            vErrors = addKeywordError(vErrors, instancePath + "/schema/fields/" + i3, "#/properties/schema/properties/fields/items/type", "type", { type: "object" }, "must be object", schema31.properties.schema.properties.fields.items, data18);
                            errors++;
                        }
                    }
                }
                else {
                    vErrors = addKeywordError(vErrors, instancePath + "/schema/fields", "#/properties/schema/properties/fields/type", "type", { type: "array" }, "must be array", schema31.properties.schema.properties.fields, data17);
                    errors++;
                }
            }
        }
        else {
            vErrors = addKeywordError(vErrors, instancePath + "/schema", "#/properties/schema/type", "type", { type: "object" }, "must be object", schema31.properties.schema, data11);
            errors++;
        }
    }
    if (data.lineage !== undefined) {
        let data22 = data.lineage;
        if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
            if (data22.derived_from !== undefined) {
                let data23 = data22.derived_from;
                if (Array.isArray(data23)) {
                    const len4 = data23.length;
                    for (let i4 = 0; i4 < len4; i4++) {
                        let data24 = data23[i4];
                        const _errs50 = errors;
                        let valid16 = false;
                        const _errs51 = errors;
                        if (typeof data24 !== "string") {
                            vErrors = addKeywordError(vErrors, instancePath + "/lineage/derived_from/" + i4, "#/properties/lineage/properties/derived_from/items/anyOf/0/type", "type", { type: "string" }, "must be string", schema31.properties.lineage.properties.derived_from.items.anyOf[0], data24);
                            errors++;
                        }
                        var _valid0 = _errs51 === errors;
                        valid16 = valid16 || _valid0;
                        const _errs53 = errors;
                        if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
                            if (data24.dataset === undefined) {
                                vErrors = addKeywordError(vErrors, instancePath + "/lineage/derived_from/" + i4, "#/properties/lineage/properties/derived_from/items/anyOf/1/required", "required", { missingProperty: "dataset" }, "must have required property '" + "dataset" + "'", schema31.properties.lineage.properties.derived_from.items.anyOf[1], data24);
                                errors++;
                            }
                            if (data24.dataset !== undefined) {
                                let data25 = data24.dataset;
                                if (typeof data25 !== "string") {
                                    vErrors = addKeywordError(vErrors, instancePath + "/lineage/derived_from/" + i4 + "/dataset", "#/properties/lineage/properties/derived_from/items/anyOf/1/properties/dataset/type", "type", { type: "string" }, "must be string", schema31.properties.lineage.properties.derived_from.items.anyOf[1].properties.dataset, data25);
                                    errors++;
                                }
                            }
                            if (data24.version !== undefined) {
                                let data26 = data24.version;
                                if (typeof data26 !== "string") {
                                    vErrors = addKeywordError(vErrors, instancePath + "/lineage/derived_from/" + i4 + "/version", "#/properties/lineage/properties/derived_from/items/anyOf/1/properties/version/type", "type", { type: "string" }, "must be string", schema31.properties.lineage.properties.derived_from.items.anyOf[1].properties.version, data26);
                                    errors++;
                                }
                            }
                        }
                        else {
                            vErrors = addKeywordError(vErrors, instancePath + "/lineage/derived_from/" + i4, "#/properties/lineage/properties/derived_from/items/anyOf/1/type", "type", { type: "object" }, "must be object", schema31.properties.lineage.properties.derived_from.items.anyOf[1], data24);
                            errors++;
                        }
                        var _valid0 = _errs53 === errors;
                        valid16 = valid16 || _valid0;
                        if (_valid0) {
                            var props0 = {};
                            props0.dataset = true;
                            props0.version = true;
                        }
                        if (!valid16) {
                            vErrors = addKeywordError(vErrors, instancePath + "/lineage/derived_from/" + i4, "#/properties/lineage/properties/derived_from/items/anyOf", "anyOf", {}, "must match a schema in anyOf", schema31.properties.lineage.properties.derived_from.items, data24);
                            errors++;
                        }
                        else {
                            errors = _errs50;
                            if (vErrors !== null) {
                                if (_errs50) {
                                    vErrors.length = _errs50;
                                }
                                else {
                                    vErrors = null;
                                }
                            }
                        }
                    }
                }
                else {
                    vErrors = addKeywordError(vErrors, instancePath + "/lineage/derived_from", "#/properties/lineage/properties/derived_from/type", "type", { type: "array" }, "must be array", schema31.properties.lineage.properties.derived_from, data23);
                    errors++;
                }
            }
            if (data22.code !== undefined) {
                let data27 = data22.code;
                if (typeof data27 !== "string") {
                    vErrors = addKeywordError(vErrors, instancePath + "/lineage/code", "#/properties/lineage/properties/code/type", "type", { type: "string" }, "must be string", schema31.properties.lineage.properties.code, data27);
                    errors++;
                }
            }
            if (data22.source !== undefined) {
                let data28 = data22.source;
                if (typeof data28 !== "string") {
                    vErrors = addKeywordError(vErrors, instancePath + "/lineage/source", "#/properties/lineage/properties/source/type", "type", { type: "string" }, "must be string", schema31.properties.lineage.properties.source, data28);
                    errors++;
                }
            }
        }
        else {
            vErrors = addKeywordError(vErrors, instancePath + "/lineage", "#/properties/lineage/type", "type", { type: "object" }, "must be object", schema31.properties.lineage, data22);
            errors++;
        }
    }
    if (data.pii !== undefined) {
        let data29 = data.pii;
        const _errs64 = errors;
        let valid18 = false;
        const _errs65 = errors;
        if (typeof data29 !== "boolean") {
            vErrors = addKeywordError(vErrors, instancePath + "/pii", "#/properties/pii/anyOf/0/type", "type", { type: "boolean" }, "must be boolean", schema31.properties.pii.anyOf[0], data29);
            errors++;
        }
        var _valid1 = _errs65 === errors;
        valid18 = valid18 || _valid1;
        const _errs67 = errors;
        if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
            if (data29.contains === undefined) {
                vErrors = addKeywordError(vErrors, instancePath + "/pii", "#/properties/pii/anyOf/1/required", "required", { missingProperty: "contains" }, "must have required property '" + "contains" + "'", schema31.properties.pii.anyOf[1], data29);
                errors++;
            }
            if (data29.contains !== undefined) {
                let data30 = data29.contains;
                if (typeof data30 !== "boolean") {
                    vErrors = addKeywordError(vErrors, instancePath + "/pii/contains", "#/properties/pii/anyOf/1/properties/contains/type", "type", { type: "boolean" }, "must be boolean", schema31.properties.pii.anyOf[1].properties.contains, data30);
                    errors++;
                }
            }
            if (data29.fields !== undefined) {
                let data31 = data29.fields;
                if (Array.isArray(data31)) {
                    const len5 = data31.length;
                    for (let i5 = 0; i5 < len5; i5++) {
                        let data32 = data31[i5];
                        if (typeof data32 !== "string") {
                            vErrors = addKeywordError(vErrors, instancePath + "/pii/fields/" + i5, "#/properties/pii/anyOf/1/properties/fields/items/type", "type", { type: "string" }, "must be string", schema31.properties.pii.anyOf[1].properties.fields.items, data32);
                            errors++;
                        }
                    }
                }
                else {
                    vErrors = addKeywordError(vErrors, instancePath + "/pii/fields", "#/properties/pii/anyOf/1/properties/fields/type", "type", { type: "array" }, "must be array", schema31.properties.pii.anyOf[1].properties.fields, data31);
                    errors++;
                }
            }
            if (data29.handling !== undefined) {
                let data33 = data29.handling;
                if (typeof data33 !== "string") {
                    vErrors = addKeywordError(vErrors, instancePath + "/pii/handling", "#/properties/pii/anyOf/1/properties/handling/type", "type", { type: "string" }, "must be string", schema31.properties.pii.anyOf[1].properties.handling, data33);
                    errors++;
                }
            }
        }
        else {
            vErrors = addKeywordError(vErrors, instancePath + "/pii", "#/properties/pii/anyOf/1/type", "type", { type: "object" }, "must be object", schema31.properties.pii.anyOf[1], data29);
            errors++;
        }
        var _valid1 = _errs67 === errors;
        valid18 = valid18 || _valid1;
        if (_valid1) {
            var props1 = {};
            props1.contains = true;
            props1.fields = true;
            props1.handling = true;
        }
        if (!valid18) {
            vErrors = addKeywordError(vErrors, instancePath + "/pii", "#/properties/pii/anyOf", "anyOf", {}, "must match a schema in anyOf", schema31.properties.pii, data29);
            errors++;
        }
        else {
            errors = _errs64;
            if (vErrors !== null) {
                if (_errs64) {
                    vErrors.length = _errs64;
                }
                else {
                    vErrors = null;
                }
            }
        }
    }
    if (data.language !== undefined) {
        let data34 = data.language;
        const _errs78 = errors;
        let valid22 = false;
        const _errs79 = errors;
        if (typeof data34 !== "string") {
            vErrors = addKeywordError(vErrors, instancePath + "/language", "#/properties/language/anyOf/0/type", "type", { type: "string" }, "must be string", schema31.properties.language.anyOf[0], data34);
            errors++;
        }
        var _valid2 = _errs79 === errors;
        valid22 = valid22 || _valid2;
        const _errs81 = errors;
        if (Array.isArray(data34)) {
            const len6 = data34.length;
            for (let i6 = 0; i6 < len6; i6++) {
                let data35 = data34[i6];
                if (typeof data35 !== "string") {
                    vErrors = addKeywordError(vErrors, instancePath + "/language/" + i6, "#/properties/language/anyOf/1/items/type", "type", { type: "string" }, "must be string", schema31.properties.language.anyOf[1].items, data35);
                    errors++;
                }
            }
        }
        else {
            vErrors = addKeywordError(vErrors, instancePath + "/language", "#/properties/language/anyOf/1/type", "type", { type: "array" }, "must be array", schema31.properties.language.anyOf[1], data34);
            errors++;
        }
        var _valid2 = _errs81 === errors;
        valid22 = valid22 || _valid2;
        if (!valid22) {
            vErrors = addKeywordError(vErrors, instancePath + "/language", "#/properties/language/anyOf", "anyOf", {}, "must match a schema in anyOf", schema31.properties.language, data34);
            errors++;
        }
        else {
            errors = _errs78;
            if (vErrors !== null) {
                if (_errs78) {
                    vErrors.length = _errs78;
                }
                else {
                    vErrors = null;
                }
            }
        }
    }
    if (data.license !== undefined) {
        let data36 = data.license;
        const _errs86 = errors;
        let valid25 = false;
        const _errs87 = errors;
        if (typeof data36 !== "string") {
            vErrors = addKeywordError(vErrors, instancePath + "/license", "#/properties/license/anyOf/0/type", "type", { type: "string" }, "must be string", schema31.properties.license.anyOf[0], data36);
            errors++;
        }
        if (!(((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((data36 === "apache-2.0") || (data36 === "mit")) || (data36 === "openrail")) || (data36 === "bigscience-openrail-m")) || (data36 === "creativeml-openrail-m")) || (data36 === "bigscience-bloom-rail-1.0")) || (data36 === "bigcode-openrail-m")) || (data36 === "afl-3.0")) || (data36 === "artistic-2.0")) || (data36 === "bsl-1.0")) || (data36 === "bsd")) || (data36 === "bsd-2-clause")) || (data36 === "bsd-3-clause")) || (data36 === "bsd-3-clause-clear")) || (data36 === "c-uda")) || (data36 === "cc")) || (data36 === "cc0-1.0")) || (data36 === "cc-by-2.0")) || (data36 === "cc-by-2.5")) || (data36 === "cc-by-3.0")) || (data36 === "cc-by-4.0")) || (data36 === "cc-by-sa-3.0")) || (data36 === "cc-by-sa-4.0")) || (data36 === "cc-by-nc-2.0")) || (data36 === "cc-by-nc-3.0")) || (data36 === "cc-by-nc-4.0")) || (data36 === "cc-by-nd-4.0")) || (data36 === "cc-by-nc-nd-3.0")) || (data36 === "cc-by-nc-nd-4.0")) || (data36 === "cc-by-nc-sa-2.0")) || (data36 === "cc-by-nc-sa-3.0")) || (data36 === "cc-by-nc-sa-4.0")) || (data36 === "cdla-sharing-1.0")) || (data36 === "cdla-permissive-1.0")) || (data36 === "cdla-permissive-2.0")) || (data36 === "wtfpl")) || (data36 === "ecl-2.0")) || (data36 === "epl-1.0")) || (data36 === "epl-2.0")) || (data36 === "etalab-2.0")) || (data36 === "eupl-1.1")) || (data36 === "eupl-1.2")) || (data36 === "agpl-3.0")) || (data36 === "gfdl")) || (data36 === "gpl")) || (data36 === "gpl-2.0")) || (data36 === "gpl-3.0")) || (data36 === "lgpl")) || (data36 === "lgpl-2.1")) || (data36 === "lgpl-3.0")) || (data36 === "isc")) || (data36 === "h-research")) || (data36 === "intel-research")) || (data36 === "lppl-1.3c")) || (data36 === "ms-pl")) || (data36 === "apple-ascl")) || (data36 === "apple-amlr")) || (data36 === "mpl-2.0")) || (data36 === "odc-by")) || (data36 === "odbl")) || (data36 === "openmdw-1.0")) || (data36 === "openrail++")) || (data36 === "osl-3.0")) || (data36 === "postgresql")) || (data36 === "ofl-1.1")) || (data36 === "ncsa")) || (data36 === "unlicense")) || (data36 === "zlib")) || (data36 === "pddl")) || (data36 === "lgpl-lr")) || (data36 === "deepfloyd-if-license")) || (data36 === "fair-noncommercial-research-license")) || (data36 === "llama2")) || (data36 === "llama3")) || (data36 === "llama3.1")) || (data36 === "llama3.2")) || (data36 === "llama3.3")) || (data36 === "llama4")) || (data36 === "gemma")) || (data36 === "unknown")) || (data36 === "other"))) {
            vErrors = addKeywordError(vErrors, instancePath + "/license", "#/properties/license/anyOf/0/enum", "enum", { allowedValues: schema31.properties.license.anyOf[0].enum }, "must be equal to one of the allowed values", schema31.properties.license.anyOf[0], data36);
            errors++;
        }
        var _valid3 = _errs87 === errors;
        valid25 = valid25 || _valid3;
        const _errs89 = errors;
        if (Array.isArray(data36)) {
            const len7 = data36.length;
            for (let i7 = 0; i7 < len7; i7++) {
                let data37 = data36[i7];
                if (typeof data37 !== "string") {
                    vErrors = addKeywordError(vErrors, instancePath + "/license/" + i7, "#/properties/license/anyOf/1/items/type", "type", { type: "string" }, "must be string", schema31.properties.license.anyOf[1].items, data37);
                    errors++;
                }
                if (!(((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((data37 === "apache-2.0") || (data37 === "mit")) || (data37 === "openrail")) || (data37 === "bigscience-openrail-m")) || (data37 === "creativeml-openrail-m")) || (data37 === "bigscience-bloom-rail-1.0")) || (data37 === "bigcode-openrail-m")) || (data37 === "afl-3.0")) || (data37 === "artistic-2.0")) || (data37 === "bsl-1.0")) || (data37 === "bsd")) || (data37 === "bsd-2-clause")) || (data37 === "bsd-3-clause")) || (data37 === "bsd-3-clause-clear")) || (data37 === "c-uda")) || (data37 === "cc")) || (data37 === "cc0-1.0")) || (data37 === "cc-by-2.0")) || (data37 === "cc-by-2.5")) || (data37 === "cc-by-3.0")) || (data37 === "cc-by-4.0")) || (data37 === "cc-by-sa-3.0")) || (data37 === "cc-by-sa-4.0")) || (data37 === "cc-by-nc-2.0")) || (data37 === "cc-by-nc-3.0")) || (data37 === "cc-by-nc-4.0")) || (data37 === "cc-by-nd-4.0")) || (data37 === "cc-by-nc-nd-3.0")) || (data37 === "cc-by-nc-nd-4.0")) || (data37 === "cc-by-nc-sa-2.0")) || (data37 === "cc-by-nc-sa-3.0")) || (data37 === "cc-by-nc-sa-4.0")) || (data37 === "cdla-sharing-1.0")) || (data37 === "cdla-permissive-1.0")) || (data37 === "cdla-permissive-2.0")) || (data37 === "wtfpl")) || (data37 === "ecl-2.0")) || (data37 === "epl-1.0")) || (data37 === "epl-2.0")) || (data37 === "etalab-2.0")) || (data37 === "eupl-1.1")) || (data37 === "eupl-1.2")) || (data37 === "agpl-3.0")) || (data37 === "gfdl")) || (data37 === "gpl")) || (data37 === "gpl-2.0")) || (data37 === "gpl-3.0")) || (data37 === "lgpl")) || (data37 === "lgpl-2.1")) || (data37 === "lgpl-3.0")) || (data37 === "isc")) || (data37 === "h-research")) || (data37 === "intel-research")) || (data37 === "lppl-1.3c")) || (data37 === "ms-pl")) || (data37 === "apple-ascl")) || (data37 === "apple-amlr")) || (data37 === "mpl-2.0")) || (data37 === "odc-by")) || (data37 === "odbl")) || (data37 === "openmdw-1.0")) || (data37 === "openrail++")) || (data37 === "osl-3.0")) || (data37 === "postgresql")) || (data37 === "ofl-1.1")) || (data37 === "ncsa")) || (data37 === "unlicense")) || (data37 === "zlib")) || (data37 === "pddl")) || (data37 === "lgpl-lr")) || (data37 === "deepfloyd-if-license")) || (data37 === "fair-noncommercial-research-license")) || (data37 === "llama2")) || (data37 === "llama3")) || (data37 === "llama3.1")) || (data37 === "llama3.2")) || (data37 === "llama3.3")) || (data37 === "llama4")) || (data37 === "gemma")) || (data37 === "unknown")) || (data37 === "other"))) {
                    vErrors = addKeywordError(vErrors, instancePath + "/license/" + i7, "#/properties/license/anyOf/1/items/enum", "enum", { allowedValues: schema31.properties.license.anyOf[1].items.enum }, "must be equal to one of the allowed values", schema31.properties.license.anyOf[1].items, data37);
                    errors++;
                }
            }
        }
        else {
            vErrors = addKeywordError(vErrors, instancePath + "/license", "#/properties/license/anyOf/1/type", "type", { type: "array" }, "must be array", schema31.properties.license.anyOf[1], data36);
            errors++;
        }
        var _valid3 = _errs89 === errors;
        valid25 = valid25 || _valid3;
        if (!valid25) {
            vErrors = addKeywordError(vErrors, instancePath + "/license", "#/properties/license/anyOf", "anyOf", {}, "must match a schema in anyOf", schema31.properties.license, data36);
            errors++;
        }
        else {
            errors = _errs86;
            if (vErrors !== null) {
                if (_errs86) {
                    vErrors.length = _errs86;
                }
                else {
                    vErrors = null;
                }
            }
        }
    }
    if (data.license_name !== undefined) {
        let data38 = data.license_name;
        if (typeof data38 !== "string") {
            vErrors = addKeywordError(vErrors, instancePath + "/license_name", "#/properties/license_name/type", "type", { type: "string" }, "must be string", schema31.properties.license_name, data38);
            errors++;
        }
    }
    if (data.license_link !== undefined) {
        let data39 = data.license_link;
        if (typeof data39 !== "string") {
            vErrors = addKeywordError(vErrors, instancePath + "/license_link", "#/properties/license_link/type", "type", { type: "string" }, "must be string", schema31.properties.license_link, data39);
            errors++;
        }
    }
    if (data.license_details !== undefined) {
        let data40 = data.license_details;
        if (typeof data40 !== "string") {
            vErrors = addKeywordError(vErrors, instancePath + "/license_details", "#/properties/license_details/type", "type", { type: "string" }, "must be string", schema31.properties.license_details, data40);
            errors++;
        }
    }
    if (data.tags !== undefined) {
        let data41 = data.tags;
        if (Array.isArray(data41)) {
            const len8 = data41.length;
            for (let i8 = 0; i8 < len8; i8++) {
                let data42 = data41[i8];
                if (typeof data42 !== "string") {
                    vErrors = addKeywordError(vErrors, instancePath + "/tags/" + i8, "#/properties/tags/items/type", "type", { type: "string" }, "must be string", schema31.properties.tags.items, data42);
                    errors++;
                }
            }
        }
        else {
            vErrors = addKeywordError(vErrors, instancePath + "/tags", "#/properties/tags/type", "type", { type: "array" }, "must be array", schema31.properties.tags, data41);
            errors++;
        }
    }
    if (data.pretty_name !== undefined) {
        let data43 = data.pretty_name;
        if (typeof data43 !== "string") {
            vErrors = addKeywordError(vErrors, instancePath + "/pretty_name", "#/properties/pretty_name/type", "type", { type: "string" }, "must be string", schema31.properties.pretty_name, data43);
            errors++;
        }
    }
    if (data.annotations_creators !== undefined) {
        let data44 = data.annotations_creators;
        const _errs106 = errors;
        let valid30 = false;
        const _errs107 = errors;
        if (typeof data44 !== "string") {
            vErrors = addKeywordError(vErrors, instancePath + "/annotations_creators", "#/properties/annotations_creators/anyOf/0/type", "type", { type: "string" }, "must be string", schema31.properties.annotations_creators.anyOf[0], data44);
            errors++;
        }
        var _valid4 = _errs107 === errors;
        valid30 = valid30 || _valid4;
        const _errs109 = errors;
        if (Array.isArray(data44)) {
            const len9 = data44.length;
            for (let i9 = 0; i9 < len9; i9++) {
                let data45 = data44[i9];
                if (typeof data45 !== "string") {
                    vErrors = addKeywordError(vErrors, instancePath + "/annotations_creators/" + i9, "#/properties/annotations_creators/anyOf/1/items/type", "type", { type: "string" }, "must be string", schema31.properties.annotations_creators.anyOf[1].items, data45);
                    errors++;
                }
            }
        }
        else {
            vErrors = addKeywordError(vErrors, instancePath + "/annotations_creators", "#/properties/annotations_creators/anyOf/1/type", "type", { type: "array" }, "must be array", schema31.properties.annotations_creators.anyOf[1], data44);
            errors++;
        }
        var _valid4 = _errs109 === errors;
        valid30 = valid30 || _valid4;
        const _errs113 = errors;
        if (data44 && typeof data44 == "object" && !Array.isArray(data44)) {
            for (const key0 in data44) {
                let data46 = data44[key0];
                const _errs117 = errors;
                let valid34 = false;
                const _errs118 = errors;
                if (typeof data46 !== "string") {
                    vErrors = addKeywordError(vErrors, instancePath + "/annotations_creators/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), "#/properties/annotations_creators/anyOf/2/additionalProperties/anyOf/0/type", "type", { type: "string" }, "must be string", schema31.properties.annotations_creators.anyOf[2].additionalProperties.anyOf[0], data46);
                    errors++;
                }
                var _valid5 = _errs118 === errors;
                valid34 = valid34 || _valid5;
                const _errs120 = errors;
                if (Array.isArray(data46)) {
                    const len10 = data46.length;
                    for (let i10 = 0; i10 < len10; i10++) {
                        let data47 = data46[i10];
                        if (typeof data47 !== "string") {
                            vErrors = addKeywordError(vErrors, instancePath + "/annotations_creators/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i10, "#/properties/annotations_creators/anyOf/2/additionalProperties/anyOf/1/items/type", "type", { type: "string" }, "must be string", schema31.properties.annotations_creators.anyOf[2].additionalProperties.anyOf[1].items, data47);
                            errors++;
                        }
                    }
                }
                else {
                    vErrors = addKeywordError(vErrors, instancePath + "/annotations_creators/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), "#/properties/annotations_creators/anyOf/2/additionalProperties/anyOf/1/type", "type", { type: "array" }, "must be array", schema31.properties.annotations_creators.anyOf[2].additionalProperties.anyOf[1], data46);
                    errors++;
                }
                var _valid5 = _errs120 === errors;
                valid34 = valid34 || _valid5;
                if (!valid34) {
                    vErrors = addKeywordError(vErrors, instancePath + "/annotations_creators/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), "#/properties/annotations_creators/anyOf/2/additionalProperties/anyOf", "anyOf", {}, "must match a schema in anyOf", schema31.properties.annotations_creators.anyOf[2].additionalProperties, data46);
                    errors++;
                }
                else {
                    errors = _errs117;
                    if (vErrors !== null) {
                        if (_errs117) {
                            vErrors.length = _errs117;
                        }
                        else {
                            vErrors = null;
                        }
                    }
                }
            }
        }
        else {
            vErrors = addKeywordError(vErrors, instancePath + "/annotations_creators", "#/properties/annotations_creators/anyOf/2/type", "type", { type: "object" }, "must be object", schema31.properties.annotations_creators.anyOf[2], data44);
            errors++;
        }
        var _valid4 = _errs113 === errors;
        valid30 = valid30 || _valid4;
        if (!valid30) {
            vErrors = addKeywordError(vErrors, instancePath + "/annotations_creators", "#/properties/annotations_creators/anyOf", "anyOf", {}, "must match a schema in anyOf", schema31.properties.annotations_creators, data44);
            errors++;
        }
        else {
            errors = _errs106;
            if (vErrors !== null) {
                if (_errs106) {
                    vErrors.length = _errs106;
                }
                else {
                    vErrors = null;
                }
            }
        }
    }
    if (data.language_creators !== undefined) {
        let data48 = data.language_creators;
        const _errs125 = errors;
        let valid37 = false;
        const _errs126 = errors;
        if (typeof data48 !== "string") {
            vErrors = addKeywordError(vErrors, instancePath + "/language_creators", "#/properties/language_creators/anyOf/0/type", "type", { type: "string" }, "must be string", schema31.properties.language_creators.anyOf[0], data48);
            errors++;
        }
        var _valid6 = _errs126 === errors;
        valid37 = valid37 || _valid6;
        const _errs128 = errors;
        if (Array.isArray(data48)) {
            const len11 = data48.length;
            for (let i11 = 0; i11 < len11; i11++) {
                let data49 = data48[i11];
                if (typeof data49 !== "string") {
                    vErrors = addKeywordError(vErrors, instancePath + "/language_creators/" + i11, "#/properties/language_creators/anyOf/1/items/type", "type", { type: "string" }, "must be string", schema31.properties.language_creators.anyOf[1].items, data49);
                    errors++;
                }
            }
        }
        else {
            vErrors = addKeywordError(vErrors, instancePath + "/language_creators", "#/properties/language_creators/anyOf/1/type", "type", { type: "array" }, "must be array", schema31.properties.language_creators.anyOf[1], data48);
            errors++;
        }
        var _valid6 = _errs128 === errors;
        valid37 = valid37 || _valid6;
        const _errs132 = errors;
        if (data48 && typeof data48 == "object" && !Array.isArray(data48)) {
            for (const key1 in data48) {
                let data50 = data48[key1];
                const _errs136 = errors;
                let valid41 = false;
                const _errs137 = errors;
                if (typeof data50 !== "string") {
                    vErrors = addKeywordError(vErrors, instancePath + "/language_creators/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), "#/properties/language_creators/anyOf/2/additionalProperties/anyOf/0/type", "type", { type: "string" }, "must be string", schema31.properties.language_creators.anyOf[2].additionalProperties.anyOf[0], data50);
                    errors++;
                }
                var _valid7 = _errs137 === errors;
                valid41 = valid41 || _valid7;
                const _errs139 = errors;
                if (Array.isArray(data50)) {
                    const len12 = data50.length;
                    for (let i12 = 0; i12 < len12; i12++) {
                        let data51 = data50[i12];
                        if (typeof data51 !== "string") {
                            vErrors = addKeywordError(vErrors, instancePath + "/language_creators/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i12, "#/properties/language_creators/anyOf/2/additionalProperties/anyOf/1/items/type", "type", { type: "string" }, "must be string", schema31.properties.language_creators.anyOf[2].additionalProperties.anyOf[1].items, data51);
                            errors++;
                        }
                    }
                }
                else {
                    vErrors = addKeywordError(vErrors, instancePath + "/language_creators/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), "#/properties/language_creators/anyOf/2/additionalProperties/anyOf/1/type", "type", { type: "array" }, "must be array", schema31.properties.language_creators.anyOf[2].additionalProperties.anyOf[1], data50);
                    errors++;
                }
                var _valid7 = _errs139 === errors;
                valid41 = valid41 || _valid7;
                if (!valid41) {
                    vErrors = addKeywordError(vErrors, instancePath + "/language_creators/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), "#/properties/language_creators/anyOf/2/additionalProperties/anyOf", "anyOf", {}, "must match a schema in anyOf", schema31.properties.language_creators.anyOf[2].additionalProperties, data50);
                    errors++;
                }
                else {
                    errors = _errs136;
                    if (vErrors !== null) {
                        if (_errs136) {
                            vErrors.length = _errs136;
                        }
                        else {
                            vErrors = null;
                        }
                    }
                }
            }
        }
        else {
            vErrors = addKeywordError(vErrors, instancePath + "/language_creators", "#/properties/language_creators/anyOf/2/type", "type", { type: "object" }, "must be object", schema31.properties.language_creators.anyOf[2], data48);
            errors++;
        }
        var _valid6 = _errs132 === errors;
        valid37 = valid37 || _valid6;
        if (!valid37) {
            vErrors = addKeywordError(vErrors, instancePath + "/language_creators", "#/properties/language_creators/anyOf", "anyOf", {}, "must match a schema in anyOf", schema31.properties.language_creators, data48);
            errors++;
        }
        else {
            errors = _errs125;
            if (vErrors !== null) {
                if (_errs125) {
                    vErrors.length = _errs125;
                }
                else {
                    vErrors = null;
                }
            }
        }
    }
    if (data.multilinguality !== undefined) {
        let data52 = data.multilinguality;
        const _errs144 = errors;
        let valid44 = false;
        const _errs145 = errors;
        if (typeof data52 !== "string") {
            vErrors = addKeywordError(vErrors, instancePath + "/multilinguality", "#/properties/multilinguality/anyOf/0/type", "type", { type: "string" }, "must be string", schema31.properties.multilinguality.anyOf[0], data52);
            errors++;
        }
        var _valid8 = _errs145 === errors;
        valid44 = valid44 || _valid8;
        const _errs147 = errors;
        if (Array.isArray(data52)) {
            const len13 = data52.length;
            for (let i13 = 0; i13 < len13; i13++) {
                let data53 = data52[i13];
                if (typeof data53 !== "string") {
                    vErrors = addKeywordError(vErrors, instancePath + "/multilinguality/" + i13, "#/properties/multilinguality/anyOf/1/items/type", "type", { type: "string" }, "must be string", schema31.properties.multilinguality.anyOf[1].items, data53);
                    errors++;
                }
            }
        }
        else {
            vErrors = addKeywordError(vErrors, instancePath + "/multilinguality", "#/properties/multilinguality/anyOf/1/type", "type", { type: "array" }, "must be array", schema31.properties.multilinguality.anyOf[1], data52);
            errors++;
        }
        var _valid8 = _errs147 === errors;
        valid44 = valid44 || _valid8;
        const _errs151 = errors;
        if (data52 && typeof data52 == "object" && !Array.isArray(data52)) {
            for (const key2 in data52) {
                let data54 = data52[key2];
                const _errs155 = errors;
                let valid48 = false;
                const _errs156 = errors;
                if (typeof data54 !== "string") {
                    vErrors = addKeywordError(vErrors, instancePath + "/multilinguality/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), "#/properties/multilinguality/anyOf/2/additionalProperties/anyOf/0/type", "type", { type: "string" }, "must be string", schema31.properties.multilinguality.anyOf[2].additionalProperties.anyOf[0], data54);
                    errors++;
                }
                var _valid9 = _errs156 === errors;
                valid48 = valid48 || _valid9;
                const _errs158 = errors;
                if (Array.isArray(data54)) {
                    const len14 = data54.length;
                    for (let i14 = 0; i14 < len14; i14++) {
                        let data55 = data54[i14];
                        if (typeof data55 !== "string") {
                            vErrors = addKeywordError(vErrors, instancePath + "/multilinguality/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i14, "#/properties/multilinguality/anyOf/2/additionalProperties/anyOf/1/items/type", "type", { type: "string" }, "must be string", schema31.properties.multilinguality.anyOf[2].additionalProperties.anyOf[1].items, data55);
                            errors++;
                        }
                    }
                }
                else {
                    vErrors = addKeywordError(vErrors, instancePath + "/multilinguality/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), "#/properties/multilinguality/anyOf/2/additionalProperties/anyOf/1/type", "type", { type: "array" }, "must be array", schema31.properties.multilinguality.anyOf[2].additionalProperties.anyOf[1], data54);
                    errors++;
                }
                var _valid9 = _errs158 === errors;
                valid48 = valid48 || _valid9;
                if (!valid48) {
                    vErrors = addKeywordError(vErrors, instancePath + "/multilinguality/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), "#/properties/multilinguality/anyOf/2/additionalProperties/anyOf", "anyOf", {}, "must match a schema in anyOf", schema31.properties.multilinguality.anyOf[2].additionalProperties, data54);
                    errors++;
                }
                else {
                    errors = _errs155;
                    if (vErrors !== null) {
                        if (_errs155) {
                            vErrors.length = _errs155;
                        }
                        else {
                            vErrors = null;
                        }
                    }
                }
            }
        }
        else {
            vErrors = addKeywordError(vErrors, instancePath + "/multilinguality", "#/properties/multilinguality/anyOf/2/type", "type", { type: "object" }, "must be object", schema31.properties.multilinguality.anyOf[2], data52);
            errors++;
        }
        var _valid8 = _errs151 === errors;
        valid44 = valid44 || _valid8;
        if (!valid44) {
            vErrors = addKeywordError(vErrors, instancePath + "/multilinguality", "#/properties/multilinguality/anyOf", "anyOf", {}, "must match a schema in anyOf", schema31.properties.multilinguality, data52);
            errors++;
        }
        else {
            errors = _errs144;
            if (vErrors !== null) {
                if (_errs144) {
                    vErrors.length = _errs144;
                }
                else {
                    vErrors = null;
                }
            }
        }
    }
    if (data.size_categories !== undefined) {
        let data56 = data.size_categories;
        const _errs163 = errors;
        let valid51 = false;
        const _errs164 = errors;
        if (typeof data56 === "string") {
            if (!pattern7.test(data56)) {
                vErrors = addError(vErrors, instancePath + "/size_categories", "#/properties/size_categories/anyOf/0/pattern", "pattern", { pattern: "^\\s*(n<1K|1K<n<10K|10K<n<100K|100K<n<1M|1M<n<10M|10M<n<100M|100M<n<1B|1B<n<10B|10B<n<100B|100B<n<1T|n>1T|unknown)\\s*$" }, "must match pattern \"" + "^\\s*(n<1K|1K<n<10K|10K<n<100K|100K<n<1M|1M<n<10M|10M<n<100M|100M<n<1B|1B<n<10B|10B<n<100B|100B<n<1T|n>1T|unknown)\\s*$" + "\"", "^\\s*(n<1K|1K<n<10K|10K<n<100K|100K<n<1M|1M<n<10M|10M<n<100M|100M<n<1B|1B<n<10B|10B<n<100B|100B<n<1T|n>1T|unknown)\\s*$", schema31.properties.size_categories.anyOf[0], data56);
                errors++;
            }
        }
        else {
            vErrors = addKeywordError(vErrors, instancePath + "/size_categories", "#/properties/size_categories/anyOf/0/type", "type", { type: "string" }, "must be string", schema31.properties.size_categories.anyOf[0], data56);
            errors++;
        }
        var _valid10 = _errs164 === errors;
        valid51 = valid51 || _valid10;
        const _errs166 = errors;
        if (Array.isArray(data56)) {
            const len15 = data56.length;
            for (let i15 = 0; i15 < len15; i15++) {
                let data57 = data56[i15];
                if (typeof data57 === "string") {
                    if (!pattern7.test(data57)) {
                        vErrors = addError(vErrors, instancePath + "/size_categories/" + i15, "#/properties/size_categories/anyOf/1/items/pattern", "pattern", { pattern: "^\\s*(n<1K|1K<n<10K|10K<n<100K|100K<n<1M|1M<n<10M|10M<n<100M|100M<n<1B|1B<n<10B|10B<n<100B|100B<n<1T|n>1T|unknown)\\s*$" }, "must match pattern \"" + "^\\s*(n<1K|1K<n<10K|10K<n<100K|100K<n<1M|1M<n<10M|10M<n<100M|100M<n<1B|1B<n<10B|10B<n<100B|100B<n<1T|n>1T|unknown)\\s*$" + "\"", "^\\s*(n<1K|1K<n<10K|10K<n<100K|100K<n<1M|1M<n<10M|10M<n<100M|100M<n<1B|1B<n<10B|10B<n<100B|100B<n<1T|n>1T|unknown)\\s*$", schema31.properties.size_categories.anyOf[1].items, data57);
                        errors++;
                    }
                }
                else {
                    vErrors = addKeywordError(vErrors, instancePath + "/size_categories/" + i15, "#/properties/size_categories/anyOf/1/items/type", "type", { type: "string" }, "must be string", schema31.properties.size_categories.anyOf[1].items, data57);
                    errors++;
                }
            }
        }
        else {
            vErrors = addKeywordError(vErrors, instancePath + "/size_categories", "#/properties/size_categories/anyOf/1/type", "type", { type: "array" }, "must be array", schema31.properties.size_categories.anyOf[1], data56);
            errors++;
        }
        var _valid10 = _errs166 === errors;
        valid51 = valid51 || _valid10;
        const _errs170 = errors;
        if (data56 && typeof data56 == "object" && !Array.isArray(data56)) {
            for (const key3 in data56) {
                let data58 = data56[key3];
                const _errs174 = errors;
                let valid55 = false;
                const _errs175 = errors;
                if (typeof data58 === "string") {
                    if (!pattern7.test(data58)) {
                        vErrors = addError(vErrors, instancePath + "/size_categories/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), "#/properties/size_categories/anyOf/2/additionalProperties/anyOf/0/pattern", "pattern", { pattern: "^\\s*(n<1K|1K<n<10K|10K<n<100K|100K<n<1M|1M<n<10M|10M<n<100M|100M<n<1B|1B<n<10B|10B<n<100B|100B<n<1T|n>1T|unknown)\\s*$" }, "must match pattern \"" + "^\\s*(n<1K|1K<n<10K|10K<n<100K|100K<n<1M|1M<n<10M|10M<n<100M|100M<n<1B|1B<n<10B|10B<n<100B|100B<n<1T|n>1T|unknown)\\s*$" + "\"", "^\\s*(n<1K|1K<n<10K|10K<n<100K|100K<n<1M|1M<n<10M|10M<n<100M|100M<n<1B|1B<n<10B|10B<n<100B|100B<n<1T|n>1T|unknown)\\s*$", schema31.properties.size_categories.anyOf[2].additionalProperties.anyOf[0], data58);
                        errors++;
                    }
                }
                else {
                    vErrors = addKeywordError(vErrors, instancePath + "/size_categories/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), "#/properties/size_categories/anyOf/2/additionalProperties/anyOf/0/type", "type", { type: "string" }, "must be string", schema31.properties.size_categories.anyOf[2].additionalProperties.anyOf[0], data58);
                    errors++;
                }
                var _valid11 = _errs175 === errors;
                valid55 = valid55 || _valid11;
                const _errs177 = errors;
                if (Array.isArray(data58)) {
                    const len16 = data58.length;
                    for (let i16 = 0; i16 < len16; i16++) {
                        let data59 = data58[i16];
                        if (typeof data59 === "string") {
                            if (!pattern7.test(data59)) {
                                vErrors = addError(vErrors, instancePath + "/size_categories/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i16, "#/properties/size_categories/anyOf/2/additionalProperties/anyOf/1/items/pattern", "pattern", { pattern: "^\\s*(n<1K|1K<n<10K|10K<n<100K|100K<n<1M|1M<n<10M|10M<n<100M|100M<n<1B|1B<n<10B|10B<n<100B|100B<n<1T|n>1T|unknown)\\s*$" }, "must match pattern \"" + "^\\s*(n<1K|1K<n<10K|10K<n<100K|100K<n<1M|1M<n<10M|10M<n<100M|100M<n<1B|1B<n<10B|10B<n<100B|100B<n<1T|n>1T|unknown)\\s*$" + "\"", "^\\s*(n<1K|1K<n<10K|10K<n<100K|100K<n<1M|1M<n<10M|10M<n<100M|100M<n<1B|1B<n<10B|10B<n<100B|100B<n<1T|n>1T|unknown)\\s*$", schema31.properties.size_categories.anyOf[2].additionalProperties.anyOf[1].items, data59);
                                errors++;
                            }
                        }
                        else {
                            vErrors = addKeywordError(vErrors, instancePath + "/size_categories/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i16, "#/properties/size_categories/anyOf/2/additionalProperties/anyOf/1/items/type", "type", { type: "string" }, "must be string", schema31.properties.size_categories.anyOf[2].additionalProperties.anyOf[1].items, data59);
                            errors++;
                        }
                    }
                }
                else {
                    vErrors = addKeywordError(vErrors, instancePath + "/size_categories/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), "#/properties/size_categories/anyOf/2/additionalProperties/anyOf/1/type", "type", { type: "array" }, "must be array", schema31.properties.size_categories.anyOf[2].additionalProperties.anyOf[1], data58);
                    errors++;
                }
                var _valid11 = _errs177 === errors;
                valid55 = valid55 || _valid11;
                if (!valid55) {
                    vErrors = addKeywordError(vErrors, instancePath + "/size_categories/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), "#/properties/size_categories/anyOf/2/additionalProperties/anyOf", "anyOf", {}, "must match a schema in anyOf", schema31.properties.size_categories.anyOf[2].additionalProperties, data58);
                    errors++;
                }
                else {
                    errors = _errs174;
                    if (vErrors !== null) {
                        if (_errs174) {
                            vErrors.length = _errs174;
                        }
                        else {
                            vErrors = null;
                        }
                    }
                }
            }
        }
        else {
            vErrors = addKeywordError(vErrors, instancePath + "/size_categories", "#/properties/size_categories/anyOf/2/type", "type", { type: "object" }, "must be object", schema31.properties.size_categories.anyOf[2], data56);
            errors++;
        }
        var _valid10 = _errs170 === errors;
        valid51 = valid51 || _valid10;
        if (!valid51) {
            vErrors = addKeywordError(vErrors, instancePath + "/size_categories", "#/properties/size_categories/anyOf", "anyOf", {}, "must match a schema in anyOf", schema31.properties.size_categories, data56);
            errors++;
        }
        else {
            errors = _errs163;
            if (vErrors !== null) {
                if (_errs163) {
                    vErrors.length = _errs163;
                }
                else {
                    vErrors = null;
                }
            }
        }
    }
    if (data.source_datasets !== undefined) {
        let data60 = data.source_datasets;
        const _errs182 = errors;
        let valid58 = false;
        const _errs183 = errors;
        if (typeof data60 !== "string") {
            vErrors = addKeywordError(vErrors, instancePath + "/source_datasets", "#/properties/source_datasets/anyOf/0/type", "type", { type: "string" }, "must be string", schema31.properties.source_datasets.anyOf[0], data60);
            errors++;
        }
        var _valid12 = _errs183 === errors;
        valid58 = valid58 || _valid12;
        const _errs185 = errors;
        if (Array.isArray(data60)) {
            const len17 = data60.length;
            for (let i17 = 0; i17 < len17; i17++) {
                let data61 = data60[i17];
                if (typeof data61 !== "string") {
                    vErrors = addKeywordError(vErrors, instancePath + "/source_datasets/" + i17, "#/properties/source_datasets/anyOf/1/items/type", "type", { type: "string" }, "must be string", schema31.properties.source_datasets.anyOf[1].items, data61);
                    errors++;
                }
            }
        }
        else {
            vErrors = addKeywordError(vErrors, instancePath + "/source_datasets", "#/properties/source_datasets/anyOf/1/type", "type", { type: "array" }, "must be array", schema31.properties.source_datasets.anyOf[1], data60);
            errors++;
        }
        var _valid12 = _errs185 === errors;
        valid58 = valid58 || _valid12;
        const _errs189 = errors;
        if (data60 && typeof data60 == "object" && !Array.isArray(data60)) {
            for (const key4 in data60) {
                let data62 = data60[key4];
                const _errs193 = errors;
                let valid62 = false;
                const _errs194 = errors;
                if (typeof data62 !== "string") {
                    vErrors = addKeywordError(vErrors, instancePath + "/source_datasets/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), "#/properties/source_datasets/anyOf/2/additionalProperties/anyOf/0/type", "type", { type: "string" }, "must be string", schema31.properties.source_datasets.anyOf[2].additionalProperties.anyOf[0], data62);
                    errors++;
                }
                var _valid13 = _errs194 === errors;
                valid62 = valid62 || _valid13;
                const _errs196 = errors;
                if (Array.isArray(data62)) {
                    const len18 = data62.length;
                    for (let i18 = 0; i18 < len18; i18++) {
                        let data63 = data62[i18];
                        if (typeof data63 !== "string") {
                            vErrors = addKeywordError(vErrors, instancePath + "/source_datasets/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i18, "#/properties/source_datasets/anyOf/2/additionalProperties/anyOf/1/items/type", "type", { type: "string" }, "must be string", schema31.properties.source_datasets.anyOf[2].additionalProperties.anyOf[1].items, data63);
                            errors++;
                        }
                    }
                }
                else {
                    vErrors = addKeywordError(vErrors, instancePath + "/source_datasets/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), "#/properties/source_datasets/anyOf/2/additionalProperties/anyOf/1/type", "type", { type: "array" }, "must be array", schema31.properties.source_datasets.anyOf[2].additionalProperties.anyOf[1], data62);
                    errors++;
                }
                var _valid13 = _errs196 === errors;
                valid62 = valid62 || _valid13;
                if (!valid62) {
                    vErrors = addKeywordError(vErrors, instancePath + "/source_datasets/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), "#/properties/source_datasets/anyOf/2/additionalProperties/anyOf", "anyOf", {}, "must match a schema in anyOf", schema31.properties.source_datasets.anyOf[2].additionalProperties, data62);
                    errors++;
                }
                else {
                    errors = _errs193;
                    if (vErrors !== null) {
                        if (_errs193) {
                            vErrors.length = _errs193;
                        }
                        else {
                            vErrors = null;
                        }
                    }
                }
            }
        }
        else {
            vErrors = addKeywordError(vErrors, instancePath + "/source_datasets", "#/properties/source_datasets/anyOf/2/type", "type", { type: "object" }, "must be object", schema31.properties.source_datasets.anyOf[2], data60);
            errors++;
        }
        var _valid12 = _errs189 === errors;
        valid58 = valid58 || _valid12;
        if (!valid58) {
            vErrors = addKeywordError(vErrors, instancePath + "/source_datasets", "#/properties/source_datasets/anyOf", "anyOf", {}, "must match a schema in anyOf", schema31.properties.source_datasets, data60);
            errors++;
        }
        else {
            errors = _errs182;
            if (vErrors !== null) {
                if (_errs182) {
                    vErrors.length = _errs182;
                }
                else {
                    vErrors = null;
                }
            }
        }
    }
    if (data.task_categories !== undefined) {
        let data64 = data.task_categories;
        const _errs201 = errors;
        let valid65 = false;
        const _errs202 = errors;
        if (typeof data64 !== "string") {
            vErrors = addKeywordError(vErrors, instancePath + "/task_categories", "#/properties/task_categories/anyOf/0/type", "type", { type: "string" }, "must be string", schema31.properties.task_categories.anyOf[0], data64);
            errors++;
        }
        var _valid14 = _errs202 === errors;
        valid65 = valid65 || _valid14;
        const _errs204 = errors;
        if (Array.isArray(data64)) {
            const len19 = data64.length;
            for (let i19 = 0; i19 < len19; i19++) {
                let data65 = data64[i19];
                if (typeof data65 !== "string") {
                    vErrors = addKeywordError(vErrors, instancePath + "/task_categories/" + i19, "#/properties/task_categories/anyOf/1/items/type", "type", { type: "string" }, "must be string", schema31.properties.task_categories.anyOf[1].items, data65);
                    errors++;
                }
            }
        }
        else {
            vErrors = addKeywordError(vErrors, instancePath + "/task_categories", "#/properties/task_categories/anyOf/1/type", "type", { type: "array" }, "must be array", schema31.properties.task_categories.anyOf[1], data64);
            errors++;
        }
        var _valid14 = _errs204 === errors;
        valid65 = valid65 || _valid14;
        const _errs208 = errors;
        if (data64 && typeof data64 == "object" && !Array.isArray(data64)) {
            for (const key5 in data64) {
                let data66 = data64[key5];
                const _errs212 = errors;
                let valid69 = false;
                const _errs213 = errors;
                if (typeof data66 !== "string") {
                    vErrors = addKeywordError(vErrors, instancePath + "/task_categories/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), "#/properties/task_categories/anyOf/2/additionalProperties/anyOf/0/type", "type", { type: "string" }, "must be string", schema31.properties.task_categories.anyOf[2].additionalProperties.anyOf[0], data66);
                    errors++;
                }
                var _valid15 = _errs213 === errors;
                valid69 = valid69 || _valid15;
                const _errs215 = errors;
                if (Array.isArray(data66)) {
                    const len20 = data66.length;
                    for (let i20 = 0; i20 < len20; i20++) {
                        let data67 = data66[i20];
                        if (typeof data67 !== "string") {
                            vErrors = addKeywordError(vErrors, instancePath + "/task_categories/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i20, "#/properties/task_categories/anyOf/2/additionalProperties/anyOf/1/items/type", "type", { type: "string" }, "must be string", schema31.properties.task_categories.anyOf[2].additionalProperties.anyOf[1].items, data67);
                            errors++;
                        }
                    }
                }
                else {
                    vErrors = addKeywordError(vErrors, instancePath + "/task_categories/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), "#/properties/task_categories/anyOf/2/additionalProperties/anyOf/1/type", "type", { type: "array" }, "must be array", schema31.properties.task_categories.anyOf[2].additionalProperties.anyOf[1], data66);
                    errors++;
                }
                var _valid15 = _errs215 === errors;
                valid69 = valid69 || _valid15;
                if (!valid69) {
                    vErrors = addKeywordError(vErrors, instancePath + "/task_categories/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), "#/properties/task_categories/anyOf/2/additionalProperties/anyOf", "anyOf", {}, "must match a schema in anyOf", schema31.properties.task_categories.anyOf[2].additionalProperties, data66);
                    errors++;
                }
                else {
                    errors = _errs212;
                    if (vErrors !== null) {
                        if (_errs212) {
                            vErrors.length = _errs212;
                        }
                        else {
                            vErrors = null;
                        }
                    }
                }
            }
        }
        else {
            vErrors = addKeywordError(vErrors, instancePath + "/task_categories", "#/properties/task_categories/anyOf/2/type", "type", { type: "object" }, "must be object", schema31.properties.task_categories.anyOf[2], data64);
            errors++;
        }
        var _valid14 = _errs208 === errors;
        valid65 = valid65 || _valid14;
        if (!valid65) {
            vErrors = addKeywordError(vErrors, instancePath + "/task_categories", "#/properties/task_categories/anyOf", "anyOf", {}, "must match a schema in anyOf", schema31.properties.task_categories, data64);
            errors++;
        }
        else {
            errors = _errs201;
            if (vErrors !== null) {
                if (_errs201) {
                    vErrors.length = _errs201;
                }
                else {
                    vErrors = null;
                }
            }
        }
    }
    if (data.task_ids !== undefined) {
        let data68 = data.task_ids;
        const _errs220 = errors;
        let valid72 = false;
        const _errs221 = errors;
        if (typeof data68 !== "string") {
            vErrors = addKeywordError(vErrors, instancePath + "/task_ids", "#/properties/task_ids/anyOf/0/type", "type", { type: "string" }, "must be string", schema31.properties.task_ids.anyOf[0], data68);
            errors++;
        }
        var _valid16 = _errs221 === errors;
        valid72 = valid72 || _valid16;
        const _errs223 = errors;
        if (Array.isArray(data68)) {
            const len21 = data68.length;
            for (let i21 = 0; i21 < len21; i21++) {
                let data69 = data68[i21];
                if (typeof data69 !== "string") {
                    vErrors = addKeywordError(vErrors, instancePath + "/task_ids/" + i21, "#/properties/task_ids/anyOf/1/items/type", "type", { type: "string" }, "must be string", schema31.properties.task_ids.anyOf[1].items, data69);
                    errors++;
                }
            }
        }
        else {
            vErrors = addKeywordError(vErrors, instancePath + "/task_ids", "#/properties/task_ids/anyOf/1/type", "type", { type: "array" }, "must be array", schema31.properties.task_ids.anyOf[1], data68);
            errors++;
        }
        var _valid16 = _errs223 === errors;
        valid72 = valid72 || _valid16;
        const _errs227 = errors;
        if (data68 && typeof data68 == "object" && !Array.isArray(data68)) {
            for (const key6 in data68) {
                let data70 = data68[key6];
                const _errs231 = errors;
                let valid76 = false;
                const _errs232 = errors;
                if (typeof data70 !== "string") {
                    vErrors = addKeywordError(vErrors, instancePath + "/task_ids/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), "#/properties/task_ids/anyOf/2/additionalProperties/anyOf/0/type", "type", { type: "string" }, "must be string", schema31.properties.task_ids.anyOf[2].additionalProperties.anyOf[0], data70);
                    errors++;
                }
                var _valid17 = _errs232 === errors;
                valid76 = valid76 || _valid17;
                const _errs234 = errors;
                if (Array.isArray(data70)) {
                    const len22 = data70.length;
                    for (let i22 = 0; i22 < len22; i22++) {
                        let data71 = data70[i22];
                        if (typeof data71 !== "string") {
                            vErrors = addKeywordError(vErrors, instancePath + "/task_ids/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i22, "#/properties/task_ids/anyOf/2/additionalProperties/anyOf/1/items/type", "type", { type: "string" }, "must be string", schema31.properties.task_ids.anyOf[2].additionalProperties.anyOf[1].items, data71);
                            errors++;
                        }
                    }
                }
                else {
                    vErrors = addKeywordError(vErrors, instancePath + "/task_ids/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), "#/properties/task_ids/anyOf/2/additionalProperties/anyOf/1/type", "type", { type: "array" }, "must be array", schema31.properties.task_ids.anyOf[2].additionalProperties.anyOf[1], data70);
                    errors++;
                }
                var _valid17 = _errs234 === errors;
                valid76 = valid76 || _valid17;
                if (!valid76) {
                    vErrors = addKeywordError(vErrors, instancePath + "/task_ids/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), "#/properties/task_ids/anyOf/2/additionalProperties/anyOf", "anyOf", {}, "must match a schema in anyOf", schema31.properties.task_ids.anyOf[2].additionalProperties, data70);
                    errors++;
                }
                else {
                    errors = _errs231;
                    if (vErrors !== null) {
                        if (_errs231) {
                            vErrors.length = _errs231;
                        }
                        else {
                            vErrors = null;
                        }
                    }
                }
            }
        }
        else {
            vErrors = addKeywordError(vErrors, instancePath + "/task_ids", "#/properties/task_ids/anyOf/2/type", "type", { type: "object" }, "must be object", schema31.properties.task_ids.anyOf[2], data68);
            errors++;
        }
        var _valid16 = _errs227 === errors;
        valid72 = valid72 || _valid16;
        if (!valid72) {
            vErrors = addKeywordError(vErrors, instancePath + "/task_ids", "#/properties/task_ids/anyOf", "anyOf", {}, "must match a schema in anyOf", schema31.properties.task_ids, data68);
            errors++;
        }
        else {
            errors = _errs220;
            if (vErrors !== null) {
                if (_errs220) {
                    vErrors.length = _errs220;
                }
                else {
                    vErrors = null;
                }
            }
        }
    }
    if (data.paperswithcode_id !== undefined) {
        let data72 = data.paperswithcode_id;
        if ((typeof data72 !== "string") && (data72 !== null)) {
            vErrors = addKeywordError(vErrors, instancePath + "/paperswithcode_id", "#/properties/paperswithcode_id/type", "type", { type: schema31.properties.paperswithcode_id.type }, "must be string,null", schema31.properties.paperswithcode_id, data72);
            errors++;
        }
    }
    if (data.configs !== undefined) {
        let data73 = data.configs;
        if (Array.isArray(data73)) {
            const len23 = data73.length;
            for (let i23 = 0; i23 < len23; i23++) {
                let data74 = data73[i23];
                const _errs243 = errors;
                let valid81 = false;
                const _errs244 = errors;
                if (typeof data74 !== "string") {
                    vErrors = addKeywordError(vErrors, instancePath + "/configs/" + i23, "#/properties/configs/items/anyOf/0/type", "type", { type: "string" }, "must be string", schema31.properties.configs.items.anyOf[0], data74);
                    errors++;
                }
                var _valid18 = _errs244 === errors;
                valid81 = valid81 || _valid18;
                const _errs246 = errors;
                if (data74 && typeof data74 == "object" && !Array.isArray(data74)) {
                    if (data74.config_name === undefined) {
                        vErrors = addKeywordError(vErrors, instancePath + "/configs/" + i23, "#/properties/configs/items/anyOf/1/required", "required", { missingProperty: "config_name" }, "must have required property '" + "config_name" + "'", schema31.properties.configs.items.anyOf[1], data74);
                        errors++;
                    }
                    if (data74.config_name !== undefined) {
                        let data75 = data74.config_name;
                        if (typeof data75 !== "string") {
                            vErrors = addKeywordError(vErrors, instancePath + "/configs/" + i23 + "/config_name", "#/properties/configs/items/anyOf/1/properties/config_name/type", "type", { type: "string" }, "must be string", schema31.properties.configs.items.anyOf[1].properties.config_name, data75);
                            errors++;
                        }
                    }
                    if (data74.default !== undefined) {
                        let data76 = data74.default;
                        if (typeof data76 !== "boolean") {
                            vErrors = addKeywordError(vErrors, instancePath + "/configs/" + i23 + "/default", "#/properties/configs/items/anyOf/1/properties/default/type", "type", { type: "boolean" }, "must be boolean", schema31.properties.configs.items.anyOf[1].properties.default, data76);
                            errors++;
                        }
                    }
                }
                else {
                    vErrors = addKeywordError(vErrors, instancePath + "/configs/" + i23, "#/properties/configs/items/anyOf/1/type", "type", { type: "object" }, "must be object", schema31.properties.configs.items.anyOf[1], data74);
                    errors++;
                }
                var _valid18 = _errs246 === errors;
                valid81 = valid81 || _valid18;
                if (_valid18) {
                    var props9 = {};
                    props9.config_name = true;
                    props9.data_files = true;
                    props9.default = true;
                }
                if (!valid81) {
                    vErrors = addKeywordError(vErrors, instancePath + "/configs/" + i23, "#/properties/configs/items/anyOf", "anyOf", {}, "must match a schema in anyOf", schema31.properties.configs.items, data74);
                    errors++;
                }
                else {
                    errors = _errs243;
                    if (vErrors !== null) {
                        if (_errs243) {
                            vErrors.length = _errs243;
                        }
                        else {
                            vErrors = null;
                        }
                    }
                }
            }
        }
        else {
            vErrors = addKeywordError(vErrors, instancePath + "/configs", "#/properties/configs/type", "type", { type: "array" }, "must be array", schema31.properties.configs, data73);
            errors++;
        }
    }
    if (data.dataset_info !== undefined) {
        let data77 = data.dataset_info;
        const _errs253 = errors;
        let valid83 = false;
        const _errs254 = errors;
        if (data77 && typeof data77 == "object" && !Array.isArray(data77)) {
            if (data77.config_name !== undefined) {
                let data78 = data77.config_name;
                if (typeof data78 !== "string") {
                    vErrors = addKeywordError(vErrors, instancePath + "/dataset_info/config_name", "#/$defs/datasetInfo/properties/config_name/type", "type", { type: "string" }, "must be string", schema32.properties.config_name, data78);
                    errors++;
                }
            }
            if (data77.features !== undefined) {
                let data79 = data77.features;
                const _errs260 = errors;
                let valid86 = false;
                const _errs261 = errors;
                if (Array.isArray(data79)) {
                    const len24 = data79.length;
                    for (let i24 = 0; i24 < len24; i24++) {
                        let data80 = data79[i24];
                        if (data80 && typeof data80 == "object" && !Array.isArray(data80)) {
                            if (data80.name === undefined) {
                                vErrors = addKeywordError(vErrors, instancePath + "/dataset_info/features/" + i24, "#/$defs/datasetInfo/properties/features/anyOf/0/items/required", "required", { missingProperty: "name" }, "must have required property '" + "name" + "'", schema32.properties.features.anyOf[0].items, data80);
                                errors++;
                            }
                            if (data80.name !== undefined) {
                                let data81 = data80.name;
                                if (typeof data81 !== "string") {
                                    vErrors = addKeywordError(vErrors, instancePath + "/dataset_info/features/" + i24 + "/name", "#/$defs/datasetInfo/properties/features/anyOf/0/items/properties/name/type", "type", { type: "string" }, "must be string", schema32.properties.features.anyOf[0].items.properties.name, data81);
                                    errors++;
                                }
                            }
                        }
                        else {
                            vErrors = addKeywordError(vErrors, instancePath + "/dataset_info/features/" + i24, "#/$defs/datasetInfo/properties/features/anyOf/0/items/type", "type", { type: "object" }, "must be object", schema32.properties.features.anyOf[0].items, data80);
                            errors++;
                        }
                    }
                }
                else {
                    vErrors = addKeywordError(vErrors, instancePath + "/dataset_info/features", "#/$defs/datasetInfo/properties/features/anyOf/0/type", "type", { type: "array" }, "must be array", schema32.properties.features.anyOf[0], data79);
                    errors++;
                }
                var _valid20 = _errs261 === errors;
                valid86 = valid86 || _valid20;
                const _errs267 = errors;
                if (!(data79 && typeof data79 == "object" && !Array.isArray(data79))) {
                    vErrors = addKeywordError(vErrors, instancePath + "/dataset_info/features", "#/$defs/datasetInfo/properties/features/anyOf/1/type", "type", { type: "object" }, "must be object", schema32.properties.features.anyOf[1], data79);
                    errors++;
                }
                var _valid20 = _errs267 === errors;
                valid86 = valid86 || _valid20;
                if (!valid86) {
                    vErrors = addKeywordError(vErrors, instancePath + "/dataset_info/features", "#/$defs/datasetInfo/properties/features/anyOf", "anyOf", {}, "must match a schema in anyOf", schema32.properties.features, data79);
                    errors++;
                }
                else {
                    errors = _errs260;
                    if (vErrors !== null) {
                        if (_errs260) {
                            vErrors.length = _errs260;
                        }
                        else {
                            vErrors = null;
                        }
                    }
                }
            }
            if (data77.splits !== undefined) {
                let data82 = data77.splits;
                if (Array.isArray(data82)) {
                    const len25 = data82.length;
                    for (let i25 = 0; i25 < len25; i25++) {
                        let data83 = data82[i25];
                        if (data83 && typeof data83 == "object" && !Array.isArray(data83)) {
                            if (data83.name === undefined) {
                                vErrors = addKeywordError(vErrors, instancePath + "/dataset_info/splits/" + i25, "#/$defs/datasetInfo/properties/splits/items/required", "required", { missingProperty: "name" }, "must have required property '" + "name" + "'", schema32.properties.splits.items, data83);
                                errors++;
                            }
                            if (data83.name !== undefined) {
                                let data84 = data83.name;
                                if (typeof data84 !== "string") {
                                    vErrors = addKeywordError(vErrors, instancePath + "/dataset_info/splits/" + i25 + "/name", "#/$defs/datasetInfo/properties/splits/items/properties/name/type", "type", { type: "string" }, "must be string", schema32.properties.splits.items.properties.name, data84);
                                    errors++;
                                }
                            }
                            if (data83.num_bytes !== undefined) {
                                let data85 = data83.num_bytes;
                                if (!((typeof data85 == "number") && (isFinite(data85)))) {
                                    vErrors = addKeywordError(vErrors, instancePath + "/dataset_info/splits/" + i25 + "/num_bytes", "#/$defs/datasetInfo/properties/splits/items/properties/num_bytes/type", "type", { type: "number" }, "must be number", schema32.properties.splits.items.properties.num_bytes, data85);
                                    errors++;
                                }
                            }
                            if (data83.num_examples !== undefined) {
                                let data86 = data83.num_examples;
                                if (!(((typeof data86 == "number") && (!(data86 % 1) && !isNaN(data86))) && (isFinite(data86)))) {
                                    vErrors = addKeywordError(vErrors, instancePath + "/dataset_info/splits/" + i25 + "/num_examples", "#/$defs/datasetInfo/properties/splits/items/properties/num_examples/type", "type", { type: "integer" }, "must be integer", schema32.properties.splits.items.properties.num_examples, data86);
                                    errors++;
                                }
                            }
                        }
                        else {
                            vErrors = addKeywordError(vErrors, instancePath + "/dataset_info/splits/" + i25, "#/$defs/datasetInfo/properties/splits/items/type", "type", { type: "object" }, "must be object", schema32.properties.splits.items, data83);
                            errors++;
                        }
                    }
                }
                else {
                    vErrors = addKeywordError(vErrors, instancePath + "/dataset_info/splits", "#/$defs/datasetInfo/properties/splits/type", "type", { type: "array" }, "must be array", schema32.properties.splits, data82);
                    errors++;
                }
            }
            if (data77.download_size !== undefined) {
                let data87 = data77.download_size;
                if (!((typeof data87 == "number") && (isFinite(data87)))) {
                    vErrors = addKeywordError(vErrors, instancePath + "/dataset_info/download_size", "#/$defs/datasetInfo/properties/download_size/type", "type", { type: "number" }, "must be number", schema32.properties.download_size, data87);
                    errors++;
                }
            }
            if (data77.dataset_size !== undefined) {
                let data88 = data77.dataset_size;
                if (!((typeof data88 == "number") && (isFinite(data88)))) {
                    vErrors = addKeywordError(vErrors, instancePath + "/dataset_info/dataset_size", "#/$defs/datasetInfo/properties/dataset_size/type", "type", { type: "number" }, "must be number", schema32.properties.dataset_size, data88);
                    errors++;
                }
            }
        }
        else {
            vErrors = addKeywordError(vErrors, instancePath + "/dataset_info", "#/$defs/datasetInfo/type", "type", { type: "object" }, "must be object", schema32, data77);
            errors++;
        }
        var _valid19 = _errs254 === errors;
        valid83 = valid83 || _valid19;
        if (_valid19) {
            var props10 = {};
            props10.config_name = true;
            props10.features = true;
            props10.splits = true;
            props10.download_size = true;
            props10.dataset_size = true;
        }
        const _errs283 = errors;
        if (Array.isArray(data77)) {
            const len26 = data77.length;
            for (let i26 = 0; i26 < len26; i26++) {
                let data89 = data77[i26];
                if (data89 && typeof data89 == "object" && !Array.isArray(data89)) {
                    if (data89.config_name !== undefined) {
                        let data90 = data89.config_name;
                        if (typeof data90 !== "string") {
                            vErrors = addKeywordError(vErrors, instancePath + "/dataset_info/" + i26 + "/config_name", "#/$defs/datasetInfo/properties/config_name/type", "type", { type: "string" }, "must be string", schema32.properties.config_name, data90);
                            errors++;
                        }
                    }
                    if (data89.features !== undefined) {
                        let data91 = data89.features;
                        const _errs291 = errors;
                        let valid97 = false;
                        const _errs292 = errors;
                        if (Array.isArray(data91)) {
                            const len27 = data91.length;
                            for (let i27 = 0; i27 < len27; i27++) {
                                let data92 = data91[i27];
                                if (data92 && typeof data92 == "object" && !Array.isArray(data92)) {
                                    if (data92.name === undefined) {
                                        vErrors = addKeywordError(vErrors, instancePath + "/dataset_info/" + i26 + "/features/" + i27, "#/$defs/datasetInfo/properties/features/anyOf/0/items/required", "required", { missingProperty: "name" }, "must have required property '" + "name" + "'", schema32.properties.features.anyOf[0].items, data92);
                                        errors++;
                                    }
                                    if (data92.name !== undefined) {
                                        let data93 = data92.name;
                                        if (typeof data93 !== "string") {
                                            vErrors = addKeywordError(vErrors, instancePath + "/dataset_info/" + i26 + "/features/" + i27 + "/name", "#/$defs/datasetInfo/properties/features/anyOf/0/items/properties/name/type", "type", { type: "string" }, "must be string", schema32.properties.features.anyOf[0].items.properties.name, data93);
                                            errors++;
                                        }
                                    }
                                }
                                else {
                                    vErrors = addKeywordError(vErrors, instancePath + "/dataset_info/" + i26 + "/features/" + i27, "#/$defs/datasetInfo/properties/features/anyOf/0/items/type", "type", { type: "object" }, "must be object", schema32.properties.features.anyOf[0].items, data92);
                                    errors++;
                                }
                            }
                        }
                        else {
                            vErrors = addKeywordError(vErrors, instancePath + "/dataset_info/" + i26 + "/features", "#/$defs/datasetInfo/properties/features/anyOf/0/type", "type", { type: "array" }, "must be array", schema32.properties.features.anyOf[0], data91);
                            errors++;
                        }
                        var _valid21 = _errs292 === errors;
                        valid97 = valid97 || _valid21;
                        const _errs298 = errors;
                        if (!(data91 && typeof data91 == "object" && !Array.isArray(data91))) {
                            vErrors = addKeywordError(vErrors, instancePath + "/dataset_info/" + i26 + "/features", "#/$defs/datasetInfo/properties/features/anyOf/1/type", "type", { type: "object" }, "must be object", schema32.properties.features.anyOf[1], data91);
                            errors++;
                        }
                        var _valid21 = _errs298 === errors;
                        valid97 = valid97 || _valid21;
                        if (!valid97) {
                            vErrors = addKeywordError(vErrors, instancePath + "/dataset_info/" + i26 + "/features", "#/$defs/datasetInfo/properties/features/anyOf", "anyOf", {}, "must match a schema in anyOf", schema32.properties.features, data91);
                            errors++;
                        }
                        else {
                            errors = _errs291;
                            if (vErrors !== null) {
                                if (_errs291) {
                                    vErrors.length = _errs291;
                                }
                                else {
                                    vErrors = null;
                                }
                            }
                        }
                    }
                    if (data89.splits !== undefined) {
                        let data94 = data89.splits;
                        if (Array.isArray(data94)) {
                            const len28 = data94.length;
                            for (let i28 = 0; i28 < len28; i28++) {
                                let data95 = data94[i28];
                                if (data95 && typeof data95 == "object" && !Array.isArray(data95)) {
                                    if (data95.name === undefined) {
                                        vErrors = addKeywordError(vErrors, instancePath + "/dataset_info/" + i26 + "/splits/" + i28, "#/$defs/datasetInfo/properties/splits/items/required", "required", { missingProperty: "name" }, "must have required property '" + "name" + "'", schema32.properties.splits.items, data95);
                                        errors++;
                                    }
                                    if (data95.name !== undefined) {
                                        let data96 = data95.name;
                                        if (typeof data96 !== "string") {
                                            vErrors = addKeywordError(vErrors, instancePath + "/dataset_info/" + i26 + "/splits/" + i28 + "/name", "#/$defs/datasetInfo/properties/splits/items/properties/name/type", "type", { type: "string" }, "must be string", schema32.properties.splits.items.properties.name, data96);
                                            errors++;
                                        }
                                    }
                                    if (data95.num_bytes !== undefined) {
                                        let data97 = data95.num_bytes;
                                        if (!((typeof data97 == "number") && (isFinite(data97)))) {
                                            vErrors = addKeywordError(vErrors, instancePath + "/dataset_info/" + i26 + "/splits/" + i28 + "/num_bytes", "#/$defs/datasetInfo/properties/splits/items/properties/num_bytes/type", "type", { type: "number" }, "must be number", schema32.properties.splits.items.properties.num_bytes, data97);
                                            errors++;
                                        }
                                    }
                                    if (data95.num_examples !== undefined) {
                                        let data98 = data95.num_examples;
                                        if (!(((typeof data98 == "number") && (!(data98 % 1) && !isNaN(data98))) && (isFinite(data98)))) {
                                            vErrors = addKeywordError(vErrors, instancePath + "/dataset_info/" + i26 + "/splits/" + i28 + "/num_examples", "#/$defs/datasetInfo/properties/splits/items/properties/num_examples/type", "type", { type: "integer" }, "must be integer", schema32.properties.splits.items.properties.num_examples, data98);
                                            errors++;
                                        }
                                    }
                                }
                                else {
                                    vErrors = addKeywordError(vErrors, instancePath + "/dataset_info/" + i26 + "/splits/" + i28, "#/$defs/datasetInfo/properties/splits/items/type", "type", { type: "object" }, "must be object", schema32.properties.splits.items, data95);
                                    errors++;
                                }
                            }
                        }
                        else {
                            vErrors = addKeywordError(vErrors, instancePath + "/dataset_info/" + i26 + "/splits", "#/$defs/datasetInfo/properties/splits/type", "type", { type: "array" }, "must be array", schema32.properties.splits, data94);
                            errors++;
                        }
                    }
                    if (data89.download_size !== undefined) {
                        let data99 = data89.download_size;
                        if (!((typeof data99 == "number") && (isFinite(data99)))) {
                            vErrors = addKeywordError(vErrors, instancePath + "/dataset_info/" + i26 + "/download_size", "#/$defs/datasetInfo/properties/download_size/type", "type", { type: "number" }, "must be number", schema32.properties.download_size, data99);
                            errors++;
                        }
                    }
                    if (data89.dataset_size !== undefined) {
                        let data100 = data89.dataset_size;
                        if (!((typeof data100 == "number") && (isFinite(data100)))) {
                            vErrors = addKeywordError(vErrors, instancePath + "/dataset_info/" + i26 + "/dataset_size", "#/$defs/datasetInfo/properties/dataset_size/type", "type", { type: "number" }, "must be number", schema32.properties.dataset_size, data100);
                            errors++;
                        }
                    }
                }
                else {
                    vErrors = addKeywordError(vErrors, instancePath + "/dataset_info/" + i26, "#/$defs/datasetInfo/type", "type", { type: "object" }, "must be object", schema32, data89);
                    errors++;
                }
            }
        }
        else {
            vErrors = addKeywordError(vErrors, instancePath + "/dataset_info", "#/properties/dataset_info/anyOf/1/type", "type", { type: "array" }, "must be array", schema31.properties.dataset_info.anyOf[1], data77);
            errors++;
        }
        var _valid19 = _errs283 === errors;
        valid83 = valid83 || _valid19;
        if (!valid83) {
            vErrors = addKeywordError(vErrors, instancePath + "/dataset_info", "#/properties/dataset_info/anyOf", "anyOf", {}, "must match a schema in anyOf", schema31.properties.dataset_info, data77);
            errors++;
        }
        else {
            errors = _errs253;
            if (vErrors !== null) {
                if (_errs253) {
                    vErrors.length = _errs253;
                }
                else {
                    vErrors = null;
                }
            }
        }
    }
    if (data["train-eval-index"] !== undefined) {
        let data101 = data["train-eval-index"];
        if (!(Array.isArray(data101))) {
            vErrors = addKeywordError(vErrors, instancePath + "/train-eval-index", "#/properties/train-eval-index/type", "type", { type: "array" }, "must be array", schema31.properties["train-eval-index"], data101);
            errors++;
        }
    }
    if (data.viewer !== undefined) {
        let data102 = data.viewer;
        if (typeof data102 !== "boolean") {
            vErrors = addKeywordError(vErrors, instancePath + "/viewer", "#/properties/viewer/type", "type", { type: "boolean" }, "must be boolean", schema31.properties.viewer, data102);
            errors++;
        }
    }
}
else {
    vErrors = addKeywordError(vErrors, instancePath, "#/type", "type", { type: "object" }, "must be object", schema31, data);
    errors++;
} validate20.errors = vErrors; return errors === 0; }
validate20.evaluated = { "props": { "name": true, "version": true, "owners": true, "files": true, "schema": true, "lineage": true, "pii": true, "language": true, "license": true, "license_name": true, "license_link": true, "license_details": true, "tags": true, "pretty_name": true, "annotations_creators": true, "language_creators": true, "multilinguality": true, "size_categories": true, "source_datasets": true, "task_categories": true, "task_ids": true, "paperswithcode_id": true, "configs": true, "dataset_info": true, "train-eval-index": true, "viewer": true }, "dynamicProps": false, "dynamicItems": false };
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
(0,precompiled/* registerPrecompiled */.sc)(data_card_schema_namespaceObject, data_card_validate);
/** schemas/data-card.schema.json, whose validator is precompiled (importing this module registers it). */
/* harmony default export */ const data_card = (data_card_schema_namespaceObject);

;// CONCATENATED MODULE: ./schemas/model-card.schema.json
const model_card_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://github.com/gitops-mlops/schemas/model-card.schema.json","title":"Model card front matter","description":"YAML front matter of MODEL_CARD.md: a superset of the Hugging Face model card metadata plus registry keys. Add `# yaml-language-server: $schema=<this $id or a relative path>` as the first YAML line for editor completion.","type":"object","properties":{"name":{"type":"string","pattern":"^[a-z0-9]([a-z0-9._-]*[a-z0-9])?$","description":"Registry name: lower case letters, digits, `.`, `_` and `-` (used in tags like `name@v1.2.0`)."},"version":{"type":"string","pattern":"^(0|[1-9]\\\\d*)\\\\.(0|[1-9]\\\\d*)\\\\.(0|[1-9]\\\\d*)(?:-((?:0|[1-9]\\\\d*|\\\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\\\.(?:0|[1-9]\\\\d*|\\\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\\\+([0-9a-zA-Z-]+(?:\\\\.[0-9a-zA-Z-]+)*))?$","description":"Semantic version (https://semver.org) without a leading `v`, e.g. `1.2.0`. A released version\'s content cannot change."},"risk":{"type":"string","enum":["low","medium","high"],"description":"Risk tier: `high` requires a fairness assessment section and extra approvals."},"owners":{"type":"array","minItems":1,"items":{"type":"string","minLength":1},"description":"Who answers for this card: GitHub users (`@alice`), teams (`@org/team`) or e-mail addresses."},"experiment":{"type":"string","pattern":"^(exp/)?[A-Za-z0-9][A-Za-z0-9._-]*$","description":"The experiment that produced this model: `exp/{name}` tag (the `exp/` prefix is optional)."},"signature":{"type":"object","properties":{"inputs":{"type":"array","items":{"type":"object","properties":{"name":{"type":"string","description":"Feature or output name."},"type":{"type":"string","description":"Data type, e.g. `float`, `int`, `string`, `tensor`."},"shape":{"type":"array","items":{"type":["integer","null"]},"description":"Tensor shape; null for a free dimension."},"description":{"type":"string"}},"required":["name"],"description":"One input or output of the model."},"description":"Model inputs."},"outputs":{"type":"array","items":{"type":"object","properties":{"name":{"type":"string","description":"Feature or output name."},"type":{"type":"string","description":"Data type, e.g. `float`, `int`, `string`, `tensor`."},"shape":{"type":"array","items":{"type":["integer","null"]},"description":"Tensor shape; null for a free dimension."},"description":{"type":"string"}},"required":["name"],"description":"One input or output of the model."},"description":"Model outputs."}},"required":["inputs","outputs"],"description":"Model inputs and outputs; changing them needs a major version bump."},"intended_use":{"description":"Short statement of the intended use, or a mapping with `primary_uses`, `primary_users`, `out_of_scope`.","anyOf":[{"type":"string"},{"type":"object","properties":{"primary_uses":{"description":"What it is for.","anyOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]},"primary_users":{"description":"Who it is for.","anyOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]},"out_of_scope":{"description":"What it must not be used for.","anyOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]}}}]},"language":{"description":"ISO 639-1/639-3 language code(s) of the data or model, e.g. `en`, `[en, fr]`.","anyOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]},"license":{"description":"License id from the Hugging Face Hub list (https://huggingface.co/docs/hub/repositories-licenses); `other` with `license_name` and `license_link` for anything else.","anyOf":[{"type":"string","enum":["apache-2.0","mit","openrail","bigscience-openrail-m","creativeml-openrail-m","bigscience-bloom-rail-1.0","bigcode-openrail-m","afl-3.0","artistic-2.0","bsl-1.0","bsd","bsd-2-clause","bsd-3-clause","bsd-3-clause-clear","c-uda","cc","cc0-1.0","cc-by-2.0","cc-by-2.5","cc-by-3.0","cc-by-4.0","cc-by-sa-3.0","cc-by-sa-4.0","cc-by-nc-2.0","cc-by-nc-3.0","cc-by-nc-4.0","cc-by-nd-4.0","cc-by-nc-nd-3.0","cc-by-nc-nd-4.0","cc-by-nc-sa-2.0","cc-by-nc-sa-3.0","cc-by-nc-sa-4.0","cdla-sharing-1.0","cdla-permissive-1.0","cdla-permissive-2.0","wtfpl","ecl-2.0","epl-1.0","epl-2.0","etalab-2.0","eupl-1.1","eupl-1.2","agpl-3.0","gfdl","gpl","gpl-2.0","gpl-3.0","lgpl","lgpl-2.1","lgpl-3.0","isc","h-research","intel-research","lppl-1.3c","ms-pl","apple-ascl","apple-amlr","mpl-2.0","odc-by","odbl","openmdw-1.0","openrail++","osl-3.0","postgresql","ofl-1.1","ncsa","unlicense","zlib","pddl","lgpl-lr","deepfloyd-if-license","fair-noncommercial-research-license","llama2","llama3","llama3.1","llama3.2","llama3.3","llama4","gemma","unknown","other"]},{"type":"array","items":{"type":"string","enum":["apache-2.0","mit","openrail","bigscience-openrail-m","creativeml-openrail-m","bigscience-bloom-rail-1.0","bigcode-openrail-m","afl-3.0","artistic-2.0","bsl-1.0","bsd","bsd-2-clause","bsd-3-clause","bsd-3-clause-clear","c-uda","cc","cc0-1.0","cc-by-2.0","cc-by-2.5","cc-by-3.0","cc-by-4.0","cc-by-sa-3.0","cc-by-sa-4.0","cc-by-nc-2.0","cc-by-nc-3.0","cc-by-nc-4.0","cc-by-nd-4.0","cc-by-nc-nd-3.0","cc-by-nc-nd-4.0","cc-by-nc-sa-2.0","cc-by-nc-sa-3.0","cc-by-nc-sa-4.0","cdla-sharing-1.0","cdla-permissive-1.0","cdla-permissive-2.0","wtfpl","ecl-2.0","epl-1.0","epl-2.0","etalab-2.0","eupl-1.1","eupl-1.2","agpl-3.0","gfdl","gpl","gpl-2.0","gpl-3.0","lgpl","lgpl-2.1","lgpl-3.0","isc","h-research","intel-research","lppl-1.3c","ms-pl","apple-ascl","apple-amlr","mpl-2.0","odc-by","odbl","openmdw-1.0","openrail++","osl-3.0","postgresql","ofl-1.1","ncsa","unlicense","zlib","pddl","lgpl-lr","deepfloyd-if-license","fair-noncommercial-research-license","llama2","llama3","llama3.1","llama3.2","llama3.3","llama4","gemma","unknown","other"]}}]},"license_name":{"type":"string","description":"Id of a custom license when `license: other`, e.g. `my-license-1.0`."},"license_link":{"type":"string","description":"Path or URL of the custom license text when `license: other`, e.g. `LICENSE.md`."},"tags":{"type":"array","items":{"type":"string"},"description":"Free tags shown on the Hub and used for search."},"library_name":{"type":"string","description":"Library that loads the model, e.g. `transformers`, `sklearn`, `peft`."},"datasets":{"description":"Datasets used for training: Hub ids, or local data cards as `name` or `name@v1.2.0`.","anyOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]},"metrics":{"description":"Metric ids used to evaluate the model, e.g. `accuracy`.","anyOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]},"base_model":{"description":"The model this one was fine-tuned, adapted or quantized from.","anyOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]},"base_model_relation":{"type":"string","enum":["adapter","merge","quantized","finetune"],"description":"How this model derives from `base_model`."},"pipeline_tag":{"type":"string","enum":["text-classification","token-classification","table-question-answering","question-answering","zero-shot-classification","translation","summarization","feature-extraction","text-generation","text2text-generation","fill-mask","sentence-similarity","text-to-speech","text-to-audio","automatic-speech-recognition","audio-to-audio","audio-classification","audio-text-to-text","voice-activity-detection","depth-estimation","image-classification","object-detection","image-segmentation","text-to-image","image-to-text","image-to-image","image-to-video","unconditional-image-generation","video-classification","reinforcement-learning","robotics","tabular-classification","tabular-regression","tabular-to-text","table-to-text","multiple-choice","text-ranking","text-retrieval","time-series-forecasting","text-to-video","image-text-to-text","visual-question-answering","document-question-answering","zero-shot-image-classification","graph-ml","mask-generation","zero-shot-object-detection","text-to-3d","image-to-3d","image-feature-extraction","video-text-to-text","keypoint-detection","visual-document-retrieval","any-to-any","video-to-video","conversational","other"],"description":"The task the model performs (Hub pipeline tag)."},"thumbnail":{"type":"string","description":"URL of a thumbnail image."},"new_version":{"type":"string","description":"Id of a newer version of this model."},"inference":{"description":"Hub inference widget settings (`false` disables it)."},"widget":{"description":"Hub inference widget examples."},"co2_eq_emissions":{"description":"Training emissions in grams of CO2 (a number or a mapping with `emissions`, `source`, `training_type`, `geographical_location`, `hardware_used`)."},"model-index":{"type":"array","description":"Evaluation results in the Papers with Code model-index format (https://github.com/huggingface/hub-docs/blob/main/modelcard.md).","items":{"type":"object","properties":{"name":{"type":"string","description":"Model name."},"results":{"type":"array","items":{"type":"object","properties":{"task":{"type":"object","properties":{"type":{"type":"string","description":"Task id, e.g. `automatic-speech-recognition`."},"name":{"type":"string","description":"Pretty task name."}},"required":["type"],"description":"The task evaluated."},"dataset":{"type":"object","properties":{"type":{"type":"string","description":"Dataset id on the Hub, e.g. `common_voice`, or a local data card name."},"name":{"type":"string","description":"Pretty dataset name, e.g. `Common Voice (French)`."},"config":{"type":"string","description":"Dataset config (subset)."},"split":{"type":"string","description":"Split evaluated, e.g. `test`."},"revision":{"type":"string","description":"Dataset revision (commit or version)."},"args":{"description":"Arguments used to load the dataset."}},"required":["type","name"],"description":"The dataset evaluated on."},"metrics":{"type":"array","minItems":1,"items":{"type":"object","properties":{"type":{"type":"string","description":"Metric id, e.g. `accuracy`, `wer`, `f1` (Hub metric ids)."},"value":{"description":"The metric value (a number, or a string for non-numeric results)."},"name":{"type":"string","description":"Display name of the metric."},"config":{"type":"string","description":"Metric configuration name."},"args":{"description":"Arguments the metric was computed with."},"verified":{"type":"boolean","description":"Set by the Hub\'s evaluation service; do not set by hand."},"verifyToken":{"type":"string","description":"Signature of a verified result (Hub evaluation service)."}},"required":["type","value"],"description":"One metric of one evaluation result."},"description":"The metrics measured."},"source":{"type":"object","properties":{"name":{"type":"string"},"url":{"type":"string"}},"required":["url"],"description":"Where the result comes from (paper, leaderboard)."}},"required":["task","dataset","metrics"],"description":"One evaluation result: a task on a dataset with metrics."},"description":"Evaluation results."}},"required":["name","results"],"description":"One model with its results."}}}}');
;// CONCATENATED MODULE: ./src/generated/validators/model-card.ts
// Generated by scripts/generate-validators.mjs from schemas/model-card.schema.json: do not edit.
// Regenerate with `node scripts/generate-validators.mjs` (scripts/build.mjs runs it before bundling).
/* eslint-disable */
// @ts-nocheck


const model_card_validate = validate47;
const schema107 = model_card_schema_namespaceObject;
const model_card_pattern4 = new RegExp("^[a-z0-9]([a-z0-9._-]*[a-z0-9])?$", "u");
const model_card_pattern5 = new RegExp("^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$", "u");
const pattern52 = new RegExp("^(exp/)?[A-Za-z0-9][A-Za-z0-9._-]*$", "u");
const model_card_func1 = function ucs2length(str) {
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
function validate47(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { /*# sourceURL="https://github.com/gitops-mlops/schemas/model-card.schema.json" */ ; let vErrors = null; let errors = 0; const evaluated0 = validate47.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name !== undefined) {
        let data0 = data.name;
        if (typeof data0 === "string") {
            if (!model_card_pattern4.test(data0)) {
                vErrors = model_card_addError(vErrors, instancePath + "/name", "#/properties/name/pattern", "pattern", { pattern: "^[a-z0-9]([a-z0-9._-]*[a-z0-9])?$" }, "must match pattern \"" + "^[a-z0-9]([a-z0-9._-]*[a-z0-9])?$" + "\"", "^[a-z0-9]([a-z0-9._-]*[a-z0-9])?$", schema107.properties.name, data0);
                errors++;
            }
        }
        else {
            vErrors = model_card_addKeywordError(vErrors, instancePath + "/name", "#/properties/name/type", "type", { type: "string" }, "must be string", schema107.properties.name, data0);
            errors++;
        }
    }
    if (data.version !== undefined) {
        let data1 = data.version;
        if (typeof data1 === "string") {
            if (!model_card_pattern5.test(data1)) {
                vErrors = model_card_addError(vErrors, instancePath + "/version", "#/properties/version/pattern", "pattern", { pattern: "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$" }, "must match pattern \"" + "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$" + "\"", "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$", schema107.properties.version, data1);
                errors++;
            }
        }
        else {
            vErrors = model_card_addKeywordError(vErrors, instancePath + "/version", "#/properties/version/type", "type", { type: "string" }, "must be string", schema107.properties.version, data1);
            errors++;
        }
    }
    if (data.risk !== undefined) {
        let data2 = data.risk;
        if (typeof data2 !== "string") {
            vErrors = model_card_addKeywordError(vErrors, instancePath + "/risk", "#/properties/risk/type", "type", { type: "string" }, "must be string", schema107.properties.risk, data2);
            errors++;
        }
        if (!(((data2 === "low") || (data2 === "medium")) || (data2 === "high"))) {
            vErrors = model_card_addKeywordError(vErrors, instancePath + "/risk", "#/properties/risk/enum", "enum", { allowedValues: schema107.properties.risk.enum }, "must be equal to one of the allowed values", schema107.properties.risk, data2);
            errors++;
        }
    }
    if (data.owners !== undefined) {
        let data3 = data.owners;
        if (Array.isArray(data3)) {
            if (data3.length < 1) {
                vErrors = model_card_addError(vErrors, instancePath + "/owners", "#/properties/owners/minItems", "minItems", { limit: 1 }, "must NOT have fewer than 1 items", 1, schema107.properties.owners, data3);
                errors++;
            }
            const len0 = data3.length;
            for (let i0 = 0; i0 < len0; i0++) {
                let data4 = data3[i0];
                if (typeof data4 === "string") {
                    if (model_card_func1(data4) < 1) {
                        vErrors = model_card_addError(vErrors, instancePath + "/owners/" + i0, "#/properties/owners/items/minLength", "minLength", { limit: 1 }, "must NOT have fewer than 1 characters", 1, schema107.properties.owners.items, data4);
                        errors++;
                    }
                }
                else {
                    vErrors = model_card_addKeywordError(vErrors, instancePath + "/owners/" + i0, "#/properties/owners/items/type", "type", { type: "string" }, "must be string", schema107.properties.owners.items, data4);
                    errors++;
                }
            }
        }
        else {
            vErrors = model_card_addKeywordError(vErrors, instancePath + "/owners", "#/properties/owners/type", "type", { type: "array" }, "must be array", schema107.properties.owners, data3);
            errors++;
        }
    }
    if (data.experiment !== undefined) {
        let data5 = data.experiment;
        if (typeof data5 === "string") {
            if (!pattern52.test(data5)) {
                vErrors = model_card_addError(vErrors, instancePath + "/experiment", "#/properties/experiment/pattern", "pattern", { pattern: "^(exp/)?[A-Za-z0-9][A-Za-z0-9._-]*$" }, "must match pattern \"" + "^(exp/)?[A-Za-z0-9][A-Za-z0-9._-]*$" + "\"", "^(exp/)?[A-Za-z0-9][A-Za-z0-9._-]*$", schema107.properties.experiment, data5);
                errors++;
            }
        }
        else {
            vErrors = model_card_addKeywordError(vErrors, instancePath + "/experiment", "#/properties/experiment/type", "type", { type: "string" }, "must be string", schema107.properties.experiment, data5);
            errors++;
        }
    }
    if (data.signature !== undefined) {
        let data6 = data.signature;
        if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
            if (data6.inputs === undefined) {
                vErrors = model_card_addKeywordError(vErrors, instancePath + "/signature", "#/properties/signature/required", "required", { missingProperty: "inputs" }, "must have required property '" + "inputs" + "'", schema107.properties.signature, data6);
                errors++;
            }
            if (data6.outputs === undefined) {
                vErrors = model_card_addKeywordError(vErrors, instancePath + "/signature", "#/properties/signature/required", "required", { missingProperty: "outputs" }, "must have required property '" + "outputs" + "'", schema107.properties.signature, data6);
                errors++;
            }
            if (data6.inputs !== undefined) {
                let data7 = data6.inputs;
                if (Array.isArray(data7)) {
                    const len1 = data7.length;
                    for (let i1 = 0; i1 < len1; i1++) {
                        let data8 = data7[i1];
                        if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                            if (data8.name === undefined) {
                                vErrors = model_card_addKeywordError(vErrors, instancePath + "/signature/inputs/" + i1, "#/properties/signature/properties/inputs/items/required", "required", { missingProperty: "name" }, "must have required property '" + "name" + "'", schema107.properties.signature.properties.inputs.items, data8);
                                errors++;
                            }
                            if (data8.name !== undefined) {
                                let data9 = data8.name;
                                if (typeof data9 !== "string") {
                                    vErrors = model_card_addKeywordError(vErrors, instancePath + "/signature/inputs/" + i1 + "/name", "#/properties/signature/properties/inputs/items/properties/name/type", "type", { type: "string" }, "must be string", schema107.properties.signature.properties.inputs.items.properties.name, data9);
                                    errors++;
                                }
                            }
                            if (data8.type !== undefined) {
                                let data10 = data8.type;
                                if (typeof data10 !== "string") {
                                    vErrors = model_card_addKeywordError(vErrors, instancePath + "/signature/inputs/" + i1 + "/type", "#/properties/signature/properties/inputs/items/properties/type/type", "type", { type: "string" }, "must be string", schema107.properties.signature.properties.inputs.items.properties.type, data10);
                                    errors++;
                                }
                            }
                            if (data8.shape !== undefined) {
                                let data11 = data8.shape;
                                if (Array.isArray(data11)) {
                                    const len2 = data11.length;
                                    for (let i2 = 0; i2 < len2; i2++) {
                                        let data12 = data11[i2];
                                        if ((!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))) && (data12 !== null)) {
                                            vErrors = model_card_addKeywordError(vErrors, instancePath + "/signature/inputs/" + i1 + "/shape/" + i2, "#/properties/signature/properties/inputs/items/properties/shape/items/type", "type", { type: schema107.properties.signature.properties.inputs.items.properties.shape.items.type }, "must be integer,null", schema107.properties.signature.properties.inputs.items.properties.shape.items, data12);
                                            errors++;
                                        }
                                    }
                                }
                                else {
                                    vErrors = model_card_addKeywordError(vErrors, instancePath + "/signature/inputs/" + i1 + "/shape", "#/properties/signature/properties/inputs/items/properties/shape/type", "type", { type: "array" }, "must be array", schema107.properties.signature.properties.inputs.items.properties.shape, data11);
                                    errors++;
                                }
                            }
                            if (data8.description !== undefined) {
                                let data13 = data8.description;
                                if (typeof data13 !== "string") {
                                    vErrors = model_card_addKeywordError(vErrors, instancePath + "/signature/inputs/" + i1 + "/description", "#/properties/signature/properties/inputs/items/properties/description/type", "type", { type: "string" }, "must be string", schema107.properties.signature.properties.inputs.items.properties.description, data13);
                                    errors++;
                                }
                            }
                        }
                        else {
                            vErrors = model_card_addKeywordError(vErrors, instancePath + "/signature/inputs/" + i1, "#/properties/signature/properties/inputs/items/type", "type", { type: "object" }, "must be object", schema107.properties.signature.properties.inputs.items, data8);
                            errors++;
                        }
                    }
                }
                else {
                    vErrors = model_card_addKeywordError(vErrors, instancePath + "/signature/inputs", "#/properties/signature/properties/inputs/type", "type", { type: "array" }, "must be array", schema107.properties.signature.properties.inputs, data7);
                    errors++;
                }
            }
            if (data6.outputs !== undefined) {
                let data14 = data6.outputs;
                if (Array.isArray(data14)) {
                    const len3 = data14.length;
                    for (let i3 = 0; i3 < len3; i3++) {
                        let data15 = data14[i3];
                        if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
                            if (data15.name === undefined) {
                                vErrors = model_card_addKeywordError(vErrors, instancePath + "/signature/outputs/" + i3, "#/properties/signature/properties/outputs/items/required", "required", { missingProperty: "name" }, "must have required property '" + "name" + "'", schema107.properties.signature.properties.outputs.items, data15);
                                errors++;
                            }
                            if (data15.name !== undefined) {
                                let data16 = data15.name;
                                if (typeof data16 !== "string") {
                                    vErrors = model_card_addKeywordError(vErrors, instancePath + "/signature/outputs/" + i3 + "/name", "#/properties/signature/properties/outputs/items/properties/name/type", "type", { type: "string" }, "must be string", schema107.properties.signature.properties.outputs.items.properties.name, data16);
                                    errors++;
                                }
                            }
                            if (data15.type !== undefined) {
                                let data17 = data15.type;
                                if (typeof data17 !== "string") {
                                    vErrors = model_card_addKeywordError(vErrors, instancePath + "/signature/outputs/" + i3 + "/type", "#/properties/signature/properties/outputs/items/properties/type/type", "type", { type: "string" }, "must be string", schema107.properties.signature.properties.outputs.items.properties.type, data17);
                                    errors++;
                                }
                            }
                            if (data15.shape !== undefined) {
                                let data18 = data15.shape;
                                if (Array.isArray(data18)) {
                                    const len4 = data18.length;
                                    for (let i4 = 0; i4 < len4; i4++) {
                                        let data19 = data18[i4];
                                        if ((!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))) && (data19 !== null)) {
                                            vErrors = model_card_addKeywordError(vErrors, instancePath + "/signature/outputs/" + i3 + "/shape/" + i4, "#/properties/signature/properties/outputs/items/properties/shape/items/type", "type", { type: schema107.properties.signature.properties.outputs.items.properties.shape.items.type }, "must be integer,null", schema107.properties.signature.properties.outputs.items.properties.shape.items, data19);
                                            errors++;
                                        }
                                    }
                                }
                                else {
                                    vErrors = model_card_addKeywordError(vErrors, instancePath + "/signature/outputs/" + i3 + "/shape", "#/properties/signature/properties/outputs/items/properties/shape/type", "type", { type: "array" }, "must be array", schema107.properties.signature.properties.outputs.items.properties.shape, data18);
                                    errors++;
                                }
                            }
                            if (data15.description !== undefined) {
                                let data20 = data15.description;
                                if (typeof data20 !== "string") {
                                    vErrors = model_card_addKeywordError(vErrors, instancePath + "/signature/outputs/" + i3 + "/description", "#/properties/signature/properties/outputs/items/properties/description/type", "type", { type: "string" }, "must be string", schema107.properties.signature.properties.outputs.items.properties.description, data20);
                                    errors++;
                                }
                            }
                        }
                        else {
                            vErrors = model_card_addKeywordError(vErrors, instancePath + "/signature/outputs/" + i3, "#/properties/signature/properties/outputs/items/type", "type", { type: "object" }, "must be object", schema107.properties.signature.properties.outputs.items, data15);
                            errors++;
                        }
                    }
                }
                else {
                    vErrors = model_card_addKeywordError(vErrors, instancePath + "/signature/outputs", "#/properties/signature/properties/outputs/type", "type", { type: "array" }, "must be array", schema107.properties.signature.properties.outputs, data14);
                    errors++;
                }
            }
        }
        else {
            vErrors = model_card_addKeywordError(vErrors, instancePath + "/signature", "#/properties/signature/type", "type", { type: "object" }, "must be object", schema107.properties.signature, data6);
            errors++;
        }
    }
    if (data.intended_use !== undefined) {
        let data21 = data.intended_use;
        const _errs44 = errors;
        let valid14 = false;
        const _errs45 = errors;
        if (typeof data21 !== "string") {
            vErrors = model_card_addKeywordError(vErrors, instancePath + "/intended_use", "#/properties/intended_use/anyOf/0/type", "type", { type: "string" }, "must be string", schema107.properties.intended_use.anyOf[0], data21);
            errors++;
        }
        var _valid0 = _errs45 === errors;
        valid14 = valid14 || _valid0;
        const _errs47 = errors;
        if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
            if (data21.primary_uses !== undefined) {
                let data22 = data21.primary_uses;
                const _errs50 = errors;
                let valid16 = false;
                const _errs51 = errors;
                if (typeof data22 !== "string") {
                    vErrors = model_card_addKeywordError(vErrors, instancePath + "/intended_use/primary_uses", "#/properties/intended_use/anyOf/1/properties/primary_uses/anyOf/0/type", "type", { type: "string" }, "must be string", schema107.properties.intended_use.anyOf[1].properties.primary_uses.anyOf[0], data22);
                    errors++;
                }
                var _valid1 = _errs51 === errors;
                valid16 = valid16 || _valid1;
                const _errs53 = errors;
                if (Array.isArray(data22)) {
                    const len5 = data22.length;
                    for (let i5 = 0; i5 < len5; i5++) {
                        let data23 = data22[i5];
                        if (typeof data23 !== "string") {
                            vErrors = model_card_addKeywordError(vErrors, instancePath + "/intended_use/primary_uses/" + i5, "#/properties/intended_use/anyOf/1/properties/primary_uses/anyOf/1/items/type", "type", { type: "string" }, "must be string", schema107.properties.intended_use.anyOf[1].properties.primary_uses.anyOf[1].items, data23);
                            errors++;
                        }
                    }
                }
                else {
                    vErrors = model_card_addKeywordError(vErrors, instancePath + "/intended_use/primary_uses", "#/properties/intended_use/anyOf/1/properties/primary_uses/anyOf/1/type", "type", { type: "array" }, "must be array", schema107.properties.intended_use.anyOf[1].properties.primary_uses.anyOf[1], data22);
                    errors++;
                }
                var _valid1 = _errs53 === errors;
                valid16 = valid16 || _valid1;
                if (!valid16) {
                    vErrors = model_card_addKeywordError(vErrors, instancePath + "/intended_use/primary_uses", "#/properties/intended_use/anyOf/1/properties/primary_uses/anyOf", "anyOf", {}, "must match a schema in anyOf", schema107.properties.intended_use.anyOf[1].properties.primary_uses, data22);
                    errors++;
                }
                else {
                    errors = _errs50;
                    if (vErrors !== null) {
                        if (_errs50) {
                            vErrors.length = _errs50;
                        }
                        else {
                            vErrors = null;
                        }
                    }
                }
            }
            if (data21.primary_users !== undefined) {
                let data24 = data21.primary_users;
                const _errs58 = errors;
                let valid19 = false;
                const _errs59 = errors;
                if (typeof data24 !== "string") {
                    vErrors = model_card_addKeywordError(vErrors, instancePath + "/intended_use/primary_users", "#/properties/intended_use/anyOf/1/properties/primary_users/anyOf/0/type", "type", { type: "string" }, "must be string", schema107.properties.intended_use.anyOf[1].properties.primary_users.anyOf[0], data24);
                    errors++;
                }
                var _valid2 = _errs59 === errors;
                valid19 = valid19 || _valid2;
                const _errs61 = errors;
                if (Array.isArray(data24)) {
                    const len6 = data24.length;
                    for (let i6 = 0; i6 < len6; i6++) {
                        let data25 = data24[i6];
                        if (typeof data25 !== "string") {
                            vErrors = model_card_addKeywordError(vErrors, instancePath + "/intended_use/primary_users/" + i6, "#/properties/intended_use/anyOf/1/properties/primary_users/anyOf/1/items/type", "type", { type: "string" }, "must be string", schema107.properties.intended_use.anyOf[1].properties.primary_users.anyOf[1].items, data25);
                            errors++;
                        }
                    }
                }
                else {
                    vErrors = model_card_addKeywordError(vErrors, instancePath + "/intended_use/primary_users", "#/properties/intended_use/anyOf/1/properties/primary_users/anyOf/1/type", "type", { type: "array" }, "must be array", schema107.properties.intended_use.anyOf[1].properties.primary_users.anyOf[1], data24);
                    errors++;
                }
                var _valid2 = _errs61 === errors;
                valid19 = valid19 || _valid2;
                if (!valid19) {
                    vErrors = model_card_addKeywordError(vErrors, instancePath + "/intended_use/primary_users", "#/properties/intended_use/anyOf/1/properties/primary_users/anyOf", "anyOf", {}, "must match a schema in anyOf", schema107.properties.intended_use.anyOf[1].properties.primary_users, data24);
                    errors++;
                }
                else {
                    errors = _errs58;
                    if (vErrors !== null) {
                        if (_errs58) {
                            vErrors.length = _errs58;
                        }
                        else {
                            vErrors = null;
                        }
                    }
                }
            }
            if (data21.out_of_scope !== undefined) {
                let data26 = data21.out_of_scope;
                const _errs66 = errors;
                let valid22 = false;
                const _errs67 = errors;
                if (typeof data26 !== "string") {
                    vErrors = model_card_addKeywordError(vErrors, instancePath + "/intended_use/out_of_scope", "#/properties/intended_use/anyOf/1/properties/out_of_scope/anyOf/0/type", "type", { type: "string" }, "must be string", schema107.properties.intended_use.anyOf[1].properties.out_of_scope.anyOf[0], data26);
                    errors++;
                }
                var _valid3 = _errs67 === errors;
                valid22 = valid22 || _valid3;
                const _errs69 = errors;
                if (Array.isArray(data26)) {
                    const len7 = data26.length;
                    for (let i7 = 0; i7 < len7; i7++) {
                        let data27 = data26[i7];
                        if (typeof data27 !== "string") {
                            vErrors = model_card_addKeywordError(vErrors, instancePath + "/intended_use/out_of_scope/" + i7, "#/properties/intended_use/anyOf/1/properties/out_of_scope/anyOf/1/items/type", "type", { type: "string" }, "must be string", schema107.properties.intended_use.anyOf[1].properties.out_of_scope.anyOf[1].items, data27);
                            errors++;
                        }
                    }
                }
                else {
                    vErrors = model_card_addKeywordError(vErrors, instancePath + "/intended_use/out_of_scope", "#/properties/intended_use/anyOf/1/properties/out_of_scope/anyOf/1/type", "type", { type: "array" }, "must be array", schema107.properties.intended_use.anyOf[1].properties.out_of_scope.anyOf[1], data26);
                    errors++;
                }
                var _valid3 = _errs69 === errors;
                valid22 = valid22 || _valid3;
                if (!valid22) {
                    vErrors = model_card_addKeywordError(vErrors, instancePath + "/intended_use/out_of_scope", "#/properties/intended_use/anyOf/1/properties/out_of_scope/anyOf", "anyOf", {}, "must match a schema in anyOf", schema107.properties.intended_use.anyOf[1].properties.out_of_scope, data26);
                    errors++;
                }
                else {
                    errors = _errs66;
                    if (vErrors !== null) {
                        if (_errs66) {
                            vErrors.length = _errs66;
                        }
                        else {
                            vErrors = null;
                        }
                    }
                }
            }
        }
        else {
            vErrors = model_card_addKeywordError(vErrors, instancePath + "/intended_use", "#/properties/intended_use/anyOf/1/type", "type", { type: "object" }, "must be object", schema107.properties.intended_use.anyOf[1], data21);
            errors++;
        }
        var _valid0 = _errs47 === errors;
        valid14 = valid14 || _valid0;
        if (_valid0) {
            var props0 = {};
            props0.primary_uses = true;
            props0.primary_users = true;
            props0.out_of_scope = true;
        }
        if (!valid14) {
            vErrors = model_card_addKeywordError(vErrors, instancePath + "/intended_use", "#/properties/intended_use/anyOf", "anyOf", {}, "must match a schema in anyOf", schema107.properties.intended_use, data21);
            errors++;
        }
        else {
            errors = _errs44;
            if (vErrors !== null) {
                if (_errs44) {
                    vErrors.length = _errs44;
                }
                else {
                    vErrors = null;
                }
            }
        }
    }
    if (data.language !== undefined) {
        let data28 = data.language;
        const _errs74 = errors;
        let valid25 = false;
        const _errs75 = errors;
        if (typeof data28 !== "string") {
            vErrors = model_card_addKeywordError(vErrors, instancePath + "/language", "#/properties/language/anyOf/0/type", "type", { type: "string" }, "must be string", schema107.properties.language.anyOf[0], data28);
            errors++;
        }
        var _valid4 = _errs75 === errors;
        valid25 = valid25 || _valid4;
        const _errs77 = errors;
        if (Array.isArray(data28)) {
            const len8 = data28.length;
            for (let i8 = 0; i8 < len8; i8++) {
                let data29 = data28[i8];
                if (typeof data29 !== "string") {
                    vErrors = model_card_addKeywordError(vErrors, instancePath + "/language/" + i8, "#/properties/language/anyOf/1/items/type", "type", { type: "string" }, "must be string", schema107.properties.language.anyOf[1].items, data29);
                    errors++;
                }
            }
        }
        else {
            vErrors = model_card_addKeywordError(vErrors, instancePath + "/language", "#/properties/language/anyOf/1/type", "type", { type: "array" }, "must be array", schema107.properties.language.anyOf[1], data28);
            errors++;
        }
        var _valid4 = _errs77 === errors;
        valid25 = valid25 || _valid4;
        if (!valid25) {
            vErrors = model_card_addKeywordError(vErrors, instancePath + "/language", "#/properties/language/anyOf", "anyOf", {}, "must match a schema in anyOf", schema107.properties.language, data28);
            errors++;
        }
        else {
            errors = _errs74;
            if (vErrors !== null) {
                if (_errs74) {
                    vErrors.length = _errs74;
                }
                else {
                    vErrors = null;
                }
            }
        }
    }
    if (data.license !== undefined) {
        let data30 = data.license;
        const _errs82 = errors;
        let valid28 = false;
        const _errs83 = errors;
        if (typeof data30 !== "string") {
            vErrors = model_card_addKeywordError(vErrors, instancePath + "/license", "#/properties/license/anyOf/0/type", "type", { type: "string" }, "must be string", schema107.properties.license.anyOf[0], data30);
            errors++;
        }
        if (!(((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((data30 === "apache-2.0") || (data30 === "mit")) || (data30 === "openrail")) || (data30 === "bigscience-openrail-m")) || (data30 === "creativeml-openrail-m")) || (data30 === "bigscience-bloom-rail-1.0")) || (data30 === "bigcode-openrail-m")) || (data30 === "afl-3.0")) || (data30 === "artistic-2.0")) || (data30 === "bsl-1.0")) || (data30 === "bsd")) || (data30 === "bsd-2-clause")) || (data30 === "bsd-3-clause")) || (data30 === "bsd-3-clause-clear")) || (data30 === "c-uda")) || (data30 === "cc")) || (data30 === "cc0-1.0")) || (data30 === "cc-by-2.0")) || (data30 === "cc-by-2.5")) || (data30 === "cc-by-3.0")) || (data30 === "cc-by-4.0")) || (data30 === "cc-by-sa-3.0")) || (data30 === "cc-by-sa-4.0")) || (data30 === "cc-by-nc-2.0")) || (data30 === "cc-by-nc-3.0")) || (data30 === "cc-by-nc-4.0")) || (data30 === "cc-by-nd-4.0")) || (data30 === "cc-by-nc-nd-3.0")) || (data30 === "cc-by-nc-nd-4.0")) || (data30 === "cc-by-nc-sa-2.0")) || (data30 === "cc-by-nc-sa-3.0")) || (data30 === "cc-by-nc-sa-4.0")) || (data30 === "cdla-sharing-1.0")) || (data30 === "cdla-permissive-1.0")) || (data30 === "cdla-permissive-2.0")) || (data30 === "wtfpl")) || (data30 === "ecl-2.0")) || (data30 === "epl-1.0")) || (data30 === "epl-2.0")) || (data30 === "etalab-2.0")) || (data30 === "eupl-1.1")) || (data30 === "eupl-1.2")) || (data30 === "agpl-3.0")) || (data30 === "gfdl")) || (data30 === "gpl")) || (data30 === "gpl-2.0")) || (data30 === "gpl-3.0")) || (data30 === "lgpl")) || (data30 === "lgpl-2.1")) || (data30 === "lgpl-3.0")) || (data30 === "isc")) || (data30 === "h-research")) || (data30 === "intel-research")) || (data30 === "lppl-1.3c")) || (data30 === "ms-pl")) || (data30 === "apple-ascl")) || (data30 === "apple-amlr")) || (data30 === "mpl-2.0")) || (data30 === "odc-by")) || (data30 === "odbl")) || (data30 === "openmdw-1.0")) || (data30 === "openrail++")) || (data30 === "osl-3.0")) || (data30 === "postgresql")) || (data30 === "ofl-1.1")) || (data30 === "ncsa")) || (data30 === "unlicense")) || (data30 === "zlib")) || (data30 === "pddl")) || (data30 === "lgpl-lr")) || (data30 === "deepfloyd-if-license")) || (data30 === "fair-noncommercial-research-license")) || (data30 === "llama2")) || (data30 === "llama3")) || (data30 === "llama3.1")) || (data30 === "llama3.2")) || (data30 === "llama3.3")) || (data30 === "llama4")) || (data30 === "gemma")) || (data30 === "unknown")) || (data30 === "other"))) {
            vErrors = model_card_addKeywordError(vErrors, instancePath + "/license", "#/properties/license/anyOf/0/enum", "enum", { allowedValues: schema107.properties.license.anyOf[0].enum }, "must be equal to one of the allowed values", schema107.properties.license.anyOf[0], data30);
            errors++;
        }
        var _valid5 = _errs83 === errors;
        valid28 = valid28 || _valid5;
        const _errs85 = errors;
        if (Array.isArray(data30)) {
            const len9 = data30.length;
            for (let i9 = 0; i9 < len9; i9++) {
                let data31 = data30[i9];
                if (typeof data31 !== "string") {
                    vErrors = model_card_addKeywordError(vErrors, instancePath + "/license/" + i9, "#/properties/license/anyOf/1/items/type", "type", { type: "string" }, "must be string", schema107.properties.license.anyOf[1].items, data31);
                    errors++;
                }
                if (!(((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((data31 === "apache-2.0") || (data31 === "mit")) || (data31 === "openrail")) || (data31 === "bigscience-openrail-m")) || (data31 === "creativeml-openrail-m")) || (data31 === "bigscience-bloom-rail-1.0")) || (data31 === "bigcode-openrail-m")) || (data31 === "afl-3.0")) || (data31 === "artistic-2.0")) || (data31 === "bsl-1.0")) || (data31 === "bsd")) || (data31 === "bsd-2-clause")) || (data31 === "bsd-3-clause")) || (data31 === "bsd-3-clause-clear")) || (data31 === "c-uda")) || (data31 === "cc")) || (data31 === "cc0-1.0")) || (data31 === "cc-by-2.0")) || (data31 === "cc-by-2.5")) || (data31 === "cc-by-3.0")) || (data31 === "cc-by-4.0")) || (data31 === "cc-by-sa-3.0")) || (data31 === "cc-by-sa-4.0")) || (data31 === "cc-by-nc-2.0")) || (data31 === "cc-by-nc-3.0")) || (data31 === "cc-by-nc-4.0")) || (data31 === "cc-by-nd-4.0")) || (data31 === "cc-by-nc-nd-3.0")) || (data31 === "cc-by-nc-nd-4.0")) || (data31 === "cc-by-nc-sa-2.0")) || (data31 === "cc-by-nc-sa-3.0")) || (data31 === "cc-by-nc-sa-4.0")) || (data31 === "cdla-sharing-1.0")) || (data31 === "cdla-permissive-1.0")) || (data31 === "cdla-permissive-2.0")) || (data31 === "wtfpl")) || (data31 === "ecl-2.0")) || (data31 === "epl-1.0")) || (data31 === "epl-2.0")) || (data31 === "etalab-2.0")) || (data31 === "eupl-1.1")) || (data31 === "eupl-1.2")) || (data31 === "agpl-3.0")) || (data31 === "gfdl")) || (data31 === "gpl")) || (data31 === "gpl-2.0")) || (data31 === "gpl-3.0")) || (data31 === "lgpl")) || (data31 === "lgpl-2.1")) || (data31 === "lgpl-3.0")) || (data31 === "isc")) || (data31 === "h-research")) || (data31 === "intel-research")) || (data31 === "lppl-1.3c")) || (data31 === "ms-pl")) || (data31 === "apple-ascl")) || (data31 === "apple-amlr")) || (data31 === "mpl-2.0")) || (data31 === "odc-by")) || (data31 === "odbl")) || (data31 === "openmdw-1.0")) || (data31 === "openrail++")) || (data31 === "osl-3.0")) || (data31 === "postgresql")) || (data31 === "ofl-1.1")) || (data31 === "ncsa")) || (data31 === "unlicense")) || (data31 === "zlib")) || (data31 === "pddl")) || (data31 === "lgpl-lr")) || (data31 === "deepfloyd-if-license")) || (data31 === "fair-noncommercial-research-license")) || (data31 === "llama2")) || (data31 === "llama3")) || (data31 === "llama3.1")) || (data31 === "llama3.2")) || (data31 === "llama3.3")) || (data31 === "llama4")) || (data31 === "gemma")) || (data31 === "unknown")) || (data31 === "other"))) {
                    vErrors = model_card_addKeywordError(vErrors, instancePath + "/license/" + i9, "#/properties/license/anyOf/1/items/enum", "enum", { allowedValues: schema107.properties.license.anyOf[1].items.enum }, "must be equal to one of the allowed values", schema107.properties.license.anyOf[1].items, data31);
                    errors++;
                }
            }
        }
        else {
            vErrors = model_card_addKeywordError(vErrors, instancePath + "/license", "#/properties/license/anyOf/1/type", "type", { type: "array" }, "must be array", schema107.properties.license.anyOf[1], data30);
            errors++;
        }
        var _valid5 = _errs85 === errors;
        valid28 = valid28 || _valid5;
        if (!valid28) {
            vErrors = model_card_addKeywordError(vErrors, instancePath + "/license", "#/properties/license/anyOf", "anyOf", {}, "must match a schema in anyOf", schema107.properties.license, data30);
            errors++;
        }
        else {
            errors = _errs82;
            if (vErrors !== null) {
                if (_errs82) {
                    vErrors.length = _errs82;
                }
                else {
                    vErrors = null;
                }
            }
        }
    }
    if (data.license_name !== undefined) {
        let data32 = data.license_name;
        if (typeof data32 !== "string") {
            vErrors = model_card_addKeywordError(vErrors, instancePath + "/license_name", "#/properties/license_name/type", "type", { type: "string" }, "must be string", schema107.properties.license_name, data32);
            errors++;
        }
    }
    if (data.license_link !== undefined) {
        let data33 = data.license_link;
        if (typeof data33 !== "string") {
            vErrors = model_card_addKeywordError(vErrors, instancePath + "/license_link", "#/properties/license_link/type", "type", { type: "string" }, "must be string", schema107.properties.license_link, data33);
            errors++;
        }
    }
    if (data.tags !== undefined) {
        let data34 = data.tags;
        if (Array.isArray(data34)) {
            const len10 = data34.length;
            for (let i10 = 0; i10 < len10; i10++) {
                let data35 = data34[i10];
                if (typeof data35 !== "string") {
                    vErrors = model_card_addKeywordError(vErrors, instancePath + "/tags/" + i10, "#/properties/tags/items/type", "type", { type: "string" }, "must be string", schema107.properties.tags.items, data35);
                    errors++;
                }
            }
        }
        else {
            vErrors = model_card_addKeywordError(vErrors, instancePath + "/tags", "#/properties/tags/type", "type", { type: "array" }, "must be array", schema107.properties.tags, data34);
            errors++;
        }
    }
    if (data.library_name !== undefined) {
        let data36 = data.library_name;
        if (typeof data36 !== "string") {
            vErrors = model_card_addKeywordError(vErrors, instancePath + "/library_name", "#/properties/library_name/type", "type", { type: "string" }, "must be string", schema107.properties.library_name, data36);
            errors++;
        }
    }
    if (data.datasets !== undefined) {
        let data37 = data.datasets;
        const _errs100 = errors;
        let valid33 = false;
        const _errs101 = errors;
        if (typeof data37 !== "string") {
            vErrors = model_card_addKeywordError(vErrors, instancePath + "/datasets", "#/properties/datasets/anyOf/0/type", "type", { type: "string" }, "must be string", schema107.properties.datasets.anyOf[0], data37);
            errors++;
        }
        var _valid6 = _errs101 === errors;
        valid33 = valid33 || _valid6;
        const _errs103 = errors;
        if (Array.isArray(data37)) {
            const len11 = data37.length;
            for (let i11 = 0; i11 < len11; i11++) {
                let data38 = data37[i11];
                if (typeof data38 !== "string") {
                    vErrors = model_card_addKeywordError(vErrors, instancePath + "/datasets/" + i11, "#/properties/datasets/anyOf/1/items/type", "type", { type: "string" }, "must be string", schema107.properties.datasets.anyOf[1].items, data38);
                    errors++;
                }
            }
        }
        else {
            vErrors = model_card_addKeywordError(vErrors, instancePath + "/datasets", "#/properties/datasets/anyOf/1/type", "type", { type: "array" }, "must be array", schema107.properties.datasets.anyOf[1], data37);
            errors++;
        }
        var _valid6 = _errs103 === errors;
        valid33 = valid33 || _valid6;
        if (!valid33) {
            vErrors = model_card_addKeywordError(vErrors, instancePath + "/datasets", "#/properties/datasets/anyOf", "anyOf", {}, "must match a schema in anyOf", schema107.properties.datasets, data37);
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
    if (data.metrics !== undefined) {
        let data39 = data.metrics;
        const _errs108 = errors;
        let valid36 = false;
        const _errs109 = errors;
        if (typeof data39 !== "string") {
            vErrors = model_card_addKeywordError(vErrors, instancePath + "/metrics", "#/properties/metrics/anyOf/0/type", "type", { type: "string" }, "must be string", schema107.properties.metrics.anyOf[0], data39);
            errors++;
        }
        var _valid7 = _errs109 === errors;
        valid36 = valid36 || _valid7;
        const _errs111 = errors;
        if (Array.isArray(data39)) {
            const len12 = data39.length;
            for (let i12 = 0; i12 < len12; i12++) {
                let data40 = data39[i12];
                if (typeof data40 !== "string") {
                    vErrors = model_card_addKeywordError(vErrors, instancePath + "/metrics/" + i12, "#/properties/metrics/anyOf/1/items/type", "type", { type: "string" }, "must be string", schema107.properties.metrics.anyOf[1].items, data40);
                    errors++;
                }
            }
        }
        else {
            vErrors = model_card_addKeywordError(vErrors, instancePath + "/metrics", "#/properties/metrics/anyOf/1/type", "type", { type: "array" }, "must be array", schema107.properties.metrics.anyOf[1], data39);
            errors++;
        }
        var _valid7 = _errs111 === errors;
        valid36 = valid36 || _valid7;
        if (!valid36) {
            vErrors = model_card_addKeywordError(vErrors, instancePath + "/metrics", "#/properties/metrics/anyOf", "anyOf", {}, "must match a schema in anyOf", schema107.properties.metrics, data39);
            errors++;
        }
        else {
            errors = _errs108;
            if (vErrors !== null) {
                if (_errs108) {
                    vErrors.length = _errs108;
                }
                else {
                    vErrors = null;
                }
            }
        }
    }
    if (data.base_model !== undefined) {
        let data41 = data.base_model;
        const _errs116 = errors;
        let valid39 = false;
        const _errs117 = errors;
        if (typeof data41 !== "string") {
            vErrors = model_card_addKeywordError(vErrors, instancePath + "/base_model", "#/properties/base_model/anyOf/0/type", "type", { type: "string" }, "must be string", schema107.properties.base_model.anyOf[0], data41);
            errors++;
        }
        var _valid8 = _errs117 === errors;
        valid39 = valid39 || _valid8;
        const _errs119 = errors;
        if (Array.isArray(data41)) {
            const len13 = data41.length;
            for (let i13 = 0; i13 < len13; i13++) {
                let data42 = data41[i13];
                if (typeof data42 !== "string") {
                    vErrors = model_card_addKeywordError(vErrors, instancePath + "/base_model/" + i13, "#/properties/base_model/anyOf/1/items/type", "type", { type: "string" }, "must be string", schema107.properties.base_model.anyOf[1].items, data42);
                    errors++;
                }
            }
        }
        else {
            vErrors = model_card_addKeywordError(vErrors, instancePath + "/base_model", "#/properties/base_model/anyOf/1/type", "type", { type: "array" }, "must be array", schema107.properties.base_model.anyOf[1], data41);
            errors++;
        }
        var _valid8 = _errs119 === errors;
        valid39 = valid39 || _valid8;
        if (!valid39) {
            vErrors = model_card_addKeywordError(vErrors, instancePath + "/base_model", "#/properties/base_model/anyOf", "anyOf", {}, "must match a schema in anyOf", schema107.properties.base_model, data41);
            errors++;
        }
        else {
            errors = _errs116;
            if (vErrors !== null) {
                if (_errs116) {
                    vErrors.length = _errs116;
                }
                else {
                    vErrors = null;
                }
            }
        }
    }
    if (data.base_model_relation !== undefined) {
        let data43 = data.base_model_relation;
        if (typeof data43 !== "string") {
            vErrors = model_card_addKeywordError(vErrors, instancePath + "/base_model_relation", "#/properties/base_model_relation/type", "type", { type: "string" }, "must be string", schema107.properties.base_model_relation, data43);
            errors++;
        }
        if (!((((data43 === "adapter") || (data43 === "merge")) || (data43 === "quantized")) || (data43 === "finetune"))) {
            vErrors = model_card_addKeywordError(vErrors, instancePath + "/base_model_relation", "#/properties/base_model_relation/enum", "enum", { allowedValues: schema107.properties.base_model_relation.enum }, "must be equal to one of the allowed values", schema107.properties.base_model_relation, data43);
            errors++;
        }
    }
    if (data.pipeline_tag !== undefined) {
        let data44 = data.pipeline_tag;
        if (typeof data44 !== "string") {
            vErrors = model_card_addKeywordError(vErrors, instancePath + "/pipeline_tag", "#/properties/pipeline_tag/type", "type", { type: "string" }, "must be string", schema107.properties.pipeline_tag, data44);
            errors++;
        }
        if (!(((((((((((((((((((((((((((((((((((((((((((((((((((((((((data44 === "text-classification") || (data44 === "token-classification")) || (data44 === "table-question-answering")) || (data44 === "question-answering")) || (data44 === "zero-shot-classification")) || (data44 === "translation")) || (data44 === "summarization")) || (data44 === "feature-extraction")) || (data44 === "text-generation")) || (data44 === "text2text-generation")) || (data44 === "fill-mask")) || (data44 === "sentence-similarity")) || (data44 === "text-to-speech")) || (data44 === "text-to-audio")) || (data44 === "automatic-speech-recognition")) || (data44 === "audio-to-audio")) || (data44 === "audio-classification")) || (data44 === "audio-text-to-text")) || (data44 === "voice-activity-detection")) || (data44 === "depth-estimation")) || (data44 === "image-classification")) || (data44 === "object-detection")) || (data44 === "image-segmentation")) || (data44 === "text-to-image")) || (data44 === "image-to-text")) || (data44 === "image-to-image")) || (data44 === "image-to-video")) || (data44 === "unconditional-image-generation")) || (data44 === "video-classification")) || (data44 === "reinforcement-learning")) || (data44 === "robotics")) || (data44 === "tabular-classification")) || (data44 === "tabular-regression")) || (data44 === "tabular-to-text")) || (data44 === "table-to-text")) || (data44 === "multiple-choice")) || (data44 === "text-ranking")) || (data44 === "text-retrieval")) || (data44 === "time-series-forecasting")) || (data44 === "text-to-video")) || (data44 === "image-text-to-text")) || (data44 === "visual-question-answering")) || (data44 === "document-question-answering")) || (data44 === "zero-shot-image-classification")) || (data44 === "graph-ml")) || (data44 === "mask-generation")) || (data44 === "zero-shot-object-detection")) || (data44 === "text-to-3d")) || (data44 === "image-to-3d")) || (data44 === "image-feature-extraction")) || (data44 === "video-text-to-text")) || (data44 === "keypoint-detection")) || (data44 === "visual-document-retrieval")) || (data44 === "any-to-any")) || (data44 === "video-to-video")) || (data44 === "conversational")) || (data44 === "other"))) {
            vErrors = model_card_addKeywordError(vErrors, instancePath + "/pipeline_tag", "#/properties/pipeline_tag/enum", "enum", { allowedValues: schema107.properties.pipeline_tag.enum }, "must be equal to one of the allowed values", schema107.properties.pipeline_tag, data44);
            errors++;
        }
    }
    if (data.thumbnail !== undefined) {
        let data45 = data.thumbnail;
        if (typeof data45 !== "string") {
            vErrors = model_card_addKeywordError(vErrors, instancePath + "/thumbnail", "#/properties/thumbnail/type", "type", { type: "string" }, "must be string", schema107.properties.thumbnail, data45);
            errors++;
        }
    }
    if (data.new_version !== undefined) {
        let data46 = data.new_version;
        if (typeof data46 !== "string") {
            vErrors = model_card_addKeywordError(vErrors, instancePath + "/new_version", "#/properties/new_version/type", "type", { type: "string" }, "must be string", schema107.properties.new_version, data46);
            errors++;
        }
    }
    if (data["model-index"] !== undefined) {
        let data47 = data["model-index"];
        if (Array.isArray(data47)) {
            const len14 = data47.length;
            for (let i14 = 0; i14 < len14; i14++) {
                let data48 = data47[i14];
                if (data48 && typeof data48 == "object" && !Array.isArray(data48)) {
                    if (data48.name === undefined) {
                        vErrors = model_card_addKeywordError(vErrors, instancePath + "/model-index/" + i14, "#/properties/model-index/items/required", "required", { missingProperty: "name" }, "must have required property '" + "name" + "'", schema107.properties["model-index"].items, data48);
                        errors++;
                    }
                    if (data48.results === undefined) {
                        vErrors = model_card_addKeywordError(vErrors, instancePath + "/model-index/" + i14, "#/properties/model-index/items/required", "required", { missingProperty: "results" }, "must have required property '" + "results" + "'", schema107.properties["model-index"].items, data48);
                        errors++;
                    }
                    if (data48.name !== undefined) {
                        let data49 = data48.name;
                        if (typeof data49 !== "string") {
                            vErrors = model_card_addKeywordError(vErrors, instancePath + "/model-index/" + i14 + "/name", "#/properties/model-index/items/properties/name/type", "type", { type: "string" }, "must be string", schema107.properties["model-index"].items.properties.name, data49);
                            errors++;
                        }
                    }
                    if (data48.results !== undefined) {
                        let data50 = data48.results;
                        if (Array.isArray(data50)) {
                            const len15 = data50.length;
                            for (let i15 = 0; i15 < len15; i15++) {
                                let data51 = data50[i15];
                                if (data51 && typeof data51 == "object" && !Array.isArray(data51)) {
                                    if (data51.task === undefined) {
                                        vErrors = model_card_addKeywordError(vErrors, instancePath + "/model-index/" + i14 + "/results/" + i15, "#/properties/model-index/items/properties/results/items/required", "required", { missingProperty: "task" }, "must have required property '" + "task" + "'", schema107.properties["model-index"].items.properties.results.items, data51);
                                        errors++;
                                    }
                                    if (data51.dataset === undefined) {
                                        vErrors = model_card_addKeywordError(vErrors, instancePath + "/model-index/" + i14 + "/results/" + i15, "#/properties/model-index/items/properties/results/items/required", "required", { missingProperty: "dataset" }, "must have required property '" + "dataset" + "'", schema107.properties["model-index"].items.properties.results.items, data51);
                                        errors++;
                                    }
                                    if (data51.metrics === undefined) {
                                        vErrors = model_card_addKeywordError(vErrors, instancePath + "/model-index/" + i14 + "/results/" + i15, "#/properties/model-index/items/properties/results/items/required", "required", { missingProperty: "metrics" }, "must have required property '" + "metrics" + "'", schema107.properties["model-index"].items.properties.results.items, data51);
                                        errors++;
                                    }
                                    if (data51.task !== undefined) {
                                        let data52 = data51.task;
                                        if (data52 && typeof data52 == "object" && !Array.isArray(data52)) {
                                            if (data52.type === undefined) {
                                                vErrors = model_card_addKeywordError(vErrors, instancePath + "/model-index/" + i14 + "/results/" + i15 + "/task", "#/properties/model-index/items/properties/results/items/properties/task/required", "required", { missingProperty: "type" }, "must have required property '" + "type" + "'", schema107.properties["model-index"].items.properties.results.items.properties.task, data52);
                                                errors++;
                                            }
                                            if (data52.type !== undefined) {
                                                let data53 = data52.type;
                                                if (typeof data53 !== "string") {
                                                    vErrors = model_card_addKeywordError(vErrors, instancePath + "/model-index/" + i14 + "/results/" + i15 + "/task/type", "#/properties/model-index/items/properties/results/items/properties/task/properties/type/type", "type", { type: "string" }, "must be string", schema107.properties["model-index"].items.properties.results.items.properties.task.properties.type, data53);
                                                    errors++;
                                                }
                                            }
                                            if (data52.name !== undefined) {
                                                let data54 = data52.name;
                                                if (typeof data54 !== "string") {
                                                    vErrors = model_card_addKeywordError(vErrors, instancePath + "/model-index/" + i14 + "/results/" + i15 + "/task/name", "#/properties/model-index/items/properties/results/items/properties/task/properties/name/type", "type", { type: "string" }, "must be string", schema107.properties["model-index"].items.properties.results.items.properties.task.properties.name, data54);
                                                    errors++;
                                                }
                                            }
                                        }
                                        else {
                                            vErrors = model_card_addKeywordError(vErrors, instancePath + "/model-index/" + i14 + "/results/" + i15 + "/task", "#/properties/model-index/items/properties/results/items/properties/task/type", "type", { type: "object" }, "must be object", schema107.properties["model-index"].items.properties.results.items.properties.task, data52);
                                            errors++;
                                        }
                                    }
                                    if (data51.dataset !== undefined) {
                                        let data55 = data51.dataset;
                                        if (data55 && typeof data55 == "object" && !Array.isArray(data55)) {
                                            if (data55.type === undefined) {
                                                vErrors = model_card_addKeywordError(vErrors, instancePath + "/model-index/" + i14 + "/results/" + i15 + "/dataset", "#/properties/model-index/items/properties/results/items/properties/dataset/required", "required", { missingProperty: "type" }, "must have required property '" + "type" + "'", schema107.properties["model-index"].items.properties.results.items.properties.dataset, data55);
                                                errors++;
                                            }
                                            if (data55.name === undefined) {
                                                vErrors = model_card_addKeywordError(vErrors, instancePath + "/model-index/" + i14 + "/results/" + i15 + "/dataset", "#/properties/model-index/items/properties/results/items/properties/dataset/required", "required", { missingProperty: "name" }, "must have required property '" + "name" + "'", schema107.properties["model-index"].items.properties.results.items.properties.dataset, data55);
                                                errors++;
                                            }
                                            if (data55.type !== undefined) {
                                                let data56 = data55.type;
                                                if (typeof data56 !== "string") {
                                                    vErrors = model_card_addKeywordError(vErrors, instancePath + "/model-index/" + i14 + "/results/" + i15 + "/dataset/type", "#/properties/model-index/items/properties/results/items/properties/dataset/properties/type/type", "type", { type: "string" }, "must be string", schema107.properties["model-index"].items.properties.results.items.properties.dataset.properties.type, data56);
                                                    errors++;
                                                }
                                            }
                                            if (data55.name !== undefined) {
                                                let data57 = data55.name;
                                                if (typeof data57 !== "string") {
                                                    vErrors = model_card_addKeywordError(vErrors, instancePath + "/model-index/" + i14 + "/results/" + i15 + "/dataset/name", "#/properties/model-index/items/properties/results/items/properties/dataset/properties/name/type", "type", { type: "string" }, "must be string", schema107.properties["model-index"].items.properties.results.items.properties.dataset.properties.name, data57);
                                                    errors++;
                                                }
                                            }
                                            if (data55.config !== undefined) {
                                                let data58 = data55.config;
                                                if (typeof data58 !== "string") {
                                                    vErrors = model_card_addKeywordError(vErrors, instancePath + "/model-index/" + i14 + "/results/" + i15 + "/dataset/config", "#/properties/model-index/items/properties/results/items/properties/dataset/properties/config/type", "type", { type: "string" }, "must be string", schema107.properties["model-index"].items.properties.results.items.properties.dataset.properties.config, data58);
                                                    errors++;
                                                }
                                            }
                                            if (data55.split !== undefined) {
                                                let data59 = data55.split;
                                                if (typeof data59 !== "string") {
                                                    vErrors = model_card_addKeywordError(vErrors, instancePath + "/model-index/" + i14 + "/results/" + i15 + "/dataset/split", "#/properties/model-index/items/properties/results/items/properties/dataset/properties/split/type", "type", { type: "string" }, "must be string", schema107.properties["model-index"].items.properties.results.items.properties.dataset.properties.split, data59);
                                                    errors++;
                                                }
                                            }
                                            if (data55.revision !== undefined) {
                                                let data60 = data55.revision;
                                                if (typeof data60 !== "string") {
                                                    vErrors = model_card_addKeywordError(vErrors, instancePath + "/model-index/" + i14 + "/results/" + i15 + "/dataset/revision", "#/properties/model-index/items/properties/results/items/properties/dataset/properties/revision/type", "type", { type: "string" }, "must be string", schema107.properties["model-index"].items.properties.results.items.properties.dataset.properties.revision, data60);
                                                    errors++;
                                                }
                                            }
                                        }
                                        else {
                                            vErrors = model_card_addKeywordError(vErrors, instancePath + "/model-index/" + i14 + "/results/" + i15 + "/dataset", "#/properties/model-index/items/properties/results/items/properties/dataset/type", "type", { type: "object" }, "must be object", schema107.properties["model-index"].items.properties.results.items.properties.dataset, data55);
                                            errors++;
                                        }
                                    }
                                    if (data51.metrics !== undefined) {
                                        let data61 = data51.metrics;
                                        if (Array.isArray(data61)) {
                                            if (data61.length < 1) {
                                                vErrors = model_card_addError(vErrors, instancePath + "/model-index/" + i14 + "/results/" + i15 + "/metrics", "#/properties/model-index/items/properties/results/items/properties/metrics/minItems", "minItems", { limit: 1 }, "must NOT have fewer than 1 items", 1, schema107.properties["model-index"].items.properties.results.items.properties.metrics, data61);
                                                errors++;
                                            }
                                            const len16 = data61.length;
                                            for (let i16 = 0; i16 < len16; i16++) {
                                                let data62 = data61[i16];
                                                if (data62 && typeof data62 == "object" && !Array.isArray(data62)) {
                                                    if (data62.type === undefined) {
                                                        vErrors = model_card_addKeywordError(vErrors, instancePath + "/model-index/" + i14 + "/results/" + i15 + "/metrics/" + i16, "#/properties/model-index/items/properties/results/items/properties/metrics/items/required", "required", { missingProperty: "type" }, "must have required property '" + "type" + "'", schema107.properties["model-index"].items.properties.results.items.properties.metrics.items, data62);
                                                        errors++;
                                                    }
                                                    if (data62.value === undefined) {
                                                        vErrors = model_card_addKeywordError(vErrors, instancePath + "/model-index/" + i14 + "/results/" + i15 + "/metrics/" + i16, "#/properties/model-index/items/properties/results/items/properties/metrics/items/required", "required", { missingProperty: "value" }, "must have required property '" + "value" + "'", schema107.properties["model-index"].items.properties.results.items.properties.metrics.items, data62);
                                                        errors++;
                                                    }
                                                    if (data62.type !== undefined) {
                                                        let data63 = data62.type;
                                                        if (typeof data63 !== "string") {
                                                            vErrors = model_card_addKeywordError(vErrors, instancePath + "/model-index/" + i14 + "/results/" + i15 + "/metrics/" + i16 + "/type", "#/properties/model-index/items/properties/results/items/properties/metrics/items/properties/type/type", "type", { type: "string" }, "must be string", schema107.properties["model-index"].items.properties.results.items.properties.metrics.items.properties.type, data63);
                                                            errors++;
                                                        }
                                                    }
                                                    if (data62.name !== undefined) {
                                                        let data64 = data62.name;
                                                        if (typeof data64 !== "string") {
                                                            vErrors = model_card_addKeywordError(vErrors, instancePath + "/model-index/" + i14 + "/results/" + i15 + "/metrics/" + i16 + "/name", "#/properties/model-index/items/properties/results/items/properties/metrics/items/properties/name/type", "type", { type: "string" }, "must be string", schema107.properties["model-index"].items.properties.results.items.properties.metrics.items.properties.name, data64);
                                                            errors++;
                                                        }
                                                    }
                                                    if (data62.config !== undefined) {
                                                        let data65 = data62.config;
                                                        if (typeof data65 !== "string") {
                                                            vErrors = model_card_addKeywordError(vErrors, instancePath + "/model-index/" + i14 + "/results/" + i15 + "/metrics/" + i16 + "/config", "#/properties/model-index/items/properties/results/items/properties/metrics/items/properties/config/type", "type", { type: "string" }, "must be string", schema107.properties["model-index"].items.properties.results.items.properties.metrics.items.properties.config, data65);
                                                            errors++;
                                                        }
                                                    }
                                                    if (data62.verified !== undefined) {
                                                        let data66 = data62.verified;
                                                        if (typeof data66 !== "boolean") {
                                                            vErrors = model_card_addKeywordError(vErrors, instancePath + "/model-index/" + i14 + "/results/" + i15 + "/metrics/" + i16 + "/verified", "#/properties/model-index/items/properties/results/items/properties/metrics/items/properties/verified/type", "type", { type: "boolean" }, "must be boolean", schema107.properties["model-index"].items.properties.results.items.properties.metrics.items.properties.verified, data66);
                                                            errors++;
                                                        }
                                                    }
                                                    if (data62.verifyToken !== undefined) {
                                                        let data67 = data62.verifyToken;
                                                        if (typeof data67 !== "string") {
                                                            vErrors = model_card_addKeywordError(vErrors, instancePath + "/model-index/" + i14 + "/results/" + i15 + "/metrics/" + i16 + "/verifyToken", "#/properties/model-index/items/properties/results/items/properties/metrics/items/properties/verifyToken/type", "type", { type: "string" }, "must be string", schema107.properties["model-index"].items.properties.results.items.properties.metrics.items.properties.verifyToken, data67);
                                                            errors++;
                                                        }
                                                    }
                                                }
                                                else {
                                                    vErrors = model_card_addKeywordError(vErrors, instancePath + "/model-index/" + i14 + "/results/" + i15 + "/metrics/" + i16, "#/properties/model-index/items/properties/results/items/properties/metrics/items/type", "type", { type: "object" }, "must be object", schema107.properties["model-index"].items.properties.results.items.properties.metrics.items, data62);
                                                    errors++;
                                                }
                                            }
                                        }
                                        else {
                                            vErrors = model_card_addKeywordError(vErrors, instancePath + "/model-index/" + i14 + "/results/" + i15 + "/metrics", "#/properties/model-index/items/properties/results/items/properties/metrics/type", "type", { type: "array" }, "must be array", schema107.properties["model-index"].items.properties.results.items.properties.metrics, data61);
                                            errors++;
                                        }
                                    }
                                    if (data51.source !== undefined) {
                                        let data68 = data51.source;
                                        if (data68 && typeof data68 == "object" && !Array.isArray(data68)) {
                                            if (data68.url === undefined) {
                                                vErrors = model_card_addKeywordError(vErrors, instancePath + "/model-index/" + i14 + "/results/" + i15 + "/source", "#/properties/model-index/items/properties/results/items/properties/source/required", "required", { missingProperty: "url" }, "must have required property '" + "url" + "'", schema107.properties["model-index"].items.properties.results.items.properties.source, data68);
                                                errors++;
                                            }
                                            if (data68.name !== undefined) {
                                                let data69 = data68.name;
                                                if (typeof data69 !== "string") {
                                                    vErrors = model_card_addKeywordError(vErrors, instancePath + "/model-index/" + i14 + "/results/" + i15 + "/source/name", "#/properties/model-index/items/properties/results/items/properties/source/properties/name/type", "type", { type: "string" }, "must be string", schema107.properties["model-index"].items.properties.results.items.properties.source.properties.name, data69);
                                                    errors++;
                                                }
                                            }
                                            if (data68.url !== undefined) {
                                                let data70 = data68.url;
                                                if (typeof data70 !== "string") {
                                                    vErrors = model_card_addKeywordError(vErrors, instancePath + "/model-index/" + i14 + "/results/" + i15 + "/source/url", "#/properties/model-index/items/properties/results/items/properties/source/properties/url/type", "type", { type: "string" }, "must be string", schema107.properties["model-index"].items.properties.results.items.properties.source.properties.url, data70);
                                                    errors++;
                                                }
                                            }
                                        }
                                        else {
                                            vErrors = model_card_addKeywordError(vErrors, instancePath + "/model-index/" + i14 + "/results/" + i15 + "/source", "#/properties/model-index/items/properties/results/items/properties/source/type", "type", { type: "object" }, "must be object", schema107.properties["model-index"].items.properties.results.items.properties.source, data68);
                                            errors++;
                                        }
                                    }
                                }
                                else {
                                    vErrors = model_card_addKeywordError(vErrors, instancePath + "/model-index/" + i14 + "/results/" + i15, "#/properties/model-index/items/properties/results/items/type", "type", { type: "object" }, "must be object", schema107.properties["model-index"].items.properties.results.items, data51);
                                    errors++;
                                }
                            }
                        }
                        else {
                            vErrors = model_card_addKeywordError(vErrors, instancePath + "/model-index/" + i14 + "/results", "#/properties/model-index/items/properties/results/type", "type", { type: "array" }, "must be array", schema107.properties["model-index"].items.properties.results, data50);
                            errors++;
                        }
                    }
                }
                else {
                    vErrors = model_card_addKeywordError(vErrors, instancePath + "/model-index/" + i14, "#/properties/model-index/items/type", "type", { type: "object" }, "must be object", schema107.properties["model-index"].items, data48);
                    errors++;
                }
            }
        }
        else {
            vErrors = model_card_addKeywordError(vErrors, instancePath + "/model-index", "#/properties/model-index/type", "type", { type: "array" }, "must be array", schema107.properties["model-index"], data47);
            errors++;
        }
    }
}
else {
    vErrors = model_card_addKeywordError(vErrors, instancePath, "#/type", "type", { type: "object" }, "must be object", schema107, data);
    errors++;
} validate47.errors = vErrors; return errors === 0; }
validate47.evaluated = { "props": { "name": true, "version": true, "risk": true, "owners": true, "experiment": true, "signature": true, "intended_use": true, "language": true, "license": true, "license_name": true, "license_link": true, "tags": true, "library_name": true, "datasets": true, "metrics": true, "base_model": true, "base_model_relation": true, "pipeline_tag": true, "thumbnail": true, "new_version": true, "inference": true, "widget": true, "co2_eq_emissions": true, "model-index": true }, "dynamicProps": false, "dynamicItems": false };
function model_card_addError(errors, instancePath, schemaPath, keyword, params, message, schema, parentSchema, data) {
    const error = { instancePath, schemaPath, keyword, params, message, schema, parentSchema, data };
    if (errors === null)
        return [error];
    errors.push(error);
    return errors;
}
function model_card_addKeywordError(errors, instancePath, schemaPath, keyword, params, message, parentSchema, data) {
    return model_card_addError(errors, instancePath, schemaPath, keyword, params, message, parentSchema[keyword], parentSchema, data);
}
(0,precompiled/* registerPrecompiled */.sc)(model_card_schema_namespaceObject, model_card_validate);
/** schemas/model-card.schema.json, whose validator is precompiled (importing this module registers it). */
/* harmony default export */ const model_card = (model_card_schema_namespaceObject);

;// CONCATENATED MODULE: ./src/core/cards/schemas.ts
/** The card JSON Schemas, bundled with the code so validation needs no file access. */


const modelCardSchema = model_card;
const dataCardSchema = data_card;

;// CONCATENATED MODULE: ./src/core/cards/validate.ts








/** Keys the Hub renamed: still read by old tooling, ignored by the Hub today. */
const LEGACY_KEYS = { languages: 'language', licenses: 'license', language_bcp47: 'language' };
/** Keys whose per-config mapping form is the 2021 legacy Hub schema. */
const PER_CONFIG_KEYS = ['annotations_creators', 'language_creators', 'multilinguality', 'size_categories', 'source_datasets', 'task_categories', 'task_ids'];
/** Keys the Hub reads that the schema leaves open (Spaces, gating, widgets): never "did you mean". */
const OTHER_HUB_KEYS = new Set(['title', 'emoji', 'sdk', 'sdk_version', 'python_version', 'app_file', 'app_port', 'colorFrom', 'colorTo', 'pinned', 'short_description', 'model_file', 'extra_gated_prompt', 'extra_gated_fields', 'extra_gated_heading', 'extra_gated_button_content', 'extra_gated_description', 'gated']);
const REQUIRED_KEYS = { model: ['name', 'version', 'owners', 'risk'], data: ['name', 'version', 'owners'] };
/** Every finding about one card on its own (no repository access). */
function validateCardDocument(doc, opts = {}) {
    return [...doc.findings, ...metadataFindings(doc), ...sectionFindings(doc, opts)];
}
function metadataFindings(doc) {
    const { file, profile, metadata, source } = doc;
    if (!doc.hasMetadata)
        return [(0,rules/* finding */.gk)('card/no-metadata', profile, file, 'has no YAML front matter, so it carries no metadata', { line: 1 })];
    const schema = doc.kind === 'model' ? modelCardSchema : dataCardSchema;
    const where = (path, at = 'key') => source ? { line: (0,yaml/* locate */.x5)(source, path, { at }).line, column: (0,yaml/* locate */.x5)(source, path, { at }).column } : { line: 1 };
    const { value: cleaned, placeholders } = withoutPlaceholders(metadata);
    const stripped = new Set(placeholders.filter((p) => !p.text).map((p) => (0,path/* formatPath */.j)(p.path)));
    const out = (0,validate/* validateAgainstSchema */.v9)(schema, cleaned, source, { rulePrefix: 'card/metadata', file })
        .filter((f) => !isMissingPlaceholder(f, stripped))
        .map(shortenEnum);
    const first = placeholders[0];
    if (first) {
        const names = placeholders.slice(0, 3).map((p) => (p.text ? `\`${p.name}\`` : `\`{${p.name}}\``)).join(', ');
        out.push((0,rules/* finding */.gk)('card/placeholder', profile, file, `${placeholders.length} template placeholder${placeholders.length === 1 ? '' : 's'} left in the front matter (${names}${placeholders.length > 3 ? ', \u2026' : ''})`, { ...where(first.path, 'value'), hint: 'replace each `{placeholder}` with a real value, or delete the key' }));
    }
    if (profile === 'standard') {
        for (const key of REQUIRED_KEYS[doc.kind]) {
            if (metadata[key] === undefined || metadata[key] === null) {
                out.push((0,rules/* finding */.gk)('card/missing-key', profile, file, `missing \`${key}\`, which the standard profile requires`, { ...where([]), hint: keyHint(key) }));
            }
        }
    }
    const known = Object.keys(schema.properties);
    for (const key of Object.keys(metadata)) {
        if (known.includes(key))
            continue;
        const legacy = LEGACY_KEYS[key];
        const bare = key.replace(/^-+/, '');
        const close = legacy || OTHER_HUB_KEYS.has(key) ? undefined : (0,suggest/* suggest */.Z)(bare, known);
        if (close && (0,suggest/* editDistance */.Y)(bare.toLowerCase(), close) > 2)
            continue;
        if (legacy)
            out.push((0,rules/* finding */.gk)('card/legacy-key', profile, file, `\`${key}\` is a legacy key that the Hub no longer reads`, { ...where([key]), hint: `use \`${legacy}\`` }));
        else if (close)
            out.push((0,rules/* finding */.gk)('card/unknown-key', profile, file, `unknown key \`${key}\``, { ...where([key]), hint: `did you mean \`${close}\`?` }));
    }
    for (const key of PER_CONFIG_KEYS) {
        const v = metadata[key];
        if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
            out.push((0,rules/* finding */.gk)('card/legacy-key', profile, file, `\`${key}\` is a mapping per config (2021 legacy form)`, { ...where([key]), hint: `write \`${key}\` as one list for the whole dataset` }));
        }
    }
    if (metadata.license === 'other' && (!metadata.license_name || !metadata.license_link)) {
        out.push((0,rules/* finding */.gk)('card/license-other', profile, file, '`license: other` without `license_name` and `license_link`', where(['license'], 'value')));
    }
    return out;
}
function keyHint(key) {
    switch (key) {
        case 'name':
            return 'add `name: my-model` (lower case, digits, `.`, `_`, `-`)';
        case 'version':
            return 'add `version: 0.1.0` (semver)';
        case 'owners':
            return 'add `owners: ["@your-team"]`';
        default:
            return 'add `risk: low` (low, medium or high)';
    }
}
function sectionFindings(doc, opts) {
    const { file, profile, sections } = doc;
    const out = [];
    const all = (0,cards_sections/* allSections */.ym)(sections);
    if (doc.format === 'markdown' && !(0,cards_sections/* hasContent */.ov)(sections)) {
        out.push((0,rules/* finding */.gk)('card/empty-body', profile, file, 'has no text below the front matter', { line: sections.line }));
    }
    for (const check of checkSections(sections, requiredSections(doc.kind, profile, doc.metadata.risk, opts.requiredSections))) {
        const { title } = check.requirement;
        const first = check.found[0];
        if (!first) {
            out.push((0,rules/* finding */.gk)('card/missing-section', profile, file, `missing section "${title}"`, {
                line: sections.endLine,
                hint: `add a \`## ${title}\` section${synonymsHint(check.requirement.phrases)}`,
            }));
        }
        else if (!check.filled) {
            out.push((0,rules/* finding */.gk)('card/empty-section', profile, file, `section "${first.title}" (${title}) is empty`, { line: first.line, hint: `write the ${title.toLowerCase()} under the heading` }));
        }
    }
    for (const s of [sections, ...all]) {
        const first = s.placeholders[0];
        if (!first)
            continue;
        const kinds = [...new Set(s.placeholders.map((p) => p.text))].map((t) => `\`${t}\``).join(', ');
        const where = s.depth === 0 ? 'before the first heading' : `in section "${s.title}"`;
        out.push((0,rules/* finding */.gk)('card/placeholder', profile, file, `${s.placeholders.length} template placeholder${s.placeholders.length === 1 ? '' : 's'} left ${where} (${kinds})`, {
            line: first.line,
            hint: 'replace the placeholder with real content, or delete the line',
        }));
    }
    return out;
}
function synonymsHint(phrases) {
    return phrases.length > 1 ? ` (headings containing ${phrases.slice(0, 4).map((p) => `"${p}"`).join(', ')} also count)` : '';
}
const TEXT_PLACEHOLDER = /\b(?:TODO|TBD|FIXME)\b|\[More Information Needed\]/;
/**
 * The Hub's annotated spec writes `key: {placeholder}`, which YAML reads as a one-key mapping with an
 * empty value. Those are reported once as placeholders and removed before schema validation, so a
 * template yields one finding instead of a type error per key.
 */
function withoutPlaceholders(value, path = []) {
    const placeholders = [];
    const walk = (v, at) => {
        if (Array.isArray(v))
            return v.map((x, i) => walk(x, [...at, i])).filter((x) => x !== undefined);
        if (typeof v === 'string' && TEXT_PLACEHOLDER.test(v))
            placeholders.push({ name: v.length > 40 ? `${v.slice(0, 37)}...` : v, path: at, text: true });
        if (v === null || typeof v !== 'object')
            return v;
        const entries = Object.entries(v);
        const only = entries[0];
        if (entries.length === 1 && only && only[1] === null && /^[\w .-]+$/.test(only[0])) {
            placeholders.push({ name: only[0], path: at });
            return undefined;
        }
        const out = {};
        for (const [k, x] of entries) {
            const w = walk(x, [...at, k]);
            if (w !== undefined)
                out[k] = w;
        }
        return out;
    };
    return { value: walk(value, path), placeholders };
}
/** Long enums (80 license ids) make unreadable messages: keep the first few and point at the schema. */
function shortenEnum(f) {
    if (f.message.length <= 240)
        return f;
    const m = /^(.*? must be (?:one of )?)(.*?)( or a list)?(, not .*)$/.exec(f.message);
    if (!m)
        return f;
    const items = (m[2] ?? '').split(', ');
    return { ...f, message: `${m[1]}${items.slice(0, 6).join(', ')}, \u2026 (${items.length - 6} more in the schema)${m[3] ?? ''}${m[4] ?? ''}` };
}
/**
 * A key left as `{placeholder}` was reported as a placeholder; the schema errors it causes ("missing
 * required key", a failed `anyOf` around it) would only repeat that.
 */
function isMissingPlaceholder(f, stripped) {
    if (stripped.size === 0)
        return false;
    const m = /^missing required key `([^`]+)` (?:in `([^`]+)`|at the top level)$/.exec(f.message);
    if (m && m[1]) {
        const parent = m[2] ?? '';
        const key = /^[\w-]+$/.test(m[1]) ? (parent ? `${parent}.${m[1]}` : m[1]) : `${parent}[${JSON.stringify(m[1])}]`;
        return stripped.has(key);
    }
    const at = /^`([^`]+)` must be/.exec(f.message)?.[1];
    return at !== undefined && [...stripped].some((s) => s.startsWith(`${at}.`) || s.startsWith(`${at}[`));
}

// EXTERNAL MODULE: ./src/adapters/registry/card-metadata.ts
var card_metadata = __webpack_require__(158);
;// CONCATENATED MODULE: ./src/adapters/registry/cards.ts
/**
 * Model and data cards read at a git revision (not the work tree), so that registration, promotion and
 * the gate read exactly the committed content. What a card declares comes from its front matter
 * (card-metadata.ts); completing a card parses its Markdown with the cards module (`parseCard`) and
 * validates it, for the callers that judge it: whether a change is explained, whether it is complete.
 */




/** Every configured model and dataset card at `rev` that declares a version, complete (datasets as `data/{name}`). */
async function cardsAt(git, config, rev) {
    return (await (0,card_metadata/* declaredCardsAt */.jQ)(git, config, rev)).map(completeCard);
}
/** A declared card with its body read and validated. */
function completeCard(card) {
    const doc = (0,cards_document.parseCard)(card.text, card.cardPath, card.kind, 'standard');
    return {
        ...card,
        explainsChange: (0,cards_sections/* allSections */.ym)(doc.sections).some((s) => /change/i.test(s.title)),
        missing: validateCardDocument(doc)
            .filter((f) => f.severity === 'error')
            .map((f) => f.message),
    };
}


/***/ }),

/***/ 840:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseCard: () => (/* binding */ parseCard)
});

// EXTERNAL MODULE: ./src/core/yaml/index.ts
var yaml = __webpack_require__(1971);
// EXTERNAL MODULE: ./src/core/cards/frontmatter.ts
var frontmatter = __webpack_require__(9125);
// EXTERNAL MODULE: ./src/core/cards/sections.ts
var cards_sections = __webpack_require__(2855);
;// CONCATENATED MODULE: ./src/core/cards/mct.ts
/**
 * Google Model Card Toolkit JSON (`model_card.json`, schema v0.0.1/v0.0.2 in
 * tensorflow/model-card-toolkit `proto/model_card.proto`) mapped onto our card model: its fields
 * become metadata keys and sections, so the same rules apply to both formats.
 */


/** True when a JSON value has MCT's top-level `model_details` mapping. */
function looksLikeModelCardToolkit(value) {
    return isRecord(value) && isRecord(value.model_details);
}
/** Metadata and sections of an MCT card; section lines point at the JSON fields they came from. */
function fromModelCardToolkit(mct, source) {
    const details = record(mct.model_details);
    const params = record(mct.model_parameters);
    const quant = record(mct.quantitative_analysis);
    const cons = record(mct.considerations);
    const metadata = {};
    const name = mct_text(details.name);
    if (name)
        metadata.name = name.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '');
    const version = mct_text(record(details.version).name);
    if (version)
        metadata.version = version.replace(/^v/, '');
    const owners = list(details.owners).map((o) => mct_text(record(o).contact) || mct_text(record(o).name)).filter(Boolean);
    if (owners.length)
        metadata.owners = owners;
    const licenses = list(details.licenses).map((l) => mct_text(record(l).identifier).toLowerCase()).filter(Boolean);
    if (licenses.length)
        metadata.license = licenses.length === 1 ? licenses[0] : licenses;
    const root = { title: '', key: '', depth: 0, line: 1, endLine: 1, hasOwnContent: false, placeholders: [], children: [] };
    const add = (title, path, values) => {
        const present = values.some(filled);
        if (!present && !hasPath(mct, path))
            return;
        const line = source ? (0,yaml/* locate */.x5)(source, path).line : 1;
        root.children.push({ title, key: (0,cards_sections/* normaliseHeading */.H7)(title), depth: 2, line, endLine: line, hasOwnContent: present, placeholders: [], children: [] });
    };
    add('Model Details', ['model_details', 'overview'], [details.overview]);
    add('Intended Use', ['considerations', 'use_cases'], [cons.use_cases, cons.users]);
    add('Out-of-Scope Use', ['considerations', 'out_of_scope_uses'], [cons.out_of_scope_uses]);
    add('Limitations', ['considerations', 'limitations'], [cons.limitations, cons.tradeoffs]);
    add('Training Data', ['model_parameters', 'data'], [params.data]);
    add('Evaluation', ['quantitative_analysis', 'performance_metrics'], [quant.performance_metrics]);
    add('Ethical Considerations', ['considerations', 'ethical_considerations'], [cons.ethical_considerations]);
    add('Fairness Assessment', ['considerations', 'fairness_assessment'], [cons.fairness_assessment]);
    return { metadata, sections: root };
}
function filled(v) {
    if (typeof v === 'string')
        return v.trim() !== '';
    if (Array.isArray(v))
        return v.some(filled);
    if (isRecord(v))
        return Object.values(v).some(filled);
    return v !== undefined && v !== null;
}
function hasPath(value, path) {
    let node = value;
    for (const k of path) {
        if (!isRecord(node) || !(String(k) in node))
            return false;
        node = node[String(k)];
    }
    return true;
}
function isRecord(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}
function record(v) {
    return isRecord(v) ? v : {};
}
function list(v) {
    return Array.isArray(v) ? v : [];
}
function mct_text(v) {
    return typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '';
}

// EXTERNAL MODULE: ./src/core/cards/rules.ts
var rules = __webpack_require__(4480);
;// CONCATENATED MODULE: ./src/core/cards/document.ts





/** Reads LF-normalised card text; `.json` files are read as Google Model Card Toolkit cards. */
function parseCard(text, file, kind, profile, placeholders = []) {
    if (file.toLowerCase().endsWith('.json'))
        return parseJsonCard(text, file, kind, profile);
    const split = (0,frontmatter/* splitFrontMatter */.v)(text, file);
    const findings = [...split.findings];
    let metadata = {};
    let source;
    if (split.found) {
        const parsed = (0,yaml/* parseYaml */.hN)(split.yaml, file, { lineOffset: split.yamlLine - 1, expect: 'mapping', rulePrefix: 'card/yaml' });
        findings.push(...parsed.findings);
        metadata = parsed.value;
        source = parsed.source;
    }
    const sections = (0,cards_sections/* parseSections */.MJ)(split.body, split.bodyLine, placeholders);
    return { file, kind, profile, format: 'markdown', metadata, source, hasMetadata: split.found, sections, findings };
}
function parseJsonCard(text, file, kind, profile) {
    // JSON is YAML 1.2, so the YAML parser gives the same value plus node positions for exact lines.
    const parsed = (0,yaml/* parseYaml */.hN)(text, file, { expect: 'mapping', rulePrefix: 'card/yaml' });
    const empty = { title: '', key: '', depth: 0, line: 1, endLine: 1, hasOwnContent: false, placeholders: [], children: [] };
    const base = { file, kind, profile, source: parsed.source, findings: parsed.findings };
    if (!looksLikeModelCardToolkit(parsed.value)) {
        const f = (0,rules/* finding */.gk)('card/unreadable', profile, file, 'is JSON but not a Model Card Toolkit card (no `model_details`)', {
            line: 1,
            hint: 'use MODEL_CARD.md with YAML front matter, or a Model Card Toolkit `model_card.json`',
        });
        return { ...base, format: 'model-card-toolkit', metadata: {}, hasMetadata: false, sections: empty, findings: [...parsed.findings, f] };
    }
    const mapped = fromModelCardToolkit(parsed.value, parsed.source);
    return { ...base, format: 'model-card-toolkit', metadata: mapped.metadata, hasMetadata: true, sections: mapped.sections };
}


/***/ }),

/***/ 4480:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gk: () => (/* binding */ finding)
/* harmony export */ });
/* unused harmony exports cardRules, defaultSeverity, applySeverities */
const rules = [
    { id: 'card/binary', summary: 'The card is a binary file.', severity: 'error' },
    { id: 'card/encoding', summary: 'The card is not valid UTF-8.', severity: 'error' },
    { id: 'card/unreadable', summary: 'The card could not be read (missing, a folder, or too large).', severity: 'error' },
    { id: 'card/front-matter-delimiter', summary: 'The first line looks like a front matter delimiter but is not exactly `---`.', severity: 'warning' },
    { id: 'card/front-matter-unclosed', summary: 'Front matter opened with `---` is never closed.', severity: 'warning' },
    { id: 'card/front-matter-not-at-start', summary: 'Front matter is preceded by blank lines.', severity: 'notice' },
    { id: 'card/no-metadata', summary: 'The card has no YAML front matter.', severity: 'warning', hint: 'start the card with a `---` line, YAML metadata, and a closing `---` line' },
    { id: 'card/missing-key', summary: 'A key the standard profile requires (name, version, owners, risk) is missing.', severity: 'error' },
    { id: 'card/legacy-key', summary: 'A legacy Hub key (`languages`, `licenses`, per-config mappings) that newer tools ignore.', severity: 'notice' },
    { id: 'card/unknown-key', summary: 'A key that looks like a misspelt known key (`licence`, `model_index`).', severity: 'warning' },
    { id: 'card/license-other', summary: '`license: other` without `license_name` and `license_link`.', severity: 'warning', hint: 'add `license_name: <id>` and `license_link: LICENSE.md` (Hub convention for custom licenses)' },
    { id: 'card/missing-section', summary: 'A required section is missing.', severity: 'error' },
    { id: 'card/empty-section', summary: 'A required section is present but empty.', severity: 'error' },
    { id: 'card/placeholder', summary: 'A template placeholder is left in (`[More Information Needed]`, `TODO`, `TBD`, `{{ \u2026 }}`, empty table rows).', severity: { standard: 'error', huggingface: 'warning' } },
    { id: 'card/empty-body', summary: 'The card has metadata but no text.', severity: 'warning', hint: 'describe the model or data below the front matter' },
    { id: 'card/duplicate-name', summary: 'Two cards of the same kind declare the same name.', severity: 'error' },
    { id: 'card/released-version-changed', summary: 'The content of an already released version changed.', severity: 'error', hint: 'bump the version' },
    { id: 'card/version-regressed', summary: 'The version is lower than one already released.', severity: 'error', hint: 'versions only go up: use a version above the latest release' },
    { id: 'card/file-path', summary: 'A declared data file path leaves the repository (`..`, absolute, or a symlink).', severity: 'error', hint: 'declare paths relative to the card folder, inside the repository' },
    { id: 'card/file-missing', summary: 'A declared data file does not exist.', severity: 'error', hint: 'commit the file, or fix its `path` (relative to the card folder)' },
    { id: 'card/file-sha256', summary: 'A data file\'s SHA-256 differs from the card.', severity: 'error' },
    { id: 'card/file-bytes', summary: 'A data file\'s size differs from the card.', severity: 'error' },
    { id: 'card/file-rows', summary: 'A data file\'s row count differs from the card.', severity: 'error' },
    { id: 'card/file-undeclared-digest', summary: 'A data file has no `sha256`, so changes cannot be detected.', severity: 'warning' },
    { id: 'card/columns', summary: 'Declared columns differ from the file header.', severity: 'error' },
    { id: 'card/column-type', summary: 'Sampled values do not fit a declared column type.', severity: 'error' },
    { id: 'card/columns-unchecked', summary: 'Columns of a file format read elsewhere (Parquet: `mlops data check`).', severity: 'notice', hint: 'run `mlops data check` with the data card to check Parquet columns' },
    { id: 'card/data-immutable', summary: 'A file listed under a released data version changed.', severity: 'error', hint: 'bump the version' },
    { id: 'card/dataset-unresolved', summary: 'A referenced dataset has no data card in the repository.', severity: { standard: 'warning', huggingface: 'notice' } },
    { id: 'card/dataset-version', summary: 'A referenced dataset version is neither the card\'s version nor a released one.', severity: 'error' },
    { id: 'card/experiment-missing', summary: 'The referenced experiment tag does not exist.', severity: 'error' },
    { id: 'card/experiment-pending', summary: 'An experiment is referenced but no experiments are recorded yet.', severity: 'notice' },
    { id: 'card/metric-mismatch', summary: 'A model-index metric differs from the experiment\'s recorded metric.', severity: 'error' },
    { id: 'card/pr-diff-unavailable', summary: 'The files a pull request changed could not be listed (shallow clone), so every card was checked.', severity: 'notice' },
    { id: 'card/metric-unrecorded', summary: 'A model-index metric is not in the experiment record.', severity: 'warning' },
];
const byId = new Map(rules.map((r) => [r.id, r]));
/** All card rules, for documentation. */
function cardRules() {
    return rules;
}
/** The default severity of a rule under a profile (schema and YAML rules are errors unless listed). */
function defaultSeverity(rule, profile) {
    const r = byId.get(rule);
    if (!r)
        return 'error';
    return typeof r.severity === 'string' ? r.severity : r.severity[profile];
}
/** A finding of a known rule with its default severity and hint, overridable per call. */
function finding(rule, profile, file, message, extra = {}) {
    const r = byId.get(rule);
    const f = { rule, severity: defaultSeverity(rule, profile), message, file, ...extra };
    if (!f.hint && r?.hint)
        f.hint = r.hint;
    return f;
}
/** Applies overrides by exact rule id or by prefix (`card/metadata` covers `card/metadata/enum`). */
function applySeverities(findings, overrides = {}) {
    const keys = Object.keys(overrides).sort((a, b) => b.length - a.length);
    if (keys.length === 0)
        return [...findings];
    const out = [];
    for (const f of findings) {
        const key = keys.find((k) => f.rule === k || f.rule.startsWith(`${k}/`));
        const level = key ? overrides[key] : undefined;
        if (level === 'off')
            continue;
        out.push(level ? { ...f, severity: level } : f);
    }
    return out;
}


/***/ }),

/***/ 2855:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H7: () => (/* binding */ normaliseHeading),
/* harmony export */   MJ: () => (/* binding */ parseSections),
/* harmony export */   ov: () => (/* binding */ hasContent),
/* harmony export */   ym: () => (/* binding */ allSections)
/* harmony export */ });
/* harmony import */ var mdast_util_from_markdown__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3825);
/** A card body as a tree of sections with card line numbers, parsed by a CommonMark parser (micromark). */

/**
 * Only block structure matters here (headings, paragraphs, code, HTML, tables as paragraphs): with
 * the inline constructs off, micromark parses cards about twice as fast, and placeholders inside
 * paragraphs are still found in the raw text (code spans are skipped by hand, see visibleText).
 */
const BLOCKS_ONLY = {
    disable: { null: ['attention', 'autolink', 'characterEscape', 'characterReference', 'codeText', 'hardBreakEscape', 'htmlText', 'labelStartImage', 'labelStartLink', 'labelEnd'] },
};
/** Parses a body into sections; `bodyLine` is the card line the body starts on. */
function parseSections(body, bodyLine = 1, extraPlaceholders = []) {
    // `cards.placeholders` defaults to the built-in words; only strings they do not already catch are added.
    const extra = extraPlaceholders.filter((t) => t.trim() !== '' && !PLACEHOLDERS.some(([re]) => new RegExp(re.source, re.flags.replace('g', '')).test(t)));
    const patterns = extra.length ? [...PLACEHOLDERS, ...extra.map(literal)] : PLACEHOLDERS;
    const root = { title: '', key: '', depth: 0, line: bodyLine, endLine: bodyLine, hasOwnContent: false, placeholders: [], children: [] };
    const tree = (0,mdast_util_from_markdown__WEBPACK_IMPORTED_MODULE_0__/* .fromMarkdown */ .Y)(body, { extensions: [BLOCKS_ONLY] });
    const shift = bodyLine - 1;
    const stack = [root];
    for (const node of tree.children) {
        const start = (node.position?.start.line ?? 1) + shift;
        const end = (node.position?.end.line ?? 1) + shift;
        if (node.type === 'heading') {
            while (stack.length > 1 && (stack[stack.length - 1]?.depth ?? 0) >= node.depth)
                stack.pop();
            const title = toString(node).replace(/\*\*|__|`/g, '').trim();
            const section = { title, key: normaliseHeading(title), depth: node.depth, line: start, endLine: end, hasOwnContent: false, placeholders: [], children: [] };
            stack[stack.length - 1]?.children.push(section);
            stack.push(section);
        }
        else {
            const current = stack[stack.length - 1] ?? root;
            current.placeholders.push(...placeholdersIn(node, shift, patterns));
            if (isContent(node, patterns))
                current.hasOwnContent = true;
        }
        for (const open of stack)
            open.endLine = Math.max(open.endLine, end);
    }
    return root;
}
/** True when a section or any of its subsections has real content. */
function hasContent(section) {
    return section.hasOwnContent || section.children.some(hasContent);
}
/** Every section of the tree in document order (preamble excluded). */
function allSections(root) {
    const out = [];
    const visit = (s) => {
        for (const c of s.children) {
            out.push(c);
            visit(c);
        }
    };
    visit(root);
    return out;
}
/**
 * Lower case, no leading numbering ("1.", "2.3", "A."), `&` read as "and", punctuation, emoji and
 * markup removed, spaces collapsed: "3. Bias, Risks & Limitations \ud83d\udea7" gives "bias risks and limitations".
 */
function normaliseHeading(title) {
    return title
        .toLowerCase()
        .replace(/&/g, ' and ')
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim()
        .replace(/^(?:\d+|[a-z])(?: \d+)* (?=\p{L})/u, '')
        .replace(/\s+/g, ' ');
}
const PLACEHOLDERS = [
    [/\[More Information Needed\]/gi, () => '[More Information Needed]'],
    [/\b(?:TODO|TBD|FIXME)\b/g, (m) => m],
    [/\{\{[^}]*\}\}/g, () => '{{ \u2026 }}'],
];
/** A configured placeholder string (`cards.placeholders`), matched literally. */
function literal(text) {
    return [new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'), () => text];
}
/** Comments, thematic breaks and pure placeholders do not count as content. */
function isContent(node, patterns) {
    if (node.type === 'html')
        return !/^\s*<!--[\s\S]*-->\s*$/.test(node.value);
    if (node.type === 'thematicBreak' || node.type === 'definition')
        return false;
    if (node.type === 'code')
        return node.value.trim() !== '';
    let text = toString(node);
    for (const [re] of patterns)
        text = text.replace(re, '');
    return text.replace(/[|:\-\s*_]/g, '') !== '';
}
function placeholdersIn(node, shift, patterns) {
    if (node.type === 'code' || node.type === 'html')
        return [];
    const out = [];
    const base = (node.position?.start.line ?? 1) + shift;
    visitText(node, shift, (value, line) => {
        const lines = value.split('\n');
        lines.forEach((text, i) => {
            for (const [re, label] of patterns)
                for (const m of text.matchAll(re))
                    out.push({ text: label(m[0]), line: line + i });
            if (node.type === 'paragraph' && /^\s*\|(?:\s*\|)+\s*$/.test(text))
                out.push({ text: 'empty table row', line: line + i });
        });
    });
    // Inline `text` nodes carry their own positions; fall back to the block's first line.
    return out.map((p) => ({ ...p, line: Number.isFinite(p.line) ? p.line : base }));
}
function visitText(node, shift, emit) {
    if (node.type === 'text') {
        emit(visibleText(node.value), (node.position?.start.line ?? Number.NaN) + shift);
        return;
    }
    if (node.type === 'inlineCode' || node.type === 'code')
        return;
    if ('children' in node)
        for (const child of node.children)
            visitText(child, shift, emit);
}
/** Raw paragraph text without code spans (`TODO` in backticks is code, not a placeholder); lines are kept. */
function visibleText(raw) {
    return raw.includes('`') ? raw.replace(/`[^`\n]*`/g, (m) => ' '.repeat(m.length)) : raw;
}
/** The visible text of a node (mdast-util-to-string's semantics, without alt texts). */
function toString(node) {
    if ('value' in node && typeof node.value === 'string' && node.type !== 'html')
        return node.value;
    if ('children' in node)
        return node.children.map((c) => toString(c)).join('');
    return '';
}


/***/ })

};

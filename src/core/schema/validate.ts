/**
 * JSON Schema validation (draft 2020-12, ajv) whose errors become Findings on the exact YAML
 * line, with messages a person can act on ("unknown key `stgaes`, did you mean `stages`?").
 */
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import type { Finding } from '../finding.js';
import { locate, type JsonPath } from '../yaml/locate.js';
import type { YamlSource } from '../yaml/parse.js';
import { describeError } from './messages.js';
import { precompiledValidator } from './precompiled.js';

export interface ValidateOptions {
  /** Rule id prefix: `config` gives `config/unknown-key`, `config/type` … */
  rulePrefix: string;
  /** Repository-relative path named in every finding. */
  file: string;
  /**
   * Validates only the part of the value at this path (a card's `schema:` key …) while paths,
   * messages and lines stay those of the whole document, as if the schema sat under that key in
   * `properties` (so an absent part is not checked).
   */
  at?: JsonPath;
}

const byObject = new WeakMap<object, ValidateFunction>();
/** A file with thousands of errors is one mistake repeated; a hundred findings say it and keep reports readable. */
export const MAX_SCHEMA_FINDINGS = 100;

let runtimeCompiler: ((schema: object) => ValidateFunction) | undefined;

/** Installs the compiler for schemas that are not precompiled (src/core/schema/runtime.ts). */
export function setRuntimeCompiler(compile: (schema: object) => ValidateFunction): void {
  runtimeCompiler = compile;
}

/**
 * The validator of a schema: precompiled at build time for the schemas in schemas/ (see
 * precompiled.ts), else compiled once by the run-time compiler that importing index.ts installs.
 */
export function compileSchema(schema: object): ValidateFunction {
  const cached = byObject.get(schema) ?? precompiledValidator(schema);
  if (cached) return cached;
  if (!runtimeCompiler) {
    const id = (schema as { $id?: unknown }).$id;
    throw new Error(
      `schema ${typeof id === 'string' ? id : '(without $id)'} is not precompiled: import it from ` +
        'src/generated/validators/ (node scripts/generate-validators.mjs), or import src/core/schema/index.js to compile it at run time',
    );
  }
  const validate = runtimeCompiler(schema);
  byObject.set(schema, validate);
  return validate;
}

/** Validates a parsed value against a JSON Schema; every error is a Finding at its YAML location. */
export function validateAgainstSchema(
  schema: object,
  value: unknown,
  source: YamlSource | undefined,
  opts: ValidateOptions,
): Finding[] {
  const validate = compileSchema(schema);
  if (validateAt(validate, value, opts.at)) return [];
  const findings: Finding[] = [];
  const seen = new Set<string>();
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
    const where = source ? locate(source, d.path, { at: d.at }) : {};
    const finding: Finding = {
      rule: `${opts.rulePrefix}/${d.rule}`,
      severity: 'error',
      message: d.message,
      file: opts.file,
      ...where,
    };
    if (d.hint) finding.hint = d.hint;
    const id = `${finding.rule}:${finding.line}:${finding.column}:${finding.message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    findings.push(finding);
  }
  return findings;
}

/** Runs `validate` on the part of `value` at `at`, with ajv's data context so errors point into `value`. */
function validateAt(validate: ValidateFunction, value: unknown, at: JsonPath | undefined): boolean {
  if (!at?.length) return validate(value);
  let parentData: unknown;
  let node: unknown = value;
  for (const key of at) {
    parentData = node;
    node = node !== null && typeof node === 'object' ? (node as Record<string | number, unknown>)[key] : undefined;
  }
  if (node === undefined) return true;
  // RFC 6901: `~` and `/` are escaped in a JSON Pointer segment.
  const instancePath = at.map((k) => `/${String(k).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
  return validate(node, {
    instancePath,
    parentData: parentData as Record<string | number, unknown>,
    parentDataProperty: at[at.length - 1]!,
    rootData: value as Record<string, unknown>,
    dynamicAnchors: {},
  });
}

/**
 * ajv reports every failing branch of `anyOf`/`oneOf` plus the combinator itself. Keep one voice:
 * when exactly one branch has the right type, its errors; otherwise the combinator's error alone.
 * `if` and `propertyNames` errors only wrap the errors that follow them, which say more.
 */
export function relevantErrors(errors: readonly ErrorObject[]): ErrorObject[] {
  const drop = new Set<ErrorObject>();
  for (const e of errors) {
    if (e.keyword === 'if' || e.keyword === 'propertyNames') drop.add(e);
    if (e.keyword !== 'anyOf' && e.keyword !== 'oneOf') continue;
    const inside = errors.filter((x) => x !== e && x.schemaPath.startsWith(`${e.schemaPath}/`));
    const branches = groupByBranch(inside, e.schemaPath);
    const typed = [...branches.values()].filter(
      (list) => !list.some((x) => isTypeMismatchAt(x, e.instancePath)),
    );
    if (typed.length === 1) {
      drop.add(e);
      for (const x of inside) if (!typed[0]!.includes(x)) drop.add(x);
    } else {
      for (const x of inside) drop.add(x);
    }
  }
  return errors.filter((e) => !drop.has(e));
}

function groupByBranch(errors: readonly ErrorObject[], base: string): Map<string, ErrorObject[]> {
  const map = new Map<string, ErrorObject[]>();
  for (const e of errors) {
    const branch = e.schemaPath.slice(base.length + 1).split('/', 1)[0] ?? '';
    map.set(branch, [...(map.get(branch) ?? []), e]);
  }
  return map;
}

function isTypeMismatchAt(e: ErrorObject, instancePath: string): boolean {
  return (
    e.instancePath === instancePath && (e.keyword === 'type' || e.keyword === 'const' || e.keyword === 'enum')
  );
}

/**
 * JSON Schema validation (draft 2020-12, ajv) whose errors become Findings on the exact YAML
 * line, with messages a person can act on ("unknown key `stgaes`, did you mean `stages`?").
 */
import { createRequire } from 'node:module';
import type { Ajv2020, ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import type { Finding } from '../finding.js';
import { locate } from '../yaml/locate.js';
import type { YamlSource } from '../yaml/parse.js';
import { describeError } from './messages.js';
import { precompiledSchemas, precompiledValidator } from './precompiled.js';

export interface ValidateOptions {
  /** Rule id prefix: `config` gives `config/unknown-key`, `config/type` … */
  rulePrefix: string;
  /** Repository-relative path named in every finding. */
  file: string;
}

const byObject = new WeakMap<object, ValidateFunction>();
/** A file with thousands of errors is one mistake repeated; a hundred findings say it and keep reports readable. */
export const MAX_SCHEMA_FINDINGS = 100;

/**
 * The validator of a schema: precompiled at build time for the schemas in schemas/ (see
 * precompiled.ts), else compiled once per schema `$id` (or per schema object when it has none).
 */
export function compileSchema(schema: object): ValidateFunction {
  const cached = byObject.get(schema) ?? precompiledValidator(schema);
  if (cached) return cached;
  const ajv = runtimeAjv();
  // A precompiled schema is unknown to this ajv until now; the new one may `$ref` it.
  for (const known of precompiledSchemas()) {
    const knownId = (known as { $id: string }).$id;
    if (!ajv.getSchema(knownId)) ajv.addSchema(known);
  }
  const id = (schema as { $id?: unknown }).$id;
  const validate = (typeof id === 'string' && ajv.getSchema(id)) || ajv.compile(schema);
  byObject.set(schema, validate);
  return validate;
}

let ajvInstance: Ajv2020 | undefined;

/**
 * ajv's compiler, loaded on first use: loading and setting it up costs ~100 ms, which an action
 * validating only precompiled schemas never pays. The options are those of
 * scripts/generate-validators.mjs (keep them equal: the findings must not depend on the path).
 */
function runtimeAjv(): Ajv2020 {
  if (ajvInstance) return ajvInstance;
  const { Ajv2020 } = load<typeof import('ajv/dist/2020.js')>('ajv/dist/2020.js');
  const formats = load<typeof import('ajv-formats')>('ajv-formats');
  // verbose: errors carry their parentSchema, which lists the allowed keys for "did you mean".
  ajvInstance = new Ajv2020({ allErrors: true, strict: true, verbose: true, allowUnionTypes: true });
  formats.default(ajvInstance);
  return ajvInstance;
}

/**
 * A synchronous lazy import (validation is synchronous). In a bundle, ncc (webpack) turns the plain
 * `require` into its own module loader, so the module stays inside dist/ yet runs only when called;
 * under Node's native ESM (tests, tsc output) there is no `require`, so createRequire does it.
 */
function load<T>(id: 'ajv/dist/2020.js' | 'ajv-formats'): T {
  if (typeof require === 'function') {
    // Two literal calls: webpack bundles only the modules it can name statically.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return (id === 'ajv-formats' ? require('ajv-formats') : require('ajv/dist/2020.js')) as T;
  }
  return createRequire(import.meta.url)(id) as T;
}

/** Validates a parsed value against a JSON Schema; every error is a Finding at its YAML location. */
export function validateAgainstSchema(
  schema: object,
  value: unknown,
  source: YamlSource | undefined,
  opts: ValidateOptions,
): Finding[] {
  const validate = compileSchema(schema);
  if (validate(value)) return [];
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

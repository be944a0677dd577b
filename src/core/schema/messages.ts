/** Turns one ajv error into a sentence that names the key, what was expected and what was found. */
import type { ErrorObject } from 'ajv/dist/2020.js';
import type { JsonPath } from '../yaml/locate.js';
import { suggest } from './suggest.js';
import { formatPath, pointerToPath } from './path.js';

export interface DescribedError {
  /** Rule name without prefix: `unknown-key`, `required`, `type`, `enum`, `range`, `format`, `size`, `invalid`. */
  rule: string;
  message: string;
  hint?: string;
  /** Where the finding points: the offending key or value, or the mapping missing a key. */
  path: JsonPath;
  at: 'auto' | 'key' | 'value';
}

const typeNames: Record<string, string> = {
  object: 'a mapping',
  array: 'a list',
  string: 'a string',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  null: 'empty',
};

/** Describes an ajv error against the validated value (needed to tell list indexes from keys). */
export function describeError(e: ErrorObject, root: unknown): DescribedError {
  const path = pointerToPath(e.instancePath, root);
  const name = formatPath(path);
  const subject = path.length ? `\`${name}\`` : 'the document';
  const got = valueAt(root, path);
  const p = e.params as Record<string, unknown>;
  if (e.propertyName !== undefined) return badKey(e, path);
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
      const allowed = (e.keyword === 'enum' ? (p.allowedValues as unknown[]) : [p.allowedValue]) ?? [];
      const close = typeof got === 'string' ? suggest(got, allowed.map(String)) : undefined;
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
function badKey(e: ErrorObject, parent: JsonPath): DescribedError {
  const key = String(e.propertyName);
  const where = parent.length ? `under \`${formatPath(parent)}\`` : 'at the top level';
  const expected =
    e.keyword === 'pattern'
      ? `must match \`${String((e.params as { pattern?: unknown }).pattern)}\``
      : (e.message ?? 'is not allowed');
  return {
    rule: 'format',
    message: `key \`${key}\` ${where} ${expected}`,
    hint: description(e.parentSchema),
    path: [...parent, key],
    at: 'key',
  };
}

function unknownKey(key: string, parent: JsonPath, parentSchema: unknown): DescribedError {
  const allowed = Object.keys(propertiesOf(parentSchema));
  const close = suggest(key, allowed);
  const where = parent.length ? `under \`${formatPath(parent)}\`` : 'at the top level';
  let hint = close ? `did you mean \`${close}\`?` : undefined;
  if (!hint && allowed.length) hint = `allowed keys: ${allowed.map((k) => `\`${k}\``).join(', ')}`;
  return {
    rule: 'unknown-key',
    message: `unknown key \`${key}\` ${where}`,
    hint,
    path: [...parent, key],
    at: 'key',
  };
}

function valueAt(root: unknown, path: JsonPath): unknown {
  let node = root;
  for (const segment of path) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, segment)) return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}

function propertiesOf(schema: unknown): Record<string, unknown> {
  const props =
    schema !== null && typeof schema === 'object'
      ? (schema as { properties?: unknown }).properties
      : undefined;
  return props !== null && typeof props === 'object' ? (props as Record<string, unknown>) : {};
}

function propertySchema(schema: unknown, key: string): unknown {
  return propertiesOf(schema)[key];
}

function description(schema: unknown): string | undefined {
  const d =
    schema !== null && typeof schema === 'object'
      ? (schema as { description?: unknown }).description
      : undefined;
  return typeof d === 'string' ? d : undefined;
}

function typeList(types: string[]): string {
  const names = types.map((t) => typeNames[t] ?? t);
  return names.length <= 1 ? (names[0] ?? 'valid') : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
}

/** Names the alternatives of an anyOf/oneOf by their types or constants. */
function branchList(branches: unknown): string {
  if (!Array.isArray(branches)) return 'valid';
  const names = new Set<string>();
  for (const b of branches as Array<Record<string, unknown>>) {
    if ('const' in b) names.add(show(b.const));
    else if (Array.isArray(b.enum)) for (const v of b.enum) names.add(show(v));
    else if (typeof b.type === 'string') names.add(typeNames[b.type] ?? b.type);
    else if (Array.isArray(b.type)) for (const t of b.type) names.add(typeNames[String(t)] ?? String(t));
  }
  return names.size ? typeList([...names]) : 'one of the allowed forms';
}

function describeValue(v: unknown): string {
  if (v === null || v === undefined) return 'empty';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  return `${typeNames[typeof v] ?? typeof v} (${show(v)})`;
}

function show(v: unknown): string {
  if (v === null || v === undefined) return 'empty';
  if (typeof v === 'object') return Array.isArray(v) ? 'a list' : 'a mapping';
  const text = typeof v === 'string' ? v : JSON.stringify(v);
  return `\`${text.length > 60 ? `${text.slice(0, 57)}...` : text}\``;
}

function sizeText(keyword: string, limit: number): string {
  const unit = keyword.endsWith('Items') ? 'item' : keyword.endsWith('Length') ? 'character' : 'key';
  const plural = limit === 1 ? unit : `${unit}s`;
  return keyword.startsWith('min')
    ? `must have at least ${limit} ${plural}`
    : `must have at most ${limit} ${plural}`;
}

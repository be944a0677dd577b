/**
 * Keeps what is valid: removes every part of a value that breaks the schema, so a config with
 * one typo still runs with defaults in that place (the findings have already said what was wrong).
 */
import type { ErrorObject } from 'ajv/dist/2020.js';
import type { JsonPath } from '../yaml/locate.js';
import { pointerToPath } from './path.js';
import { compileSchema, relevantErrors } from './validate.js';

const MAX_ROUNDS = 8;

/** A deep copy of `value` without its invalid parts; `undefined` when even the root is invalid. */
export function pruneInvalid(schema: object, value: unknown): unknown {
  const validate = compileSchema(schema);
  let current: unknown = structuredClone(value);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    if (validate(current)) return current;
    const paths = relevantErrors(validate.errors ?? []).flatMap((e) => culprits(e, current));
    if (paths.some((p) => p.length === 0)) return undefined;
    current = removeAll(current, paths);
  }
  return validate(current) ? current : undefined;
}

/** The paths to remove for one error: the bad value, the unknown key, or the object missing a key. */
function culprits(e: ErrorObject, root: unknown): JsonPath[] {
  const path = pointerToPath(e.instancePath, root);
  if (e.propertyName !== undefined) return [[...path, e.propertyName]];
  const p = e.params as Record<string, unknown>;
  if (e.keyword === 'additionalProperties') return [[...path, String(p.additionalProperty)]];
  if (e.keyword === 'unevaluatedProperties') return [[...path, String(p.unevaluatedProperty)]];
  if (e.keyword === 'uniqueItems') return [[...path, Number(p.i)]];
  return [path];
}

const REMOVED = Symbol('removed');

function removeAll(root: unknown, paths: JsonPath[]): unknown {
  for (const path of paths) mark(root, path);
  return sweep(root);
}

function mark(root: unknown, path: JsonPath): void {
  let node = root;
  for (let i = 0; i < path.length - 1; i++) {
    if (node === null || typeof node !== 'object') return;
    node = (node as Record<string | number, unknown>)[path[i]!];
  }
  if (node !== null && typeof node === 'object' && Object.hasOwn(node, path.at(-1)!)) {
    (node as Record<string | number, unknown>)[path.at(-1)!] = REMOVED;
  }
}

function sweep(node: unknown): unknown {
  if (Array.isArray(node)) return node.filter((x) => x !== REMOVED).map(sweep);
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) if (v !== REMOVED && k !== '__proto__') out[k] = sweep(v);
  return out;
}

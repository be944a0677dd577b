/**
 * GitHub's published OpenAPI description (@octokit/openapi, api.github.com.json only), reduced to the
 * operations the emulator serves plus the components they reference, and cached in the git-ignored
 * `.cache/` folder keyed by the package version so later runs skip the 13 MB parse. GitHub's text
 * is never committed: the cache is rebuilt from node_modules.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

type Json = Record<string, unknown>;

/** One documented parameter of an operation (path or query), schema already converted to JSON Schema. */
export interface ParamSpec {
  name: string;
  in: 'path' | 'query';
  required: boolean;
  schema: Json;
}

/** What the emulator keeps of one operation. */
export interface OperationSpec {
  operationId: string;
  method: string;
  template: string;
  params: ParamSpec[];
  /** JSON request body schema, when the body is JSON. */
  body?: Json;
  bodyRequired: boolean;
  /** Documented statuses; the schema of the JSON body when there is one. */
  responses: Record<string, { schema?: Json }>;
}

/** The cached extract. */
export interface ApiExtract {
  version: string;
  /** Every documented method + path template (so an undocumented path is told from an unimplemented one). */
  index: [method: string, template: string, operationId: string][];
  operations: Record<string, OperationSpec>;
  /** `components.schemas` entries reachable from the operations, keyed by name. */
  schemas: Record<string, Json>;
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const packageDir = path.join(repoRoot, 'node_modules/@octokit/openapi');
const ANNOTATIONS = new Set(['description', 'example', 'examples', 'summary', 'externalDocs', 'title']);

/** The extract for these operation ids, from the cache or built (and cached) from the package. */
export function loadApi(operationIds: readonly string[]): ApiExtract {
  const version = (
    JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as { version: string }
  ).version;
  const key = createHash('sha256')
    .update([...operationIds].sort().join(','))
    .digest('hex')
    .slice(0, 12);
  const cacheFile = path.join(repoRoot, '.cache', 'github-openapi', `${version}-${key}.json`);
  if (existsSync(cacheFile)) return JSON.parse(readFileSync(cacheFile, 'utf8')) as ApiExtract;
  const spec = JSON.parse(
    readFileSync(path.join(packageDir, 'generated/api.github.com.json'), 'utf8'),
  ) as Json;
  const extract = buildExtract(spec, new Set(operationIds), version);
  mkdirSync(path.dirname(cacheFile), { recursive: true });
  // Write then rename: parallel test workers never read a half-written cache.
  const temp = `${cacheFile}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify(extract));
  renameSync(temp, cacheFile);
  return extract;
}

function buildExtract(spec: Json, wanted: Set<string>, version: string): ApiExtract {
  const components = spec.components as Record<string, Record<string, Json>>;
  const deref = (node: Json): Json => {
    const ref = node.$ref;
    if (typeof ref !== 'string') return node;
    const [, , kind, name] = ref.split('/');
    return deref(components[kind as string]?.[name as string] ?? {});
  };
  const index: ApiExtract['index'] = [];
  const operations: Record<string, OperationSpec> = {};
  for (const [template, item] of Object.entries(spec.paths as Record<string, Record<string, Json>>)) {
    for (const [method, op] of Object.entries(item)) {
      if (typeof op.operationId !== 'string') continue;
      index.push([method.toUpperCase(), template, op.operationId]);
      if (wanted.has(op.operationId)) operations[op.operationId] = operation(op, method, template, deref);
    }
  }
  const missing = [...wanted].filter((id) => !operations[id]);
  if (missing.length)
    throw new Error(`operations not in GitHub's OpenAPI description: ${missing.join(', ')}`);
  return { version, index, operations, schemas: reachableSchemas(operations, components.schemas ?? {}) };
}

function operation(op: Json, method: string, template: string, deref: (n: Json) => Json): OperationSpec {
  const params = ((op.parameters as Json[] | undefined) ?? [])
    .map(deref)
    .filter((p) => p.in === 'path' || p.in === 'query');
  const body = op.requestBody ? deref(op.requestBody as Json) : undefined;
  const bodyJson = (body?.content as Record<string, Json> | undefined)?.['application/json']?.schema as
    Json | undefined;
  const responses: OperationSpec['responses'] = {};
  for (const [code, raw] of Object.entries(op.responses as Record<string, Json>)) {
    const content = deref(raw).content as Record<string, Json> | undefined;
    const jsonType = Object.keys(content ?? {}).find((type) => type.includes('json'));
    const schema = jsonType ? (content?.[jsonType]?.schema as Json | undefined) : undefined;
    responses[code] = schema ? { schema: toJsonSchema(schema) } : {};
  }
  return {
    operationId: op.operationId as string,
    method: method.toUpperCase(),
    template,
    params: params.map((p) => ({
      name: p.name as string,
      in: p.in as 'path' | 'query',
      required: p.required === true,
      schema: toJsonSchema((p.schema as Json | undefined) ?? {}),
    })),
    body: bodyJson ? toJsonSchema(bodyJson) : undefined,
    bodyRequired: body?.required === true,
    responses,
  };
}

function reachableSchemas(
  operations: Record<string, OperationSpec>,
  all: Record<string, Json>,
): Record<string, Json> {
  const out: Record<string, Json> = {};
  const queue: string[] = [];
  const collect = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(collect);
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') queue.push(value.split('/').pop() as string);
      else collect(value);
    }
  };
  collect(operations);
  while (queue.length) {
    const name = queue.pop() as string;
    if (out[name] || !all[name]) continue;
    out[name] = toJsonSchema(all[name]);
    collect(out[name]);
  }
  return out;
}

/**
 * OpenAPI 3.0 schema -> plain JSON Schema: `nullable` becomes a `null` type (or an `anyOf` with null
 * when there is no `type`, and `null` joins an `enum`), `$ref`s point into the `gh` schema that
 * holds the components, and annotations are dropped (smaller cache; not GitHub's prose).
 */
export function toJsonSchema(node: Json, propertyMap = false): Json {
  const out: Json = {};
  for (const [key, value] of Object.entries(node)) {
    if (!propertyMap && (ANNOTATIONS.has(key) || key.startsWith('x-'))) continue;
    if (!propertyMap && key === 'nullable') continue;
    if (!propertyMap && key === '$ref' && typeof value === 'string')
      out.$ref = `gh#/definitions/${value.split('/').pop()}`;
    else
      out[key] = convertChild(value, !propertyMap && (key === 'properties' || key === 'patternProperties'));
  }
  if (propertyMap || node.nullable !== true) return out;
  if (typeof out.type === 'string') {
    out.type = [out.type, 'null'];
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    return out;
  }
  return { anyOf: [out, { type: 'null' }] };
}

function convertChild(value: unknown, propertyMap: boolean): unknown {
  if (Array.isArray(value)) return value.map((v) => convertChild(v, false));
  if (value && typeof value === 'object') return toJsonSchema(value as Json, propertyMap);
  return value;
}

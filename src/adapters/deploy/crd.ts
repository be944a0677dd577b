/**
 * Validates generated manifests against a CustomResourceDefinition's `openAPIV3Schema` (e.g. KServe's
 * InferenceService CRD, configured as `deploy.<stage>.target.crd`), the way the API server would
 * before Argo CD or Flux apply them.
 */
import { readFile } from 'node:fs/promises';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { parse } from '../../core/yaml/library.js';
import { UserError } from '../../core/errors.js';
import { insideRoot } from '../fs/inside.js';

export interface CrdValidator {
  group: string;
  kind: string;
  versions: string[];
  /** Problems with one object, as `path: message` lines; empty when valid. */
  validate(object: Record<string, unknown>): string[];
}

interface CrdVersion {
  name: string;
  schema?: { openAPIV3Schema?: object };
}

/**
 * Loads a CRD file (YAML) and compiles one validator per served version. With `root`, `file` is
 * repository-relative (the config's `target.crd`) and refused unread when it leaves the repository.
 */
export async function loadCrdValidator(given: string, root?: string): Promise<CrdValidator> {
  const file = root === undefined ? given : insideRoot(root, given, '.github/mlops.yml');
  let crd: { spec?: { group?: string; names?: { kind?: string }; versions?: CrdVersion[] } };
  try {
    crd = parse(await readFile(file, 'utf8'), { maxAliasCount: 100 }) as typeof crd;
  } catch (error) {
    throw new UserError(`cannot read the CRD: ${(error as Error).message}`, { file });
  }
  const group = crd?.spec?.group;
  const kind = crd?.spec?.names?.kind;
  const versions = crd?.spec?.versions ?? [];
  if (!group || !kind || versions.length === 0) throw new UserError('not a CustomResourceDefinition (spec.group, spec.names.kind, spec.versions)', { file });
  // Kubernetes structural schemas are OpenAPI v3 subsets: draft-07 rules plus x-kubernetes-* annotations.
  // Loaded here, not at the top: only a KServe target needs ajv, and parsing it slows every deploy start.
  const { Ajv } = await import('ajv');
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
  for (const k of ['x-kubernetes-preserve-unknown-fields', 'x-kubernetes-int-or-string', 'x-kubernetes-list-type', 'x-kubernetes-list-map-keys', 'x-kubernetes-map-type', 'x-kubernetes-embedded-resource', 'x-kubernetes-validations']) {
    ajv.addKeyword(k);
  }
  const compiled = new Map<string, ValidateFunction>();
  for (const v of versions) if (v.schema?.openAPIV3Schema) compiled.set(v.name, ajv.compile(structural(v.schema.openAPIV3Schema)));
  return {
    group,
    kind,
    versions: [...compiled.keys()],
    validate(object) {
      const [g, version] = String(object.apiVersion ?? '').split('/');
      if (g !== group || object.kind !== kind) return [`apiVersion/kind: expected ${group}/<version> ${kind}, got ${String(object.apiVersion)} ${String(object.kind)}`];
      const fn = compiled.get(version ?? '');
      if (!fn) return [`apiVersion: ${group} does not serve version '${version}' (served: ${[...compiled.keys()].join(', ')})`];
      if (fn(object)) return [];
      return (fn.errors ?? []).map(describe);
    },
  };
}

function describe(e: ErrorObject): string {
  const where = e.instancePath || '/';
  if (e.keyword === 'additionalProperties') return `${where}: unknown field '${String(e.params.additionalProperty)}'`;
  return `${where}: ${e.message ?? e.keyword}`;
}

/**
 * Rewrites a structural schema for ajv: `x-kubernetes-int-or-string` becomes integer-or-string, and
 * objects with declared properties reject unknown fields, as `kubectl apply --validate=strict` does
 * (the API server would otherwise prune them silently, and a typo would deploy as a no-op).
 */
function structural(schema: object): object {
  return JSON.parse(JSON.stringify(schema), (_key, value: unknown) => {
    if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
    const node = value as Record<string, unknown>;
    if (node['x-kubernetes-int-or-string'] === true) {
      const { type: _type, ...rest } = node;
      return { ...rest, anyOf: [{ type: 'integer' }, { type: 'string' }] };
    }
    const open = node['x-kubernetes-preserve-unknown-fields'] === true || 'additionalProperties' in node;
    if (node.type === 'object' && node.properties && !open) return { ...node, additionalProperties: false };
    return value;
  }) as object;
}

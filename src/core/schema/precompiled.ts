/**
 * Validators precompiled at build time (src/generated/validators, written by
 * scripts/generate-validators.mjs with ajv's standalone code): importing a generated module
 * registers its validator here, so validating against that schema compiles nothing at run time.
 */
import type { ValidateFunction } from 'ajv/dist/2020.js';

const bySchema = new WeakMap<object, ValidateFunction>();
const byId = new Map<string, { schema: object; validate: ValidateFunction }>();

/** Registers the precompiled validator of `schema` (called by the generated modules). */
export function registerPrecompiled(schema: object, validate: ValidateFunction): void {
  bySchema.set(schema, validate);
  const id = (schema as { $id?: unknown }).$id;
  if (typeof id === 'string' && !byId.has(id)) byId.set(id, { schema, validate });
}

/** The precompiled validator of this schema object, or of the schema with its `$id`. */
export function precompiledValidator(schema: object): ValidateFunction | undefined {
  const id = (schema as { $id?: unknown }).$id;
  return bySchema.get(schema) ?? (typeof id === 'string' ? byId.get(id)?.validate : undefined);
}

/** Every registered schema with an `$id`: a runtime-compiled schema may `$ref` them. */
export function precompiledSchemas(): object[] {
  return [...byId.values()].map((e) => e.schema);
}

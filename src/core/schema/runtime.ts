/**
 * Compiling a JSON Schema at run time with ajv, for schemas that are not precompiled (tests, a
 * user's schema). Importing this module (src/core/schema/index.ts does) installs the compiler; code
 * that validates only against schemas/ imports validate.ts alone, so its bundle carries no ajv
 * (~165 KB parsed at every start) — see docs/architecture.md "Generated code".
 */
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import formats from 'ajv-formats';
import { precompiledSchemas } from './precompiled.js';
import { setRuntimeCompiler } from './validate.js';

let ajv: Ajv2020 | undefined;

/** Compiles once per schema `$id` (or per schema object when it has none). */
export function compileAtRunTime(schema: object): ValidateFunction {
  // Same options as scripts/generate-validators.mjs: findings must not depend on the path taken.
  // verbose: errors carry their parentSchema, which lists the allowed keys for "did you mean".
  if (!ajv) {
    ajv = new Ajv2020({ allErrors: true, strict: true, verbose: true, allowUnionTypes: true });
    formats.default(ajv);
  }
  // A precompiled schema is unknown to this ajv until now; the new one may `$ref` it.
  for (const known of precompiledSchemas()) {
    const knownId = (known as { $id: string }).$id;
    if (!ajv.getSchema(knownId)) ajv.addSchema(known);
  }
  const id = (schema as { $id?: unknown }).$id;
  return (typeof id === 'string' && ajv.getSchema(id)) || ajv.compile(schema);
}

setRuntimeCompiler(compileAtRunTime);

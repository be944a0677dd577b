import { describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Ajv2020 as Ajv2020Class, ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import contractSchema from '../../../src/generated/validators/data-contract.js';
import configSchema from '../../../src/generated/validators/mlops-config.js';
import { compileSchema, validateAgainstSchema } from '../../../src/core/schema/index.js';
import { precompiledValidator } from '../../../src/core/schema/precompiled.js';
import { parseYaml } from '../../../src/core/yaml/index.js';
import { repoRoot } from '../../harness/runner.js';

interface Generator {
  staleValidators(base?: string): Promise<string[]>;
  generateValidators(base?: string): Promise<Record<string, string>>;
}

const generator = (await import(
  pathToFileURL(path.join(repoRoot, 'scripts/generate-validators.mjs')).href
)) as Generator;

const require = createRequire(import.meta.url);
const { Ajv2020 } = require('ajv/dist/2020.js') as { Ajv2020: typeof Ajv2020Class };
const formats = require('ajv-formats') as { default: (ajv: Ajv2020Class) => void };

const schemaFiles = readdirSync(path.join(repoRoot, 'schemas')).filter((f) => f.endsWith('.schema.json'));

/** What ajv compiling the schema at run time reports (the options of src/core/schema/validate.ts). */
function runtimeValidator(schema: object): ValidateFunction {
  const ajv = new Ajv2020({ allErrors: true, strict: true, verbose: true, allowUnionTypes: true });
  formats.default(ajv);
  return ajv.compile(schema);
}

/** Documents that break a schema in many ways: wrong root types, unknown keys, each property mistyped. */
function badDocuments(schema: { properties?: Record<string, { type?: unknown }> }): unknown[] {
  const docs: unknown[] = [null, [], 'text', {}, { zzzUnknownKey: 1 }];
  const mistyped: Record<string, unknown> = {};
  for (const [key, prop] of Object.entries(schema.properties ?? {})) {
    const wrong = prop.type === 'string' ? 42 : prop.type === 'object' ? ['x'] : { nested: 'x' };
    mistyped[key] = wrong;
    docs.push({ [key]: wrong });
  }
  docs.push(mistyped);
  return docs;
}

/** Errors with their schema fragments compared by value (the generated code shares the schema's objects). */
function plain(errors: ErrorObject[] | null | undefined): unknown {
  return JSON.parse(JSON.stringify(errors ?? null));
}

describe('precompiled schema validators', () => {
  test('match schemas/ (run node scripts/generate-validators.mjs after editing a schema)', async () => {
    expect(await generator.staleValidators(repoRoot)).toEqual([]);
  });

  test('exist for every schema in schemas/', async () => {
    const generated = Object.keys(await generator.generateValidators(repoRoot));

    expect(generated.map((f) => path.basename(f, '.ts')).sort()).toEqual(
      schemaFiles.map((f) => f.replace('.schema.json', '')).sort(),
    );
  });

  test.each(schemaFiles)('report exactly the errors ajv reports at run time for %s', async (file) => {
    const name = file.replace('.schema.json', '');
    const { default: schema } = (await import(`../../../src/generated/validators/${name}.js`)) as {
      default: object;
    };
    const fresh = JSON.parse(readFileSync(path.join(repoRoot, 'schemas', file), 'utf8')) as object;
    const precompiled = precompiledValidator(schema)!;
    const runtime = runtimeValidator(fresh);

    for (const doc of badDocuments(fresh)) {
      const valid = precompiled(doc);
      expect(valid).toBe(runtime(doc));
      expect(plain(precompiled.errors)).toEqual(plain(runtime.errors));
    }
  });

  test('are what validating against a schema of schemas/ uses', () => {
    expect(compileSchema(configSchema)).toBe(precompiledValidator(configSchema));
  });

  test('are found by $id for a copy of the schema', () => {
    const copy = structuredClone(configSchema);

    expect(compileSchema(copy)).toBe(precompiledValidator(configSchema));
  });

  test('can be referenced by a schema compiled at run time', () => {
    const wrapper = { type: 'object', properties: { schema: { $ref: contractSchema.$id } } };
    const text = 'schema:\n  columns:\n    - name: id\n      type: 42\n';
    const { value, source } = parseYaml(text, 'DATA_CARD.md', { expect: 'mapping' });

    const findings = validateAgainstSchema(wrapper, value, source, { rulePrefix: 'contract', file: 'DATA_CARD.md' });

    expect(findings).toEqual([
      expect.objectContaining({
        rule: 'contract/enum',
        message: expect.stringContaining('`schema.columns[0].type` must be one of'),
        file: 'DATA_CARD.md',
        line: 4,
      }),
    ]);
  });

  test('give the same findings on a broken config as a runtime-compiled copy', () => {
    const text = 'stgaes: [dev]\npolicies:\n  approvals: -1\n';
    const { value, source } = parseYaml(text, '.github/mlops.yml', { expect: 'mapping' });
    const copy = { ...structuredClone(configSchema), $id: 'https://example.test/config-copy.json' };
    const opts = { rulePrefix: 'config', file: '.github/mlops.yml' };

    const precompiled = validateAgainstSchema(configSchema, value, source, opts);

    expect(precompiled.length).toBeGreaterThan(0);
    expect(precompiled).toEqual(validateAgainstSchema(copy, value, source, opts));
  });
});

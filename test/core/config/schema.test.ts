import { describe, expect, test } from '@jest/globals';
import { configSchema, defaultConfig } from '../../../src/core/config/index.js';
import { validateAgainstSchema } from '../../../src/core/schema/index.js';

type SchemaNode = Record<string, unknown>;

/** Every sub-schema with the JSON path of config keys it describes (`*` for map values). */
function walk(node: unknown, path: string[], visit: (node: SchemaNode, path: string[]) => void): void {
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return;
  const schema = node as SchemaNode;
  visit(schema, path);
  for (const [key, child] of Object.entries((schema.properties as SchemaNode | undefined) ?? {}))
    walk(child, [...path, key], visit);
  if (typeof schema.additionalProperties === 'object')
    walk(schema.additionalProperties, [...path, '*'], visit);
  if (schema.items) walk(schema.items, [...path, '[]'], visit);
  for (const [name, def] of Object.entries((schema.$defs as SchemaNode | undefined) ?? {}))
    walk(def, ['$defs', name], visit);
}

function valueAt(root: unknown, path: string[]): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], root);
}

describe('schemas/mlops-config.schema.json', () => {
  test('catches typos everywhere: every mapping with named keys forbids other keys', () => {
    const open: string[] = [];
    walk(configSchema, [], (node, path) => {
      if (node.properties && node.additionalProperties !== false) open.push(path.join('.'));
    });

    expect(open).toEqual([]);
  });

  test('describes every key for editor completion', () => {
    const bare: string[] = [];
    walk(configSchema, [], (node, path) => {
      for (const [key, child] of Object.entries((node.properties as SchemaNode | undefined) ?? {})) {
        if (typeof (child as SchemaNode).description !== 'string') bare.push([...path, key].join('.'));
      }
    });

    expect(bare).toEqual([]);
  });

  test('documents the same defaults the code applies', () => {
    const config = defaultConfig('demo');
    const mismatches: string[] = [];
    walk(configSchema, [], (node, path) => {
      if (!('default' in node) || path.includes('[]') || path[0] === '$defs') return;
      // Per-stage policies are filled in for every stage; the last stage shows them.
      const concrete = path.map((key, i) =>
        key === '*' && ['promotion', 'deploy'].includes(path[i - 1]!) ? 'production' : key,
      );
      if (concrete.includes('*')) return;
      // Defaults inside an optional section (deploy.<stage>.shadow) apply only when it is written.
      if (valueAt(config, concrete.slice(0, -1)) === undefined) return;
      const actual = valueAt(config, concrete);
      if (JSON.stringify(actual) !== JSON.stringify(node.default))
        mismatches.push(`${path.join('.')}: ${JSON.stringify(actual)}`);
    });

    expect(mismatches).toEqual([]);
  });

  test('accepts the default configuration written out in full', () => {
    const full = JSON.parse(JSON.stringify(defaultConfig('demo'))) as unknown;

    expect(validateAgainstSchema(configSchema, full, undefined, { rulePrefix: 'config', file: 'x' })).toEqual(
      [],
    );
  });
});

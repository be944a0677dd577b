import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { configSchema, parseConfig } from '../../../src/core/config/index.js';

const docs = readFileSync(path.resolve('docs/configuration.md'), 'utf8');

/** The YAML code blocks of docs/configuration.md, in order. */
function yamlBlocks(): string[] {
  return [...docs.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);
}

/** Dotted key paths of the schema as the reference table writes them (`<name>` for map keys, `[]` for items). */
function keyPaths(node: Record<string, unknown>, prefix: string[] = []): string[] {
  const defs = configSchema as { $defs: Record<string, Record<string, unknown>> };
  const resolved =
    typeof node.$ref === 'string' ? { ...defs.$defs[node.$ref.split('/').pop()!], ...node } : node;
  const out: string[] = [];
  for (const [key, child] of Object.entries(
    (resolved.properties as Record<string, Record<string, unknown>>) ?? {},
  )) {
    out.push([...prefix, key].join('.'), ...keyPaths(child, [...prefix, key]));
  }
  const map = resolved.additionalProperties;
  if (map && typeof map === 'object')
    out.push(...keyPaths(map as Record<string, unknown>, [...prefix, '<name>']));
  if (resolved.items) out.push(...keyPaths(resolved.items as Record<string, unknown>, [...prefix, '[]']));
  return out;
}

describe('docs/configuration.md', () => {
  test('its examples are valid configurations', () => {
    const blocks = yamlBlocks().filter(
      (b) => !b.trimStart().startsWith('# yaml-language-server: $schema=https'),
    );

    expect(blocks.length).toBeGreaterThanOrEqual(2);
    for (const block of blocks) expect(parseConfig(block, '.github/mlops.yml').findings).toEqual([]);
  });

  test('the complete example sets every top-level key', () => {
    const complete = yamlBlocks().at(-1)!;
    const top = Object.keys((configSchema as { properties: object }).properties);

    expect(top.filter((key) => !new RegExp(`^${key}:`, 'm').test(complete))).toEqual([]);
  });

  test('documents every key of the schema (node scripts/config-docs.mjs rewrites the table)', () => {
    const missing = keyPaths(configSchema as Record<string, unknown>).filter(
      (key) => !docs.includes(`| \`${key}\` |`),
    );

    expect(missing).toEqual([]);
  });

  test('shows the yaml-language-server line for editor completion', () => {
    expect(docs).toContain('# yaml-language-server: $schema=');
  });
});

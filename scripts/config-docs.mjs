#!/usr/bin/env node
// Rewrites the "Every key" table of docs/configuration.md from schemas/mlops-config.schema.json,
// so the reference never drifts from the schema: run it after adding a key
// (test/core/config/docs.test.ts fails while a key is undocumented).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const schema = JSON.parse(readFileSync(path.join(root, 'schemas/mlops-config.schema.json'), 'utf8'));
const docsPath = path.join(root, 'docs/configuration.md');
const HEADER = '| key | type | default | meaning |';

function resolve(node) {
  if (!node.$ref) return node;
  const { $ref, ...rest } = node;
  return { ...schema.$defs[$ref.split('/').pop()], ...rest };
}

function typeOf(node) {
  const n = resolve(node);
  if (n.anyOf) return n.anyOf.map(typeOf).join(' or ');
  if (n.enum) return n.enum.map((v) => `\`${v}\``).join(' \\| ');
  if ('const' in n) return `\`${n.const}\``;
  if (n.type === 'array') return `list of ${typeOf(n.items)}`;
  if (n.type === 'object')
    return n.properties
      ? 'mapping'
      : `mapping of name → ${typeof n.additionalProperties === 'object' ? typeOf(n.additionalProperties) : 'value'}`;
  return String(n.type);
}

function rows(node, prefix = []) {
  const n = resolve(node);
  const out = [];
  for (const [key, child] of Object.entries(n.properties ?? {})) {
    const c = resolve(child);
    const p = [...prefix, key];
    const def = 'default' in c ? `\`${JSON.stringify(c.default).replace(/,/g, ', ')}\`` : '';
    out.push(
      `| \`${p.join('.')}\` | ${typeOf(c)} | ${def} | ${(c.description ?? '').replace(/\|/g, '\\|')} |`,
    );
    out.push(...rows(c, p));
  }
  const map = n.additionalProperties;
  if (map && typeof map === 'object' && resolve(map).properties)
    out.push(...rows(map, [...prefix, '<name>']));
  if (n.items && resolve(n.items).properties) out.push(...rows(n.items, [...prefix, '[]']));
  return out;
}

const docs = readFileSync(docsPath, 'utf8');
const start = docs.indexOf(HEADER);
if (start < 0) throw new Error(`no "${HEADER}" table in ${docsPath}`);
const end = docs.indexOf('\n\n', start);
const table = [HEADER, '| --- | --- | --- | --- |', ...rows(schema)].join('\n');
writeFileSync(docsPath, docs.slice(0, start) + table + docs.slice(end));
process.stderr.write(`docs/configuration.md: ${table.split('\n').length - 2} keys\n`);

/**
 * Versioning the feedback dataset through its data card: the card's `files` entry for the dataset gets
 * the new sha256, bytes and rows, and the card's version a minor bump (new rows are new data; a
 * released version's content never changes). Comments and key order of the front matter are kept.
 */
import { parseDocument, isMap, isSeq, type YAMLMap } from '../yaml/library.js';
import { splitFrontMatter } from '../cards/frontmatter.js';
import { UserError } from '../errors.js';
import { bumpKind, parseSemver } from '../registry/semver.js';

export interface FileFacts {
  /** Path relative to the card's folder. */
  path: string;
  sha256: string;
  bytes: number;
  rows: number;
}

/** The card text with the file's facts set and its version bumped from `baseVersion` (once, however often it is called). */
export function updateCardFile(text: string, file: string, facts: FileFacts, baseVersion?: string): string {
  const split = splitFrontMatter(text.replace(/\r\n?/g, '\n'), file);
  if (!split.found) throw new UserError(`${file} has no YAML front matter`, { file, line: 1, hint: 'A data card starts with a --- block (mlops init-card data NAME writes one).' });
  const doc = parseDocument(split.yaml);
  if (doc.errors.length || !isMap(doc.contents)) throw new UserError(`${file}: the front matter is not a YAML mapping`, { file, line: split.yamlLine });
  let files = doc.get('files');
  if (!isSeq(files)) {
    doc.set('files', doc.createNode([]));
    files = doc.get('files');
  }
  const seq = files as { items: unknown[] };
  const entry = seq.items.find((i) => isMap(i) && (i as YAMLMap).get('path') === facts.path) as YAMLMap | undefined;
  const target = entry ?? (doc.createNode({ path: facts.path }) as YAMLMap);
  target.set('sha256', facts.sha256);
  target.set('bytes', facts.bytes);
  target.set('rows', facts.rows);
  if (!entry) seq.items.push(target);
  const current = String(doc.get('version') ?? '');
  const base = baseVersion ?? current;
  const next = minorBump(base);
  if (next && (!parseSemver(current) || bumpKind(base, current) === 'none')) doc.set('version', next);
  const yaml = doc.toString({ lineWidth: 0 });
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const before = lines.slice(0, split.yamlLine - 1).join('\n');
  const after = lines.slice(split.bodyLine - 2).join('\n');
  return `${before}\n${yaml.trimEnd()}\n${after}`;
}

/** `1.2.3` → `1.3.0`; undefined when the version is not semver. */
function minorBump(version: string): string | undefined {
  const v = parseSemver(version);
  return v ? `${v.major}.${v.minor + 1}.0` : undefined;
}

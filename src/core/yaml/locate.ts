/** Maps a JSON path (as ajv and our validators report it) back to the YAML node it came from. */
import { isAlias, isMap, isPair, isScalar, isSeq, type Node, type Pair, type YAMLMap } from './library.js';
import { position, type YamlSource } from './parse.js';

export type JsonPath = ReadonlyArray<string | number>;

export interface Location {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

export interface LocateOptions {
  /**
   * `key` points at the key of the last path segment (unknown keys); `value` at its value;
   * `auto` (default) at a scalar value, or at the key when the value is a block mapping or list
   * (whose own range starts on the next line).
   */
  at?: 'auto' | 'key' | 'value';
}

/**
 * Where a JSON path sits in the YAML source. A path that does not exist falls back to its
 * nearest existing parent (for a missing key, the mapping that should hold it).
 */
export function locate(source: YamlSource, path: JsonPath, opts: LocateOptions = {}): Location {
  let node: Node | null = source.doc.contents;
  let pair: Pair | undefined;
  for (const segment of path) {
    const next = child(source, node, segment);
    if (!next) break;
    ({ node, pair } = next);
  }
  const target = pick(node, pair, opts.at ?? 'auto');
  const range = target?.range;
  if (!range) return { line: 1 + source.lineOffset, column: 1 };
  const start = position(source, range[0]);
  const end = position(source, range[1]);
  return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

function child(
  source: YamlSource,
  node: Node | null,
  segment: string | number,
): { node: Node | null; pair?: Pair } | undefined {
  const resolved = isAlias(node) ? (node.resolve(source.doc) ?? null) : node;
  if (isMap(resolved)) {
    const found = pairIndex(resolved).get(String(segment));
    if (!found) return undefined;
    return { node: (found.value as Node | null) ?? null, pair: found };
  }
  if (isSeq(resolved) && typeof segment === 'number') {
    const item = resolved.items[segment];
    if (item === undefined) return undefined;
    return { node: isPair(item) ? ((item.key as Node | null) ?? null) : (item as Node | null) };
  }
  return undefined;
}

// Findings on a large mapping would each scan it; an index per mapping keeps locate O(depth).
const indexes = new WeakMap<YAMLMap, Map<string, Pair>>();

function pairIndex(map: YAMLMap): Map<string, Pair> {
  let index = indexes.get(map);
  if (!index) {
    index = new Map();
    for (const pair of map.items) {
      const key = keyOf(pair);
      // The last occurrence wins, as in the parsed value (duplicates are reported separately).
      if (key !== undefined) index.set(key, pair);
    }
    indexes.set(map, index);
  }
  return index;
}

function keyOf(pair: Pair): string | undefined {
  if (isScalar(pair.key)) return String(pair.key.value);
  return undefined;
}

function pick(
  node: Node | null,
  pair: Pair | undefined,
  at: 'auto' | 'key' | 'value',
): Node | null | undefined {
  const key = pair && isScalar(pair.key) ? pair.key : undefined;
  if (at === 'key') return key ?? node;
  if (at === 'value') return node ?? key;
  // `key:` with nothing after it parses as an empty scalar placed after the colon; the key is the place.
  if (!node || (isScalar(node) && node.range && node.range[0] === node.range[1])) return key ?? node;
  const block = (isMap(node) || isSeq(node)) && !node.flow;
  return block && key ? key : node;
}

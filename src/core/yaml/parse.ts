/**
 * Safe YAML parsing for every file the product reads (config, card front matter, contracts):
 * the `yaml` package's Document API keeps the nodes so findings can name exact lines, and
 * every hostile input (alias bombs, duplicate keys, huge files, `__proto__` keys) becomes a
 * Finding instead of a crash.
 */
import { isScalar, LineCounter, parseAllDocuments, visit, type Document, type Pair } from './library.js';
import type { Finding } from '../finding.js';

/** The parsed document kept beside its value, so `locate` can map a JSON path to a line. */
export interface YamlSource {
  file: string;
  doc: Document.Parsed;
  lineCounter: LineCounter;
  /** Added to every line: front matter that starts on line 2 of a card reports card lines. */
  lineOffset: number;
}

export interface ParseYamlOptions {
  /** Lines before the text in its file (front matter after `---` on line 1 has lineOffset 1). */
  lineOffset?: number;
  /** Inputs larger than this many UTF-8 bytes are refused before parsing; default 2 MiB. */
  maxBytes?: number;
  /** `mapping`: anything but a mapping (or an empty document, read as `{}`) is a finding and the value is `{}`. */
  expect?: 'mapping' | 'any';
  /** Rule id prefix, default `yaml` (e.g. `yaml/syntax`). */
  rulePrefix?: string;
}

export interface ParsedYaml {
  value: unknown;
  source?: YamlSource;
  findings: Finding[];
}

/**
 * Config files and front matter are a few kilobytes. The yaml package parses roughly 0.3 MB a
 * second on a busy runner core, so 1 MiB bounds the worst case at a few seconds.
 */
export const DEFAULT_MAX_YAML_BYTES = 1024 * 1024;
/** The yaml package's own default: far above honest use, far below a billion-laughs expansion. */
const MAX_ALIAS_COUNT = 100;
/** Broken input repeats one mistake; the first ten of a kind say it all. */
const MAX_SYNTAX_FINDINGS = 10;
/** Keys that would reach Object.prototype or a constructor when code indexes the parsed value. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Parses one YAML document into plain data plus its source nodes; never throws on bad input. */
export function parseYaml(text: string, file: string, opts: ParseYamlOptions = {}): ParsedYaml {
  const prefix = opts.rulePrefix ?? 'yaml';
  const lineOffset = opts.lineOffset ?? 0;
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_YAML_BYTES;
  const fallback = opts.expect === 'mapping' ? {} : undefined;
  const bytes = byteLength(text, maxBytes);
  if (bytes > maxBytes)
    return { value: fallback, findings: [tooLargeFinding(file, bytes, maxBytes, prefix, 1 + lineOffset)] };
  // A BOM is legal but shifts every column on line 1; editors do not count it, so neither do we.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return parseBody(body, file, { prefix, lineOffset, expectMapping: opts.expect === 'mapping' });
  } catch (error) {
    // Deeply nested input can exhaust the parser's stack; that is bad input, not a bug.
    const finding = at(prefix, 'syntax', file, 1 + lineOffset, 1);
    finding.message = `${file} could not be parsed: ${(error as Error).message}`;
    return { value: fallback, findings: [finding] };
  }
}

/** The finding for a file over the size limit; adapters use it when they refuse to read a file at all. */
export function tooLargeFinding(
  file: string,
  bytes: number,
  maxBytes: number,
  prefix = 'yaml',
  line = 1,
): Finding {
  const finding = at(prefix, 'too-large', file, line, 1);
  finding.message = `${file} is ${formatBytes(bytes)}, larger than the ${formatBytes(maxBytes)} limit; it was not parsed`;
  finding.hint = 'Keep YAML files small: move data into separate files and reference them by path.';
  return finding;
}

interface BodyOptions {
  prefix: string;
  lineOffset: number;
  expectMapping: boolean;
}

function parseBody(body: string, file: string, o: BodyOptions): ParsedYaml {
  const lineCounter = new LineCounter();
  // uniqueKeys compares every key with every other (quadratic: 16k keys take seconds); checkKeys does it in one pass.
  const docs = parseAllDocuments(body, { lineCounter, prettyErrors: false, uniqueKeys: false });
  const fallback = o.expectMapping ? {} : undefined;
  if (!Array.isArray(docs) || docs.length === 0) return { value: fallback, findings: [] };
  const doc = docs[0] as Document.Parsed;
  const source: YamlSource = { file, doc, lineCounter, lineOffset: o.lineOffset };
  const pos = (offset: number): { line: number; column: number } => position(source, offset);
  const findings: Finding[] = [];
  for (const e of firstDistinct(doc.errors)) {
    const f = at(o.prefix, 'syntax', file, pos(e.pos[0]).line, pos(e.pos[0]).column);
    f.message = `YAML syntax: ${e.message}`;
    findings.push(f);
  }
  for (const w of firstDistinct(doc.warnings)) {
    const f = at(o.prefix, 'warning', file, pos(w.pos[0]).line, pos(w.pos[0]).column, 'warning');
    f.message = `YAML: ${w.message}`;
    findings.push(f);
  }
  for (const extra of docs.slice(1)) {
    const f = at(o.prefix, 'multiple-documents', file, pos(extra.range[0]).line, 1);
    f.message = `${file} holds more than one YAML document; only the first is read`;
    f.hint = 'Remove the `---` separator and the documents after it.';
    findings.push(f);
    break;
  }
  findings.push(...checkKeys(doc, source, o.prefix));
  if (findings.some((f) => f.rule === `${o.prefix}/syntax`)) return { value: fallback, source, findings };
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const message = (error as Error).message;
    const alias = /alias/i.test(message);
    const where = alias ? firstAlias(source) : { line: 1 + o.lineOffset, column: 1 };
    const f = at(o.prefix, alias ? 'alias-limit' : 'syntax', file, where.line, where.column);
    f.message = alias
      ? `${file} expands aliases too often (${message}); it was not read`
      : `${file} could not be read: ${message}`;
    if (alias)
      f.hint = `Use fewer than ${MAX_ALIAS_COUNT} alias references (*name), or write the values out.`;
    return { value: fallback, source, findings: [...findings, f] };
  }
  if (o.expectMapping) return expectMapping(value, source, findings, o.prefix);
  return { value, source, findings };
}

/** Where the first alias (`*name`) is used: the place an alias bomb starts to expand. */
function firstAlias(source: YamlSource): { line: number; column: number } {
  let offset = 0;
  visit(source.doc, {
    Alias(_key, node) {
      offset = node.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return position(source, offset);
}

function expectMapping(value: unknown, source: YamlSource, findings: Finding[], prefix: string): ParsedYaml {
  if (value === null || value === undefined) return { value: {}, source, findings };
  if (typeof value === 'object' && !Array.isArray(value)) return { value, source, findings };
  const start = position(source, source.doc.contents?.range[0] ?? 0);
  const f = at(prefix, 'not-a-mapping', source.file, start.line, start.column);
  f.message = `${source.file} must be a mapping of keys to values, not ${Array.isArray(value) ? 'a list' : `a ${typeof value}`}`;
  f.hint = 'Write `key: value` pairs at the top level.';
  return { value: {}, source, findings: [...findings, f] };
}

/**
 * One pass over every mapping: repeated keys get a finding at the repeat (the last value wins, as
 * in the parsed value), and `__proto__`-like keys are removed before conversion, one finding each.
 */
function checkKeys(doc: Document.Parsed, source: YamlSource, prefix: string): Finding[] {
  const findings: Finding[] = [];
  let duplicates = 0;
  const keyAt = (pair: Pair): { line: number; column: number } =>
    position(source, isScalar(pair.key) ? (pair.key.range?.[0] ?? 0) : 0);
  visit(doc, {
    Map(_key, map) {
      // Offsets only: a line is computed for the few keys that are reported.
      const first = new Map<string, number>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        const key = String(pair.key.value);
        const earlier = first.get(key);
        if (earlier === undefined) {
          first.set(key, pair.key.range?.[0] ?? 0);
          continue;
        }
        if (++duplicates > MAX_SYNTAX_FINDINGS) continue;
        const where = keyAt(pair);
        const f = at(prefix, 'duplicate-key', source.file, where.line, where.column);
        f.message = `duplicate key \`${key.slice(0, 80)}\` (first on line ${position(source, earlier).line})`;
        f.hint = 'Each key may appear once per mapping; remove or merge the repeated one.';
        findings.push(f);
      }
      return undefined;
    },
    Pair(_key, pair: Pair) {
      const key = isScalar(pair.key) ? pair.key.value : undefined;
      if (typeof key !== 'string' || !FORBIDDEN_KEYS.has(key)) return undefined;
      const where = keyAt(pair);
      const f = at(prefix, 'forbidden-key', source.file, where.line, where.column);
      f.message = `key \`${key}\` is not allowed; it was ignored`;
      f.hint = 'Rename the key: it would reach JavaScript object internals.';
      findings.push(f);
      return visit.REMOVE;
    },
  });
  return findings;
}

/** 1-based line and column of a character offset in the parsed text, with the line offset applied. */
export function position(source: YamlSource, offset: number): { line: number; column: number } {
  const p = source.lineCounter.linePos(offset);
  return { line: p.line + source.lineOffset, column: p.col };
}

function at(
  prefix: string,
  rule: string,
  file: string,
  line: number,
  column: number,
  severity: Finding['severity'] = 'error',
): Finding {
  return { rule: `${prefix}/${rule}`, severity, message: '', file, line, column };
}

/** Broken input can yield hundreds of errors at one place; the first few distinct ones say it all. */
function firstDistinct<T extends { message: string; pos: [number, number] }>(errors: readonly T[]): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const e of errors) {
    const id = `${e.pos[0]}:${e.message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(e);
    if (out.length === MAX_SYNTAX_FINDINGS) break;
  }
  return out;
}

/** UTF-8 size when the string could exceed the limit (a UTF-16 unit is at most 3 bytes); else a bound below it. */
function byteLength(text: string, limit: number): number {
  if (text.length * 3 <= limit) return text.length;
  return Buffer.byteLength(text, 'utf8');
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${n} bytes`;
}

/** Data card declarations against facts read from the files (pure: the adapter reads, this decides). */
import path from 'node:path/posix';
import type { Finding } from '../finding.js';
import type { DeclaredColumn, DeclaredFile } from './model.js';
import type { Profile } from './profiles.js';
import { finding } from './rules.js';

/** Maps a JSON path of the front matter to its card line. */
export type Locator = (path: Array<string | number>) => { line?: number; column?: number };

/** What the adapter measured about one declared file. */
export interface FileFacts {
  sha256?: string;
  bytes?: number;
  rows?: number;
  sample?: TableSample;
}

/** The header and first rows of a table; values are strings (CSV/TSV) or JSON values (JSON Lines). */
export interface TableSample {
  header: string[];
  rows: unknown[][];
}

/**
 * A declared path resolved against the card's folder to a repository path, or why it is refused:
 * absolute paths, drive letters, backslashes and `..` that climbs out of the repository (nothing
 * outside the repository is read because a card said so).
 */
export function resolveDeclaredPath(cardDir: string, declared: string): { repoPath: string } | { problem: string } {
  if (declared.startsWith('/') || /^[A-Za-z]:/.test(declared) || declared.startsWith('\\')) return { problem: 'is an absolute path' };
  if (declared.includes('\\')) return { problem: 'uses backslashes' };
  if (declared.includes('\0')) return { problem: 'contains a NUL byte' };
  const joined = path.normalize(path.join(cardDir === '' ? '.' : cardDir, declared));
  if (joined === '..' || joined.startsWith('../')) return { problem: 'leaves the repository' };
  return { repoPath: joined === '.' ? '' : joined };
}

/** Findings for a file's declared sha256, bytes and rows against what was measured. */
export function compareFileFacts(file: DeclaredFile, facts: FileFacts, ctx: { card: string; profile: Profile; at: Locator }): Finding[] {
  const out: Finding[] = [];
  const where = (key: string): Partial<Finding> => ctx.at(['files', file.index, key]);
  if (file.sha256 !== undefined && facts.sha256 !== undefined && file.sha256.toLowerCase() !== facts.sha256) {
    out.push(finding('card/file-sha256', ctx.profile, ctx.card, `\`${file.path}\` has sha256 ${facts.sha256.slice(0, 12)}…, the card says ${file.sha256.slice(0, 12)}…`, { ...where('sha256'), hint: `if the change is intended, set \`sha256: ${facts.sha256}\` (and bump the version if this one is released)` }));
  }
  if (file.sha256 === undefined) {
    out.push(finding('card/file-undeclared-digest', ctx.profile, ctx.card, `\`${file.path}\` has no \`sha256\``, { ...ctx.at(['files', file.index, 'path']), hint: facts.sha256 ? `add \`sha256: ${facts.sha256}\`` : 'add its `sha256`' }));
  }
  if (file.bytes !== undefined && facts.bytes !== undefined && file.bytes !== facts.bytes) {
    out.push(finding('card/file-bytes', ctx.profile, ctx.card, `\`${file.path}\` is ${facts.bytes} bytes, the card says ${file.bytes}`, { ...where('bytes'), hint: `set \`bytes: ${facts.bytes}\`` }));
  }
  if (file.rows !== undefined && facts.rows !== undefined && file.rows !== facts.rows) {
    out.push(finding('card/file-rows', ctx.profile, ctx.card, `\`${file.path}\` has ${facts.rows} data rows, the card says ${file.rows}`, { ...where('rows'), hint: `set \`rows: ${facts.rows}\` (rows exclude the CSV header line)` }));
  }
  return out;
}

/** Declared columns against a file's header (names) and sample (types). */
export function compareColumns(
  file: DeclaredFile,
  declared: { key: string; columns: DeclaredColumn[] },
  sample: TableSample,
  ctx: { card: string; profile: Profile; at: Locator },
): Finding[] {
  const out: Finding[] = [];
  const header = new Map(sample.header.map((h, i) => [h, i]));
  const names = new Set(declared.columns.map((c) => c.name));
  for (const column of declared.columns) {
    const at = ctx.at(['schema', declared.key, column.index, 'name']);
    const i = header.get(column.name);
    if (i === undefined) {
      out.push(finding('card/columns', ctx.profile, ctx.card, `column \`${column.name}\` is not in \`${file.path}\` (header: ${preview(sample.header)})`, { ...at, hint: 'rename the column to match the file, or remove it' }));
      continue;
    }
    const bad = column.type ? firstMismatch(column.type, sample.rows.map((r) => r[i])) : undefined;
    if (bad && column.type) {
      out.push(
        finding('card/column-type', ctx.profile, ctx.card, `column \`${column.name}\` is declared \`${column.type}\` but \`${file.path}\` row ${bad.row} holds ${JSON.stringify(bad.value)}`, {
          ...ctx.at(['schema', declared.key, column.index, 'type']),
          hint: 'fix the data, or declare the type the data has',
        }),
      );
    }
  }
  const extra = sample.header.filter((h) => !names.has(h));
  if (extra.length > 0) {
    out.push(finding('card/columns', ctx.profile, ctx.card, `\`${file.path}\` has undeclared column${extra.length === 1 ? '' : 's'} ${preview(extra)}`, { ...ctx.at(['schema', declared.key]), severity: 'warning', hint: 'declare every column in the data contract' }));
  }
  return out;
}

function preview(names: string[]): string {
  const shown = names.slice(0, 8).map((n) => `\`${n}\``).join(', ');
  return names.length > 8 ? `${shown}, … (${names.length} in all)` : shown;
}

/** Canonical Frictionless Table Schema type for common spellings (int64, float, bool, str, timestamp). */
export function canonicalType(type: string): string | undefined {
  const t = type.toLowerCase();
  if (['integer', 'int', 'int8', 'int16', 'int32', 'int64', 'bigint', 'long', 'uint8', 'uint16', 'uint32', 'uint64'].includes(t)) return 'integer';
  if (['number', 'float', 'float32', 'float64', 'double', 'decimal', 'real', 'numeric'].includes(t)) return 'number';
  if (['boolean', 'bool'].includes(t)) return 'boolean';
  if (['string', 'str', 'text', 'varchar', 'category', 'categorical'].includes(t)) return 'string';
  if (['datetime', 'timestamp'].includes(t)) return 'datetime';
  if (['date', 'time', 'year', 'object', 'array', 'any'].includes(t)) return t;
  return undefined;
}

const TEXT_CHECKS: Record<string, RegExp> = {
  integer: /^[+-]?\d+$/,
  number: /^(?:[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|NaN|[+-]?INF|[+-]?Infinity)$/,
  // Frictionless default trueValues/falseValues.
  boolean: /^(?:true|True|TRUE|1|false|False|FALSE|0)$/,
  date: /^\d{4}-\d{2}-\d{2}$/,
  datetime: /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/,
  time: /^\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/,
  year: /^\d{4}$/,
};

/** The first sampled value (1-based data row) that does not fit the type; empty values are missing, not wrong. */
export function firstMismatch(type: string, values: unknown[]): { row: number; value: unknown } | undefined {
  const t = canonicalType(type);
  if (!t || t === 'any') return undefined;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === undefined || v === null || v === '') continue;
    if (!fits(t, v)) return { row: i + 1, value: v };
  }
  return undefined;
}

function fits(type: string, v: unknown): boolean {
  if (typeof v === 'string') {
    if (type === 'string') return true;
    const re = TEXT_CHECKS[type];
    return re ? re.test(v.trim()) : false;
  }
  switch (type) {
    case 'integer':
      return typeof v === 'number' && Number.isInteger(v);
    case 'number':
      return typeof v === 'number';
    case 'boolean':
      return typeof v === 'boolean';
    case 'object':
      return typeof v === 'object' && !Array.isArray(v);
    case 'array':
      return Array.isArray(v);
    default:
      return false;
  }
}

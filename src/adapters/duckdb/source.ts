/**
 * Data files as DuckDB views: CSV/TSV (dialect and header sniffed), JSON Lines, Parquet, optionally
 * gzip/zstd compressed, one file, a glob, or an https URL (only when DuckDB's httpfs extension is
 * already installed: the engine never downloads extensions). Malformed CSV rows are kept aside in a
 * rejects table and reported as findings with their line and column instead of failing the run.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../../core/errors.js';
import type { Finding } from '../../core/finding.js';
import { quoteIdent } from '../../core/data/sql.js';
import type { Engine } from './engine.js';

export type DataFormat = 'csv' | 'tsv' | 'jsonl' | 'parquet';

export interface SourceOptions {
  /** Force a format instead of taking it from the extension. */
  format?: DataFormat;
  /** false: CSV columns are read as text so the contract decides types (and a bad value is a finding, not an error). */
  typed?: boolean;
  /** Path shown in findings (repository-relative); defaults to the input. */
  displayPath?: string;
  /** List malformed CSV rows (default: when not typed, i.e. for contract checks). */
  rejects?: boolean;
}

export interface Column {
  name: string;
  /** DuckDB type (VARCHAR for untyped CSV). */
  type: string;
}

export interface DataSource {
  /** The view name to select from (malformed CSV rows skipped). */
  view: string;
  /**
   * The same rows, recording malformed ones in the rejects table. Query it only with every column
   * referenced (see plan.ts aggregateQuery): DuckDB 1.5's rejects store fails on projected scans.
   */
  scanView: string;
  input: string;
  displayPath: string;
  format: DataFormat;
  columns: Column[];
  /** Malformed rows seen so far (read after a query has scanned the file). */
  rejects(): Promise<Finding[]>;
}

/** DuckDB's numeric types: such columns are numerical for drift and profiles (Evidently's column types). */
export function isNumericType(type: string): boolean {
  return /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|FLOAT|DOUBLE|DECIMAL.*)$/.test(
    type,
  );
}

/** The format from a file name (compression and glob suffixes aside). */
export function formatOf(input: string): DataFormat {
  const name = input.toLowerCase().replace(/\.(gz|gzip|zst|zstd)$/, '');
  if (name.endsWith('.tsv') || name.endsWith('.tab')) return 'tsv';
  if (name.endsWith('.jsonl') || name.endsWith('.ndjson') || name.endsWith('.json')) return 'jsonl';
  if (name.endsWith('.parquet') || name.endsWith('.pq')) return 'parquet';
  return 'csv';
}

/** Above this many columns malformed CSV rows are skipped without being itemised. */
export const WIDE_COLUMNS = 1000;

function wideNotice(file: string, columns: number): Finding {
  return {
    rule: 'data/wide-file',
    severity: 'notice',
    message: `${file} has ${columns} columns: malformed rows (if any) were skipped without being listed`,
    file,
    hint: 'Split very wide files, or validate their rows with fewer columns at a time.',
  };
}

const literal = (s: string): string => `'${s.replaceAll("'", "''")}'`;

/** Creates a view over the input and describes its columns. */
export async function openSource(
  engine: Engine,
  input: string,
  view: string,
  options: SourceOptions = {},
): Promise<DataSource> {
  const displayPath = options.displayPath ?? input;
  const format = options.format ?? formatOf(input);
  await checkReachable(engine, input, displayPath);
  const rejects = `${view}_rejects`;
  const typed = options.typed ?? false;
  const csv = format === 'csv' || format === 'tsv';
  // Contract checks list malformed rows; typed reads (drift, profiles, metrics) skip them without a second view.
  const record = csv && (options.rejects ?? !typed);
  const scanView = `${view}_scan`;
  try {
    // A view name reused for another file must not inherit the previous file's malformed rows.
    await engine.run(`DROP TABLE IF EXISTS ${quoteIdent(rejects)}`);
    await engine.run(`DROP TABLE IF EXISTS ${quoteIdent(`${rejects}_scan`)}`);
    await engine.run(
      `CREATE OR REPLACE TEMP VIEW ${quoteIdent(view)} AS SELECT * FROM ${readerSql(input, format, typed)}`,
    );
    if (record) {
      await engine.run(
        `CREATE OR REPLACE TEMP VIEW ${quoteIdent(scanView)} AS SELECT * FROM ${readerSql(input, format, typed, rejects)}`,
      );
    }
    const columns = await describe(engine, view);
    // Recording rejects needs every column in memory at once (see scanView): too much for very wide files.
    const wide = record && columns.length > WIDE_COLUMNS;
    return {
      view,
      scanView: record && !wide ? scanView : view,
      input,
      displayPath,
      format,
      columns,
      rejects: () =>
        wide
          ? Promise.resolve([wideNotice(displayPath, columns.length)])
          : record
            ? readRejects(engine, rejects, displayPath)
            : Promise.resolve([]),
    };
  } catch (error) {
    throw engineError(error, displayPath);
  }
}

/**
 * The view's columns as recorded when it was created: `DESCRIBE` would bind the view again, which
 * re-runs the CSV sniffer over the file's first rows (about 50 ms each time).
 */
async function describe(engine: Engine, view: string): Promise<Column[]> {
  const rows = await engine.all(
    `SELECT column_name, data_type AS column_type FROM duckdb_columns() WHERE database_name = 'temp' AND table_name = $1 ORDER BY column_index`,
    [view],
  );
  const described = rows.length ? rows : await engine.all(`DESCRIBE SELECT * FROM ${quoteIdent(view)}`);
  return described.map((r) => ({ name: String(r.column_name), type: String(r.column_type) }));
}

function readerSql(input: string, format: DataFormat, typed: boolean, rejects?: string): string {
  const file = literal(input);
  switch (format) {
    case 'parquet':
      return `read_parquet(${file})`;
    case 'jsonl':
      return `read_json(${file}, format = 'newline_delimited')`;
    default: {
      const delim = format === 'tsv' ? `, delim = ${literal('\t')}` : '';
      const types = typed ? '' : ', all_varchar = true';
      const errors = rejects
        ? `store_rejects = true, rejects_table = ${literal(rejects)}, rejects_scan = ${literal(`${rejects}_scan`)}`
        : 'ignore_errors = true';
      return `read_csv(${file}, header = true${delim}${types}, ${errors})`;
    }
  }
}

async function checkReachable(engine: Engine, input: string, displayPath: string): Promise<void> {
  if (/^https?:\/\//i.test(input)) {
    if (!(await engine.hasExtension('httpfs'))) {
      throw new UserError(
        `cannot read ${displayPath}: reading over HTTP(S) needs DuckDB's httpfs extension, which is not installed, and extensions are never downloaded at run time`,
        {
          hint: 'Download the file in an earlier step and pass its local path, or install the extension once with `INSTALL httpfs` in a DuckDB of the same version.',
        },
      );
    }
    return;
  }
  if (/[*?[]/.test(input)) return;
  let size: number;
  try {
    size = statSync(input).size;
  } catch {
    throw new UserError(`data file not found: ${displayPath}`, {
      file: displayPath,
      hint: 'Check the path (relative to the repository root).',
    });
  }
  if (size === 0)
    throw new UserError(`${displayPath} is empty: no header and no rows`, {
      file: displayPath,
      line: 1,
      hint: 'Write at least a header line.',
    });
}

async function readRejects(engine: Engine, table: string, file: string): Promise<Finding[]> {
  let rows;
  try {
    rows = await engine.all(
      `SELECT DISTINCT line, column_idx, column_name, error_type, error_message FROM ${quoteIdent(table)} ORDER BY line, column_idx LIMIT 100`,
    );
  } catch {
    return [];
  }
  return rows.map((r) => ({
    rule: 'data/malformed-row',
    severity: 'error',
    message: `${String(r.error_type).toLowerCase()}${r.column_name ? ` in column '${String(r.column_name)}'` : ''}: ${String(r.error_message).split('\n')[0]}`,
    file,
    line: Number(r.line),
    column: Number(r.column_idx) || undefined,
    hint: 'Fix the row (quote fields that contain the delimiter, keep one value per column, save as UTF-8); the row was left out of the checks.',
  }));
}

/** Turns a DuckDB error on a data file into a UserError that names the file. */
export function engineError(error: unknown, file: string): Error {
  if (error instanceof UserError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const first = message.split('\n').find((l) => l.trim()) ?? message;
  const line = /line[: ]+(\d+)/i.exec(message)?.[1];
  return new UserError(`cannot read ${file}: ${first}`, {
    file,
    line: line ? Number(line) : undefined,
    hint: `Check that ${path.basename(file)} is valid ${'CSV/TSV, JSON Lines or Parquet'} and UTF-8.`,
  });
}

/**
 * The data engine: an in-memory DuckDB with a memory limit, queried with bound parameters only.
 * The module is passed in (see load.ts) so an action can use a DuckDB installed on first use.
 */
import type { DuckDBConnection, DuckDBInstance, DuckDBValue } from '@duckdb/node-api';
import { UserError } from '../../core/errors.js';
import { loadDuckDB } from './load.js';

export type Row = Record<string, unknown>;

export interface EngineOptions {
  /** DuckDB's memory_limit; default 2GB keeps several engines within a 7 GB hosted runner. */
  memoryLimit?: string;
  threads?: number;
  /** Directory for spilling when the limit is reached (default: DuckDB's own temp directory). */
  tempDirectory?: string;
}

/** A connected DuckDB; close it when done. */
export class Engine {
  private constructor(
    private readonly instance: DuckDBInstance,
    private readonly connection: DuckDBConnection,
  ) {}

  /** Opens an in-memory database with the memory limit set and extension downloads disabled. */
  static async open(options: EngineOptions = {}): Promise<Engine> {
    const duckdb = await loadDuckDB();
    const config: Record<string, string> = {
      memory_limit: options.memoryLimit ?? '2GB',
      // Never download extensions at run time: offline runs stay offline, and nothing untrusted is loaded.
      autoinstall_known_extensions: 'false',
    };
    if (options.threads) config.threads = String(options.threads);
    if (options.tempDirectory) config.temp_directory = options.tempDirectory;
    const instance = await duckdb.DuckDBInstance.create(':memory:', config);
    return new Engine(instance, await instance.connect());
  }

  /** Runs a statement with positional ($1 …) parameters and returns plain JS rows (BIGINT as number). */
  async all(sql: string, params: readonly unknown[] = []): Promise<Row[]> {
    const started = Date.now();
    const reader = await this.connection.runAndReadAll(
      sql,
      params.length ? (params.map(toValue) as DuckDBValue[]) : undefined,
    );
    if (process.env.MLOPS_DEBUG_SQL) debug(started, sql);
    return reader.getRowObjectsJS().map((row) => {
      const out: Row = {};
      for (const [k, v] of Object.entries(row)) out[k] = typeof v === 'bigint' ? Number(v) : v;
      return out;
    });
  }

  /** Runs a statement for its effect. */
  async run(sql: string, params: readonly unknown[] = []): Promise<void> {
    const started = Date.now();
    await this.connection.run(sql, params.length ? (params.map(toValue) as DuckDBValue[]) : undefined);
    if (process.env.MLOPS_DEBUG_SQL) debug(started, sql);
  }

  /** True when a DuckDB extension is installed locally (it will then be loaded on use). */
  async hasExtension(name: string): Promise<boolean> {
    const rows = await this.all('SELECT installed FROM duckdb_extensions() WHERE extension_name = $1', [
      name,
    ]);
    return rows[0]?.installed === true;
  }

  close(): void {
    this.connection.closeSync();
    this.instance.closeSync();
  }
}

/** MLOPS_DEBUG_SQL=1 prints each statement with its time to stderr (for tuning; never parameter values). */
function debug(started: number, sql: string): void {
  process.stderr.write(`[duckdb ${Date.now() - started} ms] ${sql.slice(0, 160).replace(/\s+/g, ' ')}\n`);
}

function toValue(v: unknown): unknown {
  if (v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean' || v === null) return v;
  throw new UserError(`cannot bind a ${typeof v} value to a query parameter`);
}

/**
 * Parquet row count and sample for data cards through the data engine (src/adapters/duckdb). When
 * DuckDB cannot be loaded, nothing is measured and the card check says the columns are checked by
 * `mlops data check` instead.
 */
import type { FileFacts } from '../../core/cards/datafiles.js';
import { Engine } from '../duckdb/engine.js';
import { openSource } from '../duckdb/source.js';
import { SAMPLE_ROWS } from './card-tables.js';

/** Rows and a typed sample of a Parquet file; `{}` when the engine is unavailable or the file unreadable. */
export async function parquetFacts(file: string): Promise<Pick<FileFacts, 'rows' | 'sample'>> {
  let engine: Engine | undefined;
  try {
    engine = await Engine.open({ memoryLimit: '512MB', threads: 1 });
    const source = await openSource(engine, file, 'card_parquet', { format: 'parquet' });
    const count = await engine.all('SELECT count(*) AS n FROM card_parquet');
    const rows = await engine.all(`SELECT * FROM card_parquet LIMIT ${SAMPLE_ROWS}`);
    const header = source.columns.map((c) => c.name);
    return { rows: Number(count[0]?.n ?? 0), sample: { header, rows: rows.map((r) => header.map((h) => plain(r[h]))) } };
  } catch {
    return {};
  } finally {
    engine?.close();
  }
}

/** Dates and other engine values as text, so the type checks read them like CSV values. */
function plain(v: unknown): unknown {
  if (v instanceof Date) return v.toISOString();
  if (v !== null && typeof v === 'object' && !Array.isArray(v)) return String(v);
  return v;
}

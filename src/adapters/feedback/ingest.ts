/**
 * `mlops feedback ingest FILE`: a ground-truth batch (any format DuckDB reads) appended to the feedback
 * dataset as rows keyed by the file's digest and the row id, so ingesting the same file twice adds
 * nothing; the dataset's data card gets the new checksum, size, row count and a minor version.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { sha256Hex } from '../../core/sha256.js';
import { updateCardFile } from '../../core/feedback/card.js';
import { mergeFeedback, parseFeedback, renderFeedback, type FeedbackRow } from '../../core/feedback/dataset.js';
import { UserError } from '../../core/errors.js';
import { quoteIdent } from '../../core/data/sql.js';
import { Engine } from '../duckdb/engine.js';
import { openSource } from '../duckdb/source.js';
import { sha256File } from '../fs/hash.js';

export interface IngestOptions {
  root: string;
  /** Repository-relative ground-truth file. */
  file: string;
  /** Repository-relative JSON Lines dataset. */
  dataset: string;
  /** Its data card (default DATA_CARD.md beside it, when present). */
  card?: string;
  model: string;
  version?: string;
  idColumn: string;
  labelColumn: string;
  predictionColumn?: string;
  now: Date;
}

export interface IngestOutcome {
  read: number;
  added: FeedbackRow[];
  total: number;
  card?: string;
}

/** Appends the file's rows; see the module comment. */
export async function ingestGroundTruth(o: IngestOptions): Promise<IngestOutcome> {
  const incoming = await readGroundTruth(o);
  const datasetPath = path.join(o.root, o.dataset);
  const before = existsSync(datasetPath) ? parseFeedback(await readFile(datasetPath, 'utf8'), o.dataset) : [];
  const { rows, added } = mergeFeedback(before, incoming);
  if (!added.length) return { read: incoming.length, added, total: rows.length };
  const text = renderFeedback(rows);
  await mkdir(path.dirname(datasetPath), { recursive: true });
  await writeFile(datasetPath, text);
  const card = o.card ?? path.posix.join(path.posix.dirname(o.dataset), 'DATA_CARD.md');
  const cardPath = path.join(o.root, card);
  if (!existsSync(cardPath)) return { read: incoming.length, added, total: rows.length };
  const rel = path.posix.relative(path.posix.dirname(card), o.dataset);
  await writeFile(cardPath, updateCardFile(await readFile(cardPath, 'utf8'), card, { path: rel, sha256: sha256Hex(text), bytes: Buffer.byteLength(text), rows: rows.length }));
  return { read: incoming.length, added, total: rows.length, card };
}

async function readGroundTruth(o: IngestOptions): Promise<FeedbackRow[]> {
  const abs = path.resolve(o.root, o.file);
  const digest = (await sha256File(abs).catch(() => {
    throw new UserError(`file not found: ${o.file}`, { file: o.file, hint: 'check the path (relative to the repository root)' });
  })).sha256.slice(0, 12);
  const engine = await Engine.open({ memoryLimit: process.env.MLOPS_DUCKDB_MEMORY || '1GB' });
  try {
    const source = await openSource(engine, abs, 'ground_truth', { displayPath: o.file });
    const wanted = [o.idColumn, o.labelColumn, ...(o.predictionColumn ? [o.predictionColumn] : [])];
    for (const c of wanted) {
      if (!source.columns.some((x) => x.name === c)) throw new UserError(`${o.file} has no column '${c}'`, { file: o.file, line: 1, hint: `Columns are: ${source.columns.map((x) => x.name).join(', ')}. Name them with --id-column and --label-column.` });
    }
    const cols = wanted.map((c, i) => `CAST(${quoteIdent(c)} AS VARCHAR) AS c${i}`).join(', ');
    const data = await engine.all(`SELECT ${cols} FROM ${quoteIdent(source.view)} WHERE ${quoteIdent(o.idColumn)} IS NOT NULL AND ${quoteIdent(o.labelColumn)} IS NOT NULL`);
    const at = o.now.toISOString();
    return data.map((r) => ({
      id: `gt-${digest}-${String(r.c0)}`,
      source: 'ground_truth' as const,
      model: o.model,
      version: o.version ?? null,
      prediction_id: String(r.c0),
      input: null,
      predicted: o.predictionColumn ? (r.c2 === null ? null : String(r.c2)) : null,
      label: String(r.c1),
      comment: null,
      reporter: null,
      reported_at: at,
      issue: null,
      batch: o.file,
    }));
  } finally {
    engine.close();
  }
}

/** Typed views of card metadata for the repository checks (the schema has already reported bad shapes). */

export interface DeclaredFile {
  /** Position in `files`, for locating findings. */
  index: number;
  path: string;
  sha256?: string;
  bytes?: number;
  rows?: number;
  format: TableFormat;
}

export type TableFormat = 'csv' | 'tsv' | 'jsonl' | 'parquet' | 'other';

export interface DeclaredColumn {
  index: number;
  name: string;
  type?: string;
}

export interface DatasetRef {
  index: number;
  /** As written, e.g. `customers@v1.2.0`. */
  ref: string;
  name: string;
  version?: string;
}

export interface ModelIndexMetric {
  /** Path to the metric in the front matter, for locating findings. */
  path: Array<string | number>;
  type: string;
  value: number;
  dataset?: string;
  split?: string;
}

/** The `name` and `version` strings of a card, when present. */
export function identity(metadata: Record<string, unknown>): { name?: string; version?: string } {
  return { name: str(metadata.name), version: str(metadata.version) };
}

/** `files` of a data card with formats from `format` or the extension. */
export function declaredFiles(metadata: Record<string, unknown>): DeclaredFile[] {
  const files = Array.isArray(metadata.files) ? metadata.files : [];
  const out: DeclaredFile[] = [];
  files.forEach((f, index) => {
    if (!isRecord(f) || typeof f.path !== 'string' || f.path === '') return;
    out.push({ index, path: f.path, sha256: str(f.sha256), bytes: num(f.bytes), rows: num(f.rows), format: formatOf(f.path, str(f.format)) });
  });
  return out;
}

/** Table format from an explicit `format` or the file extension (`.csv`, `.tsv`, `.jsonl`/`.ndjson`, `.parquet`). */
export function formatOf(path: string, explicit?: string): TableFormat {
  if (explicit === 'csv' || explicit === 'tsv' || explicit === 'jsonl' || explicit === 'parquet' || explicit === 'other') return explicit;
  const lower = path.toLowerCase();
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.tsv') || lower.endsWith('.tab')) return 'tsv';
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson')) return 'jsonl';
  if (lower.endsWith('.parquet') || lower.endsWith('.pq')) return 'parquet';
  return 'other';
}

/** Declared columns from the data contract: `schema.columns` or Frictionless `schema.fields`. */
export function declaredColumns(metadata: Record<string, unknown>): { key: 'columns' | 'fields'; columns: DeclaredColumn[] } | undefined {
  const schema = metadata.schema;
  if (!isRecord(schema)) return undefined;
  const key = Array.isArray(schema.columns) ? 'columns' : Array.isArray(schema.fields) ? 'fields' : undefined;
  if (!key) return undefined;
  const columns: DeclaredColumn[] = [];
  (schema[key] as unknown[]).forEach((c, index) => {
    if (isRecord(c) && typeof c.name === 'string') columns.push({ index, name: c.name, type: str(c.type) });
  });
  return { key, columns };
}

/** Dataset references of a model card: `datasets` entries written `name` or `name@v1.2.0` / `name@1.2.0`. */
export function datasetRefs(metadata: Record<string, unknown>): DatasetRef[] {
  const raw = typeof metadata.datasets === 'string' ? [metadata.datasets] : Array.isArray(metadata.datasets) ? metadata.datasets : [];
  const out: DatasetRef[] = [];
  raw.forEach((ref, index) => {
    if (typeof ref !== 'string') return;
    const at = ref.lastIndexOf('@');
    if (at > 0) out.push({ index, ref, name: ref.slice(0, at), version: ref.slice(at + 1).replace(/^v/, '') });
    else out.push({ index, ref, name: ref });
  });
  return out;
}

/** The experiment tag name (`exp/…`) a model card references, if any. */
export function experimentTag(metadata: Record<string, unknown>): string | undefined {
  const e = str(metadata.experiment);
  if (!e) return undefined;
  return e.startsWith('exp/') ? e : `exp/${e}`;
}

/** Numeric metrics of `model-index` (non-numeric values cannot be compared and are skipped). */
export function modelIndexMetrics(metadata: Record<string, unknown>): ModelIndexMetric[] {
  const out: ModelIndexMetric[] = [];
  const index = Array.isArray(metadata['model-index']) ? metadata['model-index'] : [];
  index.forEach((entry, i) => {
    const results = isRecord(entry) && Array.isArray(entry.results) ? entry.results : [];
    results.forEach((result, j) => {
      if (!isRecord(result) || !Array.isArray(result.metrics)) return;
      const ds = isRecord(result.dataset) ? result.dataset : {};
      result.metrics.forEach((m, k) => {
        if (!isRecord(m) || typeof m.type !== 'string') return;
        const value = typeof m.value === 'number' ? m.value : typeof m.value === 'string' && m.value.trim() !== '' ? Number(m.value) : Number.NaN;
        if (!Number.isFinite(value)) return;
        out.push({ path: ['model-index', i, 'results', j, 'metrics', k, 'value'], type: m.type, value, dataset: str(ds.type), split: str(ds.split) });
      });
    });
  });
  return out;
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
}

function num(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

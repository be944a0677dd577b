/**
 * Batch inference checks and records: the output of the user's predict command against the model's
 * signature, and the lineage that ties the output to the model version and the input data version.
 */

export interface SignatureField {
  name: string;
  type?: string;
}

/** Column names of a CSV/TSV header line or of the first JSON Lines record. */
export function outputColumns(head: string, format: 'csv' | 'tsv' | 'jsonl'): string[] {
  const line = head.split(/\r?\n/)[0] ?? '';
  if (format === 'jsonl') {
    try {
      const v = JSON.parse(line) as unknown;
      return v && typeof v === 'object' && !Array.isArray(v) ? Object.keys(v) : [];
    } catch {
      return [];
    }
  }
  return line.split(format === 'tsv' ? '\t' : ',').map((c) => c.trim().replace(/^"(.*)"$/, '$1'));
}

/** What is wrong with an output against the signature's outputs: each missing column named. */
export function checkOutputSignature(columns: readonly string[], outputs: readonly SignatureField[]): string[] {
  const have = new Set(columns);
  return outputs.filter((o) => !have.has(o.name)).map((o) => `output column '${o.name}' of the model's signature is missing (columns: ${columns.join(', ') || 'none'})`);
}

export interface BatchLineage {
  model: string;
  version: string;
  stage: string;
  input: { path: string; sha256: string; bytes: number; dataVersion?: string };
  output: { name: string; sha256: string; bytes: number; rows: number };
  commit: string;
  runId?: string;
  at: string;
}

/** The tag a batch run's release lives on: one per workflow run, so a rerun converges on the same release. */
export function batchTag(model: string, stage: string, runId: string): string {
  return `batch/${model}/${stage}/run-${runId}`;
}

export interface EdgeArtifact {
  name: string;
  sha256: string;
  bytes: number;
  url: string;
}

export interface EdgeChannel {
  schema: 'mlops-edge-channel/v1';
  model: string;
  stage: string;
  version: string;
  published_at: string;
  min_runtime?: string;
  artifacts: EdgeArtifact[];
}

/**
 * The release channel devices poll: what version to run, where to download it and the checksums to
 * verify before switching. Keys sorted so the same release always serialises to the same bytes.
 */
export function edgeChannel(c: Omit<EdgeChannel, 'schema'>): string {
  const channel: EdgeChannel = { schema: 'mlops-edge-channel/v1', ...c, artifacts: [...c.artifacts].sort((a, b) => a.name.localeCompare(b.name)) };
  return `${JSON.stringify(channel, null, 2)}\n`;
}

/**
 * The experiment record (SPEC §6, schema `schemas/experiment.schema.json`): everything needed to
 * reproduce and judge one training or evaluation run. Pure types and canonical hashing.
 */
import { sha256Hex } from '../sha256.js';

/** A flattened parameter or metric value; non-numeric metrics are kept and compared as text. */
export type Scalar = string | number | boolean | null;

/** A file the record vouches for: repository-relative path, SHA-256 and size. */
export interface FileEntry {
  path: string;
  sha256: string;
  bytes: number;
  /** Where the file lives when it is not a release asset (external storage, over GitHub's 2 GiB asset limit). */
  uri?: string;
}

/** A data file of a dataset version: SHA-256 as the data card declares it (or DVC's MD5 for DVC-tracked data). */
export interface DatasetFile {
  path: string;
  sha256?: string;
  md5?: string;
  bytes?: number;
}

/** A dataset version used by the run, with the checksums of its files. */
export interface DatasetRef {
  name: string;
  version?: string;
  /** The data card (or `.dvc` file) that declares it, when known. */
  card?: string;
  files: DatasetFile[];
}

/** The code version: a dirty tree is recorded only with `--allow-dirty`, with the digest of its diff. */
export interface CodeVersion {
  commit: string;
  branch?: string;
  dirty: boolean;
  diffSha256?: string;
  repository?: string;
}

/** Where and with what the run happened. */
export interface EnvironmentInfo {
  os: { platform: string; release: string; arch: string };
  runtimes: Record<string, string>;
  runner: {
    kind: 'github-actions' | 'local';
    name?: string;
    os?: string;
    arch?: string;
    workflow?: string;
    runId?: string;
    runAttempt?: string;
  };
  lockfiles: FileEntry[];
}

/** A metric's history (MLflow keeps every logged value). */
export interface MetricPoint {
  step: number;
  value: number;
  timestamp?: number;
}

/** The record stored in the tag message (and as the `experiment.json` release asset). */
export interface ExperimentRecord {
  schemaVersion: 1;
  name: string;
  project: string;
  type: string;
  created: string;
  author: { name: string; email?: string };
  note?: string;
  params: Record<string, Scalar>;
  metrics: Record<string, Scalar>;
  metricHistory?: Record<string, MetricPoint[]>;
  datasets: DatasetRef[];
  code: CodeVersion;
  environment: EnvironmentInfo;
  seeds: number[];
  artifacts: FileEntry[];
  /** The tool a record was imported from, and its run id. */
  source?: { tool: 'dvc' | 'mlflow' | 'wandb'; path: string; runId?: string };
  tags?: Record<string, string>;
  /** Digest of what makes two runs "the same run" (see fingerprintOf); reruns with it create nothing new. */
  fingerprint: string;
}

/** JSON with keys sorted at every level, so equal records hash equally whatever the key order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) out[key] = sortKeys((value as Record<string, unknown>)[key]);
    return out;
  }
  return value;
}


/**
 * The identity of a run: its content (params, metrics, data, code, seeds, artifacts, note, source)
 * plus the GitHub run id when there is one, so a re-run attempt of the same workflow run converges on
 * the same experiment while two workflow runs with equal results stay two experiments. The name, the
 * time and the machine are left out: they differ between attempts of the same run.
 */
export function fingerprintOf(
  record: Omit<ExperimentRecord, 'fingerprint' | 'name' | 'created' | 'author'>,
): string {
  const { environment, ...content } = record;
  return sha256Hex(
    canonicalJson({ ...content, lockfiles: environment.lockfiles, runId: environment.runner.runId ?? null }),
  );
}

/** What one monitoring run measured for a model in a stage: plain facts the adapters gather, judged in evaluate.ts. */
import type { ColumnDrift, DatasetDrift } from '../drift/column.js';
import type { Finding } from '../finding.js';

/** The model version a batch is monitored for. */
export interface MonitorTarget {
  model: string;
  stage: string;
  /** The version in the stage (`v1.2.0`), when the registry knows it. */
  version?: string;
}

export interface DriftFacts {
  /** The reference named in the report: a file, or `release churn@v1.2.0: profile.json`. */
  reference: string;
  /** True when the reference is a profile, so tests run on its histograms (see src/core/data/profile.ts). */
  fromProfile: boolean;
  /** Feature drift over the shared input columns. */
  features: DatasetDrift;
  /** Drift of the prediction column against the reference's prediction (or target) column. */
  prediction?: ColumnDrift;
}

export interface PerformanceFacts {
  /** Where the labels came from (the batch itself, or a ground-truth file joined by id). */
  source: string;
  /** Rows with both a label and a prediction. */
  rows: number;
  metrics: Record<string, number>;
  /** The version's recorded evaluation (its release's metrics.json), when known. */
  recorded?: Record<string, number>;
}

/** Named numbers from a file (business or system metrics). */
export interface MetricFacts {
  file: string;
  values: Record<string, number>;
}

export interface MonitorFacts {
  target: MonitorTarget;
  batch: { file: string; rows: number };
  /** Bad input found while reading: missing columns, another schema, unknown ids, an empty batch. */
  input: Finding[];
  drift?: DriftFacts;
  performance?: PerformanceFacts;
  /** Findings of the dataset's contract on the batch. */
  quality?: Finding[];
  /** Share of missing values per column of the batch. */
  missing?: Record<string, number>;
  business?: MetricFacts;
  system?: MetricFacts;
}

/** Thresholds that decide what counts as a breach, from `.github/mlops.yml`. */
export interface MonitorPolicy {
  /** Share of drifted feature columns that is a breach (default: the drift config's dataset share). */
  driftShare: number;
  missingShare?: number;
  /** Bounds on metrics measured on ground truth. */
  metrics: Record<string, { min?: number; max?: number }>;
  /** Largest allowed drop against the recorded evaluation, per metric and by default. */
  tolerance: { default: number; perMetric: Record<string, number> };
  /** Metric directions (`evaluation.metrics.<name>.higher_is_better`). */
  directions: Record<string, { higher_is_better?: boolean } | undefined>;
  business: Record<string, { min?: number; max?: number }>;
  system: { latency_p95_ms?: number; error_rate?: number };
}

/** What kind of problem a breach is; drift and degradation are also retraining causes. */
export type BreachKind = 'input' | 'drift' | 'degradation' | 'quality' | 'business' | 'system';

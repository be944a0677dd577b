/**
 * `.github/mlops.yml` after defaults (SPEC §3), written by hand to match
 * schemas/mlops-config.schema.json: keys with a default are required here, the rest optional.
 * Add a key in both places (and in docs/configuration.md).
 */

export type Risk = 'low' | 'medium' | 'high';
export type CardsProfile = 'standard' | 'huggingface';
/** A finding severity as configured; `off` drops the rule. */
export type ConfiguredSeverity = 'error' | 'warning' | 'notice' | 'off';
/** Drift tests named as in Evidently; `auto` picks by column type and size as Evidently does. */
export type StatTest = 'auto' | 'ks' | 'chisquare' | 'z' | 'wasserstein' | 'jensenshannon' | 'psi' | 'kl_div' | 'hellinger';
export type DeployStrategy = 'direct' | 'canary' | 'blue-green' | 'shadow' | 'ab';
export type DeployTargetType = 'command' | 'kserve' | 'kubernetes' | 'batch' | 'edge';
export type RetrainingTrigger = 'drift' | 'degradation' | 'schedule' | 'new_data';

/** Acceptable range of one metric, both ends inclusive. */
export interface Bounds {
  min?: number;
  max?: number;
}

export interface ModelEntry {
  name: string;
  /** Repository-relative folder. */
  path: string;
  risk: Risk;
  /** Card path; when absent, MODEL_CARD.md else README.md in `path`. */
  card?: string;
  cards_profile?: CardsProfile;
}

export interface DatasetEntry {
  name: string;
  path: string;
  /** Card path; when absent, DATA_CARD.md else README.md in `path`. */
  card?: string;
  /** Files compared for drift by the check-data action (repository-relative). */
  drift?: DatasetDriftFiles;
}

/** A dataset's drift pair: reference data or a profile JSON, and the current data. */
export interface DatasetDriftFiles {
  reference: string;
  current: string;
}

export interface CardsConfig {
  profile: CardsProfile;
  /** Profile per path glob, first match wins. */
  profiles: Record<string, CardsProfile>;
  /** Replaces the profile's required sections when given. */
  required_sections: { model?: string[]; data?: string[] };
  /** Severity per rule id, e.g. `card/placeholder: warning`. */
  severity: Record<string, ConfiguredSeverity>;
  placeholders: string[];
}

export interface MetricConfig {
  higher_is_better?: boolean;
  min?: number;
  max?: number;
  tolerance?: number;
}

export interface EvaluationConfig {
  metrics: Record<string, MetricConfig>;
  primary_metric?: string;
}

export interface FairnessConfig {
  sensitive_features: string[];
  /** Predictions file the check-data action assesses (repository-relative); needs label and prediction. */
  predictions?: string;
  label?: string;
  prediction?: string;
  /** The positive label; default 1 / true / yes as `mlops fairness`. */
  positive_label?: string | number | boolean;
  thresholds: {
    demographic_parity_difference: number;
    demographic_parity_ratio: number;
    equalized_odds_difference: number;
    equalized_odds_ratio: number;
    equal_opportunity_difference: number;
  };
}

export interface DriftColumnConfig {
  stattest?: StatTest;
  threshold?: number;
  ignore?: boolean;
}

export interface DriftConfig {
  stattest: { numerical: StatTest; categorical: StatTest };
  thresholds: { p_value: number; distance: number };
  dataset_drift_share: number;
  bins: number | 'sturges';
  columns: Record<string, DriftColumnConfig>;
}

/** The promotion policy of one stage, with defaults filled in for every stage in `stages`. */
export interface PromotionPolicy {
  approvals: number;
  teams: string[];
  codeowners: boolean;
  /** The stage a version must come from; absent for the first stage. */
  from?: string;
  soak_hours: number;
  metrics: Record<string, Bounds>;
  max_regression?: number;
  require_card_complete: boolean;
  high_risk_extra_approvals: number;
  require_fairness_report: boolean;
}

export interface HealthCheck {
  /** `{slot}` is replaced by the slot under test. */
  url?: string;
  metrics_url?: string;
  /** Timeout of one probe, `5s` by default. */
  timeout: string;
  latency_p95_ms?: number;
  error_rate?: number;
  /** `30s`, `5m`, `2h`. */
  duration: string;
  interval: string;
}

export interface DeployTarget {
  type: DeployTargetType;
  command?: string;
  manifest?: string;
  branch?: string;
  namespace?: string;
  model_format?: string;
  storage_uri?: string;
  crd?: string;
  input?: string;
  output?: string;
  channel?: string;
  min_runtime?: string;
  image?: string;
  replicas?: number;
  port?: number;
}

export interface ShadowPolicy {
  inputs?: string;
  url?: string;
  max_disagreement?: number;
  max_latency_ratio?: number;
  latency_tolerance_ms?: number;
}

export interface AbPolicy {
  outcomes?: string;
  min_samples?: number;
  significance?: number;
  higher_is_better?: boolean;
}

/** Deployment of one stage, with defaults filled in for every stage in `stages`. */
export interface DeployPolicy {
  strategy: DeployStrategy;
  /** Traffic percentages for canary (and the split for ab). */
  steps: number[];
  /** GitHub Environment; defaults to the stage name. */
  environment: string;
  health: HealthCheck;
  target?: DeployTarget;
  rollback: boolean;
  /** `environment_url` of the deployment. */
  url?: string;
  /** Pause between canary steps (`0s` by default). */
  pause: string;
  /** Longest a deploy command may run per step (`10m` by default). */
  timeout: string;
  shadow?: ShadowPolicy;
  ab?: AbPolicy;
}

export interface MonitoringConfig {
  schedule: string;
  thresholds: { metrics: Record<string, Bounds>; drift_share?: number; missing_share?: number; degradation?: number; business?: Record<string, Bounds> };
  alert: { labels: string[]; assignees: string[]; webhook_secret?: string; runbook?: string };
}

export interface RetrainingConfig {
  triggers: RetrainingTrigger[];
  cooldown_hours: number;
  event_type: string;
  schedule?: string;
}

export interface RetentionConfig {
  experiments: { keep_days: number; keep_last: number };
}

/** The whole configuration with defaults applied. */
export interface MlopsConfig {
  version: 1;
  project: string;
  stages: string[];
  release_branch_prefix: string;
  models: ModelEntry[];
  datasets: DatasetEntry[];
  cards: CardsConfig;
  evaluation: EvaluationConfig;
  fairness: FairnessConfig;
  drift: DriftConfig;
  /** Keyed by stage; every stage in `stages` has an entry. */
  promotion: Record<string, PromotionPolicy>;
  /** Keyed by stage; every stage in `stages` has an entry. */
  deploy: Record<string, DeployPolicy>;
  monitoring: MonitoringConfig;
  retraining: RetrainingConfig;
  retention: RetentionConfig;
}

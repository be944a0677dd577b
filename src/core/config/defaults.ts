/**
 * Defaults that make an empty (or missing) `.github/mlops.yml` work. They match the `default`
 * annotations of schemas/mlops-config.schema.json (a test holds them together).
 */
import type { DatasetEntry, DeployPolicy, DeployStrategy, MlopsConfig, PromotionPolicy } from './types.js';

/** Deep-partial form of a config as a user writes it (already checked against the schema). */
export type RawConfig = DeepPartial<MlopsConfig>;
type DeepPartial<T> = T extends Array<infer U> ? Array<DeepPartial<U>> : T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T;

export const DEFAULT_STAGES = ['dev', 'staging', 'production'];

/** The configuration of an empty file for a project of the given name. */
export function defaultConfig(project = 'project'): MlopsConfig {
  return applyDefaults({}, project);
}

/** Turns a repository folder name into a valid project name (`My Repo` gives `my-repo`). */
export function projectName(folder: string): string {
  const name = folder
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[^a-z0-9]+/, '')
    .slice(0, 64);
  return name || 'project';
}

/** Fills every default into a schema-valid raw config. */
export function applyDefaults(raw: RawConfig, project: string): MlopsConfig {
  const stages = raw.stages?.length ? [...(raw.stages as string[])] : [...DEFAULT_STAGES];
  const cards = raw.cards ?? {};
  const fairness = raw.fairness ?? {};
  const drift = raw.drift ?? {};
  const monitoring = raw.monitoring ?? {};
  const retraining = raw.retraining ?? {};
  return {
    version: 1,
    project: raw.project ?? projectName(project),
    stages,
    release_branch_prefix: raw.release_branch_prefix ?? 'release/',
    models: (raw.models ?? []).map((m) => ({ ...m, name: m.name ?? '', path: m.path ?? '', risk: m.risk ?? 'medium' })),
    // Schema-valid, so a `drift` present has both files.
    datasets: (raw.datasets ?? []).map((d) => ({ ...(d as DatasetEntry), name: d.name ?? '', path: d.path ?? '' })),
    cards: {
      profile: cards.profile ?? 'standard',
      profiles: { ...(cards.profiles as Record<string, MlopsConfig['cards']['profile']>) },
      required_sections: { ...(cards.required_sections as MlopsConfig['cards']['required_sections']) },
      severity: { ...(cards.severity as MlopsConfig['cards']['severity']) },
      placeholders: (cards.placeholders as string[] | undefined) ?? ['[More Information Needed]', 'TODO', 'TBD'],
    },
    evaluation: { metrics: { ...(raw.evaluation?.metrics as MlopsConfig['evaluation']['metrics']) }, primary_metric: raw.evaluation?.primary_metric },
    fairness: {
      sensitive_features: (fairness.sensitive_features as string[] | undefined) ?? [],
      predictions: fairness.predictions,
      label: fairness.label,
      prediction: fairness.prediction,
      positive_label: fairness.positive_label,
      // Fairlearn's metrics; 0.8 is the EEOC four-fifths rule, 0.1 a common tolerance for differences.
      thresholds: {
        demographic_parity_difference: fairness.thresholds?.demographic_parity_difference ?? 0.1,
        demographic_parity_ratio: fairness.thresholds?.demographic_parity_ratio ?? 0.8,
        equalized_odds_difference: fairness.thresholds?.equalized_odds_difference ?? 0.1,
        equalized_odds_ratio: fairness.thresholds?.equalized_odds_ratio ?? 0.8,
        equal_opportunity_difference: fairness.thresholds?.equal_opportunity_difference ?? 0.1,
      },
    },
    // Evidently's defaults: stattest by column type and size, 0.05 for p-values, 0.1 for distances,
    // dataset drift when half the columns drift, Sturges bins for binned tests (get_binned_data).
    drift: {
      stattest: { numerical: drift.stattest?.numerical ?? 'auto', categorical: drift.stattest?.categorical ?? 'auto' },
      thresholds: { p_value: drift.thresholds?.p_value ?? 0.05, distance: drift.thresholds?.distance ?? 0.1 },
      dataset_drift_share: drift.dataset_drift_share ?? 0.5,
      bins: drift.bins ?? 'sturges',
      columns: { ...(drift.columns as MlopsConfig['drift']['columns']) },
    },
    promotion: perStage(stages, (stage, i) => promotionPolicy(raw.promotion?.[stage] ?? {}, stages[i - 1])),
    deploy: perStage(stages, (stage) => deployPolicy(raw.deploy?.[stage] ?? {}, stage)),
    monitoring: {
      schedule: monitoring.schedule ?? '0 6 * * *',
      thresholds: { ...(monitoring.thresholds as MlopsConfig['monitoring']['thresholds']), metrics: { ...(monitoring.thresholds?.metrics as Record<string, object>) } },
      alert: {
        ...(monitoring.alert as MlopsConfig['monitoring']['alert']),
        labels: (monitoring.alert?.labels as string[] | undefined) ?? ['mlops-alert'],
        assignees: (monitoring.alert?.assignees as string[] | undefined) ?? [],
      },
    },
    retraining: {
      triggers: (retraining.triggers as MlopsConfig['retraining']['triggers'] | undefined) ?? ['drift', 'degradation'],
      cooldown_hours: retraining.cooldown_hours ?? 24,
      event_type: retraining.event_type ?? 'mlops-retrain',
      schedule: retraining.schedule,
    },
    retention: { experiments: { keep_days: raw.retention?.experiments?.keep_days ?? 90, keep_last: raw.retention?.experiments?.keep_last ?? 20 } },
  };
}

function perStage<T>(stages: string[], make: (stage: string, index: number) => T): Record<string, T> {
  const out: Record<string, T> = {};
  stages.forEach((stage, i) => (out[stage] = make(stage, i)));
  return out;
}

/** A stage's policy: one approval, entered from the previous stage, a complete card. */
function promotionPolicy(raw: DeepPartial<PromotionPolicy>, previous: string | undefined): PromotionPolicy {
  return {
    approvals: raw.approvals ?? 1,
    teams: (raw.teams as string[] | undefined) ?? [],
    codeowners: raw.codeowners ?? false,
    from: raw.from ?? previous,
    soak_hours: raw.soak_hours ?? 0,
    metrics: { ...(raw.metrics as PromotionPolicy['metrics']) },
    max_regression: raw.max_regression,
    require_card_complete: raw.require_card_complete ?? true,
    high_risk_extra_approvals: raw.high_risk_extra_approvals ?? 1,
    require_fairness_report: raw.require_fairness_report ?? true,
  };
}

const DEFAULT_STEPS: Record<DeployStrategy, number[]> = { direct: [100], canary: [10, 50, 100], 'blue-green': [100], shadow: [100], ab: [50] };

/** A stage's deployment: `direct` into the GitHub Environment named after the stage, rollback on. */
function deployPolicy(raw: DeepPartial<DeployPolicy>, stage: string): DeployPolicy {
  const strategy = raw.strategy ?? 'direct';
  return {
    strategy,
    steps: (raw.steps as number[] | undefined) ?? DEFAULT_STEPS[strategy],
    environment: raw.environment ?? stage,
    health: { ...(raw.health as DeployPolicy['health']), duration: raw.health?.duration ?? '5m', interval: raw.health?.interval ?? '30s', timeout: raw.health?.timeout ?? '5s' },
    target: raw.target as DeployPolicy['target'],
    rollback: raw.rollback ?? true,
    url: raw.url,
    pause: raw.pause ?? '0s',
    timeout: raw.timeout ?? '10m',
    shadow: raw.shadow as DeployPolicy['shadow'],
    ab: raw.ab as DeployPolicy['ab'],
  };
}

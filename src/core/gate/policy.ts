/** The promotion policy of one stage, with the standard's defaults, read from `.github/mlops.yml`. */
import type { MlopsConfig } from '../config/types.js';

/** A metric threshold; `maxRegression` is the largest allowed drop against the version now in the stage. */
export interface MetricRule {
  min?: number;
  max?: number;
  maxRegression?: number;
  /** False for losses and error rates (a rise is the regression). Default true. */
  higherIsBetter?: boolean;
}

export interface PromotionPolicy {
  stage: string;
  /** All stages in promotion order. */
  stages: string[];
  approvals: number;
  /** `org/team-slug`: at least one counted approver must be an active member of each. */
  requiredTeams: string[];
  /** Each changed path needs an approval by one of its CODEOWNERS. */
  codeowners: boolean;
  /** The stage the version must be in now (default: the previous stage; null: none). */
  fromStage: string | null;
  /** Hours the version must have spent in fromStage. */
  soakHours: number;
  metrics: Record<string, MetricRule>;
  fairness: Record<string, { min?: number; max?: number }>;
  requireCompleteCard: boolean;
  requireChecksums: boolean;
  highRisk: { extraApprovals: number; requireFairnessReport: boolean };
  /** Files a promotion PR may not edit, because the gate's evidence must not come from the PR (globs, CODEOWNERS syntax). */
  protectedEvidence: string[];
}

export const DEFAULT_STAGES = ['dev', 'staging', 'production'];
export const DEFAULT_PROTECTED_EVIDENCE = ['metrics.json', 'metrics.yaml', 'metrics.yml', '*.metrics.json', 'SHA256SUMS', 'experiment.json', 'fairness*.json'];

/** The default policy of a stage: approvals grow along the stage order (0 for the first, 2 for the last, 1 between). */
export function defaultPolicy(stage: string, stages: string[] = DEFAULT_STAGES): PromotionPolicy {
  const index = stages.indexOf(stage);
  const last = stages.length - 1;
  return {
    stage,
    stages,
    approvals: index <= 0 ? 0 : index === last ? 2 : 1,
    requiredTeams: [],
    codeowners: false,
    fromStage: index > 0 ? (stages[index - 1] ?? null) : null,
    soakHours: 0,
    metrics: {},
    fairness: {},
    requireCompleteCard: true,
    requireChecksums: true,
    highRisk: { extraApprovals: 1, requireFairnessReport: true },
    protectedEvidence: DEFAULT_PROTECTED_EVIDENCE,
  };
}

/**
 * The policy of `stage` from `.github/mlops.yml` (defaults applied): `promotion.{stage}` gives the people
 * rules and per-stage metric bounds; `evaluation.metrics` gives every stage's bounds, direction and
 * `tolerance` (the largest allowed regression; `promotion.{stage}.max_regression` is the default for all
 * metrics); `fairness.thresholds` apply when `fairness.sensitive_features` are configured (Fairlearn's
 * differences are maxima, ratios minima).
 */
export function policyFromConfig(config: MlopsConfig, stage: string): PromotionPolicy {
  const base = defaultPolicy(stage, config.stages);
  const p = config.promotion[stage];
  if (!p) return base;
  const metrics: Record<string, MetricRule> = {};
  for (const [name, m] of Object.entries(config.evaluation.metrics))
    metrics[name] = { min: m.min, max: m.max, higherIsBetter: m.higher_is_better, maxRegression: m.tolerance ?? p.max_regression };
  for (const [name, b] of Object.entries(p.metrics))
    metrics[name] = { ...metrics[name], min: b.min ?? metrics[name]?.min, max: b.max ?? metrics[name]?.max, maxRegression: metrics[name]?.maxRegression ?? p.max_regression };
  const fairness: PromotionPolicy['fairness'] = {};
  if (config.fairness.sensitive_features.length)
    for (const [name, value] of Object.entries(config.fairness.thresholds))
      fairness[name] = name.endsWith('_ratio') ? { min: value } : { max: value };
  return {
    ...base,
    approvals: p.approvals,
    requiredTeams: p.teams,
    codeowners: p.codeowners,
    fromStage: p.from ?? null,
    soakHours: p.soak_hours,
    metrics,
    fairness,
    requireCompleteCard: p.require_card_complete,
    highRisk: { extraApprovals: p.high_risk_extra_approvals, requireFairnessReport: p.require_fairness_report },
  };
}

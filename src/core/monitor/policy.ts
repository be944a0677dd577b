/** The monitoring policy of one stage, read from `.github/mlops.yml` (after defaults). */
import type { MlopsConfig } from '../config/types.js';
import { DEFAULT_DEGRADATION } from './evaluate.js';
import type { MonitorPolicy } from './types.js';

/**
 * Thresholds for a stage: drift share from `monitoring.thresholds.drift_share` (else the drift
 * section's), metric bounds and tolerances, business bounds, and the stage's health thresholds
 * for latency and error rate (the same numbers a deployment's health check uses).
 */
export function monitorPolicy(config: MlopsConfig, stage: string): MonitorPolicy {
  const t = config.monitoring.thresholds;
  const perMetric: Record<string, number> = {};
  for (const [name, m] of Object.entries(config.evaluation.metrics)) if (m.tolerance !== undefined) perMetric[name] = m.tolerance;
  const health = config.deploy[stage]?.health;
  return {
    driftShare: t.drift_share ?? config.drift.dataset_drift_share,
    missingShare: t.missing_share,
    metrics: t.metrics,
    tolerance: { default: t.degradation ?? DEFAULT_DEGRADATION, perMetric },
    directions: config.evaluation.metrics,
    business: t.business ?? {},
    system: { latency_p95_ms: health?.latency_p95_ms, error_rate: health?.error_rate },
  };
}

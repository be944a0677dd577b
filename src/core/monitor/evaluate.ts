/**
 * Judges one monitoring run: every measured fact against the policy, as findings. A finding of
 * severity warning or error is a breach (it opens or keeps the alert issue); notices only inform.
 */
import { datasetDrift } from '../drift/column.js';
import { driftFindings } from '../drift/report.js';
import { thresholdFindings } from '../evaluate/summary.js';
import { directionOf } from '../experiments/compare.js';
import type { Finding, Severity } from '../finding.js';
import type { BreachKind, MetricFacts, MonitorFacts, MonitorPolicy, PerformanceFacts } from './types.js';

/** Evidently-style defaults where the config is silent: a drop of 0.05 in a metric is a degradation. */
export const DEFAULT_DEGRADATION = 0.05;

const fmt = (x: number): string => (Number.isInteger(x) ? String(x) : x.toFixed(4));

/** Every finding of the run, input problems first. */
export function monitorFindings(facts: MonitorFacts, policy: MonitorPolicy): Finding[] {
  return [
    ...facts.input,
    ...driftChecks(facts, policy),
    ...(facts.performance ? performanceChecks(facts.performance, policy) : []),
    ...(facts.quality ?? []).map((f) => ({ ...f, rule: f.rule.startsWith('monitor/') ? f.rule : `monitor/quality/${f.rule}` })),
    ...missingChecks(facts, policy),
    ...(facts.business ? boundChecks(facts.business, policy.business, 'monitor/business', 'monitoring.thresholds.business') : []),
    ...(facts.system ? systemChecks(facts.system, policy) : []),
  ];
}

function driftChecks(facts: MonitorFacts, policy: MonitorPolicy): Finding[] {
  if (!facts.drift) return [];
  const { features, prediction, reference } = facts.drift;
  // The alerting share may differ from the drift section's (monitoring.thresholds.drift_share).
  const judged = datasetDrift(features.columns, policy.driftShare);
  const out = driftFindings(judged, facts.batch.file).map((f): Finding =>
    f.rule === 'drift/dataset'
      ? { ...f, rule: 'monitor/drift', severity: 'warning', message: `${f.message} against ${reference}` }
      : { ...f, rule: 'monitor/drift-column', severity: 'notice' },
  );
  if (prediction?.drifted) {
    out.push({
      rule: 'monitor/prediction-drift',
      severity: 'warning',
      message: `predictions drifted: ${prediction.testLabel} ${fmt(prediction.score)} (threshold ${prediction.threshold}) on '${prediction.column}'`,
      file: facts.batch.file,
      hint: 'The model sees different inputs or behaves differently; compare with the reference and consider retraining.',
    });
  }
  return out;
}

/** Degradation against the recorded evaluation, and bounds from `monitoring.thresholds.metrics`. */
export function performanceChecks(perf: PerformanceFacts, policy: MonitorPolicy): Finding[] {
  const out: Finding[] = thresholdFindings(perf.metrics, policy.metrics, perf.source).map((f) => ({
    ...f,
    rule: 'monitor/metric',
    hint: 'Investigate the model in production (see the runbook), or change the bound in .github/mlops.yml (monitoring.thresholds.metrics).',
  }));
  for (const [name, recorded] of Object.entries(perf.recorded ?? {})) {
    const current = perf.metrics[name];
    if (current === undefined) continue;
    const direction = directionOf(name, policy.directions);
    if (!direction) continue;
    const drop = direction === 'higher' ? recorded - current : current - recorded;
    const tolerance = policy.tolerance.perMetric[name] ?? policy.tolerance.default;
    if (drop <= tolerance + 1e-12) continue;
    out.push({
      rule: 'monitor/degradation',
      severity: 'error',
      message: `${name} is ${fmt(current)} on ${perf.rows} labelled rows, ${fmt(drop)} worse than the recorded ${fmt(recorded)} (tolerance ${tolerance})`,
      file: perf.source,
      hint: 'Roll back (see the command in the alert) or retrain on recent data; the tolerance is monitoring.thresholds.degradation or evaluation.metrics.<name>.tolerance.',
    });
  }
  return out;
}

function missingChecks(facts: MonitorFacts, policy: MonitorPolicy): Finding[] {
  const limit = policy.missingShare;
  if (limit === undefined || !facts.missing) return [];
  return Object.entries(facts.missing)
    .filter(([, share]) => share > limit)
    .map(([column, share]) => ({
      rule: 'monitor/missing',
      severity: 'warning' as Severity,
      message: `column '${column}' is ${(100 * share).toFixed(1)}% missing (limit ${(100 * limit).toFixed(1)}%)`,
      file: facts.batch.file,
      hint: 'Check the upstream feature pipeline; the limit is monitoring.thresholds.missing_share.',
    }));
}

function boundChecks(metrics: MetricFacts, bounds: Record<string, { min?: number; max?: number }>, rule: string, key: string): Finding[] {
  const out: Finding[] = [];
  for (const [name, b] of Object.entries(bounds)) {
    const value = metrics.values[name];
    if (value === undefined) {
      out.push({ rule: `${rule}-missing`, severity: 'notice', message: `${name} is not in ${metrics.file}`, file: metrics.file, hint: `${key}.${name} has a bound but the file has no value for it.` });
      continue;
    }
    const low = b.min !== undefined && value < b.min;
    const high = b.max !== undefined && value > b.max;
    if (!low && !high) continue;
    out.push({
      rule,
      severity: 'error',
      message: `${name} is ${fmt(value)}, ${low ? `below the minimum ${b.min}` : `above the maximum ${b.max}`}`,
      file: metrics.file,
      hint: `Follow the runbook; the bound is ${key}.${name}.`,
    });
  }
  return out;
}

/** Latency and error rate against the stage's health thresholds (the same ones a deployment checks). */
function systemChecks(system: MetricFacts, policy: MonitorPolicy): Finding[] {
  const bounds: Record<string, { max?: number }> = {};
  if (policy.system.latency_p95_ms !== undefined) bounds.latency_p95_ms = { max: policy.system.latency_p95_ms };
  if (policy.system.error_rate !== undefined) bounds.error_rate = { max: policy.system.error_rate };
  return boundChecks({ ...system, values: system.values }, bounds, 'monitor/system', 'deploy.<stage>.health').filter((f) => f.severity !== 'notice');
}

/** The kind of a finding's breach, or undefined for notices (they never alert). */
export function breachKind(finding: Finding): BreachKind | undefined {
  if (finding.severity === 'notice') return undefined;
  const r = finding.rule;
  if (r === 'monitor/drift' || r === 'monitor/prediction-drift') return 'drift';
  if (r === 'monitor/degradation' || r === 'monitor/metric') return 'degradation';
  if (r.startsWith('monitor/business')) return 'business';
  if (r.startsWith('monitor/system')) return 'system';
  if (r.startsWith('monitor/quality') || r === 'monitor/missing') return 'quality';
  return 'input';
}

/** The breaches among the findings (warnings and errors). */
export function breaches(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => breachKind(f) !== undefined);
}

/** The alert's severity: `critical` when any breach is an error, `warning` otherwise, undefined when healthy. */
export function alertSeverity(findings: readonly Finding[]): 'critical' | 'warning' | undefined {
  const b = breaches(findings);
  if (!b.length) return undefined;
  return b.some((f) => f.severity === 'error') ? 'critical' : 'warning';
}

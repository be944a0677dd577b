/**
 * Health verdicts from probes of an HTTP endpoint and, where given, the service's own metrics
 * (JSON or Prometheus text exposition format). Pure: the polling lives in src/adapters/deploy.
 */

export interface Probe {
  /** HTTP status, or 0 when the request failed (timeout, refused, reset). */
  status: number;
  latencyMs: number;
  error?: string;
}

export interface HealthThresholds {
  /** Highest acceptable 95th percentile latency. */
  latency_p95_ms?: number;
  /** Highest acceptable share of failed requests, 0..1. */
  error_rate?: number;
}

/** Request counts read from the service's metrics endpoint. */
export interface ServiceMetrics {
  requests: number;
  errors: number;
  /** Latency percentiles the service reports itself, in ms. */
  latencyP95Ms?: number;
}

export interface HealthVerdict {
  healthy: boolean;
  probes: number;
  failedProbes: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  errorRate: number;
  reasons: string[];
}

/** The q-quantile (0..1) with linear interpolation between closest ranks (numpy's default). */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

/** Judges probes (and service metrics, when read) against the thresholds; every failing reason is named. */
export function judgeHealth(probes: readonly Probe[], thresholds: HealthThresholds, metrics?: ServiceMetrics): HealthVerdict {
  const failed = probes.filter((p) => p.status < 200 || p.status >= 400);
  const latencies = probes.filter((p) => p.status > 0).map((p) => p.latencyMs);
  const p95 = metrics?.latencyP95Ms ?? quantile(latencies, 0.95);
  const probeErrorRate = probes.length ? failed.length / probes.length : 1;
  const errorRate = metrics && metrics.requests > 0 ? Math.max(probeErrorRate, metrics.errors / metrics.requests) : probeErrorRate;
  const reasons: string[] = [];
  if (probes.length === 0) reasons.push('no probe was made');
  const maxErrors = thresholds.error_rate ?? 0;
  if (errorRate > maxErrors) {
    const sample = failed[0];
    const first = sample ? ` (first failure: ${sample.status ? `HTTP ${sample.status}` : (sample.error ?? 'no answer')})` : '';
    reasons.push(`error rate ${(errorRate * 100).toFixed(1)}% exceeds ${(maxErrors * 100).toFixed(1)}%${first}`);
  }
  if (thresholds.latency_p95_ms !== undefined && p95 > thresholds.latency_p95_ms) {
    reasons.push(`p95 latency ${p95.toFixed(0)} ms exceeds ${thresholds.latency_p95_ms} ms`);
  }
  return {
    healthy: reasons.length === 0,
    probes: probes.length,
    failedProbes: failed.length,
    p50Ms: quantile(latencies, 0.5),
    p95Ms: p95,
    p99Ms: quantile(latencies, 0.99),
    errorRate,
    reasons,
  };
}

/**
 * Reads request and error counts from a metrics body. JSON: `{requests, errors, latency_p95_ms}`
 * (or `error_rate`). Prometheus text: counters ending in `_requests_total` summed, those with a
 * `code`/`status` label of 5xx counted as errors; a `quantile="0.95"` sample of a `*latency*` or
 * `*duration*` summary is taken as the p95 (seconds unless the name says `_ms`).
 */
export function parseServiceMetrics(body: string, contentType = ''): ServiceMetrics | undefined {
  const text = body.trim();
  if (contentType.includes('json') || text.startsWith('{')) return fromJson(text);
  return fromPrometheus(text);
}

function fromJson(text: string): ServiceMetrics | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!value || typeof value !== 'object') return undefined;
  const o = value as Record<string, unknown>;
  const num = (k: string) => (typeof o[k] === 'number' && Number.isFinite(o[k]) ? (o[k] as number) : undefined);
  const requests = num('requests') ?? num('requests_total');
  const errors = num('errors') ?? num('errors_total');
  const rate = num('error_rate');
  const latency = num('latency_p95_ms');
  if (requests !== undefined && errors !== undefined) return { requests, errors, latencyP95Ms: latency };
  if (rate !== undefined) return { requests: 1_000_000, errors: Math.round(rate * 1_000_000), latencyP95Ms: latency };
  return latency !== undefined ? { requests: 0, errors: 0, latencyP95Ms: latency } : undefined;
}

const SAMPLE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{([^}]*)\})?\s+(\S+)/;

function fromPrometheus(text: string): ServiceMetrics | undefined {
  let requests = 0;
  let errors = 0;
  let seen = false;
  let latencyP95Ms: number | undefined;
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) continue;
    const m = SAMPLE.exec(line.trim());
    if (!m) continue;
    const [, name = '', labels = '', raw = ''] = m;
    const value = Number(raw);
    if (!Number.isFinite(value)) continue;
    const label = (k: string) => new RegExp(`(?:^|,)\\s*${k}="([^"]*)"`).exec(labels)?.[1];
    if (name.endsWith('_requests_total')) {
      seen = true;
      requests += value;
      if (/^5/.test(label('code') ?? label('status') ?? '')) errors += value;
    } else if (/latency|duration/.test(name) && label('quantile') === '0.95') {
      latencyP95Ms = /_ms\b|_milliseconds/.test(name) ? value : value * 1000;
    }
  }
  return seen || latencyP95Ms !== undefined ? { requests, errors, latencyP95Ms } : undefined;
}

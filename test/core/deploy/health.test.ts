import { describe, expect, it } from '@jest/globals';
import { judgeHealth, parseServiceMetrics, quantile, type Probe } from '../../../src/core/deploy/health.js';

const ok = (latencyMs: number): Probe => ({ status: 200, latencyMs });

describe('health verdicts', () => {
  it('interpolates quantiles like numpy', () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([10, 20, 30, 40, 50], 0.95)).toBeCloseTo(48, 10);
  });

  it('passes healthy probes under the thresholds', () => {
    const v = judgeHealth([ok(10), ok(12), ok(15), ok(11)], { latency_p95_ms: 50, error_rate: 0 });
    expect(v).toMatchObject({ healthy: true, probes: 4, failedProbes: 0, errorRate: 0 });
  });

  it('fails on error rate and names the first failure', () => {
    const v = judgeHealth([ok(10), { status: 503, latencyMs: 5 }, { status: 0, latencyMs: 1000, error: 'timeout' }], { error_rate: 0.1 });
    expect(v.healthy).toBe(false);
    expect(v.reasons[0]).toMatch(/error rate 66\.7% exceeds 10\.0% \(first failure: HTTP 503\)/);
  });

  it('fails on p95 latency', () => {
    const v = judgeHealth([ok(10), ok(20), ok(400)], { latency_p95_ms: 100 });
    expect(v.reasons).toEqual([expect.stringMatching(/p95 latency \d+ ms exceeds 100 ms/)]);
  });

  it('is unhealthy when no probe was made', () => {
    expect(judgeHealth([], {}).reasons).toContain('no probe was made');
  });

  it('takes the worse of probe and service-reported error rates', () => {
    const v = judgeHealth([ok(5), ok(5)], { error_rate: 0.05 }, { requests: 100, errors: 10 });
    expect(v.errorRate).toBeCloseTo(0.1, 12);
    expect(v.healthy).toBe(false);
  });
});

describe('service metrics', () => {
  it('reads JSON counts and rates', () => {
    expect(parseServiceMetrics('{"requests": 200, "errors": 3, "latency_p95_ms": 42}')).toEqual({ requests: 200, errors: 3, latencyP95Ms: 42 });
    expect(parseServiceMetrics('{"error_rate": 0.25}')?.errors).toBe(250000);
    expect(parseServiceMetrics('not json {')).toBeUndefined();
  });

  it('reads Prometheus counters by status code and a p95 summary in seconds', () => {
    const text = [
      '# HELP http_requests_total Requests.',
      '# TYPE http_requests_total counter',
      'http_requests_total{code="200",path="/predict"} 90',
      'http_requests_total{code="503",path="/predict"} 10',
      'request_latency_seconds{quantile="0.95"} 0.125',
    ].join('\n');
    expect(parseServiceMetrics(text, 'text/plain; version=0.0.4')).toEqual({ requests: 100, errors: 10, latencyP95Ms: 125 });
  });
});

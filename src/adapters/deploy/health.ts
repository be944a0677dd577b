/** Polls a health endpoint for a while and judges it (src/core/deploy/health.ts). Every request is bounded by a timeout. */
import { judgeHealth, parseServiceMetrics, type HealthThresholds, type HealthVerdict, type Probe, type ServiceMetrics } from '../../core/deploy/health.js';

export interface PollOptions extends HealthThresholds {
  url: string;
  /** Service metrics (JSON or Prometheus text); read once after the probes. */
  metricsUrl?: string;
  durationMs: number;
  intervalMs: number;
  /** Per-request timeout; a slower answer counts as a failed probe. */
  timeoutMs?: number;
  /** Added to every request as `X-Mlops-Slot` so a router can direct the probe. */
  slot?: string;
  sleep?: (ms: number) => Promise<void>;
}

const wait = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Makes one probe: status and latency, or status 0 with the reason when no answer came. */
export async function probe(url: string, timeoutMs: number, headers: Record<string, string> = {}): Promise<Probe> {
  const started = performance.now();
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), headers });
    await res.arrayBuffer();
    return { status: res.status, latencyMs: performance.now() - started };
  } catch (error) {
    const e = error as Error & { cause?: { code?: string; message?: string } };
    const reason = e.name === 'TimeoutError' ? `timeout after ${timeoutMs} ms` : (e.cause?.code ?? e.cause?.message ?? e.message);
    return { status: 0, latencyMs: performance.now() - started, error: reason };
  }
}

/** Probes `url` every `intervalMs` for `durationMs` (at least once), then judges the probes. */
export async function pollHealth(options: PollOptions): Promise<HealthVerdict & { metrics?: ServiceMetrics }> {
  const sleep = options.sleep ?? wait;
  const timeoutMs = options.timeoutMs ?? 5000;
  const headers: Record<string, string> = options.slot ? { 'x-mlops-slot': options.slot } : {};
  const probes: Probe[] = [];
  const deadline = Date.now() + options.durationMs;
  do {
    probes.push(await probe(options.url, timeoutMs, headers));
    if (Date.now() + options.intervalMs > deadline) break;
    await sleep(options.intervalMs);
  } while (Date.now() < deadline);
  let metrics: ServiceMetrics | undefined;
  if (options.metricsUrl) {
    try {
      const res = await fetch(options.metricsUrl, { signal: AbortSignal.timeout(timeoutMs), headers });
      metrics = parseServiceMetrics(await res.text(), res.headers.get('content-type') ?? '');
    } catch {
      metrics = undefined;
    }
  }
  return { ...judgeHealth(probes, options, metrics), metrics };
}

/** The outside-world judgements of a deployment, built from the stage's policy: health, shadow comparison, A/B outcomes. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { decideAb, type Outcome } from '../../core/deploy/ab.js';
import { quantile } from '../../core/deploy/health.js';
import type { PlanStep } from '../../core/deploy/plan.js';
import type { DeployPolicy } from '../../core/config/types.js';
import { parseDuration } from '../../core/duration.js';
import { UserError } from '../../core/errors.js';
import type { DeployProbes } from './executor.js';
import { insideRoot } from '../fs/inside.js';
import { pollHealth } from './health.js';

const ms = (value: string | undefined, fallback: number) => (value === undefined ? fallback : (parseDuration(value) ?? fallback));
const forSlot = (template: string, slot: string) => template.replaceAll('{slot}', slot);

/** Health, shadow and A/B probes for a stage; `repo` bounds the files the policy may name. */
export function probesFor(policy: DeployPolicy, repo: string): DeployProbes {
  const probes: DeployProbes = {};
  const health = policy.health;
  if (health.url) {
    const url = health.url;
    probes.health = (step: PlanStep) =>
      pollHealth({
        url: forSlot(url, step.slot),
        metricsUrl: health.metrics_url ? forSlot(health.metrics_url, step.slot) : undefined,
        durationMs: ms(health.duration, 300_000),
        intervalMs: ms(health.interval, 30_000),
        timeoutMs: ms(health.timeout, 5000),
        latency_p95_ms: health.latency_p95_ms,
        error_rate: health.error_rate,
        slot: step.slot,
      });
  }
  const shadow = policy.shadow;
  if (shadow?.url && shadow.inputs) {
    const { url, inputs } = shadow;
    probes.compare = () =>
      compareShadow(url, repoFile(repo, inputs), {
        maxDisagreement: shadow.max_disagreement ?? 0.1,
        maxLatencyRatio: shadow.max_latency_ratio ?? 1.5,
        latencyToleranceMs: shadow.latency_tolerance_ms ?? 5,
        timeoutMs: ms(health.timeout, 5000),
      });
  }
  const ab = policy.ab;
  if (ab?.outcomes) {
    const source = ab.outcomes;
    probes.decide = async () =>
      decideAb(await readOutcomes(source, repo), { minSamples: ab.min_samples, significance: ab.significance, higherIsBetter: ab.higher_is_better });
  }
  return probes;
}

/** A repository-relative path from the config, refused when it leaves the repository. */
const repoFile = (repo: string, rel: string): string => insideRoot(repo, rel, '.github/mlops.yml');

/** Reads JSON Lines, naming the line of any that does not parse. */
function jsonLines(text: string, file: string): unknown[] {
  return text
    .split('\n')
    .map((line, i) => ({ line: line.trim(), n: i + 1 }))
    .filter((l) => l.line)
    .map(({ line, n }) => {
      try {
        return JSON.parse(line) as unknown;
      } catch {
        throw new UserError('not a JSON value', { file, line: n });
      }
    });
}

/** Outcomes `{variant, value}` from a repository file or an http(s) URL. */
export async function readOutcomes(source: string, repo: string): Promise<Outcome[]> {
  const remote = /^https?:\/\//.test(source);
  const text = remote ? await (await fetch(source, { signal: AbortSignal.timeout(30_000) })).text() : await readFile(repoFile(repo, source), 'utf8');
  return jsonLines(text, source).map((row, i) => {
    const r = row as { variant?: unknown; value?: unknown };
    const variant = String(r.variant ?? '').toLowerCase();
    const value = typeof r.value === 'boolean' ? Number(r.value) : r.value;
    if ((variant !== 'a' && variant !== 'b') || typeof value !== 'number' || !Number.isFinite(value)) {
      throw new UserError('an outcome needs "variant": "a"|"b" and a numeric "value"', { file: source, line: i + 1 });
    }
    return { variant, value };
  });
}

interface Answer {
  body: string;
  latencyMs: number;
  ok: boolean;
}

async function post(url: string, body: unknown, timeoutMs: number): Promise<Answer> {
  const started = performance.now();
  try {
    const res = await fetch(url, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' }, signal: AbortSignal.timeout(timeoutMs) });
    return { body: await res.text(), latencyMs: performance.now() - started, ok: res.ok };
  } catch {
    return { body: '', latencyMs: performance.now() - started, ok: false };
  }
}

/** The prediction in an answer: its `prediction`/`predictions` field when JSON, else the whole body. */
function prediction(body: string): string {
  try {
    const v = JSON.parse(body) as Record<string, unknown>;
    return JSON.stringify(v?.prediction ?? v?.predictions ?? v);
  } catch {
    return body.trim();
  }
}

/** Sends every input to the live and the shadow slot and compares predictions and p95 latency. */
/** The limits of a shadow comparison (deploy.<name>.shadow in the configuration). */
export interface ShadowLimits {
  maxDisagreement: number;
  maxLatencyRatio: number;
  /**
   * Milliseconds by which the shadow's p95 may exceed the live one whatever the ratio: for a model that
   * answers in 1–2 ms, one millisecond of jitter is a 2× ratio and says nothing of the model.
   */
  latencyToleranceMs: number;
  timeoutMs: number;
}

/**
 * Sends every input to the live and the shadow slot and compares the answers and p95 latencies: the
 * shadow fails on too many different predictions, or on a p95 both more than `maxLatencyRatio` times
 * and more than `latencyToleranceMs` above the live one.
 */
export async function compareShadow(url: string, inputsFile: string, limits: ShadowLimits): Promise<{ ok: boolean; detail: string }> {
  const { maxDisagreement, maxLatencyRatio, latencyToleranceMs, timeoutMs } = limits;
  const inputs = jsonLines(await readFile(inputsFile, 'utf8'), inputsFile);
  if (!inputs.length) return { ok: false, detail: `no inputs in ${path.basename(inputsFile)} to compare on` };
  const live: Answer[] = [];
  const shadow: Answer[] = [];
  for (const input of inputs) {
    live.push(await post(forSlot(url, 'primary'), input, timeoutMs));
    shadow.push(await post(forSlot(url, 'shadow'), input, timeoutMs));
  }
  const failed = shadow.filter((a) => !a.ok).length;
  const differ = inputs.filter((_, i) => !shadow[i]!.ok || prediction(live[i]!.body) !== prediction(shadow[i]!.body)).length;
  const disagreement = differ / inputs.length;
  const p95 = (xs: Answer[]) => quantile(xs.map((a) => a.latencyMs), 0.95);
  const shadowP95 = p95(shadow);
  const liveP95 = p95(live);
  const ratio = shadowP95 / Math.max(liveP95, 1e-6);
  const slower = ratio > maxLatencyRatio && shadowP95 - liveP95 > latencyToleranceMs;
  const problems = [
    ...(disagreement > maxDisagreement ? [`predictions differ on ${(disagreement * 100).toFixed(1)}% of inputs (limit ${(maxDisagreement * 100).toFixed(1)}%)`] : []),
    ...(slower ? [`shadow p95 latency is ${ratio.toFixed(2)}× the live one (limit ${maxLatencyRatio}×, beyond ${latencyToleranceMs} ms)`] : []),
  ];
  const figures = `${inputs.length} inputs, ${(disagreement * 100).toFixed(1)}% disagreement, ${failed} shadow errors, p95 ${shadowP95.toFixed(0)} ms vs ${liveP95.toFixed(0)} ms live`;
  return { ok: problems.length === 0, detail: problems.length ? `${problems.join('; ')} (${figures})` : `shadow agrees: ${figures}` };
}

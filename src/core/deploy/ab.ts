/**
 * A/B decisions on logged outcomes: a two-proportion Z test for binary outcomes (conversions,
 * correct predictions) and Welch's t test for continuous ones, two-sided, as scipy's
 * `proportions_ztest`-style pooled Z and `ttest_ind(equal_var=False)` compute them.
 */
import { normalCdf } from '../drift/special.js';
import { studentTSf } from './student.js';

export interface Outcome {
  variant: 'a' | 'b';
  value: number;
}

export interface AbDecision {
  test: 'two-proportion-z' | 'welch-t';
  n: { a: number; b: number };
  mean: { a: number; b: number };
  statistic: number;
  pValue: number;
  significant: boolean;
  /** The variant kept: B only when it is significantly better; A otherwise. */
  winner: 'a' | 'b';
  /** True when too few samples were logged to decide; A is kept. */
  insufficient: boolean;
  reason: string;
}

export interface AbOptions {
  significance?: number;
  minSamples?: number;
  higherIsBetter?: boolean;
}

/** Decides between A (the live version) and B (the candidate) from logged outcomes. */
export function decideAb(outcomes: readonly Outcome[], options: AbOptions = {}): AbDecision {
  const alpha = options.significance ?? 0.05;
  const minSamples = options.minSamples ?? 100;
  const higher = options.higherIsBetter ?? true;
  const a = outcomes.filter((o) => o.variant === 'a').map((o) => o.value);
  const b = outcomes.filter((o) => o.variant === 'b').map((o) => o.value);
  const binary = outcomes.every((o) => o.value === 0 || o.value === 1);
  const mean = { a: avg(a), b: avg(b) };
  const n = { a: a.length, b: b.length };
  const test = binary ? 'two-proportion-z' : 'welch-t';
  if (a.length < minSamples || b.length < minSamples) {
    return { test, n, mean, statistic: 0, pValue: 1, significant: false, winner: 'a', insufficient: true, reason: `need ${minSamples} outcomes per variant, have A=${n.a}, B=${n.b}: A is kept` };
  }
  const { statistic, pValue } = binary ? twoProportionZ(a, b) : welchT(a, b);
  const significant = pValue < alpha;
  const bBetter = higher ? mean.b > mean.a : mean.b < mean.a;
  const winner = significant && bBetter ? 'b' : 'a';
  const reason = significant
    ? `B ${bBetter ? 'better' : 'worse'} than A (p = ${pValue.toPrecision(3)} < ${alpha}): ${winner === 'b' ? 'B' : 'A'} is kept`
    : `no significant difference (p = ${pValue.toPrecision(3)} ≥ ${alpha}): A is kept`;
  return { test, n, mean, statistic, pValue, significant, winner, insufficient: false, reason };
}

function avg(xs: readonly number[]): number {
  return xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : 0;
}

function variance(xs: readonly number[], m: number): number {
  return xs.reduce((s, x) => s + (x - m) ** 2, 0) / (xs.length - 1);
}

/** Pooled two-proportion Z test, two-sided. */
export function twoProportionZ(a: readonly number[], b: readonly number[]): { statistic: number; pValue: number } {
  const pa = avg(a);
  const pb = avg(b);
  const pooled = (pa * a.length + pb * b.length) / (a.length + b.length);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / a.length + 1 / b.length));
  if (se === 0) return { statistic: 0, pValue: 1 };
  const z = (pb - pa) / se;
  return { statistic: z, pValue: 2 * (1 - normalCdf(Math.abs(z))) };
}

/** Welch's unequal-variance t test, two-sided, with Welch–Satterthwaite degrees of freedom. */
export function welchT(a: readonly number[], b: readonly number[]): { statistic: number; pValue: number; df: number } {
  const ma = avg(a);
  const mb = avg(b);
  const va = variance(a, ma) / a.length;
  const vb = variance(b, mb) / b.length;
  if (va + vb === 0) return { statistic: 0, pValue: 1, df: a.length + b.length - 2 };
  const t = (mb - ma) / Math.sqrt(va + vb);
  const df = (va + vb) ** 2 / (va ** 2 / (a.length - 1) + vb ** 2 / (b.length - 1));
  return { statistic: t, pValue: 2 * studentTSf(Math.abs(t), df), df };
}

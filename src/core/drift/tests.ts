/**
 * The per-column drift tests, with Evidently's definitions (evidently.calculations.stattests) and
 * scipy's formulas underneath. Inputs are counts that DuckDB computes; nothing here reads data.
 */
import { chi2Sf, normalCdf } from './special.js';

/** Counts of one value (or bin, or category) in the reference and in the current data. */
export type PairCounts = ReadonlyArray<readonly [number, number]>;

function totals(counts: PairCounts): [number, number] {
  let a = 0;
  let b = 0;
  for (const [x, y] of counts) {
    a += x;
    b += y;
  }
  return [a, b];
}

/** Evidently's chi_stat_test: scipy.stats.chisquare(current counts, reference counts scaled to current size). */
export function chiSquareTest(counts: PairCounts): { statistic: number; pValue: number } {
  const [nRef, nCur] = totals(counts);
  const k = nCur / nRef;
  let stat = 0;
  for (const [ref, cur] of counts) {
    const expected = ref * k;
    stat += expected === 0 ? (cur === 0 ? 0 : Infinity) : (cur - expected) ** 2 / expected;
  }
  return { statistic: stat, pValue: counts.length < 2 ? 1 : chi2Sf(stat, counts.length - 1) };
}

/** Evidently's z_stat_test: two-proportion Z test on the share of the first category, p = 2·(1 − Φ(|z|)). */
export function proportionZTest(counts: PairCounts): { statistic: number; pValue: number } {
  if (counts.length <= 1) return { statistic: 0, pValue: 1 };
  const [n1, n2] = totals(counts);
  const [r, c] = counts[0]!;
  const p1 = r / n1;
  const p2 = c / n2;
  const p = (p1 * n1 + p2 * n2) / (n1 + n2);
  const z = (p1 - p2) / Math.sqrt(p * (1 - p) * (1 / n1 + 1 / n2));
  return { statistic: z, pValue: 2 * (1 - normalCdf(Math.abs(z))) };
}

/**
 * scipy.stats.wasserstein_distance from value counts sorted by value, divided by
 * max(reference population std, 0.001) as Evidently's wasserstein_distance_norm.
 */
export function wassersteinNorm(values: readonly number[], counts: PairCounts, refStd: number): number {
  const [n1, n2] = totals(counts);
  let c1 = 0;
  let c2 = 0;
  let sum = 0;
  for (let i = 0; i < values.length - 1; i++) {
    c1 += counts[i]![0];
    c2 += counts[i]![1];
    sum += Math.abs(c1 / n1 - c2 / n2) * (values[i + 1]! - values[i]!);
  }
  return sum / Math.max(refStd, 0.001);
}

/** Proportions per bin as Evidently's get_binned_data, optionally replacing zeros ("feel_zeroes"). */
export function binnedPercents(counts: PairCounts, fillZeroes: boolean): [number[], number[]] {
  const [n1, n2] = totals(counts);
  const ref = counts.map(([a]) => a / n1);
  const cur = counts.map(([, b]) => b / n2);
  return fillZeroes ? [fillZeros(ref), fillZeros(cur)] : [ref, cur];
}

function fillZeros(p: number[]): number[] {
  const nonzero = p.filter((x) => x !== 0);
  if (nonzero.length === p.length) return p;
  const min = Math.min(...nonzero);
  const fill = min <= 0.0001 ? min / 1e6 : 0.0001;
  return p.map((x) => (x === 0 ? fill : x));
}

/** Evidently's PSI: Σ (ref − cur)·ln(ref / cur) over bins with zeros filled. */
export function psi(counts: PairCounts): number {
  const [ref, cur] = binnedPercents(counts, true);
  let s = 0;
  for (let i = 0; i < ref.length; i++) s += (ref[i]! - cur[i]!) * Math.log(ref[i]! / cur[i]!);
  return s;
}

/** Evidently's kl_div: scipy.stats.entropy(ref, cur) (both renormalised) over bins with zeros filled. */
export function klDivergence(counts: PairCounts): number {
  const [ref, cur] = binnedPercents(counts, true).map(normalise) as [number[], number[]];
  let s = 0;
  for (let i = 0; i < ref.length; i++) if (ref[i]! > 0) s += ref[i]! * Math.log(ref[i]! / cur[i]!);
  return s;
}

/** Evidently's jensenshannon: scipy.spatial.distance.jensenshannon (natural log) on raw proportions. */
export function jensenShannon(counts: PairCounts): number {
  const [p, q] = binnedPercents(counts, false).map(normalise) as [number[], number[]];
  let s = 0;
  for (let i = 0; i < p.length; i++) {
    const m = (p[i]! + q[i]!) / 2;
    if (p[i]! > 0) s += p[i]! * Math.log(p[i]! / m);
    if (q[i]! > 0) s += q[i]! * Math.log(q[i]! / m);
  }
  return Math.sqrt(Math.max(0, s / 2));
}

/** Hellinger distance on the binned proportions: sqrt(1 − Σ sqrt(p·q)) (Evidently's hellinger). */
export function hellinger(counts: PairCounts): number {
  const [p, q] = binnedPercents(counts, false);
  let bc = 0;
  for (let i = 0; i < p.length; i++) bc += Math.sqrt(p[i]! * q[i]!);
  return Math.sqrt(Math.max(0, 1 - bc));
}

function normalise(p: number[]): number[] {
  const s = p.reduce((a, b) => a + b, 0);
  return p.map((x) => x / s);
}

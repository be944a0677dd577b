/**
 * A data profile: per column count, nulls, distinct, min, max, mean, std, quantiles, top categories and
 * a histogram (Sturges edges). Small enough for a release asset; usable as a drift reference when the
 * raw reference data is not kept (see driftCountsFromProfile for how each test is approximated).
 */
import { binOf } from '../drift/binning.js';
import type { ColumnCounts } from '../drift/column.js';
import type { ColumnKind } from '../drift/select.js';

export const PROFILE_VERSION = 1;
export const PROFILE_QUANTILES = [0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99];
/** Categories kept per column; the rest is counted as `other_count`. */
export const PROFILE_TOP = 50;

export interface ColumnProfile {
  name: string;
  /** DuckDB type as read. */
  type: string;
  kind: ColumnKind;
  count: number;
  nulls: number;
  distinct: number;
  min?: number | string | null;
  max?: number | string | null;
  mean?: number | null;
  /** Population standard deviation (ddof 0, as Evidently normalises Wasserstein). */
  std?: number | null;
  quantiles?: Record<string, number | null>;
  top: Array<{ value: string; count: number }>;
  other_count: number;
  histogram?: { edges: number[]; counts: number[] };
}

export interface DataProfile {
  $schema?: string;
  version: number;
  source: string;
  rows: number;
  columns: ColumnProfile[];
}

/** True when a parsed JSON value looks like a profile (drift then uses it as the reference). */
export function isProfile(value: unknown): value is DataProfile {
  const v = value as Partial<DataProfile> | null;
  return typeof v === 'object' && v !== null && typeof v.version === 'number' && Array.isArray(v.columns);
}

/**
 * Counts for a drift test from a reference profile and the current data's counts on the same keys:
 * categorical tests use the top categories (exact when the column had at most PROFILE_TOP distinct
 * values, otherwise the rest is one `(other)` bucket); numerical tests use the reference histogram's
 * edges (current values outside them fall in the first or last bin), K-S compares the two ECDFs at
 * the bin edges (a lower bound of D) and Wasserstein integrates the binned ECDF difference.
 */
export function profileHistogramCounts(column: ColumnProfile, current: readonly number[]): ColumnCounts {
  const h = column.histogram!;
  const counts: Array<[number, number]> = h.counts.map((c) => [c, 0]);
  const last = h.edges.length - 2;
  for (const x of current) {
    const i = x < h.edges[0]! ? 0 : x > h.edges[h.edges.length - 1]! ? last : binOf(x, h.edges);
    counts[i]![1]++;
  }
  return { keys: h.edges.slice(0, -1), counts, referenceStd: column.std ?? 0 };
}

/** Binned K-S numerator and Wasserstein integral on the histogram's edges (see profileHistogramCounts). */
export function binnedSummary(
  edges: readonly number[],
  counts: ReadonlyArray<readonly [number, number]>,
): { n1: number; n2: number; dInt: number; wasserstein: number } {
  let n1 = 0;
  let n2 = 0;
  for (const [a, b] of counts) {
    n1 += a;
    n2 += b;
  }
  let c1 = 0;
  let c2 = 0;
  let dInt = 0;
  let w = 0;
  counts.forEach(([a, b], i) => {
    c1 += a;
    c2 += b;
    dInt = Math.max(dInt, Math.abs(c1 * n2 - c2 * n1));
    if (i < counts.length - 1)
      w +=
        Math.abs(c1 / n1 - c2 / n2) * (edges[i + 2]! - edges[i + 1]!) * 0.5 +
        Math.abs(c1 / n1 - c2 / n2) * (edges[i + 1]! - edges[i]!) * 0.5;
  });
  return { n1, n2, dInt, wasserstein: w };
}

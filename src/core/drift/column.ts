/** One column's drift verdict from the counts the engine gathered for its test. */
import { ksFromCounts, ksTest } from './ks.js';
import { DRIFT_TESTS, isDrifted, type ColumnKind, type DriftTestName } from './select.js';
import {
  chiSquareTest,
  hellinger,
  jensenShannon,
  klDivergence,
  proportionZTest,
  psi,
  wassersteinNorm,
  type PairCounts,
} from './tests.js';

/** Counts gathered for one test: distinct values (sorted), categories, or histogram bins. */
export interface ColumnCounts {
  /** Sorted distinct values (for `values`), category labels, or bin lower edges. */
  keys: ReadonlyArray<number | string>;
  counts: PairCounts;
  /** Reference population standard deviation (for Wasserstein's normalisation). */
  referenceStd?: number;
  /**
   * For `values` tests on large data the engine sends these sums instead of every distinct value:
   * sizes, the integer K-S numerator and the raw Wasserstein integral.
   */
  summary?: { n1: number; n2: number; dInt: number; wasserstein: number };
}

export interface ColumnDrift {
  column: string;
  kind: ColumnKind;
  test: DriftTestName;
  /** Evidently's display name of the test. */
  testLabel: string;
  score: number;
  threshold: number;
  drifted: boolean;
  referenceRows: number;
  currentRows: number;
  /** The test statistic when the score is a p-value (D for K-S, χ² for chi-square, z for Z). */
  statistic?: number;
}

/** Runs the named test on the column's counts. */
export function scoreColumn(test: DriftTestName, data: ColumnCounts): { score: number; statistic?: number } {
  switch (test) {
    case 'ks': {
      const { n1, n2, dInt } = data.summary ?? ksFromCounts(data.counts);
      const r = ksTest(n1, n2, dInt);
      return { score: r.pValue, statistic: r.statistic };
    }
    case 'chisquare': {
      const r = chiSquareTest(data.counts);
      return { score: r.pValue, statistic: r.statistic };
    }
    case 'z': {
      const r = proportionZTest(data.counts);
      return { score: r.pValue, statistic: r.statistic };
    }
    case 'wasserstein':
      if (data.summary) return { score: data.summary.wasserstein / Math.max(data.referenceStd ?? 0, 0.001) };
      return { score: wassersteinNorm(data.keys as number[], data.counts, data.referenceStd ?? 0) };
    case 'jensenshannon':
      return { score: jensenShannon(data.counts) };
    case 'psi':
      return { score: psi(data.counts) };
    case 'kl_div':
      return { score: klDivergence(data.counts) };
    case 'hellinger':
      return { score: hellinger(data.counts) };
  }
}

/** Scores a column and decides whether it drifted. */
export function columnDrift(
  column: string,
  kind: ColumnKind,
  test: DriftTestName,
  threshold: number,
  data: ColumnCounts,
): ColumnDrift {
  const { score, statistic } = scoreColumn(test, data);
  let referenceRows = data.summary?.n1 ?? 0;
  let currentRows = data.summary?.n2 ?? 0;
  for (const [a, b] of data.counts) {
    referenceRows += a;
    currentRows += b;
  }
  const result: ColumnDrift = {
    column,
    kind,
    test,
    testLabel: DRIFT_TESTS[test].label,
    score,
    threshold,
    drifted: isDrifted(test, score, threshold),
    referenceRows,
    currentRows,
  };
  if (statistic !== undefined) result.statistic = statistic;
  return result;
}

export interface DatasetDrift {
  columns: ColumnDrift[];
  driftedColumns: number;
  share: number;
  driftShare: number;
  /** Evidently's dataset drift: the share of drifted columns is at least `driftShare`. */
  drifted: boolean;
}

/** Dataset-level verdict over the per-column results. */
export function datasetDrift(columns: ColumnDrift[], driftShare = 0.5): DatasetDrift {
  const driftedColumns = columns.filter((c) => c.drifted).length;
  const share = columns.length ? driftedColumns / columns.length : 0;
  return { columns, driftedColumns, share, driftShare, drifted: columns.length > 0 && share >= driftShare };
}

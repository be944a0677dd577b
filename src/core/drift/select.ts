/** Which drift test runs on a column, and with which threshold: Evidently's defaults, all overridable. */

export type DriftTestName =
  'ks' | 'chisquare' | 'z' | 'wasserstein' | 'jensenshannon' | 'psi' | 'kl_div' | 'hellinger';
export type ColumnKind = 'numerical' | 'categorical';

/** What a test needs from the data: sorted distinct values, category counts, or histogram bins. */
export type TestInput = 'values' | 'categories' | 'bins';

export interface TestInfo {
  /** Evidently's display name. */
  label: string;
  /** `p_value`: drift when score < threshold; `distance`: drift when score >= threshold. */
  score: 'p_value' | 'distance';
  defaultThreshold: number;
  input: (kind: ColumnKind) => TestInput;
}

const binned = (kind: ColumnKind): TestInput => (kind === 'numerical' ? 'bins' : 'categories');

/** Evidently's stattests with their default thresholds (0.05 for p-values, 0.1 for distances). */
export const DRIFT_TESTS: Record<DriftTestName, TestInfo> = {
  ks: { label: 'K-S p_value', score: 'p_value', defaultThreshold: 0.05, input: () => 'values' },
  chisquare: {
    label: 'chi-square p_value',
    score: 'p_value',
    defaultThreshold: 0.05,
    input: () => 'categories',
  },
  z: { label: 'Z-test p_value', score: 'p_value', defaultThreshold: 0.05, input: () => 'categories' },
  wasserstein: {
    label: 'Wasserstein distance (normed)',
    score: 'distance',
    defaultThreshold: 0.1,
    input: () => 'values',
  },
  jensenshannon: {
    label: 'Jensen-Shannon distance',
    score: 'distance',
    defaultThreshold: 0.1,
    input: binned,
  },
  psi: { label: 'PSI', score: 'distance', defaultThreshold: 0.1, input: binned },
  kl_div: { label: 'Kullback-Leibler divergence', score: 'distance', defaultThreshold: 0.1, input: binned },
  hellinger: { label: 'Hellinger distance', score: 'distance', defaultThreshold: 0.1, input: binned },
};

/** The `drift` section of .github/mlops.yml, as the drift engine reads it. */
export interface DriftOptions {
  /** One test for every column; `auto` (default) is Evidently's choice per column. */
  stattest?: DriftTestName | 'auto';
  numStattest?: DriftTestName;
  catStattest?: DriftTestName;
  /** Overrides every test's default threshold. */
  threshold?: number;
  /** Threshold for tests that score a p-value (default 0.05) and for distances (default 0.1). */
  pValueThreshold?: number;
  distanceThreshold?: number;
  /** Per column: test, threshold, or `ignore`. */
  columns?: Record<
    string,
    { stattest?: DriftTestName; threshold?: number; ignore?: boolean; kind?: ColumnKind }
  >;
  /** Share of drifted columns at which the dataset drifts; Evidently's default 0.5. */
  driftShare?: number;
  /** Histogram bins for binned tests on numerical columns: `sturges` (Evidently's default) or a count. */
  bins?: 'sturges' | number;
}

/**
 * Evidently's get_default_stattest: reference of at most 1,000 rows → K-S for numerical columns
 * with more than 5 distinct values, else chi-square (Z when binary); larger reference → normed
 * Wasserstein for numerical columns with more than 5 distinct values, else Jensen-Shannon.
 */
export function defaultTest(kind: ColumnKind, referenceRows: number, distinct: number): DriftTestName {
  if (referenceRows <= 1000) {
    if (kind === 'numerical' && distinct > 5) return 'ks';
    return distinct > 2 ? 'chisquare' : 'z';
  }
  return kind === 'numerical' && distinct > 5 ? 'wasserstein' : 'jensenshannon';
}

/** The test and threshold for one column under the options. */
export function chooseTest(
  column: string,
  kind: ColumnKind,
  referenceRows: number,
  distinct: number,
  options: DriftOptions = {},
): { test: DriftTestName; threshold: number } {
  const own = options.columns?.[column];
  const global = options.stattest && options.stattest !== 'auto' ? options.stattest : undefined;
  const byKind = kind === 'numerical' ? options.numStattest : options.catStattest;
  const test = own?.stattest ?? global ?? byKind ?? defaultTest(kind, referenceRows, distinct);
  const byScore = DRIFT_TESTS[test].score === 'p_value' ? options.pValueThreshold : options.distanceThreshold;
  const threshold = own?.threshold ?? options.threshold ?? byScore ?? DRIFT_TESTS[test].defaultThreshold;
  return { test, threshold };
}

/** True when the score means drift: p-value below the threshold, distance at or above it (Evidently). */
export function isDrifted(test: DriftTestName, score: number, threshold: number): boolean {
  return DRIFT_TESTS[test].score === 'p_value' ? score < threshold : score >= threshold;
}

/** The `drift` section of .github/mlops.yml (after defaults) as options. */
export function driftOptionsFromConfig(drift: {
  stattest: { numerical: string; categorical: string };
  thresholds: { p_value: number; distance: number };
  dataset_drift_share: number;
  bins: number | 'sturges';
  columns: Record<string, { stattest?: string; threshold?: number; ignore?: boolean }>;
}): DriftOptions {
  const test = (t: string | undefined): DriftTestName | undefined =>
    t && t !== 'auto' && t in DRIFT_TESTS ? (t as DriftTestName) : undefined;
  const columns: NonNullable<DriftOptions['columns']> = {};
  for (const [name, c] of Object.entries(drift.columns))
    columns[name] = { stattest: test(c.stattest), threshold: c.threshold, ignore: c.ignore };
  return {
    numStattest: test(drift.stattest.numerical),
    catStattest: test(drift.stattest.categorical),
    pValueThreshold: drift.thresholds.p_value,
    distanceThreshold: drift.thresholds.distance,
    driftShare: drift.dataset_drift_share,
    bins: drift.bins,
    columns,
  };
}

/** Cross-validation summaries and evaluation findings. */
import type { Finding } from '../finding.js';

/** Mean and population standard deviation (numpy's default ddof=0) of each metric over folds. */
export function cvSummary(
  folds: ReadonlyArray<Record<string, number>>,
): Record<string, { mean: number; std: number; folds: number }> {
  const out: Record<string, { mean: number; std: number; folds: number }> = {};
  const names = [...new Set(folds.flatMap((f) => Object.keys(f)))];
  for (const name of names) {
    const xs = folds
      .map((f) => f[name])
      .filter((x): x is number => typeof x === 'number' && Number.isFinite(x));
    if (!xs.length) continue;
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    const std = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length);
    out[name] = { mean, std, folds: xs.length };
  }
  return out;
}

/** Findings for metrics outside their configured bounds (`evaluation.metrics` in .github/mlops.yml). */
export function thresholdFindings(
  metrics: Record<string, number | undefined>,
  bounds: Record<string, { min?: number; max?: number }>,
  file: string,
  scope = '',
): Finding[] {
  const findings: Finding[] = [];
  for (const [name, b] of Object.entries(bounds)) {
    const value = metrics[name];
    if (typeof value !== 'number') continue;
    const low = b.min !== undefined && value < b.min;
    const high = b.max !== undefined && value > b.max;
    if (!low && !high) continue;
    findings.push({
      rule: 'evaluate/threshold',
      severity: 'error',
      message: `${scope}${name} is ${value.toFixed(4)}, ${low ? `below the minimum ${b.min}` : `above the maximum ${b.max}`}`,
      file,
      hint: 'Improve the model, or change the bound in .github/mlops.yml (evaluation.metrics).',
    });
  }
  return findings;
}

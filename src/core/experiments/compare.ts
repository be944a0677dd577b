/**
 * Side-by-side comparison of two experiments, like `dvc metrics diff` / `dvc params diff`: old and
 * new value, absolute and relative change, and for metrics whether the change is better or worse.
 */
import type { Scalar } from './record.js';
import { asNumber } from './values.js';

/** Which way is better for a metric; undefined when we cannot tell (then changes are just "changed"). */
export type Direction = 'higher' | 'lower' | undefined;

/** Per-metric directions from the config (`evaluation.metrics.<name>.higher_is_better`). */
export type DirectionConfig = Record<string, { higher_is_better?: boolean } | undefined>;

// Conventional directions of common metric names (scikit-learn, Keras, Hugging Face evaluate):
// errors, losses and costs go down; scores, accuracies and areas under curves go up.
const LOWER =
  /^(loss|.*_loss|val_loss|error|err|mae|mse|rmse|rmsle|mape|smape|msle|logloss|log_loss|perplexity|ppl|wer|cer|fpr|fnr|far|frr|latency|.*_latency|duration|time|.*_time|brier|hamming_loss|eer|cost)$/i;
const HIGHER =
  /^(acc|accuracy|.*_accuracy|balanced_accuracy|precision|recall|f1|f1_score|.*_f1|fbeta|auc|roc_auc|auroc|pr_auc|auprc|ap|average_precision|map|ndcg|mrr|r2|r2_score|bleu|rouge.*|meteor|iou|miou|dice|tpr|tnr|specificity|sensitivity|score|.*_score|exact_match|em|throughput|explained_variance|kappa|mcc|top_?\d+.*)$/i;

/** The direction of a metric: the config first, then the conventional meaning of its last name segment. */
export function directionOf(metric: string, config: DirectionConfig = {}): Direction {
  const configured = config[metric]?.higher_is_better ?? config[lastSegment(metric)]?.higher_is_better;
  if (configured !== undefined) return configured ? 'higher' : 'lower';
  const last = lastSegment(metric);
  if (LOWER.test(last)) return 'lower';
  if (HIGHER.test(last)) return 'higher';
  return undefined;
}

function lastSegment(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? name : name.slice(dot + 1);
}

export type Verdict = 'better' | 'worse' | 'same' | 'changed' | 'added' | 'removed';

/** One line of a diff table. */
export interface DiffRow {
  name: string;
  baseline?: Scalar;
  candidate?: Scalar;
  /** candidate − baseline, for numbers. */
  change?: number;
  /** change / |baseline|, for numbers with a non-zero baseline. */
  relative?: number;
  verdict: Verdict;
}

/** Compares two flattened maps; with `directions` the numeric changes of metrics are judged. */
export function diffValues(
  baseline: Record<string, Scalar>,
  candidate: Record<string, Scalar>,
  directions?: DirectionConfig,
): DiffRow[] {
  const names = [...new Set([...Object.keys(baseline), ...Object.keys(candidate)])].sort();
  return names.map((name) => diffOne(name, baseline, candidate, directions));
}

function diffOne(
  name: string,
  a: Record<string, Scalar>,
  b: Record<string, Scalar>,
  directions?: DirectionConfig,
): DiffRow {
  const inA = Object.hasOwn(a, name);
  const inB = Object.hasOwn(b, name);
  const baseline = a[name];
  const candidate = b[name];
  if (!inA) return { name, candidate, verdict: 'added' };
  if (!inB) return { name, baseline, verdict: 'removed' };
  const x = asNumber(baseline);
  const y = asNumber(candidate);
  if (x === undefined || y === undefined) {
    return {
      name,
      baseline,
      candidate,
      verdict: String(baseline) === String(candidate) ? 'same' : 'changed',
    };
  }
  const change = y - x;
  const relative = x !== 0 ? change / Math.abs(x) : undefined;
  return {
    name,
    baseline,
    candidate,
    change,
    relative,
    verdict: judge(change, directions ? directionOf(name, directions) : undefined),
  };
}

function judge(change: number, direction: Direction): Verdict {
  if (change === 0) return 'same';
  if (!direction) return 'changed';
  return change > 0 === (direction === 'higher') ? 'better' : 'worse';
}

/** Formats a number for tables: up to 6 significant digits, no exponent for ordinary magnitudes. */
export function formatNumber(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return String(Number(value.toPrecision(6)));
}

/** Formats a value for tables (text as is, missing as `-`). */
export function formatValue(value: Scalar | undefined): string {
  if (value === undefined) return '-';
  if (typeof value === 'number') return formatNumber(value);
  return String(value);
}

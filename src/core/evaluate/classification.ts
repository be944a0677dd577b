/** Classification metrics with scikit-learn's definitions, from a confusion matrix and score counts. */
import { isNumericLabel } from './labels.js';

export interface ConfusionMatrix {
  /** Sorted labels (sklearn's unique_labels order); rows are true labels, columns predictions. */
  labels: string[];
  matrix: number[][];
}

export interface ClassMetrics {
  label: string;
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface ClassificationMetrics {
  accuracy: number;
  perClass: ClassMetrics[];
  precision_macro: number;
  recall_macro: number;
  f1_macro: number;
  precision_micro: number;
  recall_micro: number;
  f1_micro: number;
  precision_weighted: number;
  recall_weighted: number;
  f1_weighted: number;
  /** sklearn's average='binary' figures for the positive label, when there are two labels. */
  binary?: { positive: string; precision: number; recall: number; f1: number };
}

// zero_division=0, as sklearn returns (with a warning) when a denominator is zero.
const div = (a: number, b: number): number => (b === 0 ? 0 : a / b);
const f1 = (p: number, r: number): number => div(2 * p * r, p + r);

/** Builds a confusion matrix from (true, predicted, count) triples, labels sorted as sklearn sorts them. */
export function confusionMatrix(
  cells: ReadonlyArray<{ actual: string; predicted: string; count: number }>,
): ConfusionMatrix {
  const labels = [...new Set(cells.flatMap((c) => [c.actual, c.predicted]))].sort(compareLabels);
  const index = new Map(labels.map((l, i) => [l, i]));
  const matrix = labels.map(() => labels.map(() => 0));
  for (const c of cells) matrix[index.get(c.actual)!]![index.get(c.predicted)!]! += c.count;
  return { labels, matrix };
}

/** Numbers in numeric order, otherwise text order (np.unique on the label array). */
export function compareLabels(a: string, b: string): number {
  if (isNumericLabel(a) && isNumericLabel(b)) return Number(a) - Number(b);
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Accuracy, per-class and averaged precision / recall / F1 (precision_recall_fscore_support). */
export function classificationMetrics(cm: ConfusionMatrix, positive?: string): ClassificationMetrics {
  const k = cm.labels.length;
  const total = cm.matrix.flat().reduce((a, b) => a + b, 0);
  let correct = 0;
  const perClass: ClassMetrics[] = cm.labels.map((label, i) => {
    const tp = cm.matrix[i]![i]!;
    correct += tp;
    const predicted = cm.matrix.reduce((s, row) => s + row[i]!, 0);
    const support = cm.matrix[i]!.reduce((a, b) => a + b, 0);
    const precision = div(tp, predicted);
    const recall = div(tp, support);
    return { label, precision, recall, f1: f1(precision, recall), support };
  });
  const mean = (f: (c: ClassMetrics) => number): number =>
    div(
      perClass.reduce((s, c) => s + f(c), 0),
      k,
    );
  const weighted = (f: (c: ClassMetrics) => number): number =>
    div(
      perClass.reduce((s, c) => s + f(c) * c.support, 0),
      total,
    );
  const accuracy = div(correct, total);
  const out: ClassificationMetrics = {
    accuracy,
    perClass,
    precision_macro: mean((c) => c.precision),
    recall_macro: mean((c) => c.recall),
    f1_macro: mean((c) => c.f1),
    // Micro averages over all labels equal accuracy for single-label classification.
    precision_micro: accuracy,
    recall_micro: accuracy,
    f1_micro: accuracy,
    precision_weighted: weighted((c) => c.precision),
    recall_weighted: weighted((c) => c.recall),
    f1_weighted: weighted((c) => c.f1),
  };
  if (k === 2) {
    const pos = positive !== undefined && cm.labels.includes(positive) ? positive : cm.labels[1]!;
    const c = perClass.find((x) => x.label === pos)!;
    out.binary = { positive: pos, precision: c.precision, recall: c.recall, f1: c.f1 };
  }
  return out;
}

/**
 * sklearn's roc_auc_score for binary labels: the trapezoidal area under the ROC curve, from counts of
 * positives and negatives per distinct score (ties form one step, as roc_curve's thresholds do).
 */
export function rocAuc(
  scores: ReadonlyArray<{ score: number; positives: number; negatives: number }>,
): number {
  const sorted = [...scores].sort((a, b) => b.score - a.score);
  const p = sorted.reduce((s, x) => s + x.positives, 0);
  const n = sorted.reduce((s, x) => s + x.negatives, 0);
  if (p === 0 || n === 0) return NaN;
  let tp = 0;
  let fp = 0;
  let area = 0;
  for (const x of sorted) {
    const tp2 = tp + x.positives;
    const fp2 = fp + x.negatives;
    area += ((fp2 - fp) * (tp + tp2)) / 2;
    tp = tp2;
    fp = fp2;
  }
  return area / (p * n);
}

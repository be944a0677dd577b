import { describe, expect, it } from '@jest/globals';
import {
  classificationMetrics,
  compareLabels,
  confusionMatrix,
  rocAuc,
} from '../../../src/core/evaluate/classification.js';
import { thresholdFindings } from '../../../src/core/evaluate/summary.js';

describe('classification metrics', () => {
  it('orders labels as numbers when they all are, as sklearn sorts its label array', () => {
    expect(['10', '9', '1'].sort(compareLabels)).toEqual(['1', '9', '10']);
    expect(['b', 'a', '10'].sort(compareLabels)).toEqual(['10', 'a', 'b']);
  });

  it('gives zero, not NaN, for a class that is never predicted (zero_division=0)', () => {
    const cm = confusionMatrix([
      { actual: 'a', predicted: 'a', count: 3 },
      { actual: 'b', predicted: 'a', count: 1 },
    ]);
    const m = classificationMetrics(cm);
    expect(m.perClass.map((c) => [c.label, c.precision, c.recall, c.f1])).toEqual([
      ['a', 0.75, 1, 2 * (0.75 / 1.75)],
      ['b', 0, 0, 0],
    ]);
    expect(m.binary).toMatchObject({ positive: 'b', precision: 0, recall: 0 });
  });

  it('counts tied scores as one step of the ROC curve', () => {
    // two positives and two negatives all scored 0.5: the curve is the diagonal
    expect(rocAuc([{ score: 0.5, positives: 2, negatives: 2 }])).toBe(0.5);
    expect(
      rocAuc([
        { score: 0.9, positives: 1, negatives: 0 },
        { score: 0.1, positives: 0, negatives: 1 },
      ]),
    ).toBe(1);
    expect(rocAuc([{ score: 0.9, positives: 1, negatives: 0 }])).toBeNaN();
  });

  it('reports metrics outside their configured bounds', () => {
    const f = thresholdFindings(
      { accuracy: 0.7, rmse: 4, f1: 0.9 },
      { accuracy: { min: 0.8 }, rmse: { max: 3 }, f1: { min: 0.5 } },
      'p.csv',
      'slice=a: ',
    );
    expect(f.map((x) => x.message)).toEqual([
      'slice=a: accuracy is 0.7000, below the minimum 0.8',
      'slice=a: rmse is 4.0000, above the maximum 3',
    ]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Engine } from '../../src/adapters/duckdb/engine.js';
import { classificationOf, fairnessOf, foldsOf, regressionOf } from '../../src/adapters/duckdb/metrics.js';
import { openSource } from '../../src/adapters/duckdb/source.js';
import { cvSummary } from '../../src/core/evaluate/summary.js';

// Expected values: scripts/reference/compute.py (scikit-learn 1.2, Fairlearn's definitions restated).
const ref = path.resolve('test/fixtures/reference');
const load = (name: string) => JSON.parse(readFileSync(path.join(ref, name), 'utf8'));
const fairness = load('fairness.json');
const evaluation = load('evaluation.json');

let engine: Engine;
beforeAll(async () => {
  engine = await Engine.open({ memoryLimit: '256MB', threads: 1 });
});
afterAll(() => engine.close());

const close = (actual: number, expected: number) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
const source = (file: string, view: string) =>
  openSource(engine, path.join(ref, file), view, { typed: true });

describe('fairness metrics agree with Fairlearn definitions', () => {
  for (const key of ['sex', 'sex,age_band']) {
    it(`per group and overall for sensitive features ${key}`, async () => {
      const s = await fairnessOf(engine, await source('fairness.csv', 'f'), {
        label: 'y',
        prediction: 'yhat',
        sensitive: key.split(','),
      });
      const e = fairness[key];
      for (const g of s.groups) {
        const eg = e.groups[g.group];
        expect(g.count).toBe(eg.count);
        close(g.selectionRate, eg.selection_rate);
        close(g.truePositiveRate, eg.tpr);
        close(g.falsePositiveRate, eg.fpr);
      }
      expect(s.groups).toHaveLength(Object.keys(e.groups).length);
      close(s.demographicParityDifference, e.demographic_parity_difference);
      close(s.demographicParityRatio, e.demographic_parity_ratio);
      close(s.equalizedOddsDifference, e.equalized_odds_difference);
      close(s.equalizedOddsRatio, e.equalized_odds_ratio);
      close(s.equalOpportunityDifference, e.equal_opportunity_difference);
    });
  }
});

describe('evaluation metrics agree with scikit-learn', () => {
  it('binary classification with scores', async () => {
    const m = (
      await classificationOf(engine, await source('binary.csv', 'b'), {
        label: 'y',
        prediction: 'yhat',
        score: 'score',
      })
    ).get('')!;
    const e = evaluation.binary;
    close(m.accuracy, e.accuracy);
    close(m.binary!.precision, e.precision);
    close(m.binary!.recall, e.recall);
    close(m.binary!.f1, e.f1);
    close(m.roc_auc!, e.roc_auc);
    close(m.log_loss!, e.log_loss);
    expect(m.confusion).toEqual(e.confusion_matrix);
  });

  it('multiclass averages', async () => {
    const m = (
      await classificationOf(engine, await source('multiclass.csv', 'm'), {
        label: 'label',
        prediction: 'predicted',
      })
    ).get('')!;
    const e = evaluation.multiclass;
    expect(m.labels).toEqual(e.labels);
    expect(m.confusion).toEqual(e.confusion_matrix);
    for (const k of [
      'accuracy',
      'precision_macro',
      'recall_macro',
      'f1_macro',
      'precision_micro',
      'recall_micro',
      'f1_micro',
      'precision_weighted',
      'recall_weighted',
      'f1_weighted',
    ] as const) {
      close(m[k], e[k]);
    }
  });

  it('regression', async () => {
    const m = (
      await regressionOf(engine, await source('regression.csv', 'r'), { label: 'y', prediction: 'yhat' })
    ).get('')!;
    for (const k of ['mae', 'mse', 'rmse', 'r2', 'mape'] as const) close(m[k], evaluation.regression[k]);
  });

  it('cross-validation summary (mean and numpy std)', async () => {
    const summary = cvSummary(await foldsOf(engine, await source('cv-folds.csv', 'cv')));
    for (const k of ['accuracy', 'f1']) {
      close(summary[k]!.mean, evaluation.cv[k].mean);
      close(summary[k]!.std, evaluation.cv[k].std);
    }
    expect(Object.keys(summary)).toEqual(['accuracy', 'f1']);
  });

  it('evaluates each slice separately', async () => {
    const slices = await classificationOf(engine, await source('fairness.csv', 'fs'), {
      label: 'y',
      prediction: 'yhat',
      slice: 'sex',
    });
    expect([...slices.keys()]).toEqual(['female', 'male']);
    expect([...slices.values()].reduce((n, m) => n + m.rows, 0)).toBe(1000);
  });
});

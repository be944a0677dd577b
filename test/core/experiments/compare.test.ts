import { describe, expect, test } from '@jest/globals';
import { diffValues, directionOf } from '../../../src/core/experiments/compare.js';

describe('metric directions', () => {
  test.each([
    ['loss', 'lower'],
    ['val_loss', 'lower'],
    ['eval.rmse', 'lower'],
    ['mae', 'lower'],
    ['error', 'lower'],
    ['accuracy', 'higher'],
    ['test.roc_auc', 'higher'],
    ['f1', 'higher'],
    ['r2', 'higher'],
    ['epoch', undefined],
  ])('%s: %s is better by default', (name, direction) => {
    expect(directionOf(name, {})).toBe(direction);
  });

  test('the config wins over the default, by full or last name', () => {
    expect(directionOf('loss', { loss: { higher_is_better: true } })).toBe('higher');
    expect(directionOf('eval.custom', { custom: { higher_is_better: false } })).toBe('lower');
  });
});

describe('diffs like dvc metrics diff', () => {
  test('numbers get absolute and relative change and a verdict by direction', () => {
    const rows = diffValues(
      { loss: 0.5, accuracy: 0.8, epoch: 3 },
      { loss: 0.4, accuracy: 0.8, epoch: 4 },
      {},
    );
    expect(rows).toEqual([
      { name: 'accuracy', baseline: 0.8, candidate: 0.8, change: 0, relative: 0, verdict: 'same' },
      { name: 'epoch', baseline: 3, candidate: 4, change: 1, relative: 1 / 3, verdict: 'changed' },
      {
        name: 'loss',
        baseline: 0.5,
        candidate: 0.4,
        change: expect.closeTo(-0.1, 10),
        relative: expect.closeTo(-0.2, 10),
        verdict: 'better',
      },
    ]);
  });

  test('text values are compared as text, additions and removals are named', () => {
    expect(diffValues({ model: 'rf', old: 1 }, { model: 'xgb', new: 2 })).toEqual([
      { name: 'model', baseline: 'rf', candidate: 'xgb', verdict: 'changed' },
      { name: 'new', candidate: 2, verdict: 'added' },
      { name: 'old', baseline: 1, verdict: 'removed' },
    ]);
  });

  test('a zero baseline has no relative change', () => {
    expect(diffValues({ errors: 0 }, { errors: 2 })[0]).toMatchObject({ change: 2, relative: undefined });
  });

  test('without directions params are never judged', () => {
    expect(diffValues({ loss: 1 }, { loss: 2 })[0]!.verdict).toBe('changed');
  });
});

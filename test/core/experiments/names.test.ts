import { describe, expect, test } from '@jest/globals';
import { newestRefFirst, refOf, selectRefs } from '../../../src/core/experiments/names.js';

describe('experiments read from their names', () => {
  test('type, UTC day and number come from the name', () => {
    expect(refOf('churn-train-20260304-3')).toEqual({
      name: 'churn-train-20260304-3',
      tag: 'exp/churn-train-20260304-3',
      type: 'train',
      day: '20260304',
      number: 3,
    });
    expect(refOf('my-proj-eval-20260304')).toMatchObject({ type: 'eval', number: 1 });
  });

  test('with the project known, a type may contain dashes', () => {
    expect(refOf('my-proj-train-eval-20260304', 'my-proj')).toMatchObject({
      type: 'train-eval',
      day: '20260304',
    });
    expect(refOf('other-train-20260304', 'my-proj')).toMatchObject({ type: 'train' });
  });

  test('a name that does not follow the pattern has no type or day', () => {
    expect(refOf('hand-made')).toEqual({ name: 'hand-made', tag: 'exp/hand-made', number: 1 });
  });

  test('newest first: later day, then higher number (numerically: -10 after -9)', () => {
    const names = ['p-t-20260304', 'p-t-20260304-10', 'p-t-20260305', 'p-t-20260304-9'].map((n) => refOf(n));
    expect(names.sort(newestRefFirst).map((r) => r.name)).toEqual([
      'p-t-20260305',
      'p-t-20260304-10',
      'p-t-20260304-9',
      'p-t-20260304',
    ]);
  });

  test('select filters by type and day', () => {
    const refs = ['p-train-20260301', 'p-eval-20260302', 'p-train-20260303'].map((n) => refOf(n));
    expect(selectRefs(refs, { type: 'train', since: '2026-03-02' }).map((r) => r.name)).toEqual([
      'p-train-20260303',
    ]);
    expect(selectRefs(refs, { since: '2026-03-02T23:00:00-05:00' }).map((r) => r.name)).toEqual([
      'p-train-20260303',
    ]);
    expect(() => selectRefs(refs, { since: 'soon' })).toThrow("--since 'soon' is not a date");
  });
});

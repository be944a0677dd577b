import { describe, expect, it } from '@jest/globals';
import { planPrune } from '../../../src/core/registry/prune.js';

const day = 86_400_000;
const now = Date.UTC(2025, 5, 1);
const exp = (name: string, ageDays: number, commit = name) => ({ name, commit, date: new Date(now - ageDays * day).toISOString() });

describe('retention of experiment tags', () => {
  it('removes old experiments but never those behind a version or the stage history', () => {
    const decision = planPrune({
      experiments: [exp('exp/a', 200), exp('exp/b', 150, 'c-registered'), exp('exp/c', 120), exp('exp/d', 10), exp('exp/e', 300)],
      referenced: new Set(['exp/c']),
      registryCommits: new Set(['c-registered']),
      keepDays: 90,
      keepLast: 1,
      now,
    });
    expect(decision.remove.map((e) => e.name)).toEqual(['exp/a', 'exp/e']);
    expect(Object.fromEntries(decision.keep.map((k) => [k.name, k.why]))).toEqual({
      'exp/d': 'among the 1 newest',
      'exp/b': 'on a commit in the registry history',
      'exp/c': 'named by a registered version’s card',
    });
  });

  it('keeps the newest ones whatever their age', () => {
    const decision = planPrune({ experiments: [exp('exp/a', 400), exp('exp/b', 500)], referenced: new Set(), registryCommits: new Set(), keepDays: 90, keepLast: 2, now });
    expect(decision.remove).toEqual([]);
  });
});

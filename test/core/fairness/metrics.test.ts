import { describe, expect, it } from '@jest/globals';
import { fairnessFindings, fairnessSummary } from '../../../src/core/fairness/metrics.js';

const groups = [
  { group: 'a', tp: 40, fp: 10, fn: 10, tn: 40 },
  { group: 'b', tp: 10, fp: 5, fn: 30, tn: 55 },
];

describe('fairness metrics', () => {
  it('computes differences and ratios over groups as Fairlearn does', () => {
    const s = fairnessSummary(groups);
    expect(s.groups.map((g) => [g.selectionRate, g.truePositiveRate, g.falsePositiveRate])).toEqual([
      [0.5, 0.8, 0.2],
      [0.15, 0.25, 5 / 60],
    ]);
    expect(s.demographicParityDifference).toBeCloseTo(0.35, 12);
    expect(s.demographicParityRatio).toBeCloseTo(0.3, 12);
    expect(s.equalizedOddsDifference).toBeCloseTo(0.55, 12);
    expect(s.equalizedOddsRatio).toBeCloseTo(Math.min(0.25 / 0.8, 5 / 60 / 0.2), 12);
    expect(s.fourFifthsFailing).toEqual(['b']);
  });

  it('fails configured bounds and screens four fifths as a warning', () => {
    const s = fairnessSummary(groups);
    const findings = fairnessFindings(
      s,
      { demographic_parity_difference: 0.1, equalized_odds_difference: 0.9 },
      'p.csv',
    );
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([
      ['fairness/demographic-parity-difference', 'error'],
      ['fairness/four-fifths', 'warning'],
    ]);
  });

  it('treats groups that are all negative as having no disparity', () => {
    const s = fairnessSummary([
      { group: 'a', tp: 0, fp: 0, fn: 0, tn: 5 },
      { group: 'b', tp: 0, fp: 0, fn: 0, tn: 7 },
    ]);
    expect([s.demographicParityDifference, s.demographicParityRatio, s.fourFifthsFailing]).toEqual([
      0,
      1,
      [],
    ]);
  });
});

import { describe, expect, it } from '@jest/globals';
import { parseConfig } from '../../../src/core/config/index.js';
import { fairnessFindings, fairnessSummary } from '../../../src/core/fairness/metrics.js';

// Group a: TPR 0.9, FPR 0.2, selection rate 0.55; group b: TPR 0.75, FPR 0.2, selection rate 0.475.
const groups = [
  { group: 'a', tp: 90, fp: 20, fn: 10, tn: 80 },
  { group: 'b', tp: 75, fp: 20, fn: 25, tn: 80 },
];

describe('equal opportunity difference threshold', () => {
  it('defaults to 0.1 in fairness.thresholds', () => {
    const { config, findings } = parseConfig('fairness:\n  sensitive_features: [sex]\n', '.github/mlops.yml');
    expect(findings).toEqual([]);
    expect(config.fairness.thresholds.equal_opportunity_difference).toBe(0.1);
  });

  it('fails a true positive rate gap above the default', () => {
    // given a TPR gap of 0.15 and the default thresholds
    const { config } = parseConfig('', '.github/mlops.yml');
    const summary = fairnessSummary(groups);
    // when
    const rules = fairnessFindings(summary, config.fairness.thresholds, 'p.csv').map((f) => f.rule);
    // then only the TPR gap (equalized odds counts it too) is over its bound
    expect(summary.equalOpportunityDifference).toBeCloseTo(0.15, 12);
    expect(rules).toEqual(['fairness/equalized-odds-difference', 'fairness/equal-opportunity-difference']);
  });

  it('passes when the configured bound allows the gap', () => {
    const { config } = parseConfig(
      'fairness:\n  thresholds:\n    equal_opportunity_difference: 0.2\n    equalized_odds_difference: 0.2\n',
      '.github/mlops.yml',
    );
    expect(fairnessFindings(fairnessSummary(groups), config.fairness.thresholds, 'p.csv')).toEqual([]);
  });

  it('rejects a bound above 1 at its line', () => {
    const { findings } = parseConfig(
      'fairness:\n  thresholds:\n    equal_opportunity_difference: 2\n',
      '.github/mlops.yml',
    );
    expect(findings.map((f) => [f.severity, f.line])).toEqual([['error', 3]]);
  });
});

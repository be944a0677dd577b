import { describe, expect, it } from '@jest/globals';
import { decideAb, twoProportionZ, welchT, type Outcome } from '../../../src/core/deploy/ab.js';
import { studentTSf } from '../../../src/core/deploy/student.js';

// Expected values computed with scipy 1.10 (stats.t.sf, stats.ttest_ind(equal_var=False), stats.norm.sf).
describe('A/B statistics agree with scipy', () => {
  it("computes Student's t tail probabilities", () => {
    expect(studentTSf(2.1, 7.3)).toBeCloseTo(0.03612335671242664, 12);
    expect(studentTSf(0.5, 100)).toBeCloseTo(0.30908678291544334, 12);
    expect(studentTSf(-1.3, 3)).toBeCloseTo(0.8577662456360515, 12);
  });

  it("computes Welch's t test like ttest_ind(equal_var=False)", () => {
    const a = [1.2, 2.3, 1.9, 2.8, 3.1, 2.2, 1.7, 2.9, 2.4, 2.0];
    const b = [2.9, 3.4, 2.1, 3.8, 3.3, 2.7, 3.9, 3.1, 2.6, 3.5, 3.0, 2.8];
    const r = welchT(a, b);
    expect(r.statistic).toBeCloseTo(3.539376248375698, 12);
    expect(r.pValue).toBeCloseTo(0.0022965243508989343, 12);
  });

  it('computes the pooled two-proportion Z test', () => {
    const ones = (n: number, k: number) => Array.from({ length: n }, (_, i) => (i < k ? 1 : 0));
    const r = twoProportionZ(ones(1000, 100), ones(1000, 130));
    expect(r.statistic).toBeCloseTo(2.102740605622114, 12);
    expect(r.pValue).toBeCloseTo(0.03548845046647471, 12);
  });
});

describe('A/B decision', () => {
  const outcomes = (na: number, ka: number, nb: number, kb: number): Outcome[] => [
    ...Array.from({ length: na }, (_, i) => ({ variant: 'a' as const, value: i < ka ? 1 : 0 })),
    ...Array.from({ length: nb }, (_, i) => ({ variant: 'b' as const, value: i < kb ? 1 : 0 })),
  ];

  it('keeps B when it converts significantly better', () => {
    const d = decideAb(outcomes(1000, 100, 1000, 130));
    expect(d).toMatchObject({ test: 'two-proportion-z', winner: 'b', significant: true, insufficient: false });
  });

  it('keeps A when the difference is not significant at the configured level', () => {
    const d = decideAb(outcomes(1000, 100, 1000, 130), { significance: 0.01 });
    expect(d).toMatchObject({ winner: 'a', significant: false });
    expect(d.reason).toMatch(/no significant difference/);
  });

  it('keeps A when B is significantly worse', () => {
    expect(decideAb(outcomes(1000, 130, 1000, 100)).winner).toBe('a');
  });

  it('keeps A and says so when fewer outcomes than the minimum sample were logged', () => {
    const d = decideAb(outcomes(50, 5, 50, 40), { minSamples: 100 });
    expect(d).toMatchObject({ insufficient: true, winner: 'a' });
    expect(d.reason).toMatch(/need 100 outcomes per variant/);
  });

  it('uses Welch t for continuous outcomes and honours lower-is-better metrics', () => {
    const data: Outcome[] = [
      ...Array.from({ length: 200 }, (_, i) => ({ variant: 'a' as const, value: 100 + (i % 10) })),
      ...Array.from({ length: 200 }, (_, i) => ({ variant: 'b' as const, value: 90 + (i % 10) })),
    ];
    expect(decideAb(data, { higherIsBetter: false })).toMatchObject({ test: 'welch-t', winner: 'b' });
    expect(decideAb(data, { higherIsBetter: true }).winner).toBe('a');
  });
});

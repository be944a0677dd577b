/**
 * Group fairness metrics with Fairlearn's definitions (fairlearn.metrics): per group selection rate,
 * true and false positive rate; demographic parity and equalized odds difference (max − min over
 * groups) and ratio (min / max); equal opportunity difference (TPR max − min); and the four-fifths
 * screen (each group's selection rate at least 80 % of the highest).
 */
import type { Finding } from '../finding.js';

/** Confusion counts of one group (several sensitive columns make intersectional groups, as Fairlearn). */
export interface GroupCounts {
  group: string;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export interface GroupMetrics {
  group: string;
  count: number;
  selectionRate: number;
  truePositiveRate: number;
  falsePositiveRate: number;
}

export interface FairnessSummary {
  groups: GroupMetrics[];
  demographicParityDifference: number;
  demographicParityRatio: number;
  equalizedOddsDifference: number;
  equalizedOddsRatio: number;
  equalOpportunityDifference: number;
  /** Groups whose selection rate is below 4/5 of the highest (EEOC's four-fifths rule). */
  fourFifthsFailing: string[];
}

/** Upper bounds for differences, lower bounds for ratios (the `fairness` section of .github/mlops.yml). */
export interface FairnessThresholds {
  demographic_parity_difference?: number;
  demographic_parity_ratio?: number;
  equalized_odds_difference?: number;
  equalized_odds_ratio?: number;
  equal_opportunity_difference?: number;
}

const rate = (a: number, b: number): number => (b === 0 ? 0 : a / b);
const spread = (xs: number[]): number => Math.max(...xs) - Math.min(...xs);
// Fairlearn's ratio is min / max; when every group has rate 0 there is no disparity, so 1.
const ratio = (xs: number[]): number => (Math.max(...xs) === 0 ? 1 : Math.min(...xs) / Math.max(...xs));

/** Per-group rates from confusion counts. */
export function groupMetrics(g: GroupCounts): GroupMetrics {
  const count = g.tp + g.fp + g.fn + g.tn;
  return {
    group: g.group,
    count,
    selectionRate: rate(g.tp + g.fp, count),
    truePositiveRate: rate(g.tp, g.tp + g.fn),
    falsePositiveRate: rate(g.fp, g.fp + g.tn),
  };
}

/** The disparity metrics over groups. */
export function fairnessSummary(counts: readonly GroupCounts[]): FairnessSummary {
  const groups = counts.map(groupMetrics);
  const sr = groups.map((g) => g.selectionRate);
  const tpr = groups.map((g) => g.truePositiveRate);
  const fpr = groups.map((g) => g.falsePositiveRate);
  const top = Math.max(...sr);
  return {
    groups,
    demographicParityDifference: spread(sr),
    demographicParityRatio: ratio(sr),
    equalizedOddsDifference: Math.max(spread(tpr), spread(fpr)),
    equalizedOddsRatio: Math.min(ratio(tpr), ratio(fpr)),
    equalOpportunityDifference: spread(tpr),
    fourFifthsFailing: groups.filter((g) => g.selectionRate < 0.8 * top).map((g) => g.group),
  };
}

const METRIC_OF: Record<keyof FairnessThresholds, keyof FairnessSummary> = {
  demographic_parity_difference: 'demographicParityDifference',
  demographic_parity_ratio: 'demographicParityRatio',
  equalized_odds_difference: 'equalizedOddsDifference',
  equalized_odds_ratio: 'equalizedOddsRatio',
  equal_opportunity_difference: 'equalOpportunityDifference',
};

/** Findings for thresholds exceeded (errors) and for the four-fifths screen (a warning unless a ratio bound is set). */
export function fairnessFindings(
  summary: FairnessSummary,
  thresholds: FairnessThresholds,
  file: string,
): Finding[] {
  const findings: Finding[] = [];
  for (const [key, bound] of Object.entries(thresholds) as Array<
    [keyof FairnessThresholds, number | undefined]
  >) {
    if (typeof bound !== 'number' || !(key in METRIC_OF)) continue;
    const value = summary[METRIC_OF[key]] as number;
    const isRatio = key.endsWith('_ratio');
    if (isRatio ? value < bound : value > bound) {
      findings.push({
        rule: `fairness/${key.replaceAll('_', '-')}`,
        severity: 'error',
        message: `${key.replaceAll('_', ' ')} is ${value.toFixed(4)}, ${isRatio ? 'below the minimum' : 'above the maximum'} ${bound}`,
        file,
        hint: 'Investigate the groups in the table; mitigate (reweighting, thresholds per group) or document an accepted exception in the model card.',
      });
    }
  }
  if (summary.fourFifthsFailing.length) {
    findings.push({
      rule: 'fairness/four-fifths',
      severity: thresholds.demographic_parity_ratio === undefined ? 'warning' : 'notice',
      message: `selection rate of ${summary.fourFifthsFailing.join(', ')} is below four fifths of the highest group's (ratio ${summary.demographicParityRatio.toFixed(4)})`,
      file,
      hint: 'The four-fifths rule is a screen for adverse impact, not proof; set `fairness.demographic_parity_ratio` to enforce a bound.',
    });
  }
  return findings;
}

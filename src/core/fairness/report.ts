/** The fairness report: per-group rates and the disparity metrics against their thresholds. */
import type { Report } from '../report/model.js';
import { fairnessFindings, type FairnessSummary, type FairnessThresholds } from './metrics.js';

const f = (x: number): string => x.toFixed(4);

/** Builds the report for `mlops fairness`. */
export function fairnessReport(
  summary: FairnessSummary,
  thresholds: FairnessThresholds,
  file: string,
  sensitive: string[],
): Report {
  const findings = fairnessFindings(summary, thresholds, file);
  const metric = (name: string, value: number, bound: number | undefined, ratio: boolean) => [
    name,
    f(value),
    bound === undefined ? '' : `${ratio ? '>=' : '<='} ${bound}`,
  ];
  return {
    purpose: 'fairness',
    title: 'Fairness',
    summary: `${summary.groups.length} groups by ${sensitive.join(' × ')}; demographic parity difference ${f(summary.demographicParityDifference)}, equalized odds difference ${f(summary.equalizedOddsDifference)}`,
    findings,
    blocks: [
      {
        kind: 'table',
        table: {
          headers: ['group', 'count', 'selection rate', 'TPR', 'FPR'],
          align: ['left', 'right', 'right', 'right', 'right'],
          rows: summary.groups.map((g) => [
            g.group,
            String(g.count),
            f(g.selectionRate),
            f(g.truePositiveRate),
            f(g.falsePositiveRate),
          ]),
        },
      },
      {
        kind: 'table',
        table: {
          headers: ['metric', 'value', 'threshold'],
          rows: [
            metric(
              'demographic parity difference',
              summary.demographicParityDifference,
              thresholds.demographic_parity_difference,
              false,
            ),
            metric(
              'demographic parity ratio',
              summary.demographicParityRatio,
              thresholds.demographic_parity_ratio,
              true,
            ),
            metric(
              'equalized odds difference',
              summary.equalizedOddsDifference,
              thresholds.equalized_odds_difference,
              false,
            ),
            metric('equalized odds ratio', summary.equalizedOddsRatio, thresholds.equalized_odds_ratio, true),
            metric(
              'equal opportunity difference',
              summary.equalOpportunityDifference,
              thresholds.equal_opportunity_difference,
              false,
            ),
          ],
        },
      },
    ],
  };
}

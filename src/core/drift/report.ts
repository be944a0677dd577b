/** The drift report: per-column table (test, score, threshold, drifted), a mermaid chart with a table fallback. */
import type { Finding } from '../finding.js';
import type { Block, Report, Table } from '../report/model.js';
import type { DatasetDrift } from './column.js';

const num = (x: number): string =>
  x === 0 || (Math.abs(x) >= 1e-3 && Math.abs(x) < 1e6) ? x.toFixed(4) : x.toExponential(3);

/** Findings: one warning per drifted column and an error when the dataset drifts. */
export function driftFindings(drift: DatasetDrift, file: string): Finding[] {
  const findings: Finding[] = drift.columns
    .filter((c) => c.drifted)
    .map((c) => ({
      rule: 'drift/column',
      severity: 'warning' as const,
      message: `column '${c.column}' drifted: ${c.testLabel} ${num(c.score)} (threshold ${c.threshold})`,
      file,
    }));
  if (drift.drifted) {
    findings.push({
      rule: 'drift/dataset',
      severity: 'error',
      message: `dataset drift: ${drift.driftedColumns} of ${drift.columns.length} columns drifted (${(100 * drift.share).toFixed(1)}%, limit ${100 * drift.driftShare}%)`,
      file,
      hint: 'Check the upstream data; retrain on recent data, or update the reference when the change is expected.',
    });
  }
  return findings;
}

/** Builds the report for `mlops data drift` and the monitoring workflow. */
export function driftReport(drift: DatasetDrift, reference: string, current: string): Report {
  const table: Table = {
    headers: ['column', 'type', 'test', 'score', 'threshold', 'drifted'],
    align: ['left', 'left', 'left', 'right', 'right', 'center'],
    rows: drift.columns.map((c) => [
      c.column,
      c.kind,
      c.testLabel,
      num(c.score),
      String(c.threshold),
      c.drifted ? 'yes' : 'no',
    ]),
  };
  const blocks: Block[] = [
    {
      kind: 'markdown',
      text: `Current \`${current}\` against reference \`${reference}\`: ${drift.driftedColumns} of ${drift.columns.length} columns drifted.`,
    },
    { kind: 'table', table },
  ];
  if (drift.columns.length) blocks.push(driftChart(drift));
  return {
    purpose: 'drift',
    title: 'Data drift',
    summary: drift.drifted
      ? `Dataset drift: ${drift.driftedColumns}/${drift.columns.length} columns`
      : `No dataset drift (${drift.driftedColumns}/${drift.columns.length} columns drifted)`,
    findings: driftFindings(drift, current),
    blocks,
  };
}

/** Bars of score ÷ threshold per column, so p-values and distances share one axis (drift: p-value bars below 1, distance bars at or above 1). */
function driftChart(drift: DatasetDrift): Block {
  const label = (s: string) => JSON.stringify(s.replaceAll('"', "'").slice(0, 30));
  const ratio = drift.columns.map((c) => (c.threshold ? c.score / c.threshold : 0));
  const mermaid = [
    'xychart-beta',
    `  title "Drift score / threshold per column"`,
    `  x-axis [${drift.columns.map((c) => label(c.column)).join(', ')}]`,
    `  bar [${ratio.map((r) => (Number.isFinite(r) ? Math.min(r, 10).toFixed(3) : '10')).join(', ')}]`,
  ].join('\n');
  return {
    kind: 'chart',
    mermaid,
    fallback: {
      headers: ['column', 'score / threshold', 'drifted'],
      rows: drift.columns.map((c, i) => [c.column, ratio[i]!.toFixed(3), c.drifted ? 'yes' : 'no']),
    },
  };
}

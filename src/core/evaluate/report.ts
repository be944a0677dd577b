/** The evaluation report: metrics per slice, the confusion matrix, a CV summary and feature attributions. */
import type { Finding } from '../finding.js';
import type { Block, Report, Table } from '../report/model.js';

/** Metrics of one slice, flat (name → value). */
export type MetricRow = Record<string, number | undefined>;

const f = (x: number | undefined): string =>
  x === undefined || Number.isNaN(x) ? '' : Number.isInteger(x) ? String(x) : x.toFixed(4);

export interface EvaluationInput {
  task: 'classification' | 'regression';
  file: string;
  /** Slice name ('' for all rows) → metrics. */
  slices: Map<string, MetricRow>;
  sliceColumn?: string;
  confusion?: { labels: string[]; matrix: number[][] };
  cv?: Record<string, { mean: number; std: number; folds: number }>;
  attribution?: Array<{ feature: string; importance: number }>;
  findings: Finding[];
}

/** Builds the report for `mlops evaluate`. */
export function evaluationReport(input: EvaluationInput): Report {
  const names = [
    ...new Set([...input.slices.values()].flatMap((m) => Object.keys(m).filter((k) => m[k] !== undefined))),
  ];
  const blocks: Block[] = [
    {
      kind: 'table',
      table: {
        headers: [input.sliceColumn ?? 'rows', ...names],
        align: ['left', ...names.map(() => 'right' as const)],
        rows: [...input.slices.entries()].map(([slice, m]) => [slice || 'all', ...names.map((n) => f(m[n]))]),
      },
    },
  ];
  if (input.confusion) {
    const { labels, matrix } = input.confusion;
    blocks.push({ kind: 'heading', text: 'Confusion matrix (rows: true, columns: predicted)', level: 3 });
    blocks.push({
      kind: 'table',
      table: { headers: ['', ...labels], rows: matrix.map((row, i) => [labels[i]!, ...row.map(String)]) },
    });
  }
  if (input.cv) {
    blocks.push({ kind: 'heading', text: 'Cross-validation', level: 3 });
    blocks.push({
      kind: 'table',
      table: {
        headers: ['metric', 'mean', 'std', 'folds'],
        rows: Object.entries(input.cv).map(([k, v]) => [k, f(v.mean), f(v.std), String(v.folds)]),
      },
    });
  }
  if (input.attribution?.length) blocks.push(attributionChart(input.attribution));
  return {
    purpose: 'evaluate',
    title: `Evaluation (${input.task})`,
    summary: `${input.slices.size} slice${input.slices.size === 1 ? '' : 's'} of ${input.file}`,
    findings: input.findings,
    blocks,
  };
}

function attributionChart(rows: Array<{ feature: string; importance: number }>): Block {
  const top = [...rows].sort((a, b) => Math.abs(b.importance) - Math.abs(a.importance)).slice(0, 20);
  const label = (s: string) => JSON.stringify(s.replaceAll('"', "'").slice(0, 30));
  const fallback: Table = {
    headers: ['feature', 'importance'],
    rows: top.map((r) => [r.feature, f(r.importance)]),
  };
  return {
    kind: 'chart',
    mermaid: [
      'xychart-beta',
      '  title "Feature attribution"',
      `  x-axis [${top.map((r) => label(r.feature)).join(', ')}]`,
      `  bar [${top.map((r) => r.importance.toFixed(4)).join(', ')}]`,
    ].join('\n'),
    fallback,
  };
}

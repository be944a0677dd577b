/** The monitoring report of one model and stage (every channel), and the retraining causes it shows. */
import { driftReport } from '../drift/report.js';
import type { Finding } from '../finding.js';
import type { Block, Report, Table } from '../report/model.js';
import { alertSeverity, breachKind } from './evaluate.js';
import type { RetrainCandidate, RetrainPlan } from './retrain.js';
import type { MonitorFacts } from './types.js';

const fmt = (x: number | undefined): string => (x === undefined ? '–' : Number.isInteger(x) ? String(x) : x.toFixed(4));

/** Drift and degradation causes for retraining, with the evidence a retraining job can use. */
export function retrainCandidates(facts: MonitorFacts, findings: readonly Finding[]): RetrainCandidate[] {
  const kinds = new Set(findings.map(breachKind));
  const out: RetrainCandidate[] = [];
  const drift = facts.drift;
  if (kinds.has('drift') && drift) {
    out.push({
      cause: 'drift',
      key: 'drift',
      evidence: {
        reference: drift.reference,
        batch: facts.batch.file,
        drifted_columns: drift.features.columns.filter((c) => c.drifted).map((c) => c.column),
        share: Number(drift.features.share.toFixed(4)),
        prediction_drift: drift.prediction?.drifted ?? false,
      },
    });
  }
  if (kinds.has('degradation') && facts.performance) {
    const p = facts.performance;
    const metrics = Object.keys(p.metrics)
      .filter((m) => p.recorded?.[m] !== undefined)
      .map((m) => ({ metric: m, recorded: p.recorded![m], current: Number(p.metrics[m]!.toFixed(6)) }));
    out.push({ cause: 'degradation', key: 'degradation', evidence: { source: p.source, rows: p.rows, metrics } });
  }
  return out;
}

/** The report: checks overview, drift table and chart, performance, business and system metrics, retraining. */
export function monitorReport(facts: MonitorFacts, findings: Finding[], retraining?: RetrainPlan): Report {
  const { model, stage, version } = facts.target;
  const severity = alertSeverity(findings);
  const blocks: Block[] = [
    { kind: 'markdown', text: `Batch \`${facts.batch.file}\` (${facts.batch.rows} rows) for **${model}** ${version ?? '(version unknown)'} in **${stage}**.` },
    { kind: 'table', table: overview(facts, findings) },
  ];
  if (facts.drift) {
    const d = driftReport(facts.drift.features, facts.drift.reference, facts.batch.file);
    blocks.push({ kind: 'details', summary: `Feature drift: ${facts.drift.features.driftedColumns} of ${facts.drift.features.columns.length} columns${facts.drift.fromProfile ? ' (from the reference profile)' : ''}`, blocks: d.blocks });
  }
  if (facts.performance) blocks.push({ kind: 'heading', text: 'Performance on ground truth', level: 3 }, { kind: 'table', table: performanceTable(facts) });
  for (const [title, m] of [['Business metrics', facts.business], ['System metrics', facts.system]] as const) {
    if (m) blocks.push({ kind: 'heading', text: title, level: 3 }, { kind: 'table', table: { headers: ['metric', 'value'], align: ['left', 'right'], rows: Object.entries(m.values).map(([k, v]) => [k, fmt(v)]) } });
  }
  if (retraining && (retraining.fire.length || retraining.held.length)) {
    const rows = [...retraining.fire.map((c) => [c.cause, 'dispatched']), ...retraining.held.map((h) => [h.candidate.cause, `held: ${h.why}`])];
    blocks.push({ kind: 'heading', text: 'Retraining', level: 3 }, { kind: 'table', table: { headers: ['cause', 'outcome'], rows } });
  }
  return {
    purpose: `monitor-${model}-${stage}`,
    title: `Monitoring: ${model} in ${stage}`,
    summary: severity ? `${severity === 'critical' ? 'Critical' : 'Warning'}: ${[...new Set(findings.map(breachKind).filter(Boolean))].join(', ')}` : 'Healthy',
    findings,
    blocks,
  };
}

function overview(facts: MonitorFacts, findings: readonly Finding[]): Table {
  const status = (kind: string, measured: boolean) => {
    if (!measured) return 'not measured';
    const hit = findings.filter((f) => breachKind(f) === kind);
    if (!hit.length) return 'ok';
    return hit.some((f) => f.severity === 'error') ? 'breach (error)' : 'breach (warning)';
  };
  return {
    headers: ['check', 'status'],
    rows: [
      ['input', status('input', true)],
      ['drift', status('drift', !!facts.drift)],
      ['performance', status('degradation', !!facts.performance)],
      ['data quality', status('quality', !!facts.quality || findings.some((f) => breachKind(f) === 'quality'))],
      ['business metrics', status('business', !!facts.business)],
      ['system metrics', status('system', !!facts.system)],
    ],
  };
}

function performanceTable(facts: MonitorFacts): Table {
  const p = facts.performance!;
  return {
    headers: ['metric', 'recorded', 'current', 'change'],
    align: ['left', 'right', 'right', 'right'],
    rows: Object.entries(p.metrics).map(([name, value]) => {
      const rec = p.recorded?.[name];
      return [name, fmt(rec), fmt(value), rec === undefined ? '–' : `${value - rec >= 0 ? '+' : ''}${(value - rec).toFixed(4)}`];
    }),
  };
}

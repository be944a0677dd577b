/** The deployment report: outcome, the timeline of every step, and traffic over the steps as a chart. */
import type { Finding } from '../finding.js';
import type { Block, Report } from '../report/model.js';
import type { DeployPlan } from './plan.js';

/** One timeline entry, as the executor records it. */
export interface TimelineRow {
  at: string;
  action: string;
  slot: string;
  version: string;
  traffic: number;
  ok: boolean;
  detail: string;
}

export interface DeployResult {
  status: 'success' | 'failure';
  serving?: string;
  rolledBack: boolean;
  reason?: string;
  timeline: TimelineRow[];
  deploymentId?: number;
}

function rollbackHint(plan: DeployPlan, result: DeployResult): string | undefined {
  if (!result.rolledBack) return undefined;
  if (result.serving) return `rolled back: ${result.serving} serves ${plan.stage}`;
  return plan.previous
    ? `the rollback to ${plan.previous} failed too: ${plan.stage} needs attention (mlops deploy rollback ${plan.model} ${plan.stage})`
    : `the new version was removed; ${plan.stage} had no previous version`;
}

/** The plan as a table, for `mlops deploy plan`. */
export function planReport(plan: DeployPlan, manifests: Array<{ note: string; yaml: string }> = []): Report {
  const blocks: Block[] = [
    {
      kind: 'table',
      table: {
        headers: ['#', 'action', 'slot', 'version', 'traffic', 'what happens'],
        rows: plan.steps.map((s, i) => [String(i + 1), s.action, s.slot, s.version, `${s.traffic}%${s.mirror ? ' (mirrored)' : ''}`, s.note]),
        align: ['right', 'left', 'left', 'left', 'right', 'left'],
      },
    },
    { kind: 'markdown', text: `On any failed step: ${plan.rollback.note}.` },
    ...manifests.map((m): Block => ({ kind: 'details', summary: `manifest: ${m.note}`, blocks: [{ kind: 'code', lang: 'yaml', text: m.yaml }] })),
  ];
  return {
    purpose: 'deploy-plan',
    title: `Deployment plan: ${plan.model} ${plan.version} to ${plan.stage} (${plan.strategy})`,
    summary: `${plan.steps.length} steps, replacing ${plan.previous ?? 'nothing'}`,
    findings: [],
    blocks,
  };
}

/** The outcome of a deployment with its timeline; a failure is an error finding naming the reason. */
export function deployReport(plan: DeployPlan, result: DeployResult): Report {
  const findings: Finding[] =
    result.status === 'failure'
      ? [{ rule: 'deploy/failed', severity: 'error', message: `${plan.model} ${plan.version} failed in ${plan.stage}: ${result.reason ?? 'unknown reason'}`, hint: rollbackHint(plan, result) }]
      : [];
  const traffic = result.timeline.filter((t) => t.action !== 'pause');
  const blocks: Block[] = [
    {
      kind: 'table',
      table: {
        headers: ['time (UTC)', 'step', 'slot', 'version', 'traffic', 'result', 'detail'],
        rows: result.timeline.map((t) => [t.at.slice(11, 19), t.action, t.slot, t.version, `${t.traffic}%`, t.ok ? '✅' : '❌', t.detail]),
      },
    },
  ];
  if (traffic.length > 1) {
    blocks.push({
      kind: 'chart',
      mermaid: [
        'xychart-beta',
        `  title "Traffic to ${plan.version} (%)"`,
        `  x-axis [${traffic.map((_, i) => String(i + 1)).join(', ')}]`,
        '  y-axis "traffic %" 0 --> 100',
        `  line [${traffic.map((t) => (t.version === plan.version ? t.traffic : 100 - t.traffic)).join(', ')}]`,
      ].join('\n'),
      fallback: { headers: ['step', 'action', `traffic to ${plan.version}`], rows: traffic.map((t, i) => [String(i + 1), t.action, `${t.version === plan.version ? t.traffic : 100 - t.traffic}%`]) },
    });
  }
  const outcome = result.status === 'success' ? `${result.serving ?? plan.version} serves ${plan.stage}` : `failed${result.rolledBack ? `, rolled back to ${result.serving ?? 'nothing'}` : ''}`;
  return {
    purpose: 'deploy',
    title: `Deployment: ${plan.model} ${plan.version} to ${plan.stage} (${plan.strategy})`,
    summary: outcome,
    findings,
    blocks,
  };
}

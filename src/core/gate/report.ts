/** The gate verdict as a Report: one row per condition (met or unmet, and what would satisfy it). */
import type { Finding } from '../finding.js';
import type { Report } from '../report/model.js';
import type { GateVerdict } from './evaluate.js';

/** The commit status / check context branch protection requires. */
export const GATE_CONTEXT = 'mlops/promotion';

/** Renders a verdict; every unmet condition is also an error finding (`gate/{id}`), so exit codes follow. */
export function gateReport(verdict: GateVerdict): Report {
  const what = verdict.promotes.map((p) => `${p.model} ${p.version}`).join(', ') || 'nothing';
  const unmet = verdict.conditions.filter((c) => !c.met);
  const findings: Finding[] = unmet.map((c) => ({ rule: `gate/${c.id}`, severity: 'error', message: `${c.title}: ${c.detail}`, hint: c.fix }));
  const rows = verdict.conditions.map((c) => [c.met ? '✅' : '❌', c.title, c.detail, c.met ? '' : (c.fix ?? '')]);
  return {
    purpose: 'promotion',
    title: `Promotion to ${verdict.stage}: ${verdict.pass ? 'passed' : 'blocked'}`,
    summary: `PR #${verdict.pr} promotes ${what} at ${verdict.headSha.slice(0, 7)}; ${verdict.conditions.length - unmet.length} of ${verdict.conditions.length} conditions met`,
    findings,
    blocks: [{ kind: 'table', table: { headers: ['', 'condition', 'found', 'what would satisfy it'], rows } }],
  };
}

/** The commit status for a verdict (GitHub caps the description at 140 characters). */
export function gateStatus(verdict: GateVerdict): { state: 'success' | 'failure'; context: string; description: string } {
  const unmet = verdict.conditions.filter((c) => !c.met);
  const description = verdict.pass ? `all ${verdict.conditions.length} conditions met` : `unmet: ${unmet.map((c) => c.title).join(', ')}`;
  return { state: verdict.pass ? 'success' : 'failure', context: GATE_CONTEXT, description: description.length > 140 ? `${description.slice(0, 139)}…` : description };
}

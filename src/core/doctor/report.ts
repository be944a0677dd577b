/** The doctor's grading as a Report: the score, then one row per checklist item with evidence and next step. */
import type { Finding } from '../finding.js';
import type { Report } from '../report/model.js';
import type { DoctorResult, ItemStatus } from './checklist.js';

const MARK: Record<ItemStatus, string> = { pass: '✅ pass', partial: '🟡 partial', fail: '❌ missing' };

/** Items not met become notices (a repository on its way is not an error); the table says the rest. */
export function doctorReport(result: DoctorResult): Report {
  const met = result.items.filter((i) => i.status === 'pass').length;
  const findings: Finding[] = result.items
    .filter((i) => i.status !== 'pass')
    .map((i) => ({ rule: `doctor/${i.id}`, severity: 'notice', message: `${i.title}: ${i.evidence.join('; ')}`, hint: i.next }));
  return {
    purpose: 'doctor',
    title: 'mlops doctor',
    summary: `score ${result.score}/100 · ${met} of ${result.items.length} checklist items met`,
    findings,
    blocks: [
      {
        kind: 'table',
        table: {
          headers: ['item', 'status', 'evidence', 'next step'],
          rows: result.items.map((i) => [i.title, MARK[i.status], i.evidence.join('; '), i.next ?? '']),
        },
      },
    ],
  };
}

/** The machine channel: a stable JSON shape that scripts and other tools can rely on. */
import { countFindings, sortFindings, type Finding } from '../finding.js';
import type { Block, Report } from './model.js';

/** Bumped only when a field changes meaning or disappears; new fields may appear in any version. */
export const REPORT_SCHEMA_VERSION = 1;

/** What `renderJson` writes (and `--json` prints). */
export interface ReportJson {
  schemaVersion: typeof REPORT_SCHEMA_VERSION;
  purpose: string;
  title: string;
  summary?: string;
  counts: { error: number; warning: number; notice: number; total: number };
  findings: Finding[];
  blocks: Block[];
}

/** The report as plain data: findings sorted like every other channel, counts precomputed. */
export function reportJson(report: Report): ReportJson {
  const counts = countFindings(report.findings);
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    purpose: report.purpose,
    title: report.title,
    ...(report.summary !== undefined ? { summary: report.summary } : {}),
    counts: { ...counts, total: report.findings.length },
    // Fixed key order, so the JSON of equal reports is byte-identical.
    findings: sortFindings(report.findings).map(orderFinding),
    blocks: report.blocks,
  };
}

/** The report as pretty-printed JSON text, ending with a newline. */
export function renderJson(report: Report): string {
  return `${JSON.stringify(reportJson(report), null, 2)}\n`;
}

function orderFinding(f: Finding): Finding {
  const keys = [
    'rule',
    'severity',
    'message',
    'file',
    'line',
    'column',
    'endLine',
    'endColumn',
    'hint',
  ] as const;
  const out: Record<string, unknown> = {};
  for (const k of keys) if (f[k] !== undefined) out[k] = f[k];
  return out as unknown as Finding;
}

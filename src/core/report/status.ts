/** The one-line outcome every channel opens with, and the small words shared by the renderers. */
import { countFindings, type Finding, type Severity } from '../finding.js';

/** Icons per severity, as GitHub renders them in comments and summaries. */
export const severityIcon: Record<Severity, string> = { error: '❌', warning: '⚠️', notice: 'ℹ️' };

/** `1 error`, `2 warnings`. */
export function plural(count: number, word: string): string {
  return `${groupDigits(count)} ${word}${count === 1 ? '' : 's'}`;
}

/** 65536 -> `65,536`, the same in every locale. */
export function groupDigits(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** `2 errors, 1 warning` (zeros left out), or `no findings`. */
export function countsText(findings: readonly Finding[]): string {
  const counts = countFindings(findings);
  const parts = (['error', 'warning', 'notice'] as const)
    .filter((s) => counts[s] > 0)
    .map((s) => plural(counts[s], s));
  return parts.length ? parts.join(', ') : 'no findings';
}

/** The most severe level present, or `ok` when there are no findings. */
export function worst(findings: readonly Finding[]): Severity | 'ok' {
  const counts = countFindings(findings);
  return counts.error ? 'error' : counts.warning ? 'warning' : counts.notice ? 'notice' : 'ok';
}

/** `path:line:column` as far as known, or undefined for a finding about the whole repository. */
export function location(f: Finding): string | undefined {
  if (!f.file) return undefined;
  return [f.file, f.line, f.line !== undefined ? f.column : undefined]
    .filter((p) => p !== undefined)
    .join(':');
}

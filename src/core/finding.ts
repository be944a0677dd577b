/** The one vocabulary every validator speaks: a Finding is a rule's verdict on one place in one file. */

export type Severity = 'error' | 'warning' | 'notice';

export interface Finding {
  /** Stable rule id, `domain/rule-name` (e.g. `config/unknown-key`, `card/missing-section`). */
  rule: string;
  severity: Severity;
  /** One sentence saying what is wrong, naming the key or value. */
  message: string;
  /** Repository-relative path with forward slashes. */
  file?: string;
  /** 1-based line and column. */
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  /** How to fix it: what was expected, or the exact change to make. */
  hint?: string;
}

const rank: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

/** Orders findings by severity, then file, then line, so every channel lists them alike. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      rank[a.severity] - rank[b.severity] ||
      (a.file ?? '').localeCompare(b.file ?? '') ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      a.rule.localeCompare(b.rule),
  );
}

/** Counts findings per severity. */
export function countFindings(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/** The `fail-on` threshold shared by every action and command. */
export type FailOn = 'error' | 'warning' | 'never';

/** True when the findings should fail the run under the given threshold. */
export function shouldFail(findings: readonly Finding[], failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  return findings.some((f) => f.severity === 'error' || (failOn === 'warning' && f.severity === 'warning'));
}

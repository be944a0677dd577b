/**
 * Registry tag messages. GTO stores a free-text message; ours keep its first line as the human summary
 * (what `gto history` shows) and put a JSON record after a blank line, the same layout as experiment tags.
 */

/** What a registry tag's message records about the event, beyond GTO's fields. */
export interface TagMeta {
  /** The pull request that caused the event (promotion, rollback). */
  pr?: number;
  /** The merge commit on the release branch (assignments). */
  mergeCommit?: string;
  /** The GitHub login that triggered the event. */
  actor?: string;
  /** Logins whose approvals counted at the gate. */
  approvers?: string[];
  /** Gate conditions and their outcome at the time of the merge. */
  checks?: Array<{ id: string; met: boolean }>;
  /** The version an assignment is for (GTO derives it from the commit; kept for readers without registration tags). */
  version?: string;
  /** Why a version bump is minor or patch, as the card states it. */
  reason?: string;
  /**
   * Registrations: sha256 of the release's SHA256SUMS asset. The tag lives in git, so a release whose
   * assets and SHA256SUMS were both replaced afterwards is still caught at deployment.
   */
  sha256sums?: string;
}

/** Builds a tag message: the summary line, then the metadata as JSON when there is any. */
export function formatTagMessage(summary: string, meta: TagMeta = {}): string {
  const clean = Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== undefined));
  const head = summary.split('\n')[0] ?? '';
  return Object.keys(clean).length ? `${head}\n\n${JSON.stringify(clean, null, 2)}\n` : `${head}\n`;
}

/** Reads a tag message written by us or by GTO (free text: the PR is taken from a `#123` in it). */
export function parseTagMessage(message: string): { summary: string; meta: TagMeta } {
  const newline = message.indexOf('\n');
  const summary = (newline < 0 ? message : message.slice(0, newline)).trim();
  const body = newline < 0 ? '' : message.slice(newline + 1).trim();
  if (body.startsWith('{')) {
    try {
      const value: unknown = JSON.parse(body);
      if (value && typeof value === 'object' && !Array.isArray(value)) return { summary, meta: readMeta(value as Record<string, unknown>) };
    } catch {
      // not our record: fall through to free text
    }
  }
  const pr = message.includes('#') ? /(?:^|[\s(])#(\d+)\b/.exec(message) : null;
  return { summary, meta: pr ? { pr: Number(pr[1]) } : {} };
}

function readMeta(v: Record<string, unknown>): TagMeta {
  const strings = (x: unknown): string[] | undefined =>
    Array.isArray(x) ? x.filter((s): s is string => typeof s === 'string') : undefined;
  const checks = Array.isArray(v.checks)
    ? v.checks
        .filter((c): c is { id: string; met: boolean } => !!c && typeof c === 'object' && typeof (c as { id?: unknown }).id === 'string')
        .map((c) => ({ id: c.id, met: c.met === true }))
    : undefined;
  return {
    pr: typeof v.pr === 'number' ? v.pr : undefined,
    mergeCommit: typeof v.mergeCommit === 'string' ? v.mergeCommit : undefined,
    actor: typeof v.actor === 'string' ? v.actor : undefined,
    approvers: strings(v.approvers),
    checks,
    version: typeof v.version === 'string' ? v.version : undefined,
    reason: typeof v.reason === 'string' ? v.reason : undefined,
    sha256sums: typeof v.sha256sums === 'string' && /^[0-9a-f]{64}$/.test(v.sha256sums) ? v.sha256sums : undefined,
  };
}

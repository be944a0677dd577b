/** A small promotion PR snapshot in GitHub's REST shapes: churn v1.1.0 from staging to production, by @author. */
import type { GateSnapshot, GhReview } from '../../../src/core/gate/snapshot.js';
import type { RegistryTag } from '../../../src/core/registry/state.js';

export const HEAD = 'a'.repeat(40);
export const OLD = 'b'.repeat(40);

const tag = (name: string, commit: string, date: string): RegistryTag => ({ name, commit, annotated: true, tagger: 'mlops', taggerEmail: 'mlops@example.com', date, message: name });

/** The snapshot; `change` edits a copy. */
export function snapshot(change: (s: GateSnapshot) => void = () => {}): GateSnapshot {
  const s: GateSnapshot = {
    repository: 'acme/ml',
    takenAt: '2025-03-10T12:00:00Z',
    stage: 'production',
    pullRequest: {
      number: 7,
      state: 'open',
      user: { login: 'author', type: 'User' },
      head: { sha: HEAD, ref: 'promote/churn-v1.1.0', repo: { full_name: 'acme/ml', fork: false } },
      base: { sha: 'c'.repeat(40), ref: 'release/production', repo: { full_name: 'acme/ml' } },
    },
    commits: [{ sha: HEAD, author: { login: 'author' }, committer: { login: 'author' }, commit: {} }],
    reviews: [],
    files: [{ filename: 'models/churn/MODEL_CARD.md', status: 'modified' }],
    permissions: {
      author: { permission: 'write', role_name: 'write', user: { login: 'author' } },
      alice: { permission: 'write', role_name: 'write', user: { login: 'alice' } },
      bob: { permission: 'admin', role_name: 'admin', user: { login: 'bob' } },
      carol: { permission: 'write', role_name: 'maintain', user: { login: 'carol' } },
      reader: { permission: 'read', role_name: 'triage', user: { login: 'reader' } },
      pusher: { permission: 'write', role_name: 'write', user: { login: 'pusher' } },
      'renovate[bot]': { permission: 'write', role_name: 'write', user: { login: 'renovate[bot]', type: 'Bot' } },
    },
    teams: { readable: true, memberships: { 'acme/ml-leads': { alice: { state: 'active', role: 'member' }, bob: null } } },
    codeowners: { path: '.github/CODEOWNERS', text: '* @acme/ml-leads\n/docs/ @bob\n' },
    activity: [{ activity_type: 'push', ref: 'refs/heads/promote/churn-v1.1.0', after: HEAD, timestamp: '2025-03-10T10:00:00Z', actor: { login: 'author' } }],
    registry: [
      tag('churn@v1.0.0', '1'.repeat(40), '2025-02-01T00:00:00Z'),
      tag('churn@v1.1.0', '2'.repeat(40), '2025-03-01T00:00:00Z'),
      tag('churn#production#1', '1'.repeat(40), '2025-02-02T00:00:00Z'),
      tag('churn#staging#2', '2'.repeat(40), '2025-03-02T00:00:00Z'),
    ],
    candidates: [
      {
        model: 'churn',
        version: 'v1.1.0',
        risk: 'medium',
        card: { path: 'models/churn/MODEL_CARD.md', missing: [] },
        evaluation: { source: 'experiment', ref: 'exp/acme-train-20250301', metrics: { auc: 0.91, log_loss: 0.3 }, fairness: { demographic_parity_difference: 0.04 }, fairnessReport: true },
        baseline: { source: 'release', ref: 'churn@v1.0.0', metrics: { auc: 0.9, log_loss: 0.31 } },
        artifacts: { sha256sums: `${'d'.repeat(64)}  model.pkl\n`, files: [{ name: 'model.pkl', sha256: 'd'.repeat(64) }, { name: 'SHA256SUMS', sha256: 'e'.repeat(64) }] },
      },
    ],
  };
  change(s);
  return s;
}

let id = 100;
/** A review as pulls/list-reviews returns it. */
export function review(login: string, state: string, commit = HEAD): GhReview {
  id += 1;
  const at = new Date(Date.UTC(2025, 2, 10, 11, 0, id)).toISOString(); // later reviews are submitted later
  return { id, user: { login, type: login.endsWith('[bot]') ? 'Bot' : 'User' }, state, commit_id: commit, submitted_at: at };
}

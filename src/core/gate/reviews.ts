/**
 * Which reviews count, with GitHub branch protection's semantics plus the stricter rules of the standard:
 * only each reviewer's latest approve/request-changes/dismissed review counts (comments do not change it),
 * an approval counts only on the current head commit, from a user with write access per the
 * collaborator-permission API (not `author_association`), never from the author, the last pusher or a bot.
 * An outstanding change request from a user with write access blocks, as on GitHub.
 */
import type { GateSnapshot, GhReview, GhUser } from './snapshot.js';

export interface ReviewAssessment {
  /** Logins whose approvals count. */
  approvers: string[];
  /** Approvals (and reviews) that do not count, and why. */
  ignored: Array<{ login: string; reason: string }>;
  /** Logins with an outstanding change request that blocks. */
  changeRequests: string[];
  lastPusher?: string;
}

const DECISIVE = new Set(['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED']);
const WRITE_ROLES = new Set(['admin', 'maintain', 'write']);

/** True for GitHub Apps and bot accounts. */
export function isBot(user: GhUser | null | undefined): boolean {
  return !!user && (user.type === 'Bot' || user.login.endsWith('[bot]'));
}

/** True when the collaborator-permission API grants write (or more) to the login. */
export function hasWriteAccess(snapshot: GateSnapshot, login: string): boolean {
  const p = snapshot.permissions[login];
  if (!p) return false;
  return WRITE_ROLES.has(p.role_name ?? '') || p.permission === 'admin' || p.permission === 'write';
}

/**
 * The last pusher of the head branch: the newest push in the repository activity (repos/list-activities);
 * without one, the GitHub committer of the head commit (ignoring `web-flow`, GitHub's own committer).
 */
export function lastPusher(snapshot: GateSnapshot): string | undefined {
  const ref = `refs/heads/${snapshot.pullRequest.head.ref}`;
  const pushes = snapshot.activity
    .filter((a) => (a.activity_type === 'push' || a.activity_type === 'force_push' || a.activity_type === 'branch_creation') && a.ref === ref)
    .sort((a, b) => Date.parse(a.timestamp) - Date.parse(b.timestamp));
  const push = pushes.at(-1);
  if (push?.actor) return push.actor.login;
  const head = snapshot.commits.find((c) => c.sha === snapshot.pullRequest.head.sha) ?? snapshot.commits.at(-1);
  const committer = head?.committer?.login;
  return committer && committer !== 'web-flow' ? committer : head?.author?.login;
}

/** The latest decisive review of each reviewer, in submission order. */
export function latestReviews(reviews: readonly GhReview[]): Map<string, GhReview> {
  const ordered = [...reviews].sort(
    (a, b) => Date.parse(a.submitted_at ?? '') - Date.parse(b.submitted_at ?? '') || a.id - b.id,
  );
  const latest = new Map<string, GhReview>();
  for (const r of ordered) if (r.user && DECISIVE.has(r.state)) latest.set(r.user.login, r);
  return latest;
}

/** Assesses every review of the snapshot's PR. */
export function assessReviews(snapshot: GateSnapshot): ReviewAssessment {
  const pr = snapshot.pullRequest;
  const author = pr.user?.login;
  const pusher = lastPusher(snapshot);
  const approvers: string[] = [];
  const ignored: ReviewAssessment['ignored'] = [];
  const changeRequests: string[] = [];
  for (const [login, review] of latestReviews(snapshot.reviews)) {
    if (review.state === 'DISMISSED') {
      ignored.push({ login, reason: 'review was dismissed' });
      continue;
    }
    if (review.state === 'CHANGES_REQUESTED') {
      if (hasWriteAccess(snapshot, login) && !isBot(review.user)) changeRequests.push(login);
      else ignored.push({ login, reason: 'change request from a user without write access (GitHub does not count it either)' });
      continue;
    }
    const reason = approvalProblem(snapshot, review, { author, pusher });
    if (reason) ignored.push({ login, reason });
    else approvers.push(login);
  }
  return { approvers: approvers.sort(), ignored, changeRequests: changeRequests.sort(), lastPusher: pusher };
}

function approvalProblem(
  snapshot: GateSnapshot,
  review: GhReview,
  who: { author?: string; pusher?: string },
): string | undefined {
  const login = review.user?.login ?? '';
  if (isBot(review.user)) return 'approvals by bots do not count';
  if (login === who.author) return 'the PR author cannot approve their own promotion';
  if (login === who.pusher) return 'the last pusher to the PR cannot approve it';
  if (!snapshot.permissions[login]) return 'repository permission unknown (not in the snapshot)';
  if (!hasWriteAccess(snapshot, login)) return `has ${snapshot.permissions[login]?.role_name ?? snapshot.permissions[login]?.permission} access, write is needed`;
  if (review.commit_id !== snapshot.pullRequest.head.sha)
    return `approved ${String(review.commit_id).slice(0, 7)}, not the current head ${snapshot.pullRequest.head.sha.slice(0, 7)}`;
  return undefined;
}

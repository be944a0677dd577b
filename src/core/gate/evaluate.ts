/** The promotion gate: a pure function of a snapshot and a policy. */
import { buildRegistryState } from '../registry/state.js';
import { type CodeownersRule, ownersOf, parseCodeowners } from './codeowners.js';
import { type GateCondition, cardCondition, checksumCondition, condition, fairnessCondition, metricsCondition, stageOrder } from './evidence.js';
import type { PromotionPolicy } from './policy.js';
import { type ReviewAssessment, assessReviews } from './reviews.js';
import type { GateSnapshot } from './snapshot.js';

export type { GateCondition } from './evidence.js';

export interface GateVerdict {
  pass: boolean;
  stage: string;
  pr: number;
  headSha: string;
  /** What the PR promotes. */
  promotes: Array<{ model: string; version: string }>;
  conditions: GateCondition[];
  approvers: string[];
  ignoredReviews: ReviewAssessment['ignored'];
  lastPusher?: string;
}

/** Evaluates every condition of the stage's policy on the snapshot; passes only when all are met. */
export function evaluateGate(snapshot: GateSnapshot, policy: PromotionPolicy): GateVerdict {
  const registry = buildRegistryState(snapshot.registry);
  const reviews = assessReviews(snapshot);
  const candidates = snapshot.candidates;
  const now = Date.parse(snapshot.takenAt);
  const conditions: GateCondition[] = [
    sourceCondition(snapshot),
    condition(
      'candidates',
      'Promotes registered versions',
      candidates.length
        ? candidates.flatMap((c) => {
            const a = registry.artifacts[c.model];
            if (!a?.versions.some((v) => v.version === c.version && v.active)) return [`${c.model} ${c.version} is not registered`];
            return a.deprecated ? [`${c.model} is deprecated`] : [];
          })
        : ['the PR changes no model card version'],
      candidates.map((c) => `${c.model} ${c.version}`).join(', '),
      'register the version on the default branch first (bump `version` in the model card and merge)',
    ),
    approvalsCondition(snapshot, policy, reviews),
    condition(
      'change-requests',
      'No outstanding change requests',
      reviews.changeRequests.map((l) => `@${l} requested changes`),
      'none',
      'address the requested changes and ask the reviewer to approve, or have the review dismissed',
    ),
    ...teamsCondition(snapshot, policy, reviews),
    ...codeownersCondition(snapshot, policy, reviews),
    ...stageOrder(candidates, registry, policy, now),
    evidenceCondition(snapshot, policy),
    ...metricsCondition(candidates, policy, registry),
    ...fairnessCondition(candidates, policy),
    ...cardCondition(candidates, policy),
    ...checksumCondition(candidates, policy),
  ];
  return {
    pass: conditions.every((c) => c.met),
    stage: snapshot.stage,
    pr: snapshot.pullRequest.number,
    headSha: snapshot.pullRequest.head.sha,
    promotes: candidates.map((c) => ({ model: c.model, version: c.version })),
    conditions,
    approvers: reviews.approvers,
    ignoredReviews: reviews.ignored,
    lastPusher: reviews.lastPusher,
  };
}

function sourceCondition(s: GateSnapshot): GateCondition {
  const pr = s.pullRequest;
  const problems: string[] = [];
  if (pr.state !== 'open') problems.push(`the PR is ${pr.state}`);
  const head = pr.head.repo?.full_name;
  if (!head || head !== pr.base.repo.full_name) problems.push(`the PR comes from ${head ?? 'a deleted fork'}, not from ${pr.base.repo.full_name}`);
  return condition('source', 'Opened from a branch of this repository', problems, `${pr.head.ref} in ${pr.base.repo.full_name}`, 'open the promotion PR from a branch of this repository (promotions from forks are refused)');
}

function approvalsCondition(s: GateSnapshot, policy: PromotionPolicy, r: ReviewAssessment): GateCondition {
  const high = s.candidates.some((c) => c.risk === 'high');
  const required = policy.approvals + (high ? policy.highRisk.extraApprovals : 0);
  const got = r.approvers.length;
  const why = r.ignored.map((i) => `@${i.login}: ${i.reason}`);
  const detail = `${got} of ${required} approvals${high ? ` (risk: high adds ${policy.highRisk.extraApprovals})` : ''}${got ? ` by ${r.approvers.map((a) => `@${a}`).join(', ')}` : ''}${why.length ? `; not counted: ${why.join('; ')}` : ''}`;
  if (got >= required) return { id: 'approvals', title: `${required} approval${required === 1 ? '' : 's'}`, met: true, detail };
  return {
    id: 'approvals',
    title: `${required} approval${required === 1 ? '' : 's'}`,
    met: false,
    detail,
    fix: `${required - got} more approval${required - got === 1 ? '' : 's'} on ${s.pullRequest.head.sha.slice(0, 7)} from users with write access who are neither the author nor the last pusher`,
  };
}

function teamsCondition(s: GateSnapshot, policy: PromotionPolicy, r: ReviewAssessment): GateCondition[] {
  if (!policy.requiredTeams.length) return [];
  const title = `Approved by ${policy.requiredTeams.join(', ')}`;
  if (!s.teams.readable)
    return [{ id: 'teams', title, met: false, detail: `team membership cannot be read: ${s.teams.reason ?? 'the token cannot read org teams'}`, fix: 'give the gate a token that can read organization teams (members: read), e.g. a GitHub App token' }];
  const missing = policy.requiredTeams.filter((team) => !r.approvers.some((login) => isMember(s, team, login)));
  return [condition('teams', title, missing.map((t) => `no counted approval from a member of ${t}`), 'every required team approved', `an approval from a member of ${missing.join(', ')}`)];
}

function isMember(s: GateSnapshot, team: string, login: string): boolean {
  return s.teams.memberships[team.replace(/^@/, '')]?.[login]?.state === 'active';
}

function codeownersCondition(s: GateSnapshot, policy: PromotionPolicy, r: ReviewAssessment): GateCondition[] {
  if (!policy.codeowners) return [];
  const title = 'Approved by code owners';
  if (!s.codeowners) return [{ id: 'codeowners', title, met: false, detail: 'no CODEOWNERS file on the base branch', fix: 'add .github/CODEOWNERS, or set codeowners: false for this stage' }];
  const { rules } = parseCodeowners(s.codeowners.text);
  const problems: string[] = [];
  for (const file of s.files) {
    const { owners, rule } = ownersOf(rules, file.filename);
    if (!owners.length || !rule) continue;
    const ok = owners.some((o) => ownerApproved(s, o, r));
    if (!ok) problems.push(`${file.filename} needs ${owners.join(' or ')} (${s.codeowners.path}:${rule.line})${teamHint(s, rule)}`);
  }
  return [condition('codeowners', title, problems, 'every changed path approved by an owner', 'an approval from an owner of each listed path')];
}

function ownerApproved(s: GateSnapshot, owner: string, r: ReviewAssessment): boolean {
  if (!owner.startsWith('@')) return false; // e-mail owners cannot be matched to GitHub logins through the REST API
  const name = owner.slice(1);
  if (name.includes('/')) return s.teams.readable && r.approvers.some((l) => isMember(s, name, l));
  return r.approvers.some((l) => l.toLowerCase() === name.toLowerCase());
}

function teamHint(s: GateSnapshot, rule: CodeownersRule): string {
  return !s.teams.readable && rule.owners.some((o) => o.includes('/')) ? `; team membership cannot be read: ${s.teams.reason ?? 'token cannot read org teams'}` : '';
}

function evidenceCondition(s: GateSnapshot, policy: PromotionPolicy): GateCondition {
  const { rules } = parseCodeowners(policy.protectedEvidence.map((p) => `${p} @evidence`).join('\n'));
  // Evidence carried over unchanged from the registered commit is fine; evidence the PR itself changes is not.
  const own = s.edited ? new Set(s.edited) : undefined;
  const edited = s.files.filter(
    (f) => (!own || own.has(f.filename)) && (ownersOf(rules, f.filename).owners.length || (f.previous_filename && ownersOf(rules, f.previous_filename).owners.length)),
  );
  return condition(
    'evidence',
    'Evidence not edited by the PR',
    edited.map((f) => `${f.filename} (${f.status}) is evaluation evidence`),
    'metrics, checksums and records come from experiment tags and releases, untouched by this PR',
    'remove the changes to metrics/checksum files from the promotion PR: the gate reads them from the experiment record and the release assets',
  );
}

/**
 * A gate snapshot: everything the promotion gate decides on, frozen. The GitHub parts keep GitHub's own
 * REST shapes (the fields we read of them), so a snapshot can be assembled from API responses verbatim:
 * pulls/get, pulls/list-commits, pulls/list-reviews, pulls/list-files, repos/get-collaborator-permission-level,
 * teams/get-membership-for-user-in-org, repos/list-activities. Schema: schemas/gate-snapshot.schema.json.
 */
import type { RegistryTag } from '../registry/state.js';

/** A GitHub user as REST returns it (`simple-user`). */
export interface GhUser {
  login: string;
  type?: string;
}

/** pulls/get (`pull-request`). */
export interface GhPullRequest {
  number: number;
  state: string;
  title?: string;
  draft?: boolean;
  merged?: boolean;
  user: GhUser | null;
  head: { sha: string; ref: string; repo: { full_name: string; fork?: boolean } | null };
  base: { sha: string; ref: string; repo: { full_name: string } };
}

/** pulls/list-commits (`commit`). */
export interface GhCommit {
  sha: string;
  author: GhUser | null;
  committer: GhUser | null;
  commit: { author?: { date?: string } | null; committer?: { date?: string } | null; message?: string };
}

/** pulls/list-reviews (`pull-request-review`). */
export interface GhReview {
  id: number;
  user: GhUser | null;
  state: string;
  commit_id: string | null;
  submitted_at?: string;
}

/** pulls/list-files (`diff-entry`). */
export interface GhFile {
  filename: string;
  status: string;
  previous_filename?: string;
}

/** repos/get-collaborator-permission-level (`repository-collaborator-permission`). */
export interface GhPermission {
  permission: string;
  role_name?: string;
  user: GhUser | null;
}

/** teams/get-membership-for-user-in-org (`team-membership`); null when the user is not a member. */
export interface GhTeamMembership {
  state: string;
  role?: string;
}

/** repos/list-activities (`activity`): who pushed what to which ref. */
export interface GhActivity {
  activity_type: string;
  ref: string;
  after: string;
  timestamp: string;
  actor: GhUser | null;
}

/** Metrics of one model version, from where the PR cannot edit them. */
export interface EvaluationResult {
  /** Where they were read: the experiment record (`exp/...` tag) or the version's release assets. */
  source: 'experiment' | 'release';
  /** The tag or release they came from. */
  ref: string;
  metrics: Record<string, number>;
  fairness?: Record<string, number>;
  /** True when a fairness report (Fairlearn-style group metrics) exists for the version. */
  fairnessReport?: boolean;
}

/** A model version the PR promotes, read from the PR head. */
export interface PromotionCandidate {
  model: string;
  /** `v1.2.0`. */
  version: string;
  risk?: 'low' | 'medium' | 'high';
  card: { path: string; missing: string[] };
  /** Metrics of this version and of the version now in the target stage (when there is one). */
  evaluation?: EvaluationResult;
  baseline?: EvaluationResult;
  /** The release assets as published and the SHA256SUMS file among them. */
  artifacts?: { sha256sums: string | null; files: Array<{ name: string; sha256: string }> };
}

export interface GateSnapshot {
  /** `owner/name`. */
  repository: string;
  /** When the snapshot was taken (the gate's clock, for soak times). */
  takenAt: string;
  /** The stage the PR promotes to (from the base branch name). */
  stage: string;
  pullRequest: GhPullRequest;
  commits: GhCommit[];
  reviews: GhReview[];
  files: GhFile[];
  /** Collaborator permission per login (every reviewer and the author). */
  permissions: Record<string, GhPermission>;
  /** Team memberships per `org/team-slug` and login; `readable: false` when the token cannot read teams. */
  teams: { readable: boolean; reason?: string; memberships: Record<string, Record<string, GhTeamMembership | null>> };
  /**
   * Changed files whose content at the PR head differs from the registered commit of the promoted
   * versions: what the PR itself edits, as opposed to what it carries over from the registration.
   * When absent, every changed file counts as edited.
   */
  edited?: string[];
  /** CODEOWNERS of the base branch (GitHub reads it from there), or null. */
  codeowners: { path: string; text: string } | null;
  /** Pushes to the head branch; the newest names the last pusher. */
  activity: GhActivity[];
  /** The registry's tags (its state is derived from them). */
  registry: RegistryTag[];
  candidates: PromotionCandidate[];
}

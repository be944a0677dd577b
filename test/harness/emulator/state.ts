/**
 * The emulator's state as plain records a test can read and assert on. Responses are rendered from
 * these records into GitHub's full objects (objects.ts). A pull request is an issue with `pull`
 * set, as on GitHub: numbers are shared and comments on a PR are issue comments.
 */

/** Repository permission as `GET /collaborators/{username}/permission` reports it. */
export type Permission = 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none';

export interface UserRecord {
  login: string;
  id: number;
  type: 'User' | 'Bot' | 'Organization';
  name: string | null;
  email: string | null;
}

export interface TeamRecord {
  id: number;
  org: string;
  slug: string;
  name: string;
  /** login -> role */
  members: Record<string, 'member' | 'maintainer'>;
}

export interface IssueRecord {
  id: number;
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  stateReason: 'completed' | 'not_planned' | 'reopened' | null;
  labels: string[];
  assignees: string[];
  author: string;
  locked: boolean;
  /** Set when the issue is a pull request. */
  pull: boolean;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
}

export interface CommentRecord {
  id: number;
  issueNumber: number;
  body: string;
  author: string;
  createdAt: string;
  updatedAt: string;
}

export interface LabelRecord {
  id: number;
  name: string;
  color: string;
  description: string | null;
}

export interface PullFileRecord {
  filename: string;
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  additions: number;
  deletions: number;
  patch?: string;
  previousFilename?: string;
}

export interface PullCommitRecord {
  sha: string;
  message: string;
  author: string;
  parents: string[];
}

export interface PullRecord {
  number: number;
  id: number;
  head: { ref: string; sha: string };
  base: { ref: string; sha: string };
  draft: boolean;
  merged: boolean;
  mergedAt: string | null;
  mergedBy: string | null;
  mergeCommitSha: string | null;
  files: PullFileRecord[];
  commits: PullCommitRecord[];
}

export type ReviewState = 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING';

export interface ReviewRecord {
  id: number;
  pullNumber: number;
  author: string;
  state: ReviewState;
  body: string;
  commitId: string;
  submittedAt: string;
}

export interface AssetRecord {
  id: number;
  releaseId: number;
  name: string;
  label: string | null;
  contentType: string;
  /** The uploaded bytes, served back by a download. */
  data: Buffer;
  uploader: string;
  createdAt: string;
  downloadCount: number;
}

export interface ReleaseRecord {
  id: number;
  tagName: string;
  targetCommitish: string;
  name: string | null;
  body: string | null;
  draft: boolean;
  prerelease: boolean;
  makeLatest: 'true' | 'false' | 'legacy';
  author: string;
  createdAt: string;
  publishedAt: string | null;
  assets: AssetRecord[];
}

export interface DeploymentStatusRecord {
  id: number;
  deploymentId: number;
  state: 'error' | 'failure' | 'inactive' | 'pending' | 'success' | 'queued' | 'in_progress';
  description: string;
  environment: string;
  environmentUrl: string;
  logUrl: string;
  targetUrl: string;
  creator: string;
  createdAt: string;
}

export interface DeploymentRecord {
  id: number;
  ref: string;
  sha: string;
  task: string;
  environment: string;
  originalEnvironment: string;
  payload: Record<string, unknown> | string;
  description: string | null;
  transientEnvironment: boolean;
  productionEnvironment: boolean;
  creator: string;
  createdAt: string;
  updatedAt: string;
  statuses: DeploymentStatusRecord[];
}

export interface EnvironmentRecord {
  id: number;
  name: string;
  waitTimer: number;
  reviewers: { type: 'User' | 'Team'; id: number }[];
  preventSelfReview: boolean;
  deploymentBranchPolicy: { protected_branches: boolean; custom_branch_policies: boolean } | null;
  createdAt: string;
  updatedAt: string;
}

export interface CheckRunRecord {
  id: number;
  name: string;
  headSha: string;
  status: 'queued' | 'in_progress' | 'completed' | 'waiting' | 'requested' | 'pending';
  conclusion: string | null;
  startedAt: string | null;
  completedAt: string | null;
  detailsUrl: string | null;
  externalId: string | null;
  output: { title: string | null; summary: string | null; text: string | null; annotations: unknown[] };
  author: string;
}

export interface CommitStatusRecord {
  id: number;
  sha: string;
  state: 'error' | 'failure' | 'pending' | 'success';
  context: string;
  description: string | null;
  targetUrl: string | null;
  creator: string;
  createdAt: string;
}

export interface DispatchRecord {
  eventType: string;
  clientPayload: Record<string, unknown>;
  sender: string;
  receivedAt: string;
}

export interface WorkflowDispatchRecord {
  workflowId: string;
  ref: string;
  inputs: Record<string, unknown>;
  sender: string;
  receivedAt: string;
}

/** Everything the emulator knows; mutate through the API or `emulator.seed`, read freely. */
export interface EmulatorState {
  owner: string;
  repo: string;
  repoId: number;
  defaultBranch: string;
  users: Record<string, UserRecord>;
  collaborators: Record<string, Permission>;
  teams: TeamRecord[];
  issues: IssueRecord[];
  comments: CommentRecord[];
  labels: LabelRecord[];
  pulls: PullRecord[];
  reviews: ReviewRecord[];
  releases: ReleaseRecord[];
  deployments: DeploymentRecord[];
  environments: EnvironmentRecord[];
  checkRuns: CheckRunRecord[];
  statuses: CommitStatusRecord[];
  dispatches: DispatchRecord[];
  workflowDispatches: WorkflowDispatchRecord[];
}

/** The identity of the Actions `GITHUB_TOKEN`, as GitHub reports it. */
export const ACTIONS_BOT: UserRecord = {
  login: 'github-actions[bot]',
  id: 41898282,
  type: 'Bot',
  name: null,
  email: null,
};

/** A fresh state with the repository owner and the Actions bot as known users. */
export function emptyState(owner: string, repo: string, defaultBranch: string): EmulatorState {
  return {
    owner,
    repo,
    repoId: 100001,
    defaultBranch,
    users: {
      [owner]: { login: owner, id: 1001, type: 'Organization', name: owner, email: null },
      [ACTIONS_BOT.login]: { ...ACTIONS_BOT },
    },
    collaborators: {},
    teams: [],
    issues: [],
    comments: [],
    labels: [],
    pulls: [],
    reviews: [],
    releases: [],
    deployments: [],
    environments: [],
    checkRuns: [],
    statuses: [],
    dispatches: [],
    workflowDispatches: [],
  };
}

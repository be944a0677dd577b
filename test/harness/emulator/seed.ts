/** Helpers for tests to put the emulator in a state before the product runs ("given ..."). */
import type { Runtime } from './http.js';
import { labelRecord, now, userRecord } from './objects.js';
import type {
  CommentRecord,
  IssueRecord,
  LabelRecord,
  Permission,
  PullCommitRecord,
  PullFileRecord,
  PullRecord,
  ReviewRecord,
  ReviewState,
  TeamRecord,
  UserRecord,
} from './state.js';

export interface SeedUser {
  permission?: Permission;
  name?: string;
  email?: string;
  type?: UserRecord['type'];
}

export interface SeedPullRequest {
  /** The number (default: the next free one); match the event payload's `pull_request.number`. */
  number?: number;
  title?: string;
  body?: string;
  /** Login of the author (default: a user `contributor`). */
  author?: string;
  head: { ref: string; sha: string };
  /** Default: the default branch; its sha defaults to 40 zeros unless given. */
  base?: { ref?: string; sha?: string };
  files?: PullFileRecord[];
  commits?: PullCommitRecord[];
  labels?: string[];
  draft?: boolean;
  state?: 'open' | 'closed';
}

export interface SeedReview {
  pullNumber: number;
  author: string;
  state: ReviewState;
  /** The head sha the review was given on (default: the PR's current head). */
  commitId?: string;
  body?: string;
  submittedAt?: string;
}

export interface SeedIssue {
  /** The number (default: the next free one; numbers are shared with pull requests). */
  number?: number;
  title: string;
  body?: string;
  /** Login of the author (default: a user `contributor`). */
  author?: string;
  labels?: string[];
  state?: 'open' | 'closed';
}

/** Seeding functions; each returns the record it created (live: later API calls change it). */
export interface Seeder {
  user(login: string, options?: SeedUser): UserRecord;
  collaborator(login: string, permission: Permission): UserRecord;
  team(
    org: string,
    slug: string,
    members: Record<string, 'member' | 'maintainer'> | string[],
    name?: string,
  ): TeamRecord;
  label(name: string, color?: string, description?: string): LabelRecord;
  issue(issue: SeedIssue): IssueRecord;
  comment(issueNumber: number, body: string, author: string): CommentRecord;
  pullRequest(pr: SeedPullRequest): { issue: IssueRecord; pull: PullRecord };
  review(review: SeedReview): ReviewRecord;
}

/** The seeder of one emulator. */
export function createSeeder(rt: Runtime): Seeder {
  const { state } = rt;
  const nextNumber = (): number => state.issues.reduce((max, i) => Math.max(max, i.number), 0) + 1;
  const seeder: Seeder = {
    user(login, options = {}) {
      const user = userRecord(state, login);
      if (options.name !== undefined) user.name = options.name;
      if (options.email !== undefined) user.email = options.email;
      if (options.type) user.type = options.type;
      if (options.permission) state.collaborators[login] = options.permission;
      return user;
    },
    collaborator: (login, permission) => seeder.user(login, { permission }),
    team(org, slug, members, name) {
      userRecord(state, org).type = 'Organization';
      const roles = Array.isArray(members)
        ? Object.fromEntries(members.map((m) => [m, 'member' as const]))
        : members;
      Object.keys(roles).forEach((login) => userRecord(state, login));
      const team: TeamRecord = { id: rt.nextId(), org, slug, name: name ?? slug, members: roles };
      state.teams.push(team);
      return team;
    },
    label(name, color = 'ededed', description) {
      const label = labelRecord(state, name, rt.nextId);
      label.color = color;
      label.description = description ?? null;
      return label;
    },
    issue(given) {
      if (given.number !== undefined && state.issues.some((i) => i.number === given.number)) {
        throw new Error(`issue or pull request #${given.number} already exists`);
      }
      const at = now();
      const issue: IssueRecord = {
        id: rt.nextId(),
        number: given.number ?? nextNumber(),
        title: given.title,
        body: given.body ?? null,
        state: given.state ?? 'open',
        stateReason: given.state === 'closed' ? 'completed' : null,
        labels: given.labels ?? [],
        assignees: [],
        author: userRecord(state, given.author ?? 'contributor').login,
        locked: false,
        pull: false,
        createdAt: at,
        updatedAt: at,
        closedAt: given.state === 'closed' ? at : null,
      };
      issue.labels.forEach((l) => labelRecord(state, l, rt.nextId));
      state.issues.push(issue);
      return issue;
    },
    comment(issueNumber, body, author) {
      userRecord(state, author);
      const at = now();
      const comment: CommentRecord = {
        id: rt.nextId(),
        issueNumber,
        body,
        author,
        createdAt: at,
        updatedAt: at,
      };
      state.comments.push(comment);
      return comment;
    },
    pullRequest(pr) {
      const issue = seeder.issue({
        number: pr.number,
        title: pr.title ?? `Change ${pr.head.ref}`,
        body: pr.body,
        author: pr.author,
        labels: pr.labels,
        state: pr.state,
      });
      issue.pull = true;
      const pull: PullRecord = {
        number: issue.number,
        id: rt.nextId(),
        head: { ...pr.head },
        base: { ref: pr.base?.ref ?? state.defaultBranch, sha: pr.base?.sha ?? '0'.repeat(40) },
        draft: pr.draft ?? false,
        merged: false,
        mergedAt: null,
        mergedBy: null,
        mergeCommitSha: null,
        files: pr.files ?? [],
        commits: pr.commits ?? [
          { sha: pr.head.sha, message: issue.title, author: issue.author, parents: [] },
        ],
      };
      state.pulls.push(pull);
      return { issue, pull };
    },
    review(given) {
      const pull = state.pulls.find((p) => p.number === given.pullNumber);
      if (!pull) throw new Error(`no pull request #${given.pullNumber}`);
      userRecord(state, given.author);
      const review: ReviewRecord = {
        id: rt.nextId(),
        pullNumber: given.pullNumber,
        author: given.author,
        state: given.state,
        body: given.body ?? '',
        commitId: given.commitId ?? pull.head.sha,
        submittedAt: given.submittedAt ?? now(),
      };
      state.reviews.push(review);
      return review;
    },
  };
  return seeder;
}

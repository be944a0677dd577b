/** Pull requests, their files and commits, reviews, and merges. */
import { createHash } from 'node:crypto';
import {
  ApiError,
  fields,
  json,
  notFound,
  paginate,
  str,
  validationFailed,
  type Handler,
  type HandlerContext,
} from '../http.js';
import {
  authorAssociation,
  HTML,
  issueObject,
  nodeId,
  now,
  repoApiUrl,
  repository,
  simpleUser,
  userRecord,
  type RenderContext,
} from '../objects.js';
import type { IssueRecord, PullRecord, ReviewRecord } from '../state.js';
import { commitObject } from './gitdata.js';
import { findIssue, nextNumber } from './issues.js';
import { checkRepo } from './repos.js';

/** `pull-request`. */
export function pullObject(
  ctx: HandlerContext,
  issue: IssueRecord,
  pull: PullRecord,
): Record<string, unknown> {
  const r = ctx.render;
  const base = issueObject(r, issue, ctx.rt.nextId);
  const api = repoApiUrl(r);
  const url = `${api}/pulls/${pull.number}`;
  const html = `${HTML}/${r.state.owner}/${r.state.repo}/pull/${pull.number}`;
  const branch = (side: PullRecord['head']) => ({
    label: `${r.state.owner}:${side.ref}`,
    ref: side.ref,
    sha: side.sha,
    user: simpleUser(r, r.state.owner),
    repo: repository(r),
  });
  const files = pull.files;
  return {
    ...Object.fromEntries(
      [
        'id',
        'number',
        'state',
        'locked',
        'title',
        'user',
        'body',
        'labels',
        'milestone',
        'active_lock_reason',
        'created_at',
        'updated_at',
        'closed_at',
        'assignee',
        'assignees',
        'author_association',
      ].map((k) => [k, base[k]]),
    ),
    url,
    node_id: nodeId('011:PullRequest', pull.id),
    id: pull.id,
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: `${api}/issues/${pull.number}`,
    commits_url: `${url}/commits`,
    review_comments_url: `${url}/comments`,
    review_comment_url: `${api}/pulls/comments{/number}`,
    comments_url: `${api}/issues/${pull.number}/comments`,
    statuses_url: `${api}/statuses/${pull.head.sha}`,
    merged_at: pull.mergedAt,
    merge_commit_sha: pull.mergeCommitSha,
    requested_reviewers: [],
    requested_teams: [],
    head: branch(pull.head),
    base: branch(pull.base),
    _links: Object.fromEntries(
      Object.entries({
        self: url,
        html,
        issue: `${api}/issues/${pull.number}`,
        comments: `${api}/issues/${pull.number}/comments`,
        review_comments: `${url}/comments`,
        review_comment: `${api}/pulls/comments{/number}`,
        commits: `${url}/commits`,
        statuses: `${api}/statuses/${pull.head.sha}`,
      }).map(([k, href]) => [k, { href }]),
    ),
    auto_merge: null,
    draft: pull.draft,
    merged: pull.merged,
    mergeable: pull.merged ? null : true,
    rebaseable: pull.merged ? null : true,
    mergeable_state: pull.merged ? 'unknown' : 'clean',
    merged_by: pull.mergedBy ? simpleUser(r, pull.mergedBy) : null,
    comments: base.comments,
    review_comments: 0,
    maintainer_can_modify: false,
    commits: pull.commits.length,
    additions: files.reduce((n, f) => n + f.additions, 0),
    deletions: files.reduce((n, f) => n + f.deletions, 0),
    changed_files: files.length,
  };
}

/** `pull-request-review`. */
function reviewObject(ctx: RenderContext, review: ReviewRecord): Record<string, unknown> {
  const api = repoApiUrl(ctx);
  const html = `${HTML}/${ctx.state.owner}/${ctx.state.repo}/pull/${review.pullNumber}`;
  return {
    id: review.id,
    node_id: nodeId('017:PullRequestReview', review.id),
    user: simpleUser(ctx, review.author),
    body: review.body,
    state: review.state,
    html_url: `${html}#pullrequestreview-${review.id}`,
    pull_request_url: `${api}/pulls/${review.pullNumber}`,
    _links: {
      html: { href: `${html}#pullrequestreview-${review.id}` },
      pull_request: { href: `${api}/pulls/${review.pullNumber}` },
    },
    ...(review.state === 'PENDING' ? {} : { submitted_at: review.submittedAt }),
    commit_id: review.commitId,
    author_association: authorAssociation(ctx.state, review.author),
  };
}

function findPull(ctx: HandlerContext): { issue: IssueRecord; pull: PullRecord } {
  const issue = findIssue(ctx, ctx.params.pull_number);
  const pull = ctx.rt.state.pulls.find((p) => p.number === issue.number);
  if (!pull) throw notFound();
  return { issue, pull };
}

function pullReply(ctx: HandlerContext, status: number, found: { issue: IssueRecord; pull: PullRecord }) {
  return json(status, pullObject(ctx, found.issue, found.pull));
}

/** `owner:branch` or `branch`, as the `head` of a create or a list filter. */
function branchName(value: string): string {
  return value.includes(':') ? value.slice(value.indexOf(':') + 1) : value;
}

async function tip(ctx: HandlerContext, branch: string): Promise<string> {
  const sha = await ctx.rt.git.resolveCommit(branch);
  if (!sha) throw validationFailed('PullRequest', 'head', 'invalid');
  return sha;
}

export const pullHandlers: Record<string, Handler> = {
  'pulls/get': (ctx) => pullReply(ctx, 200, findPull(ctx)),
  'pulls/list': (ctx) => {
    checkRepo(ctx);
    const q = ctx.query;
    const state = (q.state as string | undefined) ?? 'open';
    const found = ctx.rt.state.pulls
      .map((pull) => ({
        pull,
        issue: ctx.rt.state.issues.find((i) => i.number === pull.number) as IssueRecord,
      }))
      .filter(
        ({ pull, issue }) =>
          (state === 'all' || issue.state === state) &&
          (!q.head || pull.head.ref === branchName(String(q.head))) &&
          (!q.base || pull.base.ref === q.base),
      )
      .sort((a, b) => (q.direction === 'asc' ? 1 : -1) * (a.pull.number - b.pull.number));
    return paginate(ctx, found, (f) => pullObject(ctx, f.issue, f.pull));
  },
  'pulls/list-files': (ctx) => {
    const { pull } = findPull(ctx);
    const api = repoApiUrl(ctx.render);
    const html = `${HTML}/${ctx.rt.state.owner}/${ctx.rt.state.repo}`;
    return paginate(ctx, pull.files, (f) => ({
      sha: createHash('sha1').update(`${pull.head.sha}:${f.filename}`).digest('hex'),
      filename: f.filename,
      status: f.status,
      additions: f.additions,
      deletions: f.deletions,
      changes: f.additions + f.deletions,
      blob_url: `${html}/blob/${pull.head.sha}/${f.filename}`,
      raw_url: `${html}/raw/${pull.head.sha}/${f.filename}`,
      contents_url: `${api}/contents/${f.filename}?ref=${pull.head.sha}`,
      ...(f.patch !== undefined ? { patch: f.patch } : {}),
      ...(f.previousFilename ? { previous_filename: f.previousFilename } : {}),
    }));
  },
  'pulls/list-commits': (ctx) => {
    const { pull } = findPull(ctx);
    return paginate(ctx, pull.commits, (c) => {
      const user = userRecord(ctx.rt.state, c.author);
      const person = {
        name: user.name ?? user.login,
        email: `${user.id}+${user.login}@users.noreply.github.com`,
        date: now(),
      };
      const tree = createHash('sha1').update(`tree:${c.sha}`).digest('hex');
      return commitObject(ctx.render, {
        sha: c.sha,
        tree,
        parents: c.parents,
        author: person,
        committer: person,
        message: c.message,
      });
    });
  },
  'pulls/create': async (ctx) => {
    checkRepo(ctx);
    const body = fields(ctx.body);
    const head = branchName(String(body.head));
    const baseRef = String(body.base);
    const [headSha, baseSha] = [await tip(ctx, head), await tip(ctx, baseRef)];
    const commits = await ctx.rt.git.commitsBetween(baseSha, headSha);
    if (!commits.length)
      throw validationFailed('PullRequest', 'base', 'custom', `No commits between ${baseRef} and ${head}`);
    const at = now();
    const issue: IssueRecord = {
      id: ctx.rt.nextId(),
      number: nextNumber(ctx),
      title: String(body.title ?? head),
      body: str(body, 'body') ?? null,
      state: 'open',
      stateReason: null,
      labels: [],
      assignees: [],
      author: ctx.actor.login,
      locked: false,
      pull: true,
      createdAt: at,
      updatedAt: at,
      closedAt: null,
    };
    const pull: PullRecord = {
      number: issue.number,
      id: ctx.rt.nextId(),
      head: { ref: head, sha: headSha },
      base: { ref: baseRef, sha: baseSha },
      draft: body.draft === true,
      merged: false,
      mergedAt: null,
      mergedBy: null,
      mergeCommitSha: null,
      files: [],
      commits: commits.map((sha) => ({ sha, message: '', author: ctx.actor.login, parents: [] })),
    };
    ctx.rt.state.issues.push(issue);
    ctx.rt.state.pulls.push(pull);
    return pullReply(ctx, 201, { issue, pull });
  },
  'pulls/update': (ctx) => {
    const found = findPull(ctx);
    const body = fields(ctx.body);
    if (typeof body.title === 'string') found.issue.title = body.title;
    if (typeof body.body === 'string') found.issue.body = body.body;
    if (typeof body.base === 'string') found.pull.base.ref = body.base;
    if (body.state === 'closed' || body.state === 'open') {
      found.issue.state = body.state;
      found.issue.closedAt = body.state === 'closed' ? now() : null;
    }
    found.issue.updatedAt = now();
    return pullReply(ctx, 200, found);
  },
  'pulls/merge': async (ctx) => {
    const { issue, pull } = findPull(ctx);
    const body = fields(ctx.body);
    if (pull.merged || issue.state === 'closed') throw new ApiError(405, 'Pull Request is not mergeable');
    if (typeof body.sha === 'string' && body.sha !== pull.head.sha)
      throw new ApiError(409, 'Head branch was modified. Review and try the merge again.');
    // A fast-forward of the base branch when git allows it; otherwise a recorded (not written) merge.
    const base = `refs/heads/${pull.base.ref}`;
    const old = await ctx.rt.git.resolve(base);
    const fastForward =
      old && (await ctx.rt.git.type(pull.head.sha)) && (await ctx.rt.git.isAncestor(old, pull.head.sha));
    if (fastForward) await ctx.rt.git.updateRef(base, pull.head.sha, old);
    const sha = fastForward ? pull.head.sha : createHash('sha1').update(`merge:${pull.id}`).digest('hex');
    Object.assign(pull, { merged: true, mergedAt: now(), mergedBy: ctx.actor.login, mergeCommitSha: sha });
    Object.assign(issue, { state: 'closed', closedAt: pull.mergedAt, updatedAt: pull.mergedAt });
    return json(200, { sha, merged: true, message: 'Pull Request successfully merged' });
  },
  'pulls/list-reviews': (ctx) => {
    const { pull } = findPull(ctx);
    const reviews = ctx.rt.state.reviews.filter((r) => r.pullNumber === pull.number);
    return paginate(ctx, reviews, (r) => reviewObject(ctx.render, r));
  },
  'pulls/create-review': (ctx) => {
    const { pull, issue } = findPull(ctx);
    const body = fields(ctx.body);
    if (issue.author === ctx.actor.login && body.event && body.event !== 'COMMENT') {
      throw new ApiError(422, 'Unprocessable Entity', [{ message: 'Can not approve your own pull request' }]);
    }
    const states: Record<string, ReviewRecord['state']> = {
      APPROVE: 'APPROVED',
      REQUEST_CHANGES: 'CHANGES_REQUESTED',
      COMMENT: 'COMMENTED',
    };
    const review: ReviewRecord = {
      id: ctx.rt.nextId(),
      pullNumber: pull.number,
      author: ctx.actor.login,
      state: states[String(body.event)] ?? 'PENDING',
      body: str(body, 'body') ?? '',
      commitId: str(body, 'commit_id') ?? pull.head.sha,
      submittedAt: now(),
    };
    ctx.rt.state.reviews.push(review);
    return json(200, reviewObject(ctx.render, review));
  },
  'pulls/dismiss-review': (ctx) => {
    const { pull } = findPull(ctx);
    const review = ctx.rt.state.reviews.find(
      (r) => r.id === Number(ctx.params.review_id) && r.pullNumber === pull.number,
    );
    if (!review) throw notFound();
    review.state = 'DISMISSED';
    return json(200, reviewObject(ctx.render, review));
  },
};

/** Issues, issue comments (also the comments of pull requests) and labels. */
import {
  fields,
  json,
  notFound,
  paginate,
  str,
  validationFailed,
  type Handler,
  type HandlerContext,
} from '../http.js';
import { commentObject, issueObject, labelObject, labelRecord, now } from '../objects.js';
import type { IssueRecord } from '../state.js';
import { checkRepo } from './repos.js';

/** The issue (or pull request) with this number, or 404. */
export function findIssue(ctx: HandlerContext, number: unknown): IssueRecord {
  checkRepo(ctx);
  const issue = ctx.rt.state.issues.find((i) => i.number === Number(number));
  if (!issue) throw notFound();
  return issue;
}

/** The next issue/PR number (shared, as on GitHub). */
export function nextNumber(ctx: HandlerContext): number {
  return ctx.rt.state.issues.reduce((max, i) => Math.max(max, i.number), 0) + 1;
}

/** Label names from `["a"]`, `[{name: "a"}]` or `{labels: [...]}` bodies, as GitHub accepts them. */
export function labelNames(value: unknown): string[] {
  const list = Array.isArray(value) ? value : fields(value).labels;
  if (!Array.isArray(list)) return [];
  return list
    .map((l: unknown) => (typeof l === 'string' ? l : str(l, 'name')))
    .filter((l): l is string => typeof l === 'string');
}

function issueReply(ctx: HandlerContext, status: number, issue: IssueRecord) {
  return json(status, issueObject(ctx.render, issue, ctx.rt.nextId));
}

function listIssues(ctx: HandlerContext): IssueRecord[] {
  const q = ctx.query;
  const state = (q.state as string | undefined) ?? 'open';
  const wanted =
    typeof q.labels === 'string'
      ? q.labels
          .split(',')
          .map((l) => l.trim().toLowerCase())
          .filter(Boolean)
      : [];
  const issues = ctx.rt.state.issues.filter(
    (i) =>
      (state === 'all' || i.state === state) &&
      (!q.creator || i.author === q.creator) &&
      (!q.assignee || q.assignee === '*' ? true : i.assignees.includes(String(q.assignee))) &&
      wanted.every((w) => i.labels.some((l) => l.toLowerCase() === w)) &&
      (!q.since || i.updatedAt >= String(q.since)),
  );
  const key = q.sort === 'updated' ? 'updatedAt' : 'createdAt';
  const sign = q.direction === 'asc' ? 1 : -1;
  // Creation order breaks ties: records made in the same second keep their order.
  return [...issues].sort((a, b) => sign * (a[key].localeCompare(b[key]) || a.number - b.number));
}

export const issueHandlers: Record<string, Handler> = {
  'issues/create': (ctx) => {
    checkRepo(ctx);
    const body = fields(ctx.body);
    const at = now();
    const issue: IssueRecord = {
      id: ctx.rt.nextId(),
      number: nextNumber(ctx),
      title: String(body.title),
      body: str(body, 'body') ?? null,
      state: 'open',
      stateReason: null,
      labels: labelNames(body),
      assignees: Array.isArray(body.assignees) ? body.assignees.map(String) : [],
      author: ctx.actor.login,
      locked: false,
      pull: false,
      createdAt: at,
      updatedAt: at,
      closedAt: null,
    };
    issue.labels.forEach((name) => labelRecord(ctx.rt.state, name, ctx.rt.nextId));
    ctx.rt.state.issues.push(issue);
    return issueReply(ctx, 201, issue);
  },
  'issues/get': (ctx) => issueReply(ctx, 200, findIssue(ctx, ctx.params.issue_number)),
  'issues/update': (ctx) => {
    const issue = findIssue(ctx, ctx.params.issue_number);
    const body = fields(ctx.body);
    if (typeof body.title === 'string') issue.title = body.title;
    if ('body' in body) issue.body = str(body, 'body') ?? null;
    if (Array.isArray(body.labels)) issue.labels = labelNames(body.labels);
    if (Array.isArray(body.assignees)) issue.assignees = body.assignees.map(String);
    if (body.state === 'closed' && issue.state === 'open') {
      issue.state = 'closed';
      issue.closedAt = now();
      issue.stateReason = (str(body, 'state_reason') as IssueRecord['stateReason']) ?? 'completed';
    } else if (body.state === 'open' && issue.state === 'closed') {
      issue.state = 'open';
      issue.closedAt = null;
      issue.stateReason = 'reopened';
    }
    issue.labels.forEach((name) => labelRecord(ctx.rt.state, name, ctx.rt.nextId));
    issue.updatedAt = now();
    return issueReply(ctx, 200, issue);
  },
  'issues/list-for-repo': (ctx) => {
    checkRepo(ctx);
    return paginate(ctx, listIssues(ctx), (i) => issueObject(ctx.render, i, ctx.rt.nextId));
  },
  'issues/list-comments': (ctx) => {
    const issue = findIssue(ctx, ctx.params.issue_number);
    const since = typeof ctx.query.since === 'string' ? ctx.query.since : '';
    const comments = ctx.rt.state.comments.filter(
      (c) => c.issueNumber === issue.number && c.updatedAt >= since,
    );
    return paginate(ctx, comments, (c) => commentObject(ctx.render, c));
  },
  'issues/create-comment': (ctx) => {
    const issue = findIssue(ctx, ctx.params.issue_number);
    const at = now();
    const comment = {
      id: ctx.rt.nextId(),
      issueNumber: issue.number,
      body: String(fields(ctx.body).body),
      author: ctx.actor.login,
      createdAt: at,
      updatedAt: at,
    };
    ctx.rt.state.comments.push(comment);
    return json(201, commentObject(ctx.render, comment));
  },
  'issues/get-comment': (ctx) => json(200, commentObject(ctx.render, findComment(ctx))),
  'issues/update-comment': (ctx) => {
    const comment = findComment(ctx);
    comment.body = String(fields(ctx.body).body);
    comment.updatedAt = now();
    return json(200, commentObject(ctx.render, comment));
  },
  'issues/delete-comment': (ctx) => {
    const comment = findComment(ctx);
    ctx.rt.state.comments.splice(ctx.rt.state.comments.indexOf(comment), 1);
    return json(204);
  },
  'issues/create-label': (ctx) => {
    checkRepo(ctx);
    const body = fields(ctx.body);
    const name = String(body.name);
    if (ctx.rt.state.labels.some((l) => l.name.toLowerCase() === name.toLowerCase())) {
      throw validationFailed('Label', 'name', 'already_exists');
    }
    const label = {
      id: ctx.rt.nextId(),
      name,
      color: (str(body, 'color') ?? 'ededed').replace(/^#/, ''),
      description: str(body, 'description') ?? null,
    };
    ctx.rt.state.labels.push(label);
    return json(201, labelObject(ctx.render, label));
  },
  'issues/list-labels-for-repo': (ctx) => {
    checkRepo(ctx);
    return paginate(ctx, ctx.rt.state.labels, (l) => labelObject(ctx.render, l));
  },
  'issues/add-labels': (ctx) => {
    const issue = findIssue(ctx, ctx.params.issue_number);
    for (const name of labelNames(ctx.body)) {
      const label = labelRecord(ctx.rt.state, name, ctx.rt.nextId);
      if (!issue.labels.some((l) => l.toLowerCase() === label.name.toLowerCase()))
        issue.labels.push(label.name);
    }
    issue.updatedAt = now();
    return json(
      200,
      issue.labels.map((name) => labelObject(ctx.render, labelRecord(ctx.rt.state, name, ctx.rt.nextId))),
    );
  },
};

function findComment(ctx: HandlerContext) {
  checkRepo(ctx);
  const comment = ctx.rt.state.comments.find((c) => c.id === Number(ctx.params.comment_id));
  if (!comment) throw notFound();
  return comment;
}

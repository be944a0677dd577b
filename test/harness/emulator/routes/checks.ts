/** Check runs and commit statuses. */
import {
  ApiError,
  fields,
  json,
  notFound,
  paginate,
  str,
  type Handler,
  type HandlerContext,
} from '../http.js';
import {
  EPOCH,
  HTML,
  minimalRepository,
  nodeId,
  now,
  repoApiUrl,
  simpleUser,
  type RenderContext,
} from '../objects.js';
import type { CheckRunRecord, CommitStatusRecord } from '../state.js';
import { checkRepo } from './repos.js';

/** The GitHub Actions app, which owns check runs made with a GITHUB_TOKEN. */
function actionsApp(ctx: RenderContext): Record<string, unknown> {
  return {
    id: 15368,
    slug: 'github-actions',
    client_id: 'Iv1.05c79e9ad1f6bdfa',
    node_id: 'MDM6QXBwMTUzNjg=',
    owner: simpleUser(ctx, 'github'),
    name: 'GitHub Actions',
    description: 'Automate your workflow from idea to production',
    external_url: 'https://help.github.com/en/actions',
    html_url: `${HTML}/apps/github-actions`,
    created_at: '2018-07-30T09:30:17Z',
    updated_at: EPOCH,
    permissions: { checks: 'write', contents: 'write', metadata: 'read', statuses: 'write' },
    events: ['check_run', 'check_suite'],
  };
}

/** `check-run`. */
function checkRunObject(ctx: RenderContext, run: CheckRunRecord): Record<string, unknown> {
  const url = `${repoApiUrl(ctx)}/check-runs/${run.id}`;
  return {
    id: run.id,
    head_sha: run.headSha,
    node_id: nodeId('08:CheckRun', run.id),
    external_id: run.externalId ?? '',
    url,
    html_url: `${HTML}/${ctx.state.owner}/${ctx.state.repo}/runs/${run.id}`,
    details_url: run.detailsUrl ?? `${HTML}/${ctx.state.owner}/${ctx.state.repo}/runs/${run.id}`,
    status: run.status,
    conclusion: run.conclusion,
    started_at: run.startedAt,
    completed_at: run.completedAt,
    output: {
      title: run.output.title,
      summary: run.output.summary,
      text: run.output.text,
      annotations_count: run.output.annotations.length,
      annotations_url: `${url}/annotations`,
    },
    name: run.name,
    check_suite: { id: run.id + 1 },
    app: actionsApp(ctx),
    pull_requests: [],
  };
}

/** `status` (`simple` drops `creator`, giving `simple-commit-status`). */
function statusObject(ctx: RenderContext, s: CommitStatusRecord, simple = false): Record<string, unknown> {
  const creator = simpleUser(ctx, s.creator);
  return {
    url: `${repoApiUrl(ctx)}/statuses/${s.sha}`,
    avatar_url: creator.avatar_url,
    id: s.id,
    node_id: nodeId('013:StatusContext', s.id),
    state: s.state,
    description: s.description,
    target_url: s.targetUrl,
    context: s.context,
    created_at: s.createdAt,
    updated_at: s.createdAt,
    ...(simple ? {} : { creator }),
  };
}

/** A ref as GitHub's `{ref}` (sha, branch or tag) resolved in git, else taken as a sha. */
async function refSha(ctx: HandlerContext): Promise<string> {
  const ref = ctx.params.ref ?? '';
  return (await ctx.rt.git.resolveCommit(ref)) ?? ref;
}

function applyOutput(run: CheckRunRecord, body: Record<string, unknown>): void {
  const output = fields(body.output);
  if (body.output) {
    run.output.title = str(output, 'title') ?? run.output.title;
    run.output.summary = str(output, 'summary') ?? run.output.summary;
    run.output.text = str(output, 'text') ?? run.output.text;
    if (Array.isArray(output.annotations)) run.output.annotations.push(...(output.annotations as unknown[]));
  }
  if (typeof body.name === 'string') run.name = body.name;
  if (typeof body.details_url === 'string') run.detailsUrl = body.details_url;
  if (typeof body.external_id === 'string') run.externalId = body.external_id;
  if (typeof body.started_at === 'string') run.startedAt = body.started_at;
  if (typeof body.status === 'string') run.status = body.status as CheckRunRecord['status'];
  // GitHub: giving a conclusion completes the run.
  if (typeof body.conclusion === 'string') {
    run.conclusion = body.conclusion;
    run.status = 'completed';
  }
  if (run.status === 'completed') run.completedAt = str(body, 'completed_at') ?? run.completedAt ?? now();
}

export const checkHandlers: Record<string, Handler> = {
  'checks/create': (ctx) => {
    checkRepo(ctx);
    // Only GitHub Apps (a GITHUB_TOKEN included) may write check runs.
    if (ctx.actor.kind !== 'installation') throw new ApiError(403, 'You must authenticate via a GitHub App.');
    const body = fields(ctx.body);
    const run: CheckRunRecord = {
      id: ctx.rt.nextId(),
      name: String(body.name),
      headSha: String(body.head_sha),
      status: 'queued',
      conclusion: null,
      startedAt: now(),
      completedAt: null,
      detailsUrl: null,
      externalId: null,
      output: { title: null, summary: null, text: null, annotations: [] },
      author: ctx.actor.login,
    };
    applyOutput(run, body);
    ctx.rt.state.checkRuns.push(run);
    return json(201, checkRunObject(ctx.render, run));
  },
  'checks/update': (ctx) => {
    checkRepo(ctx);
    if (ctx.actor.kind !== 'installation') throw new ApiError(403, 'You must authenticate via a GitHub App.');
    const run = ctx.rt.state.checkRuns.find((r) => r.id === Number(ctx.params.check_run_id));
    if (!run) throw notFound();
    applyOutput(run, fields(ctx.body));
    return json(200, checkRunObject(ctx.render, run));
  },
  'checks/get': (ctx) => {
    checkRepo(ctx);
    const run = ctx.rt.state.checkRuns.find((r) => r.id === Number(ctx.params.check_run_id));
    if (!run) throw notFound();
    return json(200, checkRunObject(ctx.render, run));
  },
  'checks/list-for-ref': async (ctx) => {
    checkRepo(ctx);
    const sha = await refSha(ctx);
    const q = ctx.query;
    let runs = ctx.rt.state.checkRuns.filter(
      (r) =>
        r.headSha === sha &&
        (!q.check_name || r.name === q.check_name) &&
        (!q.status || r.status === q.status),
    );
    // filter=latest (the default) keeps the newest run of each name.
    if (q.filter !== 'all') runs = runs.filter((r) => !runs.some((o) => o.name === r.name && o.id > r.id));
    const page = paginate(ctx, [...runs].reverse(), (r) => checkRunObject(ctx.render, r));
    return { ...page, body: { total_count: runs.length, check_runs: page.body } };
  },
  'repos/create-commit-status': (ctx) => {
    checkRepo(ctx);
    const body = fields(ctx.body);
    const status: CommitStatusRecord = {
      id: ctx.rt.nextId(),
      sha: ctx.params.sha ?? '',
      state: body.state as CommitStatusRecord['state'],
      context: str(body, 'context') ?? 'default',
      description: str(body, 'description') ?? null,
      targetUrl: str(body, 'target_url') ?? null,
      creator: ctx.actor.login,
      createdAt: now(),
    };
    ctx.rt.state.statuses.push(status);
    return json(201, statusObject(ctx.render, status));
  },
  'repos/list-commit-statuses-for-ref': async (ctx) => {
    checkRepo(ctx);
    const sha = await refSha(ctx);
    const list = ctx.rt.state.statuses.filter((s) => s.sha === sha).reverse();
    return paginate(ctx, list, (s) => statusObject(ctx.render, s));
  },
  'repos/get-combined-status-for-ref': async (ctx) => {
    checkRepo(ctx);
    const sha = await refSha(ctx);
    const latest = new Map<string, CommitStatusRecord>();
    for (const s of ctx.rt.state.statuses) if (s.sha === sha) latest.set(s.context, s);
    const statuses = [...latest.values()];
    // GitHub's rule: failure if any error/failure, pending if any pending or none, else success.
    const state = statuses.some((s) => s.state === 'error' || s.state === 'failure')
      ? 'failure'
      : !statuses.length || statuses.some((s) => s.state === 'pending')
        ? 'pending'
        : 'success';
    return json(200, {
      state,
      statuses: statuses.map((s) => statusObject(ctx.render, s, true)),
      sha,
      total_count: statuses.length,
      repository: minimalRepository(ctx.render),
      commit_url: `${repoApiUrl(ctx.render)}/commits/${sha}`,
      url: `${repoApiUrl(ctx.render)}/commits/${sha}/status`,
    });
  },
};

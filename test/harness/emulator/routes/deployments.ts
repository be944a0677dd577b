/** Deployments, deployment statuses and environments. */
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
import { HTML, nodeId, now, repoApiUrl, simpleUser, type RenderContext } from '../objects.js';
import type { DeploymentRecord, DeploymentStatusRecord, EnvironmentRecord } from '../state.js';
import { checkRepo } from './repos.js';

/** `deployment`. */
function deploymentObject(ctx: RenderContext, d: DeploymentRecord): Record<string, unknown> {
  const url = `${repoApiUrl(ctx)}/deployments/${d.id}`;
  return {
    url,
    id: d.id,
    node_id: nodeId('010:Deployment', d.id),
    sha: d.sha,
    ref: d.ref,
    task: d.task,
    payload: d.payload,
    original_environment: d.originalEnvironment,
    environment: d.environment,
    description: d.description,
    creator: simpleUser(ctx, d.creator),
    created_at: d.createdAt,
    updated_at: d.updatedAt,
    statuses_url: `${url}/statuses`,
    repository_url: repoApiUrl(ctx),
    transient_environment: d.transientEnvironment,
    production_environment: d.productionEnvironment,
  };
}

/** `deployment-status`. */
function statusObject(ctx: RenderContext, s: DeploymentStatusRecord): Record<string, unknown> {
  const deployment = `${repoApiUrl(ctx)}/deployments/${s.deploymentId}`;
  return {
    url: `${deployment}/statuses/${s.id}`,
    id: s.id,
    node_id: nodeId('016:DeploymentStatus', s.id),
    state: s.state,
    creator: simpleUser(ctx, s.creator),
    description: s.description,
    environment: s.environment,
    target_url: s.targetUrl,
    created_at: s.createdAt,
    updated_at: s.createdAt,
    deployment_url: deployment,
    repository_url: repoApiUrl(ctx),
    environment_url: s.environmentUrl,
    log_url: s.logUrl,
  };
}

/** `environment`. */
function environmentObject(ctx: RenderContext, e: EnvironmentRecord): Record<string, unknown> {
  const rules: Record<string, unknown>[] = [];
  if (e.waitTimer)
    rules.push({
      id: e.id + 1,
      node_id: nodeId('015:Gate', e.id + 1),
      type: 'wait_timer',
      wait_timer: e.waitTimer,
    });
  if (e.reviewers.length) {
    rules.push({
      id: e.id + 2,
      node_id: nodeId('015:Gate', e.id + 2),
      type: 'required_reviewers',
      prevent_self_review: e.preventSelfReview,
      reviewers: e.reviewers.map((r) => ({
        type: r.type,
        reviewer: r.type === 'User' ? reviewerUser(ctx, r.id) : { id: r.id },
      })),
    });
  }
  return {
    id: e.id,
    node_id: nodeId('011:Environment', e.id),
    name: e.name,
    url: `${repoApiUrl(ctx)}/environments/${encodeURIComponent(e.name)}`,
    html_url: `${HTML}/${ctx.state.owner}/${ctx.state.repo}/deployments/activity_log?environments_filter=${encodeURIComponent(e.name)}`,
    created_at: e.createdAt,
    updated_at: e.updatedAt,
    protection_rules: rules,
    deployment_branch_policy: e.deploymentBranchPolicy,
  };
}

function reviewerUser(ctx: RenderContext, id: number): Record<string, unknown> {
  const user = Object.values(ctx.state.users).find((u) => u.id === id);
  return user ? simpleUser(ctx, user.login) : { id };
}

function findDeployment(ctx: HandlerContext): DeploymentRecord {
  checkRepo(ctx);
  const d = ctx.rt.state.deployments.find((x) => x.id === Number(ctx.params.deployment_id));
  if (!d) throw notFound();
  return d;
}

export const deploymentHandlers: Record<string, Handler> = {
  'repos/create-deployment': async (ctx) => {
    checkRepo(ctx);
    const body = fields(ctx.body);
    const ref = String(body.ref);
    const sha = await ctx.rt.git.resolveCommit(ref);
    if (!sha) throw validationFailed('Deployment', 'ref', 'invalid', `No ref found for: ${ref}`);
    const environment = str(body, 'environment') ?? 'production';
    const at = now();
    const d: DeploymentRecord = {
      id: ctx.rt.nextId(),
      ref,
      sha,
      task: str(body, 'task') ?? 'deploy',
      environment,
      originalEnvironment: environment,
      payload: (body.payload as DeploymentRecord['payload'] | undefined) ?? {},
      description: str(body, 'description') ?? null,
      transientEnvironment: body.transient_environment === true,
      productionEnvironment:
        typeof body.production_environment === 'boolean'
          ? body.production_environment
          : environment === 'production',
      creator: ctx.actor.login,
      createdAt: at,
      updatedAt: at,
      statuses: [],
    };
    ctx.rt.state.deployments.push(d);
    return json(201, deploymentObject(ctx.render, d));
  },
  'repos/list-deployments': (ctx) => {
    checkRepo(ctx);
    const q = ctx.query;
    const list = ctx.rt.state.deployments
      .filter(
        (d) =>
          (!q.sha || d.sha === q.sha) &&
          (!q.ref || d.ref === q.ref) &&
          (!q.task || d.task === q.task) &&
          (!q.environment || d.environment === q.environment),
      )
      .sort((a, b) => b.id - a.id);
    return paginate(ctx, list, (d) => deploymentObject(ctx.render, d));
  },
  'repos/get-deployment': (ctx) => json(200, deploymentObject(ctx.render, findDeployment(ctx))),
  'repos/create-deployment-status': (ctx) => {
    const d = findDeployment(ctx);
    const body = fields(ctx.body);
    const s: DeploymentStatusRecord = {
      id: ctx.rt.nextId(),
      deploymentId: d.id,
      state: body.state as DeploymentStatusRecord['state'],
      description: str(body, 'description') ?? '',
      environment: str(body, 'environment') ?? d.environment,
      environmentUrl: str(body, 'environment_url') ?? '',
      logUrl: str(body, 'log_url') ?? str(body, 'target_url') ?? '',
      targetUrl: str(body, 'target_url') ?? str(body, 'log_url') ?? '',
      creator: ctx.actor.login,
      createdAt: now(),
    };
    d.statuses.push(s);
    d.updatedAt = s.createdAt;
    // GitHub marks earlier successful deployments to the same environment inactive (auto_inactive, default true).
    if (s.state === 'success' && body.auto_inactive !== false) {
      for (const other of ctx.rt.state.deployments) {
        const last = other.statuses.at(-1);
        if (other !== d && other.environment === d.environment && last?.state === 'success') {
          other.statuses.push({
            ...last,
            id: ctx.rt.nextId(),
            state: 'inactive',
            createdAt: s.createdAt,
            description: '',
          });
        }
      }
    }
    return json(201, statusObject(ctx.render, s));
  },
  'repos/list-deployment-statuses': (ctx) => {
    const d = findDeployment(ctx);
    return paginate(ctx, [...d.statuses].reverse(), (s) => statusObject(ctx.render, s));
  },
  'repos/get-environment': (ctx) => {
    checkRepo(ctx);
    const e = ctx.rt.state.environments.find(
      (x) => x.name.toLowerCase() === (ctx.params.environment_name ?? '').toLowerCase(),
    );
    if (!e) throw notFound();
    return json(200, environmentObject(ctx.render, e));
  },
  'repos/create-or-update-environment': (ctx) => {
    checkRepo(ctx);
    const body = fields(ctx.body);
    const name = ctx.params.environment_name ?? '';
    let e = ctx.rt.state.environments.find((x) => x.name.toLowerCase() === name.toLowerCase());
    if (!e) {
      e = {
        id: ctx.rt.nextId(),
        name,
        waitTimer: 0,
        reviewers: [],
        preventSelfReview: false,
        deploymentBranchPolicy: null,
        createdAt: now(),
        updatedAt: now(),
      };
      ctx.rt.state.environments.push(e);
    }
    if (typeof body.wait_timer === 'number') e.waitTimer = body.wait_timer;
    if (typeof body.prevent_self_review === 'boolean') e.preventSelfReview = body.prevent_self_review;
    if (Array.isArray(body.reviewers)) e.reviewers = body.reviewers as EnvironmentRecord['reviewers'];
    if ('deployment_branch_policy' in body)
      e.deploymentBranchPolicy = body.deployment_branch_policy as EnvironmentRecord['deploymentBranchPolicy'];
    e.updatedAt = now();
    return json(200, environmentObject(ctx.render, e));
  },
};

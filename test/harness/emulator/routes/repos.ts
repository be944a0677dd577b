/** Identity, the repository, collaborators, org teams, dispatch events and file contents. */
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
import { fullRepository, HTML, now, privateUser, repoApiUrl, simpleUser, teamObject } from '../objects.js';
import type { Permission } from '../state.js';

/** 403 GitHub gives an installation token for what its permissions do not cover. */
export function notAccessible(): ApiError {
  return new ApiError(403, 'Resource not accessible by integration');
}

/** The caller's permission on the repository (an installation token acts with write access). */
export function permissionOf(ctx: HandlerContext, login: string): Permission {
  const { state } = ctx.rt;
  if (login === state.owner) return 'admin';
  return (
    state.collaborators[login] ??
    (ctx.actor.kind === 'installation' && login === ctx.actor.login ? 'write' : 'none')
  );
}

/** 404 unless the path names the emulated repository (GitHub hides what a token cannot see). */
export function checkRepo(ctx: HandlerContext): void {
  const { owner, repo } = ctx.params;
  const { state } = ctx.rt;
  if (owner?.toLowerCase() !== state.owner.toLowerCase() || repo?.toLowerCase() !== state.repo.toLowerCase())
    throw notFound();
}

const ROLE_NAME: Record<Permission, string> = {
  admin: 'admin',
  maintain: 'maintain',
  write: 'write',
  triage: 'triage',
  read: 'read',
  none: 'none',
};

export const repoHandlers: Record<string, Handler> = {
  'users/get-authenticated': (ctx) => {
    if (ctx.actor.kind === 'installation') throw notAccessible();
    return json(200, privateUser(ctx.render, ctx.actor.login));
  },
  'repos/get': (ctx) => {
    checkRepo(ctx);
    return json(200, fullRepository(ctx.render, permissionOf(ctx, ctx.actor.login)));
  },
  'repos/get-collaborator-permission-level': (ctx) => {
    checkRepo(ctx);
    const login = ctx.params.username as string;
    const user = ctx.rt.state.users[login];
    if (!user) throw notFound();
    const permission = permissionOf(ctx, login);
    // GitHub's `permission` folds maintain into write and triage into read; `role_name` keeps it.
    const legacy = permission === 'maintain' ? 'write' : permission === 'triage' ? 'read' : permission;
    return json(200, {
      permission: legacy,
      role_name: ROLE_NAME[permission],
      user: { ...simpleUser(ctx.render, login), role_name: ROLE_NAME[permission] },
    });
  },
  'teams/list': (ctx) => {
    if (!ctx.actor.canReadOrg) throw notAccessible();
    const teams = ctx.rt.state.teams.filter(
      (t) => t.org.toLowerCase() === (ctx.params.org ?? '').toLowerCase(),
    );
    return paginate(ctx, teams, (team) => teamObject(ctx.render, team));
  },
  'teams/get-membership-for-user-in-org': (ctx) => {
    if (!ctx.actor.canReadOrg) throw notAccessible();
    const { org, team_slug: slug, username } = ctx.params;
    const team = ctx.rt.state.teams.find(
      (t) => t.org.toLowerCase() === org?.toLowerCase() && t.slug === slug,
    );
    const role = team?.members[username as string];
    if (!team || !role) throw notFound();
    const url = `${ctx.rt.api}/organizations/${ctx.rt.state.users[team.org]?.id ?? 1}/team/${team.id}/memberships/${username}`;
    return json(200, { url, role, state: 'active' });
  },
  'repos/create-dispatch-event': (ctx) => {
    checkRepo(ctx);
    const body = fields(ctx.body);
    ctx.rt.state.dispatches.push({
      eventType: str(body, 'event_type') ?? '',
      clientPayload: (body.client_payload as Record<string, unknown> | undefined) ?? {},
      sender: ctx.actor.login,
      receivedAt: now(),
    });
    return json(204);
  },
  'actions/create-workflow-dispatch': (ctx) => {
    checkRepo(ctx);
    const body = fields(ctx.body);
    ctx.rt.state.workflowDispatches.push({
      workflowId: ctx.params.workflow_id as string,
      ref: str(body, 'ref') ?? '',
      inputs: (body.inputs as Record<string, unknown> | undefined) ?? {},
      sender: ctx.actor.login,
      receivedAt: now(),
    });
    return json(204);
  },
  'repos/get-content': async (ctx) => {
    checkRepo(ctx);
    const ref = typeof ctx.query.ref === 'string' ? ctx.query.ref : ctx.rt.state.defaultBranch;
    const commit = await ctx.rt.git.resolveCommit(ref);
    const file = commit ? await ctx.rt.git.file(commit, ctx.params.path ?? '') : null;
    if (!file) throw notFound();
    // `Accept: application/vnd.github.raw` (Octokit `mediaType: { format: 'raw' }`) answers the bytes.
    if (/\.raw\b/.test(String(ctx.headers.accept ?? ''))) {
      return { status: 200, raw: file.data, headers: { 'content-type': 'text/plain; charset=utf-8' } };
    }
    const filePath = (ctx.params.path ?? '').replace(/^\/+/, '');
    const url = `${repoApiUrl(ctx.render)}/contents/${filePath}?ref=${encodeURIComponent(ref)}`;
    const html = `${HTML}/${ctx.rt.state.owner}/${ctx.rt.state.repo}/blob/${ref}/${filePath}`;
    const gitUrl = `${repoApiUrl(ctx.render)}/git/blobs/${file.sha}`;
    return json(200, {
      type: 'file',
      encoding: 'base64',
      size: file.data.length,
      name: filePath.split('/').pop(),
      path: filePath,
      content: file.data.toString('base64'),
      sha: file.sha,
      url,
      git_url: gitUrl,
      html_url: html,
      download_url: `https://raw.githubusercontent.com/${ctx.rt.state.owner}/${ctx.rt.state.repo}/${ref}/${filePath}`,
      _links: { self: url, git: gitUrl, html },
    });
  },
};

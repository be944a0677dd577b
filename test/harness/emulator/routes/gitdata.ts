/** Git refs, annotated tags, commits and comparisons, answered from the real bare repository. */
import type { GitCommit, GitPerson } from '../git.js';
import {
  ApiError,
  fields,
  json,
  notFound,
  str,
  validationFailed,
  type Handler,
  type HandlerContext,
} from '../http.js';
import { HTML, nodeId, now, repoApiUrl, simpleUser, userRecord, type RenderContext } from '../objects.js';
import { checkRepo } from './repos.js';

/** `git-ref`. */
function refObject(ctx: RenderContext, ref: string, sha: string, type: string): Record<string, unknown> {
  const api = repoApiUrl(ctx);
  const kind = type === 'tag' ? 'tags' : type === 'tree' ? 'trees' : type === 'blob' ? 'blobs' : 'commits';
  return {
    ref,
    node_id: nodeId('03:Ref', `${ctx.state.repoId}:${ref}`),
    url: `${api}/git/${ref}`,
    object: { type, sha, url: `${api}/git/${kind}/${sha}` },
  };
}

/** The `verification` block of an unsigned object. */
const UNSIGNED = { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null };

/** `commit` (a commit in the REST shape, with GitHub users matched by e-mail when known). */
export function commitObject(ctx: RenderContext, c: GitCommit): Record<string, unknown> {
  const api = repoApiUrl(ctx);
  const html = `${HTML}/${ctx.state.owner}/${ctx.state.repo}`;
  return {
    url: `${api}/commits/${c.sha}`,
    sha: c.sha,
    node_id: nodeId('06:Commit', c.sha),
    html_url: `${html}/commit/${c.sha}`,
    comments_url: `${api}/commits/${c.sha}/comments`,
    commit: {
      url: `${api}/git/commits/${c.sha}`,
      author: c.author,
      committer: c.committer,
      message: c.message.replace(/\n$/, ''),
      comment_count: 0,
      tree: { sha: c.tree, url: `${api}/git/trees/${c.tree}` },
      verification: UNSIGNED,
    },
    author: githubUser(ctx, c.author),
    committer: githubUser(ctx, c.committer),
    parents: c.parents.map((sha) => ({
      sha,
      url: `${api}/commits/${sha}`,
      html_url: `${html}/commit/${sha}`,
    })),
  };
}

/** The GitHub account of a git identity: known users by e-mail or noreply address, else null (as GitHub). */
function githubUser(ctx: RenderContext, person: GitPerson): Record<string, unknown> | null {
  const user = Object.values(ctx.state.users).find(
    (u) =>
      (u.email && u.email === person.email) || person.email.endsWith(`+${u.login}@users.noreply.github.com`),
  );
  return user ? simpleUser(ctx, user.login) : null;
}

async function refOr404(ctx: HandlerContext, short: string): Promise<Record<string, unknown>> {
  const ref = `refs/${short}`;
  const sha = await ctx.rt.git.resolve(ref);
  const type = sha ? await ctx.rt.git.type(sha) : null;
  if (!sha || !type || !(await ctx.rt.git.refs()).some((r) => r.ref === ref)) throw notFound();
  return refObject(ctx.render, ref, sha, type);
}

async function commitOr404(ctx: HandlerContext, name: string): Promise<GitCommit> {
  const sha = await ctx.rt.git.resolveCommit(name);
  const commit = sha ? await ctx.rt.git.commit(sha) : null;
  if (!commit) throw new ApiError(422, `No commit found for SHA: ${name}`);
  return commit;
}

/** The tagger GitHub records when none is given: the token's identity. */
function defaultTagger(ctx: HandlerContext): GitPerson {
  const user = userRecord(ctx.rt.state, ctx.actor.login);
  return {
    name: user.name ?? user.login,
    email: `${user.id}+${user.login}@users.noreply.github.com`,
    date: now(),
  };
}

export const gitHandlers: Record<string, Handler> = {
  'git/get-ref': async (ctx) => {
    checkRepo(ctx);
    return json(200, await refOr404(ctx, ctx.params.ref ?? ''));
  },
  'git/list-matching-refs': async (ctx) => {
    checkRepo(ctx);
    // GitHub matches by prefix: `tags/v1` lists refs/tags/v1, refs/tags/v1.0, refs/tags/v10 ...
    const prefix = `refs/${ctx.params.ref ?? ''}`;
    const refs = (await ctx.rt.git.refs()).filter((r) => r.ref.startsWith(prefix) && r.ref !== 'refs/stash');
    return json(
      200,
      refs.map((r) => refObject(ctx.render, r.ref, r.sha, r.type)),
    );
  },
  'git/create-ref': async (ctx) => {
    checkRepo(ctx);
    const body = fields(ctx.body);
    const ref = String(body.ref);
    const sha = String(body.sha);
    if (!/^refs\/.+\/.+/.test(ref)) throw new ApiError(422, 'Reference name is invalid');
    const type = await ctx.rt.git.type(sha);
    if (!type) throw new ApiError(422, 'Object does not exist');
    if (await ctx.rt.git.resolve(ref)) throw new ApiError(422, 'Reference already exists');
    await ctx.rt.git.updateRef(ref, sha, '');
    return json(201, refObject(ctx.render, ref, sha, type));
  },
  'git/update-ref': async (ctx) => {
    checkRepo(ctx);
    const ref = `refs/${ctx.params.ref ?? ''}`;
    const body = fields(ctx.body);
    const sha = String(body.sha);
    const old = await ctx.rt.git.resolve(ref);
    if (!old) throw new ApiError(422, 'Reference does not exist');
    const type = await ctx.rt.git.type(sha);
    if (!type) throw new ApiError(422, 'Object does not exist');
    if (body.force !== true && !(await ctx.rt.git.isAncestor(old, sha)))
      throw new ApiError(422, 'Update is not a fast forward');
    await ctx.rt.git.updateRef(ref, sha, old);
    return json(200, refObject(ctx.render, ref, sha, type));
  },
  'git/delete-ref': async (ctx) => {
    checkRepo(ctx);
    const ref = `refs/${ctx.params.ref ?? ''}`;
    if (!(await ctx.rt.git.resolve(ref))) throw new ApiError(422, 'Reference does not exist');
    await ctx.rt.git.deleteRef(ref);
    return json(204);
  },
  'git/create-tag': async (ctx) => {
    checkRepo(ctx);
    const body = fields(ctx.body);
    const object = String(body.object);
    const type = String(body.type);
    if ((await ctx.rt.git.type(object)) !== type)
      throw validationFailed('Tag', 'object', 'invalid', 'Object does not exist');
    const given = fields(body.tagger);
    const tagger: GitPerson = str(given, 'name')
      ? { name: String(given.name), email: String(given.email ?? ''), date: str(given, 'date') ?? now() }
      : defaultTagger(ctx);
    const sha = await ctx.rt.git.createTag(String(body.tag), object, type, tagger, String(body.message));
    return json(201, await tagObject(ctx, sha));
  },
  'git/get-tag': async (ctx) => {
    checkRepo(ctx);
    return json(200, await tagObject(ctx, ctx.params.tag_sha ?? ''));
  },
  'repos/get-commit': async (ctx) => {
    checkRepo(ctx);
    return json(200, commitObject(ctx.render, await commitOr404(ctx, ctx.params.ref ?? '')));
  },
  'repos/compare-commits-with-basehead': async (ctx) => {
    checkRepo(ctx);
    const [baseName, headName] = (ctx.params.basehead ?? '').split('...');
    if (!baseName || !headName) throw notFound();
    const [base, head] = [await commitOr404(ctx, baseName), await commitOr404(ctx, headName)];
    const git = ctx.rt.git;
    const mergeBaseSha = (await git.mergeBase(base.sha, head.sha)) ?? base.sha;
    const ahead = await git.commitsBetween(base.sha, head.sha);
    const behind = await git.commitsBetween(head.sha, base.sha);
    const commits = await Promise.all(
      ahead.map(async (sha) => commitObject(ctx.render, (await git.commit(sha)) as GitCommit)),
    );
    const status =
      ahead.length && behind.length
        ? 'diverged'
        : ahead.length
          ? 'ahead'
          : behind.length
            ? 'behind'
            : 'identical';
    const api = repoApiUrl(ctx.render);
    const html = `${HTML}/${ctx.rt.state.owner}/${ctx.rt.state.repo}/compare/${baseName}...${headName}`;
    return json(200, {
      url: `${api}/compare/${baseName}...${headName}`,
      html_url: html,
      permalink_url: html,
      diff_url: `${html}.diff`,
      patch_url: `${html}.patch`,
      base_commit: commitObject(ctx.render, base),
      merge_base_commit: commitObject(ctx.render, (await git.commit(mergeBaseSha)) as GitCommit),
      status,
      ahead_by: ahead.length,
      behind_by: behind.length,
      total_commits: ahead.length,
      commits,
      files: [],
    });
  },
};

async function tagObject(ctx: HandlerContext, sha: string): Promise<Record<string, unknown>> {
  const tag = await ctx.rt.git.tag(sha);
  if (!tag) throw notFound();
  const api = repoApiUrl(ctx.render);
  return {
    node_id: nodeId('03:Tag', tag.sha),
    tag: tag.tag,
    sha: tag.sha,
    url: `${api}/git/tags/${tag.sha}`,
    message: tag.message,
    tagger: tag.tagger,
    object: {
      type: tag.object.type,
      sha: tag.object.sha,
      url: `${api}/git/${tag.object.type}s/${tag.object.sha}`,
    },
    verification: UNSIGNED,
  };
}

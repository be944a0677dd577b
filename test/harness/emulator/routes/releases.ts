/**
 * Releases and their assets. Uploads arrive on the same server (a release's `upload_url` points
 * here, as uploads.github.com does on GitHub) and the bytes are kept for downloads.
 */
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
  type Reply,
} from '../http.js';
import { HTML, nodeId, now, repoApiUrl, simpleUser, type RenderContext } from '../objects.js';
import type { AssetRecord, EmulatorState, ReleaseRecord } from '../state.js';
import { checkRepo } from './repos.js';

/** `release-asset`. */
export function assetObject(
  ctx: RenderContext,
  release: ReleaseRecord,
  asset: AssetRecord,
): Record<string, unknown> {
  return {
    url: `${repoApiUrl(ctx)}/releases/assets/${asset.id}`,
    browser_download_url: browserDownloadUrl(ctx, release, asset),
    id: asset.id,
    node_id: nodeId('010:ReleaseAsset', asset.id),
    name: asset.name,
    label: asset.label,
    state: 'uploaded',
    content_type: asset.contentType,
    size: asset.data.length,
    // GitHub reports `sha256:<hex>` of the uploaded bytes (2025 onward).
    digest: `sha256:${createHash('sha256').update(asset.data).digest('hex')}`,
    download_count: asset.downloadCount,
    created_at: asset.createdAt,
    updated_at: asset.createdAt,
    uploader: simpleUser(ctx, asset.uploader),
  };
}

/** Where a browser downloads an asset; served by this emulator without authentication (public repository). */
export function browserDownloadUrl(ctx: RenderContext, release: ReleaseRecord, asset: AssetRecord): string {
  const { owner, repo } = ctx.state;
  return `${ctx.api}/_download/${owner}/${repo}/releases/download/${encodeURIComponent(release.tagName)}/${encodeURIComponent(asset.name)}`;
}

/** `release`. */
export function releaseObject(ctx: RenderContext, release: ReleaseRecord): Record<string, unknown> {
  const url = `${repoApiUrl(ctx)}/releases/${release.id}`;
  const { owner, repo } = ctx.state;
  const tag = encodeURIComponent(release.tagName);
  return {
    url,
    html_url: `${HTML}/${owner}/${repo}/releases/${release.draft ? `untagged-${release.id}` : `tag/${tag}`}`,
    assets_url: `${url}/assets`,
    upload_url: `${url.replace(/\/releases\/\d+$/, '')}/releases/${release.id}/assets{?name,label}`,
    tarball_url: release.draft ? null : `${repoApiUrl(ctx)}/tarball/${tag}`,
    zipball_url: release.draft ? null : `${repoApiUrl(ctx)}/zipball/${tag}`,
    id: release.id,
    node_id: nodeId('07:Release', release.id),
    tag_name: release.tagName,
    target_commitish: release.targetCommitish,
    name: release.name,
    body: release.body,
    draft: release.draft,
    prerelease: release.prerelease,
    immutable: false,
    created_at: release.createdAt,
    published_at: release.publishedAt,
    updated_at: release.publishedAt ?? release.createdAt,
    author: simpleUser(ctx, release.author),
    assets: release.assets.map((asset) => assetObject(ctx, release, asset)),
  };
}

function findRelease(ctx: HandlerContext): ReleaseRecord {
  checkRepo(ctx);
  const release = ctx.rt.state.releases.find((r) => r.id === Number(ctx.params.release_id));
  if (!release) throw notFound();
  return release;
}

function findAsset(ctx: HandlerContext): { release: ReleaseRecord; asset: AssetRecord } {
  checkRepo(ctx);
  for (const release of ctx.rt.state.releases) {
    const asset = release.assets.find((a) => a.id === Number(ctx.params.asset_id));
    if (asset) return { release, asset };
  }
  throw notFound();
}

function releaseReply(ctx: HandlerContext, status: number, release: ReleaseRecord): Reply {
  return json(status, releaseObject(ctx.render, release));
}

/** Newest first, as GitHub lists releases; drafts only for writers (every token here can write). */
function newestFirst(state: EmulatorState): ReleaseRecord[] {
  return [...state.releases].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id);
}

export const releaseHandlers: Record<string, Handler> = {
  'repos/create-release': (ctx) => {
    checkRepo(ctx);
    const body = fields(ctx.body);
    const tagName = String(body.tag_name);
    if (ctx.rt.state.releases.some((r) => r.tagName === tagName && !r.draft)) {
      throw validationFailed('Release', 'tag_name', 'already_exists');
    }
    const draft = body.draft === true;
    const at = now();
    const release: ReleaseRecord = {
      id: ctx.rt.nextId(),
      tagName,
      targetCommitish: str(body, 'target_commitish') ?? ctx.rt.state.defaultBranch,
      name: str(body, 'name') ?? null,
      body: str(body, 'body') ?? null,
      draft,
      prerelease: body.prerelease === true,
      makeLatest: (str(body, 'make_latest') as ReleaseRecord['makeLatest'] | undefined) ?? 'true',
      author: ctx.actor.login,
      createdAt: at,
      publishedAt: draft ? null : at,
      assets: [],
    };
    ctx.rt.state.releases.push(release);
    return releaseReply(ctx, 201, release);
  },
  'repos/get-release': (ctx) => releaseReply(ctx, 200, findRelease(ctx)),
  'repos/get-release-by-tag': (ctx) => {
    checkRepo(ctx);
    const release = ctx.rt.state.releases.find((r) => r.tagName === ctx.params.tag && !r.draft);
    if (!release) throw notFound();
    return releaseReply(ctx, 200, release);
  },
  'repos/get-latest-release': (ctx) => {
    checkRepo(ctx);
    const release = newestFirst(ctx.rt.state).find((r) => !r.draft && !r.prerelease);
    if (!release) throw notFound();
    return releaseReply(ctx, 200, release);
  },
  'repos/list-releases': (ctx) => {
    checkRepo(ctx);
    return paginate(ctx, newestFirst(ctx.rt.state), (r) => releaseObject(ctx.render, r));
  },
  'repos/update-release': (ctx) => {
    const release = findRelease(ctx);
    const body = fields(ctx.body);
    for (const key of ['tag_name', 'target_commitish', 'name', 'body'] as const) {
      const value = str(body, key);
      if (value === undefined) continue;
      if (key === 'tag_name') release.tagName = value;
      else if (key === 'target_commitish') release.targetCommitish = value;
      else release[key] = value;
    }
    if (typeof body.prerelease === 'boolean') release.prerelease = body.prerelease;
    const latest = str(body, 'make_latest');
    if (latest) release.makeLatest = latest as ReleaseRecord['makeLatest'];
    if (body.draft === false && release.draft) {
      release.draft = false;
      release.publishedAt = now();
    } else if (body.draft === true) release.draft = true;
    return releaseReply(ctx, 200, release);
  },
  'repos/delete-release': (ctx) => {
    const release = findRelease(ctx);
    ctx.rt.state.releases.splice(ctx.rt.state.releases.indexOf(release), 1);
    return json(204);
  },
  'repos/list-release-assets': (ctx) => {
    const release = findRelease(ctx);
    return paginate(ctx, release.assets, (a) => assetObject(ctx.render, release, a));
  },
  'repos/upload-release-asset': (ctx) => {
    const release = findRelease(ctx);
    // GitHub renames names with special characters and leading or trailing periods (docs: "Upload a
    // release asset"); the listing shows the new name. This is its observable effect, not its exact rule.
    const name = String(ctx.query.name).replace(/[^A-Za-z0-9._-]/g, '.').replace(/^\.+|\.+$/g, '');
    // GitHub refuses a second asset of the same name (docs: "Upload a release asset").
    if (release.assets.some((a) => a.name === name))
      throw new ApiError(422, 'Validation Failed', [
        { resource: 'ReleaseAsset', code: 'already_exists', field: 'name' },
      ]);
    const asset: AssetRecord = {
      id: ctx.rt.nextId(),
      releaseId: release.id,
      name,
      label: typeof ctx.query.label === 'string' ? ctx.query.label : null,
      contentType: String(ctx.headers['content-type'] ?? 'application/octet-stream'),
      data: Buffer.from(ctx.raw),
      uploader: ctx.actor.login,
      createdAt: now(),
      downloadCount: 0,
    };
    release.assets.push(asset);
    return json(201, assetObject(ctx.render, release, asset));
  },
  'repos/get-release-asset': (ctx) => {
    const { release, asset } = findAsset(ctx);
    if (/application\/octet-stream/.test(String(ctx.headers.accept ?? ''))) {
      asset.downloadCount += 1;
      return { status: 200, raw: asset.data, headers: { 'content-type': 'application/octet-stream' } };
    }
    return json(200, assetObject(ctx.render, release, asset));
  },
  'repos/delete-release-asset': (ctx) => {
    const { release, asset } = findAsset(ctx);
    release.assets.splice(release.assets.indexOf(asset), 1);
    return json(204);
  },
};

/** Serves `browser_download_url`s (`/_download/{owner}/{repo}/releases/download/{tag}/{name}`), or null. */
export function browserDownload(state: EmulatorState, pathname: string): Reply | null {
  const m = /^\/_download\/([^/]+)\/([^/]+)\/releases\/download\/([^/]+)\/([^/]+)$/.exec(pathname);
  if (!m || m[1] !== state.owner || m[2] !== state.repo) return null;
  const release = state.releases.find((r) => r.tagName === decodeURIComponent(m[3] as string) && !r.draft);
  const asset = release?.assets.find((a) => a.name === decodeURIComponent(m[4] as string));
  if (!asset)
    return { status: 404, raw: Buffer.from('Not Found'), headers: { 'content-type': 'text/plain' } };
  asset.downloadCount += 1;
  return { status: 200, raw: asset.data, headers: { 'content-type': 'application/octet-stream' } };
}

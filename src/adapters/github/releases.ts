/**
 * Releases that converge: `ensureRelease` finds or creates the release as a draft, uploads every
 * asset that is missing or differs, then publishes it, so immutable releases work and a run that died
 * halfway (no release, missing or half-uploaded assets, a draft never published) is repaired by the
 * next run. Shared by experiments (pre-releases on `exp/…`) and the registry (model versions).
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { UserError } from '../../core/errors.js';
import { sha256Hex } from '../../core/sha256.js';
import { sha256File } from '../fs/hash.js';
import type { GitHubClient } from './client.js';

/** GitHub refuses release assets of 2 GiB or more ("each file … must be under 2 GiB"). */
export const MAX_ASSET_BYTES = 2 * 1024 * 1024 * 1024 - 1;

/** One asset: a file on disk (streamed) or bytes in memory. */
export interface AssetSpec {
  name: string;
  path?: string;
  data?: string | Uint8Array;
  contentType?: string;
  /** SHA-256 when already known (saves hashing the file again). */
  sha256?: string;
}

/** The release wanted on a tag that already exists on GitHub. */
export interface ReleaseSpec {
  tag: string;
  name: string;
  body?: string;
  prerelease?: boolean;
  /** Whether the release may become "latest" (default: GitHub's own rule). */
  makeLatest?: boolean;
  assets: AssetSpec[];
}

/** What ensureRelease did: `created`/`published` false and `uploaded` empty on a converged rerun. */
export interface ReleaseResult {
  id: number;
  url: string;
  created: boolean;
  published: boolean;
  uploaded: string[];
  replaced: string[];
}

interface Repo {
  owner: string;
  repo: string;
}

interface ReleaseData {
  id: number;
  html_url: string;
  upload_url: string;
  tag_name: string;
  draft: boolean;
}

interface AssetData {
  id: number;
  name: string;
  size: number;
  state: string;
  digest?: string | null;
}

interface Prepared {
  spec: AssetSpec;
  bytes: number;
  sha256: string;
}

/**
 * The name GitHub keeps for a release asset. GitHub renames names with special characters or leading
 * or trailing periods (REST docs, "Upload a release asset"), so a rerun would look for the name it
 * gave, miss the renamed asset and fail uploading it again; these names use only letters, digits,
 * `.`, `-` and `_` (`model v2 (final).pkl` → `model.v2.final.pkl`), which GitHub leaves alone.
 */
export function releaseAssetName(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]+/g, '.').replace(/\.{2,}/g, '.').replace(/^\.+|\.+$/g, '') || 'asset';
}

/** Creates, repairs or leaves alone the release on `spec.tag`; see the module comment. */
export async function ensureRelease(
  client: GitHubClient,
  repo: Repo,
  spec: ReleaseSpec,
): Promise<ReleaseResult> {
  const assets = await Promise.all(spec.assets.map((a) => prepare({ ...a, name: releaseAssetName(a.name) })));
  const duplicate = assets.find((a, i) => assets.findIndex((b) => b.spec.name === a.spec.name) !== i);
  if (duplicate)
    throw new UserError(`two release assets are named '${duplicate.spec.name}'`, {
      hint: 'give every asset a unique name',
    });
  let release = await findRelease(client, repo, spec.tag);
  const created = !release;
  if (!release) {
    const r = await client.rest.repos.createRelease({
      ...repo,
      tag_name: spec.tag,
      name: spec.name,
      body: spec.body ?? '',
      draft: true,
      prerelease: spec.prerelease ?? false,
    });
    release = r.data as ReleaseData;
  }
  const existing = await client.paginate(client.rest.repos.listReleaseAssets, {
    ...repo,
    release_id: release.id,
    per_page: 100,
  });
  const uploaded: string[] = [];
  const replaced: string[] = [];
  for (const asset of assets) {
    const current = (existing as AssetData[]).find((e) => e.name === asset.spec.name);
    if (current && matches(current, asset)) continue;
    if (current) {
      await client.rest.repos.deleteReleaseAsset({ ...repo, asset_id: current.id });
      replaced.push(asset.spec.name);
    }
    await upload(client, release, asset);
    uploaded.push(asset.spec.name);
  }
  let published = false;
  if (release.draft) {
    const latest =
      spec.makeLatest === undefined
        ? {}
        : { make_latest: spec.makeLatest ? ('true' as const) : ('false' as const) };
    const r = await client.rest.repos.updateRelease({
      ...repo,
      release_id: release.id,
      draft: false,
      prerelease: spec.prerelease ?? false,
      ...latest,
    });
    release = r.data as ReleaseData;
    published = true;
  }
  return { id: release.id, url: release.html_url, created, published, uploaded, replaced };
}

async function prepare(spec: AssetSpec): Promise<Prepared> {
  if (spec.data !== undefined) {
    const bytes = typeof spec.data === 'string' ? Buffer.byteLength(spec.data) : spec.data.byteLength;
    return { spec, bytes, sha256: spec.sha256 ?? sha256Hex(spec.data) };
  }
  if (!spec.path) throw new Error(`release asset '${spec.name}' has neither path nor data`);
  const size = await stat(spec.path).then(
    (s) => s.size,
    () => undefined,
  );
  if (size === undefined)
    throw new UserError(`release asset '${spec.name}': ${spec.path} does not exist`, { file: spec.path });
  if (size > MAX_ASSET_BYTES) {
    throw new UserError(
      `release asset '${spec.name}' is ${size} bytes; GitHub release assets must be under 2 GiB`,
      {
        file: spec.path,
        hint: 'store it elsewhere and record it by URI and checksum (experiments: --artifact-store URI)',
      },
    );
  }
  return { spec, bytes: size, sha256: spec.sha256 ?? (await sha256File(spec.path)).sha256 };
}

/** An asset is kept when fully uploaded with the same size and, where GitHub reports one, the same digest. */
function matches(current: AssetData, wanted: Prepared): boolean {
  if (current.state !== 'uploaded' || current.size !== wanted.bytes) return false;
  return !current.digest || current.digest === `sha256:${wanted.sha256}`;
}

/**
 * How many pages of releases (newest first) are searched for a draft. A draft is left by a run that
 * died minutes before, so it is among the newest; capping the search keeps every new release from
 * listing thousands of older ones.
 */
const DRAFT_SEARCH_PAGES = 5;

/** The release on a tag: published ones by tag, drafts (invisible to that endpoint) from the list. */
async function findRelease(client: GitHubClient, repo: Repo, tag: string): Promise<ReleaseData | undefined> {
  try {
    return (await client.rest.repos.getReleaseByTag({ ...repo, tag })).data as ReleaseData;
  } catch (error) {
    if ((error as { status?: number }).status !== 404) throw error;
  }
  let pages = 0;
  for await (const page of client.paginate.iterator(client.rest.repos.listReleases, {
    ...repo,
    per_page: 100,
  })) {
    const found = (page.data as ReleaseData[]).find((r) => r.tag_name === tag);
    if (found) return found;
    if (++pages >= DRAFT_SEARCH_PAGES) break;
  }
  return undefined;
}

async function upload(client: GitHubClient, release: ReleaseData, asset: Prepared): Promise<void> {
  // Small assets go as a buffer (retries can resend them); large files are streamed.
  const data =
    asset.spec.data !== undefined
      ? Buffer.from(asset.spec.data)
      : asset.bytes <= 64 * 1024 * 1024
        ? await readFile(asset.spec.path!)
        : createReadStream(asset.spec.path!);
  await client.request({
    method: 'POST',
    url: release.upload_url,
    name: asset.spec.name,
    data: data as unknown as string,
    headers: {
      'content-type': asset.spec.contentType ?? 'application/octet-stream',
      'content-length': asset.bytes,
    },
  });
}

/** The bytes of a release asset (GitHub answers `application/octet-stream` with the file, after a redirect). */
export async function downloadReleaseAsset(
  client: GitHubClient,
  repo: Repo,
  assetId: number,
): Promise<Buffer> {
  const r = await client.rest.repos.getReleaseAsset({
    ...repo,
    asset_id: assetId,
    headers: { accept: 'application/octet-stream' },
  });
  const data: unknown = r.data;
  if (data instanceof ArrayBuffer) return Buffer.from(new Uint8Array(data));
  if (ArrayBuffer.isView(data)) return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  return Buffer.from(typeof data === 'string' ? data : JSON.stringify(data));
}

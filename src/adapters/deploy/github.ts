/**
 * The GitHub side of a deployment: a Deployment on the version tag with statuses, and the
 * version's release assets downloaded and verified against SHA256SUMS before anything changes.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../../core/errors.js';
import { sha256Hex } from '../../core/sha256.js';
import { parseSha256Sums } from '../../core/gate/evidence.js';
import type { GitHubClient } from '../github/client.js';
import { downloadReleaseAsset } from '../github/releases.js';

interface Repo {
  owner: string;
  repo: string;
}

export type DeploymentState = 'queued' | 'in_progress' | 'success' | 'failure' | 'error' | 'inactive';

export interface DeploymentSpec {
  /** The version tag, e.g. `churn@v1.3.0`. */
  ref: string;
  environment: string;
  production: boolean;
  payload: { model: string; version: string; strategy: string; run_id?: string };
  description: string;
}

/**
 * Creates the Deployment, or finds the one this workflow run already created (a re-run of the same
 * run converges on one deployment instead of adding another).
 */
export async function ensureDeployment(client: GitHubClient, repo: Repo, spec: DeploymentSpec): Promise<number> {
  const existing = await client.paginate(client.rest.repos.listDeployments, { ...repo, ref: spec.ref, environment: spec.environment, per_page: 100 });
  const same = existing.find((d) => {
    const p = payloadOf(d);
    return spec.payload.run_id !== undefined && p?.run_id === spec.payload.run_id && p?.model === spec.payload.model && p?.version === spec.payload.version;
  });
  if (same) return same.id;
  const res = await client.rest.repos.createDeployment({
    ...repo,
    ref: spec.ref,
    environment: spec.environment,
    auto_merge: false,
    required_contexts: [],
    payload: spec.payload,
    description: spec.description.slice(0, 140),
    production_environment: spec.production,
    transient_environment: false,
  });
  if (res.status !== 201 || !('id' in res.data)) throw new Error(`GitHub did not create the deployment: ${JSON.stringify(res.data)}`);
  return res.data.id;
}

/** A deployment's payload as an object: GitHub returns it as an object, or as the string it was given. */
export function payloadOf(d: { payload: unknown }): Record<string, unknown> | undefined {
  if (typeof d.payload !== 'string') return d.payload && typeof d.payload === 'object' ? (d.payload as Record<string, unknown>) : undefined;
  try {
    const value: unknown = JSON.parse(d.payload);
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** Moves a deployment to a state; `auto_inactive: false` because we mark the replaced deployment ourselves. */
export async function setDeploymentState(
  client: GitHubClient,
  repo: Repo,
  id: number,
  state: DeploymentState,
  extra: { description?: string; environmentUrl?: string; logUrl?: string } = {},
): Promise<void> {
  await client.rest.repos.createDeploymentStatus({
    ...repo,
    deployment_id: id,
    state,
    description: extra.description?.slice(0, 140),
    environment_url: extra.environmentUrl,
    log_url: extra.logUrl,
    auto_inactive: false,
  });
}

/** Marks every other deployment of the environment whose latest status is `success` as inactive. */
export async function retireReplaced(client: GitHubClient, repo: Repo, environment: string, keep: number, model: string): Promise<number[]> {
  const deployments = await client.paginate(client.rest.repos.listDeployments, { ...repo, environment, per_page: 100 });
  const retired: number[] = [];
  for (const d of deployments) {
    if (d.id === keep) continue;
    const p = payloadOf(d);
    if (p?.model !== model) continue;
    const statuses = await client.rest.repos.listDeploymentStatuses({ ...repo, deployment_id: d.id, per_page: 1 });
    if (statuses.data[0]?.state === 'success') {
      await setDeploymentState(client, repo, d.id, 'inactive', { description: `replaced by deployment ${keep}` });
      retired.push(d.id);
    }
  }
  return retired;
}

export interface VerifiedAssets {
  dir: string;
  files: Array<{ name: string; sha256: string; bytes: number; url: string }>;
}

/**
 * Downloads every asset of the release on `tag` into `dir` and checks each against the release's
 * SHA256SUMS, and SHA256SUMS itself against the digest the version tag recorded at registration: a
 * missing SHA256SUMS, a listed file that is absent, or any mismatch stops the deployment.
 */
export async function downloadVerified(client: GitHubClient, repo: Repo, tag: string, dir: string, recordedSums?: string): Promise<VerifiedAssets> {
  let release;
  try {
    release = (await client.rest.repos.getReleaseByTag({ ...repo, tag })).data;
  } catch (error) {
    if ((error as { status?: number }).status === 404) throw new UserError(`no GitHub release on ${tag}`, { hint: 'register the version first (mlops registry register)' });
    throw error;
  }
  const assets = await client.paginate(client.rest.repos.listReleaseAssets, { ...repo, release_id: release.id, per_page: 100 });
  const download = (id: number): Promise<Buffer> => downloadReleaseAsset(client, repo, id);
  const sumsAsset = assets.find((a) => a.name === 'SHA256SUMS');
  if (!sumsAsset) throw new UserError(`release ${tag} has no SHA256SUMS asset: its artifacts cannot be verified`);
  const sumsBytes = await download(sumsAsset.id);
  const sumsDigest = sha256Hex(sumsBytes);
  if (recordedSums && sumsDigest !== recordedSums) {
    throw new UserError(`SHA256SUMS of release ${tag} is not the one recorded in the version tag (sha256 ${sumsDigest.slice(0, 16)}…, tag says ${recordedSums.slice(0, 16)}…)`, {
      hint: 'the release was changed after registration; re-register the version',
    });
  }
  const sums = parseSha256Sums(sumsBytes.toString('utf8'));
  await mkdir(dir, { recursive: true });
  const files: VerifiedAssets['files'] = [];
  const problems: string[] = [];
  for (const [name, expected] of sums) {
    const asset = assets.find((a) => a.name === name);
    if (!asset) {
      problems.push(`${name} is listed in SHA256SUMS but not attached to the release`);
      continue;
    }
    const bytes = await download(asset.id);
    const actual = sha256Hex(bytes);
    if (actual !== expected) {
      problems.push(`${name}: sha256 ${actual.slice(0, 16)}… does not match SHA256SUMS ${expected.slice(0, 16)}…`);
      continue;
    }
    if (name.includes('/') || name.includes('\\') || name === '..' || name === '.') throw new UserError(`release asset name '${name}' is not a plain file name`);
    await writeFile(path.join(dir, name), bytes);
    files.push({ name, sha256: actual, bytes: bytes.length, url: asset.browser_download_url });
  }
  if (problems.length) throw new UserError(`artifacts of ${tag} failed verification: ${problems.join('; ')}`, { hint: 'the release was changed after registration; re-register the version' });
  return { dir, files };
}

/**
 * What the registry says about the model in a stage: its version (git tags), the model card at that
 * version (signature), and its release's reference profile and recorded evaluation (`metrics.json`).
 */
import type { MlopsConfig } from '../../core/config/types.js';
import { isProfile, type DataProfile } from '../../core/data/profile.js';
import { UserError } from '../../core/errors.js';
import { readSignature, type Signature } from '../../core/monitor/signature.js';
import type { RegistryState } from '../../core/registry/state.js';
import type { GitHubClient } from '../github/client.js';
import { statusOf } from '../github/identity.js';
import { downloadReleaseAsset } from '../github/releases.js';
import type { Git } from '../git.js';
import { declaredModelCardAt } from '../registry/card-metadata.js';

type Repo = { owner: string; repo: string };

/** The version a stage holds, with its tag and commit. */
export interface StageVersion {
  version: string;
  tag: string;
  commit: string;
  registeredAt: string;
}

/** The version of `model` in `stage`, or undefined when the stage holds none. */
export function stageVersion(state: RegistryState, model: string, stage: string): StageVersion | undefined {
  const artifact = state.artifacts[model];
  const info = artifact?.stages[stage];
  const version = info && artifact.versions.find((v) => v.version === info.version);
  return info && version ? { version: version.version, tag: version.tag, commit: version.commit, registeredAt: version.registeredAt } : undefined;
}

/**
 * The signature in the model card at the version's commit (undefined when the card declares no
 * version, as the registry then ignores it). Only the front matter is read.
 */
export async function signatureAt(git: Git, config: MlopsConfig, model: string, commit: string): Promise<Signature | undefined> {
  const card = await declaredModelCardAt(git, config, model, commit);
  return card && readSignature(card.signature);
}

export interface ReleaseReference {
  profile?: { name: string; profile: DataProfile };
  metrics?: Record<string, number>;
}

/**
 * The reference profile (asset `profileAsset`, else the only `*profile.json` asset) and `metrics.json`
 * of the release on `tag`. A release without them gives an empty result (drift needs another
 * reference then); an asset that is not what it claims is a UserError naming the release.
 */
export async function releaseReference(client: GitHubClient, repo: Repo, tag: string, profileAsset?: string): Promise<ReleaseReference> {
  let release;
  try {
    release = (await client.rest.repos.getReleaseByTag({ ...repo, tag })).data;
  } catch (error) {
    if (statusOf(error) === 404) return {};
    throw error;
  }
  const assets = await client.paginate(client.rest.repos.listReleaseAssets, { ...repo, release_id: release.id, per_page: 100 });
  const out: ReleaseReference = {};
  const profiles = assets.filter((a) => (profileAsset ? a.name === profileAsset : /(^|[.-])profile\.json$/.test(a.name)));
  if (profiles.length > 1) throw new UserError(`release ${tag} has several profile assets (${profiles.map((a) => a.name).join(', ')})`, { hint: 'name the one to use with the reference-asset input (--reference-asset)' });
  if (profiles[0]) {
    const value = json(await downloadReleaseAsset(client, repo, profiles[0].id), `${tag}: ${profiles[0].name}`);
    if (!isProfile(value)) throw new UserError(`${tag}: ${profiles[0].name} is not a data profile`, { hint: 'write it with `mlops data profile FILE --output profile.json` (schemas/data-profile.schema.json)' });
    out.profile = { name: profiles[0].name, profile: value };
  }
  const metrics = assets.find((a) => a.name === 'metrics.json');
  if (metrics) out.metrics = numbers(json(await downloadReleaseAsset(client, repo, metrics.id), `${tag}: metrics.json`));
  return out;
}

function json(bytes: Buffer, where: string): unknown {
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    throw new UserError(`${where} is not valid JSON: ${(error as Error).message}`);
  }
}

/** The numeric entries of a flat metrics object. */
export function numbers(value: unknown): Record<string, number> {
  const out: Record<string, number> = {};
  if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) if (typeof v === 'number' && Number.isFinite(v)) out[k] = v;
  return out;
}

/** Datasets registered (as `data/{name}`) after the model version: the `new_data` retraining cause. */
export function newDataVersions(state: RegistryState, config: MlopsConfig, since: string): Array<{ dataset: string; version: string; registeredAt: string }> {
  const out: Array<{ dataset: string; version: string; registeredAt: string }> = [];
  for (const d of config.datasets) {
    const latest = state.artifacts[`data/${d.name}`]?.versions.find((v) => v.active);
    if (latest && Date.parse(latest.registeredAt) > Date.parse(since)) out.push({ dataset: d.name, version: latest.version, registeredAt: latest.registeredAt });
  }
  return out;
}

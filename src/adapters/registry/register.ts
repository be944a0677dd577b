/**
 * Registration on a push to the default branch: every card that declares a version not yet registered
 * gets its tag (`{model}@v{semver}`, data as `data/{name}@v{semver}`) and a GitHub release holding the
 * files of its folder at that commit, metrics from its experiment record, and SHA256SUMS. Releases are
 * ensured for every version registered on the commit, so a run that died after tagging is repaired.
 */
import type { MlopsConfig } from '../../core/config/types.js';
import { sha256Hex } from '../../core/sha256.js';
import { parseMessage } from '../../core/experiments/message.js';
import { UserError } from '../../core/errors.js';
import type { Finding } from '../../core/finding.js';
import { planRegister } from '../../core/registry/plan.js';
import { isRegistered, type PreviousSignatures, planRegistrations } from '../../core/registry/registration.js';
import type { RegistryState } from '../../core/registry/state.js';
import { type ClientSource, openClient } from '../github/source.js';
import { type AssetSpec, ensureRelease, releaseAssetName } from '../github/releases.js';
import type { Git } from '../git.js';
import { type DeclaredCard, declaredCardsAt } from './card-metadata.js';
import { readRegistry, writeRegistryTags } from './tags.js';

export interface RegisterOptions {
  git: Git;
  config: MlopsConfig;
  /** The commit to register (default HEAD). */
  rev?: string;
  remote?: string;
  /** Where releases go; the client opens when a release is to be written (a push that registers nothing makes no call). */
  github?: { client: ClientSource; repo: { owner: string; repo: string } };
  actor?: string;
}

export interface RegisterOutcome {
  tags: string[];
  /** Tags whose release was created or repaired. */
  releases: string[];
  findings: Finding[];
}

/** Registers what the cards at `rev` declare; see the module comment. */
export async function registerFromCards(o: RegisterOptions): Promise<RegisterOutcome> {
  const commit = await o.git.resolve(o.rev ?? 'HEAD');
  if (!commit) throw new UserError(`cannot resolve ${o.rev ?? 'HEAD'} to a commit`);
  if (o.remote) await o.git.fetchTags(o.remote);
  const cards = await declaredCardsAt(o.git, o.config, commit);
  const before = await readRegistry(o.git);
  // Only cards declaring a version not registered yet are read whole: a bump must say why. A push that
  // bumps nothing never loads the Markdown parser or the card schemas.
  const fresh = new Set(cards.filter((c) => !isRegistered(before, c.artifact, c.version)));
  const complete = fresh.size ? (await import('./cards.js')).completeCard : undefined;
  const declared = complete ? cards.map((c) => (fresh.has(c) ? complete(c) : c)) : cards;
  const plan = planRegistrations(declared, before, await previousSignatures(o.git, o.config, before, cards));
  const byArtifact = new Map(cards.map((c) => [c.artifact, c]));
  const assets = new Map<string, AssetSpec[]>();
  for (const r of plan.register) assets.set(r.artifact, await releaseAssets(o.git, commit, byArtifact.get(r.artifact)!));
  const tags = await writeRegistryTags(
    o.git,
    // A concurrent run may have registered a version meanwhile (on its own commit): then it is done.
    (state) =>
      plan.register
        .filter((r) => !state.artifacts[r.artifact]?.versions.some((v) => v.version === r.tagVersion))
        .flatMap((r) => planRegister(state, r.artifact, r.tagVersion, commit, { actor: o.actor, sha256sums: sumsDigest(assets.get(r.artifact)) })),
    { remote: o.remote },
  );
  const releases: string[] = [];
  if (o.github) {
    const after = await readRegistry(o.git);
    for (const card of cards) {
      const version = card.version.startsWith('v') ? card.version : `v${card.version}`;
      const v = after.artifacts[card.artifact]?.versions.find((x) => x.version === version);
      if (!v || v.commit !== commit) continue;
      const result = await ensureRelease(await openClient(o.github.client), o.github.repo, {
        tag: v.tag,
        name: `${card.artifact} ${version}`,
        body: `${card.kind === 'data' ? 'Dataset' : 'Model'} ${card.artifact} ${version}, registered from \`${card.cardPath}\` at ${commit.slice(0, 12)}.`,
        makeLatest: false,
        assets: assets.get(card.artifact) ?? (await releaseAssets(o.git, commit, card)),
      });
      if (result.created || result.published || result.uploaded.length) releases.push(v.tag);
    }
  }
  return { tags, releases, findings: plan.findings };
}

/** sha256 of the SHA256SUMS asset among a release's assets. */
function sumsDigest(assets: AssetSpec[] | undefined): string | undefined {
  const sums = assets?.find((a) => a.name === 'SHA256SUMS')?.data;
  return sums === undefined ? undefined : sha256Hex(sums);
}

/** The signature in the card of each model's highest registered version. */
async function previousSignatures(git: Git, config: MlopsConfig, state: RegistryState, cards: DeclaredCard[]): Promise<PreviousSignatures> {
  const out: PreviousSignatures = {};
  for (const card of cards.filter((c) => c.kind === 'model')) {
    const highest = state.artifacts[card.artifact]?.versions[0];
    if (!highest) continue;
    const then = (await declaredCardsAt(git, config, highest.commit)).find((c) => c.artifact === card.artifact);
    if (then) out[card.artifact] = then.signature;
  }
  return out;
}

/** The folder's files at the commit (asset names are paths with `/` as `.`), metrics.json, and SHA256SUMS. */
export async function releaseAssets(git: Git, commit: string, card: DeclaredCard): Promise<AssetSpec[]> {
  const listing = await git.run(['ls-tree', '-r', '-z', '--name-only', commit, '--', card.folder || '.']);
  const assets: AssetSpec[] = [];
  for (const file of listing.stdout.split('\0').filter(Boolean)) {
    const data = await git.show(commit, file);
    if (!data) continue;
    const rel = card.folder ? file.slice(card.folder.length + 1) : file;
    const name = releaseAssetName(rel.replaceAll('/', '.')); // as GitHub will list it, so SHA256SUMS names it so too
    if (name !== 'SHA256SUMS') assets.push({ name, data: new Uint8Array(data) }); // ours is computed below
  }
  const metrics = await experimentMetrics(git, card.experiment);
  // The experiment record is the source of truth; a committed metrics.json is released as it is otherwise.
  if (metrics) {
    const at = assets.findIndex((a) => a.name === 'metrics.json');
    if (at >= 0) assets.splice(at, 1);
    assets.push({ name: 'metrics.json', data: `${JSON.stringify(metrics, null, 2)}\n` });
  }
  const sums = assets.map((a) => `${sha256Hex(a.data ?? '')}  ${a.name}`).sort((a, b) => (a.slice(66) < b.slice(66) ? -1 : 1)); // byte order, whatever the locale
  assets.push({ name: 'SHA256SUMS', data: `${sums.join('\n')}\n` });
  return assets;
}

/** Metrics of the experiment a card names (`experiment: exp/...`), from its tag's record. */
export async function experimentMetrics(git: Git, experiment: string | undefined): Promise<Record<string, number> | undefined> {
  if (!experiment) return undefined;
  const name = experiment.startsWith('exp/') ? experiment : `exp/${experiment}`;
  const tag = (await git.tags([`refs/tags/${name}`])).find((t) => t.name === name);
  const record = tag ? parseMessage(tag.message).record : undefined;
  if (!record?.metrics) return undefined;
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(record.metrics)) if (typeof v === 'number') out[k] = v;
  return out;
}

/**
 * Fetches a gate snapshot of a PR through the GitHub client (REST responses kept as they come) and the
 * local repository (registry tags, cards at the PR's base and head, experiment records).
 */
import type { MlopsConfig } from '../../core/config/types.js';
import { UserError } from '../../core/errors.js';
import { sha256Hex } from '../../core/sha256.js';
import { parseCodeowners } from '../../core/gate/codeowners.js';
import type { PromotionPolicy } from '../../core/gate/policy.js';
import type { EvaluationResult, GateSnapshot, PromotionCandidate } from '../../core/gate/snapshot.js';
import { buildRegistryState } from '../../core/registry/state.js';
import type { GitHubClient } from '../github/client.js';
import { statusOf } from '../github/identity.js';
import type { Git } from '../git.js';
import { type DeclaredCard, declaredCardsAt } from './card-metadata.js';
import { experimentMetrics } from './register.js';
import { registryTags } from './tags.js';
import { stageOfBranch } from './promote.js';

type Repo = { owner: string; repo: string };

export interface SnapshotOptions {
  client: GitHubClient;
  repo: Repo;
  pr: number;
  git: Git;
  config: MlopsConfig;
  policy: (stage: string) => PromotionPolicy;
  /** A client whose token can read organization teams (the Actions GITHUB_TOKEN cannot); default `client`. */
  teamsClient?: GitHubClient;
  /** Remote to fetch the PR head and tags from (default origin). */
  remote?: string;
  now?: Date;
}

/** Takes the snapshot the gate decides on. */
export async function fetchGateSnapshot(o: SnapshotOptions): Promise<GateSnapshot> {
  const { client, repo, git } = o;
  const remote = o.remote ?? 'origin';
  const pr = (await client.rest.pulls.get({ ...repo, pull_number: o.pr })).data;
  const stage = stageOfBranch(o.config, pr.base.ref);
  if (!stage) throw new UserError(`PR #${o.pr} goes into ${pr.base.ref}, which is not a release branch (${o.config.release_branch_prefix}{stage})`);
  const [commits, reviews, files] = await Promise.all([
    client.paginate(client.rest.pulls.listCommits, { ...repo, pull_number: o.pr, per_page: 100 }),
    client.paginate(client.rest.pulls.listReviews, { ...repo, pull_number: o.pr, per_page: 100 }),
    client.paginate(client.rest.pulls.listFiles, { ...repo, pull_number: o.pr, per_page: 100 }),
  ]);
  await git.fetchTags(remote);
  await git.run(['fetch', '--quiet', remote, pr.base.sha, pr.head.sha], { allowFailure: true });
  await git.run(['fetch', '--quiet', remote, `+refs/pull/${o.pr}/head:refs/remotes/${remote}/pr/${o.pr}`], { allowFailure: true });
  const registry = await registryTags(git);
  const policy = o.policy(stage);
  const codeowners = await readCodeowners(client, repo, pr.base.sha);
  const logins = new Set<string>([pr.user?.login ?? '', ...reviews.map((r) => r.user?.login ?? '')].filter(Boolean));
  const snapshot: GateSnapshot = {
    repository: `${repo.owner}/${repo.repo}`,
    takenAt: (o.now ?? new Date()).toISOString(),
    stage,
    pullRequest: pr as unknown as GateSnapshot['pullRequest'],
    commits: commits as unknown as GateSnapshot['commits'],
    reviews: reviews as unknown as GateSnapshot['reviews'],
    files: files as unknown as GateSnapshot['files'],
    permissions: await permissions(client, repo, logins),
    teams: await teams(o.teamsClient ?? client, teamsNeeded(policy, codeowners?.text), logins),
    codeowners,
    activity: await activity(client, pr.head.repo?.full_name === `${repo.owner}/${repo.repo}` ? repo : undefined, pr.head.ref),
    registry,
    candidates: await candidates(git, o.config, pr.base.sha, pr.head.sha, stage, registry),
  };
  const state = buildRegistryState(registry);
  for (const c of snapshot.candidates) {
    c.artifacts = await releaseEvidence(client, repo, `${c.model}@${c.version}`);
    // Without an experiment record, the metrics.json the registration released is the evidence.
    c.evaluation ??= await releaseMetrics(client, repo, `${c.model}@${c.version}`);
    const current = state.artifacts[c.model]?.stages[stage]?.version;
    if (current && !c.baseline) c.baseline = await releaseMetrics(client, repo, `${c.model}@${current}`);
  }
  snapshot.edited = await editedByPr(git, snapshot, pr.head.sha);
  return snapshot;
}

async function permissions(client: GitHubClient, repo: Repo, logins: Set<string>): Promise<GateSnapshot['permissions']> {
  const out: GateSnapshot['permissions'] = {};
  for (const username of logins) {
    try {
      out[username] = (await client.rest.repos.getCollaboratorPermissionLevel({ ...repo, username })).data as GateSnapshot['permissions'][string];
    } catch (error) {
      if (statusOf(error) !== 404) throw error;
      out[username] = { permission: 'none', role_name: 'none', user: { login: username } };
    }
  }
  return out;
}

function teamsNeeded(policy: PromotionPolicy, codeowners: string | undefined): string[] {
  const fromOwners = codeowners && policy.codeowners ? parseCodeowners(codeowners).rules.flatMap((r) => r.owners.filter((o) => /^@[^/]+\/.+/.test(o)).map((o) => o.slice(1))) : [];
  return [...new Set([...policy.requiredTeams.map((t) => t.replace(/^@/, '')), ...fromOwners])];
}

/**
 * Team memberships through teams/get-membership-for-user-in-org: 404 is "not a member"; 401/403 (an
 * Actions GITHUB_TOKEN cannot read org teams) makes the answer unreadable, and team conditions then fail.
 */
async function teams(client: GitHubClient, needed: string[], logins: Set<string>): Promise<GateSnapshot['teams']> {
  const memberships: GateSnapshot['teams']['memberships'] = {};
  for (const team of needed) {
    const [org = '', team_slug = ''] = team.split('/');
    const members: Record<string, GateSnapshot['teams']['memberships'][string][string]> = {};
    for (const username of logins) {
      try {
        const m = (await client.rest.teams.getMembershipForUserInOrg({ org, team_slug, username })).data;
        members[username] = { state: m.state, role: m.role };
      } catch (error) {
        const status = statusOf(error);
        if (status !== 404) return { readable: false, reason: `GET /orgs/${org}/teams/${team_slug}/memberships/${username} returned ${status ?? 'an error'}: the token cannot read organization teams`, memberships: {} };
        members[username] = null;
      }
    }
    memberships[team] = members;
  }
  return { readable: true, memberships };
}

/** CODEOWNERS as GitHub finds it on the base branch: .github/, then the root, then docs/. */
async function readCodeowners(client: GitHubClient, repo: Repo, ref: string): Promise<GateSnapshot['codeowners']> {
  for (const path of ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS']) {
    try {
      const r = await client.rest.repos.getContent({ ...repo, path, ref });
      const data = r.data as { content?: string; encoding?: string };
      if (data.content !== undefined) return { path, text: Buffer.from(data.content, (data.encoding as BufferEncoding) ?? 'base64').toString('utf8') };
    } catch (error) {
      if (statusOf(error) !== 404) throw error;
    }
  }
  return null;
}

async function activity(client: GitHubClient, repo: Repo | undefined, ref: string): Promise<GateSnapshot['activity']> {
  if (!repo) return [];
  try {
    // No retries: an absent endpoint must not cost the gate a backoff cycle.
    const r = await client.rest.repos.listActivities({ ...repo, ref: `refs/heads/${ref}`, per_page: 30, request: { retries: 0 } });
    return r.data as unknown as GateSnapshot['activity'];
  } catch {
    // Best effort (GitHub Enterprise Server lacks it): the gate then takes the head commit's committer.
    return [];
  }
}

/** Models whose card version differs between base and head, with evidence from experiment tags. */
async function candidates(git: Git, config: MlopsConfig, base: string, head: string, stage: string, tags: GateSnapshot['registry']): Promise<PromotionCandidate[]> {
  const headCards = (await declaredCardsAt(git, config, head).catch(() => [] as DeclaredCard[])).filter((c) => c.kind === 'model');
  const baseCards = await declaredCardsAt(git, config, base).catch(() => [] as DeclaredCard[]);
  const state = buildRegistryState(tags);
  const out: PromotionCandidate[] = [];
  for (const card of headCards) {
    const version = card.version.startsWith('v') ? card.version : `v${card.version}`;
    const before = baseCards.find((c) => c.artifact === card.artifact);
    if (before && before.version.replace(/^v/, '') === version.slice(1)) continue;
    const current = state.artifacts[card.artifact]?.stages[stage];
    const baselineCard = current ? (await declaredCardsAt(git, config, current.commit)).find((c) => c.artifact === card.artifact) : undefined;
    // Only a candidate's card is judged (complete or not): the card parser and schemas load for it alone.
    const { completeCard } = await import('./cards.js');
    out.push({
      model: card.artifact,
      version,
      risk: card.risk,
      card: { path: card.cardPath, missing: completeCard(card).missing },
      evaluation: await evaluation(git, card.experiment),
      baseline: baselineCard ? await evaluation(git, baselineCard.experiment) : undefined,
    });
  }
  return out;
}

async function evaluation(git: Git, experiment: string | undefined): Promise<EvaluationResult | undefined> {
  const metrics = await experimentMetrics(git, experiment);
  if (!metrics || !experiment) return undefined;
  const fairness = Object.fromEntries(Object.entries(metrics).filter(([k]) => /parity|equalized_odds|equal_opportunity/.test(k)));
  return { source: 'experiment', ref: experiment.startsWith('exp/') ? experiment : `exp/${experiment}`, metrics, fairness, fairnessReport: Object.keys(fairness).length > 0 };
}

/** The assets of a version's release as published (digests) and its SHA256SUMS file. */
async function releaseEvidence(client: GitHubClient, repo: Repo, tag: string): Promise<PromotionCandidate['artifacts']> {
  let release;
  try {
    release = (await client.rest.repos.getReleaseByTag({ ...repo, tag })).data;
  } catch (error) {
    if (statusOf(error) === 404) return { sha256sums: null, files: [] };
    throw error;
  }
  const files: Array<{ name: string; sha256: string }> = [];
  let sha256sums: string | null = null;
  for (const asset of release.assets) {
    const digest = (asset as { digest?: string | null }).digest;
    const needBytes = asset.name === 'SHA256SUMS' || !digest?.startsWith('sha256:');
    const bytes = needBytes ? await download(client, repo, asset.id) : undefined;
    if (asset.name === 'SHA256SUMS') sha256sums = bytes?.toString('utf8') ?? null;
    files.push({ name: asset.name, sha256: digest?.startsWith('sha256:') ? digest.slice(7) : sha256Hex(bytes ?? Buffer.alloc(0)) });
  }
  return { sha256sums, files };
}

async function download(client: GitHubClient, repo: Repo, asset_id: number): Promise<Buffer> {
  const r = await client.rest.repos.getReleaseAsset({ ...repo, asset_id, headers: { accept: 'application/octet-stream' } });
  const data: unknown = r.data;
  return Buffer.from(data instanceof ArrayBuffer ? new Uint8Array(data) : typeof data === 'string' ? data : JSON.stringify(data));
}

/** The PR's changed files that differ from the registered commit of every promoted version (see GateSnapshot.edited). */
async function editedByPr(git: Git, snapshot: GateSnapshot, head: string): Promise<string[] | undefined> {
  const state = buildRegistryState(snapshot.registry);
  const commits = snapshot.candidates.map((c) => state.artifacts[c.model]?.versions.find((v) => v.version === c.version)?.commit);
  if (!commits.length || commits.some((c) => !c)) return undefined;
  let edited = new Set(snapshot.files.map((f) => f.filename));
  for (const commit of commits) {
    const r = await git.run(['diff', '--name-only', '-z', '--no-renames', commit ?? '', head], { allowFailure: true });
    if (r.code !== 0) return undefined;
    const differs = new Set(r.stdout.split('\0').filter(Boolean));
    edited = new Set([...edited].filter((f) => differs.has(f)));
  }
  return [...edited].sort();
}

/** The metrics.json of a version's release, as evaluation evidence (source: release). */
async function releaseMetrics(client: GitHubClient, repo: Repo, tag: string): Promise<EvaluationResult | undefined> {
  let assets;
  try {
    assets = (await client.rest.repos.getReleaseByTag({ ...repo, tag })).data.assets;
  } catch (error) {
    if (statusOf(error) === 404) return undefined;
    throw error;
  }
  const asset = assets.find((a) => a.name === 'metrics.json');
  if (!asset) return undefined;
  let value: unknown;
  try {
    value = JSON.parse((await download(client, repo, asset.id)).toString('utf8'));
  } catch {
    return undefined; // not JSON: no evidence rather than a crash; the metrics condition then says so
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const metrics = Object.fromEntries(Object.entries(value).filter((e): e is [string, number] => typeof e[1] === 'number'));
  return { source: 'release', ref: tag, metrics };
}

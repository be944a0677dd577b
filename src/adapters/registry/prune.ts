/** `mlops registry prune`: applies the retention policy to experiment tags (and their pre-releases). */
import type { MlopsConfig } from '../../core/config/types.js';
import { type PruneDecision, planPrune } from '../../core/registry/prune.js';
import type { GitHubClient } from '../github/client.js';
import { statusOf } from '../github/identity.js';
import type { Git } from '../git.js';
import { declaredCardsAt } from './card-metadata.js';
import { readRegistry } from './tags.js';

export interface PruneOptions {
  git: Git;
  config: MlopsConfig;
  dryRun: boolean;
  remote?: string;
  github?: { client: GitHubClient; repo: { owner: string; repo: string } };
  now?: number;
}

/** Decides and (unless dry-run) deletes; remote tags go in one atomic push. */
export async function pruneExperiments(o: PruneOptions): Promise<PruneDecision & { deleted: string[] }> {
  if (o.remote) await o.git.fetchTags(o.remote);
  const state = await readRegistry(o.git);
  const referenced = new Set<string>();
  const seen = new Set<string>();
  for (const a of Object.values(state.artifacts))
    for (const v of a.versions) {
      if (seen.has(v.commit)) continue;
      seen.add(v.commit);
      for (const card of await declaredCardsAt(o.git, o.config, v.commit)) if (card.experiment) referenced.add(card.experiment.startsWith('exp/') ? card.experiment : `exp/${card.experiment}`);
    }
  const experiments = (await o.git.tags(['refs/tags/exp/'])).map((t) => ({ name: t.name, commit: t.commit, date: t.date }));
  const decision = planPrune({
    experiments,
    referenced,
    registryCommits: new Set(state.events.map((e) => e.commit)),
    keepDays: o.config.retention.experiments.keep_days,
    keepLast: o.config.retention.experiments.keep_last,
    now: o.now ?? Date.now(),
  });
  const names = decision.remove.map((e) => e.name);
  if (o.dryRun || !names.length) return { ...decision, deleted: [] };
  if (o.github) for (const tag of names) await deleteRelease(o.github.client, o.github.repo, tag);
  if (o.remote) await o.git.run(['push', '--atomic', '--quiet', o.remote, ...names.map((n) => `:refs/tags/${n}`)]);
  await o.git.run(['tag', '--delete', ...names]);
  return { ...decision, deleted: names };
}

async function deleteRelease(client: GitHubClient, repo: { owner: string; repo: string }, tag: string): Promise<void> {
  try {
    const release = (await client.rest.repos.getReleaseByTag({ ...repo, tag })).data;
    await client.rest.repos.deleteRelease({ ...repo, release_id: release.id });
  } catch (error) {
    if (statusOf(error) !== 404) throw error;
  }
}

/**
 * Stage assignment on a push to a release branch (`{prefix}{stage}`): each model whose card on the
 * branch declares a registered version that the stage does not hold yet gets `{model}#{stage}#{N}`,
 * written atomically (see tags.ts). A rerun finds the stage already holding the version and writes nothing.
 */
import type { MlopsConfig } from '../../core/config/types.js';
import type { Finding } from '../../core/finding.js';
import type { TagMeta } from '../../core/registry/message.js';
import { planAssign } from '../../core/registry/plan.js';
import type { Git } from '../git.js';
import { declaredCardsAt } from './card-metadata.js';
import { writeRegistryTags } from './tags.js';

/** The stage a branch holds, or undefined when it is not a release branch. */
export function stageOfBranch(config: MlopsConfig, branch: string): string | undefined {
  const name = branch.replace(/^refs\/heads\//, '');
  if (!name.startsWith(config.release_branch_prefix)) return undefined;
  const stage = name.slice(config.release_branch_prefix.length);
  return config.stages.includes(stage) ? stage : undefined;
}

export interface AssignOptions {
  git: Git;
  config: MlopsConfig;
  stage: string;
  /** The commit now at the head of the release branch. */
  rev: string;
  remote?: string;
  meta?: TagMeta;
}

/** Assigns the stage to the versions the branch's cards declare. */
export async function assignFromBranch(o: AssignOptions): Promise<{ tags: string[]; findings: Finding[] }> {
  if (o.remote) await o.git.fetchTags(o.remote);
  const cards = (await declaredCardsAt(o.git, o.config, o.rev)).filter((c) => c.kind === 'model');
  const findings: Finding[] = [];
  const tags = await writeRegistryTags(
    o.git,
    (state) =>
      cards.flatMap((card) => {
        const version = card.version.startsWith('v') ? card.version : `v${card.version}`;
        if (!state.artifacts[card.artifact]?.versions.some((v) => v.version === version && v.active)) {
          if (!findings.some((f) => f.file === card.cardPath))
            findings.push({ rule: 'registry/unregistered-promotion', severity: 'error', message: `${card.artifact} ${version} reached ${o.stage} but is not registered`, file: card.cardPath, line: card.line, hint: 'register versions on the default branch before promoting them' });
          return [];
        }
        return planAssign(state, card.artifact, version, o.stage, o.meta);
      }),
    { remote: o.remote },
  );
  return { tags, findings };
}

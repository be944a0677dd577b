/**
 * Retention of experiment tags (SPEC §7): older than `keep_days` and not among the `keep_last` newest go,
 * except an experiment behind a registered version (named by its card's `experiment`, or on the same
 * commit), or on a commit in any stage's history: audits are built from those, so they stay.
 */

export interface ExperimentTag {
  name: string;
  commit: string;
  date: string;
}

export interface PruneInput {
  experiments: ExperimentTag[];
  /** Experiment tags named by the cards of registered versions. */
  referenced: Set<string>;
  /** Commits of every registry event (versions and stage history). */
  registryCommits: Set<string>;
  keepDays: number;
  keepLast: number;
  now: number;
}

export interface PruneDecision {
  remove: ExperimentTag[];
  keep: Array<ExperimentTag & { why: string }>;
}

/** Decides which experiment tags go. */
export function planPrune(input: PruneInput): PruneDecision {
  const newest = [...input.experiments].sort((a, b) => Date.parse(b.date) - Date.parse(a.date));
  const out: PruneDecision = { remove: [], keep: [] };
  newest.forEach((e, i) => {
    const ageDays = (input.now - Date.parse(e.date)) / 86_400_000;
    const why = input.referenced.has(e.name)
      ? 'named by a registered version’s card'
      : input.registryCommits.has(e.commit)
        ? 'on a commit in the registry history'
        : i < input.keepLast
          ? `among the ${input.keepLast} newest`
          : ageDays <= input.keepDays
            ? `younger than ${input.keepDays} days`
            : '';
    if (why) out.keep.push({ ...e, why });
    else out.remove.push(e);
  });
  return out;
}

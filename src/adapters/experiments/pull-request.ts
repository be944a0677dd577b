/** The experiments of a pull request, compared with the baseline, as one report for the sticky comment. */
import type { Block, Report } from '../../core/report/model.js';
import { newestRefFirst } from '../../core/experiments/names.js';
import type { Git } from '../git.js';
import type { CompareOptions } from './compare.js';
import { compareExperiments } from './compare.js';
import { listRefs } from './store.js';

/** Experiments recorded on the PR branch: reachable from its head, not from the base branch. */
export async function pullRequestExperiments(
  git: Git,
  head: string,
  base: string,
  project?: string,
): Promise<string[]> {
  const baseRev = (await git.resolve(`refs/remotes/origin/${base}`)) ?? (await git.resolve(base));
  const refs = await listRefs(git, { merged: head, ...(baseRev ? { noMerged: baseRev } : {}), project });
  return refs.sort(newestRefFirst).map((r) => r.name);
}

/** One report comparing each experiment with the baseline (one sticky comment for all of them). */
export async function compareMany(
  git: Git,
  names: readonly string[],
  options: Omit<CompareOptions, 'candidate'>,
): Promise<Report> {
  if (names.length === 0) {
    return {
      purpose: 'experiments',
      title: 'Experiments',
      summary: 'no experiment recorded on this pull request',
      findings: [],
      blocks: [],
    };
  }
  const reports: Report[] = [];
  for (const name of names) reports.push(await compareExperiments(git, { ...options, candidate: name }));
  if (reports.length === 1) return reports[0]!;
  const blocks: Block[] = reports.flatMap((r) => [
    { kind: 'heading', text: r.title, level: 2 } as Block,
    { kind: 'markdown', text: r.summary ?? '' } as Block,
    ...r.blocks,
  ]);
  return {
    purpose: 'experiments',
    title: `${reports.length} experiments compared`,
    summary: reports.map((r) => `${r.title.replace(/^Experiment /, '')}: ${r.summary}`).join('; '),
    findings: reports.flatMap((r) => r.findings),
    blocks,
  };
}

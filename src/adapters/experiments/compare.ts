/** `experiment compare` and `show`: reads the records needed (few `for-each-ref` calls) and builds reports. */
import path from 'node:path';
import { splitFrontMatter } from '../../core/cards/frontmatter.js';
import { UserError } from '../../core/errors.js';
import type { ExperimentEntry } from '../../core/experiments/catalog.js';
import { recordOf } from '../../core/experiments/catalog.js';
import { newestRefFirst, type ExperimentRef } from '../../core/experiments/names.js';
import type { DirectionConfig } from '../../core/experiments/compare.js';
import type { RecordStub } from '../../core/experiments/message.js';
import { nameOf } from '../../core/experiments/naming.js';
import type { ExperimentRecord } from '../../core/experiments/record.js';
import type { Compared } from '../../core/experiments/report.js';
import { compareReport, showReport } from '../../core/experiments/report.js';
import type { Report } from '../../core/report/model.js';
import { parseYaml } from '../../core/yaml/index.js';
import type { Git } from '../git.js';
import { readRegistry } from '../registry/tags.js';
import { listRefs, newestMerged, readEntries } from './store.js';

/** The record in an entry's tag, or a UserError saying why it cannot be read. */
export function recordIn(entry: ExperimentEntry): ExperimentRecord | RecordStub {
  const parsed = recordOf(entry);
  if (!parsed.record)
    throw new UserError(`experiment ${entry.name}: ${parsed.problem}`, {
      hint: `inspect it with \`git show ${entry.tag}\``,
    });
  return parsed.record;
}

/** `experiment show NAME`. */
export async function showExperiment(git: Git, name: string): Promise<Report> {
  return showReport(await readRecord(git, name));
}

/** The record (or stub) in an experiment's tag; a UserError when there is none. */
export async function readRecord(git: Git, name: string): Promise<ExperimentRecord | RecordStub> {
  const entry = (await readEntries(git, [name])).get(nameOf(name));
  if (!entry) throw notFound(name);
  return recordIn(entry);
}

function notFound(name: string): UserError {
  return new UserError(`no experiment named '${nameOf(name)}'`, {
    hint: 'list them with `mlops experiment list` (add --remote to read the remote)',
  });
}

export interface CompareOptions {
  candidate: string;
  /** An experiment name, `main` (newest on the base branch) or `production` (behind the model in that stage). */
  baseline?: string;
  /** The base branch for `main` (default: GITHUB_BASE_REF, else main). */
  baseBranch?: string;
  /** The configured project, to read types from names exactly. */
  project?: string;
  /** Every experiment ref, when the caller listed them already. */
  refs?: ExperimentRef[];
  /** Experiments in the chart. */
  last?: number;
  directions: DirectionConfig;
  /** Models in the registry (for `production`). */
  models: Array<{ name: string; path: string; card?: string }>;
  /** The model whose stage is the baseline, when there are several. */
  model?: string;
  root: string;
}

/** `experiment compare A [B]`: the report, with the baseline resolved. */
export async function compareExperiments(git: Git, options: CompareOptions): Promise<Report> {
  const candidateName = nameOf(options.candidate);
  const wanted = options.baseline ?? 'main';
  // Names alone give type, day and order: one cheap for-each-ref, then the few records needed.
  const refs = options.refs ?? (await listRefs(git, { project: options.project }));
  const candidate = refs.find((r) => r.name === candidateName);
  if (!candidate) throw notFound(candidateName);
  const baselineName = await resolveBaseline(git, wanted, candidate, refs, options);
  const history = refs
    .filter((r) => r.type === candidate.type && newestRefFirst(r, candidate) >= 0)
    .sort(newestRefFirst)
    .slice(0, options.last ?? 10)
    .reverse();
  const names = [...new Set([candidateName, baselineName, ...history.map((h) => h.name)])];
  const entries = await readEntries(git, names);
  const compared = (name: string): Compared => {
    const entry = entries.get(name);
    if (!entry) throw notFound(name);
    const record = recordIn(entry);
    return { name, metrics: record.metrics ?? {}, params: 'params' in record ? record.params : {} };
  };
  const label =
    wanted === 'main'
      ? 'the newest experiment on the base branch'
      : wanted === 'production'
        ? 'the experiment behind production'
        : 'experiment';
  return compareReport({
    candidate: compared(candidateName),
    baseline: compared(baselineName),
    baselineLabel: label,
    history: history.map((h) => compared(h.name)),
    directions: options.directions,
  });
}

async function resolveBaseline(
  git: Git,
  wanted: string,
  candidate: ExperimentRef,
  known: readonly ExperimentRef[],
  options: CompareOptions,
): Promise<string> {
  if (wanted === 'main') return newestOnBase(git, candidate, known, options);
  if (wanted === 'production') return behindStage(git, 'production', options);
  return nameOf(wanted);
}

/** The newest experiment of the candidate's type on the base branch (the remote's copy first). */
async function newestOnBase(
  git: Git,
  candidate: ExperimentRef,
  known: readonly ExperimentRef[],
  options: CompareOptions,
): Promise<string> {
  const branch = options.baseBranch || 'main';
  const remote = `refs/remotes/origin/${branch}`;
  const rev = (await git.resolve(remote)) ? remote : branch;
  const filter = { exclude: [candidate.name], type: candidate.type, project: options.project, known };
  const found =
    rev === remote || (await git.resolve(branch)) ? await newestMerged(git, rev, filter) : undefined;
  if (found) return found;
  throw new UserError(`no experiment is recorded on the base branch '${branch}' yet`, {
    hint: 'record one on the base branch, or compare with a named experiment: `mlops experiment compare A B`',
  });
}

/**
 * The experiment behind the model now in a stage: the `experiment:` its model card declares at the
 * version's commit (SPEC §4), else the newest experiment recorded on that commit's history.
 */
async function behindStage(git: Git, stage: string, options: CompareOptions): Promise<string> {
  const state = await readRegistry(git);
  const models = Object.values(state.artifacts).filter(
    (a) => a.stages[stage] && (!options.model || a.name === options.model),
  );
  if (Object.keys(state.artifacts).length === 0)
    throw new UserError('no registry yet: no model version has been registered', {
      hint: 'register a model version first, or compare with `main` or an experiment name',
    });
  if (models.length === 0)
    throw new UserError(`no model is in ${stage}${options.model ? ` for ${options.model}` : ''} yet`, {
      hint: 'compare with `main` or an experiment name',
    });
  if (models.length > 1)
    throw new UserError(`several models are in ${stage} (${models.map((m) => m.name).join(', ')})`, {
      hint: 'pick one with --model NAME',
    });
  const model = models[0]!;
  const info = model.stages[stage]!;
  const declared = await declaredExperiment(
    git,
    info.commit,
    options.models.find((m) => m.name === model.name),
  );
  if (declared) return declared;
  const found = await newestMerged(git, info.commit, { project: options.project });
  if (found) return found;
  throw new UserError(
    `${model.name}@${info.version} in ${stage} names no experiment, and none is recorded in its history`,
    {
      hint: 'add `experiment: exp/<name>` to the model card',
    },
  );
}

async function declaredExperiment(
  git: Git,
  commit: string,
  model?: { path: string; card?: string },
): Promise<string | undefined> {
  if (!model) return undefined;
  for (const card of model.card
    ? [model.card]
    : [path.posix.join(model.path, 'MODEL_CARD.md'), path.posix.join(model.path, 'README.md')]) {
    const bytes = await git.show(commit, card);
    if (!bytes) continue;
    const split = splitFrontMatter(bytes.toString('utf8').replace(/\r\n?/g, '\n'), card);
    const meta = parseYaml(split.yaml, card, { expect: 'mapping' }).value as Record<string, unknown>;
    if (typeof meta?.experiment === 'string') return nameOf(meta.experiment);
  }
  return undefined;
}

/**
 * Experiments in git: one annotated tag `exp/{name}` each. Listing is one `for-each-ref` over
 * `refs/tags/exp/` reading only the summary line; full messages are read only for the tags asked for.
 */
import type { ExperimentEntry } from '../../core/experiments/catalog.js';
import { entryOf } from '../../core/experiments/catalog.js';
import { nameOf, TAG_PREFIX } from '../../core/experiments/naming.js';
import { newestRefFirst, refOf, type ExperimentRef } from '../../core/experiments/names.js';
import type { Git } from '../git.js';

const FIELDS = [
  '%(refname)',
  '%(*objectname)',
  '%(objectname)',
  '%(taggerdate:iso-strict)',
  '%(taggername)',
  '%(contents:subject)',
];

/** Options of a listing. */
export interface ListOptions {
  /** Also read the full messages (needed to read records). */
  messages?: boolean;
  /** Only tags reachable from this revision (`--merged`). */
  merged?: string;
  /** Only tags not reachable from this revision (`--no-merged`). */
  noMerged?: string;
  /** for-each-ref patterns below `refs/tags/exp/` (default: all experiments). */
  patterns?: string[];
}

/** Experiment tags in one `for-each-ref`; lightweight tags under `exp/` are skipped (they hold no record). */
export async function listEntries(git: Git, options: ListOptions = {}): Promise<ExperimentEntry[]> {
  const fields = options.messages ? [...FIELDS, '%(contents)'] : FIELDS;
  const args = ['for-each-ref', `--format=${fields.join('%1f')}%1e`];
  if (options.merged) args.push(`--merged=${options.merged}`);
  if (options.noMerged) args.push(`--no-merged=${options.noMerged}`);
  const patterns = options.patterns ?? [`refs/tags/${TAG_PREFIX}`];
  const r = await git.run([...args, ...patterns]);
  const out: ExperimentEntry[] = [];
  for (const chunk of r.stdout.split('\x1e')) {
    const line = chunk.charCodeAt(0) === 10 ? chunk.slice(1) : chunk;
    if (!line) continue;
    const [ref = '', commit = '', , date = '', tagger = '', summary = '', message] = line.split('\x1f');
    if (!commit || !date) continue;
    const tag = ref.slice('refs/tags/'.length);
    out.push(
      entryOf({
        name: nameOf(tag),
        tag,
        commit,
        date,
        tagger,
        summary,
        ...(message !== undefined ? { message } : {}),
      }),
    );
  }
  return out;
}

/** Experiment tags by name only, in one `for-each-ref` that reads no tag object (see names.ts). */
export async function listRefs(
  git: Git,
  // The project may still be loading (the configuration is read while git lists the tags).
  options: Omit<ListOptions, 'messages'> & { project?: string | PromiseLike<string | undefined> } = {},
): Promise<ExperimentRef[]> {
  const args = ['for-each-ref', '--format=%(objecttype) %(refname)'];
  if (options.merged) args.push(`--merged=${options.merged}`);
  if (options.noMerged) args.push(`--no-merged=${options.noMerged}`);
  const [r, project] = await Promise.all([git.run([...args, ...(options.patterns ?? [`refs/tags/${TAG_PREFIX}`])]), options.project]);
  const out: ExperimentRef[] = [];
  const prefix = `tag refs/tags/${TAG_PREFIX}`;
  // Lightweight tags (`commit …`) hold no record and are skipped.
  for (const line of r.stdout.split('\n'))
    if (line.startsWith(prefix)) out.push(refOf(line.slice(prefix.length), project));
  return out;
}

/** The entries of the named experiments (with messages), in one `for-each-ref`. */
export async function readEntries(git: Git, names: readonly string[]): Promise<Map<string, ExperimentEntry>> {
  if (names.length === 0) return new Map();
  const entries = await listEntries(git, {
    messages: true,
    patterns: names.map((n) => `refs/tags/${TAG_PREFIX}${nameOf(n)}`),
  });
  return new Map(entries.filter((e) => names.map(nameOf).includes(e.name)).map((e) => [e.name, e]));
}

/** The for-each-ref pattern of every experiment of a day's base name (`base`, `base-2`, …). */
export function dayPatterns(base: string): string[] {
  return [`refs/tags/${TAG_PREFIX}${base}`, `refs/tags/${TAG_PREFIX}${base}-*`];
}

/** How many of the newest candidates are checked first: `--merged` peels every tag it is given. */
const FIRST_CHECK = 64;

/**
 * The newest experiment (of a type, when given) whose commit is reachable from `rev`, an existing
 * revision. With `known` (all experiment refs, already listed) the newest candidates are checked
 * first, so the usual case peels 64 tags instead of every one.
 */
export async function newestMerged(
  git: Git,
  rev: string,
  filter: {
    exclude?: readonly string[];
    type?: string;
    project?: string;
    known?: readonly ExperimentRef[];
  } = {},
): Promise<string | undefined> {
  const wanted = (r: ExperimentRef) =>
    !filter.exclude?.includes(r.name) && (!filter.type || r.type === filter.type);
  const newest = (refs: readonly ExperimentRef[]) => refs.filter(wanted).sort(newestRefFirst);
  if (filter.known) {
    const first = newest(filter.known).slice(0, FIRST_CHECK);
    if (first.length === 0) return undefined;
    const patterns = first.map((r) => `refs/tags/${r.tag}`);
    const found = newest(await listRefs(git, { merged: rev, project: filter.project, patterns }))[0];
    if (found || first.length < FIRST_CHECK) return found?.name;
  }
  return newest(await listRefs(git, { merged: rev, project: filter.project }))[0]?.name;
}

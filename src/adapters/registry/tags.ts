/**
 * Reading and writing registry tags in a real repository. Writes are atomic pushes. A counted tag
 * (`{artifact}#{stage}#{N}`) is pushed together with a claim ref `refs/mlops/counters/{artifact}/{N}`
 * pointing at the tag object (created, never updated): two runs that picked the same N for different stages cannot both succeed,
 * so the loser deletes its local tag and retries with the next N after re-reading the remote. Concurrent
 * merges therefore get distinct counters, as GTO's `#N` intends (one number per event of an artifact).
 */
import { UserError } from '../../core/errors.js';
import { type RegistryState, type RegistryTag, RegistryStateBuilder } from '../../core/registry/state.js';
import type { PlannedTag } from '../../core/registry/plan.js';
import { formatTagName } from '../../core/registry/tags.js';

export type { PlannedTag } from '../../core/registry/plan.js';
import { type Git, GitError } from '../git.js';
import { REGISTRY_TAGS } from '../tag-listing.js';

/** Reads the registry state from every registry tag of the repository (one tag listing, parsed as it arrives). */
export async function readRegistry(git: Git): Promise<RegistryState> {
  const builder = new RegistryStateBuilder();
  await registryTags(git, (tag) => builder.add(tag));
  return builder.build();
}

/**
 * Every tag but experiment tags, as the registry reads them; `each` sees each as it is read. GTO reads
 * annotated tags only, so the committer fallback of Git.tags (a commit lookup per lightweight tag) is
 * skipped: a lightweight tag comes back with `annotated: false` and is reported as ignored.
 */
export async function registryTags(git: Git, each?: (tag: RegistryTag) => void): Promise<RegistryTag[]> {
  try {
    // git reads only the candidates; parseTagName decides the rest.
    return await git.tags(REGISTRY_TAGS, { committers: false, each });
  } catch (error) {
    if (error instanceof GitError) throw new UserError(`cannot read tags in ${git.cwd}: ${error.result.stderr.trim()}`, { hint: 'run it inside a git repository' });
    throw error;
  }
}

export interface WriteOptions {
  /** Remote to push to (and re-read from between attempts); local only when absent. */
  remote?: string;
  /** Attempts before giving up on a contended counter. */
  attempts?: number;
}

/**
 * Plans against the current state and writes the planned tags in one atomic push. `plan` returns []
 * when there is nothing to do (that is how reruns converge). Returns the names written.
 */
export async function writeRegistryTags(
  git: Git,
  plan: (state: RegistryState) => PlannedTag[],
  options: WriteOptions = {},
): Promise<string[]> {
  const attempts = options.attempts ?? 8;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    if (options.remote) await git.fetchTags(options.remote, ['+refs/tags/*:refs/tags/*', `+${CLAIMS}*:${CLAIMS}*`]);
    const state = await readRegistry(git);
    const planned = plan(state);
    if (!planned.length) return [];
    const named = nameTags(state, planned, await claimedCounters(git));
    const names = named.map((n) => n.name);
    const created: string[] = [];
    try {
      for (const [i, p] of planned.entries()) {
        const name = names[i] ?? '';
        if ((await git.createAnnotatedTag(name, p.target, p.message)) === 'created') created.push(name);
      }
    } catch (error) {
      await deleteLocal(git, created);
      throw error;
    }
    if (!options.remote) return names;
    // The claim points at the tag object, unique to this run, so a claim of the same N by another run is a rejected update.
    const refspecs = named.flatMap((n) => [`refs/tags/${n.name}`, ...(n.claim ? [`refs/tags/${n.name}:${n.claim}`] : [])]);
    if (await git.pushAtomic(options.remote, refspecs)) return names;
    await deleteLocal(git, created); // someone else took the name: re-read and take the next one
  }
  throw new UserError(`could not write registry tags after ${attempts} attempts: the remote kept changing`, {
    hint: 'another run is writing to the registry; re-run this job',
  });
}

/** Where counter claims live: outside refs/tags so that tag listings and GTO never see them. */
export const CLAIMS = 'refs/mlops/counters/';

function claimRef(artifact: string, n: number): string {
  return `${CLAIMS}${encodeURIComponent(artifact)}/${n}`;
}

/** The highest claimed counter per artifact (claims outlive tags that were deleted by hand). */
async function claimedCounters(git: Git): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  const r = await git.run(['for-each-ref', '--format=%(refname)', CLAIMS]);
  for (const ref of r.stdout.split('\n')) {
    const m = /^refs\/mlops\/counters\/([^/]+)\/(\d+)$/.exec(ref);
    if (!m?.[1] || !m[2]) continue;
    const artifact = decodeURIComponent(m[1]);
    out.set(artifact, Math.max(out.get(artifact) ?? 0, Number(m[2])));
  }
  return out;
}

function nameTags(state: RegistryState, planned: PlannedTag[], claimed: Map<string, number>): Array<{ name: string; claim?: string }> {
  const next = new Map<string, number>();
  return planned.map((p) => {
    if (!p.counted) return { name: formatTagName(p.tag) };
    const a = p.tag.artifact;
    const n = next.get(a) ?? Math.max(state.artifacts[a]?.nextCounter ?? 1, (claimed.get(a) ?? 0) + 1);
    next.set(a, n + 1);
    return { name: formatTagName({ ...p.tag, counter: n }), claim: claimRef(a, n) };
  });
}

async function deleteLocal(git: Git, names: string[]): Promise<void> {
  if (names.length) await git.run(['tag', '--delete', ...names], { allowFailure: true });
}

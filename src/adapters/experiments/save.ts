/**
 * Saving a record as tag `exp/{name}`: pick the first free name of the day, tag, push atomically;
 * when another run took the name first, take the next number. Idempotent: a record whose fingerprint
 * is already tagged (locally or on the remote) is not tagged again, only pushed if it was not yet.
 */
import { UserError } from '../../core/errors.js';
import type { ExperimentEntry } from '../../core/experiments/catalog.js';
import { formatMessage, parseMessage, TAG_MESSAGE_LIMIT } from '../../core/experiments/message.js';
import { assertNamePart, baseName, nextName, tagOf } from '../../core/experiments/naming.js';
import type { ExperimentRecord } from '../../core/experiments/record.js';
import { recordProblems } from '../../core/experiments/schema.js';
import { GitError, type Git } from '../git.js';
import { dayPatterns, listEntries } from './store.js';

/** A record before it has a name. */
export type DraftRecord = Omit<ExperimentRecord, 'name'>;

export interface SaveOptions {
  /** Remote to push to (e.g. `origin`); local only when absent. */
  remote?: string;
  /** Tag message limit in bytes (default TAG_MESSAGE_LIMIT). */
  limit?: number;
  /** How many names to try before giving up (concurrent runs racing for the same day). */
  attempts?: number;
}

export interface SaveResult {
  name: string;
  tag: string;
  /** `created`: a new tag; `exists`: the same record was already tagged (a rerun). */
  status: 'created' | 'exists';
  /** The record as stored (for `exists`, the stored one when the tag holds it in full). */
  record: ExperimentRecord;
  truncated: boolean;
  pushed: boolean;
}

/** Tags (and pushes) a record under the first free name of its day. */
export async function saveRecord(
  git: Git,
  draft: DraftRecord,
  options: SaveOptions = {},
): Promise<SaveResult> {
  assertNamePart('project', draft.project);
  assertNamePart('type', draft.type);
  const base = baseName(draft.project, draft.type, new Date(draft.created));
  const limit = options.limit ?? TAG_MESSAGE_LIMIT;
  // Reruns are found by fingerprint among every experiment of the same project and type, any day.
  const family = [`refs/tags/exp/${draft.project}-${draft.type}-*`];
  if (options.remote) await fetchFamily(git, options.remote, family);
  const taken = new Set<string>();
  for (let attempt = 0; attempt < (options.attempts ?? 20); attempt++) {
    const entries = await listEntries(git, { messages: true, patterns: family });
    const same = entries.find((e) => e.message?.includes(`"fingerprint":"${draft.fingerprint}"`));
    if (same) return existing(git, same, draft, options, limit);
    const day = await listEntries(git, { patterns: dayPatterns(base) });
    const name = nextName(base, [...day.map((e) => e.name), ...taken]);
    taken.add(name);
    const record = orderKeys({ ...draft, name } as ExperimentRecord);
    // We built the record, so a schema violation here is a bug, not a user error.
    const problems = recordProblems(record);
    if (problems.length)
      throw new Error(
        `experiment record breaks schemas/experiment.schema.json: ${problems.slice(0, 3).join('; ')}`,
      );
    const { message, truncated } = formatMessage(record, limit);
    if (!(await tagOnce(git, name, draft.code.commit, message))) continue;
    if (!options.remote)
      return { name, tag: tagOf(name), status: 'created', record, truncated, pushed: false };
    if (await git.pushAtomic(options.remote, [`refs/tags/${tagOf(name)}`])) {
      return { name, tag: tagOf(name), status: 'created', record, truncated, pushed: true };
    }
    // Another run pushed this name first: drop ours, read theirs, and try the next number.
    await git.run(['tag', '-d', tagOf(name)]);
    await fetchFamily(git, options.remote, family);
  }
  throw new UserError(
    `could not find a free experiment name for ${base} after ${options.attempts ?? 20} attempts`,
    {
      hint: 'many runs are recording at once; rerun this one',
    },
  );
}

/** Creates the tag; false when the name was taken meanwhile (a concurrent local record). */
async function tagOnce(git: Git, name: string, commit: string, message: string): Promise<boolean> {
  try {
    await git.createAnnotatedTag(tagOf(name), commit, message);
    return true;
  } catch (error) {
    if ((error instanceof UserError || error instanceof GitError) && /already exists/.test(error.message))
      return false;
    throw error;
  }
}

async function fetchFamily(git: Git, remote: string, family: string[]): Promise<void> {
  const refspecs = family.map((p) => `+${p}:${p}`);
  const r = await git.run(['fetch', '--quiet', '--no-tags', remote, ...refspecs], { allowFailure: true });
  if (r.code !== 0)
    throw new UserError(`cannot read experiment tags from remote '${remote}': ${r.stderr.trim()}`, {
      hint: 'check the remote and the token',
    });
}

async function existing(
  git: Git,
  entry: ExperimentEntry,
  draft: DraftRecord,
  options: SaveOptions,
  limit: number,
): Promise<SaveResult> {
  const parsed = parseMessage(entry.message ?? '');
  const stored =
    parsed.record && !('truncated' in parsed.record) ? (parsed.record as ExperimentRecord) : undefined;
  const record: ExperimentRecord =
    stored ??
    orderKeys({
      ...draft,
      name: entry.name,
      created: parsed.record?.created ?? draft.created,
    } as ExperimentRecord);
  let pushed = false;
  if (options.remote) {
    const remoteRefs = await git.lsRemote(options.remote, [`refs/tags/${entry.tag}`]);
    if (!remoteRefs.has(`refs/tags/${entry.tag}`))
      pushed = await git.pushAtomic(options.remote, [`refs/tags/${entry.tag}`]);
  }
  return {
    name: entry.name,
    tag: entry.tag,
    status: 'exists',
    record,
    truncated: formatMessage(record, limit).truncated,
    pushed,
  };
}

/** Key order of the stored JSON: identity first, then content, so the tag message reads top-down. */
function orderKeys(record: ExperimentRecord): ExperimentRecord {
  const { schemaVersion, name, project, type, created, author, note, fingerprint, ...rest } = record;
  return {
    schemaVersion,
    name,
    project,
    type,
    created,
    author,
    ...(note !== undefined ? { note } : {}),
    fingerprint,
    ...rest,
  };
}

/** The code version of a run: HEAD, and for a dirty tree (only with --allow-dirty) the digest of its diff. */
import path from 'node:path';
import { UserError } from '../../core/errors.js';
import { sha256 } from '../../core/sha256.js';
import type { CodeVersion } from '../../core/experiments/record.js';
import { sha256File } from '../fs/hash.js';
import type { Git } from '../git.js';

export interface CodeOptions {
  allowDirty: boolean;
  /** Repository-relative outputs of the run (artifacts, metrics files) that may be uncommitted. */
  outputs: readonly string[];
  env: NodeJS.ProcessEnv;
}

/**
 * The commit, branch and dirty state. A dirty tree (other than the run's own outputs) is refused
 * unless allowed: a record must name code that can be checked out again. When allowed, the digest
 * of `git diff --binary HEAD` plus the untracked files says exactly which changes were in the run.
 */
export async function codeVersion(git: Git, root: string, options: CodeOptions): Promise<CodeVersion> {
  const commit = await git.resolve('HEAD');
  if (!commit)
    throw new UserError('the repository has no commit yet', { hint: 'commit the training code first' });
  const exclude = options.outputs.map((p) => `:(exclude,literal)${p}`);
  const status = await git.run(['status', '--porcelain', '-z', '--', '.', ...exclude]);
  const changed = status.stdout.split('\0').filter(Boolean);
  const branch =
    options.env.GITHUB_HEAD_REF ||
    (await git.run(['symbolic-ref', '--short', '-q', 'HEAD'], { allowFailure: true })).stdout.trim() ||
    options.env.GITHUB_REF_NAME ||
    undefined;
  const base: CodeVersion = { commit, ...(branch ? { branch } : {}), dirty: false };
  if (options.env.GITHUB_REPOSITORY) base.repository = options.env.GITHUB_REPOSITORY;
  if (changed.length === 0) return base;
  if (!options.allowDirty) {
    const list = changed
      .slice(0, 5)
      .map((c) => c.slice(3))
      .join(', ');
    throw new UserError(`the work tree has uncommitted changes (${list}${changed.length > 5 ? ', …' : ''})`, {
      hint: 'commit them so the experiment names reproducible code, or pass --allow-dirty to record the diff digest',
    });
  }
  return { ...base, dirty: true, diffSha256: await diffDigest(git, root, exclude) };
}

async function diffDigest(git: Git, root: string, exclude: string[]): Promise<string> {
  const hash = sha256();
  hash.update((await git.run(['diff', '--binary', 'HEAD', '--', '.', ...exclude])).stdout);
  const untracked = (
    await git.run(['ls-files', '-z', '--others', '--exclude-standard', '--', '.', ...exclude])
  ).stdout
    .split('\0')
    .filter(Boolean)
    .sort();
  for (const file of untracked) hash.update(`\0${file}\0${(await sha256File(path.join(root, file))).sha256}`);
  return hash.digest('hex');
}

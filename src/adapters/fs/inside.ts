/**
 * Containment for paths a file names (a config key, a card, an input): nothing outside the
 * repository is read or written because a file said so (SPEC §11), neither by `..` nor through a
 * symlink that leads out of it.
 */
import { lstatSync, readlinkSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../../core/errors.js';

/**
 * The absolute path of `rel` (relative to `root`, or absolute) under `root`, or a UserError (naming
 * `file`, the file that gave the path) when it lies outside `root`, climbs out with `..`, or its
 * nearest existing ancestor resolves (following symlinks) outside `root`. It need not exist yet.
 */
export function insideRoot(root: string, rel: string, file?: string): string {
  const base = path.resolve(root);
  const full = path.resolve(base, rel);
  const refuse = (): never => {
    throw new UserError(`'${rel}' is outside the repository; it was not used`, { file, hint: 'give a path relative to the repository root that stays inside it' });
  };
  if (!isUnder(base, full)) refuse();
  if (!isUnder(realExisting(base), realExisting(full))) refuse();
  return full;
}

function isUnder(root: string, p: string): boolean {
  const r = path.relative(root, p);
  return r === '' || (!r.startsWith(`..${path.sep}`) && r !== '..' && !path.isAbsolute(r));
}

/**
 * realpath of `p`'s nearest existing ancestor, with the missing rest appended. A dangling symlink is
 * followed to its target (writing through it would create the target), a symlink loop ends outside.
 */
function realExisting(p: string): string {
  const missing: string[] = [];
  let at = p;
  for (let hops = 0; ; ) {
    try {
      return path.join(realpathSync(at), ...missing.reverse());
    } catch {
      const link = danglingTarget(at);
      if (link !== undefined) {
        if (++hops > 40) return path.parse(p).root; // ELOOP, as the kernel gives up
        at = link;
        continue;
      }
      const parent = path.dirname(at);
      if (parent === at) return p;
      missing.push(path.basename(at));
      at = parent;
    }
  }
}

/** Where the symlink at `p` points, when `p` is a symlink. */
function danglingTarget(p: string): string | undefined {
  try {
    return lstatSync(p).isSymbolicLink() ? path.resolve(path.dirname(p), readlinkSync(p)) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * True when repository path `rel` is a regular file whose real path is inside `root`: files found by
 * listing the repository (lockfiles, manifests) are read only then, so a committed symlink to
 * `/proc/self/environ` or `/dev/zero` is never read (a leak, or a hang).
 */
export function isRepoFile(root: string, rel: string): boolean {
  try {
    return statSync(insideRoot(root, rel)).isFile();
  } catch {
    return false;
  }
}

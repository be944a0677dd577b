/** Files named on the command line: resolved inside the repository only, read, parsed and hashed. */
import { readFile, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../../core/errors.js';
import type { FileEntry, Scalar } from '../../core/experiments/record.js';
import { parseValues } from '../../core/experiments/values.js';
import { sha256File } from '../fs/hash.js';

/** A path inside the repository: absolute on disk and relative (forward slashes) for records. */
export interface RepoPath {
  absolute: string;
  relative: string;
}

/**
 * Resolves `given` (relative to `cwd`) and refuses anything that is missing or lies outside the
 * repository, also through a symbolic link: a record only vouches for files of its own repository.
 */
export async function insideRepo(root: string, cwd: string, given: string, what: string): Promise<RepoPath> {
  const absolute = path.resolve(cwd, given);
  let real: string;
  try {
    real = await realpath(absolute);
  } catch {
    throw new UserError(`${what} '${given}' does not exist`, {
      file: given,
      hint: 'check the path; it is read relative to the current folder',
    });
  }
  const realRoot = await realpath(root);
  const relative = path.relative(realRoot, real);
  if (relative === '' && what !== 'folder')
    throw new UserError(`${what} '${given}' is the repository itself`, { file: given });
  if (relative.startsWith('..') || path.isAbsolute(relative)) {
    throw new UserError(`${what} '${given}' is outside the repository`, {
      file: given,
      hint: `only files under ${root} can be recorded`,
    });
  }
  return { absolute: real, relative: relative.split(path.sep).join('/') };
}

/** Reads and flattens a params or metrics file (YAML or JSON) inside the repository. */
export async function readValuesFile(
  root: string,
  cwd: string,
  given: string,
  what: 'params' | 'metrics',
): Promise<Record<string, Scalar>> {
  const file = await insideRepo(root, cwd, given, `${what} file`);
  let text: string;
  try {
    text = await readFile(file.absolute, 'utf8');
  } catch (error) {
    throw new UserError(
      `cannot read ${what} file '${given}': ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
      { file: file.relative },
    );
  }
  return parseValues(text, file.relative);
}

/**
 * SHA-256 and size of each artifact (a folder stands for every file below it), streamed. A file
 * larger than `maxBytes` is refused before it is read, unless `store` names where it lives: then it
 * is recorded with `uri: store/path` (and still hashed, so the record vouches for its content).
 */
export async function hashArtifacts(
  root: string,
  cwd: string,
  given: readonly string[],
  limit: { maxBytes: number; store?: string } = { maxBytes: Number.POSITIVE_INFINITY },
): Promise<FileEntry[]> {
  const files: RepoPath[] = [];
  for (const item of given) files.push(...(await filesUnder(await insideRepo(root, cwd, item, 'artifact'))));
  const out: FileEntry[] = [];
  const seen = new Set<string>();
  for (const f of files) {
    if (seen.has(f.relative)) continue;
    seen.add(f.relative);
    const size = (await stat(f.absolute)).size;
    if (size > limit.maxBytes && !limit.store) {
      throw new UserError(
        `artifact '${f.relative}' is ${size} bytes; GitHub release assets must be under 2 GiB`,
        {
          file: f.relative,
          hint: 'upload it to your storage and pass --artifact-store URI: it is then recorded by URI and checksum, not uploaded',
        },
      );
    }
    const uri =
      size > limit.maxBytes && limit.store ? { uri: `${limit.store.replace(/\/+$/, '')}/${f.relative}` } : {};
    out.push({ path: f.relative, ...(await sha256File(f.absolute)), ...uri });
  }
  return out;
}

async function filesUnder(file: RepoPath): Promise<RepoPath[]> {
  if (!(await stat(file.absolute)).isDirectory()) return [file];
  const out: RepoPath[] = [];
  for (const e of (await readdir(file.absolute, { withFileTypes: true })).sort((a, b) =>
    a.name.localeCompare(b.name),
  )) {
    if (e.name === '.git') continue;
    const child = { absolute: path.join(file.absolute, e.name), relative: `${file.relative}/${e.name}` };
    if (e.isDirectory()) out.push(...(await filesUnder(child)));
    else if (e.isFile()) out.push(child);
  }
  return out;
}

/**
 * Listing tags with their objects: `for-each-ref` (or, for a selection with a grep pattern,
 * `show-ref --tags | grep`) lists names and ids straight into one `cat-file --batch` (from git to git:
 * the ids never pass through here), whose output goes to a private temporary file that the reader
 * takes as it grows (see readSpool).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, existsSync, fstatSync, openSync, readSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';

/** Which tags a listing reads. */
export interface TagSelection {
  /** for-each-ref's patterns, such as `refs/tags/exp/`. */
  patterns: string[];
  /**
   * The same choice as a `grep` pattern over `show-ref --tags` lines, with `keeps` deciding names the
   * pattern lets through: where a shell runs the listing, `show-ref` lists every tag as it reads them,
   * where `for-each-ref` first sorts them all (about 6 ms less before cat-file gets its first id on
   * 10,000 tags, and half the CPU).
   */
  grep?: { pattern: string; keeps(name: string): boolean };
}

/** A selection as given: a list of patterns is what for-each-ref selects with them. */
export function selectionOf(selection: TagSelection | string[]): TagSelection {
  return Array.isArray(selection) ? { patterns: selection } : selection;
}

/**
 * What the registry reads: tags whose last path part holds `@` or `#` (GTO's grammar; experiment tags
 * hold neither), in folders or not (data/iris@v1.0.0).
 */
export const REGISTRY_TAGS: TagSelection = {
  patterns: ['refs/tags/**/*@*', 'refs/tags/**/*#*'],
  grep: { pattern: '[@#]', keeps: (name) => /[@#][^/]*$/.test(name) },
};

/** cat-file's header per object: id, type, size, and the rest of its input line (the ref name). */
const CAT_FILE_FORMAT = '%(objectname) %(objecttype) %(objectsize) %(rest)';

/** The environment of every git process: never prompt, and messages in English for the parsers. */
export function gitEnv(extra?: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', ...extra };
}

/** The exit code and error output of a git process, once it has exited and closed its output. */
function exited(child: ChildProcess): Promise<{ stderr: string; code: number }> {
  return new Promise((resolve, reject) => {
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ stderr, code: code ?? 1 }));
  });
}

/** What readSpool hands the output to. */
export interface SpoolReader {
  /** Reads the complete records at the start of `chunk`; returns the bytes they took. */
  read(chunk: Buffer): number;
  /** Bytes the next record needs (counted from its start) before it can be read; 0 when unknown. */
  readonly needed: number;
}

/** A tag listing under way. */
export interface TagListing {
  /** The spool file cat-file writes to, open for reading. */
  file: string;
  fd: number;
  /** for-each-ref's and cat-file's exits. */
  listed: Promise<{ stderr: string; code: number }>;
  objects: Promise<{ stderr: string; code: number }>;
  /** Stops both git processes (when the reader failed). */
  stop(): void;
}

/**
 * Starts listing the selected tags in `cwd`, objects and all (a list of patterns selects what
 * for-each-ref does). Where there is a POSIX shell, one `sh` runs the gits: Node forks once instead of
 * twice (each fork of a Node process costs it about 2 ms, the shell's forks a fraction of that). Patterns
 * reach git as arguments, never as shell text.
 */
export function startTagListing(
  cwd: string,
  selection: TagSelection | string[],
  viaShell = process.platform !== 'win32' && existsSync('/bin/sh'),
): TagListing {
  const { patterns, grep } = selectionOf(selection);
  const { file, fd } = spoolFile();
  try {
    return viaShell
      ? spawnPipeline(cwd, patterns, grep?.pattern, fd, file)
      : spawnBoth(cwd, patterns, fd, file);
  } catch (error) {
    closeSync(fd);
    rmSync(file, { force: true });
    throw error;
  }
}

// Full ref names: git prints them faster than stripped ones, and the parser drops `refs/tags/`.
const LIST = ['for-each-ref', '--format=%(objectname) %(refname)'];
const READ = ['cat-file', `--batch=${CAT_FILE_FORMAT}`, '--buffer'];

/** Two processes, for-each-ref's output piped into cat-file by Node. */
function spawnBoth(cwd: string, patterns: string[], fd: number, file: string): TagListing {
  const env = gitEnv();
  const list = spawn('git', [...LIST, ...patterns], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const objects = spawn('git', READ, { cwd, env, stdio: [list.stdout ?? 'ignore', fd, 'pipe'] });
  list.stdout?.destroy(); // cat-file holds the pipe now; this side's copy would keep the listing from closing
  const stop = () => {
    list.kill();
    objects.kill();
  };
  return { file, fd, listed: exited(list), objects: exited(objects), stop };
}

/**
 * One shell running `for-each-ref … | cat-file …`, or `show-ref --tags | grep … | cat-file …` for a
 * selection with a grep pattern. Descriptor 3 carries the listing's errors and, for each command before
 * cat-file, a status record (RS, name, exit code) written when it ends; cat-file's errors go to standard
 * error. So every failure is told apart: a listing git refused, a grep that is missing or failed (never
 * an empty registry), and cat-file's own.
 */
function spawnPipeline(
  cwd: string,
  patterns: string[],
  grep: string | undefined,
  fd: number,
  file: string,
): TagListing {
  const quoted = (args: string[]) => args.map((a) => `'${a}'`).join(' '); // constant arguments, none holds a quote
  const status = (name: string) => `printf '\\036${name} %s\\n' "$?" >&3`;
  const script =
    grep === undefined
      ? `{ git ${quoted(LIST)} "$@" 2>&3; ${status('for-each-ref')}; } | git ${quoted(READ)}`
      : `{ git show-ref --tags 2>&3; ${status('show-ref')}; } | { grep -e "$1"; ${status('grep')}; } | git ${quoted(READ)}`;
  const shell = spawn('/bin/sh', ['-c', script, 'sh', ...(grep === undefined ? patterns : [grep])], {
    cwd,
    env: gitEnv(),
    stdio: ['ignore', fd, 'pipe', 'pipe'],
  });
  const objects = exited(shell);
  const listed = new Promise<{ stderr: string; code: number }>((resolve, reject) => {
    let text = '';
    const channel = shell.stdio[3] as Readable;
    channel.on('data', (chunk: Buffer) => (text += chunk.toString()));
    channel.on('error', reject);
    channel.on('close', () =>
      resolve(listingStatus(text, grep === undefined ? ['for-each-ref'] : ['show-ref', 'grep'])),
    );
  });
  // A shell that failed to start leaves the channel open: the listing fails with the shell.
  objects.catch(() => shell.stdio[3]?.destroy());
  // Stopping the shell leaves its gits to finish their bounded work into the removed file.
  return { file, fd, listed, objects, stop: () => shell.kill() };
}

/**
 * The listing's outcome from descriptor 3: the last command of the pipe that failed (a failure further
 * down kills the commands before it with SIGPIPE), with what was written there. show-ref's 1 means there
 * are no tags, grep's 1 that none matched: neither is a failure. A command without a record (the shell
 * was stopped) failed.
 */
function listingStatus(text: string, commands: string[]): { stderr: string; code: number } {
  const codes = new Map<string, number>();
  const errors: string[] = [];
  for (const line of text.split('\n')) {
    const record = /^\x1e(\S+) (\d+)$/.exec(line);
    if (record?.[1] && record[2]) codes.set(record[1], Number(record[2]));
    else if (line) errors.push(line);
  }
  for (const command of [...commands].reverse()) {
    const code = codes.get(command) ?? 1;
    if (code === 0 || (code === 1 && (command === 'show-ref' || command === 'grep'))) continue;
    return { stderr: [...errors, `${command} exited ${code}`].join('\n'), code };
  }
  return { stderr: errors.join('\n'), code: 0 };
}

/**
 * Reads a listing's spool with `reader` as git writes it, in pieces of whatever has arrived: a pipe
 * hands over its 64 KiB at a time and wakes this process for every few KiB git writes (600 times for
 * 10,000 tags); a file lets git write at its own pace and this side read once per millisecond. Unread
 * bytes stay in the file, so an incomplete record is read again with the next bytes instead of being
 * copied and joined. The file is closed and removed at the end, whatever happens; when the reader
 * throws, git is stopped.
 */
export async function readSpool(
  listing: TagListing,
  reader: SpoolReader,
): Promise<{
  listed: { stderr: string; code: number };
  objects: { stderr: string; code: number };
  unread: number;
}> {
  const { fd } = listing;
  try {
    let done = false;
    const objects = listing.objects.finally(() => (done = true));
    let read = 0; // bytes of the file the reader has taken
    let seen = 0; // the file's size when it was last read
    for (;;) {
      const finished = done; // read before the size: once git is done, that size is all there is
      const size = fstatSync(fd).size;
      if (size > seen && size - read >= reader.needed) {
        const chunk = Buffer.allocUnsafeSlow(size - read);
        const n = readSync(fd, chunk, 0, chunk.length, read);
        seen = read + n;
        read += reader.read(n === chunk.length ? chunk : chunk.subarray(0, n));
      } else if (finished)
        return { listed: await listing.listed, objects: await objects, unread: size - read };
      else await new Promise((resolve) => setTimeout(resolve, 1));
    }
  } catch (error) {
    listing.stop();
    throw error;
  } finally {
    close(listing);
  }
}

function close(listing: TagListing): void {
  closeSync(listing.fd);
  rmSync(listing.file, { force: true });
}

/** Spool files made by this process (their names). */
let spools = 0;

/**
 * A new file for a spool, opened for reading and writing: exclusive creation refuses a name that
 * exists (a file left by a crashed process with the same pid, or one planted in a shared temp folder),
 * and the next name is tried.
 */
function spoolFile(): { file: string; fd: number } {
  const folder = process.env.RUNNER_TEMP || tmpdir();
  for (;;) {
    const file = path.join(folder, `mlops-git-${process.pid}-${++spools}`);
    try {
      return { file, fd: openSync(file, 'wx+', 0o600) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || spools > 1000) throw error;
    }
  }
}

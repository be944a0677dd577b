/** The emulator's git data: a real bare repository driven with the git CLI, so `git push` and the API agree. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { gitEnv } from '../../helpers/repo.js';

const run = promisify(execFile);

/** A signature line of a commit or tag. */
export interface GitPerson {
  name: string;
  email: string;
  /** ISO 8601 (GitHub's format, no milliseconds). */
  date: string;
}

export interface GitCommit {
  sha: string;
  tree: string;
  parents: string[];
  author: GitPerson;
  committer: GitPerson;
  message: string;
}

export interface GitTagObject {
  sha: string;
  tag: string;
  object: { sha: string; type: string };
  tagger: GitPerson;
  message: string;
}

export interface GitRefEntry {
  ref: string;
  sha: string;
  type: string;
}

/** Operations on one bare repository; every name reaching git is checked to never start with `-`. */
export class GitRepo {
  constructor(readonly dir: string) {}

  /** git output (trimmed of the final newline); throws on a non-zero exit. */
  async git(args: string[], input?: string): Promise<string> {
    if (input === undefined) return (await this.raw(args)).replace(/\n$/, '');
    return new Promise((resolve, reject) => {
      const child = execFile(
        'git',
        args,
        { cwd: this.dir, env: { ...process.env, ...gitEnv } },
        (error, stdout) => (error ? reject(error) : resolve(stdout.replace(/\n$/, ''))),
      );
      child.stdin?.end(input);
    });
  }

  /** git output as printed (object contents keep their final newline). */
  async raw(args: string[]): Promise<string> {
    const { stdout } = await run('git', args, {
      cwd: this.dir,
      env: { ...process.env, ...gitEnv },
      maxBuffer: 64 << 20,
    });
    return stdout;
  }

  /** The object a full ref name (`refs/tags/v1`) points at, or null. */
  async resolve(ref: string): Promise<string | null> {
    if (!safe(ref)) return null;
    return this.git(['rev-parse', '--verify', '--quiet', ref]).catch(() => null);
  }

  /** A commit sha for a sha, branch or tag name as GitHub's `{ref}` accepts them, or null. */
  async resolveCommit(name: string): Promise<string | null> {
    if (!safe(name)) return null;
    for (const candidate of [`refs/heads/${name}`, `refs/tags/${name}`, name]) {
      const sha = await this.git(['rev-parse', '--verify', '--quiet', `${candidate}^{commit}`]).catch(
        () => null,
      );
      if (sha) return sha;
    }
    return null;
  }

  /** The type of an object (`commit`, `tag`, …), or null when it does not exist. */
  async type(sha: string): Promise<string | null> {
    if (!/^[0-9a-f]{4,64}$/.test(sha)) return null;
    return this.git(['cat-file', '-t', sha]).catch(() => null);
  }

  /** Every ref with the object it points at. */
  async refs(): Promise<GitRefEntry[]> {
    const out = await this.git(['for-each-ref', '--format=%(refname)%00%(objectname)%00%(objecttype)']);
    return out
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const [ref, sha, type] = line.split('\0') as [string, string, string];
        return { ref, sha, type };
      });
  }

  /** Sets a ref; `expectOld` of '' means "must not exist yet" (git update-ref's own check). */
  async updateRef(ref: string, sha: string, expectOld?: string): Promise<void> {
    await this.git(['update-ref', ref, sha, ...(expectOld === undefined ? [] : [expectOld])]);
  }

  async deleteRef(ref: string): Promise<void> {
    await this.git(['update-ref', '-d', ref]);
  }

  /** Whether `ancestor` is reachable from `descendant` (a fast-forward). */
  async isAncestor(ancestor: string, descendant: string): Promise<boolean> {
    return this.git(['merge-base', '--is-ancestor', ancestor, descendant]).then(
      () => true,
      () => false,
    );
  }

  /** Writes an annotated tag object (`git mktag`) and returns its sha. */
  async createTag(
    tag: string,
    object: string,
    type: string,
    tagger: GitPerson,
    message: string,
  ): Promise<string> {
    const seconds = Math.floor(Date.parse(tagger.date) / 1000);
    const text = `object ${object}\ntype ${type}\ntag ${tag}\ntagger ${tagger.name} <${tagger.email}> ${seconds} +0000\n\n${message}`;
    return this.git(['mktag'], text.endsWith('\n') ? text : `${text}\n`);
  }

  /** An annotated tag object, or null. */
  async tag(sha: string): Promise<GitTagObject | null> {
    if ((await this.type(sha)) !== 'tag') return null;
    const text = await this.raw(['cat-file', 'tag', sha]);
    const [head, ...rest] = text.split('\n\n');
    const header = parseHeader(head ?? '');
    return {
      sha: await this.git(['rev-parse', sha]),
      tag: header.tag ?? '',
      object: { sha: header.object ?? '', type: header.type ?? 'commit' },
      tagger: person(header.tagger ?? ''),
      message: rest.join('\n\n'),
    };
  }

  /** A commit, or null. */
  async commit(sha: string): Promise<GitCommit | null> {
    if ((await this.type(sha)) !== 'commit') return null;
    const text = await this.raw(['cat-file', 'commit', sha]);
    const [head, ...rest] = text.split('\n\n');
    const lines = (head ?? '').split('\n');
    const field = (name: string): string[] =>
      lines.filter((l) => l.startsWith(`${name} `)).map((l) => l.slice(name.length + 1));
    return {
      sha: await this.git(['rev-parse', sha]),
      tree: field('tree')[0] ?? '',
      parents: field('parent'),
      author: person(field('author')[0] ?? ''),
      committer: person(field('committer')[0] ?? ''),
      message: rest.join('\n\n'),
    };
  }

  /** Commits reachable from `head` and not from `base`, oldest first. */
  async commitsBetween(base: string, head: string): Promise<string[]> {
    const out = await this.git(['rev-list', '--reverse', `${base}..${head}`]);
    return out.split('\n').filter(Boolean);
  }

  async mergeBase(a: string, b: string): Promise<string | null> {
    return this.git(['merge-base', a, b]).catch(() => null);
  }

  /** A file's bytes at a commit, or null. */
  async file(commit: string, file: string): Promise<{ sha: string; data: Buffer } | null> {
    const spec = `${commit}:${file.replace(/^\/+/, '')}`;
    const sha = await this.git(['rev-parse', '--verify', '--quiet', spec]).catch(() => null);
    if (!sha || (await this.type(sha)) !== 'blob') return null;
    const { stdout } = await run('git', ['cat-file', 'blob', sha], {
      cwd: this.dir,
      env: { ...process.env, ...gitEnv },
      encoding: 'buffer',
      maxBuffer: 64 << 20,
    });
    return { sha, data: stdout };
  }
}

/** Names from requests never reach git as options. */
function safe(name: string): boolean {
  return name.length > 0 && !name.startsWith('-') && !name.includes('\0');
}

function parseHeader(head: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of head.split('\n')) {
    const space = line.indexOf(' ');
    if (space > 0) out[line.slice(0, space)] = line.slice(space + 1);
  }
  return out;
}

/** `Name <email> 1700000000 +0100` -> GitPerson. */
function person(line: string): GitPerson {
  const m = /^(.*) <([^>]*)> (\d+) ([+-]\d{4})$/.exec(line);
  if (!m) return { name: line, email: '', date: new Date(0).toISOString().replace(/\.\d{3}Z$/, 'Z') };
  return {
    name: m[1] as string,
    email: m[2] as string,
    date: new Date(Number(m[3]) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
  };
}

/** The git adapter: every git operation goes through the real git CLI, never a reimplementation. */
import { execFile } from 'node:child_process';
import { UserError } from '../core/errors.js';
import { RawTagParser } from './git-tags.js';
import { type TagSelection, gitEnv, readSpool, selectionOf, startTagListing } from './tag-listing.js';

export interface GitResult {
  stdout: string;
  stderr: string;
  code: number;
}

/** A git failure, with the command and git's own message. */
export class GitError extends Error {
  constructor(
    readonly args: string[],
    readonly result: GitResult,
  ) {
    super(`git ${args.join(' ')} failed (${result.code}): ${result.stderr.trim() || result.stdout.trim()}`);
    this.name = 'GitError';
  }
}

/** One annotated or lightweight tag as `for-each-ref` reports it. */
export interface TagRef {
  /** Tag name without `refs/tags/`. */
  name: string;
  /** The commit the tag points at (peeled). */
  commit: string;
  /** The tag object's own sha for annotated tags, the commit for lightweight ones. */
  object: string;
  annotated: boolean;
  /** Tagger (annotated) or committer (lightweight) name and e-mail. */
  tagger: string;
  taggerEmail: string;
  /** ISO 8601 date of the tag (annotated) or commit (lightweight). */
  date: string;
  /** The tagger's date in epoch milliseconds, when read from the tag object. */
  time?: number;
  /** Full tag message (annotated), empty for lightweight tags. */
  message: string;
}

/** Options of Git.tags. */
export interface TagsOptions {
  /** Tags to drop unread (their objects are still read by git, not parsed). */
  skip?: (name: string) => boolean;
  /** Sees each tag as it is read, while git still reads the next (before the committer fallback). */
  each?: (tag: TagRef) => void;
  /** Fill tagger and date of lightweight and tagger-less tags from their commit (default true). */
  committers?: boolean;
}

export interface GitOptions {
  /** Standard input for the command. */
  input?: string;
  /** Extra environment (e.g. GIT_COMMITTER_DATE in tests). */
  env?: NodeJS.ProcessEnv;
  /** Resolve with the result instead of throwing on a non-zero exit. */
  allowFailure?: boolean;
}

/** A repository on disk, driven through the git CLI. */
export class Git {
  constructor(readonly cwd: string) {}

  /** Runs `git args…` in the repository; throws GitError on a non-zero exit unless allowFailure. */
  run(args: string[], options: GitOptions = {}): Promise<GitResult> {
    return new Promise((resolve, reject) => {
      const child = execFile(
        'git',
        args,
        {
          cwd: this.cwd,
          env: gitEnv(options.env),
          maxBuffer: 1024 * 1024 * 1024,
          encoding: 'utf8',
        },
        (error, stdout, stderr) => {
          const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
          const result = { stdout, stderr, code };
          if (code !== 0 && !options.allowFailure) reject(new GitError(args, result));
          else resolve(result);
        },
      );
      if (options.input !== undefined) child.stdin?.end(options.input);
    });
  }

  /**
   * Identity for commits and tags the product writes: the configured one, else github-actions[bot]
   * (a fresh runner has no user.name/user.email, and git refuses to tag or commit without one).
   */
  async identityEnv(): Promise<NodeJS.ProcessEnv> {
    const configured = (await this.run(['config', 'user.email'], { allowFailure: true })).stdout.trim();
    if (configured || process.env.GIT_COMMITTER_EMAIL) return {};
    const name = 'github-actions[bot]';
    const email = '41898282+github-actions[bot]@users.noreply.github.com';
    return { GIT_AUTHOR_NAME: name, GIT_AUTHOR_EMAIL: email, GIT_COMMITTER_NAME: name, GIT_COMMITTER_EMAIL: email };
  }

  /** The repository's top-level folder; a UserError when cwd is not inside a git repository. */
  async root(): Promise<string> {
    const r = await this.run(['rev-parse', '--show-toplevel'], { allowFailure: true });
    if (r.code !== 0) throw new UserError(`${this.cwd} is not inside a git repository`, { hint: 'run `git init` first' });
    return r.stdout.trim();
  }

  /** The commit sha a revision resolves to, or undefined. */
  async resolve(rev: string): Promise<string | undefined> {
    const r = await this.run(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], { allowFailure: true });
    return r.code === 0 ? r.stdout.trim() : undefined;
  }

  /** True when the work tree has uncommitted changes to tracked or untracked, non-ignored files. */
  async isDirty(): Promise<boolean> {
    return (await this.run(['status', '--porcelain'])).stdout.trim() !== '';
  }

  /**
   * Every tag under the given patterns (e.g. `refs/tags/exp/`) or of a selection (REGISTRY_TAGS), listed
   * straight into one `cat-file --batch` (src/adapters/tag-listing.ts) whose objects are parsed as they
   * arrive (src/adapters/git-tags.ts); tags that `skip` drops are read by git but not decoded (narrow
   * the patterns to spare git). Lightweight tags and tags without a tagger take the committer of
   * their commit, from a second pass over just those (reading every commit in the first pass would
   * double the time on large registries); `committers: false` leaves them without one.
   */
  async tags(selection: string[] | TagSelection = ['refs/tags/'], options: TagsOptions = {}): Promise<TagRef[]> {
    const { patterns, grep } = selectionOf(selection);
    // A listing through grep may let more names through than the patterns select: those are skipped too.
    const skip = grep ? (name: string) => !grep.keeps(name) || (options.skip?.(name) ?? false) : options.skip;
    const parser = new RawTagParser(skip, options.each);
    const { listed, objects, unread } = await readSpool(startTagListing(this.cwd, selection), parser);
    if (listed.code !== 0) throw new GitError(['for-each-ref', ...patterns], { stdout: '', ...listed });
    if (objects.code !== 0) throw new GitError(['cat-file', '--batch'], { stdout: '', ...objects });
    const out = parser.end(unread);
    if (options.committers === false) return out;
    const committers = await this.committersOf(out.filter((t) => !t.tagger).map((t) => t.name));
    return out.map((t) => {
      const c = t.tagger ? undefined : committers.get(t.name);
      return c ? { name: t.name, commit: t.commit, object: t.object, annotated: t.annotated, message: t.message, tagger: c.name, taggerEmail: c.email, date: c.date } : t;
    });
  }

  /** Committer name, e-mail and date of the commits the named tags point at. */
  private async committersOf(names: string[]): Promise<Map<string, { name: string; email: string; date: string }>> {
    const out = new Map<string, { name: string; email: string; date: string }>();
    const format = '%(refname:strip=2)%1f%(if)%(*objectname)%(then)%(*committername)%1f%(*committeremail:trim)%1f%(*committerdate:iso-strict)%(else)%(committername)%1f%(committeremail:trim)%1f%(committerdate:iso-strict)%(end)%1e';
    for (let i = 0; i < names.length; i += 500) {
      const refs = names.slice(i, i + 500).map((n) => `refs/tags/${n}`);
      const r = await this.run(['for-each-ref', `--format=${format}`, ...refs]);
      for (const record of r.stdout.split('\x1e')) {
        const [name = '', committer = '', email = '', date = ''] = record.replace(/^\n/, '').split('\x1f');
        if (name) out.set(name, { name: committer, email, date });
      }
    }
    return out;
  }

  /**
   * Creates an annotated tag on `target`. Idempotent: when the tag already exists on the same commit
   * with the same message it returns 'exists'; on another commit or with another message it throws.
   */
  async createAnnotatedTag(name: string, target: string, message: string): Promise<'created' | 'exists'> {
    const commit = await this.resolve(target);
    if (!commit) throw new UserError(`cannot tag '${target}': no such commit`);
    const check = await this.run(['check-ref-format', `refs/tags/${name}`], { allowFailure: true });
    if (check.code !== 0) throw new UserError(`'${name}' is not a valid git tag name`, { hint: 'see `git help check-ref-format`' });
    const existing = (await this.tags([`refs/tags/${name}`])).find((t) => t.name === name);
    if (existing) {
      if (existing.commit === commit && existing.message.trimEnd() === message.trimEnd()) return 'exists';
      throw new UserError(`tag '${name}' already exists on ${existing.commit.slice(0, 12)} with other content`);
    }
    await this.run(['tag', '--annotate', '--cleanup=verbatim', '--file=-', name, commit], { input: message, env: await this.identityEnv() });
    return 'created';
  }

  /**
   * Pushes refs in one atomic push: either every ref is updated on the remote or none is.
   * Returns false when the remote refused (e.g. a tag of that name was pushed first by another run).
   */
  async pushAtomic(remote: string, refspecs: string[]): Promise<boolean> {
    const r = await this.run(['push', '--atomic', '--porcelain', remote, ...refspecs], { allowFailure: true });
    if (r.code === 0) return true;
    if (/\[rejected\]|\[remote rejected\]|already exists|atomic push failed/.test(r.stdout + r.stderr)) return false;
    throw new GitError(['push', '--atomic', remote, ...refspecs], r);
  }

  /** Refs on a remote (`git ls-remote`), as a map of ref name to sha; peeled tags appear as `name^{}`. */
  async lsRemote(remote: string, patterns: string[] = []): Promise<Map<string, string>> {
    const r = await this.run(['ls-remote', remote, ...patterns]);
    const refs = new Map<string, string>();
    for (const line of r.stdout.split('\n')) {
      const [sha, ref] = line.split('\t');
      if (sha && ref) refs.set(ref, sha);
    }
    return refs;
  }

  /** Fetches tags matching the refspecs from a remote (used to read the remote registry). */
  async fetchTags(remote: string, refspecs: string[] = ['+refs/tags/*:refs/tags/*']): Promise<void> {
    await this.run(['fetch', '--quiet', '--no-tags', remote, ...refspecs]);
  }

  /** Paths changed between two revisions (renames followed), relative to the repository root. */
  async changedFiles(base: string, head: string): Promise<string[]> {
    const r = await this.run(['diff', '--name-only', '-z', '--no-renames', `${base}...${head}`]);
    return r.stdout.split('\0').filter(Boolean);
  }

  /** The content of a file at a revision, or undefined when it does not exist there. */
  async show(rev: string, path: string): Promise<Buffer | undefined> {
    return new Promise((resolve) => {
      execFile(
        'git',
        ['show', `${rev}:${path}`],
        { cwd: this.cwd, encoding: 'buffer', maxBuffer: 1024 * 1024 * 1024 },
        (error, stdout) => resolve(error ? undefined : stdout),
      );
    });
  }
}

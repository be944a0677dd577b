export const id = 454;
export const ids = [454];
export const modules = {

/***/ 3073:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  T: () => (/* binding */ Git),
  X: () => (/* binding */ GitError)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/adapters/git-tags.ts
/** Parses `cat-file --batch='%(objectname) %(objecttype) %(objectsize) %(rest)'` output chunk by chunk (the rest is the tag name). */
class RawTagParser {
    skip;
    each;
    tags = [];
    chunks = [];
    length = 0;
    /** Bytes needed before the next record can be parsed (0: unknown until a header line is complete). */
    needed = 0;
    constructor(
    /** Tags to drop (git has read them; they are not decoded). */
    skip = () => false, 
    /** Called with each tag as it is read, while git still reads the next ones. */
    each = () => { }) {
        this.skip = skip;
        this.each = each;
    }
    push(chunk) {
        this.chunks.push(chunk);
        this.length += chunk.length;
        if (this.length < this.needed)
            return; // a large object still arriving: don't copy it chunk by chunk
        const buffer = this.chunks.length === 1 ? chunk : Buffer.concat(this.chunks, this.length);
        const used = this.parse(buffer);
        const rest = buffer.subarray(used);
        this.chunks = rest.length ? [rest] : [];
        this.length = rest.length;
    }
    /** The tags read; throws when the stream ended inside a record (git died mid-way). */
    end() {
        if (this.length)
            throw new Error(`cat-file output ended inside a record (${this.length} bytes left)`);
        return this.tags;
    }
    parse(buffer) {
        let at = 0;
        this.needed = 0;
        for (;;) {
            const newline = buffer.indexOf(10, at);
            if (newline < 0)
                return at;
            // `<id> <type> <size> <name>`, or `<id> missing` for an object gone since the listing (a concurrent gc).
            const s1 = buffer.indexOf(32, at);
            const s2 = s1 < 0 || s1 > newline ? -1 : buffer.indexOf(32, s1 + 1);
            const s3 = s2 < 0 || s2 > newline ? -1 : buffer.indexOf(32, s2 + 1);
            if (s3 < 0 || s3 > newline) {
                if (s1 > 0 && s1 < newline && buffer.toString('latin1', s1 + 1, newline) === 'missing') {
                    at = newline + 1;
                    continue;
                }
                throw new Error(`unexpected cat-file output: ${JSON.stringify(buffer.toString('utf8', at, newline))}`);
            }
            const size = digits(buffer, s2 + 1, s3);
            if (size < 0)
                throw new Error(`unexpected cat-file output: ${JSON.stringify(buffer.toString('utf8', at, newline))}`);
            const start = newline + 1;
            const end = start + size;
            if (buffer.length < end + 1) {
                this.needed = end + 1 - at;
                return at;
            }
            const name = buffer.toString('utf8', s3 + 1, newline);
            if (!this.skip(name)) {
                const annotated = s2 - s1 === 4 && buffer[s1 + 1] === 116 && buffer[s1 + 2] === 97 && buffer[s1 + 3] === 103; // "tag"
                const tag = annotated ? parseTagObject(name, buffer, { record: at, objectEnd: s1, start, end }) : lightweight(name, buffer.toString('latin1', at, s1));
                this.tags.push(tag);
                this.each(tag);
            }
            at = end + 1; // cat-file ends every object with a newline
        }
    }
}
/** The decimal number in `buffer` from `from` to `to`, or -1 when it is not one. */
function digits(buffer, from, to) {
    if (from >= to)
        return -1;
    let n = 0;
    for (let i = from; i < to; i++) {
        const d = (buffer[i] ?? 0) - 48;
        if (d < 0 || d > 9)
            return -1;
        n = n * 10 + d;
    }
    return n;
}
function lightweight(name, object) {
    return { name, commit: object, object, annotated: false, tagger: '', taggerEmail: '', date: '', message: '' };
}
const TAGGER_LINE = Buffer.from('\ntagger ');
const BLANK_LINE = Buffer.from('\n\n');
const OBJECT = Buffer.from('object ');
const TAGGER = Buffer.from('tagger ');
/** True when `chunk` holds `word` at `at`, before `limit` (no string made for the comparison). */
function startsAt(chunk, at, limit, word) {
    if (at + word.length > limit)
        return false;
    for (let i = 0; i < word.length; i++)
        if (chunk[at + i] !== word[i])
            return false;
    return true;
}
/**
 * An annotated tag read from its object. Only what every reader needs is decoded at once (name, target,
 * time); the rest stays bytes in the chunk it arrived in (offsets, not a view per tag) until it is read:
 * 10,000 tags decoded in full were half the time of `registry show`, most of it collecting garbage.
 */
class RawTag {
    name;
    annotated = true;
    commit;
    time;
    #chunk;
    #record;
    #objectEnd;
    #ident;
    #identEnd;
    #body;
    #end;
    #identity;
    #message;
    constructor(name, chunk, offsets) {
        this.name = name;
        const { record, objectEnd, start, end } = offsets;
        this.#chunk = chunk;
        this.#record = record;
        this.#objectEnd = objectEnd;
        this.#end = end;
        const blank = chunk.indexOf(BLANK_LINE, start);
        const split = blank < 0 || blank >= end ? end : blank;
        this.#body = Math.min(split + 2, end);
        const objectLine = startsAt(chunk, start, split, OBJECT) ? start + OBJECT.length : -1;
        this.commit = objectLine < 0 ? '' : chunk.toString('latin1', objectLine, lineEnd(chunk, objectLine, split));
        const first = startsAt(chunk, start, split, TAGGER) ? start + TAGGER.length : -1;
        const found = first >= 0 ? first - TAGGER_LINE.length : chunk.indexOf(TAGGER_LINE, start);
        this.#ident = found < 0 || found >= split ? -1 : found + TAGGER_LINE.length;
        this.#identEnd = this.#ident < 0 ? -1 : lineEnd(chunk, this.#ident, split);
        this.time = this.#ident < 0 ? undefined : identSeconds(chunk, this.#ident, this.#identEnd);
        if (this.time === undefined)
            this.#ident = -1;
        else
            this.time *= 1000;
    }
    get object() {
        return this.#chunk.toString('latin1', this.#record, this.#objectEnd);
    }
    get tagger() {
        return this.#identityRead().tagger;
    }
    get taggerEmail() {
        return this.#identityRead().taggerEmail;
    }
    get date() {
        return this.#identityRead().date;
    }
    get message() {
        return (this.#message ??= this.#chunk.toString('utf8', this.#body, this.#end));
    }
    toJSON() {
        const { name, commit, object, annotated, tagger, taggerEmail, date, time, message } = this;
        return { name, commit, object, annotated, tagger, taggerEmail, date, time, message };
    }
    #identityRead() {
        // A tagger line whose time could not be read counts as none (time is undefined exactly then).
        return (this.#identity ??= this.time === undefined ? NO_IDENTITY : identity(this.#chunk.toString('utf8', this.#ident, this.#identEnd), this.time / 1000));
    }
}
function lineEnd(chunk, from, limit) {
    const end = chunk.indexOf(10, from);
    return end < 0 || end > limit ? limit : end;
}
/** The seconds of an identity line `Name <email> 1767225600 +0200` read from its bytes; undefined when malformed. */
function identSeconds(chunk, from, end) {
    const tz = end - 5;
    if (tz - 2 < from || chunk[tz - 1] !== 32 || (chunk[tz] !== 43 && chunk[tz] !== 45))
        return undefined;
    const space = chunk.lastIndexOf(32, tz - 2);
    if (space <= from || chunk[space - 1] !== 62)
        return undefined; // '>' closes the e-mail
    const seconds = digits(chunk, space + 1, tz - 1);
    return seconds < 0 ? undefined : seconds;
}
const NO_IDENTITY = Object.freeze({ tagger: '', taggerEmail: '', date: '' });
/** Name, e-mail and `%(taggerdate:iso-strict)` of an identity line whose seconds identSeconds read. */
function identity(ident, seconds) {
    const close = ident.lastIndexOf('> ');
    const open = ident.lastIndexOf('<', close);
    if (close < 0 || open < 0)
        return NO_IDENTITY;
    return { tagger: ident.slice(0, open).trimEnd(), taggerEmail: ident.slice(open + 1, close), date: isoStrict(seconds, ident.slice(-5)) };
}
/**
 * A tag object's headers and message (git's tag format: headers, a blank line, the message), from
 * `chunk` between `start` and `end`; `record` and `objectEnd` frame the tag object's sha.
 */
function parseTagObject(name, chunk, offsets) {
    return new RawTag(name, chunk, offsets);
}
const days = new Map();
/** `%(taggerdate:iso-strict)`: the tagger's local time with its offset (`2026-01-01T12:00:00+02:00`). */
function isoStrict(epochSeconds, tz) {
    const sign = tz.startsWith('-') ? -1 : 1;
    const local = epochSeconds + sign * (Number(tz.slice(1, 3)) * 3600 + Number(tz.slice(3, 5)) * 60);
    const day = Math.floor(local / 86400);
    let date = days.get(day);
    if (date === undefined) {
        const d = new Date(day * 86_400_000);
        if (Number.isNaN(d.getTime()))
            return '';
        date = d.toISOString().slice(0, 11);
        days.set(day, date);
    }
    const s = local - day * 86400;
    const two = (n) => (n < 10 ? `0${n}` : `${n}`);
    return `${date}${two(Math.floor(s / 3600))}:${two(Math.floor(s / 60) % 60)}:${two(s % 60)}${tz.slice(0, 3)}:${tz.slice(3, 5)}`;
}

;// CONCATENATED MODULE: ./src/adapters/git.ts
/** The git adapter: every git operation goes through the real git CLI, never a reimplementation. */



/** A git failure, with the command and git's own message. */
class GitError extends Error {
    args;
    result;
    constructor(args, result) {
        super(`git ${args.join(' ')} failed (${result.code}): ${result.stderr.trim() || result.stdout.trim()}`);
        this.args = args;
        this.result = result;
        this.name = 'GitError';
    }
}
/** The environment of every git process: never prompt, and messages in English for the parsers. */
function gitEnv(extra) {
    return { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', ...extra };
}
/** cat-file's header per object: id, type, size, and the rest of its input line (the tag name). */
const CAT_FILE_FORMAT = '%(objectname) %(objecttype) %(objectsize) %(rest)';
/** The exit code and error output of a git process, once it has exited and closed its output. */
function exited(child) {
    return new Promise((resolve, reject) => {
        let stderr = '';
        child.stderr?.on('data', (chunk) => (stderr += chunk.toString()));
        child.on('error', reject);
        child.on('close', (code) => resolve({ stderr, code: code ?? 1 }));
    });
}
/** A repository on disk, driven through the git CLI. */
class Git {
    cwd;
    constructor(cwd) {
        this.cwd = cwd;
    }
    /** Runs `git args\u2026` in the repository; throws GitError on a non-zero exit unless allowFailure. */
    run(args, options = {}) {
        return new Promise((resolve, reject) => {
            const child = (0,external_node_child_process_.execFile)('git', args, {
                cwd: this.cwd,
                env: gitEnv(options.env),
                maxBuffer: 1024 * 1024 * 1024,
                encoding: 'utf8',
            }, (error, stdout, stderr) => {
                const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
                const result = { stdout, stderr, code };
                if (code !== 0 && !options.allowFailure)
                    reject(new GitError(args, result));
                else
                    resolve(result);
            });
            if (options.input !== undefined)
                child.stdin?.end(options.input);
        });
    }
    /**
     * Identity for commits and tags the product writes: the configured one, else github-actions[bot]
     * (a fresh runner has no user.name/user.email, and git refuses to tag or commit without one).
     */
    async identityEnv() {
        const configured = (await this.run(['config', 'user.email'], { allowFailure: true })).stdout.trim();
        if (configured || process.env.GIT_COMMITTER_EMAIL)
            return {};
        const name = 'github-actions[bot]';
        const email = '41898282+github-actions[bot]@users.noreply.github.com';
        return { GIT_AUTHOR_NAME: name, GIT_AUTHOR_EMAIL: email, GIT_COMMITTER_NAME: name, GIT_COMMITTER_EMAIL: email };
    }
    /** The repository's top-level folder; a UserError when cwd is not inside a git repository. */
    async root() {
        const r = await this.run(['rev-parse', '--show-toplevel'], { allowFailure: true });
        if (r.code !== 0)
            throw new errors/* UserError */.yo(`${this.cwd} is not inside a git repository`, { hint: 'run `git init` first' });
        return r.stdout.trim();
    }
    /** The commit sha a revision resolves to, or undefined. */
    async resolve(rev) {
        const r = await this.run(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], { allowFailure: true });
        return r.code === 0 ? r.stdout.trim() : undefined;
    }
    /** True when the work tree has uncommitted changes to tracked or untracked, non-ignored files. */
    async isDirty() {
        return (await this.run(['status', '--porcelain'])).stdout.trim() !== '';
    }
    /**
     * Every tag under the given patterns (e.g. `refs/tags/exp/`): `for-each-ref` lists them straight into
     * one `cat-file --batch`, whose objects are parsed as they arrive (src/adapters/git-tags.ts); tags
     * that `skip` drops are read by git but not decoded (narrow the patterns to spare git). Lightweight tags and tags without a tagger take the committer of
     * their commit, from a second pass over just those (reading every commit in the first pass would
     * double the time on large registries); `committers: false` leaves them without one.
     */
    async tags(patterns = ['refs/tags/'], options = {}) {
        const parser = new RawTagParser(options.skip, options.each);
        // for-each-ref's output is cat-file's input, from git to git: the ids never pass through here.
        const list = (0,external_node_child_process_.spawn)('git', ['for-each-ref', '--format=%(objectname) %(refname:strip=2)', ...patterns], { cwd: this.cwd, env: gitEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
        const objects = this.stream(['cat-file', `--batch=${CAT_FILE_FORMAT}`, '--buffer'], (chunk) => parser.push(chunk), { stdin: list.stdout ?? 'ignore' });
        list.stdout?.destroy(); // cat-file holds the pipe now; this side's copy would keep the listing from closing
        const listed = exited(list);
        const [read, listing] = await Promise.all([objects, listed]);
        if (listing.code !== 0)
            throw new GitError(['for-each-ref', ...patterns], { stdout: '', ...listing });
        if (read.code !== 0)
            throw new GitError(['cat-file', '--batch'], { stdout: '', ...read });
        const out = parser.end();
        if (options.committers === false)
            return out;
        const committers = await this.committersOf(out.filter((t) => !t.tagger).map((t) => t.name));
        return out.map((t) => {
            const c = t.tagger ? undefined : committers.get(t.name);
            return c ? { name: t.name, commit: t.commit, object: t.object, annotated: t.annotated, message: t.message, tagger: c.name, taggerEmail: c.email, date: c.date } : t;
        });
    }
    /** Runs `git args\u2026` handing its standard output to `onData` as it arrives (nothing held twice). */
    async stream(args, onData, options = {}) {
        const child = (0,external_node_child_process_.spawn)('git', args, { cwd: this.cwd, env: gitEnv(), stdio: [options.stdin ?? 'ignore', 'pipe', 'pipe'] });
        let failure;
        child.stdout?.on('data', (chunk) => {
            if (failure)
                return;
            try {
                onData(chunk);
            }
            catch (error) {
                failure = error;
                child.kill();
            }
        });
        const result = await exited(child);
        if (failure)
            throw failure;
        return result;
    }
    /** Committer name, e-mail and date of the commits the named tags point at. */
    async committersOf(names) {
        const out = new Map();
        const format = '%(refname:strip=2)%1f%(if)%(*objectname)%(then)%(*committername)%1f%(*committeremail:trim)%1f%(*committerdate:iso-strict)%(else)%(committername)%1f%(committeremail:trim)%1f%(committerdate:iso-strict)%(end)%1e';
        for (let i = 0; i < names.length; i += 500) {
            const refs = names.slice(i, i + 500).map((n) => `refs/tags/${n}`);
            const r = await this.run(['for-each-ref', `--format=${format}`, ...refs]);
            for (const record of r.stdout.split('\x1e')) {
                const [name = '', committer = '', email = '', date = ''] = record.replace(/^\n/, '').split('\x1f');
                if (name)
                    out.set(name, { name: committer, email, date });
            }
        }
        return out;
    }
    /**
     * Creates an annotated tag on `target`. Idempotent: when the tag already exists on the same commit
     * with the same message it returns 'exists'; on another commit or with another message it throws.
     */
    async createAnnotatedTag(name, target, message) {
        const commit = await this.resolve(target);
        if (!commit)
            throw new errors/* UserError */.yo(`cannot tag '${target}': no such commit`);
        const check = await this.run(['check-ref-format', `refs/tags/${name}`], { allowFailure: true });
        if (check.code !== 0)
            throw new errors/* UserError */.yo(`'${name}' is not a valid git tag name`, { hint: 'see `git help check-ref-format`' });
        const existing = (await this.tags([`refs/tags/${name}`])).find((t) => t.name === name);
        if (existing) {
            if (existing.commit === commit && existing.message.trimEnd() === message.trimEnd())
                return 'exists';
            throw new errors/* UserError */.yo(`tag '${name}' already exists on ${existing.commit.slice(0, 12)} with other content`);
        }
        await this.run(['tag', '--annotate', '--cleanup=verbatim', '--file=-', name, commit], { input: message, env: await this.identityEnv() });
        return 'created';
    }
    /**
     * Pushes refs in one atomic push: either every ref is updated on the remote or none is.
     * Returns false when the remote refused (e.g. a tag of that name was pushed first by another run).
     */
    async pushAtomic(remote, refspecs) {
        const r = await this.run(['push', '--atomic', '--porcelain', remote, ...refspecs], { allowFailure: true });
        if (r.code === 0)
            return true;
        if (/\[rejected\]|\[remote rejected\]|already exists|atomic push failed/.test(r.stdout + r.stderr))
            return false;
        throw new GitError(['push', '--atomic', remote, ...refspecs], r);
    }
    /** Refs on a remote (`git ls-remote`), as a map of ref name to sha; peeled tags appear as `name^{}`. */
    async lsRemote(remote, patterns = []) {
        const r = await this.run(['ls-remote', remote, ...patterns]);
        const refs = new Map();
        for (const line of r.stdout.split('\n')) {
            const [sha, ref] = line.split('\t');
            if (sha && ref)
                refs.set(ref, sha);
        }
        return refs;
    }
    /** Fetches tags matching the refspecs from a remote (used to read the remote registry). */
    async fetchTags(remote, refspecs = ['+refs/tags/*:refs/tags/*']) {
        await this.run(['fetch', '--quiet', '--no-tags', remote, ...refspecs]);
    }
    /** Paths changed between two revisions (renames followed), relative to the repository root. */
    async changedFiles(base, head) {
        const r = await this.run(['diff', '--name-only', '-z', '--no-renames', `${base}...${head}`]);
        return r.stdout.split('\0').filter(Boolean);
    }
    /** The content of a file at a revision, or undefined when it does not exist there. */
    async show(rev, path) {
        return new Promise((resolve) => {
            (0,external_node_child_process_.execFile)('git', ['show', `${rev}:${path}`], { cwd: this.cwd, encoding: 'buffer', maxBuffer: 1024 * 1024 * 1024 }, (error, stdout) => resolve(error ? undefined : stdout));
        });
    }
}


/***/ })

};

import { execFileSync } from 'node:child_process';
import { describe, expect, it } from '@jest/globals';
import { Git } from '../../src/adapters/git.js';
import { RawTagParser, isoStrict, parseTagObject } from '../../src/adapters/git-tags.js';
import { git, gitEnv, makeRepo, tempDir } from '../helpers/repo.js';

const open = (dir: string) => {
  Object.assign(process.env, gitEnv);
  return new Git(dir);
};

/** What git itself prints for the same tags with one atom per field, to compare the raw parse against. */
function atoms(dir: string, ref: string): string[] {
  const out = git(dir, 'for-each-ref', '--format=%(*objectname)%00%(taggername)%00%(taggeremail:trim)%00%(taggerdate:iso-strict)%00%(contents)', ref);
  return out.slice(0, -1).split('\0');
}

describe('reading tags from their raw objects', () => {
  it('reads name, target, tagger, date with its offset and message exactly as the single atoms do', async () => {
    const dir = makeRepo();
    const message = 'Zusammenfassung: Größe ✓\n\nfields \x1e\x1f and a NUL-free body\n\n-----\n';
    execFileSync('git', ['tag', '-a', '-F', '-', 'm@v1.0.0', 'HEAD'], {
      cwd: dir,
      input: message,
      env: { ...process.env, ...gitEnv, GIT_COMMITTER_NAME: 'Zoë Ünal', GIT_COMMITTER_EMAIL: 'zoe@example.com', GIT_COMMITTER_DATE: '2026-03-01T23:30:00-05:30' },
    });
    const [tag] = await open(dir).tags(['refs/tags/m@v1.0.0']);
    const [commit, name, email, date, contents] = atoms(dir, 'refs/tags/m@v1.0.0');
    expect(tag).toMatchObject({ name: 'm@v1.0.0', annotated: true, commit, tagger: name, taggerEmail: email, date, message: contents });
    expect(tag?.date).toBe('2026-03-01T23:30:00-05:30');
  });

  it('frames objects by size, so a lightweight tag on binary content with NULs and newlines does not break the next tags', async () => {
    const dir = makeRepo();
    const blob = execFileSync('git', ['hash-object', '-w', '--stdin'], { cwd: dir, input: Buffer.from([0, 10, 10, 0, 255, 10, 0x6f, 0x62]) }).toString().trim();
    git(dir, 'tag', 'a-blob', blob);
    git(dir, 'tag', 'a-tree', 'HEAD^{tree}');
    git(dir, 'tag', '-a', '-m', 'after', 'b@v1.0.0');
    const tags = await open(dir).tags(['refs/tags/'], { committers: false });
    expect(tags.map((t) => [t.name, t.annotated])).toEqual([
      ['a-blob', false],
      ['a-tree', false],
      ['b@v1.0.0', true],
    ]);
    expect(tags[0]?.commit).toBe(blob);
    expect(tags[2]?.message).toBe('after\n');
  });

  it('leaves out the tags it is told to skip', async () => {
    const dir = makeRepo();
    git(dir, 'tag', '-a', '-m', 'kept', 'm@v1.0.0');
    git(dir, 'tag', '-a', '-m', 'skipped', 'exp/x');
    const tags = await open(dir).tags(['refs/tags/'], { skip: (name) => name.startsWith('exp/') });
    expect(tags.map((t) => t.name)).toEqual(['m@v1.0.0']);
  });

  it('reports git failing outside a repository as a git error', async () => {
    await expect(open(tempDir()).tags()).rejects.toThrow(/for-each-ref/);
  });

  it('points a tag of a tag at the inner tag, as %(*objectname) does', async () => {
    const dir = makeRepo();
    git(dir, 'tag', '-a', '-m', 'inner', 'inner');
    git(dir, 'tag', '-a', '-m', 'outer', 'outer', 'inner');
    const tags = await open(dir).tags();
    expect(tags.find((t) => t.name === 'outer')?.commit).toBe(atoms(dir, 'refs/tags/outer')[0]);
    expect(tags.find((t) => t.name === 'outer')?.commit).toBe(git(dir, 'rev-parse', 'inner').trim());
  });

  it('parses records split anywhere across chunks, one byte at a time', () => {
    const raw = 'object 1111111111111111111111111111111111111111\ntype commit\ntag t\ntagger A B <a@b.c> 0 +0000\n\nhello\nworld\n';
    const record = (type: string, body: string, name: string) => `${'2'.repeat(40)} ${type} ${Buffer.byteLength(body)} ${name}\n${body}\n`;
    const stream = Buffer.from(record('tag', raw, 't') + `${'3'.repeat(40)} missing\n` + record('commit', 'tree x\n\nmsg', 'light') + record('tag', raw, 'exp/x'));
    const parser = new RawTagParser((name) => name.startsWith('exp/'));
    // As a spool hands it over: one more byte each time, from the first byte not yet taken.
    let taken = 0;
    for (let end = 1; end <= stream.length; end++) if (end - taken >= parser.needed) taken += parser.read(stream.subarray(taken, end));
    const tags = parser.end(stream.length - taken);
    expect(tags.map((t) => t.name)).toEqual(['t', 'light']);
    expect(tags[0]).toMatchObject({ commit: '1'.repeat(40), tagger: 'A B', taggerEmail: 'a@b.c', date: '1970-01-01T00:00:00+00:00', message: 'hello\nworld\n' });
    // Serialised (the gate's snapshot holds tags), the lazily decoded message is there like any field.
    expect(JSON.parse(JSON.stringify(tags[0]))).toMatchObject({ name: 't', annotated: true, message: 'hello\nworld\n' });
  });

  it('refuses output that ends inside a record or does not have the expected shape', () => {
    const truncated = new RawTagParser();
    const cut = Buffer.from(`${'1'.repeat(40)} tag 500 t\nobject`);
    expect(truncated.read(cut)).toBe(0);
    expect(truncated.needed).toBe(cut.indexOf('\n') + 1 + 500 + 1); // the header, the object and its newline
    expect(() => truncated.end(cut.length)).toThrow(/ended inside a record/);
    expect(() => new RawTagParser().read(Buffer.from('not a header\n'))).toThrow(/unexpected cat-file output/);
  });

  it('reads a tag without a tagger line with an empty tagger and date', () => {
    const record = Buffer.from(`${'f'.repeat(40)} tag 0 old\nobject abc\ntype commit\ntag old\n\nmessage\n`);
    const start = record.indexOf('object');
    const tag = parseTagObject('old', record, { record: 0, start, end: record.length });
    expect(tag).toMatchObject({ commit: 'abc', object: 'f'.repeat(40), tagger: '', date: '', time: undefined, message: 'message\n' });
    const odd = Buffer.from('object abc\ntagger Someone <x@y> soon +0000\n\nm\n');
    expect(parseTagObject('odd', odd, { record: 0, start: 0, end: odd.length })).toMatchObject({ tagger: '', time: undefined, message: 'm\n' });
    expect(isoStrict(1767225600, '+0200')).toBe('2026-01-01T02:00:00+02:00');
    expect(isoStrict(1767225599, '-0130')).toBe('2025-12-31T22:29:59-01:30');
  });
});

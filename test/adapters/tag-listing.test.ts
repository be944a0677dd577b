import { execFileSync } from 'node:child_process';
import { readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { Git } from '../../src/adapters/git.js';
import { RawTagParser } from '../../src/adapters/git-tags.js';
import { REGISTRY_TAGS, readSpool, startTagListing } from '../../src/adapters/tag-listing.js';
import { git, gitEnv, makeRepo, tempDir } from '../helpers/repo.js';

describe('tag listings spooled through a private temporary file', () => {
  let spoolDir: string;
  let saved: string | undefined;
  beforeEach(() => {
    Object.assign(process.env, gitEnv);
    saved = process.env.RUNNER_TEMP;
    spoolDir = tempDir();
    process.env.RUNNER_TEMP = spoolDir; // spools go where a runner keeps its temporary files
  });
  afterEach(() => {
    if (saved === undefined) delete process.env.RUNNER_TEMP;
    else process.env.RUNNER_TEMP = saved;
  });

  it('reads objects larger than any one read, split anywhere, and removes its file', async () => {
    const dir = makeRepo();
    // 3 MB messages arrive over many reads while git writes them; small tags on either side.
    git(dir, 'tag', '-a', '-m', 'first', 'a@v1.0.0');
    const big = `${'x'.repeat(3_000_000)}\nend\n`;
    execFileSync('git', ['tag', '-a', '-F', '-', 'b@v1.0.0'], {
      cwd: dir,
      input: big,
      env: { ...process.env, ...gitEnv },
    });
    execFileSync('git', ['tag', '-a', '-F', '-', 'c@v1.0.0'], {
      cwd: dir,
      input: `é${big}`,
      env: { ...process.env, ...gitEnv },
    });
    git(dir, 'tag', '-a', '-m', 'last', 'd@v1.0.0');
    const tags = await new Git(dir).tags(['refs/tags/'], { committers: false });
    expect(tags.map((t) => [t.name, t.message.length])).toEqual([
      ['a@v1.0.0', 6],
      ['b@v1.0.0', big.length],
      ['c@v1.0.0', big.length + 1],
      ['d@v1.0.0', 5],
    ]);
    expect(tags[2]?.message.startsWith('éxxx')).toBe(true);
    expect(readdirSync(spoolDir)).toEqual([]);
  });

  it('takes the next name when a file of its name exists, and never writes into that file', async () => {
    const dir = makeRepo();
    git(dir, 'tag', '-a', '-m', 'one', 'a@v1.0.0');
    // Names are mlops-git-<pid>-<n>: plant the next few (a crashed run's leftovers, or a trap in a shared folder).
    for (let n = 1; n <= 50; n++)
      writeFileSync(path.join(spoolDir, `mlops-git-${process.pid}-${n}`), 'planted');
    const tags = await new Git(dir).tags(['refs/tags/'], { committers: false });
    expect(tags.map((t) => t.name)).toEqual(['a@v1.0.0']);
    const left = readdirSync(spoolDir);
    expect(left.length).toBeGreaterThanOrEqual(50); // the planted files, untouched
    for (const name of left)
      expect(execFileSync('cat', [path.join(spoolDir, name)]).toString()).toBe('planted');
  });

  it('stops git and removes its file when the reader fails', async () => {
    const dir = makeRepo();
    for (let i = 0; i < 50; i++) git(dir, 'tag', '-a', '-m', `t${i}`, `m@v1.0.${i}`);
    const listing = startTagListing(dir, ['refs/tags/']);
    const failing = {
      needed: 0,
      read: () => {
        throw new Error('reader gave up');
      },
    };
    await expect(readSpool(listing, failing)).rejects.toThrow('reader gave up');
    await listing.objects; // git exits (stopped, or done) rather than running on
    expect(readdirSync(spoolDir)).toEqual([]);
  });

  it.each([
    ['one shell running both gits', true],
    ['two processes (where there is no POSIX shell)', false],
  ])('lists the same tags, and the same failures, through %s', async (_, viaShell) => {
    const dir = makeRepo();
    git(dir, 'tag', '-a', '-m', 'one', 'a@v1.0.0');
    git(dir, 'tag', '-a', '-m', 'two', "it's@v1.0.0"); // a quote in a name reaches git as an argument
    git(dir, 'tag', '-a', '-m', 'skip', 'exp/x');
    const parser = new RawTagParser();
    const read = await readSpool(startTagListing(dir, ['refs/tags/**/*@*'], viaShell), parser);
    expect(read.listed.code).toBe(0);
    expect(read.objects.code).toBe(0);
    expect(parser.end(read.unread).map((t) => t.name)).toEqual(['a@v1.0.0', "it's@v1.0.0"]);
    const outside = await readSpool(startTagListing(tempDir(), ['refs/tags/'], viaShell), new RawTagParser());
    expect(outside.listed.code).not.toBe(0);
    expect(outside.listed.stderr).toMatch(/not a git repository/);
    expect(outside.objects.code).not.toBe(0); // cat-file needs a repository too; Git.tags reports the listing's error first
    // In a repository, a listing that fails leaves cat-file an empty list: each exit is git's own.
    const refused = await readSpool(startTagListing(dir, ['--no-such-option'], viaShell), new RawTagParser());
    expect(refused.listed).toMatchObject({ code: 129, stderr: expect.stringMatching(/unknown option/) });
    expect(refused.objects.code).toBe(0);
    expect(readdirSync(spoolDir)).toEqual([]);
  });

  it.each([
    ['through show-ref and grep in one shell', true],
    ['through for-each-ref (where there is no POSIX shell)', false],
  ])('reads the registry’s tags, exactly those its patterns select, %s', async (_, viaShell) => {
    const dir = makeRepo();
    const empty = new RawTagParser();
    const none = await readSpool(startTagListing(dir, REGISTRY_TAGS, viaShell), empty);
    expect([none.listed.code, none.objects.code, empty.end(none.unread)]).toEqual([0, 0, []]); // show-ref's "no tags" is no failure
    for (const name of [
      'm@v1.0.0',
      'data/iris@v1.0.0',
      'm#prod#1',
      'exp/churn/1',
      'odd@dir/name',
      'release-1',
      'a#b/c@v1.0.0',
    ])
      git(dir, 'tag', '-a', '-m', name, name);
    const selected = (await new Git(dir).tags(REGISTRY_TAGS.patterns, { committers: false })).map(
      (t) => t.name,
    );
    expect(selected).toEqual(['a#b/c@v1.0.0', 'data/iris@v1.0.0', 'm#prod#1', 'm@v1.0.0']);
    const parser = new RawTagParser((name) => !REGISTRY_TAGS.grep!.keeps(name));
    const read = await readSpool(startTagListing(dir, REGISTRY_TAGS, viaShell), parser);
    expect(parser.end(read.unread).map((t) => t.name)).toEqual(selected);
    if (viaShell)
      expect((await new Git(dir).tags(REGISTRY_TAGS, { committers: false })).map((t) => t.name)).toEqual(
        selected,
      );
    const outside = await readSpool(startTagListing(tempDir(), REGISTRY_TAGS, viaShell), new RawTagParser());
    expect(outside.listed).toMatchObject({
      code: 128,
      stderr: expect.stringMatching(/not a git repository/),
    });
  });

  it('fails, rather than reading an empty registry, when grep is missing', async () => {
    const dir = makeRepo();
    git(dir, 'tag', '-a', '-m', 'one', 'm@v1.0.0');
    const bin = tempDir();
    symlinkSync(execFileSync('sh', ['-c', 'command -v git']).toString().trim(), path.join(bin, 'git'));
    const saved = process.env.PATH;
    process.env.PATH = bin; // git, and no grep
    try {
      const read = await readSpool(startTagListing(dir, REGISTRY_TAGS, true), new RawTagParser());
      expect(read.listed).toMatchObject({ code: 127, stderr: expect.stringMatching(/grep exited 127/) });
      await expect(new Git(dir).tags(REGISTRY_TAGS)).rejects.toThrow(/grep exited 127/);
    } finally {
      process.env.PATH = saved;
    }
    expect((await new Git(dir).tags(REGISTRY_TAGS)).map((t) => t.name)).toEqual(['m@v1.0.0']);
  });

  it('reports output that ends inside a record', async () => {
    const dir = makeRepo();
    git(dir, 'tag', '-a', '-m', 'one', 'a@v1.0.0');
    const parser = new RawTagParser();
    const { unread } = await readSpool(startTagListing(dir, ['refs/tags/']), {
      needed: 0,
      read: (chunk) => (chunk.length > 10 ? parser.read(chunk.subarray(0, chunk.length - 10)) : 0),
    });
    expect(unread).toBeGreaterThan(0);
    expect(() => parser.end(unread)).toThrow(/ended inside a record/);
  });
});

import { describe, expect, it } from '@jest/globals';
import { Git } from '../../src/adapters/git.js';
import { addBareRemote, git, gitEnv, makeRepo } from '../helpers/repo.js';

const open = (dir: string) => {
  Object.assign(process.env, gitEnv);
  return new Git(dir);
};

describe('git adapter on a real repository', () => {
  it('creates an annotated tag with a verbatim multi-line message and reads it back in one for-each-ref', async () => {
    const dir = makeRepo();
    git(dir, 'tag', 'light');
    const g = open(dir);
    const message = 'summary line\n\n{"metrics":{"acc":0.9}}\n';
    expect(await g.createAnnotatedTag('exp/p-train-20260101', 'HEAD', message)).toBe('created');
    const tags = await g.tags();
    const head = (await g.resolve('HEAD'))!;
    const exp = tags.find((t) => t.name === 'exp/p-train-20260101')!;
    expect(exp).toMatchObject({ annotated: true, commit: head, tagger: 'Test Author', taggerEmail: 'author@example.com' });
    expect(exp.message).toBe(message);
    expect(exp.object).not.toBe(head);
    // A lightweight tag has no tagger: the commit's committer and date stand in, as GTO reads them.
    expect(tags.find((t) => t.name === 'light')).toMatchObject({ annotated: false, commit: head, message: '', tagger: 'Test Author', taggerEmail: 'author@example.com' });
    expect(tags.find((t) => t.name === 'light')!.date).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('is idempotent for the same tag and refuses a different one under the same name', async () => {
    const g = open(makeRepo());
    expect(await g.createAnnotatedTag('m@v1.0.0', 'HEAD', 'one')).toBe('created');
    expect(await g.createAnnotatedTag('m@v1.0.0', 'HEAD', 'one')).toBe('exists');
    await expect(g.createAnnotatedTag('m@v1.0.0', 'HEAD', 'two')).rejects.toThrow(/already exists/);
    await expect(g.createAnnotatedTag('bad..name', 'HEAD', 'x')).rejects.toThrow(/not a valid git tag name/);
  });

  it('pushes atomically and reports a refused push when the remote already has the tag elsewhere', async () => {
    const a = makeRepo();
    const bare = addBareRemote(a);
    const ga = open(a);
    await ga.createAnnotatedTag('exp/x', 'HEAD', 'from a');
    expect(await ga.pushAtomic('origin', ['refs/tags/exp/x'])).toBe(true);
    const remote = await ga.lsRemote(bare, ['refs/tags/*']);
    expect(remote.get('refs/tags/exp/x^{}')).toBe(await ga.resolve('HEAD'));

    const b = makeRepo({ 'other.txt': 'b\n' });
    git(b, 'remote', 'add', 'origin', bare);
    const gb = open(b);
    await gb.createAnnotatedTag('exp/x', 'HEAD', 'from b');
    expect(await gb.pushAtomic('origin', ['refs/tags/exp/x'])).toBe(false);
  });

  it('lists changed files between revisions and shows a file at a revision', async () => {
    const dir = makeRepo({ 'a.txt': '1\n' });
    git(dir, 'checkout', '--quiet', '-b', 'feature');
    git(dir, 'rm', '--quiet', 'a.txt');
    git(dir, 'commit', '--quiet', '-m', 'rm');
    const g = open(dir);
    expect(await g.changedFiles('main', 'feature')).toEqual(['a.txt']);
    expect((await g.show('main', 'a.txt'))?.toString()).toBe('1\n');
    expect(await g.show('feature', 'a.txt')).toBeUndefined();
  });
});

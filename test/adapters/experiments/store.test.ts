import { describe, expect, test } from '@jest/globals';
import { listRefs, newestMerged } from '../../../src/adapters/experiments/store.js';
import { Git } from '../../../src/adapters/git.js';
import { git, gitEnv, makeRepo, writeFiles } from '../../helpers/repo.js';

Object.assign(process.env, gitEnv);

describe('reading experiment tags', () => {
  test('lists annotated experiment tags by name only, skipping lightweight ones', async () => {
    const repo = makeRepo();
    git(repo, 'tag', '-a', '-m', 'x', 'exp/p-train-20260101');
    git(repo, 'tag', 'exp/p-train-20260102');
    git(repo, 'tag', '-a', '-m', 'x', 'other');

    expect((await listRefs(new Git(repo), { project: 'p' })).map((r) => [r.name, r.type])).toEqual([
      ['p-train-20260101', 'train'],
    ]);
  });

  test('finds the newest experiment on the base branch even behind many newer ones elsewhere', async () => {
    // given one experiment on main and 70 newer ones on a feature branch
    const repo = makeRepo();
    git(repo, 'tag', '-a', '-m', 'x', 'exp/p-train-20260101');
    git(repo, 'tag', '-a', '-m', 'x', 'exp/p-eval-20260105');
    git(repo, 'checkout', '--quiet', '-b', 'feature');
    writeFiles(repo, { 'a.txt': 'a\n' });
    git(repo, 'add', 'a.txt');
    git(repo, 'commit', '--quiet', '-m', 'feature');
    for (let n = 1; n <= 70; n++)
      git(repo, 'tag', '-a', '-m', 'x', `exp/p-train-20260102${n > 1 ? `-${n}` : ''}`);
    const g = new Git(repo);
    const known = await listRefs(g, { project: 'p' });

    // when the newest train experiment on main is looked for
    const found = await newestMerged(g, 'main', { type: 'train', project: 'p', known });

    // then the 64 newest are checked first, and the rest after
    expect(found).toBe('p-train-20260101');
    expect(await newestMerged(g, 'main', { type: 'eval', project: 'p', known })).toBe('p-eval-20260105');
    expect(await newestMerged(g, 'main', { type: 'tune', project: 'p', known })).toBeUndefined();
  });
});

import { describe, expect, it } from '@jest/globals';
import { Git } from '../../../src/adapters/git.js';
import { type PlannedTag, readRegistry, registryTags, writeRegistryTags } from '../../../src/adapters/registry/tags.js';
import { parseTagName } from '../../../src/core/registry/tags.js';
import { gtoFixture, makeGtoRepo } from '../../fixtures/gto/make-repo.js';
import { addBareRemote, git, makeRepo, tempDir } from '../../helpers/repo.js';

function cloneOf(bare: string): string {
  const dir = tempDir('mlops-clone-');
  git(dir, 'clone', '--quiet', bare, '.');
  return dir;
}

const assign = (commit: string, stage = 'production'): PlannedTag => ({
  tag: { artifact: 'churn', action: 'assign', stage },
  counted: true,
  target: commit,
  message: `Promote churn to ${stage}\n`,
});

describe('registry tags in a real repository', () => {
  it('reads a registry GTO wrote exactly as GTO documents it', async () => {
    const fixture = gtoFixture();
    const { dir } = makeGtoRepo(fixture);
    const state = await readRegistry(new Git(dir));
    const seen = Object.fromEntries(
      Object.values(state.artifacts).map((a) => [
        a.name,
        { latest: a.latest, stages: Object.fromEntries(Object.values(a.stages).map((s) => [s.stage, s.version])), deprecated: a.deprecated, nextCounter: a.nextCounter },
      ]),
    );
    expect(seen).toEqual(fixture.expected);
    expect(state.ignored.map((i) => i.tag)).toEqual(['rf#prod']);
    expect(state.events.find((e) => e.tag === 'churn#prod#2')).toMatchObject({ author: 'Test Author', summary: 'Promoting churn version v3.0.0 to stage prod' });
  });

  it('lists only tags that can be registry tags, in folders too, never experiments or release tags', async () => {
    const dir = makeRepo();
    for (const name of ['churn@v1.0.0', 'data/iris@v2.0.0', 'data/iris#prod#1', 'exp/churn-train-20260101', 'v1.0.0', 'release/2026'])
      git(dir, 'tag', '-a', '-m', name, name);
    const names = (await registryTags(new Git(dir))).map((t) => t.name).sort();
    expect(names).toEqual(['churn@v1.0.0', 'data/iris#prod#1', 'data/iris@v2.0.0']);
  });

  it('writes assignment tags GTO can read: its grammar, annotated, on the registered commit', async () => {
    const repo = makeRepo();
    const g = new Git(repo);
    const head = (await g.resolve('HEAD'))!;
    await writeRegistryTags(g, () => [{ tag: { artifact: 'churn', action: 'register', version: 'v1.0.0' }, counted: false, target: head, message: 'Register churn v1.0.0\n' }]);
    const written = await writeRegistryTags(g, () => [assign(head)]);
    expect(written).toEqual(['churn#production#1']);
    const tag = (await g.tags()).find((t) => t.name === 'churn#production#1')!;
    expect(tag).toMatchObject({ annotated: true, commit: head });
    expect(parseTagName(tag.name)).toEqual({ artifact: 'churn', action: 'assign', stage: 'production', counter: 1 });
    expect((await readRegistry(g)).artifacts.churn?.stages.production?.version).toBe('v1.0.0');
  });

  it('converges on a rerun: a plan that finds nothing to do writes nothing', async () => {
    const repo = makeRepo();
    addBareRemote(repo);
    const g = new Git(repo);
    const head = (await g.resolve('HEAD'))!;
    const plan = (state: Awaited<ReturnType<typeof readRegistry>>) => (state.artifacts.churn?.stages.production ? [] : [assign(head)]);
    expect(await writeRegistryTags(g, plan, { remote: 'origin' })).toEqual(['churn#production#1']);
    expect(await writeRegistryTags(g, plan, { remote: 'origin' })).toEqual([]);
  });

  it('takes the next counter when a concurrent run pushed the same one first', async () => {
    const bare = addBareRemote(makeRepo());
    const [a, b] = [cloneOf(bare), cloneOf(bare)];
    const head = git(a, 'rev-parse', 'HEAD').trim();
    let raced = false;
    const written = await writeRegistryTags(
      new Git(b),
      (state) => {
        if (!raced) {
          raced = true; // the other run wins the race for #1 between our read and our push
          git(a, 'tag', '-a', '-m', 'other run', 'churn#staging#1', head);
          git(a, 'push', '--quiet', '--atomic', 'origin', 'refs/tags/churn#staging#1', 'refs/tags/churn#staging#1:refs/mlops/counters/churn/1');
        }
        return state.artifacts.churn?.stages.production ? [] : [assign(head)];
      },
      { remote: 'origin' },
    );
    expect(written).toEqual(['churn#production#2']);
    expect([...(await new Git(b).lsRemote(bare, ['refs/tags/churn*'])).keys()].filter((r) => !r.endsWith('^{}')).sort()).toEqual([
      'refs/tags/churn#production#2',
      'refs/tags/churn#staging#1',
    ]);
  });

  it('gives concurrent merges distinct counters and a consistent state', async () => {
    const bare = addBareRemote(makeRepo());
    const clones = [cloneOf(bare), cloneOf(bare), cloneOf(bare), cloneOf(bare)];
    const head = git(clones[0]!, 'rev-parse', 'HEAD').trim();
    const stages = ['dev', 'staging', 'production', 'canary'];
    const results = await Promise.all(clones.map((dir, i) => writeRegistryTags(new Git(dir), () => [assign(head, stages[i])], { remote: 'origin' })));
    const counters = results.flat().map((n) => parseTagName(n)?.counter);
    expect(new Set(counters).size).toBe(4);
    const check = cloneOf(bare);
    git(check, 'fetch', '--quiet', 'origin', '+refs/tags/*:refs/tags/*');
    const state = await readRegistry(new Git(check));
    expect(Object.keys(state.artifacts.churn!.stages).sort()).toEqual([...stages].sort());
    expect(state.artifacts.churn!.nextCounter).toBe(5);
  });
});

import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { createClient } from '../../../src/adapters/github/client.js';
import { Git } from '../../../src/adapters/git.js';
import { openRollback } from '../../../src/adapters/registry/rollback.js';
import { readRegistry, writeRegistryTags } from '../../../src/adapters/registry/tags.js';
import { applyDefaults } from '../../../src/core/config/defaults.js';
import { planAssign, planRegister } from '../../../src/core/registry/plan.js';
import { startEmulator, type Emulator } from '../../harness/emulator/index.js';
import { git, makeRepo, writeFiles } from '../../helpers/repo.js';

let emulator: Emulator;
beforeEach(async () => {
  emulator = await startEmulator({ owner: 'octo-org', repo: 'models' });
});
afterEach(async () => {
  await emulator.close();
});

const config = applyDefaults({ models: [{ name: 'churn', path: 'models/churn' }] }, 'models');

/** churn v1.0.0 then v1.1.0 registered and assigned to production in turn; release/production holds v1.1.0. */
async function givenProductionOnV110() {
  const repo = makeRepo({ 'models/churn/model.pkl': 'v1' });
  git(repo, 'remote', 'add', 'origin', emulator.bareRepo);
  const g = new Git(repo);
  const v100 = (await g.resolve('HEAD'))!;
  writeFiles(repo, { 'models/churn/model.pkl': 'v2' });
  git(repo, 'commit', '--quiet', '-am', 'v1.1.0');
  const v110 = (await g.resolve('HEAD'))!;
  git(repo, 'push', '--quiet', 'origin', 'HEAD:refs/heads/main', 'HEAD:refs/heads/release/production');
  for (const [version, commit] of [['v1.0.0', v100], ['v1.1.0', v110]] as const) {
    await writeRegistryTags(g, (s) => planRegister(s, 'churn', version, commit), { remote: 'origin' });
    await writeRegistryTags(g, (s) => planAssign(s, 'churn', version, 'production'), { remote: 'origin' });
  }
  return { repo, g };
}

describe('rollback', () => {
  it('opens one PR that returns the stage to its previous version, and finds it again on a rerun', async () => {
    const { g } = await givenProductionOnV110();
    expect((await readRegistry(g)).artifacts.churn?.stages.production?.version).toBe('v1.1.0');
    const github = { client: createClient({ token: emulator.tokens.personal('alice'), baseUrl: emulator.url }), repo: { owner: 'octo-org', repo: 'models' } };

    const first = await openRollback({ git: g, config, model: 'churn', stage: 'production', remote: 'origin', github });
    expect(first).toMatchObject({ from: 'v1.1.0', to: 'v1.0.0', branch: 'mlops/rollback/churn-production-v1.0.0', pr: { created: true } });
    expect(git(emulator.bareRepo, 'show', 'mlops/rollback/churn-production-v1.0.0:models/churn/model.pkl')).toBe('v1');
    const again = await openRollback({ git: g, config, model: 'churn', stage: 'production', remote: 'origin', github });
    expect(again.pr).toMatchObject({ number: first.pr?.number, created: false });
    const pulls = emulator.state.pulls.filter((p) => p.base.ref === 'release/production');
    expect(pulls).toHaveLength(1);
    emulator.assertNoViolations();
  });

  it('says so when the stage has no earlier version', async () => {
    const repo = makeRepo({ 'models/churn/model.pkl': 'v1' });
    git(repo, 'remote', 'add', 'origin', emulator.bareRepo);
    git(repo, 'push', '--quiet', 'origin', 'HEAD:refs/heads/main');
    await expect(openRollback({ git: new Git(repo), config, model: 'churn', stage: 'production', remote: 'origin' })).rejects.toThrow(/no earlier version in production/);
  });
});

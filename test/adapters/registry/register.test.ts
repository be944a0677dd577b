import { createHash } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { Git } from '../../../src/adapters/git.js';
import { assignFromBranch } from '../../../src/adapters/registry/promote.js';
import { cardsAt } from '../../../src/adapters/registry/cards.js';
import { registerFromCards, releaseAssets } from '../../../src/adapters/registry/register.js';
import { readRegistry } from '../../../src/adapters/registry/tags.js';
import { applyDefaults } from '../../../src/core/config/defaults.js';
import { parseTagMessage } from '../../../src/core/registry/message.js';
import { addBareRemote, git, makeRepo, tempDir, writeFiles } from '../../helpers/repo.js';

const config = applyDefaults({ models: [{ name: 'churn', path: 'models/churn' }] }, 'models');
const card = (version: string) => `---\nname: churn\nversion: ${version}\nowners: [a]\nrisk: low\n---\n# churn\n`;

function clone(bare: string): string {
  const dir = tempDir('mlops-clone-');
  git(dir, 'clone', '--quiet', bare, '.');
  return dir;
}

describe('registration and assignment from cards', () => {
  it('registers a version once when two pushes race, whichever commit wins', async () => {
    const bare = addBareRemote(makeRepo({ 'models/churn/MODEL_CARD.md': card('1.0.0') }));
    const [a, b] = [clone(bare), clone(bare)];
    writeFiles(b, { 'README.md': 'another commit, same card\n' });
    git(b, 'add', '-A');
    git(b, 'commit', '--quiet', '-m', 'docs');
    const results = await Promise.all([a, b].map((dir) => registerFromCards({ git: new Git(dir), config, remote: 'origin' })));
    expect(results.flatMap((r) => r.tags)).toEqual(['churn@v1.0.0']);
    expect(results.flatMap((r) => r.findings)).toEqual([]);
  });

  it('assigns the stage to what the release branch’s cards declare, and flags an unregistered version', async () => {
    const repo = makeRepo({ 'models/churn/MODEL_CARD.md': card('1.0.0') });
    addBareRemote(repo);
    const g = new Git(repo);
    await registerFromCards({ git: g, config, remote: 'origin' });
    const first = await assignFromBranch({ git: g, config, stage: 'staging', rev: 'HEAD', remote: 'origin', meta: { pr: 3 } });
    expect(first.tags).toEqual(['churn#staging#1']);
    expect((await readRegistry(g)).artifacts.churn?.stages.staging).toMatchObject({ version: 'v1.0.0', pr: 3 });
    writeFiles(repo, { 'models/churn/MODEL_CARD.md': card('1.1.0') });
    git(repo, 'commit', '--quiet', '-am', 'unregistered bump');
    const second = await assignFromBranch({ git: g, config, stage: 'staging', rev: 'HEAD', remote: 'origin' });
    expect(second.tags).toEqual([]);
    expect(second.findings).toMatchObject([{ rule: 'registry/unregistered-promotion', file: 'models/churn/MODEL_CARD.md', line: 3 }]);
  });

  it('releases the folder, the metrics of the card’s experiment and SHA256SUMS over them', async () => {
    const repo = makeRepo({ 'models/churn/MODEL_CARD.md': card('1.0.0').replace('risk: low', 'risk: low\nexperiment: exp/churn-train-20250101'), 'models/churn/out/model.pkl': 'weights' });
    const record = { name: 'churn-train-20250101', type: 'train', fingerprint: 'f'.repeat(64), metrics: { auc: 0.91, note: 'text is skipped' } };
    git(repo, 'tag', '-a', '-m', `churn-train-20250101: train\n\n${JSON.stringify(record)}`, 'exp/churn-train-20250101');
    const g = new Git(repo);
    const [churn] = await cardsAt(g, config, 'HEAD');
    const assets = await releaseAssets(g, (await g.resolve('HEAD'))!, churn!);
    expect(assets.map((a) => a.name)).toEqual(['MODEL_CARD.md', 'out.model.pkl', 'metrics.json', 'SHA256SUMS']);
    expect(JSON.parse(String(assets[2]!.data))).toEqual({ auc: 0.91 });
    const sums = String(assets[3]!.data).trim().split('\n').map((l) => l.split('  ')[1]);
    expect(sums).toEqual(['MODEL_CARD.md', 'metrics.json', 'out.model.pkl']);
  });

  it('records the sha256 of the release’s SHA256SUMS in the version tag', async () => {
    const repo = makeRepo({ 'models/churn/MODEL_CARD.md': card('1.0.0'), 'models/churn/model.bin': 'weights' });
    const g = new Git(repo);
    await registerFromCards({ git: g, config });
    const [churn] = await cardsAt(g, config, 'HEAD');
    const sums = (await releaseAssets(g, (await g.resolve('HEAD'))!, churn!)).find((a) => a.name === 'SHA256SUMS')!;
    const tag = (await g.tags(['refs/tags/churn@v1.0.0']))[0]!;
    expect(parseTagMessage(tag.message).meta.sha256sums).toBe(createHash('sha256').update(String(sums.data)).digest('hex'));
  });
  it('opens the GitHub client only to write a release: a push that registers nothing makes no call', async () => {
    const repo = makeRepo({ 'models/churn/MODEL_CARD.md': card('1.0.0') });
    addBareRemote(repo);
    const g = new Git(repo);
    await registerFromCards({ git: g, config, remote: 'origin' });
    let opened = 0;
    const client = async () => {
      opened += 1;
      throw new Error('no GitHub here');
    };
    writeFiles(repo, { 'README.md': 'docs only\n' });
    git(repo, 'add', '-A');
    git(repo, 'commit', '--quiet', '-m', 'docs');
    const outcome = await registerFromCards({ git: g, config, remote: 'origin', github: { client, repo: { owner: 'o', repo: 'r' } } });
    expect(outcome).toEqual({ tags: [], releases: [], findings: [] });
    expect(opened).toBe(0);
    // A new version is released: the client opens then.
    writeFiles(repo, { 'models/churn/MODEL_CARD.md': card('2.0.0') });
    git(repo, 'commit', '--quiet', '-am', 'bump');
    await expect(registerFromCards({ git: g, config, remote: 'origin', github: { client, repo: { owner: 'o', repo: 'r' } } })).rejects.toThrow('no GitHub here');
    expect(opened).toBe(1);
  });

  it('reads the body of a card only for a version not registered yet (a bump says why; a registered one need not)', async () => {
    const unexplained = (v: string) => `${card(v)}\nNo changelog here.\n`;
    const repo = makeRepo({ 'models/churn/MODEL_CARD.md': unexplained('1.0.0') });
    addBareRemote(repo);
    const g = new Git(repo);
    expect((await registerFromCards({ git: g, config, remote: 'origin' })).findings).toEqual([]);
    writeFiles(repo, { 'models/churn/MODEL_CARD.md': unexplained('1.1.0') });
    git(repo, 'commit', '--quiet', '-am', 'minor bump without a reason');
    const bumped = await registerFromCards({ git: g, config, remote: 'origin' });
    expect(bumped.tags).toEqual(['churn@v1.1.0']);
    expect(bumped.findings).toMatchObject([{ rule: 'registry/bump-unexplained', severity: 'notice', file: 'models/churn/MODEL_CARD.md', line: 3 }]);
    expect((await registerFromCards({ git: g, config, remote: 'origin' })).findings).toEqual([]);
    writeFiles(repo, { 'models/churn/MODEL_CARD.md': `${card('1.2.0')}\n## Changes\n\nRetrained on November data.\n` });
    git(repo, 'commit', '--quiet', '-am', 'explained bump');
    expect(await registerFromCards({ git: g, config, remote: 'origin' })).toMatchObject({ tags: ['churn@v1.2.0'], findings: [] });
  });
});

import { describe, expect, test } from '@jest/globals';
import { listEntries } from '../../../src/adapters/experiments/store.js';
import { saveRecord, type DraftRecord } from '../../../src/adapters/experiments/save.js';
import { Git } from '../../../src/adapters/git.js';
import { parseMessage, RECORD_ASSET } from '../../../src/core/experiments/message.js';
import { fingerprintOf } from '../../../src/core/experiments/record.js';
import { addBareRemote, git, gitEnv, makeRepo, tempDir } from '../../helpers/repo.js';

Object.assign(process.env, gitEnv);

function draft(
  repo: string,
  metrics: Record<string, number>,
  created = '2026-03-04T10:00:00.000Z',
): DraftRecord {
  const content = {
    schemaVersion: 1 as const,
    project: 'churn',
    type: 'train',
    params: { lr: 0.1 },
    metrics,
    datasets: [],
    code: { commit: git(repo, 'rev-parse', 'HEAD').trim(), dirty: false },
    environment: {
      os: { platform: 'linux', release: '6', arch: 'x64' },
      runtimes: { node: '24' },
      runner: { kind: 'local' as const },
      lockfiles: [],
    },
    seeds: [1],
    artifacts: [],
  };
  return { ...content, created, author: { name: 'Test Author' }, fingerprint: fingerprintOf(content) };
}

function clone(bare: string): string {
  const dir = tempDir('mlops-clone-');
  git(dir, 'clone', '--quiet', bare, '.');
  return dir;
}

describe('saving experiment records as tags', () => {
  test('numbers later records of the same UTC day -2, -3', async () => {
    const repo = makeRepo();
    const g = new Git(repo);
    const names = [];
    for (const acc of [0.1, 0.2, 0.3]) names.push((await saveRecord(g, draft(repo, { acc }))).name);
    expect(names).toEqual(['churn-train-20260304', 'churn-train-20260304-2', 'churn-train-20260304-3']);
  });

  test('two concurrent records in one repository get two names', async () => {
    const repo = makeRepo();
    const results = await Promise.all([
      saveRecord(new Git(repo), draft(repo, { acc: 0.1 })),
      saveRecord(new Git(repo), draft(repo, { acc: 0.2 })),
    ]);
    expect(results.map((r) => r.name).sort()).toEqual(['churn-train-20260304', 'churn-train-20260304-2']);
  });

  test('two concurrent records in two clones get two names on the remote', async () => {
    // given two clones of one remote
    const origin = makeRepo();
    const bare = addBareRemote(origin);
    const [a, b] = [clone(bare), clone(bare)];

    // when both record at the same moment
    const results = await Promise.all([
      saveRecord(new Git(a), draft(a, { acc: 0.1 }), { remote: 'origin' }),
      saveRecord(new Git(b), draft(b, { acc: 0.2 }), { remote: 'origin' }),
    ]);

    // then each took its own name and both are on the remote
    expect(results.map((r) => r.name).sort()).toEqual(['churn-train-20260304', 'churn-train-20260304-2']);
    expect(results.every((r) => r.status === 'created' && r.pushed)).toBe(true);
    expect(git(bare, 'tag', '-l').trim().split('\n')).toEqual([
      'exp/churn-train-20260304',
      'exp/churn-train-20260304-2',
    ]);
  });

  test('takes the next number when another run pushed the name first', async () => {
    const origin = makeRepo();
    const bare = addBareRemote(origin);
    const [a, b] = [clone(bare), clone(bare)];
    await saveRecord(new Git(a), draft(a, { acc: 0.1 }), { remote: 'origin' });

    const late = await saveRecord(new Git(b), draft(b, { acc: 0.2 }), { remote: 'origin' });

    expect(late.name).toBe('churn-train-20260304-2');
  });

  test('a rerun in another clone (same record, later) finds the pushed tag and creates nothing', async () => {
    const origin = makeRepo();
    const bare = addBareRemote(origin);
    const [a, b] = [clone(bare), clone(bare)];
    const first = await saveRecord(new Git(a), draft(a, { acc: 0.1 }), { remote: 'origin' });

    const rerun = await saveRecord(new Git(b), draft(b, { acc: 0.1 }, '2026-03-05T09:00:00.000Z'), {
      remote: 'origin',
    });

    expect(rerun).toMatchObject({ name: first.name, status: 'exists', pushed: false });
    expect(rerun.record.created).toBe('2026-03-04T10:00:00.000Z');
    expect(git(bare, 'tag', '-l').trim().split('\n')).toEqual(['exp/churn-train-20260304']);
  });

  test('pushes a tag that a dead run created but never pushed', async () => {
    const origin = makeRepo();
    const bare = addBareRemote(origin);
    const g = new Git(origin);
    await saveRecord(g, draft(origin, { acc: 0.1 }));

    const rerun = await saveRecord(g, draft(origin, { acc: 0.1 }), { remote: 'origin' });

    expect(rerun).toMatchObject({ status: 'exists', pushed: true });
    expect(git(bare, 'tag', '-l').trim()).toBe('exp/churn-train-20260304');
  });

  test('over the tag message limit the tag holds the digest and the release asset name', async () => {
    const repo = makeRepo();
    const metrics = Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`m${i}`, i]));

    const saved = await saveRecord(new Git(repo), draft(repo, metrics), { limit: 2048 });

    expect(saved.truncated).toBe(true);
    const [entry] = await listEntries(new Git(repo), { messages: true });
    const parsed = parseMessage(entry!.message!);
    expect(parsed.record).toMatchObject({
      truncated: true,
      name: 'churn-train-20260304',
      record: { asset: RECORD_ASSET, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) },
    });
    expect(Buffer.byteLength(entry!.message!)).toBeLessThanOrEqual(2048);
    expect(saved.record.metrics).toEqual(metrics);
  });
});

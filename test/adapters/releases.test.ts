import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { createClient, type GitHubClient } from '../../src/adapters/github/client.js';
import { ensureRelease, releaseAssetName, type ReleaseSpec } from '../../src/adapters/github/releases.js';
import { startEmulator, type Emulator } from '../harness/emulator/index.js';
import { tempDir, writeFiles } from '../helpers/repo.js';

let emulator: Emulator;
let client: GitHubClient;
const repo = { owner: 'octo-org', repo: 'models' };

beforeEach(async () => {
  emulator = await startEmulator();
  client = createClient({ token: emulator.tokens.installation, baseUrl: emulator.url });
});
afterEach(async () => {
  emulator.assertNoViolations();
  await emulator.close();
});

function spec(dir: string, extra: Partial<ReleaseSpec> = {}): ReleaseSpec {
  return {
    tag: 'exp/churn-train-20260101',
    name: 'exp/churn-train-20260101',
    body: 'metrics',
    prerelease: true,
    assets: [
      { name: 'experiment.json', data: '{"a":1}\n', contentType: 'application/json' },
      { name: 'model.bin', path: path.join(dir, 'model.bin') },
    ],
    ...extra,
  };
}

const writes = () => emulator.requests.filter((r) => r.method !== 'GET').map((r) => r.operationId);

describe('ensureRelease', () => {
  test('creates the release as a draft, uploads every asset, then publishes it', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'model.bin': 'weights' });

    const result = await ensureRelease(client, repo, spec(dir));

    expect(result).toMatchObject({
      created: true,
      published: true,
      uploaded: ['experiment.json', 'model.bin'],
      replaced: [],
    });
    expect(writes()).toEqual([
      'repos/create-release',
      'repos/upload-release-asset',
      'repos/upload-release-asset',
      'repos/update-release',
    ]);
    expect(emulator.requests.find((r) => r.operationId === 'repos/create-release')?.body).toMatchObject({
      draft: true,
      prerelease: true,
    });
    const [release] = emulator.state.releases;
    expect(release).toMatchObject({ draft: false, prerelease: true, tagName: 'exp/churn-train-20260101' });
    expect(release!.assets.map((a) => [a.name, a.data.toString()])).toEqual([
      ['experiment.json', '{"a":1}\n'],
      ['model.bin', 'weights'],
    ]);
  });

  test('names assets as GitHub keeps them, so a rerun finds an asset named with spaces and writes nothing', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'model v2 (final).bin': 'weights' });
    const withSpaces = spec(dir, { assets: [{ name: 'model v2 (final).bin', path: path.join(dir, 'model v2 (final).bin') }] });
    const first = await ensureRelease(client, repo, withSpaces);
    const before = writes().length;

    const again = await ensureRelease(client, repo, withSpaces);

    expect(first.uploaded).toEqual(['model.v2.final.bin']);
    expect(emulator.state.releases[0]!.assets.map((a) => a.name)).toEqual(['model.v2.final.bin']);
    expect(again).toMatchObject({ uploaded: [], replaced: [] });
    expect(writes().length).toBe(before);
  });

  test('keeps plain names and makes every other name plain', () => {
    expect(['model.bin', 'SHA256SUMS', 'a-b_c.1.json'].map(releaseAssetName)).toEqual(['model.bin', 'SHA256SUMS', 'a-b_c.1.json']);
    expect(['.hidden', 'ünïcode.txt', 'a  b..c.', '///'].map(releaseAssetName)).toEqual(['hidden', 'n.code.txt', 'a.b.c', 'asset']);
  });

  test('a rerun writes nothing', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'model.bin': 'weights' });
    await ensureRelease(client, repo, spec(dir));
    const before = writes().length;

    const again = await ensureRelease(client, repo, spec(dir));

    expect(again).toMatchObject({ created: false, published: false, uploaded: [], replaced: [] });
    expect(writes().length).toBe(before);
  });

  test('repairs a draft that was never published and lacks an asset', async () => {
    // given a run that died after creating the draft and uploading one asset
    const dir = tempDir();
    writeFiles(dir, { 'model.bin': 'weights' });
    await ensureRelease(client, repo, spec(dir, { assets: [spec(dir).assets[0]!] }));
    emulator.state.releases[0]!.draft = true;
    emulator.state.releases[0]!.publishedAt = null;

    // when the next run ensures the full release
    const result = await ensureRelease(client, repo, spec(dir));

    // then the same draft is completed and published, nothing duplicated
    expect(result).toMatchObject({ created: false, published: true, uploaded: ['model.bin'] });
    expect(emulator.state.releases).toHaveLength(1);
    expect(emulator.state.releases[0]!.assets.map((a) => a.name)).toEqual(['experiment.json', 'model.bin']);
  });

  test('replaces an asset whose bytes differ (a half-written upload)', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'model.bin': 'weights' });
    await ensureRelease(client, repo, spec(dir));
    emulator.state.releases[0]!.assets[1]!.data = Buffer.from('weig');

    const result = await ensureRelease(client, repo, spec(dir));

    expect(result).toMatchObject({ uploaded: ['model.bin'], replaced: ['model.bin'] });
    expect(emulator.state.releases[0]!.assets.find((a) => a.name === 'model.bin')!.data.toString()).toBe(
      'weights',
    );
  });

  test('streams a large file (over 64 MiB) and GitHub receives every byte', async () => {
    const dir = tempDir();
    const big = Buffer.alloc(65 * 1024 * 1024, 7);
    big.write('end', big.length - 3);
    writeFiles(dir, { 'model.bin': '' });
    writeFileSync(path.join(dir, 'model.bin'), big);

    await ensureRelease(client, repo, spec(dir));

    const stored = emulator.state.releases[0]!.assets.find((a) => a.name === 'model.bin')!;
    expect(stored.data.length).toBe(big.length);
    expect(stored.data.equals(big)).toBe(true);
  });

  test('refuses an asset of 2 GiB or more before touching GitHub', async () => {
    const dir = tempDir();
    execFileSync('truncate', ['-s', '2G', path.join(dir, 'model.bin')]);

    await expect(ensureRelease(client, repo, spec(dir))).rejects.toThrow(/must be under 2 GiB/);
    expect(writes()).toEqual([]);
  });

  test('refuses two assets of the same name', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'model.bin': 'weights' });
    const assets = [...spec(dir).assets, { name: 'model.bin', data: 'x' }];
    await expect(ensureRelease(client, repo, spec(dir, { assets }))).rejects.toThrow(
      "two release assets are named 'model.bin'",
    );
  });
});

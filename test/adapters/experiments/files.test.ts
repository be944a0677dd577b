import { describe, expect, test } from '@jest/globals';
import { symlinkSync } from 'node:fs';
import path from 'node:path';
import { hashArtifacts, insideRepo } from '../../../src/adapters/experiments/files.js';
import { experimentAssets } from '../../../src/adapters/experiments/publish.js';
import type { ExperimentRecord } from '../../../src/core/experiments/record.js';
import { makeRepo, tempDir, writeFiles } from '../../helpers/repo.js';

describe('artifacts', () => {
  test('a folder stands for its files, each hashed once', async () => {
    const repo = makeRepo();
    writeFiles(repo, { 'model/a.bin': 'a', 'model/sub/b.bin': 'bb' });

    const files = await hashArtifacts(repo, repo, ['model', 'model/a.bin']);

    expect(files.map((f) => [f.path, f.bytes])).toEqual([
      ['model/a.bin', 1],
      ['model/sub/b.bin', 2],
    ]);
  });

  test('over the size limit a file is recorded by URI on the named storage, and not uploaded', async () => {
    const repo = makeRepo();
    writeFiles(repo, { 'out/big.bin': 'big!', 'out/small.bin': 's' });

    const files = await hashArtifacts(repo, repo, ['out'], { maxBytes: 3, store: 's3://bucket/runs/' });
    const assets = experimentAssets(
      { artifacts: files, metrics: {}, params: {} } as unknown as ExperimentRecord,
      repo,
    );

    expect(files[0]).toMatchObject({ path: 'out/big.bin', bytes: 4, uri: 's3://bucket/runs/out/big.bin' });
    expect(files[1]).not.toHaveProperty('uri');
    expect(assets.map((a) => a.name)).toEqual([
      'experiment.json',
      'metrics.json',
      'params.json',
      'small.bin',
    ]);
  });

  test('a symbolic link out of the repository is refused', async () => {
    const repo = makeRepo();
    const outside = tempDir();
    writeFiles(outside, { 'secret.txt': 's' });
    symlinkSync(path.join(outside, 'secret.txt'), path.join(repo, 'link.txt'));

    await expect(insideRepo(repo, repo, 'link.txt', 'artifact')).rejects.toThrow(
      "artifact 'link.txt' is outside the repository",
    );
  });

  test('assets with the same file name are told apart by their paths', async () => {
    const repo = makeRepo();
    writeFiles(repo, { 'a/model.bin': '1', 'b/model.bin': '2' });
    const files = await hashArtifacts(repo, repo, ['a', 'b']);

    const assets = experimentAssets(
      { artifacts: files, metrics: {}, params: {} } as unknown as ExperimentRecord,
      repo,
    );

    expect(assets.slice(3).map((a) => a.name)).toEqual(['a.model.bin', 'b.model.bin']);
  });
});

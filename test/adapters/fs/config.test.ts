import { describe, expect, test } from '@jest/globals';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../../src/adapters/fs/config.js';
import { makeRepo, tempDir, writeFiles } from '../../helpers/repo.js';

describe('loadConfig', () => {
  test('a repository without a config gets the defaults, named after its folder, and no findings', async () => {
    const repo = makeRepo();

    const { config, findings, file } = await loadConfig(repo);

    expect(findings).toEqual([]);
    expect(file).toBeUndefined();
    expect(config.project).toBe(path.basename(repo).toLowerCase());
    expect(config.stages).toEqual(['dev', 'staging', 'production']);
  });

  test('reads .github/mlops.yml and reports findings against it', async () => {
    const repo = makeRepo({ '.github/mlops.yml': 'project: churn\nstgaes: [dev]\n' });

    const { config, findings, file } = await loadConfig(repo);

    expect(file).toBe('.github/mlops.yml');
    expect(config.project).toBe('churn');
    expect(findings).toEqual([
      expect.objectContaining({ rule: 'config/unknown-key', file: '.github/mlops.yml', line: 2 }),
    ]);
  });

  test('reads .github/mlops.yaml when there is no .yml', async () => {
    const repo = makeRepo({ '.github/mlops.yaml': 'project: other\n' });

    expect(await loadConfig(repo)).toMatchObject({
      file: '.github/mlops.yaml',
      config: { project: 'other' },
      findings: [],
    });
  });

  test('warns when both spellings exist and reads the .yml', async () => {
    const repo = makeRepo({ '.github/mlops.yml': 'project: a\n', '.github/mlops.yaml': 'project: b\n' });

    const { config, findings } = await loadConfig(repo);

    expect(config.project).toBe('a');
    expect(findings).toEqual([
      expect.objectContaining({
        rule: 'config/ambiguous-file',
        severity: 'warning',
        file: '.github/mlops.yaml',
      }),
    ]);
  });

  test('refuses a 50 MB config without parsing it', async () => {
    const repo = makeRepo();
    mkdirSync(path.join(repo, '.github'), { recursive: true });
    writeFileSync(path.join(repo, '.github/mlops.yml'), Buffer.alloc(50 * 1024 * 1024, 0x23));

    const { findings, config } = await loadConfig(repo);

    expect(findings).toEqual([
      expect.objectContaining({ rule: 'config/too-large', message: expect.stringContaining('50.0 MiB') }),
    ]);
    expect(config.stages).toHaveLength(3);
  });

  test('does not follow a config symlink out of the repository', async () => {
    const outside = tempDir();
    writeFiles(outside, { 'secret.yml': 'project: leaked\n' });
    const repo = makeRepo();
    mkdirSync(path.join(repo, '.github'));
    symlinkSync(path.join(outside, 'secret.yml'), path.join(repo, '.github/mlops.yml'));

    const { findings, config } = await loadConfig(repo);

    expect(findings).toEqual([expect.objectContaining({ rule: 'config/path-outside-repo' })]);
    expect(config.project).not.toBe('leaked');
  });

  test('reports a folder where the config file should be', async () => {
    const repo = makeRepo();
    mkdirSync(path.join(repo, '.github/mlops.yml'), { recursive: true });

    expect((await loadConfig(repo)).findings).toEqual([
      expect.objectContaining({ rule: 'config/not-a-file' }),
    ]);
  });

  test('reads a config at a path the user chose', async () => {
    const repo = makeRepo({ 'ci/mlops.yml': 'project: chosen\nstgaes: []\n' });

    const { config, file, findings } = await loadConfig(repo, { file: 'ci/mlops.yml' });

    expect(file).toBe('ci/mlops.yml');
    expect(config.project).toBe('chosen');
    expect(findings).toEqual([expect.objectContaining({ file: 'ci/mlops.yml', line: 2 })]);
  });

  test('a chosen config that does not exist is a user error', async () => {
    await expect(loadConfig(makeRepo(), { file: 'nope.yml' })).rejects.toThrow(
      'the configuration file nope.yml does not exist',
    );
  });

  test('a chosen config outside the repository is not read', async () => {
    const outside = tempDir();
    writeFiles(outside, { 'x.yml': 'project: leaked\n' });
    const repo = makeRepo();

    const { findings } = await loadConfig(repo, { file: path.relative(repo, path.join(outside, 'x.yml')) });

    expect(findings).toEqual([expect.objectContaining({ rule: 'config/path-outside-repo' })]);
  });
});

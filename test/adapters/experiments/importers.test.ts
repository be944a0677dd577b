import { describe, expect, test } from '@jest/globals';
import { cpSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { importDvc, importMlflow, importWandb } from '../../../src/adapters/experiments/importers.js';
import { Git } from '../../../src/adapters/git.js';
import { git, gitEnv, makeRepo, tempDir, writeFiles } from '../../helpers/repo.js';

Object.assign(process.env, gitEnv);
const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/experiments');

/** A repository holding a copy of a fixture folder, committed. */
function repoWith(fixture: string): string {
  const repo = makeRepo();
  cpSync(path.join(fixtures, fixture), repo, { recursive: true, verbatimSymlinks: true });
  git(repo, 'add', '-A');
  git(repo, 'commit', '--quiet', '-m', 'fixture');
  return repo;
}

describe('importing runs from the tools teams already use', () => {
  test('DVC: the params dvc.yaml names, its metrics files flattened, and the data .dvc files track', async () => {
    const repo = repoWith('dvc');

    const imported = await importDvc(new Git(repo), repo, repo);

    expect(imported.params).toEqual({
      'prepare.seed': 20170428,
      'prepare.split': 0.2,
      'featurize.max_features': 100,
      'featurize.ngrams': 1,
      'train.min_split': 0.01,
      'train.n_est': 50,
      'train.seed': 20170428,
      threshold: 0.5,
    });
    expect(imported.metrics).toEqual({
      step: 9,
      'train.loss': 0.1182,
      'avg_prec.train': 0.9743681430252835,
      'avg_prec.test': 0.9249974999612706,
      'roc_auc.train': 0.9866678562450621,
      'roc_auc.test': 0.9460213440787918,
    });
    expect(imported.datasets).toEqual([
      {
        name: 'data/data.xml',
        version: '22a1a2931c8370d3aeedd7183606fd7f',
        card: 'data/data.xml.dvc',
        files: [{ path: 'data/data.xml', md5: '22a1a2931c8370d3aeedd7183606fd7f', bytes: 14445097 }],
      },
    ]);
    expect(imported.source).toEqual({ tool: 'dvc', path: 'dvc.yaml' });
  });

  test('DVC: a metrics file dvc.yaml names but that was never produced is a clear error', async () => {
    const repo = repoWith('dvc');
    git(repo, 'rm', '--quiet', 'eval/metrics.json');

    await expect(importDvc(new Git(repo), repo, repo)).rejects.toThrow(
      "metrics file named in dvc.yaml (run `dvc repro` first?) 'eval/metrics.json' does not exist",
    );
  });

  test('DVC: params and metrics files that dvc.yaml names outside the repository are refused unread', async () => {
    const outside = tempDir('mlops-dvc-outside-');
    writeFileSync(path.join(outside, 'secret.json'), '{"token": 1}');
    const climbing = makeRepo();
    writeFiles(climbing, { 'dvc.yaml': `metrics:\n  - ${path.relative(climbing, outside)}/secret.json\n` });
    const linked = makeRepo({ 'dvc.yaml': 'stages:\n  train:\n    cmd: python train.py\n    params:\n      - conf/secret.json:\n' });
    symlinkSync(outside, path.join(linked, 'conf'));

    await expect(importDvc(new Git(climbing), climbing, climbing)).rejects.toThrow('is outside the repository');
    await expect(importDvc(new Git(linked), linked, linked)).rejects.toThrow('is outside the repository');
    const tracked = makeRepo({ 'dvc.yaml': 'stages: {}\n' });
    writeFileSync(path.join(outside, 'data.dvc'), 'outs:\n  - path: data.csv\n    md5: 0\n');
    symlinkSync(path.join(outside, 'data.dvc'), path.join(tracked, 'data.dvc'));
    await expect(importDvc(new Git(tracked), tracked, tracked)).rejects.toThrow("'data.dvc' is outside the repository");
  });

  test('MLflow file store: params, the latest value and history of each metric, and tags', async () => {
    const repo = repoWith('mlflow');
    const run = 'mlruns/0/4f2c9e1b8a7d4c3e9f0a1b2c3d4e5f60';

    const imported = await importMlflow(repo, repo, run);

    expect(imported.params).toEqual({
      alpha: '0.5',
      l1_ratio: '0.1',
      model_type: 'ElasticNet',
      random_state: '42',
    });
    expect(imported.metrics).toEqual({ mae: 0.6273, r2: 0.1992, rmse: 0.7784, 'val/accuracy': 0.71 });
    expect(imported.metricHistory?.rmse).toEqual([
      { step: 0, value: 0.8129, timestamp: 1700000050000 },
      { step: 1, value: 0.7931, timestamp: 1700000060000 },
      { step: 2, value: 0.7784, timestamp: 1700000070000 },
    ]);
    expect(imported.tags).toMatchObject({
      'mlflow.runName': 'bold-owl-123',
      'mlflow.source.git.commit': '9a1b2c3d4e5f60718293a4b5c6d7e8f901234567',
    });
    expect(imported.source).toEqual({ tool: 'mlflow', path: run, runId: '4f2c9e1b8a7d4c3e9f0a1b2c3d4e5f60' });
  });

  test('MLflow: an mlruns folder with a single run is read as that run; a folder without runs is refused', async () => {
    const repo = repoWith('mlflow');
    writeFiles(repo, { 'empty/x.txt': 'x' });

    expect((await importMlflow(repo, repo, 'mlruns')).source.runId).toBe('4f2c9e1b8a7d4c3e9f0a1b2c3d4e5f60');
    await expect(importMlflow(repo, repo, 'empty')).rejects.toThrow('empty is not an MLflow file-store run');
  });

  test('W&B run folder: config values as params, the summary without W&B bookkeeping as metrics', async () => {
    const repo = repoWith('wandb');

    const imported = await importWandb(repo, repo, 'wandb/run-20240115_103000-x7k2m9qa');

    expect(imported.params).toEqual({
      batch_size: 64,
      epochs: 10,
      'optimizer.name': 'adam',
      'optimizer.lr': 0.001,
      seed: 1234,
    });
    expect(imported.metrics).toEqual({
      'train/loss': 0.1184,
      'val/loss': 0.2091,
      'val/acc': 0.9312,
      epoch: 9,
    });
    expect(imported.source).toEqual({
      tool: 'wandb',
      path: 'wandb/run-20240115_103000-x7k2m9qa',
      runId: 'x7k2m9qa',
    });
  });

  test('W&B: the wandb folder itself is read through its latest-run link', async () => {
    const repo = repoWith('wandb');
    expect((await importWandb(repo, repo, 'wandb')).source.runId).toBe('x7k2m9qa');
  });
});

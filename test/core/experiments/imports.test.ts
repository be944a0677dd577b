import { describe, expect, test } from '@jest/globals';
import {
  dvcMetricFiles,
  dvcParams,
  mlflowMetric,
  pickParams,
  seedsFromParams,
  wandbConfig,
  wandbSummary,
} from '../../../src/core/experiments/imports.js';

describe('reading what DVC, MLflow and W&B write', () => {
  test('dvc.yaml params: keys of params.yaml, {file: keys}, {file: null} for a whole file, top-level files', () => {
    const dvc = {
      stages: {
        a: { params: ['train.lr', { 'custom.yaml': ['x'] }] },
        b: { params: ['train.lr', 'seed', { 'all.yaml': null }] },
      },
      params: ['live/params.yaml'],
    };
    expect(dvcParams(dvc)).toEqual([
      { file: 'params.yaml', keys: ['seed', 'train.lr'] },
      { file: 'custom.yaml', keys: ['x'] },
      { file: 'all.yaml' },
      { file: 'live/params.yaml' },
    ]);
  });

  test('dvc.yaml metrics: top-level and per-stage, with or without options', () => {
    expect(
      dvcMetricFiles({
        metrics: ['live/m.json'],
        stages: { e: { metrics: [{ 'eval/m.json': { cache: false } }, 'x.json'] } },
      }),
    ).toEqual(['live/m.json', 'eval/m.json', 'x.json']);
  });

  test('a params key selects itself and everything below it', () => {
    expect(pickParams({ 'train.lr': 1, 'train.n': 2, trainer: 3 }, ['train'])).toEqual({
      'train.lr': 1,
      'train.n': 2,
    });
  });

  test("an MLflow metric's value is the one at the highest step, then the latest time", () => {
    const m = mlflowMetric('100 0.5 1\n300 0.7 2\n200 0.9 2\n50 0.1 0\n');
    expect(m?.value).toBe(0.7);
    expect(m?.history.map((p) => p.value)).toEqual([0.1, 0.5, 0.9, 0.7]);
    expect(mlflowMetric('')).toBeUndefined();
    expect(mlflowMetric('1 nan 0\n')?.value).toBe('NaN');
  });

  test('W&B config values are unwrapped (old {desc, value} and new {value} forms), its own keys dropped', () => {
    expect(
      wandbConfig({
        wandb_version: 1,
        _wandb: { value: {} },
        lr: { desc: null, value: 0.1 },
        opt: { value: { name: 'adam' } },
      }),
    ).toEqual({ lr: 0.1, 'opt.name': 'adam' });
  });

  test('W&B summary keeps user metrics and drops _runtime, _step, _timestamp, _wandb', () => {
    expect(
      wandbSummary({ acc: 0.9, _step: 3, _runtime: 1, _wandb: { runtime: 1 }, 'val/loss': 0.2 }),
    ).toEqual({ acc: 0.9, 'val/loss': 0.2 });
  });

  test('seeds are taken from seed-like params when none were given', () => {
    expect(seedsFromParams({ 'train.seed': 7, random_state: '42', seeds: 1, 'prepare.seed': 7 })).toEqual([
      7, 42,
    ]);
  });
});
